//! What the account tells the integration's backend, as amoCRM does: when
//! the widget is installed, a fresh authorization code goes to the
//! redirect URI (a GET with `code`, `referer`, `platform`, `client_id`,
//! `from_widget`, as amoCRM's widget-install samples carry; no `state`,
//! which only its button flow sends; docs/oauth.md §1); when it is disabled or
//! uninstalled, every token is revoked and the disable hook is called
//! (docs/oauth.md §8). Both are bounded like amoCRM's install webhook (3 s,
//! no retry, the answer's status only reported), run on their own task so
//! the install itself never waits, and are printed and told to the
//! inspector and the settings modal with their outcome. The widget's
//! install state changes in one place, [`set_install`], which every route
//! that installs or disables goes through.

use std::time::Duration;

use actix_web::web;
use serde_json::{json, Map, Value};

use super::http::{write_store, Problem};
use super::outgoing;
use super::state::AppState;
use crate::account::oauth::{hook, shortened};
use crate::account::store::now;
use crate::account::BASE_DOMAIN;
use crate::live_reload::Message;

/// amoCRM gives the install webhook 3 seconds (docs/oauth.md §1); the
/// disable hook is assumed alike (UNCONFIRMED).
pub const TIMEOUT: Duration = Duration::from_secs(3);
/// `platform` of amocrm.ru accounts (2 is Kommo; UNCONFIRMED meaning).
const PLATFORM: &str = "1";

/// A change of the widget's install state: install or disable it (`None`:
/// leave as is) and replace its settings values (`None`: keep them).
#[derive(Debug, Default)]
pub struct InstallChange {
    pub active: Option<bool>,
    pub settings: Option<Map<String, Value>>,
}

/// Applies `change` to widget `code` (one store update) and tells the
/// backend what it means: a code on install, revocation and the hook on
/// disable. Returns whether the widget was installed before and after.
pub async fn set_install(
    state: &web::Data<AppState>,
    code: &str,
    change: InstallChange,
    consequence: &str,
) -> Result<(bool, bool), Problem> {
    let key = code.to_owned();
    let (before, after) = write_store(state, consequence, move |account| {
        let w = account.widgets.entry(key).or_default();
        let before = w.installed;
        if let Some(active) = change.active {
            w.installed = active;
        }
        if let Some(settings) = change.settings {
            w.settings = settings;
        }
        w.updated_at = now();
        let after = w.installed;
        if before && !after {
            account.oauth.revoke_all(now());
        }
        Ok::<_, Problem>((before, after))
    })
    .await?;
    match (before, after) {
        (false, true) => {
            send_code(state, "the widget was installed");
        }
        (true, false) => disabled(state, "the widget was disabled"),
        _ => {}
    }
    Ok((before, after))
}

/// After the account forgot the widget (a reset): tokens revoked, the hook
/// called, as an uninstall.
pub fn uninstalled(state: &web::Data<AppState>) {
    disabled(state, "the widget was uninstalled (reset)");
}

/// Issues a fresh code and sends it to the redirect URI (install, or the
/// inspector's and modal's "Send a new code"). Returns at once; `false`
/// when there is no redirect URI to send it to.
pub fn send_code(state: &web::Data<AppState>, why: &str) -> bool {
    let integration = &state.config.integration;
    let Some(redirect_uri) = integration.identity.redirect_uri.clone() else {
        return false;
    };
    let identity = integration.identity.clone();
    let state = state.clone();
    let why = why.to_owned();
    tokio::spawn(async move {
        let issued = state
            .store
            .update(|s| Ok::<_, crate::account::StoreError>(s.oauth.issue_code(&identity, now())));
        let code = match issued {
            Ok(Some(code)) => code,
            Ok(None) => return,
            Err(e) => {
                tracing::error!("[oauth] no code was issued: {e}");
                return;
            }
        };
        let referer = format!("{}.{BASE_DOMAIN}", state.account.subdomain);
        let query = [
            ("code", code.as_str()),
            ("referer", referer.as_str()),
            ("platform", PLATFORM),
            ("client_id", identity.client_id.as_str()),
            ("from_widget", "1"),
        ];
        let url = with_query(&redirect_uri, &query);
        let shown = json!({"code": shortened(&code), "referer": referer, "client_id": identity.client_id, "platform": PLATFORM, "from_widget": "1"});
        let report = outgoing::get("OAuth authorization code", &url, shown, TIMEOUT).await;
        let line = format!(
            "[oauth] {why}: code {} → {redirect_uri}: {}",
            shortened(&code),
            report.summary()
        );
        log(report.ok, &line);
        state.live.publish(Message::Integration {
            event: json!({"type": "code", "why": why, "url": redirect_uri, "code": shortened(&code), "report": report}),
        });
    });
    true
}

/// Tokens are revoked by the store update that disabled the widget; this
/// tells the terminal and calls the hook.
fn disabled(state: &web::Data<AppState>, why: &str) {
    tracing::info!("[oauth] {why}: the integration's tokens are revoked");
    let identity = state.config.integration.identity.clone();
    let Some(hook_url) = identity.disable_hook.clone() else {
        state.live.publish(Message::Integration {
            event: json!({"type": "revoked", "why": why}),
        });
        return;
    };
    let state = state.clone();
    let why = why.to_owned();
    tokio::spawn(async move {
        let query = hook::disable_query(&identity, state.account.id);
        let pairs: Vec<(&str, &str)> = query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let url = with_query(&hook_url, &pairs);
        let shown = json!({"account_id": state.account.id, "client_uuid": identity.client_id, "signature": shortened(&query[2].1)});
        let report = outgoing::get("OAuth disable hook", &url, shown, TIMEOUT).await;
        log(
            report.ok,
            &format!(
                "[oauth] {why}: disable hook {hook_url}: {}",
                report.summary()
            ),
        );
        state.live.publish(Message::Integration {
            event: json!({"type": "hook", "why": why, "url": hook_url, "report": report}),
        });
    });
}

/// How long a disposable token amo-emu signs is valid, in seconds: as a
/// widget's disposable tokens (30 minutes, docs/oauth.md §4).
pub const DISPOSABLE_TOKEN_SECS: u64 = 30 * 60;

/// A disposable JWT for the integration's backend, signed HS256 with its
/// `client_secret`: the `token` of a Salesbot `widget_request` and of a
/// system SMS. The claims are modelled on amoCRM's disposable widget tokens
/// (docs/oauth.md §4); `extra` adds the ones of the occasion (`bot_id`, …).
/// How amoCRM signs these is UNCONFIRMED (docs/salesbot.md §4,
/// docs/communications.md §2): this is the one place that decides.
pub fn disposable_token(state: &AppState, extra: Map<String, Value>) -> String {
    let identity = &state.config.integration.identity;
    let account = &state.account;
    let iat = now();
    let mut claims = json!({
        "iss": format!("https://{}.{BASE_DOMAIN}", account.subdomain),
        "aud": identity.client_id,
        "jti": uuid::Uuid::new_v4().to_string(),
        "iat": iat,
        "nbf": iat,
        "exp": iat + DISPOSABLE_TOKEN_SECS,
        "account_id": account.id,
        "subdomain": account.subdomain,
        "client_uuid": identity.client_id,
    });
    if let Value::Object(c) = &mut claims {
        c.extend(extra);
    }
    let Ok(key) = jsonwebtoken::EncodingKey::from_secret(identity.client_secret.as_bytes()) else {
        return String::new();
    };
    let header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
    jsonwebtoken::encode(&header, &claims, &key).unwrap_or_default()
}

fn log(ok: bool, line: &str) {
    if ok {
        tracing::info!("{line}");
    } else {
        tracing::warn!("{line}");
    }
}

/// `base` with `pairs` added to its query (keeping what it has).
fn with_query(base: &str, pairs: &[(&str, &str)]) -> String {
    let encoded = serde_urlencoded::to_string(pairs).unwrap_or_default();
    let sep = if base.contains('?') { '&' } else { '?' };
    format!("{base}{sep}{encoded}")
}

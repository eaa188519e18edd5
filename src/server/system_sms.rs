//! A system SMS sent through the widget, as amoCRM sends one
//! (docs/communications.md §2): a form POST of `text`, `phone` and
//! `token` (the integration's disposable JWT, which the backend verifies
//! with its client secret) to the widget's `sms.endpoint`, from the
//! server, so the backend needs no CORS. Bounded like the other requests
//! amoCRM sends a backend (3 s, no retry); what happened is printed and
//! told to the inspector, and returned to the page that asked.

use std::time::Duration;

use serde_json::{json, Map, Value};

use super::integration::disposable_token;
use super::outgoing::{self, Report};
use super::state::AppState;
use crate::account::oauth::shortened;
use crate::live_reload::Message;

/// How long the backend has to answer (UNCONFIRMED: as amoCRM's install
/// webhook, docs/communications.md §2).
pub const TIMEOUT: Duration = Duration::from_secs(3);

/// One SMS the system sends: to whom and what.
#[derive(Debug, Clone)]
pub struct Sms {
    pub phone: String,
    pub text: String,
}

/// POSTs `sms` to `endpoint` and reports what happened.
pub async fn send(state: &AppState, endpoint: &str, sms: &Sms) -> Report {
    let mut claims = Map::new();
    claims.insert("phone".into(), Value::String(sms.phone.clone()));
    let token = disposable_token(state, claims);
    let body = serde_urlencoded::to_string([
        ("text", sms.text.as_str()),
        ("phone", sms.phone.as_str()),
        ("token", token.as_str()),
    ])
    .unwrap_or_default();
    let shown = json!({"text": sms.text, "phone": sms.phone, "token": shortened(&token)});
    // Only http(s) is sent to (`amo-emu check` warns about the rest, W019).
    let report = if outgoing::is_http_url(endpoint) {
        outgoing::post(
            "system SMS",
            endpoint,
            "application/x-www-form-urlencoded",
            body,
            shown,
            TIMEOUT,
        )
        .await
    } else {
        Report::bad_url(
            endpoint,
            shown,
            format!("{endpoint:?} is not an http(s) URL: the manifest's sms.endpoint"),
        )
    };
    let line = format!(
        "[sms] system SMS to {} → {endpoint}: {}",
        sms.phone,
        report.summary()
    );
    if report.ok {
        tracing::info!("{line}");
    } else {
        tracing::warn!("{line}");
    }
    state.live.publish(Message::Integration {
        event: json!({"type": "sms", "phone": sms.phone, "url": endpoint, "report": report}),
    });
    report
}

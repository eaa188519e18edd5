//! API authorization as a backend meets it on amoCRM: a request to
//! `/api/…`, `/private/…` or `/ajax/…` is served for a valid Bearer token (signed
//! here, not expired, not revoked) or for amo-emu's own pages, which carry
//! a session cookie as amoCRM's pages do (HttpOnly, so the widget's scripts
//! cannot read it; SameSite=Strict, so no other site's request carries it).
//! A token amo-emu did not issue is always refused with amoCRM's `401`
//! body; no token at all is refused when the integration wants one
//! (`Integration::requires_token`), and otherwise served with a note, once,
//! that amoCRM would answer 401. Every refusal is printed with its reason
//! and told to the inspector. Nothing else is decided here.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use serde_json::json;

use super::state::AppState;
use super::terminal::print_once;
use crate::account::oauth::{shortened, Claims, TokenRefused};
use crate::account::store::now;
use crate::live_reload::Message;

/// amoCRM's answer to an API request it cannot authorize.
pub fn unauthorized() -> HttpResponse {
    HttpResponse::build(StatusCode::UNAUTHORIZED)
        .content_type("application/problem+json")
        .body(
            json!({
                "title": "Unauthorized",
                "type": "https://httpstatus.es/401",
                "status": 401,
                "detail": "Неверный логин или пароль",
            })
            .to_string(),
        )
}

/// Paths that want authorization: amoCRM's APIs (v4, v2, private) and its
/// pages' own `/ajax/` endpoints (`/ajax/widgets/edit` installs and
/// disables), which amoCRM serves only to a logged-in user.
fn is_api(path: &str) -> bool {
    ["/api/", "/private/", "/ajax/"]
        .iter()
        .any(|p| path.starts_with(p))
}

/// The session cookie's name: one per port, so two amo-emu servers on
/// one host name do not overwrite each other's.
fn cookie_name(req: &ServiceRequest) -> String {
    let port = req
        .connection_info()
        .host()
        .rsplit_once(':')
        .map(|(_, p)| p.to_owned())
        .unwrap_or_default();
    format!("amo_emu_session_{port}")
}

fn has_session(req: &ServiceRequest, state: &AppState) -> bool {
    req.cookie(&cookie_name(req))
        .is_some_and(|c| c.value() == state.session)
}

/// The token of `Authorization: Bearer <token>`; `Some("")` for any other
/// `Authorization` (amoCRM refuses those too).
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?;
    let text = value.to_str().unwrap_or("");
    let token = text
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, t)| t.trim().to_owned());
    Some(token.unwrap_or_default())
}

/// Checks a Bearer token against the account's grants.
pub fn check_token(state: &AppState, token: &str) -> Result<Claims, TokenRefused> {
    if token.is_empty() {
        return Err(TokenRefused::Missing);
    }
    state
        .store
        .snapshot()
        .oauth
        .check(token, &state.config.integration.key, now())
}

/// Prints and tells the inspector why `what` was answered 401.
pub fn report_refusal(state: &AppState, what: &str, token: Option<&str>, reason: &TokenRefused) {
    let shown = token.map(shortened).unwrap_or_else(|| "no token".into());
    tracing::warn!("[oauth] 401 {what} ({shown}): {reason}");
    state.live.publish(Message::Integration {
        event: json!({"type": "unauthorized", "what": what, "token": shown, "reason": reason.to_string()}),
    });
}

/// Widgets written before 2020 still send the retired API keys
/// (`USER_LOGIN`/`USER_HASH`, `amouser`/`amohash`); say why they no longer
/// authorize, once (docs/oauth.md §9).
fn note_legacy_keys(state: &AppState, req: &ServiceRequest) {
    let query = req.query_string().to_ascii_lowercase();
    if ["user_hash=", "amohash=", "user_login="]
        .iter()
        .any(|k| query.contains(k))
    {
        print_once(
            state,
            "auth:legacy-keys",
            &format!(
                "{} {} sends USER_LOGIN/USER_HASH: amoCRM retired these API keys in 2020 and \
                 authorizes only OAuth tokens (or the page's session); amo-emu ignores them too",
                req.method(),
                req.path()
            ),
        );
    }
}

pub async fn check(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let session = has_session(&req, &state);
    if is_api(req.path()) {
        note_legacy_keys(&state, &req);
        let what = format!("{} {}", req.method(), req.path());
        match bearer(req.headers()) {
            // A token is checked even on a page's request: one amo-emu did
            // not issue is never accepted.
            Some(token) => {
                if let Err(reason) = check_token(&state, &token) {
                    report_refusal(&state, &what, Some(&token), &reason);
                    return Ok(req.into_response(unauthorized()));
                }
            }
            None if session => {}
            None if state.config.integration.requires_token() => {
                report_refusal(&state, &what, None, &TokenRefused::Missing);
                return Ok(req.into_response(unauthorized()));
            }
            None => {
                print_once(
                    &state,
                    "auth:anonymous",
                    &format!(
                        "{what} came without a token and was served; amoCRM would answer 401 \
                         (a backend needs `Authorization: Bearer …`: `amo-emu token <DIR>` prints one; \
                         --redirect-uri or --strict-auth make amo-emu refuse it too)"
                    ),
                );
            }
        }
    }
    let name = cookie_name(&req);
    let mut res = next.call(req).await?.map_into_boxed_body();
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html && !session {
        let cookie = format!(
            "{name}={}; Path=/; HttpOnly; SameSite=Strict",
            state.session
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            res.headers_mut().append(header::SET_COOKIE, value);
        }
    }
    Ok(res)
}

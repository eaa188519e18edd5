//! `POST /amo-emu/notices`: the browser → terminal channel. Some things only
//! the page sees (a widget's request to another host failed, a module is
//! missing); the runtime posts them here so the developer's terminal shows
//! them too, once each.
//!
//! Request (`Content-Type: application/json`, at most [`MAX_NOTICE_BODY`]
//! bytes):
//!
//! ```json
//! {"kind": "request-failed", "text": "the widget's request to https://x.test/a failed",
//!  "key": "https://x.test", "probe": "https://x.test/a"}
//! ```
//!
//! - `kind` (required): `[a-z0-9-]{1,40}`, what sort of notice; printed in brackets.
//! - `text` (required): the sentence, at most [`MAX_TEXT`] characters.
//! - `key` (optional): what makes two notices "the same" (default: kind + text).
//! - `probe` (optional): an http(s) URL whose host:port the server checks
//!   (`server::probe`) to say why a request to it failed; the reason is
//!   appended to the text.
//!
//! Answer: `{"printed": bool, "reason": string | null}`: whether this call
//! printed a line (false for a repeat), and the probe's reason if asked.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::server::http::{JsonBody, Problem};
use crate::server::probe;
use crate::server::state::AppState;
use crate::server::terminal::print_once;

pub const NOTICES_PATH: &str = "/amo-emu/notices";
/// A notice is a sentence, not a document.
pub const MAX_NOTICE_BODY: usize = 8 * 1024;
pub const MAX_TEXT: usize = 2000;
const MAX_KIND: usize = 40;
const MAX_KEY: usize = 500;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(NOTICES_PATH, web::post().to(post_notice));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NoticeIn {
    kind: String,
    text: String,
    key: Option<String>,
    probe: Option<String>,
}

async fn post_notice(body: JsonBody, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    if body.size() > MAX_NOTICE_BODY {
        return Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("a notice is at most {MAX_NOTICE_BODY} bytes"),
        ));
    }
    let notice: NoticeIn = body.parse("not a notice ({kind, text, key?, probe?})")?;
    let kind_ok = !notice.kind.is_empty()
        && notice.kind.len() <= MAX_KIND
        && notice
            .kind
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !kind_ok {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!("kind must be 1-{MAX_KIND} characters of a-z, 0-9 and -"),
        ));
    }
    if notice.text.chars().count() > MAX_TEXT
        || notice.key.as_ref().is_some_and(|k| k.len() > MAX_KEY)
    {
        return Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("text is at most {MAX_TEXT} characters, key at most {MAX_KEY} bytes"),
        ));
    }
    let reason = match &notice.probe {
        None => None,
        Some(url) => {
            let Some((host, port)) = probe::target(url) else {
                return Err(Problem::new(
                    StatusCode::BAD_REQUEST,
                    "probe must be an absolute http:// or https:// URL",
                ));
            };
            Some(probe::why_failed(&state.notices, &host, port).await)
        }
    };
    let key = format!(
        "{}\u{0}{}",
        notice.kind,
        notice.key.as_deref().unwrap_or(&notice.text)
    );
    let text = match &reason {
        Some(r) => format!("{}: {r}", notice.text),
        None => notice.text.clone(),
    };
    let printed = print_once(&state, &key, &format!("[{}] {}", notice.kind, text));
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(json!({"printed": printed, "reason": reason}).to_string()))
}

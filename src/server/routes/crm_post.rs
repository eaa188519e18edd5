//! `POST /amo-emu/crm-post`: the endpoint behind the widget's
//! `self.crm_post(url, data, callback, type, error_cb)`. amoCRM's own
//! internal URL for it is UNCONFIRMED; widgets only ever call the method.
//!
//! Request: `Content-Type: application/json`, header [`PROXY_HEADER`]`: 1`,
//! body `{"url": "https://…", "body": "<form-encoded data>"}`. Both guards
//! together keep it to the emulator's own scripts: a cross-site form can
//! send neither, and a cross-site `fetch` with them needs a preflight the
//! guard refuses (as it refuses any other `Origin`).
//!
//! Answer: 200 with [`crate::server::crm_proxy::Outcome`] as JSON whenever the
//! request was forwarded (the target's own status is inside), a
//! problem+json 4xx when it was not. What is forwarded: see `crm_proxy`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::server::crm_proxy;
use crate::server::http::{JsonBody, Problem};
use crate::server::terminal::terminal_safe;

pub const CRM_POST_PATH: &str = "/amo-emu/crm-post";
/// The custom header the runtime sends; its value must be `1`.
pub const PROXY_HEADER: &str = "X-Amo-Emu-Crm-Post";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(CRM_POST_PATH, web::post().to(crm_post));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProxyRequest {
    url: String,
    #[serde(default)]
    body: String,
}

async fn crm_post(req: HttpRequest, body: JsonBody) -> Result<HttpResponse, Problem> {
    if req
        .headers()
        .get(PROXY_HEADER)
        .and_then(|v| v.to_str().ok())
        != Some("1")
    {
        return Err(Problem::new(
            StatusCode::FORBIDDEN,
            format!("crm_post requests come from the amo-emu runtime, with {PROXY_HEADER}: 1"),
        ));
    }
    let request: ProxyRequest = body.parse(r#"expected {"url": "…", "body": "…"}"#)?;
    if !crate::server::outgoing::is_http_url(&request.url) {
        tracing::warn!(
            "crm_post refused {}: not an http(s) URL",
            terminal_safe(&request.url)
        );
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!(
                "crm_post forwards only to absolute http:// or https:// URLs, not {:?}",
                request.url
            ),
        ));
    }
    let outcome = crm_proxy::forward(&request.url, request.body).await;
    let line = format!(
        "crm_post → POST {}: {}",
        terminal_safe(&request.url),
        terminal_safe(&outcome.summary())
    );
    if outcome.ok {
        tracing::info!("{line}");
    } else {
        tracing::warn!("{line}");
    }
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .insert_header(("Cache-Control", "no-store"))
        .json(outcome))
}

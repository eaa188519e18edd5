//! `crm_post` as amoCRM runs it: the CRM's server, not the browser, sends
//! the widget's POST to the third-party URL, so the target needs no CORS.
//! This module sends it and reports what happened; the route
//! (`routes::crm_post`) decides who may ask.
//!
//! What is forwarded, and what is not:
//! - method: always `POST` (the only one `crm_post` has);
//! - body: the form-encoded string the page built from `data` (as jQuery
//!   encodes it), at most the API's body limit, with `Content-Type:
//!   application/x-www-form-urlencoded; charset=UTF-8`;
//! - headers: none of the browser's (no cookies, no `Authorization`, no
//!   `Origin`); only the content type, `Accept: */*` and amo-emu's User-Agent;
//! - schemes: `http` and `https` only;
//! - redirects: never followed; a 3xx comes back to the widget as an error;
//! - targets: any host, loopback and private addresses included, because a
//!   developer's backend on localhost is the main use. The risk this leaves
//!   is bounded by who can trigger it: only the emulator's own pages (the
//!   guard refuses other origins and cross-site fetch metadata; the route
//!   insists on a JSON body and a custom header, which a form cannot send);
//! - time: [`TIMEOUT`] in all; answer size: at most [`MAX_RESPONSE`] bytes.

use std::time::{Duration, Instant};

use serde::Serialize;

use super::outgoing;

/// How long the whole exchange may take. amoCRM's own limit is not
/// documented (UNCONFIRMED); 10 s is long for a widget call and short
/// enough that a hung backend does not hold a worker.
pub const TIMEOUT: Duration = Duration::from_secs(10);
/// The largest answer passed back to the page; larger ones are an error.
pub const MAX_RESPONSE: usize = 2 * 1024 * 1024;
/// The content type of the forwarded body (what `$.ajax` sends for `data`).
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=UTF-8";

/// What happened, as the page needs it to call `callback` or `error_cb`.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The target answered 2xx (the widget's `callback` runs).
    pub ok: bool,
    pub url: String,
    pub status: Option<u16>,
    pub status_text: Option<String>,
    pub content_type: Option<String>,
    /// The answer's body as text (lossy UTF-8), when there was one.
    pub body: Option<String>,
    /// Why it failed, in words ("connection refused", "timed out", …).
    pub error: Option<String>,
    pub elapsed_ms: u64,
}

impl Outcome {
    fn failed(url: &str, error: String, started: Instant) -> Self {
        Outcome {
            ok: false,
            url: url.to_owned(),
            status: None,
            status_text: None,
            content_type: None,
            body: None,
            error: Some(error),
            elapsed_ms: started.elapsed().as_millis() as u64,
        }
    }

    /// One line for the terminal.
    pub fn summary(&self) -> String {
        match (self.status, &self.error) {
            (Some(s), None) => format!(
                "{s} {} in {} ms",
                self.status_text.as_deref().unwrap_or(""),
                self.elapsed_ms
            ),
            (Some(s), Some(e)) => format!("{s}: {e} ({} ms)", self.elapsed_ms),
            (None, Some(e)) => format!("failed: {e} ({} ms)", self.elapsed_ms),
            (None, None) => "no answer".to_owned(),
        }
    }
}

/// POSTs `body` to `url` from the server and reports the answer.
pub async fn forward(url: &str, body: String) -> Outcome {
    let started = Instant::now();
    if !outgoing::is_http_url(url) {
        return Outcome::failed(
            url,
            "only absolute http:// and https:// URLs are forwarded".into(),
            started,
        );
    }
    let client = match outgoing::client("crm_post proxy", TIMEOUT) {
        Ok(c) => c,
        Err(e) => return Outcome::failed(url, e, started),
    };
    let sent = client
        .post(url)
        .header("Content-Type", FORM_CONTENT_TYPE)
        .header("Accept", "*/*")
        .body(body)
        .send()
        .await;
    let mut res = match sent {
        Ok(res) => res,
        Err(e) => return Outcome::failed(url, describe(&e), started),
    };
    let status = res.status();
    let content_type = res
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let location = res
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let mut outcome = Outcome {
        ok: status.is_success(),
        url: url.to_owned(),
        status: Some(status.as_u16()),
        status_text: status.canonical_reason().map(str::to_owned),
        content_type,
        body: None,
        error: None,
        elapsed_ms: 0,
    };
    if res
        .content_length()
        .is_some_and(|n| n > MAX_RESPONSE as u64)
    {
        outcome.ok = false;
        outcome.error = Some(too_large());
        outcome.elapsed_ms = started.elapsed().as_millis() as u64;
        return outcome;
    }
    let mut bytes = Vec::new();
    loop {
        match res.chunk().await {
            Ok(Some(chunk)) if bytes.len() + chunk.len() > MAX_RESPONSE => {
                outcome.ok = false;
                outcome.error = Some(too_large());
                break;
            }
            Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
            Ok(None) => {
                outcome.body = Some(String::from_utf8_lossy(&bytes).into_owned());
                break;
            }
            Err(e) => {
                outcome.ok = false;
                outcome.error = Some(describe(&e));
                break;
            }
        }
    }
    if status.is_redirection() && outcome.error.is_none() {
        outcome.error = Some(format!(
            "the target redirected to {}; crm_post does not follow redirects",
            location.as_deref().unwrap_or("(no Location)")
        ));
    } else if !status.is_success() && outcome.error.is_none() {
        outcome.error = Some(format!("the target answered HTTP {}", status.as_u16()));
    }
    outcome.elapsed_ms = started.elapsed().as_millis() as u64;
    outcome
}

fn too_large() -> String {
    format!(
        "the answer is larger than {} MB, the most crm_post passes back",
        MAX_RESPONSE / (1024 * 1024)
    )
}

/// "timed out" / "could not connect: …" first, then the full chain.
fn describe(e: &reqwest::Error) -> String {
    let why = if e.is_timeout() {
        format!("timed out after {} s", TIMEOUT.as_secs())
    } else if e.is_connect() {
        "could not connect".to_owned()
    } else {
        "the request failed".to_owned()
    };
    format!("{why} ({})", outgoing::chain(e))
}

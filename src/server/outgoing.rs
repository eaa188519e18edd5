//! The one place the emulator's server builds HTTP clients for requests it
//! sends on the page's behalf (the DP webhook, account webhooks,
//! `crm_post`, OAuth codes, the disable hook): the same identification, no
//! redirects followed, a time bound, at most [`MAX_BODY_READ`] of an
//! answer read, error messages that say why ("error sending request" alone
//! helps nobody), and one [`Report`] of what happened to a request. It must not
//! decide what may be sent where: each caller owns its own rules.

use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

/// How much of the backend's answer a report keeps.
const MAX_BODY_SHOWN: usize = 2000;

/// What happened to one POST the server sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The backend answered 2xx.
    Delivered,
    /// The backend answered, but not 2xx.
    HttpError,
    /// No answer within the caller's time bound.
    Timeout,
    /// The connection could not be made (refused, no such host, TLS).
    ConnectFailed,
    /// No usable URL (none configured, or not http/https).
    BadUrl,
    /// Anything else the HTTP client reported.
    Failed,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    pub outcome: Outcome,
    pub url: String,
    pub status: Option<u16>,
    pub status_text: Option<String>,
    pub elapsed_ms: u64,
    pub response_body: Option<String>,
    pub error: Option<String>,
    /// What was sent (JSON, or a form body as a string).
    pub payload: Value,
}

impl Report {
    /// The report of a POST that was not sent because `url` is unusable.
    pub fn bad_url(url: &str, payload: Value, why: String) -> Report {
        Report {
            ok: false,
            outcome: Outcome::BadUrl,
            url: url.to_owned(),
            status: None,
            status_text: None,
            elapsed_ms: 0,
            response_body: None,
            error: Some(why),
            payload,
        }
    }

    /// One line for the terminal: `→ 200 OK in 12 ms`, or why it failed.
    pub fn summary(&self) -> String {
        match (&self.status, &self.error) {
            (Some(status), _) => format!(
                "{status} {} in {} ms",
                self.status_text.as_deref().unwrap_or(""),
                self.elapsed_ms
            ),
            (None, Some(e)) => format!("failed after {} ms: {e}", self.elapsed_ms),
            (None, None) => format!("{:?}", self.outcome),
        }
    }
}

/// POSTs `body` (of `content_type`) to `url` with `timeout` and reports what
/// happened; `payload` is what the report shows as sent.
pub async fn post(
    purpose: &str,
    url: &str,
    content_type: &str,
    body: String,
    payload: Value,
    timeout: Duration,
) -> Report {
    send(purpose, url, payload, timeout, |c| {
        c.post(url).header("Content-Type", content_type).body(body)
    })
    .await
}

/// GETs `url` (its query already in it) with `timeout` and reports what
/// happened; `payload` is what the report shows as sent.
pub async fn get(purpose: &str, url: &str, payload: Value, timeout: Duration) -> Report {
    send(purpose, url, payload, timeout, |c| c.get(url)).await
}

/// How much of an answer is read at most: a backend that streams without
/// end cannot hold the server's memory or the time bound.
const MAX_BODY_READ: usize = 64 * 1024;

async fn send(
    purpose: &str,
    url: &str,
    payload: Value,
    timeout: Duration,
    request: impl FnOnce(&reqwest::Client) -> reqwest::RequestBuilder,
) -> Report {
    let mut report = Report::bad_url(url, payload, String::new());
    report.error = None;
    let client = match client(purpose, timeout) {
        Ok(c) => c,
        Err(e) => {
            report.outcome = Outcome::Failed;
            report.error = Some(e);
            return report;
        }
    };
    let started = Instant::now();
    match request(&client).send().await {
        Ok(mut res) => {
            let status = res.status();
            report.status = Some(status.as_u16());
            report.status_text = status.canonical_reason().map(str::to_owned);
            let mut body = Vec::new();
            while let Ok(Some(chunk)) = res.chunk().await {
                body.extend_from_slice(&chunk);
                if body.len() >= MAX_BODY_READ {
                    break;
                }
            }
            report.elapsed_ms = started.elapsed().as_millis() as u64;
            let text = String::from_utf8_lossy(&body);
            report.response_body = Some(text.chars().take(MAX_BODY_SHOWN).collect());
            report.ok = status.is_success();
            report.outcome = if report.ok {
                Outcome::Delivered
            } else {
                Outcome::HttpError
            };
        }
        Err(e) => {
            report.elapsed_ms = started.elapsed().as_millis() as u64;
            report.outcome = if e.is_timeout() {
                Outcome::Timeout
            } else if e.is_connect() {
                Outcome::ConnectFailed
            } else if e.is_builder() {
                Outcome::BadUrl
            } else {
                Outcome::Failed
            };
            report.error = Some(chain(&e));
        }
    }
    report
}

/// A client that identifies itself as amo-emu (`purpose` says which
/// feature sent it), gives up after `timeout`, and never follows a
/// redirect: a 3xx is reported to the caller as it is, so a request can
/// never be bounced to a target nobody named.
pub fn client(purpose: &str, timeout: Duration) -> Result<reqwest::Client, String> {
    reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(format!("amo-emu/{} ({purpose})", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| chain(&e))
}

/// The full chain of an error, so "error sending request" says why.
pub fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// Whether `url` is an absolute `http://` or `https://` URL: the only
/// schemes the server sends to (no `file:`, `ftp:`, `gopher:`, …).
pub fn is_http_url(url: &str) -> bool {
    matches!(
        reqwest::Url::parse(url)
            .map(|u| u.scheme().to_owned())
            .as_deref(),
        Ok("http" | "https")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_are_sent_to() {
        assert!(is_http_url("http://localhost:8080/x"));
        assert!(is_http_url("HTTPS://example.com"));
        for bad in [
            "file:///etc/passwd",
            "ftp://example.com/",
            "gopher://127.0.0.1:25/",
            "/relative",
            "javascript:alert(1)",
            "",
        ] {
            assert!(!is_http_url(bad), "{bad}");
        }
    }
}

//! The one place the emulator's server builds HTTP clients for requests it
//! sends on the page's behalf (the DP webhook, `crm_post`): the same
//! identification, no redirects followed, a time bound, and error messages
//! that say why ("error sending request" alone helps nobody). It must not
//! decide what may be sent where: each caller owns its own rules.

use std::time::Duration;

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

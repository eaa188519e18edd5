//! Why a widget's request to another host failed, as far as can be known
//! honestly. The browser tells the page nothing (a refused connection, an
//! unknown host and a CORS refusal all look like "status 0"), so the server
//! looks on the page's behalf: it resolves the host, then opens and at once
//! closes one TCP connection to the one host:port the page named. It sends
//! no byte and returns no content, only which of a few fixed reasons applies.
//!
//! Not a port scanner: one host:port per report, each answered once and
//! then from memory, at most [`MAX_PROBES_PER_WINDOW`] new probes a minute,
//! each bounded by [`PROBE_TIMEOUT`], and (like every route) only for the
//! emulator's own pages (the guard's Host/Origin/fetch-metadata checks).
//!
//! [`MAX_PROBES_PER_WINDOW`]: super::notices::MAX_PROBES_PER_WINDOW

use std::time::{Duration, Instant};

use tokio::net::{lookup_host, TcpStream};

use super::notices::Notices;

/// How long the name lookup, and then the connection, may each take.
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// The reasons a probe can give; the page and the terminal show them as is.
pub const NO_SUCH_HOST: &str = "could not resolve host";
pub const REFUSED: &str = "connection refused";
pub const TIMED_OUT: &str = "timed out";
pub const REACHABLE: &str =
    "the server is reachable, so the browser refused the answer: most likely blocked by CORS (the response had no Access-Control-Allow-Origin for this page), or a TLS/certificate error";
pub const NOT_PROBED: &str =
    "not probed (too many hosts reported in the last minute); see the browser's DevTools console";
pub const UNREACHABLE: &str = "network unreachable";

/// `host:port` of an absolute http(s) URL, or None for anything else.
pub fn target(url: &str) -> Option<(String, u16)> {
    let url = reqwest::Url::parse(url).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url
        .host_str()?
        .trim_start_matches('[')
        .trim_end_matches(']');
    if host.is_empty() {
        return None;
    }
    let host = host.to_owned();
    Some((host, url.port_or_known_default()?))
}

/// Why a request to `host:port` could fail, probing it at most once.
pub async fn why_failed(notices: &Notices, host: &str, port: u16) -> String {
    let key = format!("{host}:{port}");
    if let Some(answer) = notices.probed(&key) {
        return answer;
    }
    if !notices.take_probe(Instant::now()) {
        return NOT_PROBED.to_owned();
    }
    let answer = probe(host, port).await;
    notices.remember_probe(&key, &answer);
    answer
}

async fn probe(host: &str, port: u16) -> String {
    let addrs = match tokio::time::timeout(PROBE_TIMEOUT, lookup_host((host, port))).await {
        Err(_) => return format!("{NO_SUCH_HOST} {host} (the lookup timed out)"),
        Ok(Err(_)) => return format!("{NO_SUCH_HOST} {host}"),
        Ok(Ok(addrs)) => addrs.collect::<Vec<_>>(),
    };
    // The first address only: one connection per report, whatever the name
    // resolves to.
    let Some(addr) = addrs.first() else {
        return format!("{NO_SUCH_HOST} {host}");
    };
    match tokio::time::timeout(PROBE_TIMEOUT, TcpStream::connect(addr)).await {
        Err(_) => format!("{TIMED_OUT} connecting to {host}:{port}"),
        Ok(Ok(stream)) => {
            drop(stream);
            REACHABLE.to_owned()
        }
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            format!("{REFUSED} by {host}:{port} (is the server started?)")
        }
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::TimedOut => {
            format!("{TIMED_OUT} connecting to {host}:{port}")
        }
        Ok(Err(e)) => format!("{UNREACHABLE} ({host}:{port}: {e})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_is_the_host_and_port_of_http_urls_only() {
        assert_eq!(
            target("https://api.example.com/x?y=1"),
            Some(("api.example.com".into(), 443))
        );
        assert_eq!(target("http://127.0.0.1:9/"), Some(("127.0.0.1".into(), 9)));
        assert_eq!(target("http://[::1]:8080/"), Some(("::1".into(), 8080)));
        assert_eq!(target("ftp://example.com/"), None);
        assert_eq!(target("/api/v4/leads"), None);
    }

    #[tokio::test]
    async fn tells_refused_from_reachable() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let open = listener.local_addr().unwrap().port();
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let notices = Notices::default();
        assert_eq!(why_failed(&notices, "127.0.0.1", open).await, REACHABLE);
        assert!(why_failed(&notices, "127.0.0.1", closed)
            .await
            .starts_with(REFUSED));
        assert!(why_failed(&notices, "no-such-host.invalid", 80)
            .await
            .starts_with(NO_SUCH_HOST));
    }
}

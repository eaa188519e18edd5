//! Request checks every route passes through: the `Host` allowlist (DNS
//! rebinding), refusing any request that carries another `Origin` (CSRF and
//! cross-origin reads, preflights included), and refusing requests that
//! fetch metadata marks as coming from another site unless they are a
//! top-level navigation: no writes, no subresource loads (script theft, as
//! in webpack-dev-server CVE-2025-30359), no framing. It must not look at
//! bodies or paths beyond their prefix: routes own those.

use std::net::IpAddr;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};

use super::state::AppState;

pub async fn check(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let allowed = req
        .app_data::<web::Data<AppState>>()
        .map(|s| s.config.allowed_hosts.clone())
        .unwrap_or_default();
    if let Err(reason) = verdict(&req, &allowed) {
        let res = HttpResponse::build(StatusCode::FORBIDDEN)
            .content_type("text/plain; charset=utf-8")
            .body(reason);
        return Ok(req.into_response(res));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

fn header_str<'a>(req: &'a ServiceRequest, name: &str) -> Option<&'a str> {
    req.headers().get(name).and_then(|v| v.to_str().ok())
}

/// `Sec-Fetch-Dest` values of a navigation that puts our page inside another
/// site's page (clickjacking); only a top-level `document` may come from
/// another site.
const FRAMED_DESTS: [&str; 4] = ["iframe", "frame", "embed", "object"];

fn verdict(req: &ServiceRequest, allowed: &[String]) -> Result<(), String> {
    let host = header_str(req, header::HOST.as_str()).unwrap_or("");
    if !host_allowed(host, allowed) {
        return Err(format!(
            "amo-emu refused this request: Host {host:?} is not a local name.\n\
             This protects against DNS rebinding. To allow it, start with --allowed-host {}\n",
            strip_port(host).unwrap_or("<name>")
        ));
    }
    // A browser sends `Origin` on every cross-origin request and on writes;
    // the emulator's own pages are same-origin, so any other origin (or
    // `null`, or bytes that are not text) is another site talking to us.
    for origin in req.headers().get_all(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("<not text>");
        if !origin_allowed(origin, host) {
            return Err(format!(
                "amo-emu refused this request: Origin {origin:?} is not this server.\n"
            ));
        }
    }
    let site = header_str(req, "sec-fetch-site");
    // `same-site` counts as foreign: a site ignores ports, so any other
    // server on localhost is "same-site".
    let foreign = site.is_some_and(|s| s != "same-origin" && s != "none");
    if !foreign {
        return Ok(());
    }
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if writes || req.path() == crate::live_reload::EVENTS_PATH {
        return Err("amo-emu refused this request: it came from another site.\n".into());
    }
    if header_str(req, "sec-fetch-mode") != Some("navigate") {
        return Err(
            "amo-emu refused this request: another site may not load files from the dev server.\n"
                .into(),
        );
    }
    if header_str(req, "sec-fetch-dest").is_some_and(|d| FRAMED_DESTS.contains(&d)) {
        return Err(
            "amo-emu refused this request: another site may not frame the dev server.\n".into(),
        );
    }
    Ok(())
}

/// `host[:port]` or `[v6]:port` → the name without the port (and without
/// the brackets); None when the value is not of that shape.
fn strip_port(host: &str) -> Option<&str> {
    let is_port = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
    if let Some(rest) = host.strip_prefix('[') {
        let (ip, after) = rest.split_once(']')?;
        return match after {
            "" => Some(ip),
            _ => after.strip_prefix(':').filter(|p| is_port(p)).map(|_| ip),
        };
    }
    match host.rsplit_once(':') {
        Some((name, port)) if is_port(port) && !name.contains(':') => Some(name),
        Some(_) => None,
        None => Some(host),
    }
}

/// Whether `host` (a `Host` header value) names this machine's loopback,
/// `localhost` or `*.localhost` (browsers resolve those to loopback without
/// asking DNS), or one of the `--allowed-host` names.
pub fn host_allowed(host: &str, extra: &[String]) -> bool {
    let Some(name) = strip_port(host) else {
        return false;
    };
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    if name.is_empty() {
        return false;
    }
    if name == "localhost" || name.ends_with(".localhost") {
        return true;
    }
    let bracketed = host.starts_with('[');
    match name.parse::<IpAddr>() {
        // `[v4]` is not a valid host; `v6` without brackets was refused above.
        Ok(IpAddr::V4(_)) if bracketed => return false,
        Ok(ip) if ip.to_canonical().is_loopback() => return true,
        Ok(_) => {}
        Err(_) if bracketed => return false,
        Err(_) => {}
    }
    extra.iter().any(|h| {
        let h = h.trim_start_matches('[').trim_end_matches(']');
        h.trim_end_matches('.').eq_ignore_ascii_case(&name)
    })
}

/// Same origin: `http://` plus exactly the `Host` the request came to.
fn origin_allowed(origin: &str, host: &str) -> bool {
    origin
        .strip_prefix("http://")
        .is_some_and(|rest| rest.eq_ignore_ascii_case(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_local_names_only() {
        for ok in [
            "localhost",
            "localhost:3030",
            "example.localhost:1",
            "127.0.0.1:80",
            "127.1.2.3",
            "[::1]:3030",
        ] {
            assert!(host_allowed(ok, &[]), "{ok}");
        }
        for bad in [
            "evil.example",
            "localhost.evil.example",
            "192.168.1.10:3030",
            "",
            ":3030",
            "[::2]:80",
            "0.0.0.0",
            "[::1]evil.example",
            "[::1]:",
            "[127.0.0.1]",
            "::1",
            "[::ffff:192.168.1.10]",
        ] {
            assert!(!host_allowed(bad, &[]), "{bad}");
        }
        assert!(host_allowed("[::ffff:127.0.0.1]:80", &[]));
        assert!(host_allowed("dev.box:3030", &["dev.box".into()]));
        assert!(host_allowed("192.168.1.10:3030", &["192.168.1.10".into()]));
        assert!(host_allowed("[fe80::1]:3030", &["[fe80::1]".into()]));
    }

    #[test]
    fn origin_must_match_the_host_exactly() {
        assert!(origin_allowed(
            "http://example.localhost:3030",
            "example.localhost:3030"
        ));
        assert!(!origin_allowed(
            "http://example.localhost:3030.evil.com",
            "example.localhost:3030"
        ));
        assert!(!origin_allowed("null", "localhost:3030"));
        assert!(!origin_allowed("https://localhost:3030", "localhost:3030"));
    }
}

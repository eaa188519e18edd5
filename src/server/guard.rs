//! Request checks every route passes through: the `Host` allowlist (DNS
//! rebinding), the `Origin` / `Sec-Fetch-Site` check on anything that
//! writes (CSRF from another site), and refusing cross-site subresource
//! loads (script theft, as in webpack-dev-server CVE-2025-30359).

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

fn verdict(req: &ServiceRequest, allowed: &[String]) -> Result<(), String> {
    let host = header_str(req, header::HOST.as_str()).unwrap_or("");
    if !host_allowed(host, allowed) {
        return Err(format!(
            "amo-emu refused this request: Host {host:?} is not a local name.\n\
             This protects against DNS rebinding. To allow it, start with --allowed-host {}\n",
            strip_port(host).unwrap_or("<name>")
        ));
    }
    let site = header_str(req, "sec-fetch-site");
    let mode = header_str(req, "sec-fetch-mode");
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if writes || req.path() == crate::live_reload::EVENTS_PATH {
        match header_str(req, header::ORIGIN.as_str()) {
            Some(origin) if !origin_allowed(origin, host) => {
                return Err(format!(
                    "amo-emu refused this request: Origin {origin:?} is not this server.\n"
                ));
            }
            _ => {}
        }
        if site == Some("cross-site") || site == Some("same-site") {
            return Err("amo-emu refused this request: it came from another site.\n".into());
        }
    }
    if site == Some("cross-site") && mode != Some("navigate") {
        return Err(
            "amo-emu refused this request: another site may not load files from the dev server.\n"
                .into(),
        );
    }
    Ok(())
}

/// `host[:port]` or `[v6]:port` → the name without the port.
fn strip_port(host: &str) -> Option<&str> {
    if let Some(rest) = host.strip_prefix('[') {
        return rest.split_once(']').map(|(ip, _)| ip);
    }
    match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => Some(name),
        Some(_) => None,
        None => Some(host),
    }
}

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
    if let Ok(ip) = name.parse::<IpAddr>() {
        return ip.is_loopback();
    }
    extra.iter().any(|h| h.eq_ignore_ascii_case(&name))
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
        ] {
            assert!(!host_allowed(bad, &[]), "{bad}");
        }
        assert!(host_allowed("dev.box:3030", &["dev.box".into()]));
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

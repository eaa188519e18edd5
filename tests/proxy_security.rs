//! Attacks on the two endpoints that make the emulator's server open
//! outgoing connections: `POST /amo-emu/crm-post` (forwards a POST) and the
//! probe behind `POST /amo-emu/notices` (resolves and connects to a host).
//! Neither may become an open proxy or a port scanner for another site.
//! Written as raw HTTP over a `TcpStream`, so the attack reaches the server
//! exactly as written. Each forwarding attack also checks that the target
//! backend received nothing.

mod common;

use common::backend::{closed_port, Backend};
use common::raw_http::{exchange, RawResponse};
use common::TestServer;
use rstest::rstest;
use serde_json::{json, Value};

const FIXTURE: &str = "tests/fixtures/network-calls";
/// The body limit the whole API shares.
use amo_emu::server::http::MAX_JSON_BODY;

/// A POST with `headers` (the `Host` is added) and `body`.
fn post(server: &TestServer, path: &str, headers: &[&str], body: &str) -> RawResponse {
    let mut req = format!(
        "POST {path} HTTP/1.1\r\nHost: example.localhost:{}\r\nConnection: close\r\nContent-Length: {}\r\n",
        server.port,
        body.len()
    );
    for h in headers {
        req.push_str(h);
        req.push_str("\r\n");
    }
    req.push_str("\r\n");
    req.push_str(body);
    exchange(server.port, req.as_bytes())
}

const JSON: &str = "Content-Type: application/json";
const PROXY: &str = "X-Amo-Emu-Crm-Post: 1";

fn crm_post(server: &TestServer, headers: &[&str], url: &str) -> RawResponse {
    let body = json!({"url": url, "body": "a=1"}).to_string();
    post(server, "/amo-emu/crm-post", headers, &body)
}

fn json_body(res: &RawResponse) -> Value {
    serde_json::from_slice(&res.body)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", res.body_text()))
}

#[test]
fn crm_post_forwards_for_the_emulators_own_page() {
    let backend = Backend::start("200 OK", "", r#"{"ok":1}"#);
    let server = TestServer::start(FIXTURE);
    let own = format!("Origin: http://example.localhost:{}", server.port);
    let res = crm_post(
        &server,
        &[JSON, PROXY, &own, "Sec-Fetch-Site: same-origin"],
        &backend.url("/x"),
    );
    assert_eq!(res.status, 200, "{}", res.body_text());
    let outcome = json_body(&res);
    assert_eq!(outcome["ok"], true);
    assert_eq!(outcome["body"], r#"{"ok":1}"#);
    assert!(backend.first_request().ends_with("a=1"));
}

/// One refused request each: what another site, a sandboxed frame or a
/// form could send to the proxy.
#[rstest]
#[case::cross_site_origin(&[JSON, PROXY, "Origin: http://evil.example"], 403)]
#[case::origin_null_sandboxed_frame(&[JSON, PROXY, "Origin: null"], 403)]
#[case::another_localhost_port(&[JSON, PROXY, "Origin: http://localhost:1"], 403)]
#[case::no_origin_cross_site_fetch_metadata(&[JSON, PROXY, "Sec-Fetch-Site: cross-site", "Sec-Fetch-Mode: cors"], 403)]
#[case::no_origin_same_site_fetch_metadata(&[JSON, PROXY, "Sec-Fetch-Site: same-site"], 403)]
#[case::form_content_type(&["Content-Type: application/x-www-form-urlencoded", PROXY], 415)]
#[case::text_plain_no_preflight_fetch(&["Content-Type: text/plain", PROXY], 415)]
#[case::no_custom_header(&[JSON], 403)]
#[case::custom_header_with_another_value(&[JSON, "X-Amo-Emu-Crm-Post: yes"], 403)]
fn crm_post_refuses_what_another_site_or_a_form_could_send(
    #[case] headers: &[&str],
    #[case] expect: u16,
) {
    let backend = Backend::start("200 OK", "", "{}");
    let server = TestServer::start(FIXTURE);
    let res = crm_post(&server, headers, &backend.url("/x"));
    assert_eq!(res.status, expect, "{}", res.body_text());
    assert!(
        res.header("access-control-allow-origin").is_none(),
        "a CORS grant"
    );
    assert!(
        backend.requests.lock().unwrap().is_empty(),
        "a refused request reached the target"
    );
}

#[rstest]
#[case::file("file:///etc/passwd")]
#[case::gopher("gopher://127.0.0.1:25/_HELO")]
#[case::ftp("ftp://127.0.0.1/")]
#[case::data("data:text/plain,hi")]
#[case::javascript("javascript:alert(1)")]
#[case::relative_path("/api/v4/account")]
#[case::scheme_relative("//127.0.0.1/x")]
fn crm_post_refuses_non_http_schemes(#[case] url: &str) {
    let server = TestServer::start(FIXTURE);
    let res = crm_post(&server, &[JSON, PROXY], url);
    assert_eq!(res.status, 400, "{url}: {}", res.body_text());
    assert!(!res.body_text().contains("root:"), "{url}");
}

#[test]
fn crm_post_refuses_an_oversized_body() {
    let backend = Backend::start("200 OK", "", "{}");
    let server = TestServer::start(FIXTURE);
    let big = "a".repeat(MAX_JSON_BODY + 1);
    let body = json!({"url": backend.url("/x"), "body": big}).to_string();
    let res = post(&server, "/amo-emu/crm-post", &[JSON, PROXY], &body);
    assert_eq!(res.status, 413, "{}", res.body_text());
    assert!(backend.requests.lock().unwrap().is_empty());
}

#[test]
fn crm_post_does_not_follow_a_redirect_elsewhere() {
    let elsewhere = Backend::start("200 OK", "", r#"{"secret":"internal"}"#);
    let redirect = format!("Location: {}\r\n", elsewhere.url("/admin"));
    let bouncer = Backend::start("302 Found", &redirect, "{}");
    let server = TestServer::start(FIXTURE);
    let res = crm_post(&server, &[JSON, PROXY], &bouncer.url("/x"));
    assert_eq!(res.status, 200);
    let outcome = json_body(&res);
    assert_eq!(outcome["ok"], false);
    assert_eq!(outcome["status"], 302);
    assert!(
        outcome["error"]
            .as_str()
            .unwrap()
            .contains("does not follow redirects"),
        "{outcome}"
    );
    bouncer.first_request();
    assert!(
        elsewhere.requests.lock().unwrap().is_empty(),
        "the redirect was followed"
    );
    assert!(!res.body_text().contains("internal"));
}

#[test]
fn crm_post_reports_a_refused_target_and_logs_it() {
    let server = TestServer::start(FIXTURE);
    let url = format!("http://127.0.0.1:{}/x", closed_port());
    let res = crm_post(&server, &[JSON, PROXY], &url);
    let outcome = json_body(&res);
    assert_eq!(outcome["ok"], false);
    assert!(
        outcome["error"]
            .as_str()
            .unwrap()
            .starts_with("could not connect"),
        "{outcome}"
    );
    server.wait_stderr(&format!("crm_post → POST {url}: failed: could not connect"));
}

fn notice(server: &TestServer, headers: &[&str], body: &Value) -> RawResponse {
    post(server, "/amo-emu/notices", headers, &body.to_string())
}

#[rstest]
#[case::cross_site_origin(&[JSON, "Origin: http://evil.example"], 403)]
#[case::cross_site_fetch_metadata(&[JSON, "Sec-Fetch-Site: cross-site"], 403)]
#[case::form_content_type(&["Content-Type: application/x-www-form-urlencoded"], 415)]
fn notices_refuse_other_sites_and_forms(#[case] headers: &[&str], #[case] expect: u16) {
    let server = TestServer::start(FIXTURE);
    let body = json!({"kind": "test", "text": "hello"});
    let res = notice(&server, headers, &body);
    assert_eq!(res.status, expect, "{}", res.body_text());
    // A later notice that is printed: once its line is there, a refused one
    // would have been too.
    let later = json!({"kind": "test", "text": "accepted after the refusal"});
    assert_eq!(
        json_body(&notice(&server, &[JSON], &later))["printed"],
        true
    );
    let err = server.wait_stderr("[test] accepted after the refusal");
    assert!(!err.contains("hello"), "{err}");
}

#[test]
fn notices_are_printed_once_and_cannot_inject_terminal_escapes() {
    let server = TestServer::start(FIXTURE);
    let body = json!({"kind": "test", "text": "evil \u{1b}[2J\u{1b}]0;title\u{7} text"});
    let first = json_body(&notice(&server, &[JSON], &body));
    assert_eq!(first["printed"], true);
    let again = json_body(&notice(&server, &[JSON], &body));
    assert_eq!(again["printed"], false);
    let err = server.wait_stderr("[test] evil");
    assert!(
        !err.contains('\u{1b}'),
        "an escape reached the terminal: {err:?}"
    );
    assert_eq!(err.matches("[test] evil").count(), 1);

    let huge = json!({"kind": "test", "text": "x".repeat(9000)});
    assert_eq!(notice(&server, &[JSON], &huge).status, 413);
    let bad_kind = json!({"kind": "Bad Kind!", "text": "x"});
    assert_eq!(notice(&server, &[JSON], &bad_kind).status, 400);
}

#[test]
fn the_probe_checks_only_the_reported_host_and_is_rate_limited() {
    let server = TestServer::start(FIXTURE);
    for url in ["file:///etc/passwd", "gopher://127.0.0.1:25/", "/relative"] {
        let body = json!({"kind": "request-failed", "text": "t", "probe": url});
        assert_eq!(notice(&server, &[JSON], &body).status, 400, "{url}");
    }
    // The per-minute budget: ten distinct host:ports, then no more probes.
    let mut reasons = Vec::new();
    for i in 0..12 {
        let url = format!("http://127.0.0.1:{}/", closed_port());
        let body = json!({"kind": "request-failed", "text": format!("t{i}"), "probe": url});
        reasons.push(json_body(&notice(&server, &[JSON], &body))["reason"].clone());
    }
    for r in &reasons[..10] {
        assert!(r.as_str().unwrap().starts_with("connection refused"), "{r}");
    }
    for r in &reasons[10..] {
        assert!(r.as_str().unwrap().starts_with("not probed"), "{r}");
    }
}

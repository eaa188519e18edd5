//! Oversized or hostile input gets a clear refusal, never a crash or
//! unbounded memory: request bodies (413), JSON nesting (400), header size
//! (431). Each test checks the server still answers afterwards.
//! The number of live-reload connections is limited with that endpoint.

mod common;

use common::raw_http::{exchange, RawResponse};
use common::TestServer;

use amo_emu::server::http::{MAX_JSON_BODY, MAX_JSON_DEPTH};

/// The `recorder` fixture's code.
const CODE: &str = "recorder";
/// actix-http's limit on a request head (its `MAX_BUFFER_SIZE`); it allows
/// at most 96 headers.
const ACTIX_MAX_HEAD: usize = 128 * 1024;

fn post(server: &TestServer, extra_headers: &str, body: &[u8]) -> RawResponse {
    let port = server.port;
    let mut req = format!(
        "POST /api/v4/widgets/{CODE} HTTP/1.1\r\nHost: example.localhost:{port}\r\nOrigin: http://example.localhost:{port}\r\nContent-Type: application/json\r\n{extra_headers}Connection: close\r\n\r\n"
    )
    .into_bytes();
    req.extend_from_slice(body);
    exchange(port, &req)
}

fn with_length(server: &TestServer, body: &[u8]) -> RawResponse {
    post(server, &format!("Content-Length: {}\r\n", body.len()), body)
}

fn still_serves(server: &TestServer) {
    let res = exchange(
        server.port,
        format!(
            "GET /api/v4/widgets/{CODE} HTTP/1.1\r\nHost: example.localhost:{}\r\nConnection: close\r\n\r\n",
            server.port
        )
        .as_bytes(),
    );
    assert_eq!(
        res.status,
        200,
        "the server stopped answering: {}",
        res.body_text()
    );
}

/// `{"custom_data": [[[…"x"…]]]}` with the whole body `depth` levels deep.
fn nested(depth: usize) -> String {
    let inner = depth - 1;
    format!(
        "{{\"custom_data\":{}\"x\"{}}}",
        "[".repeat(inner),
        "]".repeat(inner)
    )
}

#[test]
fn a_body_over_the_limit_is_413() {
    let server = TestServer::start("tests/fixtures/recorder");
    let body = format!("{{\"login\":\"{}\"}}", "a".repeat(MAX_JSON_BODY));
    let res = with_length(&server, body.as_bytes());
    assert_eq!(res.status, 413, "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn a_chunked_body_over_the_limit_is_413() {
    let server = TestServer::start("tests/fixtures/recorder");
    let chunk = vec![b' '; 64 * 1024];
    let mut body = Vec::new();
    for _ in 0..(MAX_JSON_BODY / chunk.len() + 2) {
        body.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        body.extend_from_slice(&chunk);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(b"0\r\n\r\n");
    let res = post(&server, "Transfer-Encoding: chunked\r\n", &body);
    assert_eq!(res.status, 413, "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn a_huge_declared_length_is_refused_without_waiting_for_the_body() {
    let server = TestServer::start("tests/fixtures/recorder");
    let res = post(&server, "Content-Length: 99999999999\r\n", b"{");
    assert_eq!(res.status, 413, "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn json_nested_past_serde_limit_is_400_not_a_crash() {
    let server = TestServer::start("tests/fixtures/recorder");
    let body = nested(100_000);
    assert!(body.len() < MAX_JSON_BODY, "must fail on depth, not size");
    let res = with_length(&server, body.as_bytes());
    assert_eq!(res.status, 400, "{}", res.body_text());
    assert_eq!(res.header("content-type"), Some("application/problem+json"));
    still_serves(&server);
}

#[test]
fn json_deeper_than_the_api_limit_is_400() {
    let server = TestServer::start("tests/fixtures/recorder");
    let res = with_length(&server, nested(MAX_JSON_DEPTH + 1).as_bytes());
    assert_eq!(res.status, 400, "{}", res.body_text());
    assert!(res.body_text().contains("nested"), "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn json_at_the_depth_limit_is_stored_and_survives_a_restart() {
    let mut server = TestServer::start("tests/fixtures/recorder");
    let body = nested(MAX_JSON_DEPTH);
    let res = with_length(&server, body.as_bytes());
    assert_eq!(res.status, 200, "{}", res.body_text());
    server.restart();
    let err = server.settled_stderr();
    assert!(!err.contains("moved aside"), "{err}");
    let saved = server.widget_api(CODE);
    let expected: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(saved["settings"]["custom_data"], expected["custom_data"]);
}

#[test]
fn an_oversized_header_is_431() {
    let server = TestServer::start("tests/fixtures/recorder");
    let res = exchange(
        server.port,
        format!(
            "GET /settings/widgets/ HTTP/1.1\r\nHost: example.localhost:{}\r\nX-Big: {}\r\nConnection: close\r\n\r\n",
            server.port,
            "a".repeat(ACTIX_MAX_HEAD * 2)
        )
        .as_bytes(),
    );
    assert_eq!(res.status, 431, "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn too_many_headers_are_refused() {
    let server = TestServer::start("tests/fixtures/recorder");
    let headers: String = (0..200).map(|i| format!("X-H{i}: v\r\n")).collect();
    let res = exchange(
        server.port,
        format!(
            "GET /settings/widgets/ HTTP/1.1\r\nHost: example.localhost:{}\r\n{headers}Connection: close\r\n\r\n",
            server.port
        )
        .as_bytes(),
    );
    assert_eq!(res.status, 431, "{}", res.body_text());
    still_serves(&server);
}

#[test]
fn an_oversized_request_line_is_refused() {
    let server = TestServer::start("tests/fixtures/recorder");
    let res = exchange(
        server.port,
        format!(
            "GET /upl/{CODE}/widget/{} HTTP/1.1\r\nHost: example.localhost:{}\r\nConnection: close\r\n\r\n",
            "a/".repeat(ACTIX_MAX_HEAD),
            server.port
        )
        .as_bytes(),
    );
    assert_eq!(res.status, 431, "{}", res.body_text());
    still_serves(&server);
}

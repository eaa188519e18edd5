//! Calling the emulated account's JSON APIs from a test as a backend or
//! `curl` would: a request with an optional JSON (or form) body, the answer
//! as JSON, and the per-item `validation-errors` of a refused batch.

use serde_json::Value;

use super::{off_runtime, TestServer};

/// `METHOD path` with an optional JSON body → (status, JSON body or Null).
pub fn send(server: &TestServer, method: &str, path: &str, body: Option<&Value>) -> (u16, Value) {
    let body = body.map(|b| ("application/json", b.to_string()));
    send_raw(server, method, path, body)
}

/// `METHOD path` with a body of the given media type (a form, as jQuery's
/// `$.post` sends one) → (status, JSON body or Null).
pub fn send_raw(
    server: &TestServer,
    method: &str,
    path: &str,
    body: Option<(&str, String)>,
) -> (u16, Value) {
    off_runtime(|| {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = server.http().request(method, server.url(path));
        if let Some((media, b)) = body {
            req = req.header("Content-Type", media).body(b);
        }
        let res = req.send().unwrap();
        let status = res.status().as_u16();
        let text = res.text().unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
}

/// `METHOD path` with a JSON body, which must be answered 200.
pub fn ok(server: &TestServer, method: &str, path: &str, body: &Value) -> Value {
    let (status, answer) = send(server, method, path, Some(body));
    assert_eq!(status, 200, "{method} {path}: {answer}");
    answer
}

/// `GET path`, which must be answered 200.
pub fn get(server: &TestServer, path: &str) -> Value {
    let (status, body) = send(server, "GET", path, None);
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

/// The validation errors of a 400 answer as `(request_id, path, code)`.
pub fn error_paths(answer: &Value) -> Vec<(String, String, String)> {
    answer["validation-errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no validation-errors: {answer}"))
        .iter()
        .flat_map(|item| {
            let rid = item["request_id"].as_str().unwrap().to_owned();
            item["errors"].as_array().unwrap().iter().map(move |e| {
                (
                    rid.clone(),
                    e["path"].as_str().unwrap().to_owned(),
                    e["code"].as_str().unwrap().to_owned(),
                )
            })
        })
        .collect()
}

/// Asserts that a 400 answer lists each `(request_id, path, code)`.
pub fn assert_errors(answer: &Value, expected: &[(&str, &str, &str)]) {
    let paths = error_paths(answer);
    for e in expected {
        assert!(
            paths
                .iter()
                .any(|(r, p, c)| (r.as_str(), p.as_str(), c.as_str()) == *e),
            "{e:?} not in {paths:?}"
        );
    }
}

//! `/api/v4/widgets/<code>` as amoCRM's REST API answers it: HAL JSON on
//! success, problem+json with field-level errors on bad input, and nothing
//! stored when the input is refused.

mod common;

use common::{off_runtime, TestServer};
use serde_json::{json, Value};

fn call(
    server: &TestServer,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &str,
) -> (u16, String, Value) {
    off_runtime(|| {
        let client = server.http();
        let url = server.url(path);
        let mut req = match method {
            "POST" => client.post(url),
            "DELETE" => client.delete(url),
            _ => client.get(url),
        };
        if let Some(ct) = content_type {
            req = req.header("Content-Type", ct);
        }
        let res = req.body(body.to_owned()).send().unwrap();
        let status = res.status().as_u16();
        let ct = res
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let text = res.text().unwrap();
        (
            status,
            ct,
            serde_json::from_str(&text).unwrap_or(Value::Null),
        )
    })
}

const JSON: Option<&str> = Some("application/json");

#[test]
fn install_save_and_disable_through_the_api() {
    let server = TestServer::start("sample-widget");
    let (status, ct, model) = call(&server, "GET", "/api/v4/widgets/sample_widget", None, "");
    assert_eq!((status, ct.as_str()), (200, "application/hal+json"));
    assert_eq!(model["is_active_in_account"], json!(false));
    assert_eq!(
        model["settings_template"][0],
        json!({"key": "api_key", "name": "API key", "type": "text", "is_required": true})
    );
    assert_eq!(model["is_lead_source"], json!(true));
    assert_eq!(
        model["_links"]["self"]["href"],
        json!("/api/v4/widgets/sample_widget")
    );

    let body = r#"{"api_key": "k", "phones": {"504141": "101"}, "accounts": {"504142": {"login": "b", "password": "p"}}, "options": "{\"a\":1}"}"#;
    let (status, _, model) = call(&server, "POST", "/api/v4/widgets/sample_widget", JSON, body);
    assert_eq!(status, 200);
    assert_eq!(model["is_active_in_account"], json!(true));
    assert_eq!(model["settings"]["phones"], json!({"504141": "101"}));

    let (status, _, _) = call(&server, "DELETE", "/api/v4/widgets/sample_widget", None, "");
    assert_eq!(status, 204);
    let (_, _, model) = call(&server, "GET", "/api/v4/widgets/sample_widget", None, "");
    assert_eq!(model["is_active_in_account"], json!(false));
    assert_eq!(
        model["settings"]["api_key"],
        json!("k"),
        "settings survive Disable"
    );
}

#[test]
fn bad_input_is_refused_field_by_field_and_nothing_is_stored() {
    let server = TestServer::start("sample-widget");
    let cases: [(Option<&str>, &str, u16, &str); 6] = [
        (JSON, r#"{"phones": "not an object"}"#, 400, "phones"),
        (
            JSON,
            r#"{"accounts": {"504141": {"login": 5}}}"#,
            400,
            "accounts",
        ),
        (JSON, r#"{"api_key": ["a"]}"#, 400, "api_key"),
        (JSON, r#"{"no_such_field": "x"}"#, 400, "no_such_field"),
        (JSON, r#"["not", "an", "object"]"#, 400, ""),
        (Some("text/plain"), r#"{"api_key": "k"}"#, 415, ""),
    ];
    for (ct, body, want, path) in cases {
        let (status, content_type, problem) =
            call(&server, "POST", "/api/v4/widgets/sample_widget", ct, body);
        assert_eq!(status, want, "{body}");
        assert_eq!(content_type, "application/problem+json", "{body}");
        assert_eq!(problem["status"], json!(want));
        if !path.is_empty() {
            assert_eq!(
                problem["validation-errors"][0]["errors"][0]["path"],
                json!(path),
                "{body}: {problem}"
            );
        }
    }
    let (_, _, model) = call(&server, "GET", "/api/v4/widgets/sample_widget", None, "");
    assert_eq!(model["is_active_in_account"], json!(false));
    assert_eq!(model["settings"], json!({}));
}

#[test]
fn unknown_widgets_are_404_problems() {
    let server = TestServer::start("sample-widget");
    let (status, ct, problem) = call(&server, "GET", "/api/v4/widgets/nope", None, "");
    assert_eq!((status, ct.as_str()), (404, "application/problem+json"));
    assert_eq!(problem["title"], json!("Not Found"));
}

/// While the folder does not load, every widget API call is a 503 that says
/// why, with the same `path:line:column` the terminal prints.
#[test]
fn a_folder_that_does_not_load_is_a_503_naming_the_problem() {
    let server = TestServer::start("tests/fixtures/broken-manifest");
    let path = "/api/v4/widgets/broken_manifest";
    for (method, body) in [("GET", ""), ("POST", "{}"), ("DELETE", "")] {
        let (status, ct, problem) = call(&server, method, path, Some("application/json"), body);
        assert_eq!(
            (status, ct.as_str()),
            (503, "application/problem+json"),
            "{method}"
        );
        let detail = problem["detail"].as_str().unwrap_or_default();
        assert!(
            detail.contains("does not load") && detail.contains("manifest.json:"),
            "{method}: {detail}"
        );
    }
}

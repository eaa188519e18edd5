//! The Sources API v4 and the pipelines endpoint over real HTTP, as an
//! integration's backend (or `curl`, which sends no `Origin`) calls them.
//! Every refused write is checked to leave the store exactly as it was.

mod common;

use common::TestServer;
use reqwest::blocking::RequestBuilder;
use reqwest::Method;
use serde_json::{json, Value};

struct Answer {
    status: u16,
    content_type: String,
    body: Value,
}

fn send(server: &TestServer, method: Method, path: &str, body: Option<Value>) -> Answer {
    send_with(server, method, path, body, |r| r)
}

fn send_with(
    server: &TestServer,
    method: Method,
    path: &str,
    body: Option<Value>,
    extra: impl FnOnce(RequestBuilder) -> RequestBuilder,
) -> Answer {
    let mut req = server.http().request(method, server.url(path));
    if let Some(b) = body {
        req = req
            .header("Content-Type", "application/json")
            .body(b.to_string());
    }
    let res = extra(req).send().expect("request");
    let status = res.status().as_u16();
    let content_type = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let text = res.text().unwrap();
    let body = if text.is_empty() {
        Value::Null
    } else if content_type.contains("json") {
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
    } else {
        Value::String(text)
    };
    Answer {
        status,
        content_type,
        body,
    }
}

fn recorder() -> TestServer {
    TestServer::start("tests/fixtures/recorder")
}

/// The state file's bytes (empty when never written).
fn state_file(server: &TestServer) -> Vec<u8> {
    std::fs::read(server.widget_dir.join(".amo-emu/state.json")).unwrap_or_default()
}

fn create(server: &TestServer, items: Value) -> Answer {
    send(server, Method::POST, "/api/v4/sources", Some(items))
}

fn two_sources(server: &TestServer) -> (u64, u64) {
    let a = create(
        server,
        json!([
            {"name": "Website chat", "external_id": "site-1", "request_id": "r1"},
            {"name": "WhatsApp +1 555", "external_id": "wa 2", "default": true,
             "origin_code": "amo.ext.30490163_v2",
             "services": [{"type": "whatsapp", "params": {"waba": true}, "pages": [{"id": "1", "name": "p", "link": "https://wa.me/1"}]}]}
        ]),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    let s = &a.body["_embedded"]["sources"];
    (s[0]["id"].as_u64().unwrap(), s[1]["id"].as_u64().unwrap())
}

/// Asserts a refused write: status, problem+json, and the store unchanged.
fn assert_refused(server: &TestServer, before: &[u8], a: &Answer, status: u16) {
    assert_eq!(a.status, status, "{}", a.body);
    assert_eq!(a.content_type, "application/problem+json", "{}", a.body);
    assert_eq!(a.body["status"], json!(status));
    assert!(a.body["title"].is_string() && a.body["detail"].is_string());
    assert_eq!(state_file(server), before, "the store must not change");
}

fn validation_errors(a: &Answer) -> Vec<(String, String, String)> {
    a.body["validation-errors"]
        .as_array()
        .unwrap_or_else(|| panic!("no validation-errors in {}", a.body))
        .iter()
        .flat_map(|item| {
            let rid = item["request_id"].as_str().unwrap().to_owned();
            item["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |e| {
                    assert!(e["detail"].as_str().is_some_and(|d| !d.is_empty()));
                    (
                        rid.clone(),
                        e["path"].as_str().unwrap().to_owned(),
                        e["code"].as_str().unwrap().to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn no_sources_is_204_without_a_body() {
    let server = recorder();
    let a = send(&server, Method::GET, "/api/v4/sources", None);
    assert_eq!(a.status, 204);
    assert_eq!(a.body, Value::Null);
}

#[test]
fn pipelines_are_listed_with_their_statuses_as_hal() {
    let server = recorder();
    let a = send(&server, Method::GET, "/api/v4/leads/pipelines", None);
    assert_eq!(a.status, 200);
    assert_eq!(a.content_type, "application/hal+json");
    let pipelines = a.body["_embedded"]["pipelines"].as_array().unwrap();
    assert_eq!(pipelines.len(), 1);
    let p = &pipelines[0];
    assert_eq!(p["name"], "Sales");
    assert_eq!(p["is_main"], true);
    assert_eq!(p["account_id"], 30441694);
    let statuses = p["_embedded"]["statuses"].as_array().unwrap();
    let names: Vec<_> = statuses
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "Incoming leads",
            "Contact made",
            "Negotiation",
            "Decision",
            "Won",
            "Lost"
        ]
    );
    assert_eq!(statuses[0]["type"], 1);
    assert_eq!(statuses[4]["id"], 142);
    assert_eq!(statuses[5]["id"], 143);
    assert_eq!(statuses[1]["pipeline_id"], p["id"]);
    let id = p["id"].as_u64().unwrap();
    let one = send(
        &server,
        Method::GET,
        &format!("/api/v4/leads/pipelines/{id}"),
        None,
    );
    assert_eq!(one.status, 200);
    assert_eq!(one.body["id"], id);
    let missing = send(&server, Method::GET, "/api/v4/leads/pipelines/1", None);
    assert_eq!(missing.status, 404);
    assert_eq!(missing.content_type, "application/problem+json");
}

#[test]
fn created_sources_are_listed_fetched_filtered_and_persisted() {
    let server = recorder();
    let main_pipeline = send(&server, Method::GET, "/api/v4/leads/pipelines", None).body
        ["_embedded"]["pipelines"][0]["id"]
        .clone();
    let a = create(
        &server,
        json!([
            {"name": "Website chat", "external_id": "site-1", "request_id": "r1"},
            {"name": "Second", "external_id": "two", "pipeline_id": main_pipeline, "default": true}
        ]),
    );
    assert_eq!(a.status, 200, "{}", a.body);
    assert_eq!(a.content_type, "application/hal+json");
    assert_eq!(a.body["_total_items"], 2);
    let made = a.body["_embedded"]["sources"].as_array().unwrap();
    assert_eq!(made[0]["request_id"], "r1");
    assert_eq!(made[1]["request_id"], "1");
    assert_eq!(
        made[0]["pipeline_id"], main_pipeline,
        "defaults to the main pipeline"
    );
    assert_eq!(made[0]["default"], false);
    assert_eq!(made[0]["origin_code"], Value::Null);
    assert_eq!(made[0]["services"], json!([]));
    let id = made[0]["id"].as_u64().unwrap();
    assert_eq!(made[1]["id"].as_u64().unwrap(), id + 1);
    assert_eq!(
        made[0]["_links"]["self"]["href"],
        format!("/api/v4/sources/{id}")
    );

    let list = send(&server, Method::GET, "/api/v4/sources", None);
    assert_eq!(list.status, 200);
    assert_eq!(list.body["_total_items"], 2);
    assert_eq!(list.body["_embedded"]["sources"][1]["external_id"], "two");

    let one = send(&server, Method::GET, &format!("/api/v4/sources/{id}"), None);
    assert_eq!(one.status, 200);
    assert_eq!(one.body["name"], "Website chat");
    assert_eq!(one.body["external_id"], "site-1");
    assert_eq!(
        send(&server, Method::GET, "/api/v4/sources/999999", None).status,
        204
    );

    let f = send(
        &server,
        Method::GET,
        "/api/v4/sources?filter%5Bexternal_id%5D=two",
        None,
    );
    assert_eq!(f.body["_total_items"], 1);
    assert_eq!(f.body["_embedded"]["sources"][0]["name"], "Second");
    let f2 = send(
        &server,
        Method::GET,
        "/api/v4/sources?filter[external_id][]=two&filter[external_id][]=site-1",
        None,
    );
    assert_eq!(f2.body["_total_items"], 2);
    assert_eq!(
        send(
            &server,
            Method::GET,
            "/api/v4/sources?filter[external_id]=nope",
            None
        )
        .status,
        204
    );

    let stored: Value = serde_json::from_slice(&state_file(&server)).unwrap();
    assert_eq!(stored["sources"]["items"][0]["external_id"], "site-1");
    assert_eq!(stored["sources"]["items"][0]["widget_code"], "recorder");
}

#[test]
fn missing_required_fields_are_reported_per_item_and_nothing_is_created() {
    let server = recorder();
    let before = state_file(&server);
    let a = create(
        &server,
        json!([
            {"name": "ok", "external_id": "fine"},
            {"name": "no external id"},
            {"external_id": "no-name", "request_id": "mine"}
        ]),
    );
    assert_refused(&server, &before, &a, 400);
    assert_eq!(a.body["detail"], "Request validation failed");
    assert_eq!(
        validation_errors(&a),
        [
            ("1".into(), "external_id".into(), "NotBlank".into()),
            ("mine".into(), "name".into(), "NotBlank".into())
        ]
    );
    assert_eq!(
        send(&server, Method::GET, "/api/v4/sources", None).status,
        204
    );
}

#[test]
fn wrong_types_are_reported_field_by_field() {
    let server = recorder();
    let before = state_file(&server);
    let a = create(
        &server,
        json!([{
            "name": 5, "external_id": 761527839, "pipeline_id": "x", "default": "yes",
            "origin_code": 1, "services": [{"params": []}]
        }, "not an object"]),
    );
    assert_refused(&server, &before, &a, 400);
    let got = validation_errors(&a);
    for path in [
        "name",
        "external_id",
        "pipeline_id",
        "default",
        "origin_code",
        "services.0.type",
        "services.0.params",
    ] {
        assert!(
            got.contains(&("0".into(), path.into(), "InvalidType".into())),
            "{path}: {got:?}"
        );
    }
    assert!(got
        .iter()
        .any(|(rid, _, code)| rid == "1" && code == "InvalidType"));
}

#[test]
fn external_id_must_be_short_printable_ascii_and_unique() {
    let server = recorder();
    two_sources(&server);
    let before = state_file(&server);
    let a = create(
        &server,
        json!([
            {"name": "dup", "external_id": "site-1"},
            {"name": "long", "external_id": "x".repeat(37)},
            {"name": "tab", "external_id": "a\tb"},
            {"name": "twice", "external_id": "new"},
            {"name": "twice again", "external_id": "new"},
            {"name": "unknown pipeline", "external_id": "p", "pipeline_id": 1}
        ]),
    );
    assert_refused(&server, &before, &a, 400);
    assert_eq!(
        validation_errors(&a),
        [
            ("0".into(), "external_id".into(), "NotUnique".into()),
            ("1".into(), "external_id".into(), "TooLong".into()),
            ("2".into(), "external_id".into(), "InvalidCharacters".into()),
            ("4".into(), "external_id".into(), "NotUnique".into()),
            (
                "5".into(),
                "pipeline_id".into(),
                "NotSupportedChoice".into()
            ),
        ]
    );
    let list = send(&server, Method::GET, "/api/v4/sources", None);
    assert_eq!(list.body["_total_items"], 2);
}

#[test]
fn at_most_50_per_request_and_100_per_integration() {
    let server = recorder();
    let batch = |from: usize, n: usize| {
        Value::Array(
            (from..from + n)
                .map(|i| json!({"name": format!("s{i}"), "external_id": format!("e{i}")}))
                .collect(),
        )
    };
    let before = state_file(&server);
    let a = create(&server, batch(0, 51));
    assert_refused(&server, &before, &a, 400);
    assert!(a.body["detail"].as_str().unwrap().contains("50"));
    assert_eq!(create(&server, batch(0, 50)).status, 200);
    assert_eq!(create(&server, batch(50, 50)).status, 200);
    let before = state_file(&server);
    let a = create(&server, batch(100, 1));
    assert_refused(&server, &before, &a, 400);
    assert!(
        a.body["detail"].as_str().unwrap().contains("100"),
        "{}",
        a.body
    );
    let list = send(&server, Method::GET, "/api/v4/sources", None);
    assert_eq!(list.body["_total_items"], 100);
    let empty = create(&server, json!([]));
    assert_refused(&server, &before, &empty, 400);
}

#[test]
fn bodies_must_be_json_arrays_sent_as_json() {
    let server = recorder();
    let before = state_file(&server);
    let a = create(&server, json!({"name": "x", "external_id": "y"}));
    assert_refused(&server, &before, &a, 400);
    let form = send_with(&server, Method::POST, "/api/v4/sources", None, |r| {
        r.header("Content-Type", "application/x-www-form-urlencoded")
            .body("name=x")
    });
    assert_refused(&server, &before, &form, 415);
    let broken = send_with(&server, Method::POST, "/api/v4/sources", None, |r| {
        r.header("Content-Type", "application/json").body("[{")
    });
    assert_refused(&server, &before, &broken, 400);
}

#[test]
fn patch_updates_fields_but_never_external_id() {
    let server = recorder();
    let (a, b) = two_sources(&server);
    let ok = send(
        &server,
        Method::PATCH,
        "/api/v4/sources",
        Some(json!([{"id": a, "name": "Renamed", "default": true, "request_id": "p1"}])),
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    let s = &ok.body["_embedded"]["sources"][0];
    assert_eq!(s["name"], "Renamed");
    assert_eq!(s["request_id"], "p1");
    let other = send(&server, Method::GET, &format!("/api/v4/sources/{b}"), None);
    assert_eq!(other.body["default"], false, "only one default source");

    let before = state_file(&server);
    let bad = send(
        &server,
        Method::PATCH,
        "/api/v4/sources",
        Some(json!([
            {"id": a, "name": "would change"},
            {"name": "no id"},
            {"id": b, "external_id": "changed"},
            {"id": 424242, "name": "unknown"}
        ])),
    );
    assert_refused(&server, &before, &bad, 400);
    assert_eq!(
        validation_errors(&bad),
        [
            ("1".into(), "id".into(), "NotBlank".into()),
            ("2".into(), "external_id".into(), "Immutable".into()),
            ("3".into(), "id".into(), "EntityNotFound".into()),
        ]
    );
    assert_eq!(
        send(&server, Method::GET, &format!("/api/v4/sources/{a}"), None).body["name"],
        "Renamed"
    );

    let one = send(
        &server,
        Method::PATCH,
        &format!("/api/v4/sources/{b}"),
        Some(json!({"name": "Via id", "external_id": "wa 2"})),
    );
    assert_eq!(one.status, 200, "{}", one.body);
    assert_eq!(one.body["name"], "Via id");
    assert_eq!(one.body["id"], b);

    let before = state_file(&server);
    let missing = send(
        &server,
        Method::PATCH,
        "/api/v4/sources/424242",
        Some(json!({"name": "x"})),
    );
    assert_refused(&server, &before, &missing, 404);
    let immutable = send(
        &server,
        Method::PATCH,
        &format!("/api/v4/sources/{b}"),
        Some(json!({"external_id": "other"})),
    );
    assert_refused(&server, &before, &immutable, 400);
}

#[test]
fn batch_delete_with_an_unknown_id_answers_entity_not_found_and_deletes_nothing() {
    let server = recorder();
    let (a, b) = two_sources(&server);
    let before = state_file(&server);
    let bad = send(
        &server,
        Method::DELETE,
        "/api/v4/sources",
        Some(json!([{"id": a}, {"id": 777}])),
    );
    assert_refused(&server, &before, &bad, 400);
    assert_eq!(bad.body["detail"], "Invalid request items");
    assert_eq!(bad.body["type"], "https://httpstatus.es/400");
    assert_eq!(bad.body["title"], "Bad Request");
    assert_eq!(bad.body["errors"][0]["request_id"], "1");
    assert_eq!(bad.body["errors"][0]["errors"]["code"], "EntityNotFound");
    assert_eq!(bad.body["errors"][0]["errors"]["path"], "id");
    assert_eq!(
        send(&server, Method::GET, "/api/v4/sources", None).body["_total_items"],
        2
    );

    let ok = send(
        &server,
        Method::DELETE,
        "/api/v4/sources",
        Some(json!([{"id": a}])),
    );
    assert_eq!(ok.status, 204);
    assert_eq!(
        send(&server, Method::GET, &format!("/api/v4/sources/{a}"), None).status,
        204
    );

    let one = send(
        &server,
        Method::DELETE,
        &format!("/api/v4/sources/{b}"),
        None,
    );
    assert_eq!(one.status, 204);
    let before = state_file(&server);
    let again = send(
        &server,
        Method::DELETE,
        &format!("/api/v4/sources/{b}"),
        None,
    );
    assert_refused(&server, &before, &again, 404);
    assert_eq!(
        send(&server, Method::GET, "/api/v4/sources", None).status,
        204
    );
}

#[test]
fn writes_from_another_site_are_refused_but_curl_without_origin_works() {
    let server = recorder();
    let before = state_file(&server);
    let evil = send_with(
        &server,
        Method::POST,
        "/api/v4/sources",
        Some(json!([{"name": "x", "external_id": "y"}])),
        |r| r.header("Origin", "http://evil.example"),
    );
    assert_eq!(evil.status, 403);
    assert_eq!(state_file(&server), before);
    let same = send_with(
        &server,
        Method::PATCH,
        "/api/v4/sources",
        Some(json!([{"id": 1, "name": "x"}])),
        |r| r.header("Origin", "http://evil.example"),
    );
    assert_eq!(same.status, 403);
    // curl: no Origin, no Sec-Fetch-Site.
    assert_eq!(
        create(&server, json!([{"name": "x", "external_id": "y"}])).status,
        200
    );
}

#[test]
fn an_integration_without_lead_sources_cannot_write_sources() {
    let server = TestServer::start("tests/fixtures/no-onsave");
    let before = state_file(&server);
    let a = create(&server, json!([{"name": "x", "external_id": "y"}]));
    assert_refused(&server, &before, &a, 403);
    assert!(a.body["detail"].as_str().unwrap().contains("lead_sources"));
    assert_eq!(
        send(&server, Method::GET, "/api/v4/sources", None).status,
        204
    );
}

#[test]
fn the_widgets_api_reports_no_pipeline_before_the_widget_is_added_as_a_source() {
    let server = recorder();
    let w = server.widget_api("recorder");
    assert_eq!(w["is_lead_source"], true);
    assert_eq!(w["pipeline_id"], Value::Null);
}

//! API v4 writes to the emulated account, over HTTP as a widget's backend
//! or `curl` makes them: records created and changed in amoCRM's request
//! and answer shapes (docs/api-v4-writes.md), whole-batch validation
//! errors, limits, notes, tasks, the history (`/api/v4/events`), webhook
//! subscriptions and the form body a subscriber receives, and durability
//! across a restart.

mod common;

use common::api::{assert_errors, error_paths, get, ok, send};
use common::backend::{closed_port, Backend};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const FIXTURE: &str = "sample-widget";
/// Stages of the default pipeline ("Negotiation", "Decision").
const NEGOTIATION: u64 = 61_204_123;
const DECISION: u64 = 61_204_126;

fn lead_ids(server: &TestServer) -> Vec<u64> {
    get(server, "/api/v4/leads?limit=250")["_embedded"]["leads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect()
}

fn first_lead(server: &TestServer) -> Value {
    get(server, "/api/v4/leads?limit=1")["_embedded"]["leads"][0].clone()
}

/// The decoded form pairs of a raw HTTP request's body.
fn form(request: &str) -> Vec<(String, String)> {
    let body = request.split("\r\n\r\n").nth(1).unwrap_or("");
    serde_urlencoded::from_str(body).unwrap()
}

fn field<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

#[test]
fn created_leads_answer_amocrm_shapes_and_read_back() {
    let server = TestServer::start(FIXTURE);
    let before = lead_ids(&server);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([
            {"name": "Big deal", "price": 5000, "request_id": "mine",
             "_embedded": {"tags": [{"name": "hot"}]}},
            {"name": "Second", "status_id": NEGOTIATION}
        ]),
    );
    let items = answer["_embedded"]["leads"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["request_id"], "mine");
    assert_eq!(items[1]["request_id"], "1", "position when none was sent");
    let id = items[0]["id"].as_u64().unwrap();
    assert!(id > *before.iter().max().unwrap(), "new ids grow");
    assert_eq!(
        items[0]["_links"]["self"]["href"],
        format!("/api/v4/leads/{id}")
    );
    assert_eq!(answer["_links"]["self"]["href"], "/api/v4/leads");

    let lead = get(&server, &format!("/api/v4/leads/{id}"));
    assert_eq!(lead["name"], "Big deal");
    assert_eq!(lead["price"], 5000);
    assert_eq!(lead["_embedded"]["tags"][0]["name"], "hot");
    assert_eq!(lead["created_by"], 504141, "made as the current user");
    let second = get(&server, &format!("/api/v4/leads/{}", items[1]["id"]));
    assert_eq!(second["status_id"], NEGOTIATION);
    assert_eq!(lead_ids(&server).len(), before.len() + 2);
    let listed = get(&server, "/api/v4/leads?query=Big%20deal");
    assert_eq!(listed["_embedded"]["leads"][0]["id"], id);
}

#[test]
fn one_invalid_item_refuses_the_whole_batch_with_per_item_errors() {
    let server = TestServer::start(FIXTURE);
    let before = lead_ids(&server);
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads",
        Some(&json!([
            {"name": "Fine"},
            {"name": "Bad", "price": "5000", "status_id": 1,
             "custom_fields_values": [{"field_id": 1, "values": [{"value": "x"}]}]},
            {"name": "Also bad", "request_id": "third", "responsible_user_id": 7}
        ])),
    );
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["detail"], "Request validation failed");
    assert_errors(
        &answer,
        &[
            ("1", "price", "InvalidType"),
            ("1", "status_id", "NotSupportedChoice"),
            ("1", "custom_fields_values.0.field_id", "NotSupportedChoice"),
            ("third", "responsible_user_id", "NotSupportedChoice"),
        ],
    );
    let paths = error_paths(&answer);
    assert!(
        !paths.iter().any(|(r, _, _)| r == "0"),
        "the valid item has no errors"
    );
    assert_eq!(lead_ids(&server), before, "nothing of the batch landed");
}

#[test]
fn limits_empty_bodies_and_deletion_answer_as_amocrm() {
    let server = TestServer::start(FIXTURE);
    let many: Vec<Value> = (0..251).map(|i| json!({"name": format!("L{i}")})).collect();
    let (status, answer) = send(&server, "POST", "/api/v4/leads", Some(&Value::Array(many)));
    assert_eq!(status, 422, "{answer}");
    let (status, answer) = send(&server, "POST", "/api/v4/contacts", Some(&json!([])));
    assert_eq!(
        (status, answer["detail"].as_str()),
        (400, Some("Request data can not be empty"))
    );
    let id = first_lead(&server)["id"].as_u64().unwrap();
    let (status, _) = send(&server, "DELETE", &format!("/api/v4/leads/{id}"), None);
    assert_eq!(status, 405);
    let (status, _) = send(
        &server,
        "PATCH",
        "/api/v4/leads/1",
        Some(&json!({"name": "x"})),
    );
    assert_eq!(status, 404);
    let (status, _) = send(&server, "POST", "/api/v4/leads", Some(&json!("text")));
    assert_eq!(status, 400);
    // A form post is not JSON: refused before anything is read.
    let res = off_runtime(|| {
        server
            .http()
            .post(server.url("/api/v4/leads"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("name=x")
            .send()
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(res, 415);
}

#[test]
fn patch_moves_a_lead_and_the_history_records_it() {
    let server = TestServer::start(FIXTURE);
    let lead = first_lead(&server);
    let id = lead["id"].as_u64().unwrap();
    let old_status = lead["status_id"].as_u64().unwrap();
    let target = if old_status == DECISION {
        NEGOTIATION
    } else {
        DECISION
    };
    let answer = ok(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{id}"),
        &json!({"status_id": target, "price": 777}),
    );
    assert_eq!(answer["id"], id);
    assert!(answer["updated_at"].as_u64().unwrap() > 0);
    assert_eq!(
        answer["_links"]["self"]["href"],
        format!("/api/v4/leads/{id}")
    );
    let after = get(&server, &format!("/api/v4/leads/{id}"));
    assert_eq!(
        (after["status_id"].as_u64(), after["price"].as_u64()),
        (Some(target), Some(777))
    );

    let events = get(
        &server,
        &format!("/api/v4/events?filter[entity]=lead&filter[entity_id]={id}&filter[type]=lead_status_changed"),
    );
    let e = &events["_embedded"]["events"][0];
    assert_eq!(e["type"], "lead_status_changed");
    assert_eq!(e["entity_type"], "lead");
    assert_eq!(e["value_before"][0]["lead_status"]["id"], old_status);
    assert_eq!(e["value_after"][0]["lead_status"]["id"], target);
    assert!(e["id"].as_str().is_some_and(|s| s.len() == 26));

    // Batch PATCH: items by id, answered with id, updated_at, request_id.
    let answer = ok(
        &server,
        "PATCH",
        "/api/v4/leads",
        &json!([{"id": id, "name": "Renamed"}]),
    );
    assert_eq!(answer["_embedded"]["leads"][0]["id"], id);
    assert_eq!(answer["_embedded"]["leads"][0]["request_id"], "0");
    assert_eq!(
        get(&server, &format!("/api/v4/leads/{id}"))["name"],
        "Renamed"
    );
    let (status, answer) = send(
        &server,
        "PATCH",
        "/api/v4/leads",
        Some(&json!([{"name": "no id"}])),
    );
    assert_eq!(status, 400);
    assert_eq!(error_paths(&answer)[0].1, "id");
}

#[test]
fn contacts_take_custom_fields_by_code_and_enum_code() {
    let server = TestServer::start(FIXTURE);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/contacts",
        &json!([{"first_name": "Ivan", "last_name": "Petrov",
                 "custom_fields_values": [
                     {"field_code": "PHONE", "values": [{"value": "+7 900 123-45-67", "enum_code": "MOB"}]},
                     {"field_code": "EMAIL", "values": [{"value": "ivan@example.com"}]}]}]),
    );
    let id = answer["_embedded"]["contacts"][0]["id"].as_u64().unwrap();
    let contact = get(&server, &format!("/api/v4/contacts/{id}"));
    assert_eq!(contact["name"], "Ivan Petrov");
    let fields = contact["custom_fields_values"].as_array().unwrap();
    let phone = fields.iter().find(|f| f["field_code"] == "PHONE").unwrap();
    assert_eq!(phone["values"][0]["value"], "+7 900 123-45-67");
    assert_eq!(phone["values"][0]["enum_code"], "MOB");
    let email = fields.iter().find(|f| f["field_code"] == "EMAIL").unwrap();
    assert_eq!(
        email["values"][0]["enum_code"], "WORK",
        "the first enum by default"
    );
    let (status, answer) = send(
        &server,
        "PATCH",
        &format!("/api/v4/contacts/{id}"),
        Some(
            &json!({"custom_fields_values": [{"field_code": "PHONE", "values": [{"value": "1", "enum_code": "NOPE"}]}]}),
        ),
    );
    assert_eq!(status, 400);
    assert_eq!(
        error_paths(&answer)[0].1,
        "custom_fields_values.0.values.0.enum_code"
    );
}

#[test]
fn notes_are_added_listed_and_validated() {
    let server = TestServer::start(FIXTURE);
    let id = first_lead(&server)["id"].as_u64().unwrap();
    let answer = ok(
        &server,
        "POST",
        &format!("/api/v4/leads/{id}/notes"),
        &json!([{"note_type": "common", "params": {"text": "Called the client"}},
                {"note_type": "call_in", "params": {"uniq": "u1", "duration": 65, "source": "tel", "link": "", "phone": "+7 900"}}]),
    );
    let notes = answer["_embedded"]["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0]["entity_id"], id);
    assert!(
        notes[0]["id"].as_u64().unwrap() > 1_000_000,
        "amoCRM-like ids"
    );

    let feed = get(&server, &format!("/api/v4/leads/{id}/notes"));
    let feed = feed["_embedded"]["notes"].as_array().unwrap();
    assert_eq!(feed.len(), 2);
    assert_eq!(feed[0]["params"]["text"], "Called the client");
    assert_eq!(feed[0]["note_type"], "common");
    assert_eq!(feed[0]["created_by"], 504141);
    let all = get(&server, "/api/v4/leads/notes?filter[note_type]=call_in");
    assert_eq!(all["_embedded"]["notes"].as_array().unwrap().len(), 1);

    // Through /leads/notes the item names its lead.
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads/notes",
        Some(
            &json!([{"note_type": "common", "params": {"text": "x"}}, {"entity_id": id, "note_type": "telepathy"}]),
        ),
    );
    assert_eq!(status, 400);
    let paths = error_paths(&answer);
    assert!(
        paths.contains(&("0".into(), "entity_id".into(), "FieldMissing".into())),
        "{paths:?}"
    );
    assert!(
        paths.contains(&("1".into(), "note_type".into(), "NotSupportedChoice".into())),
        "{paths:?}"
    );
    let (status, _) = send(
        &server,
        "POST",
        "/api/v4/leads/1/notes",
        Some(&json!([{"note_type": "common"}])),
    );
    assert_eq!(status, 404);
    let (status, _) = send(&server, "GET", "/api/v4/companies/notes", None);
    assert_eq!(status, 204, "no notes yet: No Content, as amoCRM answers");
}

#[test]
fn tasks_need_text_and_deadline_and_completing_one_is_recorded() {
    let server = TestServer::start(FIXTURE);
    let lead = first_lead(&server)["id"].as_u64().unwrap();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/tasks",
        Some(&json!([{"entity_id": lead}])),
    );
    assert_eq!(status, 400);
    let paths = error_paths(&answer);
    for p in ["text", "complete_till", "entity_type"] {
        assert!(
            paths.iter().any(|(_, path, _)| path == p),
            "{p} not in {paths:?}"
        );
    }
    let answer = ok(
        &server,
        "POST",
        "/api/v4/tasks",
        &json!([{"text": "Call back", "complete_till": 1_900_000_000u64, "entity_id": lead, "entity_type": "leads"}]),
    );
    let id = answer["_embedded"]["tasks"][0]["id"].as_u64().unwrap();
    let answer = ok(
        &server,
        "PATCH",
        &format!("/api/v4/tasks/{id}"),
        &json!({"is_completed": true, "result": {"text": "Reached them"}}),
    );
    assert_eq!(answer["id"], id);
    let task = get(&server, &format!("/api/v4/tasks/{id}"));
    assert_eq!(task["is_completed"], true);
    assert_eq!(task["result"]["text"], "Reached them");
    assert_eq!(task["entity_type"], "leads");
    let events = get(
        &server,
        &format!("/api/v4/events?filter[entity]=task&filter[entity_id]={id}"),
    );
    let types: Vec<&str> = events["_embedded"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        types,
        ["task_result_added", "task_completed", "task_added"],
        "newest first"
    );
}

#[test]
fn a_subscribed_backend_gets_amocrm_form_bodies_after_each_change() {
    let backend = Backend::start("200 OK", "", "{}");
    let server = TestServer::start(FIXTURE);
    let (status, hook) = send(
        &server,
        "POST",
        "/api/v4/webhooks",
        Some(
            &json!({"destination": backend.url("/amo"), "settings": ["status_lead", "note_lead"]}),
        ),
    );
    assert_eq!(status, 201, "{hook}");
    assert_eq!(hook["destination"], backend.url("/amo"));
    assert_eq!(hook["settings"], json!(["status_lead", "note_lead"]));
    let listed = get(&server, "/api/v4/webhooks");
    assert_eq!(listed["_total_items"], 1);

    let lead = first_lead(&server);
    let id = lead["id"].as_u64().unwrap();
    let old = lead["status_id"].as_u64().unwrap();
    let target = if old == DECISION {
        NEGOTIATION
    } else {
        DECISION
    };
    ok(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{id}"),
        &json!({"status_id": target}),
    );
    let request = backend.first_request();
    assert!(request.starts_with("POST /amo HTTP/1.1"), "{request}");
    assert!(
        request
            .to_ascii_lowercase()
            .contains("content-type: application/x-www-form-urlencoded"),
        "{request}"
    );
    let pairs = form(&request);
    assert_eq!(
        field(&pairs, "leads[status][0][id]"),
        Some(id.to_string().as_str())
    );
    assert_eq!(
        field(&pairs, "leads[status][0][status_id]"),
        Some(target.to_string().as_str())
    );
    assert_eq!(
        field(&pairs, "leads[status][0][old_status_id]"),
        Some(old.to_string().as_str())
    );
    assert_eq!(
        field(&pairs, "leads[status][0][pipeline_id]"),
        Some("7431205")
    );
    assert_eq!(field(&pairs, "account[subdomain]"), Some("example"));
    assert_eq!(field(&pairs, "account[id]"), Some("30441694"));
    assert!(
        field(&pairs, "leads[update][0][id]").is_none(),
        "update_lead was not subscribed"
    );

    ok(
        &server,
        "POST",
        &format!("/api/v4/leads/{id}/notes"),
        &json!([{"note_type": "common", "params": {"text": "hello"}}]),
    );
    let pairs = form(&backend.wait_requests(2)[1]);
    assert_eq!(field(&pairs, "leads[note][0][note][text]"), Some("hello"));
    assert_eq!(
        field(&pairs, "leads[note][0][note][element_id]"),
        Some(id.to_string().as_str())
    );
    server.wait_stderr("[webhook] note_lead");

    // The inspector's list shows both deliveries and their outcome.
    let list = get(&server, "/amo-emu/webhooks");
    let deliveries = list["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 2);
    assert_eq!(deliveries[1]["report"]["status"], 200);

    let (status, _) = send(
        &server,
        "DELETE",
        "/api/v4/webhooks",
        Some(&json!({"destination": backend.url("/amo")})),
    );
    assert_eq!(status, 204);
    let (status, _) = send(
        &server,
        "DELETE",
        "/api/v4/webhooks",
        Some(&json!({"destination": backend.url("/amo")})),
    );
    assert_eq!(status, 404);
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/webhooks",
        Some(&json!({"destination": "file:///etc/passwd", "settings": ["add_lead"]})),
    );
    assert_eq!(status, 400, "{answer}");
    let (status, _) = send(
        &server,
        "POST",
        "/api/v4/webhooks",
        Some(&json!({"destination": backend.url("/x"), "settings": ["made_up"]})),
    );
    assert_eq!(status, 400);
}

#[test]
fn the_webhook_flag_subscribes_to_everything_and_a_dead_backend_never_blocks_a_write() {
    let backend = Backend::start("200 OK", "", "{}");
    let dead = format!("http://127.0.0.1:{}/gone", closed_port());
    let server = TestServer::start_with(
        FIXTURE,
        &["--webhook", &backend.url("/all"), "--webhook", &dead],
    );
    let answer = ok(
        &server,
        "POST",
        "/api/v4/companies",
        &json!([{"name": "Acme"}]),
    );
    assert!(answer["_embedded"]["companies"][0]["id"].as_u64().is_some());
    let pairs = form(&backend.first_request());
    assert_eq!(field(&pairs, "contacts[add][0][name]"), Some("Acme"));
    assert_eq!(field(&pairs, "contacts[add][0][type]"), Some("company"));
    let line = server.wait_stderr("/gone: failed");
    assert!(line.contains("add_company"), "{line}");
}

#[test]
fn writes_survive_a_restart_and_ids_are_never_reused() {
    let mut server = TestServer::start(FIXTURE);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([{"name": "Durable"}]),
    );
    let id = answer["_embedded"]["leads"][0]["id"].as_u64().unwrap();
    server.restart();
    assert_eq!(
        get(&server, &format!("/api/v4/leads/{id}"))["name"],
        "Durable"
    );
    let answer = ok(&server, "POST", "/api/v4/leads", &json!([{"name": "Next"}]));
    assert!(answer["_embedded"]["leads"][0]["id"].as_u64().unwrap() > id);
    let events = get(&server, "/api/v4/events?filter[type]=lead_added");
    assert_eq!(events["_embedded"]["events"].as_array().unwrap().len(), 2);
}

#[test]
fn a_records_reset_brings_the_fixture_back_and_never_reuses_an_id() {
    let server = TestServer::start(FIXTURE);
    let fixture = lead_ids(&server);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([{"name": "Temporary"}]),
    );
    let made = answer["_embedded"]["leads"][0]["id"].as_u64().unwrap();
    let (status, _) = send(
        &server,
        "POST",
        "/amo-emu/reset",
        Some(&json!({"confirm": true, "scope": "records"})),
    );
    assert_eq!(status, 200);
    assert_eq!(lead_ids(&server), fixture);
    let (status, _) = send(&server, "GET", "/api/v4/events", None);
    assert_eq!(status, 204, "the history is gone with the records");
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([{"name": "After"}]),
    );
    assert!(
        answer["_embedded"]["leads"][0]["id"].as_u64().unwrap() > made,
        "ids are never given twice"
    );
}

#[test]
fn serve_reset_also_brings_the_records_back() {
    let mut server = TestServer::start(FIXTURE);
    let fixture = lead_ids(&server);
    ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([{"name": "Gone after --reset"}]),
    );
    server.restart();
    assert_eq!(
        lead_ids(&server).len(),
        fixture.len() + 1,
        "kept across a restart"
    );
    let again = TestServer::start_in(&server.widget_dir, &["--reset"]);
    again.wait_stderr("--reset: records back to the fixture");
    assert_eq!(lead_ids(&again), fixture);
}

#[test]
fn custom_field_definitions_are_created_changed_and_used_by_writes() {
    let server = TestServer::start(FIXTURE);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads/custom_fields",
        &json!([{"name": "Channel", "type": "select", "code": "channel", "request_id": "c1",
                 "enums": [{"value": "Web"}, {"value": "Phone", "sort": 5}]}]),
    );
    let field = &answer["_embedded"]["custom_fields"][0];
    assert_eq!(
        (
            field["name"].as_str(),
            field["type"].as_str(),
            field["code"].as_str()
        ),
        (Some("Channel"), Some("select"), Some("CHANNEL"))
    );
    assert_eq!(field["request_id"], "c1");
    assert_eq!(field["entity_type"], "leads");
    let id = field["id"].as_u64().unwrap();
    let phone_enum = field["enums"][1]["id"].as_u64().unwrap();
    assert_eq!(
        get(&server, &format!("/api/v4/leads/custom_fields/{id}"))["name"],
        "Channel"
    );

    // A lead takes the new field by code and its option by text.
    let lead = ok(
        &server,
        "POST",
        "/api/v4/leads",
        &json!([{"name": "Via phone", "custom_fields_values": [{"field_code": "CHANNEL", "values": [{"value": "Phone"}]}]}]),
    )["_embedded"]["leads"][0]["id"]
        .as_u64()
        .unwrap();
    let read = get(&server, &format!("/api/v4/leads/{lead}"));
    assert_eq!(
        read["custom_fields_values"][0]["values"][0]["enum_id"],
        phone_enum
    );

    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads/custom_fields",
        Some(
            &json!([{"name": "Again", "type": "text", "code": "CHANNEL"}, {"name": "Odd", "type": "hologram"}, {"type": "text"}]),
        ),
    );
    assert_eq!(status, 400);
    let paths = error_paths(&answer);
    for expected in [
        ("0", "code", "NotUnique"),
        ("1", "type", "NotSupportedChoice"),
        ("2", "name", "FieldMissing"),
    ] {
        assert!(
            paths
                .iter()
                .any(|(r, p, c)| (r.as_str(), p.as_str(), c.as_str()) == expected),
            "{expected:?} not in {paths:?}"
        );
    }

    let answer = ok(
        &server,
        "PATCH",
        "/api/v4/leads/custom_fields",
        &json!([{"id": id, "name": "Lead channel", "enums": [{"id": phone_enum, "value": "Phone"}, {"value": "Mail"}]}]),
    );
    let field = &answer["_embedded"]["custom_fields"][0];
    assert_eq!(field["name"], "Lead channel");
    assert_eq!(
        field["enums"][0]["id"], phone_enum,
        "an enum sent with its id is kept"
    );
    assert_eq!(
        field["enums"].as_array().unwrap().len(),
        2,
        "one left out is removed"
    );
    let (status, _) = send(
        &server,
        "POST",
        "/api/v4/tasks/custom_fields",
        Some(&json!([{"name": "x", "type": "text"}])),
    );
    assert_eq!(
        status, 404,
        "tasks have no custom fields endpoint (not emulated)"
    );
}

#[test]
fn complex_leads_create_their_contact_and_company_and_link_all_three() {
    let server = TestServer::start(FIXTURE);
    let existing = get(&server, "/api/v4/contacts?limit=1")["_embedded"]["contacts"][0]["id"]
        .as_u64()
        .unwrap();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads/complex",
        Some(&json!([
            {"name": "Complex deal", "price": 3422, "request_id": "qweasd",
             "_embedded": {
                 "contacts": [{"first_name": "Ekaterina",
                               "custom_fields_values": [{"field_code": "EMAIL", "values": [{"value": "e@example.com", "enum_code": "WORK"}]}]}],
                 "companies": [{"name": "Horns and Hooves"}],
                 "metadata": {"category": "forms"}}},
            {"name": "With a known contact", "_embedded": {"contacts": [{"id": existing}]}}
        ])),
    );
    assert_eq!(status, 200, "{answer}");
    let items = answer.as_array().expect("a bare array, as documented");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["request_id"], json!(["qweasd"]));
    assert_eq!(items[1]["request_id"], json!(["1"]));
    assert_eq!(items[0]["merged"], false);
    assert_eq!(items[1]["company_id"], Value::Null);
    assert_eq!(items[1]["contact_id"], existing);
    let (lead, contact, company) = (
        items[0]["id"].as_u64().unwrap(),
        items[0]["contact_id"].as_u64().unwrap(),
        items[0]["company_id"].as_u64().unwrap(),
    );
    let l = get(&server, &format!("/api/v4/leads/{lead}?with=contacts"));
    assert_eq!(l["name"], "Complex deal");
    assert_eq!(l["price"], 3422);
    assert_eq!(l["_embedded"]["contacts"][0]["id"], contact);
    assert_eq!(l["_embedded"]["contacts"][0]["is_main"], true);
    assert_eq!(l["_embedded"]["companies"][0]["id"], company);
    let c = get(&server, &format!("/api/v4/contacts/{contact}"));
    assert_eq!(c["name"], "Ekaterina");
    assert_eq!(
        c["_embedded"]["companies"][0]["id"], company,
        "a new contact and a new company are linked to each other"
    );
    assert_eq!(
        get(&server, &format!("/api/v4/companies/{company}"))["name"],
        "Horns and Hooves"
    );
    server.wait_stderr("_embedded.metadata");
    let events = get(
        &server,
        "/api/v4/events?filter[type]=contact_added,company_added,lead_added",
    );
    assert_eq!(events["_embedded"]["events"].as_array().unwrap().len(), 4);
}

#[test]
fn complex_leads_are_refused_whole_with_the_embedded_records_paths() {
    let server = TestServer::start(FIXTURE);
    let before = lead_ids(&server);
    let contacts_before = get(&server, "/api/v4/contacts?limit=250")["_embedded"]["contacts"]
        .as_array()
        .unwrap()
        .len();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads/complex",
        Some(&json!([
            {"name": "Fine", "_embedded": {"contacts": [{"name": "Lands nowhere"}]}},
            {"name": "Bad", "_embedded": {
                "contacts": [{"name": "A", "responsible_user_id": 7}, {"name": "B"}],
                "companies": [{"id": 1}]}}
        ])),
    );
    assert_eq!(status, 400, "{answer}");
    assert_errors(
        &answer,
        &[
            ("1", "_embedded.contacts", "NotSupportedChoice"),
            (
                "1",
                "_embedded.contacts.0.responsible_user_id",
                "NotSupportedChoice",
            ),
            ("1", "_embedded.companies.0.id", "NotSupportedChoice"),
        ],
    );
    let paths = error_paths(&answer);
    assert!(!paths.iter().any(|(r, _, _)| r == "0"));
    assert_eq!(lead_ids(&server), before, "nothing of the batch landed");
    let contacts_after = get(&server, "/api/v4/contacts?limit=250")["_embedded"]["contacts"]
        .as_array()
        .unwrap()
        .len();
    assert_eq!(contacts_after, contacts_before, "nor any embedded contact");
    let many: Vec<Value> = (0..51).map(|i| json!({"name": format!("L{i}")})).collect();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/leads/complex",
        Some(&Value::Array(many)),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(answer["detail"].as_str().unwrap().contains("Limit 50"));
}

#[test]
fn custom_field_groups_are_created_listed_and_deleted() {
    let server = TestServer::start(FIXTURE);
    let (status, _) = send(&server, "GET", "/api/v4/leads/custom_fields/groups", None);
    assert_eq!(status, 204, "a new account lists no groups");
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads/custom_fields/groups",
        &json!([{"name": "Delivery", "sort": 4, "request_id": "g"}]),
    );
    let group = &answer["_embedded"]["custom_field_groups"][0];
    let id = group["id"].as_str().unwrap().to_owned();
    assert!(id.starts_with("leads_"), "{id}");
    assert_eq!(
        (group["name"].as_str(), group["request_id"].as_str()),
        (Some("Delivery"), Some("g"))
    );
    let listed = get(&server, "/api/v4/leads/custom_fields/groups");
    assert_eq!(
        listed["_embedded"]["custom_field_groups"][0]["id"],
        id.as_str()
    );
    assert_eq!(
        get(&server, &format!("/api/v4/leads/custom_fields/groups/{id}"))["sort"],
        4
    );
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/contacts/custom_fields/groups",
        Some(&json!([{}])),
    );
    assert_eq!(status, 400);
    assert_eq!(error_paths(&answer)[0].1, "name");
    let (status, _) = send(
        &server,
        "DELETE",
        &format!("/api/v4/leads/custom_fields/groups/{id}"),
        None,
    );
    assert_eq!(status, 204);
    let (status, _) = send(
        &server,
        "DELETE",
        &format!("/api/v4/leads/custom_fields/groups/{id}"),
        None,
    );
    assert_eq!(status, 404);
}

#[test]
fn a_lead_entering_a_stage_runs_that_stages_dp_actions() {
    let backend = Backend::start("200 OK", "", "{}");
    let server = TestServer::start_with(
        "tests/fixtures/recorder",
        &["--dp-webhook-url", &backend.url("/dp")],
    );
    server.install("recorder", json!({"login": "anna"}));
    let pipeline = get(&server, "/api/v4/leads/pipelines")["_embedded"]["pipelines"][0].clone();
    let stage = pipeline["_embedded"]["statuses"][2]["id"].as_u64().unwrap();
    let (status, trigger) = send(
        &server,
        "POST",
        "/amo-emu/dp/triggers",
        Some(
            &json!({"pipeline_id": pipeline["id"], "status_id": stage, "settings": {"message": "moved here"}}),
        ),
    );
    assert_eq!(status, 200, "{trigger}");
    let lead = get(&server, "/api/v4/leads?limit=50")["_embedded"]["leads"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["status_id"] != stage)
        .unwrap()["id"]
        .as_u64()
        .unwrap();
    ok(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{lead}"),
        &json!({"status_id": stage}),
    );
    let request = backend.first_request();
    assert!(request.starts_with("POST /dp HTTP/1.1"), "{request}");
    let payload: Value = serde_json::from_str(request.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert_eq!(payload["event"]["type_code"], "lead_status_changed");
    assert_eq!(payload["event"]["data"]["id"], lead);
    assert_eq!(payload["event"]["data"]["status_id"], stage);
    assert_eq!(
        payload["action"]["settings"]["widget"]["settings"]["message"],
        "moved here"
    );
    server.wait_stderr(&format!(
        "[dp] action {} (lead_status_changed) for lead {lead}",
        trigger["id"]
    ));
}

//! Tags and links of the emulated account over HTTP, as a widget's backend
//! or `curl` uses them: `GET`/`POST /api/v4/<entity>/tags` (the kind's tag
//! dictionary: the records' tags plus created ones), and
//! `POST /api/v4/<entity>/<id>/link`, `/unlink` and `GET …/links`, in
//! amoCRM's documented shapes (docs/api-v4-writes.md §7), with their
//! validation errors, history and what the records show afterwards.

mod common;

use common::api::{assert_errors, get, ok, send};
use common::TestServer;
use serde_json::{json, Value};

const FIXTURE: &str = "sample-widget";

fn tag_names(answer: &Value) -> Vec<String> {
    answer["_embedded"]["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn tags_list_the_records_tags_and_created_ones_per_kind() {
    let server = TestServer::start(FIXTURE);
    let leads = get(&server, "/api/v4/leads/tags");
    assert_eq!(tag_names(&leads), ["website"], "the fixture's lead tags");
    assert_eq!(leads["_page"], 1);
    assert!(leads["_embedded"]["tags"][0]["id"].as_u64().is_some());
    let (status, _) = send(&server, "GET", "/api/v4/companies/tags", None);
    assert_eq!(status, 204, "no company tags: No Content");

    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads/tags",
        &json!([{"name": "Tag 1", "color": "DDEBB5"},
                {"name": "Tag 2", "request_id": "my_request_id"},
                {"name": "website"}]),
    );
    assert_eq!(answer["_total_items"], 3);
    assert!(answer.get("_links").is_none(), "documented without _links");
    let created = answer["_embedded"]["tags"].as_array().unwrap();
    assert_eq!(created[0]["name"], "Tag 1");
    assert_eq!(created[0]["color"], "DDEBB5");
    assert_eq!(created[0]["request_id"], "0");
    assert_eq!(created[1]["color"], Value::Null);
    assert_eq!(created[1]["request_id"], "my_request_id");
    assert_eq!(
        created[2]["id"], leads["_embedded"]["tags"][0]["id"],
        "an existing name answers its id"
    );
    let all = get(&server, "/api/v4/leads/tags");
    assert_eq!(tag_names(&all).len(), 3, "no duplicate: {all}");

    let one = get(&server, "/api/v4/leads/tags?filter[name]=Tag%201");
    assert_eq!(tag_names(&one), ["Tag 1"]);
    let id = created[1]["id"].as_u64().unwrap();
    let by_id = get(&server, &format!("/api/v4/leads/tags?filter[id][]={id}"));
    assert_eq!(tag_names(&by_id), ["Tag 2"]);
    let found = get(&server, "/api/v4/leads/tags?query=tag");
    assert_eq!(tag_names(&found), ["Tag 1", "Tag 2"]);
    let paged = get(&server, "/api/v4/leads/tags?limit=2");
    assert!(paged["_links"]["next"]["href"]
        .as_str()
        .unwrap()
        .contains("page=2"));
    let (status, _) = send(&server, "GET", "/api/v4/leads/tags?page=9", None);
    assert_eq!(status, 204);

    // The dictionary is per kind; a created tag is usable by id on a record.
    let (status, _) = send(
        &server,
        "GET",
        "/api/v4/contacts/tags?filter[name]=Tag%201",
        None,
    );
    assert_eq!(status, 204);
    let lead = get(&server, "/api/v4/leads?limit=1")["_embedded"]["leads"][0]["id"]
        .as_u64()
        .unwrap();
    ok(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{lead}"),
        &json!({"tags_to_add": [{"id": created[0]["id"]}]}),
    );
    let tags = &get(&server, &format!("/api/v4/leads/{lead}"))["_embedded"]["tags"];
    let tag = tags
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Tag 1")
        .unwrap_or_else(|| panic!("{tags}"));
    assert_eq!(tag["color"], "DDEBB5", "the record shows the tag's colour");
}

#[test]
fn tags_without_a_name_refuse_the_batch() {
    let server = TestServer::start(FIXTURE);
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v4/contacts/tags",
        Some(&json!([{"name": "fine"}, {"color": "FFFFFF"}, {"name": 5}, {"name": " "}])),
    );
    assert_eq!(status, 400, "{answer}");
    assert_errors(
        &answer,
        &[("1", "name", "FieldMissing"), ("3", "name", "FieldMissing")],
    );
    let (status, _) = send(
        &server,
        "GET",
        "/api/v4/contacts/tags?filter[name]=fine",
        None,
    );
    assert_eq!(status, 204, "nothing of the batch landed");
    let (status, _) = send(&server, "POST", "/api/v4/contacts/tags", Some(&json!([])));
    assert_eq!(status, 400);
    // A contact tag has no colour: the field is reported, not refused.
    let answer = ok(
        &server,
        "POST",
        "/api/v4/contacts/tags",
        &json!([{"name": "partner", "color": "FFFFFF"}]),
    );
    assert_eq!(answer["_embedded"]["tags"][0]["color"], Value::Null);
    server.wait_stderr("does not read color");
}

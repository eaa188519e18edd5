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

fn first_id(server: &TestServer, kind: &str) -> u64 {
    get(server, &format!("/api/v4/{kind}?limit=1"))["_embedded"][kind][0]["id"]
        .as_u64()
        .unwrap()
}

/// A lead and a contact of the fixture that are not linked.
fn unlinked_pair(server: &TestServer) -> (u64, u64) {
    let lead = get(server, "/api/v4/leads?limit=1&with=contacts")["_embedded"]["leads"][0].clone();
    let linked: Vec<u64> = lead["_embedded"]["contacts"]
        .as_array()
        .map(|c| c.iter().map(|c| c["id"].as_u64().unwrap()).collect())
        .unwrap_or_default();
    let contacts = get(server, "/api/v4/contacts?limit=250");
    let contact = contacts["_embedded"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_u64().unwrap())
        .find(|id| !linked.contains(id))
        .unwrap();
    (lead["id"].as_u64().unwrap(), contact)
}

fn links(server: &TestServer, path: &str) -> Vec<(String, u64, Value)> {
    let (status, body) = send(server, "GET", path, None);
    if status == 204 {
        return Vec::new();
    }
    assert_eq!(status, 200, "{body}");
    body["_embedded"]["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["to_entity_type"].as_str().unwrap().to_owned(),
                l["to_entity_id"].as_u64().unwrap(),
                l["metadata"].clone(),
            )
        })
        .collect()
}

fn event_types(server: &TestServer, entity: &str, id: u64) -> Vec<String> {
    let (status, body) = send(
        server,
        "GET",
        &format!("/api/v4/events?filter[entity]={entity}&filter[entity_id]={id}"),
        None,
    );
    if status == 204 {
        return Vec::new();
    }
    body["_embedded"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn linking_a_contact_and_a_company_shows_from_both_ends_and_unlinking_undoes_it() {
    let server = TestServer::start(FIXTURE);
    let (lead, contact) = unlinked_pair(&server);
    let company = get(&server, "/api/v4/companies?limit=250")["_embedded"]["companies"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()["id"]
        .as_u64()
        .unwrap();
    let answer = ok(
        &server,
        "POST",
        &format!("/api/v4/leads/{lead}/link"),
        &json!([{"to_entity_id": contact, "to_entity_type": "contacts", "metadata": {"is_main": true}},
                {"to_entity_id": company, "to_entity_type": "companies"}]),
    );
    assert_eq!(answer["_total_items"], 2);
    assert_eq!(
        answer["_links"]["self"]["href"],
        format!("/api/v4/leads/{lead}/links")
    );
    let first = &answer["_embedded"]["links"][0];
    assert_eq!(first["entity_id"], lead);
    assert_eq!(first["entity_type"], "leads");
    assert_eq!(first["to_entity_id"], contact);
    assert_eq!(
        first["metadata"],
        json!({"main_contact": true}),
        "is_main in the request, main_contact in the answer, as documented"
    );
    assert_eq!(answer["_embedded"]["links"][1]["metadata"], Value::Null);

    let from_lead = links(&server, &format!("/api/v4/leads/{lead}/links"));
    assert_eq!(
        from_lead[0],
        ("contacts".into(), contact, json!({"main_contact": true}))
    );
    assert!(from_lead.contains(&("companies".into(), company, Value::Null)));
    let l = get(&server, &format!("/api/v4/leads/{lead}?with=contacts"));
    assert_eq!(
        l["_embedded"]["contacts"][0]["id"], contact,
        "the main one first"
    );
    assert_eq!(l["_embedded"]["companies"][0]["id"], company);
    assert!(links(&server, &format!("/api/v4/contacts/{contact}/links"))
        .iter()
        .any(|(t, id, _)| t == "leads" && *id == lead));
    assert!(event_types(&server, "lead", lead).contains(&"entity_linked".to_owned()));
    assert!(event_types(&server, "contact", contact).contains(&"entity_linked".to_owned()));
    let filtered = links(
        &server,
        &format!("/api/v4/leads/{lead}/links?filter[to_entity_id]={company}&filter[to_entity_type]=companies"),
    );
    assert_eq!(filtered, [("companies".to_owned(), company, Value::Null)]);

    let (status, body) = send(
        &server,
        "POST",
        &format!("/api/v4/leads/{lead}/unlink"),
        Some(&json!([{"to_entity_id": contact, "to_entity_type": "contacts"}])),
    );
    assert_eq!((status, body), (204, Value::Null));
    assert!(!links(&server, &format!("/api/v4/leads/{lead}/links"))
        .iter()
        .any(|(_, id, _)| *id == contact));
    assert!(event_types(&server, "contact", contact).contains(&"entity_unlinked".to_owned()));

    // Contact ↔ company, from the company's end.
    let answer = ok(
        &server,
        "POST",
        &format!("/api/v4/companies/{company}/link"),
        &json!([{"to_entity_id": contact, "to_entity_type": "contacts"}]),
    );
    assert_eq!(answer["_embedded"]["links"][0]["entity_type"], "companies");
    assert_eq!(
        get(&server, &format!("/api/v4/contacts/{contact}"))["_embedded"]["companies"][0]["id"],
        company
    );
}

#[test]
fn bulk_links_and_what_links_refuse() {
    let server = TestServer::start(FIXTURE);
    let (lead, contact) = unlinked_pair(&server);
    let answer = ok(
        &server,
        "POST",
        "/api/v4/leads/link",
        &json!([{"entity_id": lead, "to_entity_id": contact, "to_entity_type": "contacts"}]),
    );
    assert_eq!(answer["_embedded"]["links"][0]["entity_id"], lead);
    let bulk = get(
        &server,
        &format!("/api/v4/leads/links?filter[entity_id][]={lead}"),
    );
    let all = bulk["_embedded"]["links"].as_array().unwrap();
    assert!(all.iter().all(|l| l["entity_id"] == lead));
    assert!(all.iter().any(|l| l["to_entity_id"] == contact));
    let (status, _) = send(&server, "GET", "/api/v4/leads/links", None);
    assert_eq!(status, 400, "the bulk list needs filter[entity_id]");

    let before = links(&server, &format!("/api/v4/leads/{lead}/links"));
    let (status, answer) = send(
        &server,
        "POST",
        &format!("/api/v4/leads/{lead}/link"),
        Some(&json!([{"to_entity_id": 1, "to_entity_type": "contacts"},
                     {"to_entity_id": contact, "to_entity_type": "tasks"},
                     {"to_entity_type": "companies", "metadata": {"is_main": "yes"}}])),
    );
    assert_eq!(status, 400, "{answer}");
    assert_errors(
        &answer,
        &[
            ("0", "to_entity_id", "NotSupportedChoice"),
            ("1", "to_entity_type", "NotSupportedChoice"),
            ("2", "to_entity_id", "FieldMissing"),
            ("2", "metadata.is_main", "InvalidType"),
        ],
    );
    let (status, _) = send(
        &server,
        "POST",
        "/api/v4/leads/1/link",
        Some(&json!([{"to_entity_id": contact, "to_entity_type": "contacts"}])),
    );
    assert_eq!(status, 404);
    let (status, _) = send(&server, "GET", "/api/v4/leads/1/links", None);
    assert_eq!(status, 404);

    // Catalog elements are not emulated: the whole request is refused.
    let company = first_id(&server, "companies");
    let res = common::off_runtime(|| {
        server
            .http()
            .post(server.url(&format!("/api/v4/leads/{lead}/link")))
            .header("Content-Type", "application/json")
            .body(
                json!([{"to_entity_id": company, "to_entity_type": "companies"},
                       {"to_entity_id": 10, "to_entity_type": "catalog_elements", "metadata": {"quantity": 1, "catalog_id": 1026}}])
                .to_string(),
            )
            .send()
            .unwrap()
    });
    assert_eq!(res.status().as_u16(), 404);
    assert!(res.headers().contains_key("x-amo-emu-not-emulated"));
    assert_eq!(
        links(&server, &format!("/api/v4/leads/{lead}/links")),
        before
    );
    server.wait_stderr("catalog_elements");
}

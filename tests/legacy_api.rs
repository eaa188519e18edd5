//! amoCRM's legacy API v2 over HTTP (`/api/v2/{leads,contacts,companies,
//! tasks,notes}`), answered from the same account as API v4: what one API
//! writes the other reads, in each one's shapes (docs/api-v4-writes.md
//! §11); v2's `{add, update}` bodies as JSON or as a jQuery form, its
//! filters, and its refusals (`_embedded.errors`), which change nothing.

mod common;

use common::api::{get, ok, send, send_raw};
use common::TestServer;
use serde_json::{json, Value};

const FIXTURE: &str = "sample-widget";

fn items(answer: &Value) -> &Vec<Value> {
    answer["_embedded"]["items"]
        .as_array()
        .unwrap_or_else(|| panic!("no _embedded.items: {answer}"))
}

fn v2_ids(server: &TestServer, path: &str) -> Vec<u64> {
    let (status, body) = send(server, "GET", path, None);
    if status == 204 {
        return Vec::new();
    }
    assert_eq!(status, 200, "{path}: {body}");
    items(&body)
        .iter()
        .map(|i| i["id"].as_u64().unwrap())
        .collect()
}

/// `$.post(path, data)`: a form body.
fn post_form(server: &TestServer, path: &str, form: &str) -> (u16, Value) {
    send_raw(
        server,
        "POST",
        path,
        Some(("application/x-www-form-urlencoded", form.to_owned())),
    )
}

#[test]
fn v2_lists_show_the_v4_records_in_v2s_shape_with_its_filters() {
    let server = TestServer::start(FIXTURE);
    let v4 = get(&server, "/api/v4/leads?limit=250&with=contacts");
    let v4_leads = v4["_embedded"]["leads"].as_array().unwrap();
    let v2 = get(&server, "/api/v2/leads");
    assert_eq!(items(&v2).len(), v4_leads.len(), "the same records");
    assert_eq!(v2["_links"]["self"]["method"], "get");
    let lead = v4_leads
        .iter()
        .find(|l| {
            l["_embedded"]["contacts"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
        })
        .unwrap();
    let id = lead["id"].as_u64().unwrap();
    let one = get(&server, &format!("/api/v2/leads?id={id}"));
    let item = &items(&one)[0];
    assert_eq!(item["name"], lead["name"]);
    assert_eq!(item["sale"], lead["price"]);
    assert_eq!(item["status_id"], lead["status_id"]);
    assert_eq!(item["pipeline"]["id"], lead["pipeline_id"]);
    assert_eq!(
        item["main_contact"]["id"],
        lead["_embedded"]["contacts"][0]["id"]
    );
    assert_eq!(
        item["contacts"]["id"][0],
        lead["_embedded"]["contacts"][0]["id"]
    );
    assert_eq!(item["account_id"], 30441694);
    assert!(item["custom_fields"].is_array());
    assert!(item["closed_at"].is_u64());
    assert_eq!(
        item["_links"]["self"],
        json!({"href": format!("/api/v2/leads?id={id}"), "method": "get"})
    );

    let all = v2_ids(&server, "/api/v2/leads");
    let two = v2_ids(
        &server,
        &format!("/api/v2/leads?id[]={}&id[]={}", all[0], all[1]),
    );
    assert_eq!(two, all[..2]);
    assert_eq!(
        v2_ids(&server, "/api/v2/leads?limit_rows=3&limit_offset=2"),
        all[2..5]
    );
    let status = item["status_id"].as_u64().unwrap();
    let in_stage = v2_ids(&server, &format!("/api/v2/leads?status[]={status}"));
    assert!(in_stage.contains(&id));
    let open = v2_ids(&server, "/api/v2/leads?filter[active]=1");
    let closed = v2_ids(&server, "/api/v2/leads?status[]=142&status[]=143");
    assert!(!closed.is_empty() && closed.iter().all(|c| !open.contains(c)));
    assert_eq!(open.len() + closed.len(), all.len());
    let mine = v2_ids(&server, "/api/v2/leads?responsible_user_id=504142");
    assert!(!mine.is_empty() && mine.len() < all.len());
    let (status, _) = send(
        &server,
        "GET",
        "/api/v2/leads?query=no-such-lead-anywhere",
        None,
    );
    assert_eq!(status, 204, "nothing found: No Content");

    let res = common::off_runtime(|| {
        server
            .http()
            .get(server.url("/api/v2/leads?limit_rows=1"))
            .header("If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT")
            .send()
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(res, 200);
    server.wait_stderr("ignores If-Modified-Since");

    let contacts = get(&server, "/api/v2/contacts?limit_rows=1");
    let c = &items(&contacts)[0];
    assert!(c["first_name"].is_string() && c["leads"].is_object() && c["company"].is_object());
    let companies = get(&server, "/api/v2/companies?limit_rows=1");
    assert!(items(&companies)[0]["contacts"].is_object());
    let tasks = get(&server, "/api/v2/tasks?type=lead");
    let t = &items(&tasks)[0];
    assert_eq!(t["element_type"], 2);
    assert!(t["complete_till_at"].is_u64() && t["task_type"].is_u64());
}

#[test]
fn a_v2_form_post_creates_leads_the_v4_api_reads() {
    let server = TestServer::start(FIXTURE);
    let contact = get(&server, "/api/v4/contacts?limit=1")["_embedded"]["contacts"][0]["id"]
        .as_u64()
        .unwrap();
    let form = format!(
        "add%5B0%5D%5Bname%5D=From+v2&add%5B0%5D%5Bsale%5D=5000&add%5B0%5D%5Btags%5D=legacy%2C+web\
         &add%5B0%5D%5Bcontacts_id%5D%5B%5D={contact}&add%5B0%5D%5Brequest_id%5D=mine\
         &add%5B1%5D%5Bname%5D=Second&add%5B1%5D%5Bcompany_name%5D=Acme"
    );
    let (status, answer) = post_form(&server, "/api/v2/leads", &form);
    assert_eq!(status, 200, "{answer}");
    let created = items(&answer);
    assert_eq!(created.len(), 2);
    assert_eq!(created[0]["request_id"], "mine");
    assert_eq!(created[1]["request_id"], 1, "the index when none was sent");
    let id = created[0]["id"].as_u64().unwrap();
    assert_eq!(
        created[0]["_links"]["self"]["href"],
        format!("/api/v2/leads?id={id}")
    );
    let lead = get(&server, &format!("/api/v4/leads/{id}?with=contacts"));
    assert_eq!(lead["name"], "From v2");
    assert_eq!(lead["price"], 5000);
    assert_eq!(lead["_embedded"]["contacts"][0]["id"], contact);
    let tags: Vec<&str> = lead["_embedded"]["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(tags, ["legacy", "web"]);
    server.wait_stderr("company_name");
    let events = get(
        &server,
        &format!("/api/v4/events?filter[entity]=lead&filter[entity_id]={id}"),
    );
    assert_eq!(
        events["_embedded"]["events"]
            .as_array()
            .unwrap()
            .last()
            .unwrap()["type"],
        "lead_added"
    );
}

#[test]
fn v2_updates_need_a_fresh_updated_at_and_refusals_change_nothing() {
    let server = TestServer::start(FIXTURE);
    let lead = get(&server, "/api/v4/leads?limit=1")["_embedded"]["leads"][0].clone();
    let id = lead["id"].as_u64().unwrap();
    let updated_at = lead["updated_at"].as_u64().unwrap();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v2/leads",
        Some(&json!({"update": [{"id": id, "updated_at": updated_at - 10, "name": "Too old"}]})),
    );
    assert_eq!(status, 400, "{answer}");
    assert_eq!(
        answer["_embedded"]["errors"]["update"][id.to_string()],
        "Last modified date is older than in database"
    );
    assert_eq!(answer["_embedded"]["items"], json!([]));
    assert_eq!(
        get(&server, &format!("/api/v4/leads/{id}"))["name"],
        lead["name"]
    );

    // A widget sends the time it makes the change.
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + 60;
    let answer = ok(
        &server,
        "POST",
        "/api/v2/leads",
        &json!({"update": [{"id": id, "updated_at": now, "name": "Renamed in v2", "sale": 42}]}),
    );
    assert_eq!(items(&answer)[0]["id"], id);
    assert!(items(&answer)[0]["updated_at"].as_u64().is_some());
    let after = get(&server, &format!("/api/v4/leads/{id}"));
    assert_eq!(
        (after["name"].as_str(), after["price"].as_u64()),
        (Some("Renamed in v2"), Some(42))
    );

    // One bad item refuses the add and the update with it, in v2's terms.
    let before = v2_ids(&server, "/api/v2/leads").len();
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v2/leads",
        Some(
            &json!({"add": [{"name": "Fine"}, {"name": "Bad", "sale": "a lot"}],
                     "update": [{"id": id, "updated_at": now + 5, "name": "Not this"}]}),
        ),
    );
    assert_eq!(status, 400, "{answer}");
    let message = answer["_embedded"]["errors"]["add"]["1"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"));
    assert!(message.starts_with("sale:"), "{message}");
    assert_eq!(v2_ids(&server, "/api/v2/leads").len(), before);
    assert_eq!(
        get(&server, &format!("/api/v4/leads/{id}"))["name"],
        "Renamed in v2"
    );
    let (status, _) = send(&server, "POST", "/api/v2/leads", Some(&json!({})));
    assert_eq!(status, 400);
}

#[test]
fn v2_notes_and_tasks_land_where_v4_reads_them() {
    let server = TestServer::start(FIXTURE);
    let lead = get(&server, "/api/v4/leads?limit=1")["_embedded"]["leads"][0]["id"]
        .as_u64()
        .unwrap();
    let company = get(&server, "/api/v4/companies?limit=1")["_embedded"]["companies"][0]["id"]
        .as_u64()
        .unwrap();
    let answer = ok(
        &server,
        "POST",
        "/api/v2/notes",
        &json!({"add": [{"element_id": lead, "element_type": 2, "note_type": 4, "text": "From a v2 widget"},
                        {"element_id": company, "element_type": "3", "note_type": "4", "text": "On the company"}]}),
    );
    assert_eq!(items(&answer).len(), 2);
    let feed = get(&server, &format!("/api/v4/leads/{lead}/notes"));
    assert_eq!(
        feed["_embedded"]["notes"][0]["params"]["text"],
        "From a v2 widget"
    );
    assert_eq!(feed["_embedded"]["notes"][0]["note_type"], "common");
    let v2 = get(
        &server,
        &format!("/api/v2/notes?type=company&element_id={company}"),
    );
    assert_eq!(items(&v2)[0]["text"], "On the company");
    assert_eq!(items(&v2)[0]["note_type"], 4);
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v2/notes",
        Some(&json!({"add": [{"element_id": 1, "element_type": 12, "note_type": 4, "text": "x"}]})),
    );
    assert_eq!(status, 400, "{answer}");
    assert!(answer["_embedded"]["errors"]["add"]["0"].is_string());

    let answer = ok(
        &server,
        "POST",
        "/api/v2/tasks",
        &json!({"add": [{"element_id": lead, "element_type": 2, "task_type": 1, "text": "Call back", "complete_till_at": 1_900_000_000u64}]}),
    );
    let task = items(&answer)[0]["id"].as_u64().unwrap();
    let t = get(&server, &format!("/api/v4/tasks/{task}"));
    assert_eq!(
        (t["entity_id"].as_u64(), t["entity_type"].as_str()),
        (Some(lead), Some("leads"))
    );
    assert_eq!(t["complete_till"], 1_900_000_000u64);
    let (status, answer) = send(
        &server,
        "POST",
        "/api/v2/tasks",
        Some(&json!({"add": [{"element_id": lead, "element_type": 2, "text": "no deadline"}]})),
    );
    assert_eq!(status, 400);
    assert!(answer["_embedded"]["errors"]["add"]["0"]
        .as_str()
        .unwrap()
        .contains("complete_till_at"));
}

#[test]
fn the_private_json_api_lists_and_sets_the_same_records() {
    let server = TestServer::start(FIXTURE);
    let leads = get(&server, "/private/api/v2/json/leads/list?limit_rows=2");
    let list = leads["response"]["leads"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert!(leads["response"]["server_time"].as_u64().is_some());
    let id = list[0]["id"].as_u64().unwrap();
    let v4 = get(&server, &format!("/api/v4/leads/{id}"));
    assert_eq!(list[0]["price"], v4["price"]);
    assert_eq!(list[0]["last_modified"], v4["updated_at"]);
    assert_eq!(list[0]["pipeline_id"], v4["pipeline_id"]);
    assert!(list[0].get("_links").is_none());
    let companies = get(&server, "/private/api/v2/json/company/list?limit_rows=1");
    assert_eq!(companies["response"]["contacts"][0]["type"], "company");
    let all = get(&server, "/private/api/v2/json/contacts/list?type=all");
    let types: Vec<&str> = all["response"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"contact") && types.contains(&"company"));

    // As a widget posts it: a jQuery form of {request: {leads: {add: […]}}}.
    let (status, answer) = post_form(
        &server,
        "/private/api/v2/json/leads/set",
        "request%5Bleads%5D%5Badd%5D%5B0%5D%5Bname%5D=Private+lead&request%5Bleads%5D%5Badd%5D%5B0%5D%5Bprice%5D=300",
    );
    assert_eq!(status, 200, "{answer}");
    let added = &answer["response"]["leads"]["add"][0];
    assert_eq!(added["request_id"], 0);
    let id = added["id"].as_u64().unwrap();
    let v4 = get(&server, &format!("/api/v4/leads/{id}"));
    assert_eq!(
        (v4["name"].as_str(), v4["price"].as_u64()),
        (Some("Private lead"), Some(300))
    );

    let answer = ok(
        &server,
        "POST",
        "/private/api/v2/json/company/set",
        &json!({"request": {"contacts": {"add": [{"name": "Private Co", "request_id": "c1"}]}}}),
    );
    let company = answer["response"]["contacts"]["add"][0]["id"]
        .as_u64()
        .unwrap();
    assert_eq!(
        get(&server, &format!("/api/v4/companies/{company}"))["name"],
        "Private Co"
    );

    let (status, answer) = send(
        &server,
        "POST",
        "/private/api/v2/json/leads/set",
        Some(
            &json!({"request": {"leads": {"update": [{"id": id, "last_modified": 1, "name": "Stale"}]}}}),
        ),
    );
    assert_eq!(status, 400, "{answer}");
    assert!(answer["response"]["error"]
        .as_str()
        .unwrap()
        .contains("older than in database"));
    assert!(answer["response"]["leads"]["update"]["errors"][id.to_string()].is_string());
    assert_eq!(
        get(&server, &format!("/api/v4/leads/{id}"))["name"],
        "Private lead"
    );
}

#[test]
fn contact_search_finds_a_caller_by_phone_in_xml() {
    let server = TestServer::start(FIXTURE);
    let contacts = get(&server, "/api/v4/contacts?limit=250");
    let (contact, phone) = contacts["_embedded"]["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|c| {
            let phone = c["custom_fields_values"]
                .as_array()?
                .iter()
                .find(|f| f["field_code"] == "PHONE")?["values"][0]["value"]
                .as_str()?
                .to_owned();
            Some((c.clone(), phone))
        })
        .unwrap();
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let res = common::off_runtime(|| {
        server
            .http()
            .get(server.url(&format!("/private/api/contact_search.php?SEARCH={digits}")))
            .send()
            .unwrap()
    });
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .contains("xml"));
    let xml = off_text(res);
    assert!(
        xml.contains(&format!("<contact><id>{}</id>", contact["id"])),
        "{xml}"
    );
    assert!(xml.contains("<name>"), "{xml}");
    let (status, _) = send(
        &server,
        "GET",
        "/private/api/contact_search.php?SEARCH=00000000",
        None,
    );
    assert_eq!(status, 204);
}

fn off_text(res: reqwest::blocking::Response) -> String {
    common::off_runtime(|| res.text().unwrap())
}

//! The same-origin amoCRM API a widget reads with `$.getJSON`: leads,
//! contacts, companies, tasks and their custom fields from the emulated
//! account's records, the account and its users in v4, v2 and the private
//! API, and `/ajax/widgets/edit`. Checked over HTTP for their shapes and
//! parameters, and in headless Chromium as a widget uses them.

mod common;

use common::browser::{
    click, events, modal_session, screenshot, text, type_into, wait_for, wait_recorded,
};
use common::raw_http::exchange;
use common::{off_runtime, TestServer};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/network-calls";
const CODE: &str = "network_calls";

/// `GET path` → (status, JSON body or Null).
fn get(server: &TestServer, path: &str) -> (u16, Value) {
    off_runtime(|| {
        let res = server.http().get(server.url(path)).send().unwrap();
        let status = res.status().as_u16();
        let text = res.text().unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    })
}

fn ok(server: &TestServer, path: &str) -> Value {
    let (status, body) = get(server, path);
    assert_eq!(status, 200, "{path}: {body}");
    body
}

fn ids(body: &Value, kind: &str) -> Vec<u64> {
    body["_embedded"][kind]
        .as_array()
        .unwrap_or_else(|| panic!("no _embedded.{kind}: {body}"))
        .iter()
        .map(|e| e["id"].as_u64().unwrap())
        .collect()
}

#[test]
fn lists_page_with_limit_and_next_links_and_end_in_204() {
    let server = TestServer::start(FIXTURE);
    let all = ok(&server, "/api/v4/leads?limit=250");
    let every = ids(&all, "leads");
    assert!(every.len() >= 20, "a few dozen leads: {}", every.len());
    assert!(all["_links"].get("next").is_none());

    let first = ok(&server, "/api/v4/leads?limit=10");
    assert_eq!(first["_page"], 1);
    assert_eq!(ids(&first, "leads"), every[..10]);
    let next = first["_links"]["next"]["href"].as_str().unwrap();
    assert!(
        next.contains("page=2") && next.contains("limit=10"),
        "{next}"
    );
    let second = ok(&server, next);
    assert_eq!(ids(&second, "leads"), every[10..20]);

    let pages = every.len().div_ceil(10);
    let (status, _) = get(
        &server,
        &format!("/api/v4/leads?limit=10&page={}", pages + 1),
    );
    assert_eq!(
        status, 204,
        "past the last page amoCRM answers 204 No Content"
    );

    let lead = &all["_embedded"]["leads"][0];
    for key in [
        "id",
        "name",
        "price",
        "responsible_user_id",
        "status_id",
        "pipeline_id",
        "account_id",
        "custom_fields_values",
        "_links",
        "_embedded",
    ] {
        assert!(lead.get(key).is_some(), "lead has {key}: {lead}");
    }
    assert!(lead["_embedded"]["tags"].is_array());
    assert!(lead["_embedded"]["companies"].is_array());
    assert!(
        lead["_embedded"].get("contacts").is_none(),
        "contacts only with=contacts"
    );
}

/// The `data-id` of every row of a list page, in page order.
fn page_row_ids(server: &TestServer, path: &str) -> Vec<u64> {
    let html = off_runtime(|| {
        let res = server.http().get(server.url(path)).send().unwrap();
        assert_eq!(res.status().as_u16(), 200, "{path}");
        res.text().unwrap()
    });
    html.split("class=\"list-row js-list-row\" data-id=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
        .collect()
}

/// One fixture behind the pages and the API: the records a person sees in
/// each list are the ones `GET /api/v4/<entity>` returns, and a card shows
/// the API's record.
#[test]
fn list_pages_and_the_api_show_the_same_records() {
    let server = TestServer::start(FIXTURE);
    for (page, api, kind) in [
        ("/leads/list/", "/api/v4/leads?limit=250", "leads"),
        ("/contacts/list/", "/api/v4/contacts?limit=250", "contacts"),
        (
            "/companies/list/",
            "/api/v4/companies?limit=250",
            "companies",
        ),
        ("/todo/list/", "/api/v4/tasks?limit=250", "tasks"),
    ] {
        let mut shown = page_row_ids(&server, page);
        let mut listed = ids(&ok(&server, api), kind);
        assert!(!shown.is_empty(), "{page} shows no rows");
        shown.sort_unstable();
        listed.sort_unstable();
        assert_eq!(shown, listed, "{page} and {api} differ");
    }
    let lead = ok(&server, "/api/v4/leads?limit=1")["_embedded"]["leads"][0].clone();
    let id = lead["id"].as_u64().unwrap();
    let card = off_runtime(|| {
        server
            .http()
            .get(server.url(&format!("/leads/detail/{id}")))
            .send()
            .unwrap()
            .text()
            .unwrap()
    });
    assert!(
        card.contains(lead["name"].as_str().unwrap()),
        "the card shows the API's name for lead {id}"
    );
}

#[test]
fn filter_by_id_query_and_with_links() {
    let server = TestServer::start(FIXTURE);
    let every = ids(&ok(&server, "/api/v4/leads?limit=250"), "leads");
    let (a, b) = (every[3], every[7]);
    let two = ok(
        &server,
        &format!("/api/v4/leads?filter[id][]={a}&filter%5Bid%5D%5B%5D={b}"),
    );
    assert_eq!(ids(&two, "leads"), vec![a, b]);
    let one = ok(&server, &format!("/api/v4/leads?filter[id]={b}"));
    assert_eq!(ids(&one, "leads"), vec![b]);

    let with = ok(&server, "/api/v4/leads?with=contacts&limit=250");
    let linked: Vec<u64> = with["_embedded"]["leads"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|l| l["_embedded"]["contacts"].as_array().unwrap().clone())
        .map(|c| c["id"].as_u64().unwrap())
        .collect();
    assert!(!linked.is_empty(), "some leads have contacts");
    let contact = ok(
        &server,
        &format!("/api/v4/contacts/{}?with=leads", linked[0]),
    );
    assert!(
        !contact["_embedded"]["leads"].as_array().unwrap().is_empty(),
        "{contact}"
    );

    let name = ok(&server, "/api/v4/contacts?limit=1")["_embedded"]["contacts"][0]["name"]
        .as_str()
        .unwrap()
        .to_owned();
    let last = name.split(' ').next_back().unwrap();
    let found = ok(&server, &format!("/api/v4/contacts?query={last}"));
    for c in found["_embedded"]["contacts"].as_array().unwrap() {
        let haystack = c.to_string().to_lowercase();
        assert!(haystack.contains(&last.to_lowercase()), "{c}");
    }
    let (status, _) = get(&server, "/api/v4/contacts?query=zzzz-nobody");
    assert_eq!(status, 204);

    // An unread filter is reported in the terminal, not refused.
    ok(&server, "/api/v4/leads?filter[statuses][0][status_id]=1");
    server.wait_stderr("filter[statuses][0][status_id] is ignored");
}

#[test]
fn one_record_each_kind_and_custom_fields() {
    let server = TestServer::start(FIXTURE);
    for kind in ["leads", "contacts", "companies", "tasks"] {
        let list = ok(&server, &format!("/api/v4/{kind}"));
        let id = ids(&list, kind)[0];
        let one = ok(&server, &format!("/api/v4/{kind}/{id}"));
        assert_eq!(one["id"], id);
        assert_eq!(
            one["_links"]["self"]["href"],
            format!("/api/v4/{kind}/{id}")
        );
        let (status, problem) = get(&server, &format!("/api/v4/{kind}/1"));
        assert_eq!(status, 404, "{kind}");
        assert!(
            problem["detail"].as_str().unwrap().contains("no "),
            "{problem}"
        );
    }
    for kind in ["leads", "contacts", "companies"] {
        let fields = ok(&server, &format!("/api/v4/{kind}/custom_fields"));
        assert!(
            !fields["_embedded"]["custom_fields"]
                .as_array()
                .unwrap()
                .is_empty(),
            "{kind}"
        );
    }
    let contact_fields = ok(&server, "/api/v4/contacts/custom_fields").to_string();
    assert!(contact_fields.contains("\"PHONE\"") && contact_fields.contains("\"EMAIL\""));
}

#[test]
fn account_and_users_in_every_api_generation() {
    let server = TestServer::start(FIXTURE);
    let account = ok(
        &server,
        "/api/v4/account?with=amojo_id,task_types,users_groups,datetime_settings,version",
    );
    assert!(account["amojo_id"].is_string());
    assert!(account["version"].is_number());
    assert!(!account["_embedded"]["task_types"]
        .as_array()
        .unwrap()
        .is_empty());
    assert!(account["_embedded"]["users_groups"].is_array());
    assert!(account["_embedded"]["datetime_settings"]["timezone"].is_string());
    let id = account["current_user_id"].as_u64().unwrap();
    let user = ok(&server, &format!("/api/v4/users/{id}"));
    assert_eq!(user["id"], id);
    assert_eq!(get(&server, "/api/v4/users/1").0, 404);

    let v2 = ok(
        &server,
        "/api/v2/account?with=users,pipelines,custom_fields",
    );
    assert_eq!(v2["id"], account["id"]);
    assert_eq!(v2["_embedded"]["users"][id.to_string()]["id"], id);
    assert!(!v2["_embedded"]["pipelines"].as_object().unwrap().is_empty());
    let private = ok(&server, "/private/api/v2/json/accounts/current");
    let a = &private["response"]["account"];
    assert_eq!(a["subdomain"], account["subdomain"]);
    assert!(!a["users"].as_array().unwrap().is_empty());
    assert!(!a["leads_statuses"].as_array().unwrap().is_empty());
}

#[test]
fn ajax_widgets_edit_switches_the_widget_and_saves_settings() {
    let server = TestServer::start(FIXTURE);
    let post = |body: &'static str| {
        off_runtime(|| {
            let res = server
                .http()
                .post(server.url("/ajax/widgets/edit"))
                .header(
                    "Content-Type",
                    "application/x-www-form-urlencoded; charset=UTF-8",
                )
                .body(body)
                .send()
                .unwrap();
            (res.status().as_u16(), res.text().unwrap())
        })
    };
    let (status, body) = post("action=edit&id=1&code=network_calls&widget_active=Y&settings%5Bbackend%5D=http%3A%2F%2Flocalhost%3A9%2F");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains(r#""status":"ok""#), "{body}");
    let w = server.widget_api(CODE);
    assert_eq!(w["is_active_in_account"], true);
    assert_eq!(w["settings"]["backend"], "http://localhost:9/");
    server.wait_stderr("widget network_calls → installed (active), settings replaced (1 keys)");

    let (status, _) = post("action=edit&code=network_calls&widget_active=false");
    assert_eq!(status, 200);
    let w = server.widget_api(CODE);
    assert_eq!(w["is_active_in_account"], false);
    assert_eq!(
        w["settings"]["backend"], "http://localhost:9/",
        "settings kept when not sent"
    );

    let (status, body) = post("action=edit&code=someone_else&widget_active=N");
    assert_eq!(status, 404, "{body}");
    let (status, _) = post("action=edit&code=network_calls&widget_active=maybe");
    assert_eq!(status, 400);
}

#[test]
fn ajax_widgets_edit_refuses_a_cross_site_form() {
    let server = TestServer::start(FIXTURE);
    let body = "action=edit&code=network_calls&widget_active=Y";
    for extra in [
        "Origin: http://evil.example\r\n",
        "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\n",
    ] {
        let req = format!(
            "POST /ajax/widgets/edit HTTP/1.1\r\nHost: example.localhost:{}\r\nContent-Type: application/x-www-form-urlencoded\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            server.port,
            body.len()
        );
        assert_eq!(exchange(server.port, req.as_bytes()).status, 403, "{extra}");
    }
    assert_eq!(server.widget_api(CODE)["is_active_in_account"], false);
}

#[tokio::test]
async fn a_widget_lists_leads_with_contacts_and_switches_itself_off() {
    let Some((browser, server, page)) = modal_session("widget_reads_the_api", FIXTURE, CODE).await
    else {
        return;
    };
    click(&page, "#net-leads").await;
    wait_for(
        &page,
        "document.querySelectorAll('#net-leads-list li').length === 5",
        "five leads listed",
    )
    .await;
    let first = text(&page, "#net-leads-list li").await;
    assert!(first.contains("contacts)"), "{first}");
    let leads = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "leads")
        .unwrap();
    assert_eq!(leads["next"], true, "more pages follow: {leads}");
    screenshot(&page, "widget-lists-leads").await;

    type_into(&page, "input[name=\"backend\"]", "http://localhost:9/").await;
    click(&page, "#net-switch-off").await;
    wait_recorded(&page, "switch-off", "the edit answer").await;
    let answer = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "switch-off")
        .unwrap();
    assert_eq!(answer["res"]["response"]["status"], "ok", "{answer}");
    let w = server.widget_api(CODE);
    assert_eq!(w["is_active_in_account"], false);
    assert_eq!(w["settings"]["backend"], "http://localhost:9/");
    browser.close().await;
}

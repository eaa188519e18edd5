//! The writable account as a person sees it, in headless Chromium: a
//! widget's card button adds a note that appears in the card's feed; a note
//! typed in the feed's composer and a card field saved with Save go through
//! the API's own requests; a lead created with `curl` appears at once in the
//! open list, on the kanban and in its card; dragging a lead on the kanban
//! moves it and a local backend receives amoCRM's webhook, which the
//! inspector lists and can send again; an absolute
//! `https://example.amocrm.ru/api/v4/...` call from a widget is answered.

mod common;

use chromiumoxide::cdp::browser_protocol::input::{
    DispatchMouseEventParams, DispatchMouseEventType, MouseButton,
};
use chromiumoxide::Page;
use common::backend::Backend;
use common::browser::{
    accept_dialogs, click, click_in_inspector, eval, exists, screenshot, text, type_into, wait_for,
    TestBrowser,
};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

/// Serves `fixture` with its widget (`code`) installed, with `extra` flags.
fn installed(fixture: &str, code: &str, extra: &[&str]) -> TestServer {
    let state = format!(
        r#"{{"schema":1,"widgets":{{"{code}":{{"installed":true,"settings":{{}},"updated_at":1}}}}}}"#
    );
    TestServer::start_prepared(fixture, extra, |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        std::fs::write(dir.join(".amo-emu/state.json"), state).unwrap();
    })
}

/// Waits until the CRM page at `path` has run its widget callbacks.
async fn wait_page(page: &Page, path: &str) {
    wait_for(
        page,
        &format!("document.documentElement.dataset.amoEmuReady === 'crm' && location.pathname === {path:?} && document.documentElement.dataset.amoEmuPath === {path:?}"),
        path,
    )
    .await;
}

async fn open_crm(browser: &TestBrowser, server: &TestServer, path: &str) -> Page {
    let page = browser.open(&server.url(path)).await;
    wait_page(&page, path).await;
    // The live channel is connected (its hello arrived), so a change made
    // from here on reaches this page.
    wait_for(
        &page,
        "Number(document.documentElement.dataset.amoEmuMessages || 0) >= 1",
        "the live channel",
    )
    .await;
    page
}

fn api(server: &TestServer, method: &str, path: &str, body: Option<Value>) -> Value {
    off_runtime(|| {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = server.http().request(method, server.url(path));
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/json")
                .body(b.to_string());
        }
        let res = req.send().unwrap();
        let status = res.status().as_u16();
        let text = res.text().unwrap();
        assert!((200..300).contains(&status), "{path}: {status} {text}");
        serde_json::from_str(&text).unwrap_or(Value::Null)
    })
}

fn first_lead(server: &TestServer) -> Value {
    api(server, "GET", "/api/v4/leads?limit=1", None)["_embedded"]["leads"][0].clone()
}

/// Presses the mouse on `from`'s centre, moves in steps to `to`'s centre
/// and releases, as a person drags.
async fn drag(page: &Page, from: &str, to: &str) {
    let centre = |sel: &str| {
        format!("(() => {{ const r = document.querySelector({sel:?}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + Math.min(r.height / 2, 40)]; }})()")
    };
    let (fx, fy): (f64, f64) = {
        let v: Vec<f64> = eval(page, &centre(from)).await;
        (v[0], v[1])
    };
    let (tx, ty): (f64, f64) = {
        let v: Vec<f64> = eval(page, &centre(to)).await;
        (v[0], v[1])
    };
    let mouse = |kind: DispatchMouseEventType, x: f64, y: f64, buttons: i64| {
        DispatchMouseEventParams::builder()
            .r#type(kind)
            .x(x)
            .y(y)
            .button(MouseButton::Left)
            .buttons(buttons)
            .click_count(1)
            .build()
            .unwrap()
    };
    page.execute(mouse(DispatchMouseEventType::MouseMoved, fx, fy, 0))
        .await
        .unwrap();
    page.execute(mouse(DispatchMouseEventType::MousePressed, fx, fy, 1))
        .await
        .unwrap();
    for i in 1..=10 {
        let t = f64::from(i) / 10.0;
        page.execute(mouse(
            DispatchMouseEventType::MouseMoved,
            fx + (tx - fx) * t,
            fy + (ty - fy) * t,
            1,
        ))
        .await
        .unwrap();
    }
    page.execute(mouse(DispatchMouseEventType::MouseReleased, tx, ty, 0))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_widgets_card_button_adds_a_note_that_appears_in_the_feed() {
    let Some(browser) = TestBrowser::launch("widget_note_in_feed").await else {
        return;
    };
    let server = installed("tests/fixtures/card-writer", "card_writer", &[]);
    let id = first_lead(&server)["id"].as_u64().unwrap();
    let path = format!("/leads/detail/{id}");
    let page = open_crm(&browser, &server, &path).await;
    assert!(
        exists(&page, ".notes-wrapper__empty").await,
        "a new account's lead has no notes"
    );

    click(&page, ".writer-log").await;
    wait_for(
        &page,
        "document.querySelector('.feed-note__text')",
        "the note in the feed",
    )
    .await;
    assert_eq!(
        text(&page, ".feed-note__text").await,
        "Called from the widget"
    );
    assert_eq!(text(&page, ".feed-note__author").await, "Anna Petrova");
    let recorded: Vec<Value> = eval(&page, "window.__amo_emu_events").await;
    assert_eq!(recorded[0]["cb"], "note_added", "{recorded:?}");

    // The widget's block survived the redraw: the feed changed in place.
    assert!(exists(&page, ".writer-log").await);
    let notes = api(&server, "GET", &format!("/api/v4/leads/{id}/notes"), None);
    assert_eq!(
        notes["_embedded"]["notes"][0]["params"]["text"],
        "Called from the widget"
    );

    // The account's absolute address, built from system().subdomain.
    click(&page, ".writer-log-absolute").await;
    wait_for(
        &page,
        "document.querySelectorAll('.feed-note__text').length === 2",
        "the second note",
    )
    .await;
    let recorded: Vec<Value> = eval(&page, "window.__amo_emu_events").await;
    assert_eq!(recorded[1]["cb"], "note_added", "{recorded:?}");
    assert_eq!(recorded[1]["via"], "https://example.amocrm.ru");
    assert!(
        !exists(&page, ".amo-emu-toast[data-notice=\"account-address\"]").await,
        "its own subdomain is no news"
    );

    // Another account's address (Kommo's domain too) is answered here, with
    // a notice that on amoCRM it would reach another account.
    let status: u16 = eval(
        &page,
        "fetch('https://someone-else.kommo.com/api/v4/leads?limit=1').then(r => r.status)",
    )
    .await;
    assert_eq!(status, 200);
    wait_for(
        &page,
        "document.querySelector('.amo-emu-toast[data-notice=\"account-address\"]')",
        "the notice about another account",
    )
    .await;
    server.wait_stderr("the widget called https://someone-else.kommo.com");
    // Other hosts are left alone.
    let outcome: String = eval(
        &page,
        "fetch('https://example.com/api/v4/leads').then(() => 'answered', () => 'failed')",
    )
    .await;
    assert_eq!(outcome, "failed", "not rewritten (and unreachable offline)");
    screenshot(&page, "card_feed_notes").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_feed_composer_and_the_card_save_write_through_the_api() {
    let Some(browser) = TestBrowser::launch("card_save_and_composer").await else {
        return;
    };
    let server = installed("tests/fixtures/cards", "cards", &[]);
    let id = first_lead(&server)["id"].as_u64().unwrap();
    let path = format!("/leads/detail/{id}");
    let page = open_crm(&browser, &server, &path).await;

    type_into(&page, ".js-note-text", "Discussed the delivery").await;
    click(&page, ".js-note-add").await;
    wait_for(
        &page,
        "document.querySelector('.feed-note__text')",
        "the note",
    )
    .await;
    assert_eq!(
        text(&page, ".feed-note__text").await,
        "Discussed the delivery"
    );
    let value: String = eval(&page, "document.querySelector('.js-note-text').textContent").await;
    assert_eq!(value, "", "the composer is emptied");

    // An invalid budget: amoCRM's error, shown at the field; nothing saved.
    type_into(&page, "[name=\"lead[PRICE]\"]", "lots").await;
    click(&page, ".js-card-save").await;
    wait_for(&page, "!document.querySelector('[name=\"lead[PRICE]\"]').parentElement.querySelector('.card-fields__error').hidden", "the field's error").await;
    let error = eval::<String>(&page, "document.querySelector('[name=\"lead[PRICE]\"]').parentElement.querySelector('.card-fields__error').textContent").await;
    assert!(error.starts_with("InvalidType"), "{error}");
    screenshot(&page, "card_save_error").await;

    type_into(&page, "[name=\"lead[PRICE]\"]", "12345").await;
    type_into(&page, "[name=\"lead[NAME]\"]", "Renamed on the card").await;
    click(&page, ".js-card-save").await;
    wait_for(
        &page,
        "document.querySelector('.js-card-name').textContent === 'Renamed on the card'",
        "the saved name in the heading",
    )
    .await;
    let lead = api(&server, "GET", &format!("/api/v4/leads/{id}"), None);
    assert_eq!(
        (lead["price"].as_u64(), lead["name"].as_str()),
        (Some(12345), Some("Renamed on the card"))
    );
    let model_price: u64 = eval(&page, "APP.data.current_card.model.get('price')").await;
    assert_eq!(
        model_price, 12345,
        "the card's model takes the saved record"
    );
    screenshot(&page, "card_saved").await;

    // The new-lead form creates the lead and opens its card.
    click(&page, "a.card-holder__back").await;
    wait_page(&page, "/leads/list/").await;
    click(&page, "a.list-tabs__new").await;
    wait_page(&page, "/leads/detail/0").await;
    type_into(&page, "[name=\"lead[NAME]\"]", "Made on the form").await;
    click(&page, ".js-card-save").await;
    // The URL changes before the new card is drawn: wait for the page that
    // entered at this URL, not the previous page's ready flag.
    wait_for(&page, "/^\\/leads\\/detail\\/[1-9]/.test(location.pathname) && document.documentElement.dataset.amoEmuReady === 'crm' && document.documentElement.dataset.amoEmuPath === location.pathname", "the new lead's card").await;
    assert_eq!(text(&page, ".js-card-name").await, "Made on the form");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lead_created_with_curl_shows_in_the_open_list_the_kanban_and_its_card() {
    let Some(browser) = TestBrowser::launch("curl_lead_everywhere").await else {
        return;
    };
    let server = installed("tests/fixtures/cards", "cards", &[]);
    let page = open_crm(&browser, &server, "/leads/list/").await;
    let answer = api(
        &server,
        "POST",
        "/api/v4/leads",
        Some(
            json!([{"name": "Made with curl", "price": 4200, "_embedded": {"tags": [{"name": "from-curl"}]}}]),
        ),
    );
    let id = answer["_embedded"]["leads"][0]["id"].as_u64().unwrap();
    // The open list catches up at once, without a reload.
    wait_for(
        &page,
        &format!("document.querySelector('#list_table tr[data-id=\"{id}\"]')"),
        "the new row",
    )
    .await;
    let before: u64 = eval(&page, "performance.getEntriesByType('navigation').length").await;
    assert_eq!(before, 1, "no reload");

    click(&page, "a.list-tabs__item[href=\"/leads/pipeline/\"]").await;
    wait_page(&page, "/leads/pipeline/").await;
    let column: String = eval(&page, &format!("document.querySelector('.js-pipeline-lead[data-id=\"{id}\"]').closest('.js-pipeline-status').getAttribute('aria-label')")).await;
    assert_eq!(
        column, "Contact made",
        "a new lead is in the first stage after Incoming"
    );
    click(&page, &format!(".js-pipeline-lead[data-id=\"{id}\"] a")).await;
    wait_page(&page, &format!("/leads/detail/{id}")).await;
    assert_eq!(text(&page, ".js-card-name").await, "Made with curl");
    assert_eq!(
        text(&page, ".js-card-tags").await,
        "from-curl",
        "its tags under the name"
    );
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dragging_a_lead_on_the_kanban_moves_it_and_the_backend_hears() {
    let Some(browser) = TestBrowser::launch("kanban_drag_webhook").await else {
        return;
    };
    let backend = Backend::start("200 OK", "", "{}");
    let hook = backend.url("/amo");
    let server = installed("tests/fixtures/cards", "cards", &["--webhook", &hook]);
    let page = open_crm(&browser, &server, "/leads/pipeline/").await;
    screenshot(&page, "kanban").await;
    let (id, from): (u64, u64) = {
        let v: Vec<u64> = eval(&page, "(() => { const c = document.querySelector('.js-pipeline-status[aria-label=\"Contact made\"] .js-pipeline-lead'); return [Number(c.dataset.id), Number(c.closest('.js-pipeline-status').dataset.id)]; })()").await;
        (v[0], v[1])
    };
    let to: u64 = eval(
        &page,
        "Number(document.querySelector('.js-pipeline-status[aria-label=\"Decision\"]').dataset.id)",
    )
    .await;
    drag(
        &page,
        &format!(".js-pipeline-lead[data-id=\"{id}\"]"),
        ".js-pipeline-status[aria-label=\"Decision\"] .pipeline_status__head",
    )
    .await;
    wait_for(
        &page,
        &format!("Number(document.documentElement.dataset.amoEmuRedrawn || 0) >= 1 && document.querySelector('.js-pipeline-lead[data-id=\"{id}\"]').closest('.js-pipeline-status').dataset.id === '{to}'"),
        "the lead in the Decision column after the redraw",
    )
    .await;
    assert_eq!(
        api(&server, "GET", &format!("/api/v4/leads/{id}"), None)["status_id"],
        to
    );
    assert_eq!(
        eval::<String>(&page, "location.pathname").await,
        "/leads/pipeline/",
        "a drag is not a click"
    );

    let request = backend
        .wait_requests(1)
        .into_iter()
        .find(|r| r.contains("leads%5Bstatus%5D"))
        .expect("a status_lead webhook");
    let body = request.split("\r\n\r\n").nth(1).unwrap();
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(body).unwrap();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(get("leads[status][0][id]"), Some(id.to_string()));
    assert_eq!(get("leads[status][0][status_id]"), Some(to.to_string()));
    assert_eq!(
        get("leads[status][0][old_status_id]"),
        Some(from.to_string())
    );
    assert_eq!(get("account[subdomain]").as_deref(), Some("example"));

    // The inspector lists the delivery; Send again sends the same body.
    click_in_inspector(&page, ".toggle").await;
    wait_for(&page, "document.querySelector('.amo-emu-inspector__entry[data-kind=\"webhook\"] .amo-emu-inspector__resend')", "the webhook on the timeline").await;
    let line = text(&page, ".amo-emu-inspector__entry[data-kind=\"webhook\"]").await;
    assert!(
        line.contains("status_lead") && line.contains("200"),
        "{line}"
    );
    let sent = backend.requests.lock().unwrap().len();
    click(
        &page,
        ".amo-emu-inspector__entry[data-kind=\"webhook\"] .amo-emu-inspector__resend",
    )
    .await;
    let again = backend.wait_requests(sent + 1);
    assert_eq!(
        again[sent].split("\r\n\r\n").nth(1),
        Some(body),
        "the same body"
    );
    screenshot(&page, "kanban_moved").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reset_records_in_the_inspector_brings_the_fixture_back() {
    let Some(browser) = TestBrowser::launch("reset_records_in_the_inspector").await else {
        return;
    };
    let server = installed("tests/fixtures/cards", "cards", &[]);
    let id = first_lead(&server)["id"].as_u64().unwrap();
    api(
        &server,
        "POST",
        &format!("/api/v4/leads/{id}/notes"),
        Some(json!([{"note_type": "common", "params": {"text": "To be reset"}}])),
    );
    let path = format!("/leads/detail/{id}");
    let page = open_crm(&browser, &server, &path).await;
    // The reset asks for confirmation: a person clicks OK.
    accept_dialogs(&page).await;
    assert_eq!(text(&page, ".feed-note__text").await, "To be reset");
    let _: bool = eval(&page, "window.__amo_emu_old_page = true").await;
    click_in_inspector(&page, ".toggle").await;
    click_in_inspector(&page, ".reset-records").await;
    wait_for(&page, "!window.__amo_emu_old_page && document.documentElement.dataset.amoEmuReady === 'crm' && document.querySelector('.notes-wrapper__empty')", "the card again, without the note").await;
    let (status, _) = off_runtime(|| {
        let res = server
            .http()
            .get(server.url(&format!("/api/v4/leads/{id}/notes")))
            .send()
            .unwrap();
        (res.status().as_u16(), ())
    });
    assert_eq!(status, 204);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_elsewhere_never_throws_away_what_is_being_typed() {
    let Some(browser) = TestBrowser::launch("card_unsaved_kept").await else {
        return;
    };
    let server = installed("tests/fixtures/cards", "cards", &[]);
    let id = first_lead(&server)["id"].as_u64().unwrap();
    let page = open_crm(&browser, &server, &format!("/leads/detail/{id}")).await;
    type_into(&page, "[name=\"lead[PRICE]\"]", "999").await;
    // A backend changes the lead and adds a note while the person types.
    api(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{id}"),
        Some(json!({"name": "Renamed by the backend"})),
    );
    api(
        &server,
        "POST",
        &format!("/api/v4/leads/{id}/notes"),
        Some(json!([{"note_type": "common", "params": {"text": "From the backend"}}])),
    );
    wait_for(
        &page,
        "document.querySelector('.feed-note__text')",
        "the backend's note in the feed",
    )
    .await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-toast[data-notice=\"card-changed\"]')",
        "the notice",
    )
    .await;
    let typed: String = eval(
        &page,
        "document.querySelector('[name=\"lead[PRICE]\"]').value",
    )
    .await;
    assert_eq!(typed, "999", "the unsaved value is kept");
    // Saving writes it; the card then shows the record as it is.
    click(&page, ".js-card-save").await;
    wait_for(
        &page,
        "document.querySelector('.js-card-name').textContent === 'Renamed by the backend'",
        "the record redrawn after the save",
    )
    .await;
    assert_eq!(
        api(&server, "GET", &format!("/api/v4/leads/{id}"), None)["price"],
        999
    );
    browser.close().await;
}

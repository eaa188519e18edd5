//! The CRM's list and card pages (issue #12), clicked through in headless
//! Chromium as a person would: open the leads list, tick two rows, pick the
//! widget from the action menu, open a card, use its phone, leave it. The
//! fixture widgets record every callback with what the platform said at
//! that moment (tests/fixtures/README.md: `cards*`).

mod common;

use chromiumoxide::Page;
use common::browser::{
    click, eval, events, exists, press, screenshot, session, text, wait_for, wait_recorded,
    TestBrowser,
};
use common::{off_runtime, TestServer};
use serde_json::Value;

/// Serves `fixture` with its widget (`code`) already installed.
fn installed(fixture: &str, code: &str) -> TestServer {
    let state = format!(
        r#"{{"schema":1,"widgets":{{"{code}":{{"installed":true,"settings":{{}},"updated_at":1}}}}}}"#
    );
    TestServer::start_prepared(fixture, &[], |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        std::fs::write(dir.join(".amo-emu/state.json"), state).unwrap();
    })
}

/// Waits until the CRM page at `path` has run its widget callbacks.
async fn wait_page(page: &Page, path: &str) {
    wait_for(
        page,
        &format!("document.documentElement.dataset.amoEmuReady === 'crm' && document.documentElement.dataset.amoEmuPath === {path:?} && location.pathname === {path:?}"),
        path,
    )
    .await;
}

/// Opens the CRM page at `path` in a new tab and waits for its callbacks.
async fn open_crm(browser: &TestBrowser, server: &TestServer, path: &str) -> Page {
    let page = browser.open(&server.url(path)).await;
    wait_page(&page, path).await;
    page
}

/// The opening of a CRM test: a browser, `fixture` served with widget
/// `code` installed, and the CRM page at `path` open. None (after saying
/// why) when there is no browser, before anything is started.
async fn crm_session(
    test: &str,
    fixture: &str,
    code: &str,
    path: &str,
) -> Option<(TestBrowser, TestServer, Page)> {
    let browser = TestBrowser::launch(test).await?;
    let server = installed(fixture, code);
    let page = open_crm(&browser, &server, path).await;
    Some((browser, server, page))
}

/// Follows the left menu's link to `path`, as a person moving between lists.
async fn menu_to(page: &Page, path: &str) {
    click(page, &format!("#left_menu a[href={path:?}]")).await;
    wait_page(page, path).await;
}

/// Opens the card of row `id` in the list on screen (its link goes to
/// `<detail><id>`) and waits for the card's callbacks.
async fn open_row(page: &Page, detail: &str, id: &str) {
    click(page, &format!("tr[data-id=\"{id}\"] a.list-row__link")).await;
    wait_page(page, &format!("{detail}{id}")).await;
}

/// Opens the card of the list's first row; returns its id.
async fn open_first_row(page: &Page, detail: &str) -> String {
    let id: String = eval(
        page,
        "document.querySelector('#list_table tr.list-row[data-id]').dataset.id",
    )
    .await;
    open_row(page, detail, &id).await;
    id
}

/// Waits for the list's action menu, which shows once a row is ticked.
async fn wait_action_menu(page: &Page) {
    wait_for(
        page,
        "!document.querySelector('.list-actions').hidden",
        "the action menu",
    )
    .await;
}

/// `(callback, area)` of each recorded event from `from` on.
fn calls(events: &[Value], from: usize) -> Vec<(String, String)> {
    events[from..]
        .iter()
        .filter(|e| e["area"].is_string())
        .map(|e| {
            (
                e["cb"].as_str().unwrap().to_owned(),
                e["area"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn list_selection_then_card_block_then_leaving_destroys() {
    let Some((browser, _server, page)) = crm_session(
        "crm_list_and_card",
        "tests/fixtures/cards",
        "cards",
        "/leads/list/",
    )
    .await
    else {
        return;
    };

    let ev = events(&page).await;
    assert_eq!(
        calls(&ev, 0),
        pairs(&[
            ("render", "llist"),
            ("init", "llist"),
            ("bind_actions", "llist")
        ])
    );
    assert_eq!(ev[0]["widgets_area"], "leads");
    assert_eq!(ev[0]["system_area"], "llist");
    assert_eq!(ev[0]["base_entity"], "leads");
    assert_eq!(ev[0]["is_card"], false);
    assert_eq!(ev[0]["card_id"], Value::Null);

    // The action menu appears only once rows are ticked.
    assert!(!eval::<bool>(&page, "!document.querySelector('.list-actions').hidden").await);
    let ids: Vec<String> = eval(&page, "[...document.querySelectorAll('#list_table tr.list-row[data-id]')].slice(0, 2).map(r => r.dataset.id)").await;
    for id in &ids {
        click(&page, &format!("tr[data-id=\"{id}\"] input[type=checkbox]")).await;
    }
    wait_action_menu(&page).await;
    assert_eq!(text(&page, ".js-selected-count").await, "2");
    assert!(
        !exists(&page, "#widgets_block:not([hidden])").await,
        "the column waits for the pick"
    );
    click(&page, ".list-actions [data-widget-code=\"cards\"]").await;
    wait_recorded(&page, "leads.selected", "leads.selected").await;
    let ev = events(&page).await;
    let sel = ev.iter().find(|e| e["cb"] == "leads.selected").unwrap();
    assert_eq!(sel["area"], "llist");
    assert_eq!(sel["list_selected"]["count_selected"], 2);
    let got: Vec<String> = sel["list_selected"]["selected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].to_string())
        .collect();
    assert_eq!(got, ids);
    assert_eq!(sel["list_selected"]["selected"][0]["type"], "lead");
    assert!(sel["list_selected"]["selected"][0]["phones"]
        .as_array()
        .is_some_and(|p| !p.is_empty()));
    wait_for(&page, "document.querySelector('#widgets_block:not([hidden]) [data-widget-code=\"cards\"] .cards-selected')", "the widget's block in the list").await;
    assert_eq!(
        text(&page, "[data-widget-code=\"cards\"] .cards-selected").await,
        "2 selected"
    );
    screenshot(&page, "crm_leads_list").await;

    // Open the first ticked lead's card: the list area is left first.
    let before = events(&page).await.len();
    open_row(&page, "/leads/detail/", &ids[0]).await;
    wait_for(
        &page,
        "document.querySelector('#widgets_block [data-widget-code=\"cards\"] .cards-note')",
        "the card block",
    )
    .await;
    let ev = events(&page).await;
    assert_eq!(
        calls(&ev, before),
        pairs(&[
            ("destroy", "llist"),
            ("render", "lcard"),
            ("init", "lcard"),
            ("bind_actions", "lcard")
        ])
    );
    let render = &ev[before + 1];
    assert_eq!(render["card_id"].to_string(), ids[0]);
    assert_eq!(render["card_element_type"], 2);
    assert_eq!(render["is_card"], true);
    assert_eq!(render["widgets_area"], "leads_card");
    assert_eq!(render["system_area"], "lcard");
    let name = text(&page, ".js-card-name").await;
    assert_eq!(render["card_name"], name.as_str());
    let note = text(&page, "[data-widget-code=\"cards\"] .cards-note").await;
    assert_eq!(note, format!("Card {}: {name}", ids[0]));
    assert!(exists(&page, ".card-widgets .card-widgets__widget-cards .card-widgets__widget__caption.cards-caption img.card-widgets__widget__caption__logo").await);
    wait_recorded(&page, "card_contacts", "get_current_card_contacts_data").await;

    // add_action('phone'): a click on a phone opens its menu, whose button
    // (the widget's call_action text) calls the widget; Escape closes it.
    let phone = text(&page, ".js-card-phone").await;
    click(&page, ".js-card-phone.card-fields__reach_action").await;
    assert_eq!(
        text(&page, ".js-reach-menu .js-reach-action").await,
        "Call with the fixture"
    );
    assert_eq!(
        text(&page, ".js-reach-menu .card-fields__reach-menu__value").await,
        phone
    );
    screenshot(&page, "crm_phone_menu").await;
    press(&page, ".js-reach-action", "Escape").await;
    wait_for(
        &page,
        "!document.querySelector('.js-reach-menu')",
        "Escape closing the menu",
    )
    .await;
    assert!(
        !events(&page)
            .await
            .iter()
            .any(|e| e["cb"] == "phone_action"),
        "opening the menu calls nothing"
    );
    click(&page, ".js-card-phone.card-fields__reach_action").await;
    click(&page, ".js-reach-menu .js-reach-action").await;
    wait_recorded(&page, "phone_action", "the phone action").await;
    assert!(!exists(&page, ".js-reach-menu").await, "the menu closes");
    let ev = events(&page).await;
    let action = ev.iter().find(|e| e["cb"] == "phone_action").unwrap();
    assert_eq!(action["data"]["value"], phone.as_str());
    assert_eq!(action["data"]["element_id"].to_string(), ids[0]);

    // The caption collapses the block.
    click(
        &page,
        "[data-widget-code=\"cards\"] .card-widgets__widget__caption",
    )
    .await;
    assert!(exists(&page, ".card-widgets__widget_collapsed").await);
    click(
        &page,
        "[data-widget-code=\"cards\"] .card-widgets__widget__caption",
    )
    .await;
    screenshot(&page, "crm_lead_card").await;

    // Leave for the contacts list (no clist location: nothing runs there),
    // then a contact card (ccard-0: initialised without a block).
    let before = events(&page).await.len();
    menu_to(&page, "/contacts/list/").await;
    let contact = open_first_row(&page, "/contacts/detail/").await;
    let ev = events(&page).await;
    assert_eq!(
        calls(&ev, before),
        pairs(&[
            ("destroy", "lcard"),
            ("render", "ccard"),
            ("init", "ccard"),
            ("bind_actions", "ccard")
        ])
    );
    assert_eq!(
        ev.iter().rev().find(|e| e["cb"] == "render").unwrap()["card_id"].to_string(),
        contact
    );
    assert!(
        !exists(&page, "#widgets_block [data-widget-code]").await,
        "ccard-0 has no block"
    );
    wait_for(&page, "document.querySelector('.amo-emu-toasts').textContent.includes('render_template: the widget has no right-column block')", "the no-column notice").await;
    screenshot(&page, "crm_contact_card").await;

    // The back button returns to the contacts list through the SPA.
    page.evaluate("history.back()").await.unwrap();
    wait_page(&page, "/contacts/list/").await;
    assert_eq!(events(&page).await.last().unwrap()["cb"], "destroy");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn new_lead_card_has_id_zero() {
    let Some((browser, _server, page)) = crm_session(
        "crm_new_lead",
        "tests/fixtures/cards",
        "cards",
        "/leads/list/",
    )
    .await
    else {
        return;
    };
    click(&page, "a[href=\"/leads/detail/0\"]").await;
    wait_page(&page, "/leads/detail/0").await;
    let ev = events(&page).await;
    let render = ev.iter().rev().find(|e| e["cb"] == "render").unwrap();
    assert_eq!(
        (render["card_id"].as_u64(), render["area"].as_str()),
        (Some(0), Some("lcard"))
    );
    assert!(exists(&page, "#card_fields input[name=\"lead[NAME]\"]").await);
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everywhere_widget_runs_on_lists_and_cards_without_a_block() {
    let Some((browser, _server, page)) = crm_session(
        "crm_everywhere",
        "tests/fixtures/cards-everywhere",
        "cards_everywhere",
        "/todo/list/",
    )
    .await
    else {
        return;
    };
    menu_to(&page, "/leads/list/").await;
    open_first_row(&page, "/leads/detail/").await;
    let ev = events(&page).await;
    let renders: Vec<(String, String)> = calls(&ev, 0)
        .into_iter()
        .filter(|(cb, _)| cb == "render" || cb == "destroy")
        .collect();
    assert_eq!(
        renders,
        pairs(&[
            ("render", "tlist"),
            ("destroy", "tlist"),
            ("render", "llist"),
            ("destroy", "llist"),
            ("render", "lcard")
        ])
    );
    assert!(
        !exists(&page, "#widgets_block [data-widget-code]").await,
        "everywhere has no column"
    );
    // The action menu offers only widgets with a list location.
    menu_to(&page, "/leads/list/").await;
    click(&page, "#list_table .js-item-checkbox").await;
    wait_action_menu(&page).await;
    assert!(!exists(&page, ".list-actions [data-widget-code]").await);
    assert!(text(&page, ".list-actions__none")
        .await
        .contains("no \"llist\" location"));

    // The other lists and a company card, through the left menu and tabs.
    menu_to(&page, "/todo/list/").await;
    screenshot(&page, "crm_tasks_list").await;
    menu_to(&page, "/contacts/list/").await;
    screenshot(&page, "crm_contacts_list").await;
    // add_action('phone') on the list: a phone's menu calls the widget
    // with the row's contact.
    let (row_id, phone): (u64, String) = eval(
        &page,
        "(() => { const p = document.querySelector('#list_table .js-list-phone'); return [Number(p.closest('.js-list-row').dataset.id), p.dataset.value]; })()",
    )
    .await;
    click(
        &page,
        "#list_table .js-list-phone.card-fields__reach_action",
    )
    .await;
    assert_eq!(
        text(&page, ".js-reach-menu .js-reach-action").await,
        "Call with the fixture"
    );
    click(&page, ".js-reach-menu .js-reach-action").await;
    wait_recorded(&page, "phone_action", "the list's phone action").await;
    let ev = events(&page).await;
    let action = &ev.iter().rev().find(|e| e["cb"] == "phone_action").unwrap()["data"];
    assert_eq!(action["value"], phone.as_str());
    assert_eq!(action["element_id"], row_id);
    assert_eq!(action["element_type"], 1);
    assert_eq!(action["contact_id"], row_id);
    click(&page, ".list-tabs a[href=\"/companies/list/\"]").await;
    wait_page(&page, "/companies/list/").await;
    let company = open_first_row(&page, "/companies/detail/").await;
    let ev = events(&page).await;
    let last = ev.iter().rev().find(|e| e["cb"] == "render").unwrap();
    assert_eq!(
        (last["area"].as_str(), last["widgets_area"].as_str()),
        (Some("comcard"), Some("companies_card"))
    );
    assert_eq!(last["card_id"].to_string(), company);
    assert_eq!(last["card_element_type"], 3);
    screenshot(&page, "crm_company_card").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn init_once_widget_is_built_once_and_hears_page_changed() {
    let Some((browser, _server, page)) = crm_session(
        "crm_init_once",
        "tests/fixtures/cards-init-once",
        "cards_init_once",
        "/leads/list/",
    )
    .await
    else {
        return;
    };
    let lead = open_first_row(&page, "/leads/detail/").await;
    menu_to(&page, "/todo/list/").await;
    let ev = events(&page).await;
    assert_eq!(
        calls(&ev, 0),
        pairs(&[
            ("render", "llist"),
            ("init", "llist"),
            ("bind_actions", "llist"),
            ("page:changed", "lcard"),
            ("page:changed", "tlist"),
        ])
    );
    assert!(
        ev.iter()
            .filter(|e| e["object"].is_number())
            .all(|e| e["object"] == 1),
        "one object: {ev:?}"
    );
    let changed = ev.iter().find(|e| e["cb"] == "page:changed").unwrap();
    assert_eq!(changed["card_id"].to_string(), lead);
    browser.close().await;
}

#[test]
fn unknown_card_says_so_and_lists_redirect_to_their_slash() {
    let server = installed("tests/fixtures/cards", "cards");
    off_runtime(|| {
        let client = server.http();
        let res = client.get(server.url("/leads/detail/1")).send().unwrap();
        assert_eq!(res.status().as_u16(), 404);
        assert!(res.text().unwrap().contains("No lead with id 1"));
        let res = client.get(server.url("/todo/list")).send().unwrap();
        assert_eq!(res.status().as_u16(), 302);
        assert_eq!(res.headers()["location"], "/todo/list/");
    });
}

/// Appends `text` to a file of the served widget, as an editor save would.
fn append(path: &std::path::Path, text: &str) {
    let mut s = std::fs::read_to_string(path).unwrap();
    s.push_str(text);
    std::fs::write(path, s).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hot_reload_redraws_the_list_and_the_card_with_the_new_code() {
    let Some((browser, server, page)) = crm_session(
        "crm_hot_reload",
        "tests/fixtures/cards",
        "cards",
        "/leads/list/",
    )
    .await
    else {
        return;
    };
    let ids: Vec<String> = eval(&page, "[...document.querySelectorAll('#list_table tr.list-row[data-id]')].slice(2, 4).map(r => r.dataset.id)").await;
    for id in &ids {
        click(&page, &format!("tr[data-id=\"{id}\"] input[type=checkbox]")).await;
    }
    let before = events(&page).await.len();
    let script = server.widget_dir.join("script.js");
    append(&script, "\nwindow.__cards_version = 'v2';\n");
    wait_for(&page, "document.documentElement.dataset.amoEmuSwaps === '1' && document.documentElement.dataset.amoEmuReady === 'crm'", "the swap on the list").await;
    assert_eq!(
        eval::<String>(&page, "window.__cards_version || ''").await,
        "v2"
    );
    let ev = events(&page).await;
    assert_eq!(
        calls(&ev, before),
        pairs(&[
            ("destroy", "llist"),
            ("render", "llist"),
            ("init", "llist"),
            ("bind_actions", "llist")
        ])
    );
    let ticked: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('#list_table .js-item-checkbox:checked')].map(b => b.value)",
    )
    .await;
    assert_eq!(ticked, ids, "the same rows stay ticked");
    assert_eq!(text(&page, ".js-selected-count").await, "2");

    // On a card: the block is drawn again by the new code, the card stays.
    let card_path = format!("/leads/detail/{}", ids[0]);
    open_row(&page, "/leads/detail/", &ids[0]).await;
    let s = std::fs::read_to_string(&script)
        .unwrap()
        .replace("Card {{ id }}", "Lead {{ id }}");
    std::fs::write(&script, s).unwrap();
    wait_for(&page, "document.documentElement.dataset.amoEmuSwaps === '2' && document.documentElement.dataset.amoEmuReady === 'crm'", "the swap on the card").await;
    assert_eq!(eval::<String>(&page, "location.pathname").await, card_path);
    let note = text(&page, "[data-widget-code=\"cards\"] .cards-note").await;
    assert!(note.starts_with(&format!("Lead {}:", ids[0])), "{note}");
    assert_eq!(
        eval::<i64>(
            &page,
            "document.querySelectorAll('#widgets_block [data-widget-code]').length"
        )
        .await,
        1
    );
    browser.close().await;
}

/// The record id in the page's URL (`/leads/detail/<id>`).
async fn current_url_id(page: &Page) -> String {
    common::browser::eval(page, "location.pathname.split('/').filter(Boolean).pop()").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sample_widget_draws_its_note_in_the_lead_card() {
    let Some((browser, server)) = session("crm_sample_card", "sample-widget").await else {
        return;
    };
    off_runtime(|| {
        let res = server
            .http()
            .post(server.url("/api/v4/widgets/sample_widget"))
            .header("Content-Type", "application/json")
            .body(r#"{"api_key": "k-123"}"#)
            .send()
            .unwrap();
        assert!(res.status().is_success(), "install: {}", res.status());
    });
    let page = browser.open(&server.url("/settings/")).await;
    menu_to(&page, "/leads/list/").await;
    open_first_row(&page, "/leads/detail/").await;
    wait_for(
        &page,
        "document.querySelector('[data-widget-code=\"sample_widget\"] .sample-widget__card-note')",
        "the sample's card note",
    )
    .await;
    let name = text(&page, ".js-card-name").await;
    assert_eq!(text(&page, ".sample-widget__card-title").await, name);
    assert!(text(&page, ".sample-widget__card-note")
        .await
        .contains("Budget: 45000"));
    // The page's own card constants are not the widget writing APP's, and
    // the sample breaks no platform rule here (only the clock-dependent
    // slow-callback rule could fire on a loaded machine).
    let violations: Vec<String> = common::browser::eval(
        &page,
        "[...document.querySelectorAll('[data-amo-emu-inspector] [data-kind=violation]')].map(e => e.textContent).filter(t => !t.includes('slow callback'))",
    )
    .await;
    assert!(violations.is_empty(), "{violations:?}");
    let card_id: u64 = common::browser::eval(&page, "APP.constant('card_id')").await;
    assert_eq!(card_id.to_string(), current_url_id(&page).await);
    screenshot(&page, "crm_sample_lead_card").await;
    browser.close().await;
}

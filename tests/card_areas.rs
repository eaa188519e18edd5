//! The card areas real widgets use and amo-emu once left empty, each
//! checked in headless Chromium with the `card-areas` fixture as a widget
//! uses it: `APP.data.current_entity`, `is_card` and `card_page` on a card
//! and a list, the feed's action bar and contenteditable composer (a
//! button the widget adds there writes a template that becomes a note),
//! the card's Save button class, the legacy `logo.png` on the marketplace
//! tile, and a declared location amo-emu does not run (`cucard`) named in
//! the terminal, by `check` and by the page `/customers/list/`.

mod common;

use std::process::Command;

use chromiumoxide::Page;
use common::browser::{click, eval, events, screenshot, text, wait_for, TestBrowser};
use common::TestServer;
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/card-areas";

fn installed() -> TestServer {
    TestServer::start_prepared(FIXTURE, &[], |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        std::fs::write(
            dir.join(".amo-emu/state.json"),
            r#"{"schema":1,"widgets":{"card_areas":{"installed":true,"settings":{},"updated_at":1}}}"#,
        )
        .unwrap();
    })
}

async fn open_ready(browser: &TestBrowser, server: &TestServer, path: &str) -> Page {
    let page = browser.open(&server.url(path)).await;
    wait_for(
        &page,
        &format!("document.documentElement.dataset.amoEmuReady === 'crm' && location.pathname === {path:?}"),
        path,
    )
    .await;
    page
}

async fn render_entry(page: &Page) -> Value {
    events(page)
        .await
        .into_iter()
        .rev()
        .find(|e| e["cb"] == "render")
        .expect("the widget's render ran")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_gives_the_globals_and_the_dom_real_widgets_use() {
    let Some(browser) = TestBrowser::launch("card_areas_card").await else {
        return;
    };
    let server = installed();
    let id = server.first_lead_id();
    let page = open_ready(&browser, &server, &format!("/leads/detail/{id}")).await;
    let found = render_entry(&page).await;
    assert_eq!(found["area"], "lcard", "{found}");
    assert_eq!(found["current_entity"], "leads", "{found}");
    assert_eq!(found["is_card"], true, "{found}");
    assert_eq!(
        found["card_page_el"], true,
        "card_page.el is the card: {found}"
    );
    assert_eq!(
        found["card_page_notes"], true,
        "card_page.notes.el is the feed: {found}"
    );
    assert_eq!(found["actions_inner"], 1, "{found}");
    assert_eq!(found["contenteditable"], 1, "{found}");
    assert_eq!(
        found["save_button"], 1,
        "the card's Save is .js-button-with-loader: {found}"
    );

    // The widget's button in the feed's action bar writes a template into
    // the composer; Add note makes it a note, as on amoCRM.
    click(&page, ".feed-amojo__actions-inner .card-areas-template").await;
    assert_eq!(
        text(&page, ".control-contenteditable__area").await,
        "Hello from the template"
    );
    click(&page, ".js-note-add").await;
    wait_for(
        &page,
        "[...document.querySelectorAll('.feed-note__text')].some(n => n.textContent === 'Hello from the template')",
        "the template as a note",
    )
    .await;
    let composer: String = eval(
        &page,
        "document.querySelector('.control-contenteditable__area').textContent",
    )
    .await;
    assert_eq!(composer, "", "the composer is emptied");
    assert!(
        eval::<bool>(
            &page,
            "!!document.querySelector('.feed-amojo__actions-inner .card-areas-template')"
        )
        .await,
        "the widget's button in the action bar outlives the feed's redraw"
    );
    screenshot(&page, "card-areas-card").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_says_its_entity_and_that_it_is_no_card() {
    let Some(browser) = TestBrowser::launch("card_areas_list").await else {
        return;
    };
    let server = installed();
    let page = open_ready(&browser, &server, "/leads/list/").await;
    let found = render_entry(&page).await;
    assert_eq!(found["area"], "llist", "{found}");
    assert_eq!(found["current_entity"], "leads", "{found}");
    assert_eq!(found["is_card"], false, "{found}");
    assert_eq!(found["card_page_el"], false, "{found}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_widget_with_only_the_legacy_logo_shows_it_on_its_tile() {
    let Some(browser) = TestBrowser::launch("card_areas_logo").await else {
        return;
    };
    let server = installed();
    let page = browser.open(&server.url("/settings/widgets/")).await;
    let tile = "[data-widget-code=\"card_areas\"] img";
    wait_for(
        &page,
        &format!("(() => {{ const i = document.querySelector('{tile}'); return i && i.complete && i.naturalWidth > 0; }})()"),
        "the tile's logo, loaded",
    )
    .await;
    let src: String = eval(
        &page,
        &format!("document.querySelector('{tile}').getAttribute('src')"),
    )
    .await;
    assert!(src.ends_with("/images/logo.png"), "{src}");
    browser.close().await;
}

#[test]
fn a_location_amo_emu_does_not_run_is_named_by_serve_check_and_its_page() {
    let server = installed();
    server.wait_stderr("not run here: location cucard: customers are not emulated");

    let res = server
        .http()
        .get(server.url("/customers/list/"))
        .header("Accept", "text/html")
        .send()
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let body = res.text().unwrap();
    assert!(body.contains("Customers: not emulated"), "{body}");
    server.wait_stderr("[not-emulated] GET /customers/list/");

    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["check", FIXTURE])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "note: amo-emu serve does not run location cucard: customers are not emulated"
        ),
        "{err}"
    );
    // The upload would still be refused for the missing newer logos.
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(
        report.contains("error[E004]: images/logo_main.png is missing"),
        "{report}"
    );
}

//! The widget's own left-menu section (`left_menu` + `widget_page`,
//! docs/left-menu-card-sdk.md §1), clicked through in headless Chromium:
//! after install the left menu shows the widget's items with their titles
//! and icon where `sort.after` puts them, the hidden section is gone, and
//! each item, sub-item, Stats and Settings sub-item opens a page that runs
//! `render` → `init` → `bind_actions` → `initMenuPage({location, item_code,
//! subitem_code})`, with `#work-area-<code>` to draw in, and `destroy` on
//! leaving. The fixture is tests/fixtures/menu-sdk. The pages that do not
//! exist are checked over plain HTTP.

mod common;

use chromiumoxide::Page;
use common::browser::{click, eval, exists, screenshot, text, wait_for, TestBrowser};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const CODE: &str = "menu_sdk";
const FIXTURE: &str = "tests/fixtures/menu-sdk";

fn get(server: &TestServer, path: &str) -> (u16, String) {
    off_runtime(|| {
        let res = server.http().get(server.url(path)).send().unwrap();
        (res.status().as_u16(), res.text().unwrap())
    })
}

/// Waits for a left-menu page at `path` whose callbacks have all run.
async fn wait_menu_page(page: &Page, path: &str) {
    wait_for(
        page,
        &format!("document.documentElement.dataset.amoEmuReady === 'widget-page' && location.pathname === {path:?}"),
        path,
    )
    .await;
}

/// Everything the fixture recorded in this tab, across page loads.
async fn session_events(page: &Page) -> Vec<Value> {
    eval(
        page,
        "JSON.parse(sessionStorage.getItem('amo_emu_events') || '[]')",
    )
    .await
}

/// The callbacks recorded from `from` on, but the constructor.
fn names(events: &[Value], from: usize) -> Vec<String> {
    events[from..]
        .iter()
        .filter_map(|e| e["cb"].as_str())
        .filter(|cb| *cb != "constructor")
        .map(str::to_owned)
        .collect()
}

/// The last `initMenuPage` recorded.
fn last_menu_call(events: &[Value]) -> Value {
    events
        .iter()
        .rev()
        .find(|e| e["cb"] == "initMenuPage")
        .cloned()
        .expect("initMenuPage was called")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn left_menu_items_open_pages_drawn_by_init_menu_page() {
    let Some(browser) = TestBrowser::launch("left_menu_pages").await else {
        return;
    };
    let server = TestServer::start(FIXTURE);

    // Not installed: amo-emu's own menu, and the widget's page explains.
    let page = browser.open(&server.url("/leads/list/")).await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'crm'",
        "the leads list",
    )
    .await;
    assert!(!exists(&page, "[data-left-menu-widget]").await);
    assert!(exists(&page, "#left_menu [data-menu=\"dashboard\"]").await);
    let (status, body) = get(&server, &format!("/widget_page/{CODE}/catalog/overview"));
    assert_eq!(status, 404);
    assert!(body.contains("Install Fixture: menu-sdk first"), "{body}");

    server.install(CODE, json!({}));
    page.reload().await.unwrap();
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'crm'",
        "the leads list again",
    )
    .await;

    // The items: title, icon, place (`sort.after: leads`; no sort: the end).
    let menu: Value = eval(
        &page,
        &format!(
            "(() => {{
                const items = [...document.querySelectorAll('#left_menu .nav__menu__item')];
                const catalog = document.querySelector('[data-left-menu-widget=\"{CODE}\"][data-left-menu-item=\"catalog\"]');
                const img = catalog.querySelector('img');
                return {{
                    keys: items.map(a => a.dataset.menu),
                    title: catalog.querySelector('.nav__menu__item__title').textContent,
                    icon: img.getAttribute('src'),
                    icon_loaded: img.complete && img.naturalWidth > 0,
                    href: catalog.getAttribute('href'),
                }};
            }})()"
        ),
    )
    .await;
    assert_eq!(
        menu["keys"],
        json!([
            "leads",
            format!("widget:{CODE}:catalog"),
            "contacts",
            "todo",
            "pipeline",
            "stats",
            "settings",
            format!("widget:{CODE}:notes")
        ]),
        "dashboard is hidden by the widget; {menu}"
    );
    assert_eq!(menu["title"], "Catalog");
    assert!(menu["icon"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/upl/{CODE}/widget/images/menu.svg")));
    assert_eq!(menu["icon_loaded"], true, "{menu}");
    screenshot(&page, "left-menu-widget-items").await;

    // The item opens its first sub-item (by `sort`), drawn by initMenuPage.
    click(
        &page,
        &format!("[data-left-menu-widget=\"{CODE}\"][data-left-menu-item=\"catalog\"]"),
    )
    .await;
    wait_menu_page(&page, &format!("/widget_page/{CODE}/catalog/overview")).await;
    assert_eq!(
        text(&page, "#menu-sdk-page").await,
        "widget_page/catalog/overview"
    );
    let subs: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('[data-left-menu-submenu] [data-left-menu-subitem]')].map(a => a.textContent.trim())",
    )
    .await;
    assert_eq!(subs, ["Overview", "Price list"]);
    assert!(
        exists(
            &page,
            "#left_menu .nav__menu__item_selected[data-left-menu-item=\"catalog\"]"
        )
        .await
    );
    assert!(
        exists(
            &page,
            ".settings-menu__item_selected[data-left-menu-subitem=\"overview\"]"
        )
        .await
    );
    let ev = session_events(&page).await;
    assert_eq!(
        names(&ev, 0),
        ["render", "init", "bind_actions", "initMenuPage"]
    );
    let call = last_menu_call(&ev);
    assert_eq!(
        call["params"],
        json!({"location": "widget_page", "item_code": "catalog", "subitem_code": "overview"})
    );
    assert_eq!(
        (call["args"].clone(), call["work_area"].clone()),
        (json!(1), json!(1))
    );
    assert_eq!(call["area"], "widget_page");
    screenshot(&page, "left-menu-page-overview").await;

    // A sub-item: the old page destroyed, the new one drawn.
    let before = ev.len();
    click(
        &page,
        "[data-left-menu-submenu] [data-left-menu-subitem=\"list\"]",
    )
    .await;
    wait_menu_page(&page, &format!("/widget_page/{CODE}/catalog/list")).await;
    assert_eq!(
        text(&page, "#menu-sdk-page").await,
        "widget_page/catalog/list"
    );
    let ev = session_events(&page).await;
    assert_eq!(
        names(&ev, before),
        ["destroy", "render", "init", "bind_actions", "initMenuPage"]
    );
    assert_eq!(last_menu_call(&ev)["params"]["subitem_code"], "list");
    assert_eq!(
        text(&page, ".content__top__title").await,
        "Catalog · Price list"
    );

    // An item without a submenu: no subitem_code.
    click(&page, "[data-left-menu-item=\"notes\"]").await;
    wait_menu_page(&page, &format!("/widget_page/{CODE}/notes")).await;
    let call = last_menu_call(&session_events(&page).await);
    assert_eq!(
        call["params"],
        json!({"location": "widget_page", "item_code": "notes"})
    );
    assert!(!exists(&page, "[data-left-menu-submenu]").await);

    // Stats: the widget's sub-item, without item_code.
    click(&page, "#left_menu [data-menu=\"stats\"]").await;
    wait_menu_page(&page, &format!("/widget_page/{CODE}/stats/report")).await;
    let call = last_menu_call(&session_events(&page).await);
    assert_eq!(
        call["params"],
        json!({"location": "stats", "subitem_code": "report"})
    );
    assert!(
        exists(
            &page,
            "#left_menu .nav__menu__item_selected[data-menu=\"stats\"]"
        )
        .await
    );
    assert_eq!(text(&page, "#menu-sdk-page").await, "stats/-/report");

    // Settings: its sub-menu lists the widget's sub-item.
    click(&page, "#left_menu a[href=\"/settings/\"]").await;
    wait_for(&page, "location.pathname === '/settings/'", "Settings").await;
    click(&page, ".settings-menu [data-left-menu-subitem=\"prefs\"]").await;
    wait_menu_page(&page, &format!("/widget_page/{CODE}/settings/prefs")).await;
    let call = last_menu_call(&session_events(&page).await);
    assert_eq!(
        call["params"],
        json!({"location": "settings", "subitem_code": "prefs"})
    );
    assert!(
        exists(
            &page,
            ".settings-menu__item_selected[data-left-menu-subitem=\"prefs\"]"
        )
        .await
    );
    screenshot(&page, "left-menu-settings-subitem").await;

    // Pages the block does not have: 404 with the reason, no widget code.
    for (path, says) in [
        (format!("/widget_page/{CODE}/nope"), "has no item"),
        (
            format!("/widget_page/{CODE}/catalog/nope"),
            "has no sub-item",
        ),
        (format!("/widget_page/{CODE}/stats"), "system section"),
        ("/widget_page/other/catalog".to_owned(), "serves one widget"),
    ] {
        let (status, body) = get(&server, &path);
        assert_eq!(status, 404, "{path}");
        assert!(body.contains(says), "{path}: {body}");
        assert!(
            !body.contains("pages/widget-page.js"),
            "{path} runs no widget code"
        );
    }
    browser.close().await;
}

//! The Settings menu and a widget's own page under it (docs/platform.md §9), clicked
//! through in headless Chromium: the item appears only after install, with
//! the translated `advanced.title` and the widget's name; the page runs
//! `render` → `init` → `bind_actions` → `advancedSettings()` in the right
//! areas and `destroy` on leaving; a throwing `advancedSettings` is named on
//! the page. The raw-key cases are checked over plain HTTP.

mod common;

use common::browser::{
    click, eval, exists, screenshot, session, text, type_into, wait_for, wait_marketplace,
    TestBrowser,
};
use common::fixture::copy_dir;
use common::{off_runtime, repo, TestServer};
use serde_json::{json, Value};

const RECORDER_ITEM: &str = ".settings-menu a[href=\"/settings/widgets/recorder/\"]";
const INTEGRATIONS_ITEM: &str = ".settings-menu a[href=\"/settings/widgets/\"]";

/// `GET path` as (status, body).
fn get(server: &TestServer, path: &str) -> (u16, String) {
    off_runtime(|| {
        let res = server.http().get(server.url(path)).send().unwrap();
        (res.status().as_u16(), res.text().unwrap())
    })
}

/// A private copy of `fixture`, changed by `edit`, to serve with
/// [`TestServer::start`] (which accepts an absolute path).
fn edited_copy(fixture: &str, edit: impl FnOnce(&std::path::Path)) -> (tempfile::TempDir, String) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp
        .path()
        .join(std::path::Path::new(fixture).file_name().unwrap());
    copy_dir(&repo().join(fixture), &dir);
    edit(&dir);
    let path = dir.to_str().unwrap().to_owned();
    (tmp, path)
}

fn edit_json(path: &std::path::Path, change: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    change(&mut v);
    std::fs::write(path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

/// Clicks the left menu's Settings and waits for `/settings/`.
async fn open_settings_from_left_menu(page: &chromiumoxide::Page) {
    click(page, "#left_menu a.nav__menu__item[href=\"/settings/\"]").await;
    wait_for(
        page,
        "location.pathname === '/settings/' && document.querySelector('.settings-overview')",
        "the Settings page",
    )
    .await;
}

/// Clicks widget `code`'s item in the settings menu (the page must show
/// the menu) and waits for the widget's own page.
async fn open_widget_page(page: &chromiumoxide::Page, code: &str) {
    click(
        page,
        &format!(".settings-menu a[href=\"/settings/widgets/{code}/\"]"),
    )
    .await;
    wait_for(
        page,
        "document.documentElement.dataset.amoEmuReady === 'advanced-settings'",
        "the widget's page",
    )
    .await;
}

/// The item's title, the widget name, and whether the name is a separate
/// element after and to the right of the title.
async fn menu_item(page: &chromiumoxide::Page, selector: &str) -> Value {
    let sel = serde_json::to_string(selector).unwrap();
    eval(
        page,
        &format!(
            "(() => {{
                const a = document.querySelector({sel});
                const t = a.querySelector('.settings-menu__item__title');
                const n = a.querySelector('.settings-menu__item__widget');
                const items = [...document.querySelectorAll('.settings-menu__entry')];
                return {{
                    title: t.textContent.trim(),
                    name: n.textContent.trim(),
                    name_after_title: !!(t.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING),
                    name_right_of_title: n.getBoundingClientRect().left >= t.getBoundingClientRect().right,
                    after_standard: items.indexOf(a.closest('.settings-menu__entry'))
                        > items.findIndex(li => li.textContent.includes('Integrations')),
                }};
            }})()"
        ),
    )
    .await
}

async fn session_events(page: &chromiumoxide::Page) -> Vec<Value> {
    eval(
        page,
        "JSON.parse(sessionStorage.getItem('amo_emu_events') || '[]')",
    )
    .await
}

fn lifecycle(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| e["cb"].as_str())
        .filter(|cb| !matches!(*cb, "constructor" | "api"))
        .map(str::to_owned)
        .collect()
}

#[tokio::test]
async fn advanced_page_appears_after_install_runs_its_callbacks_and_destroys_on_leave() {
    let Some((browser, server)) =
        session("advanced_page_lifecycle", "tests/fixtures/recorder").await
    else {
        return;
    };

    // Before install: a direct visit explains and runs no widget code.
    let page = browser
        .open(&server.url("/settings/widgets/recorder/"))
        .await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-unavailable')",
        "the not-installed explanation",
    )
    .await;
    let said = text(&page, ".amo-emu-unavailable").await;
    assert!(said.contains("Install Fixture: recorder first"), "{said}");
    assert!(exists(&page, ".amo-emu-unavailable a[href=\"/settings/widgets/\"]").await);
    assert!(!exists(&page, "#list_page_holder").await);
    let loaded: bool = eval(&page, "!!window.requirejs || !!window.__amo_emu_events").await;
    assert!(!loaded, "no widget code runs on a page that does not exist");
    screenshot(&page, "advanced-settings-not-installed").await;

    // The Settings menu has the standard sections and no item for the widget.
    open_settings_from_left_menu(&page).await;
    let sections = text(&page, ".settings-menu").await;
    for s in [
        "General settings",
        "Users",
        "Communication tools",
        "Integrations",
    ] {
        assert!(sections.contains(s), "{s} in {sections}");
    }
    assert!(
        !exists(&page, RECORDER_ITEM).await,
        "no item before install"
    );
    screenshot(&page, "settings-menu-before-install").await;

    // Install through the UI, from the sub-menu's Integrations.
    click(&page, INTEGRATIONS_ITEM).await;
    wait_marketplace(&page).await;
    assert!(
        exists(
            &page,
            ".settings-menu .settings-menu__item_selected[href=\"/settings/widgets/\"]"
        )
        .await,
        "Integrations is the selected section"
    );
    click(&page, ".widget-card[data-widget-code=\"recorder\"]").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder[data-amo-emu-ready]')",
        "the settings modal",
    )
    .await;
    type_into(&page, "input[name=\"login\"]", "anna").await;
    click(&page, ".modal.recorder .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder .js-widget-uninstall')",
        "installed",
    )
    .await;
    wait_for(
        &page,
        &format!("document.querySelector({RECORDER_ITEM:?})"),
        "the new item in the Integrations page's menu",
    )
    .await;
    click(&page, ".modal.recorder .modal-body__close").await;
    wait_for(
        &page,
        "!document.querySelector('.modal.recorder')",
        "the modal closed",
    )
    .await;

    // Now the menu lists the widget's page after the standard sections.
    open_settings_from_left_menu(&page).await;
    let item = menu_item(&page, RECORDER_ITEM).await;
    assert_eq!(item["title"], json!("Recorder page"));
    assert_eq!(item["name"], json!("Fixture: recorder"));
    assert_eq!(item["name_after_title"], json!(true), "{item}");
    assert_eq!(item["name_right_of_title"], json!(true), "{item}");
    assert_eq!(item["after_standard"], json!(true), "{item}");
    screenshot(&page, "settings-menu-installed").await;

    // Open it: the callbacks run in order, in the advanced-settings areas.
    let _: bool = eval(
        &page,
        "(() => { sessionStorage.clear(); window.__amo_emu_events = []; return true; })()",
    )
    .await;
    click(&page, RECORDER_ITEM).await;
    wait_for(
        &page,
        "location.pathname === '/settings/widgets/recorder/' && document.documentElement.dataset.amoEmuReady === 'advanced-settings'",
        "the widget's page",
    )
    .await;
    let evs = session_events(&page).await;
    assert_eq!(evs[0]["cb"], json!("constructor"), "{evs:#?}");
    assert_eq!(
        lifecycle(&evs),
        ["render", "init", "bind_actions", "advancedSettings"],
        "{evs:#?}"
    );
    for e in evs.iter().filter(|e| e["cb"] != "api") {
        assert_eq!(e["area"], json!("advanced_settings"), "{e}");
    }
    let adv = evs.iter().find(|e| e["cb"] == "advancedSettings").unwrap();
    assert_eq!(
        adv["args"],
        json!(0),
        "advancedSettings() takes no arguments"
    );
    assert_eq!(adv["work_area"], json!(1));
    assert_eq!(adv["list_page_holder"], json!(1));
    assert_eq!(adv["widgets_area"], json!("advanced-settings:recorder"));
    assert_eq!(adv["system_area"], json!("advanced-settings"));

    // The containers, and the widget's HTML inside them.
    assert!(
        exists(
            &page,
            "#page_holder > #list_page_holder #work-area-recorder > #recorder-advanced"
        )
        .await
    );
    assert!(exists(&page, "#page_holder .content__top__preset").await);
    let top_hidden: bool = eval(
        &page,
        "getComputedStyle(document.querySelector('#list_page_holder .list__body-right__top')).display === 'none'",
    )
    .await;
    assert!(
        top_hidden,
        ".list__body-right__top is hidden until a widget shows it"
    );
    assert_eq!(text(&page, ".content__top__title").await, "Recorder page");
    assert!(
        exists(
            &page,
            &format!("{RECORDER_ITEM}.settings-menu__item_selected")
        )
        .await
    );

    // get_settings() reflects what is stored.
    let settings: Value = eval(
        &page,
        "(() => { const s = APP.widgets.list.recorder.get_settings(); return {login: s.login, status: s.status, active: s.active}; })()",
    )
    .await;
    assert_eq!(
        settings,
        json!({"login": "anna", "status": "installed", "active": "Y"})
    );
    screenshot(&page, "advanced-settings-recorder").await;

    // Leave through the menu: destroy runs before the next page loads.
    click(&page, INTEGRATIONS_ITEM).await;
    wait_for(
        &page,
        "location.pathname === '/settings/widgets/' && document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the marketplace after leaving",
    )
    .await;
    let evs = session_events(&page).await;
    assert_eq!(
        lifecycle(&evs),
        [
            "render",
            "init",
            "bind_actions",
            "advancedSettings",
            "destroy"
        ],
        "{evs:#?}"
    );
    assert_eq!(evs.last().unwrap()["area"], json!("advanced_settings"));

    // Disable: the item goes away again.
    click(&page, ".widget-card[data-widget-code=\"recorder\"]").await;
    click(&page, ".modal.recorder .js-widget-uninstall").await;
    wait_for(
        &page,
        &format!("!document.querySelector({RECORDER_ITEM:?})"),
        "the item gone after Disable",
    )
    .await;
    let (_, body) = get(&server, "/settings/");
    assert!(!body.contains("href=\"/settings/widgets/recorder/\""));
    browser.close().await;
}

#[tokio::test]
async fn menu_title_follows_the_locale() {
    let Some(browser) = TestBrowser::launch("menu_title_follows_the_locale").await else {
        return;
    };
    let en = TestServer::start("tests/fixtures/recorder");
    let ru = TestServer::start_with("tests/fixtures/recorder", &["--locale", "ru"]);
    for server in [&en, &ru] {
        server.install("recorder", json!({"login": "anna"}));
    }

    let page = browser.open(&en.url("/settings/")).await;
    wait_for(
        &page,
        "document.querySelector('.settings-menu')",
        "the menu",
    )
    .await;
    let item = menu_item(&page, RECORDER_ITEM).await;
    assert_eq!(
        (item["title"].clone(), item["name"].clone()),
        (json!("Recorder page"), json!("Fixture: recorder"))
    );

    let page = browser.open(&ru.url("/settings/")).await;
    wait_for(
        &page,
        "document.querySelector('.settings-menu')",
        "the menu",
    )
    .await;
    let item = menu_item(&page, RECORDER_ITEM).await;
    assert_eq!(item["title"], json!("Страница регистратора"));
    assert_eq!(item["name"], json!("Фикстура: регистратор"));
    assert_eq!(item["name_right_of_title"], json!(true), "{item}");
    screenshot(&page, "settings-menu-ru").await;

    open_widget_page(&page, "recorder").await;
    assert_eq!(
        text(&page, ".content__top__title").await,
        "Страница регистратора"
    );
    let lang: String = eval(&page, "APP.lang_id").await;
    assert_eq!(lang, "ru");
    browser.close().await;
}

#[tokio::test]
async fn throwing_advanced_settings_is_named_on_the_page_and_the_menu_still_works() {
    let Some((browser, server)) =
        session("advanced_settings_throws", "tests/fixtures/advanced-throws").await
    else {
        return;
    };
    server.install("advanced_throws", json!({"login": "anna"}));

    let page = browser.open(&server.url("/settings/")).await;
    open_widget_page(&page, "advanced_throws").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-page-errors [data-callback=advancedSettings]')",
        "the error in the page",
    )
    .await;
    let in_page = text(
        &page,
        ".amo-emu-page-errors [data-callback=advancedSettings]",
    )
    .await;
    assert!(in_page.contains("advancedSettings"), "{in_page}");
    assert!(in_page.contains("advanced exploded"), "{in_page}");
    assert!(in_page.contains("script.js:"), "names the line: {in_page}");
    let toast = text(&page, ".amo-emu-toast[data-callback=advancedSettings]").await;
    assert!(toast.contains("advanced exploded"), "{toast}");
    let ran: Vec<String> = eval(&page, "window.__amo_emu_events.map(e => e.cb)").await;
    assert_eq!(
        ran,
        [
            "constructor",
            "render",
            "init",
            "bind_actions",
            "advancedSettings"
        ]
    );
    screenshot(&page, "advanced-settings-throws").await;

    // The menu still works, and so does the server.
    click(&page, INTEGRATIONS_ITEM).await;
    wait_marketplace(&page).await;
    assert!(exists(&page, ".widget-card[data-widget-code=\"advanced_throws\"]").await);
    browser.close().await;
}

#[tokio::test]
async fn sample_widget_advanced_page_draws_system_controls() {
    let Some((browser, server)) = session("sample_widget_advanced_page", "sample-widget").await
    else {
        return;
    };
    server.install("sample_widget", json!({"api_key": "key-1234"}));

    let page = browser.open(&server.url("/settings/")).await;
    open_widget_page(&page, "sample_widget").await;
    let holder = "#list_page_holder #work-area-sample_widget .sample-widget__advanced";
    assert!(
        exists(
            &page,
            &format!("{holder} input.text-input#sample_widget_greeting")
        )
        .await
    );
    assert!(
        exists(
            &page,
            &format!(
                "{holder} button.button-input.button-input_blue.js-sample-widget-advanced-save"
            )
        )
        .await
    );
    // style.css was linked by render(), so the page looks as designed.
    wait_for(
        &page,
        "getComputedStyle(document.querySelector('.sample-widget__advanced')).maxWidth === '640px'",
        "the widget's stylesheet",
    )
    .await;

    type_into(&page, "#sample_widget_greeting", "Hi there").await;
    click(&page, ".js-sample-widget-advanced-save").await;
    wait_for(
        &page,
        "document.querySelector('.sample-widget__advanced-status').textContent === 'Saved'",
        "the widget's saved message",
    )
    .await;
    // set_settings() stays in this browser (as in amoCRM, docs/platform.md §5.1).
    let greeting: String = eval(
        &page,
        "APP.widgets.list.sample_widget.get_settings().greeting",
    )
    .await;
    assert_eq!(greeting, "Hi there");
    assert!(server.widget_api("sample_widget")["settings"]
        .get("greeting")
        .is_none());
    screenshot(&page, "advanced-settings-sample-widget").await;
    browser.close().await;
}

#[test]
fn settings_link_redirects_and_unknown_pages_are_404() {
    let server = TestServer::start("tests/fixtures/recorder");
    let (status, _) = get(&server, "/settings");
    assert_eq!(status, 302);
    let (status, _) = get(&server, "/settings/widgets/recorder");
    assert_eq!(status, 302);
    let (status, body) = get(&server, "/settings/widgets/other/");
    assert_eq!(status, 404);
    assert!(body.contains("No widget “other” here"), "{body}");
    let (status, body) = get(&server, "/settings/widgets/recorder/");
    assert_eq!(status, 404, "not installed yet");
    assert!(body.contains("Install Fixture: recorder first"));
    server.install("recorder", json!({"login": "anna"}));
    let (status, body) = get(&server, "/settings/widgets/recorder/");
    assert_eq!(status, 200);
    assert!(body.contains("id=\"work-area-recorder\""));
    assert!(body.contains("pages/advanced-settings.js"));
}

#[test]
fn missing_advanced_block_shows_the_raw_key_with_a_warning() {
    let (_tmp, dir) = edited_copy("tests/fixtures/recorder", |dir| {
        edit_json(&dir.join("manifest.json"), |m| {
            m.as_object_mut().unwrap().remove("advanced");
        });
    });
    let server = TestServer::start(&dir);
    server.wait_stderr("without an `advanced.title`");
    server.install("recorder", json!({"login": "anna"}));
    let (status, body) = get(&server, "/settings/");
    assert_eq!(status, 200);
    assert!(
        body.contains("settings-menu__item_raw-key"),
        "the item is still there"
    );
    assert!(body.contains("</span>advanced.title</span>"), "{body}");
    assert!(
        body.contains("amo-emu-warnings") && body.contains("without an `advanced.title`"),
        "the warning is on the page"
    );
}

#[test]
fn title_key_missing_in_the_locale_shows_the_raw_key_with_a_warning() {
    let (_tmp, dir) = edited_copy("tests/fixtures/recorder", |dir| {
        edit_json(&dir.join("i18n/ru.json"), |ru| {
            ru.as_object_mut().unwrap().remove("advanced");
        });
    });
    let server = TestServer::start_with(&dir, &["--locale", "ru"]);
    let terminal = server.wait_stderr("is missing in i18n/ru.json");
    assert!(terminal.contains("\"advanced.title\""), "{terminal}");
    server.install("recorder", json!({"login": "anna"}));
    let (_, body) = get(&server, "/settings/");
    assert!(body.contains("</span>advanced.title</span>"), "{body}");
    assert!(body.contains("Фикстура: регистратор"));
    assert!(
        body.contains("i18n key &#34;advanced.title&#34; is missing in i18n/ru.json")
            || body.contains("i18n key &quot;advanced.title&quot; is missing in i18n/ru.json"),
        "the warning is on the page: {body}"
    );
}

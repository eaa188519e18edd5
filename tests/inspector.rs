//! The inspector: the docked panel on every page, the timeline of what the
//! platform did, and the rule checks — one fixture widget per broken rule
//! (tests/fixtures/rule-*), clicked through in headless Chromium; each must
//! show exactly its violation in the panel and in the terminal, and the
//! sample widget none.

mod common;

use chromiumoxide::cdp::browser_protocol::browser::{GrantPermissionsParams, PermissionType};
use chromiumoxide::cdp::browser_protocol::input::{DispatchKeyEventParams, DispatchKeyEventType};
use chromiumoxide::layout::Point;
use chromiumoxide::Page;
use common::browser::{
    click, eval, open_tile, screenshot, session, type_into, wait_for, wait_marketplace, TestBrowser,
};
use common::TestServer;
use serde_json::Value;

const PANEL: &str = "[data-amo-emu-inspector]";
const VIOLATIONS_JS: &str = "[...document.querySelectorAll('[data-amo-emu-inspector] [data-kind=violation]')].map(e => e.textContent)";

/// Opens `url`, accepting any dialog on it (a person would click OK).
async fn open_page(browser: &TestBrowser, url: &str) -> Page {
    let page = browser.open(url).await;
    common::browser::accept_dialogs(&page).await;
    wait_marketplace(&page).await;
    page
}

/// Opens the marketplace and `code`'s settings modal (dialogs accepted),
/// and waits for the widget's callbacks in it.
async fn open_modal(browser: &TestBrowser, server: &TestServer, code: &str) -> Page {
    let page = open_page(browser, &format!("{}/settings/widgets/", server.base)).await;
    open_tile(&page, code).await;
    page
}

/// Clicks a control of the panel (in its shadow root) with a real mouse event.
async fn click_panel(page: &Page, selector: &str) {
    let sel = serde_json::to_string(selector).unwrap();
    let (x, y): (f64, f64) = eval(
        page,
        &format!(
            "(() => {{ const r = document.querySelector('{PANEL}').shadowRoot.querySelector({sel}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"
        ),
    )
    .await;
    page.click(Point { x, y }).await.unwrap();
}

/// Opens the inspector panel with its shortcut, as a developer does, and
/// waits until it is open.
async fn open_panel(page: &Page) {
    press_shortcut(page).await;
    wait_for(
        page,
        &format!("document.querySelector('{PANEL}').dataset.open === 'true'"),
        "the open panel",
    )
    .await;
}

/// Alt+Shift+I as real key events (Alt = 1, Shift = 8 in CDP's modifiers).
async fn press_shortcut(page: &Page) {
    for kind in [DispatchKeyEventType::KeyDown, DispatchKeyEventType::KeyUp] {
        page.execute(
            DispatchKeyEventParams::builder()
                .r#type(kind)
                .modifiers(1 | 8)
                .code("KeyI")
                .key("I")
                .windows_virtual_key_code(73)
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    }
}

async fn violations(page: &Page) -> Vec<String> {
    eval(page, VIOLATIONS_JS).await
}

/// The name of the one rule that depends on the clock (see README: Inspector).
const TIMING_RULE: &str = "slow callback";

/// The violations that do not depend on how fast this machine is: the test
/// machine is shared by parallel browsers, so any callback (and the
/// platform's own work inside it) can take longer than the budget there.
/// `slow_render_is_reported` tests the timing rule with a wide margin.
async fn clock_free_violations(page: &Page) -> Vec<String> {
    violations(page)
        .await
        .into_iter()
        .filter(|v| !v.contains(TIMING_RULE))
        .collect()
}

fn clock_free_terminal_reports(terminal: &str) -> usize {
    terminal
        .lines()
        .filter(|l| l.contains("inspector: ") && !l.contains(TIMING_RULE))
        .count()
}

/// Serves `fixture`, opens its modal, runs `act`, and checks that the panel
/// and the terminal name exactly one violation, of `rule`.
async fn reports_exactly(test: &str, fixture: &str, rule: &str, click_install: bool) {
    reports_exactly_and_says(test, fixture, rule, click_install, None).await;
}

/// [`reports_exactly`], and the modal's notice contains `modal_says`.
async fn reports_exactly_and_says(
    test: &str,
    fixture: &str,
    rule: &str,
    click_install: bool,
    modal_says: Option<&str>,
) {
    let Some(browser) = TestBrowser::launch(test).await else {
        return;
    };
    let server = TestServer::start(&format!("tests/fixtures/{fixture}"));
    let code = fixture.replace('-', "_");
    let page = open_modal(&browser, &server, &code).await;
    if click_install {
        click(&page, &format!(".modal.{code} .js-widget-install")).await;
    }
    wait_for(
        &page,
        &format!("{VIOLATIONS_JS}.length > 0"),
        "a violation in the panel",
    )
    .await;
    let terminal = server.wait_stderr(&format!("inspector: {rule}"));
    if click_install {
        wait_for(
            &page,
            "document.querySelector('.amo-emu-notice').textContent.length > 0",
            "the modal's verdict",
        )
        .await;
    }
    if let Some(said) = modal_says {
        let notice = common::browser::notice(&page).await;
        assert!(notice.contains(said), "the modal says {said:?}: {notice}");
    }
    open_panel(&page).await;
    screenshot(&page, &format!("inspector-{fixture}")).await;
    let listed = clock_free_violations(&page).await;
    assert_eq!(listed.len(), 1, "exactly one violation: {listed:?}");
    assert!(listed[0].contains(rule), "{listed:?} names {rule}");
    assert!(listed[0].contains('§'), "{listed:?} links its spec section");
    assert_eq!(
        clock_free_terminal_reports(&terminal),
        1,
        "the terminal names it once:\n{terminal}"
    );
    browser.close().await;
}

#[tokio::test]
async fn virtual_click_on_install_is_reported() {
    reports_exactly(
        "virtual_click_on_install_is_reported",
        "rule-virtual-click",
        "virtual click",
        false,
    )
    .await;
}

#[tokio::test]
async fn hiding_the_rating_is_reported() {
    reports_exactly(
        "hiding_the_rating_is_reported",
        "rule-hides-rating",
        "rating",
        false,
    )
    .await;
}

#[tokio::test]
async fn onsave_returning_a_string_is_reported() {
    reports_exactly(
        "onsave_returning_a_string_is_reported",
        "rule-onsave-string",
        "onSave",
        true,
    )
    .await;
}

#[tokio::test]
async fn slow_render_is_reported() {
    let Some((browser, server)) =
        session("slow_render_is_reported", "tests/fixtures/rule-slow-render").await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "rule_slow_render").await;
    wait_for(
        &page,
        &format!("{VIOLATIONS_JS}.some(v => v.includes('{TIMING_RULE}') && v.includes('render blocked'))"),
        "the slow render in the panel",
    )
    .await;
    server.wait_stderr(&format!("inspector: {TIMING_RULE}: render blocked"));
    assert_eq!(clock_free_violations(&page).await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn alert_in_settings_is_reported() {
    reports_exactly(
        "alert_in_settings_is_reported",
        "rule-alert",
        "alert",
        false,
    )
    .await;
}

#[tokio::test]
async fn writing_an_app_constant_is_reported() {
    reports_exactly(
        "writing_an_app_constant_is_reported",
        "rule-writes-constant",
        "APP constants",
        false,
    )
    .await;
}

#[tokio::test]
async fn onsave_that_never_settles_is_reported_and_the_modal_says_so() {
    let test = "onsave_that_never_settles_is_reported_and_the_modal_says_so";
    reports_exactly_and_says(
        test,
        "rule-onsave-never",
        "onSave",
        true,
        Some("still waiting"),
    )
    .await;
}

/// The copied timeline with what varies between runs masked: timings, ids,
/// and the clock-dependent `slow callback` reports (see [`clock_free_violations`]).
fn masked(mut timeline: Value) -> Value {
    let entries = timeline.as_array_mut().unwrap();
    entries.retain(|e| e["rule"] != TIMING_RULE);
    for entry in entries {
        let entry = entry.as_object_mut().unwrap();
        for key in ["at", "ms", "sync_ms", "seq", "doc", "call"] {
            if entry.contains_key(key) {
                entry.insert(key.into(), Value::String("…".into()));
            }
        }
    }
    timeline
}

#[tokio::test]
async fn sample_widget_install_flow_timeline_and_no_violations() {
    let Some((browser, server)) = session(
        "sample_widget_install_flow_timeline_and_no_violations",
        "sample-widget",
    )
    .await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "sample_widget").await;
    assert!(
        eval::<bool>(&page, "!!document.querySelector('#page_holder') && !document.querySelector('#page_holder [data-amo-emu-inspector]') && !!document.querySelector('[data-amo-emu-inspector]')").await,
        "the panel is on the page, outside the widget's page holder"
    );
    type_into(&page, "input[name=\"api_key\"]", "key-1234").await;
    click(&page, ".modal.sample_widget .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget .js-widget-uninstall')",
        "the installed look",
    )
    .await;
    wait_for(
        &page,
        &format!("document.querySelectorAll('{PANEL} [data-kind=save]').length === 1 && ![...document.querySelectorAll('{PANEL} [data-kind=callback]')].some(e => e.textContent.includes('(pending)'))"),
        "the save on the timeline",
    )
    .await;

    // The panel opens with its keyboard shortcut, as a person would open it.
    open_panel(&page).await;
    screenshot(&page, "inspector-panel-sample-installed").await;

    page.execute(GrantPermissionsParams::new(vec![
        PermissionType::ClipboardReadWrite,
        PermissionType::ClipboardSanitizedWrite,
    ]))
    .await
    .unwrap();
    click_panel(&page, ".copy").await;
    wait_for(
        &page,
        &format!("document.querySelector('{PANEL}').dataset.copied === '1'"),
        "Copy JSON",
    )
    .await;
    let copied: String = eval(&page, "navigator.clipboard.readText()").await;
    let timeline = masked(serde_json::from_str(&copied).unwrap());
    let snapshot = common::repo().join("tests/snapshots/inspector-install-timeline.json");
    if std::env::var_os("AMO_EMU_UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(snapshot.parent().unwrap()).unwrap();
        std::fs::write(
            &snapshot,
            serde_json::to_string_pretty(&timeline).unwrap() + "\n",
        )
        .unwrap();
    }
    let expected: Value =
        serde_json::from_str(&std::fs::read_to_string(&snapshot).unwrap_or_default())
            .unwrap_or(Value::Null);
    assert_eq!(
        timeline,
        expected,
        "the install timeline changed; if on purpose, rerun with AMO_EMU_UPDATE_SNAPSHOTS=1:\n{}",
        serde_json::to_string_pretty(&timeline).unwrap()
    );
    assert_eq!(clock_free_violations(&page).await, Vec::<String>::new());
    // The page's reports may still be in the pipe: post a marker after them
    // from the page and wait for its line before counting what was printed.
    let marker: u16 = eval(
        &page,
        "fetch('/amo-emu/inspector', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({rule: 'test marker', text: 'end of the install flow'})}).then(r => r.status)",
    )
    .await;
    assert_eq!(marker, 204);
    let terminal = server.wait_stderr("inspector: test marker: end of the install flow");
    assert_eq!(
        clock_free_terminal_reports(&terminal),
        1,
        "only the marker is reported:\n{terminal}"
    );

    // Filter by kind: only the save is left visible; Clear empties the timeline.
    let visible = format!("[...document.querySelectorAll('{PANEL} [data-kind]')].filter(e => !e.hidden).map(e => e.dataset.kind)");
    let _: bool = eval(&page, &format!("(() => {{ const s = document.querySelector('{PANEL}').shadowRoot.querySelector('.filter'); s.value = 'save'; s.dispatchEvent(new Event('change')); return true; }})()")).await;
    assert_eq!(eval::<Vec<String>>(&page, &visible).await, ["save"]);
    click_panel(&page, ".clear").await;
    wait_for(
        &page,
        &format!("document.querySelectorAll('{PANEL} [data-kind]').length === 0"),
        "an empty timeline",
    )
    .await;
    browser.close().await;
}

/// Picks `value` in the top bar's `select[name=…]` and waits for the page
/// to come back with the modal of `code` open again.
async fn switch(page: &Page, name: &str, value: &str, code: &str) {
    let sel = format!("select[name=\"{name}\"]");
    wait_for(
        page,
        &format!("document.querySelector('{sel}')"),
        "the switcher",
    )
    .await;
    // A <select> popup is not part of the page in headless Chromium; pick
    // the option and fire `change`, which is what choosing one does.
    let _: bool = eval(page, &format!("(() => {{ const s = document.querySelector('{sel}'); window.__amo_emu_old_page = true; s.value = '{value}'; s.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()")).await;
    wait_for(
        page,
        &format!("!window.__amo_emu_old_page && document.querySelector('{sel}') && document.querySelector('{sel}').value === '{value}' && document.querySelector('.modal.{code}[data-amo-emu-ready]')"),
        "the page again, switched, with the modal open",
    )
    .await;
}

#[tokio::test]
async fn switching_locale_and_user_changes_what_the_widget_sees() {
    let Some((browser, server)) = session(
        "switching_locale_and_user_changes_what_the_widget_sees",
        "tests/fixtures/recorder",
    )
    .await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "recorder").await;
    let options: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('select[name=\"amo-emu-locale\"] option')].map(o => o.value)",
    )
    .await;
    assert_eq!(options, ["en", "ru", "es", "pt"], "declared locales first");
    let users: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('select[name=\"amo-emu-user\"] option')].map(o => o.value)",
    )
    .await;
    let managers: Vec<String> = eval(&page, "Object.keys(APP.constant('managers'))").await;
    assert_eq!(users, managers, "user ids as in APP.constant('managers')");
    let seen = "(() => { const w = APP.widgets.list.recorder; return [APP.lang_id, String(w.system().amouser_id), String(APP.constant('user').id), APP.constant('user').is_admin, w.i18n('settings').login, document.querySelector('.modal.recorder [data-field-code=login] .widget_settings_block__title_field').title]; })()";
    let before: Vec<String> = eval(&page, seen).await;
    assert_eq!(before, ["en", "504141", "504141", "Y", "Login", "Login"]);

    switch(&page, "amo-emu-locale", "ru", "recorder").await;
    switch(&page, "amo-emu-user", "504142", "recorder").await;
    let after: Vec<String> = eval(&page, seen).await;
    assert_eq!(
        after,
        ["ru", "504142", "504142", "N", "Логин", "Логин"],
        "the widget runs again in Russian, as a non-admin"
    );
    screenshot(&page, "inspector-switchers-ru-non-admin").await;
    browser.close().await;
}

/// A state file with the recorder installed, a stored value and a lead source.
fn installed_recorder(dir: &std::path::Path) {
    std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
    std::fs::write(
        dir.join(".amo-emu/state.json"),
        r#"{"schema": 1,
            "widgets": {"recorder": {"installed": true, "settings": {"login": "anna"}, "updated_at": 1}},
            "sources": {"next_id": 10252, "items": [{"id": 10251, "widget_code": "recorder", "name": "Site",
              "external_id": "s1", "pipeline_id": 1, "default": false, "origin_code": null, "services": [],
              "created_at": 1, "updated_at": 1}]}}"#,
    )
    .unwrap();
}

fn assert_forgotten(server: &TestServer) {
    let api = server.widget_api("recorder");
    assert_eq!(api["is_active_in_account"], Value::Bool(false), "{api}");
    let state = std::fs::read_to_string(server.widget_dir.join(".amo-emu/state.json")).unwrap();
    assert!(!state.contains("anna"), "stored values gone: {state}");
    assert!(
        !state.contains("\"widget_code\": \"recorder\""),
        "sources gone: {state}"
    );
}

#[tokio::test]
async fn reset_in_the_panel_uninstalls_and_forgets_after_confirming() {
    let Some(browser) =
        TestBrowser::launch("reset_in_the_panel_uninstalls_and_forgets_after_confirming").await
    else {
        return;
    };
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], installed_recorder);
    let page = open_page(&browser, &format!("{}/settings/widgets/", server.base)).await;
    assert!(
        common::browser::exists(&page, ".widget-card_installed[data-widget-code=recorder]").await
    );
    open_panel(&page).await;
    let _: bool = eval(&page, "window.__amo_emu_old_page = true").await;
    click_panel(&page, ".reset").await;
    wait_for(
        &page,
        "!window.__amo_emu_old_page && document.documentElement.dataset.amoEmuReady === 'marketplace' && !document.querySelector('.widget-card_installed')",
        "the page again, the widget not installed",
    )
    .await;
    assert_forgotten(&server);
    assert!(
        eval::<String>(
            &page,
            &format!("document.querySelector('{PANEL}').textContent")
        )
        .await
        .contains("reset: recorder uninstalled"),
        "the timeline says what the reset did"
    );
    screenshot(&page, "inspector-after-reset").await;
    browser.close().await;
}

#[test]
fn serve_reset_starts_with_the_widget_uninstalled_and_forgotten() {
    let server =
        TestServer::start_prepared("tests/fixtures/recorder", &["--reset"], installed_recorder);
    server.wait_stderr("--reset: widget recorder uninstalled");
    assert_forgotten(&server);
}

/// A page on another site cannot reset the account, switch the viewer or
/// write to the terminal: the guard refuses foreign origins, and a form
/// cannot send the JSON these endpoints insist on.
#[test]
fn inspector_endpoints_refuse_other_sites_and_unconfirmed_resets() {
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], installed_recorder);
    let post = |path: &str, origin: Option<&str>, content_type: &str, body: &str| {
        common::off_runtime(|| {
            let mut req = server
                .http()
                .post(server.url(path))
                .header("Content-Type", content_type)
                .body(body.to_owned());
            if let Some(o) = origin {
                req = req.header("Origin", o);
            }
            req.send().unwrap().status().as_u16()
        })
    };
    let confirm = r#"{"confirm": true}"#;
    for path in ["/amo-emu/reset", "/amo-emu/viewer", "/amo-emu/inspector"] {
        assert_eq!(
            post(
                path,
                Some("http://evil.example"),
                "application/json",
                confirm
            ),
            403,
            "{path} from a foreign origin"
        );
        assert_eq!(
            post(path, None, "text/plain", confirm),
            415,
            "{path} as a simple (form-like) request"
        );
    }
    assert_eq!(post("/amo-emu/reset", None, "application/json", "{}"), 400);
    assert_eq!(
        post(
            "/amo-emu/viewer",
            None,
            "application/json",
            r#"{"user_id": 1}"#
        ),
        422
    );
    assert_eq!(
        post(
            "/amo-emu/viewer",
            None,
            "application/json",
            r#"{"locale": "de"}"#
        ),
        422
    );
    let big = format!(r#"{{"rule": "x", "text": "{}"}}"#, "y".repeat(20_000));
    assert_eq!(
        post("/amo-emu/inspector", None, "application/json", &big),
        413
    );
    let api = server.widget_api("recorder");
    assert_eq!(
        api["is_active_in_account"],
        Value::Bool(true),
        "still installed"
    );
}

#[tokio::test]
async fn the_panel_and_its_history_survive_a_swap_and_a_reload() {
    let Some((browser, server)) = session(
        "the_panel_and_its_history_survive_a_swap_and_a_reload",
        "tests/fixtures/recorder",
    )
    .await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "recorder").await;
    let entries = format!("document.querySelectorAll('{PANEL} [data-kind]').length");
    let before: usize = eval(&page, &entries).await;
    assert!(
        before >= 4,
        "render, init, bind_actions, settings: {before}"
    );

    let script = server.widget_dir.join("script.js");
    let code = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, format!("{code}\n// changed by the test\n")).unwrap();
    wait_for(
        &page,
        &format!("document.documentElement.dataset.amoEmuSwaps === '1' && document.querySelector('{PANEL} [data-kind=reload]') && document.querySelector('.modal.recorder[data-amo-emu-ready]')"),
        "the swap on the timeline",
    )
    .await;
    let swap: String = eval(
        &page,
        &format!("document.querySelector('{PANEL} [data-kind=reload]').textContent"),
    )
    .await;
    assert!(
        swap.contains("swap") && swap.contains("script.js"),
        "{swap}"
    );

    let _: bool = eval(&page, "window.__amo_emu_old_page = true").await;
    page.reload().await.unwrap();
    wait_for(
        &page,
        "!window.__amo_emu_old_page && document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the page after a reload",
    )
    .await;
    let after: usize = eval(&page, &entries).await;
    assert!(after > before, "the history is kept ({before} → {after})");
    assert_eq!(
        eval::<usize>(
            &page,
            &format!("document.querySelectorAll('{PANEL}').length")
        )
        .await,
        1,
        "one panel"
    );
    browser.close().await;
}

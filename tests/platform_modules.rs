//! The platform's modules as a widget sees them (docs/platform.md §4.2): every documented
//! module id loads the vendored library and its main export works; amoCRM's
//! internal modules and the ids no npm package backs fail with a message
//! naming the module and the requiring file, in the page and the terminal;
//! and the widget's own common mistakes (a bundle that needs
//! `regeneratorRuntime`, a constructor that returns its callbacks) are named.
//! Each case is a fixture widget opened in headless Chromium as a person
//! would (tests/fixtures/README.md).

mod common;

use chromiumoxide::Page;
use common::browser::{
    eval, events, exists, open_tile, screenshot, session, text, wait_for, wait_marketplace,
    wait_recorded, TestBrowser,
};
use common::TestServer;
use serde_json::Value;

/// Every id the platform documents, plus `es6promise` and `moment/locale/ru`
/// (used by real widgets), with what the fixture's check returns where the
/// result is deterministic. `colorpicker` is the one expected to fail.
const MODULES: &[(&str, Option<&str>)] = &[
    ("jquery", Some("jquery 2.1.3")),
    ("underscore", Some("sum 6")),
    ("twigjs", Some("hello twig")),
    ("moment", Some("1970-01-01")),
    ("moment/locale/ru", Some("январь")),
    ("lib/components/base/modal", Some("function")),
    ("backbone", Some("model 42")),
    ("cocktail", Some("mixed in")),
    ("intl_tel_input", Some("wrapped")),
    ("browser-detect", Some("chrome")),
    ("chartjs", Some("bars 2")),
    ("rangeslider", Some("slider")),
    ("clipboard", Some("clipboard")),
    ("accounting", Some("$1.00")),
    ("device", Some("desktop true")),
    ("enquire", Some("matched true")),
    ("FileAPI", Some("html5 true")),
    ("google-libphonenumber", Some("country 7")),
    ("jplayer", Some("function")),
    ("js-uuid", Some("uuid v4")),
    ("fullcalendar", Some("calendar month")),
    ("pubsub", Some("delivered")),
    ("steady", Some("function")),
    ("store", Some("stored 1")),
    ("cropperjs", Some("cropper")),
    ("virtualized-list", None),
    ("quill", Some("typed in quill")),
    ("es6promise", Some("function")),
    ("vendor/backbone", Some("same module")),
];

/// Records every uncaught error and unhandled rejection of the page from
/// its very first script on, into `window.__uncaught`.
const RECORD_UNCAUGHT: &str = "window.__uncaught = [];\
    window.addEventListener('error', (e) => window.__uncaught.push(String(e.message)));\
    window.addEventListener('unhandledrejection', (e) => window.__uncaught.push(String(e.reason && e.reason.message || e.reason)));";

/// Opens the marketplace with the uncaught-error recorder installed, clicks
/// the widget's tile and waits until the modal is ready.
async fn open_modal(browser: &TestBrowser, server: &TestServer, code: &str) -> Page {
    let page = browser
        .browser
        .new_page("about:blank")
        .await
        .expect("new tab");
    page.evaluate_on_new_document(RECORD_UNCAUGHT)
        .await
        .expect("install the recorder");
    page.goto(format!("{}/settings/widgets/", server.base))
        .await
        .expect("navigate");
    wait_marketplace(&page).await;
    open_tile(&page, code).await;
    page
}

async fn uncaught(page: &Page) -> Vec<String> {
    eval(page, "window.__uncaught || []").await
}

/// The texts of the page's error toasts.
async fn error_toasts(page: &Page) -> Vec<String> {
    eval(
        page,
        "[...document.querySelectorAll('.amo-emu-toast_error')].map(e => e.textContent)",
    )
    .await
}

#[tokio::test]
async fn every_documented_platform_module_loads_and_its_main_export_works() {
    let Some((browser, server)) = session("modules_all", "tests/fixtures/modules-all").await else {
        return;
    };
    let page = open_modal(&browser, &server, "modules_all").await;
    wait_recorded(&page, "modules_done", "every module's outcome").await;
    screenshot(&page, "modules_all").await;
    let evs = events(&page).await;
    let outcome = |id: &str| -> Option<Value> {
        evs.iter()
            .find(|e| e["cb"] == "module" && e["id"] == id)
            .cloned()
    };

    let mut failures = Vec::new();
    for (id, expected) in MODULES {
        match outcome(id) {
            None => failures.push(format!("{id}: no outcome recorded")),
            Some(e) if e["ok"] != true => failures.push(format!("{id}: {}", e["error"])),
            Some(e) => {
                if let Some(want) = expected {
                    if e["detail"] != *want {
                        failures.push(format!("{id}: got {}, expected {want:?}", e["detail"]));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "modules that failed:\n{}",
        failures.join("\n")
    );
    // The list-based one draws its rows (its export shape is the library's).
    let rows = outcome("virtualized-list").unwrap()["detail"].clone();
    assert!(rows.as_str().is_some_and(|r| r != "rows 0"), "{rows}");

    // `colorpicker` has no npm package: it fails with a message, not a 404.
    let colorpicker = outcome("colorpicker").expect("colorpicker outcome");
    assert_eq!(colorpicker["ok"], false);
    let said = colorpicker["error"].as_str().unwrap().to_owned();
    assert!(
        said.contains("the platform module colorpicker, required by a require() call in script.js, is not emulated by amo-emu"),
        "{said}"
    );
    let toasts = error_toasts(&page).await;
    assert!(
        toasts.len() == 1
            && toasts[0].contains("colorpicker")
            && toasts[0].contains("not emulated"),
        "{toasts:?}"
    );
    server.wait_stderr("the platform module colorpicker, required by a require() call in script.js, is not emulated");

    // Drawn where a person looks: a row per module, the libraries' own DOM.
    assert!(exists(&page, "#modules-all li.ok[data-module=\"quill\"]").await);
    assert!(exists(&page, ".modules-all-quill .ql-editor").await);
    assert!(exists(&page, ".modules-all-calendar .fc-view").await);
    assert!(text(&page, "#modules-all li.failed")
        .await
        .contains("colorpicker"));
    assert_eq!(uncaught(&page).await, Vec::<String>::new());
    browser.close().await;
}

#[tokio::test]
async fn an_internal_amocrm_module_is_named_with_the_file_that_requires_it() {
    let Some((browser, server)) =
        session("internal_module", "tests/fixtures/internal-module").await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "internal_module").await;
    // RequireJS fetches both in parallel: each is named, in either order.
    for id in ["lib/common/fn", "lib/pages/list"] {
        let expected = format!(
            "amoCRM's internal module {id}, required by lib/list-page.js, is not emulated by amo-emu"
        );
        wait_for(
            &page,
            &format!(
                "[...document.querySelectorAll('.amo-emu-toast_error')].some(e => e.textContent.includes({expected:?}))"
            ),
            &format!("the message naming {id} and lib/list-page.js"),
        )
        .await;
        server.wait_stderr(&expected);
    }
    // Whichever failed first stops the widget from being built.
    wait_for(
        &page,
        "[...document.querySelectorAll('.amo-emu-toast_error')].some(e => /The widget cannot be built: it requires lib\\/(common\\/fn|pages\\/list), which amo-emu does not emulate/.test(e.textContent))",
        "the widget is not built",
    )
    .await;
    screenshot(&page, "internal_module").await;
    let toasts = error_toasts(&page).await;
    assert!(
        !toasts.iter().any(|t| t.contains("Script error")),
        "{toasts:?}"
    );
    // The factory never ran; the modal itself still works.
    assert!(!events(&page).await.iter().any(|e| e["cb"] == "factory"));
    assert!(exists(&page, ".modal.internal_module .js-widget-install").await);
    // No uncaught error other than RequireJS rethrowing the one shown.
    for e in uncaught(&page).await {
        assert!(e.contains("is not emulated by amo-emu"), "{e}");
    }
    browser.close().await;
}

#[tokio::test]
async fn a_bundle_that_needs_regenerator_runtime_is_told_so() {
    let Some((browser, server)) = session("regenerator", "tests/fixtures/regenerator").await else {
        return;
    };
    let page = open_modal(&browser, &server, "regenerator").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-toast_error')",
        "the settings error",
    )
    .await;
    screenshot(&page, "regenerator").await;
    let toasts = error_toasts(&page).await;
    assert_eq!(toasts.len(), 1, "{toasts:?}");
    let said = &toasts[0];
    assert!(said.contains("Widget callback settings failed: ReferenceError: regeneratorRuntime is not defined (script.js:"), "{said}");
    assert!(
        said.contains("your bundle needs regenerator-runtime, or target ES2017"),
        "{said}"
    );
    assert!(events(&page).await.iter().any(|e| e["cb"] == "settings"));
    browser.close().await;
}

#[tokio::test]
async fn a_constructor_returning_its_callbacks_is_named_with_them() {
    let Some((browser, server)) = session(
        "constructor_returns_object_named",
        "tests/fixtures/constructor-returns-object",
    )
    .await
    else {
        return;
    };
    let page = open_modal(&browser, &server, "constructor_returns_object").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-toast_error')",
        "the message",
    )
    .await;
    screenshot(&page, "constructor_returns_object").await;
    let said = error_toasts(&page).await.join(" | ");
    assert!(
        said.contains("the widget constructor CustomWidget() in script.js returns a new object holding its callbacks (render, init, bind_actions, settings, onSave, destroy) instead of setting `this.callbacks`"),
        "{said}"
    );
    assert!(
        said.contains("Write `this.callbacks = {...}` and `return this`"),
        "{said}"
    );
    browser.close().await;
}

/// `GET <path>` over a raw socket with the given `Host`.
fn raw_get(server: &TestServer, path: &str, host: &str) -> common::raw_http::RawResponse {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n");
    common::raw_http::exchange(server.port, request.as_bytes())
}

#[test]
fn the_not_emulated_answer_is_a_module_naming_the_id_and_sits_behind_the_guard() {
    let server = TestServer::start("tests/fixtures/internal-module");
    let host = format!("localhost:{}", server.port);

    let ok = raw_get(
        &server,
        "/amo-emu/not-emulated/lib/core/page.js?from=lib%2Fx.js%0A%1B%5B31mfake",
        &host,
    );
    assert_eq!(ok.status, 200);
    assert!(ok
        .header("content-type")
        .unwrap()
        .starts_with("text/javascript"));
    assert_eq!(ok.header("cache-control"), Some("no-store"));
    let body = ok.body_text();
    assert!(body.contains("define(function ()"), "{body}");
    assert!(
        body.contains(
            "amoCRM's internal module lib/core/page, required by lib/x.js[31mfake, is not emulated"
        ),
        "{body}"
    );
    // Control characters from the query never reach the terminal.
    let stderr = server.wait_stderr("amoCRM's internal module lib/core/page");
    let line = stderr
        .lines()
        .find(|l| l.contains("amoCRM's internal module lib/core/page"))
        .unwrap();
    assert!(line.contains("required by lib/x.js[31mfake,"), "{line:?}");

    // Once per id in the terminal, however often the page asks.
    raw_get(&server, "/amo-emu/not-emulated/lib/core/page.js", &host);
    let _ = raw_get(&server, "/amo-emu/not-emulated/colorpicker.js", &host);
    server.wait_stderr("the platform module colorpicker");
    let stderr = server.stderr();
    assert_eq!(
        stderr
            .matches("amoCRM's internal module lib/core/page")
            .count(),
        1,
        "{stderr}"
    );

    // A `vendor/...` spelling of a library amo-emu does not have.
    let vendor = raw_get(&server, "/amo-emu/not-emulated/vendor/thing.js", &host);
    assert_eq!(vendor.status, 200);
    assert!(vendor
        .body_text()
        .contains("the platform module vendor/thing is not emulated"));

    // Ids that are not amo-emu's to answer, or malformed: a plain 404.
    for path in [
        "/amo-emu/not-emulated/backbone.js",
        "/amo-emu/not-emulated/lib/../secret.js",
        "/amo-emu/not-emulated/lib/%2e%2e/x.js",
        "/amo-emu/not-emulated/lib/a%20b.js",
    ] {
        assert_eq!(raw_get(&server, path, &host).status, 404, "{path}");
    }

    // The same guard as every other endpoint.
    let foreign = raw_get(
        &server,
        "/amo-emu/not-emulated/lib/core/page.js",
        "evil.example",
    );
    assert_eq!(foreign.status, 403);
}

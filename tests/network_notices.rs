//! What a widget's network calls look like to the developer, clicked through
//! in headless Chromium: an amoCRM endpoint amo-emu does not emulate, a
//! request to a backend that is down or sends no CORS headers, and
//! `crm_post`, which amo-emu (like amoCRM) sends from its server.

mod common;

use common::backend::{closed_port, Backend};
use common::browser::{click, events, modal_session, screenshot, text, type_into, wait_for};
use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/network-calls";
const CODE: &str = "network_calls";

/// Waits for the first recorded event of callback `cb` and returns it.
async fn recorded(page: &chromiumoxide::Page, cb: &str) -> Value {
    wait_for(
        page,
        &format!("(window.__amo_emu_events || []).some(e => e.cb === {cb:?})"),
        &format!("the widget to record {cb}"),
    )
    .await;
    events(page)
        .await
        .into_iter()
        .find(|e| e["cb"] == cb)
        .unwrap()
}

/// The text of the page notice marked `data-notice=<kind>`, once it shows.
async fn notice(page: &chromiumoxide::Page, kind: &str) -> String {
    let selector = format!(".amo-emu-toast[data-notice=\"{kind}\"]");
    wait_for(
        page,
        &format!("document.querySelector({selector:?})"),
        &format!("a {kind} notice"),
    )
    .await;
    text(page, &selector).await
}

#[tokio::test]
async fn an_endpoint_amo_emu_does_not_emulate_is_named_in_the_page_and_the_terminal() {
    let Some((browser, server, page)) = modal_session("not_emulated_endpoint", FIXTURE, CODE).await
    else {
        return;
    };
    click(&page, "#net-unknown-api").await;

    let result = recorded(&page, "unknown-api").await;
    assert_eq!(result["ok"], false, "jQuery's fail callback runs: {result}");
    assert_eq!(result["status"], 404);
    assert!(
        result["body"]["detail"]
            .as_str()
            .unwrap_or("")
            .contains("does not emulate GET /api/v4/leads/tags_not_emulated"),
        "the problem+json names what was not emulated: {result}"
    );
    let shown = notice(&page, "not-emulated").await;
    assert!(
        shown.contains("amo-emu does not emulate GET /api/v4/leads/tags_not_emulated"),
        "{shown}"
    );
    server.wait_stderr("the widget requested GET /api/v4/leads/tags_not_emulated");
    screenshot(&page, "notice-not-emulated").await;

    // A second click: no second page notice, no second terminal line.
    click(&page, "#net-unknown-api").await;
    wait_for(
        &page,
        "window.__amo_emu_events.filter(e => e.cb === 'unknown-api').length === 2",
        "the second request",
    )
    .await;
    let count: usize = common::browser::eval(
        &page,
        "document.querySelectorAll('.amo-emu-toast[data-notice=\"not-emulated\"]').length",
    )
    .await;
    assert_eq!(count, 1);

    // The same through `fetch`, with another method.
    click(&page, "#net-unknown-fetch").await;
    let result = recorded(&page, "unknown-fetch").await;
    assert_eq!(result["status"], 404);
    wait_for(
        &page,
        "[...document.querySelectorAll('.amo-emu-toast[data-notice=\"not-emulated\"]')].some(t => t.textContent.includes('POST /private/api/v2/json/catalogs/set'))",
        "a notice for the fetch",
    )
    .await;
    // The fetch's line comes after the second click's: once it is there, a
    // second terminal line for the GET would have been too.
    let terminal =
        server.wait_stderr("the widget requested POST /private/api/v2/json/catalogs/set");
    assert_eq!(
        terminal
            .matches("requested GET /api/v4/leads/tags_not_emulated")
            .count(),
        1,
        "{terminal}"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_backend_that_is_not_started_is_reported_as_refused() {
    let Some((browser, server, page)) = modal_session("backend_refused", FIXTURE, CODE).await
    else {
        return;
    };
    let url = format!("http://127.0.0.1:{}/hook", closed_port());
    type_into(&page, "input[name=\"backend\"]", &url).await;
    click(&page, "#net-direct").await;

    let result = recorded(&page, "direct").await;
    assert_eq!(result["ok"], false);
    let shown = notice(&page, "request-failed").await;
    assert!(
        shown.contains(&format!(
            "the widget's request to {url} failed: connection refused"
        )),
        "{shown}"
    );
    server.wait_stderr(&format!(
        "the widget's request to {url} failed: connection refused"
    ));
    screenshot(&page, "notice-request-refused").await;
    browser.close().await;
}

#[tokio::test]
async fn a_backend_without_cors_is_reported_as_blocked_by_cors() {
    let backend = Backend::start("200 OK", "", r#"{"pong":true}"#);
    let Some((browser, server, page)) = modal_session("backend_no_cors", FIXTURE, CODE).await
    else {
        return;
    };
    type_into(&page, "input[name=\"backend\"]", &backend.url("/ping")).await;
    click(&page, "#net-direct").await;

    let result = recorded(&page, "direct").await;
    assert_eq!(
        result["ok"], false,
        "the browser refuses the answer: {result}"
    );
    let shown = notice(&page, "request-failed").await;
    assert!(shown.contains("blocked by CORS"), "{shown}");
    server.wait_stderr("blocked by CORS");
    browser.close().await;
}

#[tokio::test]
async fn a_backend_answering_5xx_is_reported_with_its_status() {
    let backend = Backend::start(
        "503 Service Unavailable",
        "Access-Control-Allow-Origin: *\r\n",
        r#"{"error":"starting"}"#,
    );
    let Some((browser, server, page)) = modal_session("backend_5xx", FIXTURE, CODE).await else {
        return;
    };
    type_into(&page, "input[name=\"backend\"]", &backend.url("/ping")).await;
    click(&page, "#net-direct").await;

    let result = recorded(&page, "direct").await;
    assert_eq!(result["status"], 503, "{result}");
    let shown = notice(&page, "request-failed").await;
    assert!(
        shown.contains(&format!(
            "the widget's request to {} failed: HTTP 503",
            backend.url("/ping")
        )),
        "{shown}"
    );
    server.wait_stderr("failed: HTTP 503");
    browser.close().await;
}

#[tokio::test]
async fn crm_post_reaches_a_backend_without_cors_and_calls_back_with_its_json() {
    let backend = Backend::start("200 OK", "", r#"{"pong":true,"n":7}"#);
    let Some((browser, server, page)) = modal_session("crm_post_proxy", FIXTURE, CODE).await else {
        return;
    };
    let url = backend.url("/crm?x=1");
    type_into(&page, "input[name=\"backend\"]", &url).await;
    click(&page, "#net-crm-post").await;

    let result = recorded(&page, "crm_post").await;
    assert_eq!(result["ok"], true, "{result}");
    assert_eq!(result["res"], serde_json::json!({"pong": true, "n": 7}));
    let request = backend.first_request();
    assert!(request.starts_with("POST /crm?x=1 HTTP/1.1"), "{request}");
    let lower = request.to_ascii_lowercase();
    assert!(lower.contains("content-type: application/x-www-form-urlencoded"));
    assert!(
        request.ends_with("name=Anna&tags%5B%5D=a&tags%5B%5D=b"),
        "data is form-encoded as jQuery does: {request}"
    );
    for header in ["origin:", "cookie:", "referer:", "sec-fetch"] {
        assert!(!lower.contains(header), "{header} was forwarded: {request}");
    }
    server.wait_stderr(&format!("crm_post → POST {url}: 200 OK"));
    browser.close().await;
}

#[tokio::test]
async fn crm_post_to_a_failing_backend_calls_the_error_callback_and_says_why() {
    let backend = Backend::start("500 Internal Server Error", "", r#"{"error":"db down"}"#);
    let Some((browser, server, page)) = modal_session("crm_post_fails", FIXTURE, CODE).await else {
        return;
    };
    type_into(&page, "input[name=\"backend\"]", &backend.url("/crm")).await;
    click(&page, "#net-crm-post").await;

    let result = recorded(&page, "crm_post").await;
    assert_eq!(result["ok"], false, "{result}");
    assert_eq!(result["status"], 500);
    let shown = notice(&page, "crm-post-failed").await;
    assert!(
        shown.contains(&format!(
            "the widget's crm_post to {} failed: the target answered HTTP 500",
            backend.url("/crm")
        )),
        "{shown}"
    );
    server.wait_stderr("crm_post → POST");
    screenshot(&page, "notice-crm-post-failed").await;
    browser.close().await;
}

/// The inspector's timeline entries of kind `request`, as text.
async fn request_entries(page: &chromiumoxide::Page) -> Vec<String> {
    common::browser::eval(
        page,
        "[...document.querySelectorAll('[data-amo-emu-inspector] [data-kind=request]')].map(e => e.textContent)",
    )
    .await
}

#[tokio::test]
async fn the_widgets_backend_calls_and_crm_post_are_on_the_inspector_timeline() {
    let backend = Backend::start("200 OK", "", r#"{"pong":true}"#);
    let Some((browser, _server, page)) =
        modal_session("requests_on_the_timeline", FIXTURE, CODE).await
    else {
        return;
    };
    let url = backend.url("/timeline");
    type_into(&page, "input[name=\"backend\"]", &url).await;
    click(&page, "#net-unknown-api").await;
    recorded(&page, "unknown-api").await;
    click(&page, "#net-crm-post").await;
    recorded(&page, "crm_post").await;

    let wanted = [
        "GET /api/v4/leads/tags_not_emulated?limit=5 → 404",
        "crm_post POST ",
    ];
    wait_for(
        &page,
        &format!(
            "(() => {{ const t = [...document.querySelectorAll('[data-amo-emu-inspector] [data-kind=request]')].map(e => e.textContent); return {wanted:?}.every(w => t.some(x => x.includes(w))); }})()"
        ),
        "the widget's requests on the timeline",
    )
    .await;
    let entries = request_entries(&page).await;
    assert!(
        entries
            .iter()
            .any(|e| e.contains(&format!("crm_post POST {url} → 200"))),
        "crm_post names its real target and status: {entries:?}"
    );
    // Each call once: the observer and the emulator's own tracing do not
    // both record it, and the widget's file loads are not requests here.
    let not_emulated = entries
        .iter()
        .filter(|e| e.contains("tags_not_emulated"))
        .count();
    assert_eq!(not_emulated, 1, "{entries:?}");
    assert!(
        !entries.iter().any(|e| e.contains("/upl/")),
        "widget file loads are left out: {entries:?}"
    );
    browser.close().await;
}

//! The Digital Pipeline page in headless Chromium: the lead-sources column
//! (sources created through the API, the settings modal opened with their
//! `{source_id, external_id}`, adding the widget as a source), the widget's
//! action under a stage (`dpSettings`, values saved per action) and its
//! webhook fired at a listener on loopback.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

use common::browser::{
    click, eval, events, exists, screenshot, session, text, type_into, wait_for, wait_recorded,
    TestBrowser,
};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

fn post(server: &TestServer, path: &str, body: Value) -> (u16, Value) {
    server.post_json(path, &body)
}

fn create_sources(server: &TestServer, items: Value) -> Vec<Value> {
    let (status, body) = post(server, "/api/v4/sources", items);
    assert_eq!(status, 200, "{body}");
    body["_embedded"]["sources"].as_array().unwrap().clone()
}

fn main_pipeline(server: &TestServer) -> Value {
    off_runtime(|| {
        server
            .http()
            .get(server.url("/api/v4/leads/pipelines"))
            .send()
            .unwrap()
            .json::<Value>()
            .unwrap()["_embedded"]["pipelines"][0]
            .clone()
    })
}

fn stored(server: &TestServer) -> Value {
    serde_json::from_slice(&std::fs::read(server.widget_dir.join(".amo-emu/state.json")).unwrap())
        .unwrap()
}

async fn open_dp(browser: &TestBrowser, server: &TestServer) -> chromiumoxide::Page {
    let page = browser.open(&server.url("/settings/pipeline/leads/")).await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'digital_pipeline'",
        "the DP page runtime",
    )
    .await;
    page
}

/// Waits for the settings modal of `code` and returns the `settings` events.
async fn settings_events(page: &chromiumoxide::Page, code: &str) -> Vec<Value> {
    wait_for(
        page,
        &format!("document.querySelector('.modal.{code}[data-amo-emu-ready]')"),
        "the settings modal",
    )
    .await;
    events(page)
        .await
        .into_iter()
        .filter(|e| e["cb"] == "settings")
        .collect()
}

async fn close_modal(page: &chromiumoxide::Page) {
    click(page, ".modal .modal-body__close").await;
    wait_for(
        page,
        "!document.querySelector('.modal')",
        "the modal to close",
    )
    .await;
    let _: bool = eval(page, "(window.__amo_emu_events = [], true)").await;
}

#[tokio::test]
async fn each_source_opens_the_settings_modal_with_its_source_id_and_external_id() {
    let Some((browser, server)) = session("dp_sources_context", "tests/fixtures/recorder").await
    else {
        return;
    };
    server.install("recorder", json!({"login": "anna"}));
    let made = create_sources(
        &server,
        json!([
            {"name": "Website chat", "external_id": "site-1"},
            {"name": "WhatsApp <b>+1</b>", "external_id": "761527839"}
        ]),
    );
    let page = open_dp(&browser, &server).await;
    for s in &made {
        let sel = format!(
            ".digital-pipeline__source[data-widget-code=\"recorder\"][data-source-id=\"{}\"]",
            s["id"]
        );
        assert!(exists(&page, &sel).await, "{sel}");
        assert!(
            exists(
                &page,
                &format!("{sel} img.digital-pipeline__source-logo[src$='logo_small.png']")
            )
            .await
        );
    }
    assert_eq!(
        text(
            &page,
            &format!(
                "[data-source-id=\"{}\"] .digital-pipeline__source-name",
                made[1]["id"]
            )
        )
        .await,
        "WhatsApp <b>+1</b>",
        "the name is shown as text"
    );
    screenshot(&page, "dp-sources-column-recorder").await;

    for s in &made {
        click(&page, &format!("[data-source-id=\"{}\"]", s["id"])).await;
        let calls = settings_events(&page, "recorder").await;
        assert_eq!(calls.len(), 1, "{calls:?}");
        assert_eq!(
            calls[0]["context"],
            json!({"source_id": s["id"], "external_id": s["external_id"]}),
        );
        assert_eq!(calls[0]["area"], "settings");
        assert!(calls[0]["has_body"].as_bool().unwrap());
        assert!(
            exists(&page, ".modal.recorder .js-widget-uninstall").await,
            "the same modal as the marketplace, installed look"
        );
        close_modal(&page).await;
    }
    browser.close().await;
}

#[tokio::test]
async fn a_widget_that_is_not_installed_opens_with_an_empty_context_and_installs_from_there() {
    let Some((browser, server)) = session("dp_not_installed", "tests/fixtures/recorder").await
    else {
        return;
    };
    let made = create_sources(&server, json!([{"name": "Chat", "external_id": "c-1"}]));
    let page = open_dp(&browser, &server).await;
    assert!(text(&page, ".digital-pipeline__source-group")
        .await
        .contains("Not installed"));
    click(&page, &format!("[data-source-id=\"{}\"]", made[0]["id"])).await;
    let calls = settings_events(&page, "recorder").await;
    assert_eq!(calls[0]["context"], json!({}));
    wait_for(
        &page,
        "document.querySelector('.modal.recorder .amo-emu-notice').textContent.includes('Install the widget first')",
        "the must-install notice",
    )
    .await;
    screenshot(&page, "dp-source-not-installed-modal").await;

    type_into(&page, ".modal.recorder input[name=\"login\"]", "anna").await;
    click(&page, ".modal.recorder .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder .js-widget-uninstall')",
        "the installed look",
    )
    .await;
    assert!(events(&page)
        .await
        .iter()
        .any(|e| e["cb"] == "onSave" && e["active"] == "Y"));
    assert_eq!(server.widget_api("recorder")["is_active_in_account"], true);
    assert_eq!(server.widget_api("recorder")["settings"]["login"], "anna");
    close_modal(&page).await;
    wait_for(
        &page,
        "document.querySelector('.digital-pipeline__source-group_installed')",
        "the column showing the widget installed",
    )
    .await;
    click(&page, &format!("[data-source-id=\"{}\"]", made[0]["id"])).await;
    let calls = settings_events(&page, "recorder").await;
    assert_eq!(
        calls[0]["context"],
        json!({"source_id": made[0]["id"], "external_id": "c-1"})
    );
    browser.close().await;
}

#[tokio::test]
async fn sources_created_while_the_page_is_open_appear_without_a_reload_and_are_escaped() {
    let Some((browser, server)) = session("dp_live_sources", "tests/fixtures/recorder").await
    else {
        return;
    };
    let page = open_dp(&browser, &server).await;
    assert!(!exists(&page, ".digital-pipeline__source").await);
    let _: bool = eval(&page, "(window.__marker = 'same page', true)").await;
    let evil = "<img src=x onerror=\"window.__xss=1\">";
    let made = create_sources(&server, json!([{"name": evil, "external_id": "x-1"}]));
    wait_for(
        &page,
        &format!(
            "document.querySelector('[data-source-id=\"{}\"]')",
            made[0]["id"]
        ),
        "the new source in the column",
    )
    .await;
    let marker: String = eval(&page, "window.__marker").await;
    assert_eq!(marker, "same page", "no reload happened");
    assert_eq!(text(&page, ".digital-pipeline__source-name").await, evil);
    assert!(!exists(&page, ".digital-pipeline__source-name img").await);
    let xss: bool = eval(&page, "window.__xss === 1").await;
    assert!(!xss);
    browser.close().await;
}

#[tokio::test]
async fn adding_the_widget_as_a_source_calls_on_add_as_source_and_get_pipeline_id_resolves() {
    let Some((browser, server)) = session("dp_add_as_source", "tests/fixtures/recorder").await
    else {
        return;
    };
    server.install("recorder", json!({"login": "anna"}));
    let pipeline_id = main_pipeline(&server)["id"].as_u64().unwrap();
    let page = open_dp(&browser, &server).await;
    let unset: bool = eval(
        &page,
        "(async () => (await import('/amo-emu/assets/runtime/core/boot.js')).boot.widget.pipeline_id === null)()",
    )
    .await;
    assert!(unset, "no pipeline before the widget is added");
    click(&page, ".js-dp-add-source").await;
    wait_recorded(&page, "onAddAsSource", "onAddAsSource").await;
    let evs = events(&page).await;
    let names: Vec<&str> = evs.iter().filter_map(|e| e["cb"].as_str()).collect();
    let at = names.iter().position(|n| *n == "onAddAsSource").unwrap();
    assert_eq!(
        &names[at - 3..=at],
        ["render", "init", "bind_actions", "onAddAsSource"]
    );
    assert_eq!(evs[at]["pipeline_id"], json!(pipeline_id));
    assert_eq!(evs[at]["area"], "digital_pipeline");
    let resolved: u64 = eval(
        &page,
        "(async () => await APP.widgets.list.recorder.get_pipeline_id())()",
    )
    .await;
    assert_eq!(resolved, pipeline_id);
    let done: u64 = eval(
        &page,
        "new Promise(r => APP.widgets.list.recorder.get_pipeline_id().done(r))",
    )
    .await;
    assert_eq!(done, pipeline_id);
    assert_eq!(
        server.widget_api("recorder")["pipeline_id"],
        json!(pipeline_id)
    );
    wait_for(
        &page,
        "document.querySelector('.digital-pipeline__source-attached')",
        "the column saying it was added",
    )
    .await;
    // A fresh page (and so a fresh widget object) still knows the pipeline.
    let again = open_dp(&browser, &server).await;
    let resolved: u64 = eval(
        &again,
        "(async () => { const { boot } = await import('/amo-emu/assets/runtime/core/boot.js'); return boot.widget.pipeline_id; })()",
    )
    .await;
    assert_eq!(resolved, pipeline_id);
    browser.close().await;
}

/// Adds the widget's action under stage number `stage` and waits until
/// the form is drawn and `dpSettings` has run.
async fn add_action(page: &chromiumoxide::Page, stage_id: u64) {
    click(
        page,
        &format!(".digital-pipeline__status[data-status-id=\"{stage_id}\"] .js-dp-add-action"),
    )
    .await;
    click(
        page,
        &format!(".digital-pipeline__status[data-status-id=\"{stage_id}\"] .digital-pipeline__actions-list_open .digital-pipeline__action-option"),
    )
    .await;
    wait_for(
        page,
        "document.querySelector('.digital-pipeline__item_open form[data-action=send_widget_hook][data-amo-emu-ready=dp]')",
        "the action form after dpSettings",
    )
    .await;
}

async fn save_open_action(page: &chromiumoxide::Page) {
    click(page, ".digital-pipeline__item_open .js-trigger-save").await;
    wait_for(
        page,
        "!document.querySelector('.digital-pipeline__item_open') && document.querySelector('.digital-pipeline__item[data-trigger-id]:not([data-trigger-id=\"\"])')",
        "the saved action, collapsed",
    )
    .await;
}

#[tokio::test]
async fn the_recorder_action_runs_dp_settings_and_saves_its_values_per_action() {
    let Some((browser, server)) = session("dp_action_recorder", "tests/fixtures/recorder").await
    else {
        return;
    };
    server.install("recorder", json!({"login": "anna"}));
    let pipeline = main_pipeline(&server);
    let contact_made = pipeline["_embedded"]["statuses"][1]["id"].as_u64().unwrap();
    let decision = pipeline["_embedded"]["statuses"][3]["id"].as_u64().unwrap();
    let page = open_dp(&browser, &server).await;

    add_action(&page, contact_made).await;
    let evs = events(&page).await;
    let names: Vec<&str> = evs.iter().filter_map(|e| e["cb"].as_str()).collect();
    assert_eq!(
        names,
        [
            "constructor",
            "api",
            "render",
            "init",
            "bind_actions",
            "dpSettings"
        ]
    );
    let dp = &evs[5];
    assert_eq!(dp["area"], "digital_pipeline");
    assert_eq!(dp["form"], 1);
    assert_eq!(dp["message_input"], 1);
    assert_eq!(dp["message"], "");
    assert!(exists(&page, ".digital-pipeline__item_open .digital-pipeline__short-task_widget-style_recorder img[src$='logo_dp.png']").await);
    assert!(exists(&page, ".digital-pipeline__item_open #widget_settings__fields_wrapper .widget_settings_block__input_field input[name=message]").await);
    assert!(
        exists(
            &page,
            ".digital-pipeline__item_open button.js-trigger-save.button-input-disabled"
        )
        .await,
        "Save starts disabled"
    );
    click(&page, ".digital-pipeline__item_open .js-trigger-save").await;
    assert!(
        exists(&page, ".digital-pipeline__item_open").await,
        "a disabled Save does nothing"
    );
    type_into(
        &page,
        ".digital-pipeline__item_open input[name=message]",
        "Hello",
    )
    .await;
    assert!(
        !exists(
            &page,
            ".digital-pipeline__item_open button.js-trigger-save.button-input-disabled"
        )
        .await
    );
    screenshot(&page, "dp-action-form-recorder").await;
    save_open_action(&page).await;

    add_action(&page, decision).await;
    type_into(
        &page,
        ".digital-pipeline__item_open input[name=message]",
        "Bye",
    )
    .await;
    save_open_action(&page).await;

    let triggers = stored(&server)["dp_triggers"]["items"].clone();
    assert_eq!(triggers.as_array().unwrap().len(), 2);
    assert_eq!(triggers[0]["status_id"], json!(contact_made));
    assert_eq!(triggers[0]["settings"], json!({"message": "Hello"}));
    assert_eq!(triggers[1]["status_id"], json!(decision));
    assert_eq!(triggers[1]["settings"], json!({"message": "Bye"}));
    assert!(
        text(&page, &format!(".digital-pipeline__status[data-status-id=\"{contact_made}\"] .digital-pipeline__short-task__descr")).await.contains("Hello")
    );

    // Reopening shows the saved value to dpSettings, and survives a reload.
    let page = open_dp(&browser, &server).await;
    let _: bool = eval(&page, "(window.__amo_emu_events = [], true)").await;
    click(
        &page,
        &format!(
            ".digital-pipeline__status[data-status-id=\"{contact_made}\"] .js-dp-open-trigger"
        ),
    )
    .await;
    wait_for(
        &page,
        "document.querySelector('form[data-action=send_widget_hook][data-amo-emu-ready=dp]')",
        "the reopened form",
    )
    .await;
    let dp: Vec<Value> = events(&page)
        .await
        .into_iter()
        .filter(|e| e["cb"] == "dpSettings")
        .collect();
    assert_eq!(dp[0]["message"], "Hello");
    screenshot(&page, "dp-page-recorder").await;
    browser.close().await;
}

#[tokio::test]
async fn a_code_change_reruns_dp_settings_and_leaving_the_page_destroys_the_widget() {
    let Some((browser, server)) = session("dp_action_swap", "tests/fixtures/recorder").await else {
        return;
    };
    server.install("recorder", json!({"login": "anna"}));
    let pipeline = main_pipeline(&server);
    let stage = pipeline["_embedded"]["statuses"][1]["id"].as_u64().unwrap();
    let page = open_dp(&browser, &server).await;
    add_action(&page, stage).await;
    type_into(
        &page,
        ".digital-pipeline__item_open input[name=message]",
        "typed in the form",
    )
    .await;
    let _: bool = eval(
        &page,
        "(window.__amo_emu_events = [], window.__kept = 1, true)",
    )
    .await;

    let script = server.widget_dir.join("script.js");
    let body = std::fs::read_to_string(&script).unwrap();
    std::fs::write(
        &script,
        format!("{body}\nwindow.__script_version = 'dp-v2';\n"),
    )
    .unwrap();
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuSwaps === '1' && document.querySelector('.digital-pipeline__item_open form[data-amo-emu-ready=dp]')",
        "the swap, and the form after the new dpSettings",
    )
    .await;
    assert_eq!(eval::<i64>(&page, "window.__kept").await, 1, "no reload");
    assert_eq!(
        eval::<String>(&page, "window.__script_version || ''").await,
        "dp-v2"
    );
    let evs = events(&page).await;
    let names: Vec<&str> = evs.iter().filter_map(|e| e["cb"].as_str()).collect();
    assert_eq!(
        names,
        [
            "destroy",
            "constructor",
            "api",
            "render",
            "init",
            "bind_actions",
            "dpSettings"
        ],
        "the DP area's old object destroyed, a new one entered, dpSettings run again"
    );
    assert_eq!(
        eval::<String>(
            &page,
            "document.querySelector('.digital-pipeline__item_open input[name=message]').value"
        )
        .await,
        "typed in the form"
    );
    assert_eq!(
        eval::<i64>(
            &page,
            "document.querySelectorAll('.digital-pipeline__item_open').length"
        )
        .await,
        1
    );

    // Leaving the page destroys the area's (new) widget object before the
    // next page loads; the recorder keeps its events in sessionStorage.
    let _: bool = eval(&page, "(sessionStorage.removeItem('amo_emu_events'), true)").await;
    click(&page, ".nav__menu__item[href=\"/settings/\"]").await;
    wait_for(
        &page,
        "location.pathname === '/settings/'",
        "the Settings page",
    )
    .await;
    let left: Vec<Value> = eval(
        &page,
        "JSON.parse(sessionStorage.getItem('amo_emu_events') || '[]')",
    )
    .await;
    let names: Vec<&str> = left.iter().filter_map(|e| e["cb"].as_str()).collect();
    assert_eq!(names, ["destroy"], "{left:#?}");
    assert_eq!(left[0]["area"], "digital_pipeline");
    browser.close().await;
}

#[tokio::test]
async fn a_required_dp_field_left_empty_is_not_saved() {
    let Some((browser, server)) = session("dp_action_required", "tests/fixtures/recorder").await
    else {
        return;
    };
    server.install("recorder", json!({"login": "anna"}));
    let stage = main_pipeline(&server)["_embedded"]["statuses"][2]["id"]
        .as_u64()
        .unwrap();
    let page = open_dp(&browser, &server).await;
    add_action(&page, stage).await;
    type_into(
        &page,
        ".digital-pipeline__item_open input[name=message]",
        " ",
    )
    .await;
    click(&page, ".digital-pipeline__item_open .js-trigger-save").await;
    wait_for(
        &page,
        "document.querySelector('.digital-pipeline__item_open .amo-emu-notice').textContent.includes('required')",
        "the required-field notice",
    )
    .await;
    assert!(
        exists(
            &page,
            ".digital-pipeline__item_open .widget_settings_block__item_field_invalid"
        )
        .await
    );
    assert!(stored(&server)["dp_triggers"]["items"]
        .as_array()
        .map_or(true, |a| a.is_empty()));
    browser.close().await;
}

/// A one-shot HTTP server on loopback: answers `status` and hands over the
/// request (head, body).
fn listener(status: &'static str) -> (u16, mpsc::Receiver<(String, String)>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let Ok((stream, _)) = l.accept() else { return };
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                break;
            }
            head.push_str(&line);
        }
        let len: usize = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0);
        let mut body = vec![0; len];
        reader.read_exact(&mut body).unwrap();
        let answer = format!("HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: 8\r\nConnection: close\r\n\r\naccepted");
        let mut stream = stream;
        let _ = stream.write_all(answer.as_bytes());
        let _ = tx.send((head, String::from_utf8(body).unwrap()));
    });
    (port, rx)
}

/// Serves the recorder with the DP webhook pointed at `url`.
fn serve_with_webhook(url: &str) -> TestServer {
    TestServer::start_with("tests/fixtures/recorder", &["--dp-webhook-url", url])
}

/// Opens saved action `id` on the DP page, as a click on its trigger does.
async fn open_action(page: &chromiumoxide::Page, id: u64) {
    click(
        page,
        &format!(".digital-pipeline__item[data-trigger-id=\"{id}\"] .js-dp-open-trigger"),
    )
    .await;
}

/// Presses the open action's webhook button and waits for a result with
/// `outcome`; returns the head line shown (status and time, or the failure).
async fn press_webhook(page: &chromiumoxide::Page, outcome: &str) -> String {
    click(page, ".digital-pipeline__item_open .js-dp-fire-webhook").await;
    wait_for(
        page,
        &format!("document.querySelector('.amo-emu-dp-webhook__result[data-outcome={outcome}]')"),
        "the webhook result",
    )
    .await;
    text(page, ".amo-emu-dp-webhook__head").await
}

/// Installs the recorder and saves an action with `message` under the
/// second stage through the page's own endpoint; returns (stage, action id).
fn saved_action(server: &TestServer, message: &str) -> (Value, u64, u64) {
    server.install("recorder", json!({"login": "anna"}));
    let pipeline = main_pipeline(server);
    let stage = pipeline["_embedded"]["statuses"][1]["id"].as_u64().unwrap();
    let (status, t) = post(
        server,
        "/amo-emu/dp/triggers",
        json!({"pipeline_id": pipeline["id"], "status_id": stage, "settings": {"message": message}}),
    );
    assert_eq!(status, 200, "{t}");
    (pipeline, stage, t["id"].as_u64().unwrap())
}

#[tokio::test]
async fn the_webhook_button_posts_the_documented_payload_and_shows_the_answer() {
    let Some(browser) = TestBrowser::launch("dp_webhook").await else {
        return;
    };
    let (port, received) = listener("200 OK");
    let url = format!("http://127.0.0.1:{port}/amo/dp");
    let server = serve_with_webhook(&url);
    let (pipeline, stage, id) = saved_action(&server, "Hi there");
    let page = open_dp(&browser, &server).await;
    open_action(&page, id).await;
    wait_for(
        &page,
        "document.querySelector('form[data-action=send_widget_hook][data-amo-emu-ready=dp]')",
        "the form",
    )
    .await;
    assert!(text(&page, ".amo-emu-dp-webhook__url").await.contains(&url));
    let _: bool = eval(
        &page,
        "(document.querySelector('.amo-emu-dp-webhook__lead').value = '777', true)",
    )
    .await;
    let shown = press_webhook(&page, "delivered").await;
    assert!(
        shown.starts_with("200 OK in ") && shown.ends_with(" ms"),
        "{shown}"
    );
    screenshot(&page, "dp-webhook-delivered").await;

    let (head, body) = received.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(head.starts_with("POST /amo/dp HTTP/1.1"), "{head}");
    assert!(head
        .to_ascii_lowercase()
        .contains("content-type: application/json"));
    let payload: Value = serde_json::from_str(&body).unwrap();
    let time = payload["event"]["time"].as_u64().unwrap();
    assert!(time > 1_700_000_000);
    assert_eq!(
        payload,
        json!({
            "event": {"type": 14, "type_code": "lead_status_changed",
                      "data": {"id": 777, "element_type": 2, "status_id": stage,
                               "pipeline_id": pipeline["id"], "direction_of_movement": "went_to_trigger"},
                      "time": time},
            "action": {"settings": {"widget": {"settings": {"message": "Hi there"}}}},
            "subdomain": "example",
            "account_id": 30441694
        })
    );
    browser.close().await;
}

#[tokio::test]
async fn a_failing_backend_is_shown_not_swallowed() {
    let Some(browser) = TestBrowser::launch("dp_webhook_500").await else {
        return;
    };
    let (port, received) = listener("500 Internal Server Error");
    let url = format!("http://127.0.0.1:{port}/hook");
    let server = serve_with_webhook(&url);
    let (_, _, id) = saved_action(&server, "x");
    let page = open_dp(&browser, &server).await;
    open_action(&page, id).await;
    let shown = press_webhook(&page, "http_error").await;
    assert!(
        shown.contains("Failed: 500 Internal Server Error"),
        "{shown}"
    );
    assert!(received.recv_timeout(Duration::from_secs(10)).is_ok());
    browser.close().await;
}

fn fire(server: &TestServer, id: u64) -> Value {
    let (status, report) = post(
        server,
        &format!("/amo-emu/dp/triggers/{id}/fire"),
        json!({"event": "lead_added", "lead_id": 5}),
    );
    assert_eq!(status, 200, "{report}");
    report
}

#[test]
fn a_refused_connection_is_reported_with_its_reason() {
    let closed = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let url = format!("http://127.0.0.1:{port}/hook");
    let server = serve_with_webhook(&url);
    let (_, _, id) = saved_action(&server, "x");
    let report = fire(&server, id);
    assert_eq!(report["ok"], false);
    assert_eq!(report["outcome"], "connect_failed");
    assert_eq!(report["status"], Value::Null);
    assert!(
        report["error"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("refused"),
        "{report}"
    );
    assert_eq!(report["payload"]["event"]["type"], 1);
    assert_eq!(report["payload"]["event"]["type_code"], "lead_added");
}

#[test]
fn a_backend_that_never_answers_times_out() {
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let server = serve_with_webhook(&url);
    let (_, _, id) = saved_action(&server, "x");
    let report = fire(&server, id);
    assert_eq!(report["outcome"], "timeout", "{report}");
    assert!(report["elapsed_ms"].as_u64().unwrap() >= 4_900);
    drop(silent);
}

#[test]
fn actions_need_an_installed_widget_and_valid_values() {
    let server = TestServer::start("tests/fixtures/recorder");
    let pipeline = main_pipeline(&server);
    let stage = pipeline["_embedded"]["statuses"][1]["id"].clone();
    let body =
        json!({"pipeline_id": pipeline["id"], "status_id": stage, "settings": {"message": "m"}});
    let (status, p) = post(&server, "/amo-emu/dp/triggers", body.clone());
    assert_eq!(status, 409, "{p}");
    server.install("recorder", json!({"login": "anna"}));
    let (status, p) = post(
        &server,
        "/amo-emu/dp/triggers",
        json!({"pipeline_id": pipeline["id"], "status_id": stage, "settings": {"message": "", "nope": "x"}}),
    );
    assert_eq!(status, 400);
    let paths: Vec<&str> = p["validation-errors"][0]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["settings.nope", "settings.message"]);
    let (status, _) = post(
        &server,
        "/amo-emu/dp/triggers",
        json!({"pipeline_id": pipeline["id"], "status_id": 1, "settings": {"message": "m"}}),
    );
    assert_eq!(status, 400);
    assert!(stored(&server)["dp_triggers"]["items"]
        .as_array()
        .map_or(true, |a| a.is_empty()));
    assert_eq!(post(&server, "/amo-emu/dp/triggers", body).0, 200);
}

#[tokio::test]
async fn sample_widget_shows_its_sources_and_its_textarea_action_form() {
    let Some((browser, server)) = session("dp_sample_widget", "sample-widget").await else {
        return;
    };
    server.install("sample_widget", json!({"api_key": "key-1234"}));
    let made = create_sources(
        &server,
        json!([
            {"name": "Website form", "external_id": "form-1"},
            {"name": "WhatsApp +1 555 0100", "external_id": "wa-1", "default": true}
        ]),
    );
    let stage = main_pipeline(&server)["_embedded"]["statuses"][1]["id"]
        .as_u64()
        .unwrap();
    let page = open_dp(&browser, &server).await;
    assert_eq!(
        eval::<usize>(&page, "document.querySelectorAll('.digital-pipeline__source[data-widget-code=sample_widget]').length").await,
        2
    );
    screenshot(&page, "dp-page-sample-widget").await;

    click(&page, &format!("[data-source-id=\"{}\"]", made[1]["id"])).await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget .sample-widget__source-note')",
        "the sample widget's note about the source",
    )
    .await;
    let note = text(&page, ".sample-widget__source-note").await;
    assert!(
        note.contains(&format!("#{}", made[1]["id"])) && note.contains("wa-1"),
        "{note}"
    );
    screenshot(&page, "dp-sample-widget-source-modal").await;
    click(&page, ".modal .modal-body__close").await;
    wait_for(
        &page,
        "!document.querySelector('.modal')",
        "the modal to close",
    )
    .await;

    add_action(&page, stage).await;
    wait_for(
        &page,
        "document.querySelector('#sample_widget_dp_message')",
        "the sample widget's textarea",
    )
    .await;
    let hidden: bool = eval(
        &page,
        "getComputedStyle(document.querySelector('.digital-pipeline__item_open input[name=message]')).display === 'none'",
    )
    .await;
    assert!(hidden, "dpSettings hid the platform input");
    type_into(&page, "#sample_widget_dp_message", "Thanks for your order!").await;
    screenshot(&page, "dp-action-form-sample-widget").await;
    save_open_action(&page).await;
    assert_eq!(
        stored(&server)["dp_triggers"]["items"][0]["settings"],
        json!({"message": "Thanks for your order!"})
    );
    browser.close().await;
}

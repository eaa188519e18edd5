//! The Salesbot designer and bot runs (docs/salesbot.md): in headless
//! Chromium, a person opens Settings → Communication tools, adds the
//! widget's step, saves the bot and runs it; the `widget_request` reaches a
//! local backend, which continues the bot, and what the bot shows appears
//! in the run log; the DP page's "+ Add action" leads to the designer too,
//! and a save that is not a JSON string is refused and said. Over HTTP: the documented limits of `continue`, one
//! `continue` per `continue_id`, a bot that waits too long, and `continue`
//! needing a token once OAuth is configured.

mod common;

use std::time::{Duration, Instant};

use common::backend::{closed_port, Backend};
use common::browser::{
    click, eval, events, exists, screenshot, session, text, type_into, wait_for,
};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const FIXTURE: &str = "tests/fixtures/salesbot";
const CODE: &str = "salesbot";

/// The body and path of the widget_request the backend got.
fn widget_request(backend: &Backend) -> (String, Value) {
    let raw = off_runtime(|| backend.first_request());
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let path = head.split(' ').nth(1).unwrap().to_owned();
    (path, serde_json::from_str(body).unwrap())
}

/// What the backend does: POST the continue to `return_url` (on the test
/// server's loopback address), as (status, body).
fn continue_bot(
    server: &TestServer,
    return_url: &str,
    body: &Value,
    token: Option<&str>,
) -> (u16, String) {
    let path = return_url
        .strip_prefix(&server.base)
        .unwrap_or_else(|| panic!("{return_url} is not on {}", server.base))
        .to_owned();
    off_runtime(|| {
        let mut req = server
            .http()
            .post(server.url(&path))
            .header("Content-Type", "application/json")
            .body(body.to_string());
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        let res = req.send().unwrap();
        (res.status().as_u16(), res.text().unwrap())
    })
}

fn stored(server: &TestServer) -> Value {
    serde_json::from_slice(&std::fs::read(server.widget_dir.join(".amo-emu/state.json")).unwrap())
        .unwrap()
}

#[tokio::test]
async fn a_bot_run_reaches_the_backend_which_continues_it_and_the_show_text_appears() {
    let Some((browser, server)) = session("salesbot_run", FIXTURE).await else {
        return;
    };
    server.install(CODE, json!({"login": "anna"}));
    let backend = Backend::start("200 OK", "", "{}");

    // Settings → Communication tools → the Salesbot designer.
    let page = browser.open(&server.url("/settings/")).await;
    click(
        &page,
        ".settings-menu a[href=\"/settings/communications/\"]",
    )
    .await;
    click(&page, ".js-salesbot-open").await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'salesbot_designer'",
        "the designer",
    )
    .await;
    let area: String = eval(&page, "APP.getWidgetsArea()").await;
    assert_eq!(area, "salesbot_designer");
    let entered: Vec<String> = events(&page)
        .await
        .iter()
        .filter_map(|e| e["cb"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(entered, ["constructor", "render", "init", "bind_actions"]);

    // Add a step: each handler with its translated name and logo.
    click(&page, ".js-salesbot-add-step").await;
    let handler =
        format!("[data-salesbot-handler=\"send_to_backend\"][data-widget-code=\"{CODE}\"]");
    assert_eq!(
        text(&page, &format!("{handler} .salesbot__handler-title")).await,
        "Ask the backend"
    );
    assert!(
        exists(
            &page,
            &format!("{handler} img[src=\"/upl/{CODE}/widget/images/logo.png\"]")
        )
        .await
    );
    assert!(exists(&page, "[data-salesbot-handler=\"not_a_string\"]").await);
    screenshot(&page, "salesbot-add-step").await;
    click(&page, &handler).await;
    wait_for(
        &page,
        "document.querySelector('#salesbot-step[data-amo-emu-ready=send_to_backend]')",
        "salesbotDesignerSettings",
    )
    .await;
    assert!(exists(&page, "#salesbot-step input[name=endpoint][type=url]").await);
    assert!(
        exists(
            &page,
            "#salesbot-step input[name=tries][type=number][value=\"3\"]"
        )
        .await
    );
    let greeting: String = eval(
        &page,
        "document.querySelector('#salesbot-step input[name=greeting]').value",
    )
    .await;
    assert_eq!(greeting, "Hello from the bot");
    assert!(
        exists(
            &page,
            "#salesbot-step .salesbot-step__widget-body #salesbot-widget-row"
        )
        .await
    );
    assert_eq!(
        text(&page, "[data-salesbot-exits]").await,
        "AnsweredNo answer"
    );
    let settings_call = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "salesbotDesignerSettings")
        .unwrap();
    assert_eq!(settings_call["params"]["greeting"], "Hello from the bot");
    assert_eq!(
        (
            settings_call["has_body"].clone(),
            settings_call["row"].clone()
        ),
        (json!(true), json!("function"))
    );

    let url = backend.url("/salesbot/hook");
    type_into(&page, "#salesbot-step input[name=endpoint]", &url).await;
    type_into(&page, ".js-salesbot-name", "Greeter").await;
    click(&page, ".js-salesbot-save").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice_success')",
        "the saved notice",
    )
    .await;
    let save_call = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "onSalesbotDesignerSave")
        .unwrap();
    assert_eq!(save_call["handler_code"], "send_to_backend");
    assert_eq!(save_call["params"]["endpoint"], json!(url));
    let bot = stored(&server)["salesbots"]["items"][0].clone();
    assert_eq!(bot["name"], "Greeter");
    assert_eq!(bot["steps"][0]["question"][0]["handler"], "widget_request");
    let bot_id = bot["id"].as_u64().unwrap();
    screenshot(&page, "salesbot-saved").await;

    // Run it on the first lead; the backend gets the documented payload.
    click(
        &page,
        &format!(".js-salesbot-run[data-bot-id=\"{bot_id}\"]"),
    )
    .await;
    let (path, payload) = widget_request(&backend);
    assert_eq!(path, "/salesbot/hook");
    assert_eq!(
        payload["data"],
        json!({"greeting": "Hello from the bot", "tries": "3"})
    );
    let token = payload["token"].as_str().unwrap();
    assert_eq!(token.split('.').count(), 3, "a JWT: {token}");
    let return_url = payload["return_url"].as_str().unwrap();
    assert!(
        return_url.starts_with(&format!(
            "{}/api/v4/salesbot/{bot_id}/continue/",
            server.base
        )),
        "{return_url}"
    );
    wait_for(
        &page,
        "document.querySelector('[data-salesbot-log][data-state=waiting]')",
        "the bot to wait",
    )
    .await;

    let (status, body) = continue_bot(
        &server,
        return_url,
        &json!({"data": {"status": "success"}, "execute_handlers": [
            {"handler": "show", "params": {"type": "text", "value": "Hi from the backend"}},
            {"handler": "show", "params": {"type": "buttons", "value": "Pick one", "buttons": ["Yes", "No"]}}
        ]}),
        None,
    );
    assert_eq!(status, 202, "{body}");
    wait_for(
        &page,
        "document.querySelector('[data-salesbot-log][data-state=finished]')",
        "the bot to end",
    )
    .await;
    let log = text(&page, "[data-salesbot-log]").await;
    for said in [
        "Hi from the backend",
        "Pick one",
        "YesNo",
        "The backend said success",
        "widget_request → http://127.0.0.1:",
        "200 OK",
    ] {
        assert!(log.contains(said), "{said:?} in {log}");
    }
    assert!(
        exists(
            &page,
            "[data-salesbot-log] .salesbot-log__entry[data-kind=show]"
        )
        .await
    );
    screenshot(&page, "salesbot-run-log").await;
    server.wait_stderr("[salesbot] widget_request → ");
    browser.close().await;
}

#[tokio::test]
async fn a_save_that_is_not_a_json_string_is_refused_and_said() {
    let Some((browser, server)) = session("salesbot_not_a_string", FIXTURE).await else {
        return;
    };
    server.install(CODE, json!({"login": "anna"}));
    // From the Digital Pipeline's "+ Add action": the Salesbot entry.
    let page = browser.open(&server.url("/settings/pipeline/leads/")).await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'digital_pipeline'",
        "the DP page",
    )
    .await;
    click(&page, ".js-dp-add-action").await;
    click(
        &page,
        ".digital-pipeline__actions-list_open .digital-pipeline__salesbot-link",
    )
    .await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'salesbot_designer'",
        "the designer",
    )
    .await;
    click(&page, ".js-salesbot-add-step").await;
    click(&page, "[data-salesbot-handler=\"not_a_string\"]").await;
    wait_for(
        &page,
        "document.querySelector('#salesbot-step[data-amo-emu-ready=not_a_string]')",
        "the form",
    )
    .await;
    click(&page, ".js-salesbot-save").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice_error')",
        "the refusal",
    )
    .await;
    let said = text(&page, ".salesbot-designer__modal > .amo-emu-notice").await;
    assert!(
        said.contains("returned an array") && said.contains("JSON string"),
        "{said}"
    );
    server.wait_stderr("onSalesbotDesignerSave returned");
    assert!(stored(&server)["salesbots"].is_null(), "nothing saved");
    screenshot(&page, "salesbot-not-a-string").await;
    browser.close().await;
}

/// Saves a bot whose first step is a widget_request to `url` and starts it;
/// returns (bot id, run id).
fn started_bot(server: &TestServer, url: &str) -> (u64, u64) {
    let steps = json!([{"question": [
        {"handler": "widget_request", "params": {"url": url, "data": {"a": 1}}},
        {"handler": "find", "params": {}}
    ]}]);
    let (status, bot) = server.post_json(
        "/amo-emu/salesbot/bots",
        &json!({"name": "B", "handler_code": "send_to_backend", "steps": steps.to_string()}),
    );
    assert_eq!(status, 200, "{bot}");
    let bot_id = bot["id"].as_u64().unwrap();
    let (status, run) =
        server.post_json(&format!("/amo-emu/salesbot/bots/{bot_id}/run"), &json!({}));
    assert_eq!(status, 200, "{run}");
    (bot_id, run["run_id"].as_u64().unwrap())
}

fn run_log(server: &TestServer, run_id: u64) -> Value {
    off_runtime(|| {
        server
            .http()
            .get(server.url(&format!("/amo-emu/salesbot/runs/{run_id}")))
            .send()
            .unwrap()
            .json::<Value>()
            .unwrap()
    })
}

fn wait_state(server: &TestServer, run_id: u64, state: &str) -> Value {
    let start = Instant::now();
    loop {
        let run = run_log(server, run_id);
        if run["state"] == state || run["state"].get(state).is_some() {
            return run;
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "not {state}: {run}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn continue_checks_the_documented_limits_and_is_taken_once() {
    let server = TestServer::start(FIXTURE);
    server.install(CODE, json!({"login": "anna"}));
    let backend = Backend::start("200 OK", "", "{}");
    let (_, run_id) = started_bot(&server, &backend.url("/hook"));
    let (_, payload) = widget_request(&backend);
    let return_url = payload["return_url"].as_str().unwrap().to_owned();
    wait_state(&server, run_id, "waiting");

    let show = |value: String, buttons: usize| json!({"handler": "show", "params": {"type": "buttons", "value": value, "buttons": vec!["b"; buttons]}});
    let eleven: Vec<_> = (0..11).map(|_| show("x".into(), 0)).collect();
    for broken in [
        json!({"execute_handlers": eleven}),
        json!({"execute_handlers": [show("x".repeat(81), 0)]}),
        json!({"execute_handlers": [show("a".into(), 20), show("b".into(), 6)]}),
    ] {
        let (status, body) = continue_bot(&server, &return_url, &broken, None);
        assert_eq!(status, 400, "{body}");
        assert!(body.contains("validation-errors"), "{body}");
    }
    // Still waiting: a refused continue changes nothing. Now eight at once.
    let ok = json!({"data": {"n": 1}, "execute_handlers": [show("x".repeat(80), 25)]});
    let statuses: Vec<u16> = std::thread::scope(|s| {
        let all: Vec<_> = (0..8)
            .map(|_| s.spawn(|| continue_bot(&server, &return_url, &ok, None).0))
            .collect();
        all.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(
        statuses.iter().filter(|s| **s == 202).count(),
        1,
        "{statuses:?}"
    );
    assert_eq!(
        statuses.iter().filter(|s| **s == 404).count(),
        7,
        "{statuses:?}"
    );
    let run = wait_state(&server, run_id, "finished");
    let kinds: Vec<&str> = run["log"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.iter().filter(|k| **k == "continue").count(),
        1,
        "{run}"
    );
    assert!(
        run["log"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"] == "handler find is not emulated: skipped, the next handler runs"),
        "{run}"
    );
}

#[test]
fn a_bot_that_waits_too_long_says_so() {
    let server = TestServer::start_with(FIXTURE, &["--salesbot-wait", "1"]);
    server.install(CODE, json!({"login": "anna"}));
    let backend = Backend::start("200 OK", "", "{}");
    let (bot_id, run_id) = started_bot(&server, &backend.url("/hook"));
    let (_, payload) = widget_request(&backend);
    let run = wait_state(&server, run_id, "timed_out");
    let last = run["log"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["kind"], "timeout");
    assert!(
        last["text"].as_str().unwrap().contains("within 1 s"),
        "{last}"
    );
    server.wait_stderr(&format!(
        "[salesbot] bot #{bot_id} (run {run_id}): no continue"
    ));
    let (status, _) = continue_bot(
        &server,
        payload["return_url"].as_str().unwrap(),
        &json!({}),
        None,
    );
    assert_eq!(status, 404, "a bot that stopped waiting is not continued");
}

#[test]
fn a_backend_that_does_not_answer_2xx_ends_the_run() {
    let server = TestServer::start(FIXTURE);
    server.install(CODE, json!({"login": "anna"}));
    let (_, run_id) = started_bot(&server, &format!("http://127.0.0.1:{}/hook", closed_port()));
    let run = wait_state(&server, run_id, "finished");
    let text = run["log"].to_string();
    assert!(text.contains("no 2xx answer"), "{text}");
}

#[test]
fn with_oauth_configured_continue_needs_a_token() {
    let redirect = format!("http://127.0.0.1:{}/cb", closed_port());
    // Installed, and a long-lived token made, before start: with OAuth on,
    // the API wants a token for the install too (`amo-emu token` writes its
    // grant into the state a starting server reads).
    let mut token = String::new();
    let server = TestServer::start_prepared(FIXTURE, &["--redirect-uri", &redirect], |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        let state = json!({"schema": 1, "widgets": {CODE: {"installed": true, "settings": {}}}});
        std::fs::write(dir.join(".amo-emu/state.json"), state.to_string()).unwrap();
        let out = std::process::Command::new(common::built_binary())
            .args(["token", dir.to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    });
    let backend = Backend::start("200 OK", "", "{}");
    let (_, run_id) = started_bot(&server, &backend.url("/hook"));
    let (_, payload) = widget_request(&backend);
    let return_url = payload["return_url"].as_str().unwrap();
    let (status, _) = continue_bot(&server, return_url, &json!({}), None);
    assert_eq!(status, 401);
    let (status, body) = continue_bot(&server, return_url, &json!({}), Some(&token));
    assert_eq!(status, 202, "{body}");
    wait_state(&server, run_id, "finished");
}

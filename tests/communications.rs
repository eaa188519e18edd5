//! The places amoCRM keeps for SMS and WhatsApp widgets
//! (docs/communications.md §1–3), tried with the `sms-sender` fixture as a person
//! would in headless Chromium: a card's feed sends an SMS through the
//! widget's `add_source('sms', callback)` and shows the `sms_out` note only
//! once the callback's Promise resolved (a rejection, a throw and a value
//! that is no Promise are named, and add nothing; one still pending after
//! 10 s is said), another type of source gets its own panel to draw in, and
//! a throwing `add_action` callback is named; Settings → Communication
//! tools sends a system SMS to the widget's `sms.endpoint` (a local backend
//! gets `text`, `phone` and a `token` signed with the client secret) and
//! shows the answer; its WhatsApp modal lists the widget and opens its
//! settings (an unknown `?open=` code is said). Over HTTP: what the send
//! endpoint refuses, a backend that is down, endpoints that are not
//! http(s), and `check`'s W019.

mod common;

use std::process::Command;

use chromiumoxide::Page;
use common::backend::{closed_port, Backend};
use common::browser::{click, eval, events, screenshot, text, type_into, wait_for};
use common::browser::{click_in_inspector, press, wait_marketplace, TestBrowser};
use common::oauth::identity;
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const FIXTURE: &str = "tests/fixtures/sms-sender";
const CODE: &str = "sms_sender";

/// The fixture served with its `sms.endpoint` at `endpoint`.
fn serve_with_endpoint(endpoint: &str) -> TestServer {
    let endpoint = endpoint.to_owned();
    TestServer::start_prepared(FIXTURE, &[], move |dir| {
        let path = dir.join("manifest.json");
        let mut manifest: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        manifest["sms"]["endpoint"] = Value::String(endpoint);
        std::fs::write(&path, manifest.to_string()).unwrap();
    })
}

async fn open_ready(browser: &TestBrowser, server: &TestServer, path: &str, ready: &str) -> Page {
    let page = browser.open(&server.url(path)).await;
    wait_for(
        &page,
        &format!("document.documentElement.dataset.amoEmuReady === {ready:?}"),
        path,
    )
    .await;
    page
}

/// The notes of lead `id` of type `sms_out`.
fn sms_notes(server: &TestServer, id: u64) -> Vec<Value> {
    let res = server
        .http()
        .get(server.url(&format!("/api/v4/leads/{id}/notes")))
        .send()
        .unwrap();
    if res.status().as_u16() == 204 {
        return Vec::new();
    }
    let body: Value = res.json().unwrap();
    body["_embedded"]["notes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["note_type"] == "sms_out")
        .cloned()
        .collect()
}

/// Types `message` in SMS mode and sends it.
async fn send_from_feed(page: &Page, message: &str) {
    type_into(page, ".js-note-text", message).await;
    click(page, ".js-note-add").await;
}

/// The texts of the error messages in the corner.
async fn error_toasts(page: &Page) -> String {
    eval(
        page,
        "[...document.querySelectorAll('.amo-emu-toast_error')].map(e => e.textContent).join(' | ')",
    )
    .await
}

#[tokio::test]
async fn a_card_sends_an_sms_through_the_widget_and_the_feed_shows_it_only_once_sent() {
    let Some(browser) = TestBrowser::launch("feed_sms").await else {
        return;
    };
    let server = off_runtime(|| TestServer::start(FIXTURE));
    server.install(CODE, json!({}));
    let lead = server.first_lead_id();
    let page = open_ready(&browser, &server, &format!("/leads/detail/{lead}"), "crm").await;

    // The widget registered in init: the composer offers SMS, to the card's phones.
    wait_for(
        &page,
        "!document.querySelector('.js-feed-modes').hidden",
        "the Note / SMS switch",
    )
    .await;
    assert!(text(&page, ".js-sms-via")
        .await
        .contains("Fixture: SMS gate"));
    click(&page, "[data-feed-mode=sms]").await;
    wait_for(
        &page,
        "!document.querySelector('.js-feed-sms').hidden",
        "SMS mode",
    )
    .await;
    assert_eq!(text(&page, ".js-note-add").await, "Send SMS");
    let phones: Vec<(String, u64)> = eval(
        &page,
        "[...document.querySelectorAll('.js-sms-phone option')].map(o => [o.value, Number(o.dataset.contactId)])",
    )
    .await;
    let card_phones: Vec<(String, u64)> = eval(
        &page,
        "[...document.querySelectorAll('.js-card-phone')].map(p => [p.dataset.value, Number(p.dataset.contactId)])",
    )
    .await;
    assert!(!phones.is_empty(), "the lead's contacts have phones");
    assert_eq!(phones, card_phones);

    // Sent: the handler got {phone, message, contact_id} (this = the widget),
    // and only after its Promise resolved the feed shows the SMS.
    send_from_feed(&page, "Your order has shipped").await;
    wait_for(
        &page,
        "[...document.querySelectorAll('.feed-note-wrapper_sms_out')].some(n => n.textContent.includes('Your order has shipped'))",
        "the sms_out note in the feed",
    )
    .await;
    let call = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "sms")
        .unwrap();
    assert_eq!(call["params"]["phone"], phones[0].0.as_str());
    assert_eq!(call["params"]["message"], "Your order has shipped");
    assert_eq!(call["params"]["contact_id"], phones[0].1);
    assert_eq!(call["this_is_widget"], true);
    let notes = off_runtime(|| sms_notes(&server, lead));
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0]["params"]["text"], "Your order has shipped");
    assert_eq!(notes[0]["params"]["phone"], phones[0].0.as_str());
    assert_eq!(
        text(&page, ".js-note-text").await,
        "",
        "the composer is emptied"
    );
    screenshot(&page, "feed-sms-sent").await;

    // A rejection, a throw and a value that is no Promise: named, nothing added.
    for (message, says) in [
        ("please reject", "the gateway refused"),
        ("please throw", "no gateway configured"),
        ("plain value", "not a Promise"),
    ] {
        send_from_feed(&page, message).await;
        wait_for(
            &page,
            &format!("[...document.querySelectorAll('.amo-emu-toast_error')].some(t => t.textContent.includes({says:?}))"),
            says,
        )
        .await;
        let errors = error_toasts(&page).await;
        assert!(
            errors.contains("Widget callback add_source('sms') failed"),
            "{errors}"
        );
        assert_eq!(text(&page, ".js-note-status").await, "Not sent.");
    }
    screenshot(&page, "feed-sms-refused").await;

    // A Promise that never settles: amoCRM waits, and the page says it still does.
    send_from_feed(&page, "please hang").await;
    let started = std::time::Instant::now();
    loop {
        let said: bool = eval(&page, "[...document.querySelectorAll('.amo-emu-toast')].some(t => t.textContent.includes('has not settled after 10 s'))").await;
        if said {
            break;
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(40),
            "no word about the pending Promise"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(text(&page, ".js-note-status").await, "Still sending…");
    let notes = off_runtime(|| sms_notes(&server, lead));
    assert_eq!(notes.len(), 1, "a refused SMS adds no note: {notes:?}");

    // Another type of source ('email', labelled "Gmail"): its callback gets
    // a panel of the composer as a jQuery element, once, to draw in.
    assert_eq!(text(&page, "[data-feed-mode=email]").await, "Gmail");
    click(&page, "[data-feed-mode=email]").await;
    wait_for(
        &page,
        "document.querySelector('.js-feed-source[data-feed-source=email] .sms-sender-email')",
        "the widget's own control",
    )
    .await;
    assert!(
        eval::<bool>(
            &page,
            "document.querySelector('.feed-amojo__actions-inner').hidden"
        )
        .await
    );
    click(&page, "[data-feed-mode=sms]").await;
    click(&page, "[data-feed-mode=email]").await;
    let drawn: Vec<Value> = events(&page)
        .await
        .into_iter()
        .filter(|e| e["cb"] == "email")
        .collect();
    assert_eq!(drawn.len(), 1, "drawn once: {drawn:?}");
    assert_eq!(drawn[0]["is_jquery"], true);
    assert_eq!(drawn[0]["in_composer"], true);
    assert_eq!(drawn[0]["this_is_widget"], true);
    screenshot(&page, "feed-custom-source").await;

    // An add_action callback that throws is named like any callback.
    click(&page, ".js-card-email.card-fields__reach_action").await;
    click(&page, ".js-reach-menu .js-reach-action").await;
    wait_for(
        &page,
        "[...document.querySelectorAll('.amo-emu-toast_error')].some(t => t.textContent.includes(\"Widget callback add_action('email') failed: Error: no mail client\"))",
        "the add_action failure, named",
    )
    .await;

    // Back to Note: the composer adds a common note again.
    click(&page, "[data-feed-mode=note]").await;
    assert!(
        !eval::<bool>(
            &page,
            "document.querySelector('.feed-amojo__actions-inner').hidden"
        )
        .await
    );
    assert!(eval::<bool>(&page, "document.querySelector('.js-feed-source').hidden").await);
    assert_eq!(text(&page, ".js-note-add").await, "Add note");
    assert!(eval::<bool>(&page, "document.querySelector('.js-feed-sms').hidden").await);
    browser.close().await;
}

#[tokio::test]
async fn communication_tools_sends_a_system_sms_to_the_widgets_endpoint_and_shows_the_answer() {
    let Some(browser) = TestBrowser::launch("system_sms").await else {
        return;
    };
    let backend = Backend::start("200 OK", "", r#"{"status":"queued"}"#);
    let server = off_runtime(|| serve_with_endpoint(&backend.url("/sms")));
    server.install(CODE, json!({}));

    // Settings → Communication tools.
    let page = browser.open(&server.url("/settings/")).await;
    click(
        &page,
        ".settings-menu a[href=\"/settings/communications/\"]",
    )
    .await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'communications'",
        "Communication tools",
    )
    .await;
    assert_eq!(
        text(&page, "[data-sms-endpoint]").await,
        backend.url("/sms")
    );
    let phone: String = eval(
        &page,
        "document.querySelector('.js-system-sms [name=phone]').value",
    )
    .await;
    assert!(!phone.is_empty(), "a phone of the account is offered");
    type_into(&page, ".js-system-sms [name=text]", "Code 4321").await;
    click(&page, ".js-system-sms-send").await;
    wait_for(
        &page,
        "document.querySelector('[data-sms-log] li')",
        "the log entry",
    )
    .await;
    let entry = text(&page, "[data-sms-log] li").await;
    assert!(
        entry.contains(&format!("POST {}", backend.url("/sms"))),
        "{entry}"
    );
    assert!(entry.contains("200 OK"), "{entry}");
    assert!(
        entry.contains(r#"{"status":"queued"}"#),
        "the answer is shown: {entry}"
    );
    assert_eq!(text(&page, ".js-system-sms-status").await, "Sent.");
    screenshot(&page, "communications-system-sms").await;

    // The inspector's timeline lists it too.
    click_in_inspector(&page, ".toggle").await;
    wait_for(
        &page,
        "[...document.querySelectorAll('.amo-emu-inspector__entry[data-kind=integration]')].some(e => e.textContent.includes('system SMS to') && e.textContent.includes('200 OK'))",
        "the SMS on the inspector's timeline",
    )
    .await;

    // What the backend got: amoCRM's form body, the token signed with the secret.
    let raw = off_runtime(|| backend.first_request());
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    assert!(head.starts_with("POST /sms "), "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/x-www-form-urlencoded"),
        "{head}"
    );
    let form: Vec<(String, String)> = serde_urlencoded::from_str(body).unwrap();
    let get = |k: &str| {
        form.iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(get("text"), "Code 4321");
    assert_eq!(get("phone"), phone);
    let id = identity(&server);
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.set_audience(&[id.client_id.as_str()]);
    let claims = jsonwebtoken::decode::<Value>(
        &get("token"),
        &jsonwebtoken::DecodingKey::from_secret(id.client_secret.as_bytes()).unwrap(),
        &validation,
    )
    .expect("the token verifies with the client secret")
    .claims;
    assert_eq!(claims["phone"], phone.as_str());
    assert_eq!(claims["client_uuid"], id.client_id.as_str());
    server.wait_stderr(&format!(
        "[sms] system SMS to {phone} → {}: 200",
        backend.url("/sms")
    ));

    // The Salesbot lives here too (this widget adds no step, and says so).
    assert!(text(&page, "[data-comm-section=salesbot]")
        .await
        .contains("adds no step"));
    click(&page, ".js-salesbot-open").await;
    wait_for(
        &page,
        "location.pathname === '/salesbot/designer/' && document.querySelector('.amo-emu-unavailable')",
        "the designer",
    )
    .await;
    browser.close().await;
}

#[tokio::test]
async fn the_whatsapp_modal_lists_the_widget_and_opens_its_settings() {
    let Some(browser) = TestBrowser::launch("whatsapp_modal").await else {
        return;
    };
    let server = off_runtime(|| TestServer::start(FIXTURE));
    let page = open_ready(
        &browser,
        &server,
        "/settings/communications/",
        "communications",
    )
    .await;
    assert!(
        eval::<bool>(
            &page,
            "document.querySelector('[data-whatsapp-modal]').hidden"
        )
        .await
    );
    click(&page, ".js-whatsapp-open").await;
    wait_for(
        &page,
        "!document.querySelector('[data-whatsapp-modal]').hidden",
        "the modal",
    )
    .await;
    let item = format!("[data-whatsapp-widget=\"{CODE}\"]");
    assert!(text(&page, &item).await.contains("Fixture: SMS gate"));
    assert!(text(&page, &item).await.contains("Not installed"));
    screenshot(&page, "whatsapp-modal").await;
    // Escape closes it; the button opens it again.
    press(&page, "body", "Escape").await;
    wait_for(
        &page,
        "document.querySelector('[data-whatsapp-modal]').hidden",
        "closed",
    )
    .await;
    click(&page, ".js-whatsapp-open").await;
    click(&page, &item).await;
    wait_marketplace(&page).await;
    wait_for(
        &page,
        &format!("document.querySelector('.modal.{CODE}[data-amo-emu-ready]')"),
        "the widget's settings modal",
    )
    .await;
    assert_eq!(
        eval::<String>(&page, "location.search").await,
        "",
        "the address no longer asks for the modal"
    );

    // A code amo-emu does not serve is said, not ignored.
    let page = browser
        .open(&server.url("/settings/widgets/?open=nope"))
        .await;
    wait_marketplace(&page).await;
    wait_for(
        &page,
        "[...document.querySelectorAll('.amo-emu-toast_error')].some(t => t.textContent.includes('No widget \"nope\"'))",
        "the message about an unknown code",
    )
    .await;
    browser.close().await;
}

#[test]
fn a_widget_without_the_sms_location_offers_no_sender_and_the_whatsapp_modal_says_why() {
    let server = TestServer::start("tests/fixtures/card-areas");
    let html = server
        .http()
        .get(server.url("/settings/communications/"))
        .send()
        .unwrap()
        .text()
        .unwrap();
    assert!(html.contains("data-sms-sender=\"none\""), "{html}");
    assert!(html.contains("data-whatsapp-empty"), "{html}");
    let (status, body) =
        server.post_json("/amo-emu/sms/system", &json!({"phone": "+1", "text": "x"}));
    assert_eq!(status, 400, "{body}");
    assert!(body["detail"]
        .as_str()
        .unwrap()
        .contains("not an SMS sender"));
}

#[test]
fn the_system_sms_endpoint_refuses_what_amocrm_would_not_send_and_reports_a_backend_that_is_down() {
    let server = serve_with_endpoint(&format!("http://127.0.0.1:{}/sms", closed_port()));
    let sms = json!({"phone": "+15550100", "text": "Code 1"});
    let (status, body) = server.post_json("/amo-emu/sms/system", &sms);
    assert_eq!(status, 409, "not installed: {body}");
    assert!(body["detail"]
        .as_str()
        .unwrap()
        .contains("install the widget first"));

    server.install(CODE, json!({}));
    for (missing, body) in [
        ("phone", json!({"text": "Code 1"})),
        ("text", json!({"phone": "+15550100", "text": "  "})),
    ] {
        let (status, answer) = server.post_json("/amo-emu/sms/system", &body);
        assert_eq!(status, 400, "{answer}");
        assert_eq!(answer["validation-errors"][0]["errors"][0]["path"], missing);
    }
    let long = json!({"phone": "+15550100", "text": "x".repeat(1001)});
    let (status, answer) = server.post_json("/amo-emu/sms/system", &long);
    assert_eq!(status, 400, "{answer}");
    assert_eq!(
        answer["validation-errors"][0]["errors"][0]["code"],
        "TooLong"
    );

    // Sent, but nobody listens: the report says so, the server goes on.
    let (status, report) = server.post_json("/amo-emu/sms/system", &sms);
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["ok"], false);
    assert_eq!(report["outcome"], "connect_failed");
    assert!(
        report["payload"]["token"].as_str().unwrap().contains('…'),
        "the token is shown shortened: {report}"
    );
    server.wait_stderr("[sms] system SMS to +15550100");
    let (status, _) = server.post_json("/amo-emu/sms/system", &sms);
    assert_eq!(status, 200, "the server keeps running");
}

#[test]
fn an_endpoint_that_is_not_http_is_never_sent_to() {
    for endpoint in ["file:///etc/passwd", "ftp://127.0.0.1/sms", "sms.php"] {
        let server = serve_with_endpoint(endpoint);
        server.install(CODE, json!({}));
        let (status, report) = server.post_json(
            "/amo-emu/sms/system",
            &json!({"phone": "+15550100", "text": "Code 1"}),
        );
        assert_eq!(status, 200, "{report}");
        assert_eq!(report["outcome"], "bad_url", "{endpoint}: {report}");
        assert!(
            report["error"].as_str().unwrap().contains("sms.endpoint"),
            "{report}"
        );
    }
}

#[test]
fn check_warns_about_an_sms_location_with_nowhere_to_send() {
    let dir = tempfile::tempdir().unwrap();
    let widget = dir.path().join("sms-sender");
    common::fixture::assemble(&common::repo().join(FIXTURE), &widget);
    let path = widget.join("manifest.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text.replace(
        r#""sms": {"endpoint": "http://127.0.0.1:9/sms"}"#,
        r#""sms": {"endpoint": "sms.php"}"#,
    );
    std::fs::write(&path, &text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["check"])
        .arg(&widget)
        .output()
        .unwrap();
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let line = text.lines().position(|l| l.contains("sms.php")).unwrap() + 1;
    assert!(all.contains("W019"), "{all}");
    assert!(all.contains("is not an absolute http(s) URL"), "{all}");
    assert!(all.contains(&format!("manifest.json:{line}:")), "{all}");
    assert!(out.status.success(), "a warning does not fail check: {all}");
    assert!(
        !all.contains("does not run location sms") && !all.contains("location whatsapp_modal"),
        "both are emulated now: {all}"
    );
}

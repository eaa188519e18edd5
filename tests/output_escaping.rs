//! Widget and account strings holding HTML, script and twig syntax are shown
//! as text in every page and attribute of the emulator, never run: the
//! `hostile-strings` fixture (tests/fixtures/README.md) puts them in the
//! manifest name, short description, field labels, field codes, a field
//! type and the support link, and the test saves more through the API.

mod common;

use common::browser::{
    click, eval, events, open_settings_modal, screenshot, session, text, type_into, wait_for,
};
use serde_json::{json, Value};

const CODE: &str = "hostile_strings";
/// The four payloads every hostile string carries, in this order.
const PAYLOADS: [&str; 4] = [
    "<script>window.__pwned=1</script>",
    "\"><img src=x onerror=window.__pwned=2>",
    "{{ 7*7 }}",
    "{% raw %}",
];
/// The field whose code is itself hostile (see the fixture's manifest).
const ODD_CODE: &str = "x\"><img src=x onerror=window.__pwned=5>";

/// `label` followed by every payload, as the fixture's i18n strings are.
fn hostile(label: &str) -> String {
    format!("{label} {}", PAYLOADS.join(" "))
}

/// Text of `selector` in the page, trimmed.
async fn text_of(page: &chromiumoxide::Page, selector: &str) -> String {
    text(page, selector).await.trim().to_owned()
}

/// The value of the input whose `name` property is exactly `name`
/// (compared in JS, so no selector has to quote the hostile code).
async fn input_value(page: &chromiumoxide::Page, name: &str) -> Value {
    let name = serde_json::to_string(name).unwrap();
    let value: String = eval(
        page,
        &format!("(() => {{ const el = [...document.querySelectorAll('.modal input')].find(e => e.name === {name}); return el ? el.value : '<no such input>'; }})()"),
    )
    .await;
    Value::String(value)
}

/// Fails if anything hostile ran or became markup (the boot JSON block holds
/// the strings too, but as inert `application/json`). An image that fails to
/// load reports asynchronously, so first wait until an image of our own,
/// added after the content, has reported its failure.
async fn assert_inert(page: &chromiumoxide::Page, when: &str) {
    let _: bool = eval(
        page,
        "(() => { window.__sentinel = 0; const i = new Image(); i.onerror = () => { window.__sentinel = 1; }; i.src = 'x-sentinel-' + Date.now(); return true; })()",
    )
    .await;
    wait_for(
        page,
        "window.__sentinel === 1",
        "the sentinel image to fail",
    )
    .await;
    let pwned: String = eval(page, "String(window.__pwned)").await;
    assert_eq!(
        pwned, "undefined",
        "{when}: a hostile string ran (window.__pwned = {pwned})"
    );
    let injected: Vec<String> = eval(
        page,
        "[...document.querySelectorAll('img[src=\"x\"], script')].filter(e => e.tagName === 'IMG' || (e.type !== 'application/json' && (e.textContent || '').includes('__pwned'))).map(e => e.outerHTML)",
    )
    .await;
    assert!(
        injected.is_empty(),
        "{when}: hostile markup became elements: {injected:?}"
    );
    let js_links: usize = eval(
        page,
        "[...document.querySelectorAll('a[href]')].filter(a => a.href.trim().toLowerCase().startsWith('javascript:')).length",
    )
    .await;
    assert_eq!(js_links, 0, "{when}: a javascript: link is on the page");
}

#[tokio::test]
async fn hostile_strings_are_shown_as_text_and_never_run() {
    let Some((browser, server)) =
        session("hostile_strings", "tests/fixtures/hostile-strings").await
    else {
        return;
    };
    let saved = json!({
        "login": hostile("Saved login"),
        "secret": hostile("Saved secret"),
        "phones": {"504141": hostile("Saved phone")},
        "custom_data": hostile("Saved custom"),
        ODD_CODE: hostile("Saved odd"),
    });
    server.install(CODE, saved.clone());

    // The marketplace: the tile and the warning about the odd field type.
    let page = browser
        .open(&format!("{}/settings/widgets/", server.base))
        .await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the marketplace runtime",
    )
    .await;
    screenshot(&page, "hostile-strings-marketplace").await;
    assert_inert(&page, "marketplace").await;
    assert_eq!(text_of(&page, ".widget-card__name").await, hostile("Name"));
    assert_eq!(
        text_of(&page, ".widget-card__descr").await,
        hostile("Short")
    );
    let label: String = eval(
        &page,
        "document.querySelector('.widget-card').getAttribute('aria-label')",
    )
    .await;
    assert_eq!(label, hostile("Name"));
    let warnings = text_of(&page, ".amo-emu-warnings").await;
    assert!(
        warnings.contains("<img src=x onerror=window.__pwned=4>"),
        "{warnings}"
    );
    page.close().await.ok();

    // The modal: names, labels, saved values and a twig system control.
    let page = open_settings_modal(&browser, &server.base, CODE).await;
    assert_inert(&page, "settings modal").await;
    assert_eq!(
        text_of(&page, ".widget_settings_block__title").await,
        hostile("Name")
    );
    assert_eq!(
        text_of(&page, ".widget_settings_block__head-desc").await,
        hostile("Short")
    );
    let labels: Vec<String> = eval(
        &page,
        "[...document.querySelectorAll('.widget_settings_block__title_field')].map(e => e.textContent.replace(/\\*$/, '').trim())",
    )
    .await;
    for label in ["Login", "Secret", "Phones", "Custom", "Odd code", "Probe"] {
        assert!(
            labels.contains(&hostile(label)),
            "no literal label {label:?} in {labels:?}"
        );
    }
    assert_eq!(input_value(&page, "login").await, saved["login"]);
    assert_eq!(input_value(&page, "secret").await, saved["secret"]);
    assert_eq!(
        input_value(&page, "phones[504141]").await,
        saved["phones"]["504141"]
    );
    assert_eq!(
        input_value(&page, "custom_data").await,
        saved["custom_data"]
    );
    assert_eq!(input_value(&page, ODD_CODE).await, saved[ODD_CODE]);
    assert_eq!(input_value(&page, "hostile_probe").await, saved["login"]);
    let settings = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "settings")
        .expect("settings ran");
    assert_eq!(
        settings["probe_value"], saved["login"],
        "the twig control escaped the value"
    );
    assert_eq!(settings["i18n_login"], json!(hostile("Login")));
    let support: Value = eval(
        &page,
        "(document.querySelector('.widget-support-page__button') || {}).href || null",
    )
    .await;
    assert_eq!(
        support,
        json!("mailto:help@example.org"),
        "the javascript: link is replaced by the e-mail"
    );
    screenshot(&page, "hostile-strings-modal").await;

    // Typing another hostile value and saving it: the modal redraws its
    // header from the server, the value is stored as typed.
    let typed = hostile("Typed");
    type_into(&page, "input[name=\"login\"]", &typed).await;
    click(&page, &format!(".modal.{CODE} .js-widget-save")).await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice_success')",
        "the save to succeed",
    )
    .await;
    assert_inert(&page, "after saving").await;
    assert_eq!(server.widget_api(CODE)["settings"]["login"], json!(typed));
    page.close().await.ok();

    // A fresh page shows the typed value back, still as text.
    let page = open_settings_modal(&browser, &server.base, CODE).await;
    assert_inert(&page, "after reopening").await;
    assert_eq!(input_value(&page, "login").await, json!(typed));
    browser.close().await;
}

//! The `onSave` contract and the widget lifecycle in the settings modal,
//! one fixture widget per case (tests/fixtures/README.md), each clicked
//! through in headless Chromium and checked against what the API stored.

mod common;

use common::browser::{
    click, eval, events, exists, modal_session, notice, open_settings_modal, text, type_into,
    wait_for, wait_recorded, TestBrowser,
};
use common::TestServer;
use serde_json::{json, Value};

/// Serves `fixture`, opens its modal, types a login if it has one, clicks
/// Install and waits for the modal's verdict. Returns the page, the notice
/// text and what the API reports afterwards.
async fn install(
    test: &str,
    fixture: &str,
    code: &str,
) -> Option<(TestBrowser, TestServer, chromiumoxide::Page, String, Value)> {
    let browser = TestBrowser::launch(test).await?;
    let server = TestServer::start(&format!("tests/fixtures/{fixture}"));
    let page = open_settings_modal(&browser, &server.base, code).await;
    if exists(&page, "input[name=\"login\"]").await {
        type_into(&page, "input[name=\"login\"]", "anna").await;
    }
    click(&page, &format!(".modal.{code} .js-widget-install")).await;
    wait_for(&page, "!document.querySelector('.amo-emu-notice').hidden && document.querySelector('.amo-emu-notice').textContent.length > 0", "the install verdict").await;
    let said = notice(&page).await;
    let api = server.widget_api(code);
    Some((browser, server, page, said, api))
}

fn on_save_calls(events: &[Value]) -> usize {
    events.iter().filter(|e| e["cb"] == "onSave").count()
}

#[tokio::test]
async fn no_onsave_means_the_widget_cannot_be_installed() {
    let Some((browser, _server, page, said, api)) =
        install("no_onsave", "no-onsave", "no_onsave").await
    else {
        return;
    };
    assert!(said.contains("onSave"), "{said}");
    assert!(said.contains("Not installed"), "{said}");
    assert_eq!(api["is_active_in_account"], json!(false));
    assert!(
        exists(&page, ".modal.no_onsave .js-widget-install").await,
        "still offers Install"
    );
    browser.close().await;
}

#[tokio::test]
async fn onsave_returning_false_stores_nothing() {
    let Some((browser, _server, page, said, api)) =
        install("onsave_false", "onsave-false", "onsave_false").await
    else {
        return;
    };
    assert!(said.contains("onSave returned false"), "{said}");
    assert_eq!(api["is_active_in_account"], json!(false));
    assert_eq!(api["settings"], json!({}));
    assert_eq!(on_save_calls(&events(&page).await), 1);
    browser.close().await;
}

#[tokio::test]
async fn onsave_rejection_names_onsave_and_the_reason() {
    let Some((browser, _server, page, said, api)) =
        install("onsave_rejects", "onsave-rejects", "onsave_rejects").await
    else {
        return;
    };
    assert!(said.contains("onSave rejected"), "{said}");
    assert!(said.contains("backend said no"), "{said}");
    assert_eq!(api["is_active_in_account"], json!(false));
    let loading: bool = eval(
        &page,
        "document.querySelector('.js-widget-save').classList.contains('button-input-loading')",
    )
    .await;
    assert!(!loading, "the Save button is reset");
    browser.close().await;
}

#[tokio::test]
async fn onsave_throwing_names_onsave_and_the_error() {
    let Some((browser, _server, _page, said, api)) =
        install("onsave_throws", "onsave-throws", "onsave_throws").await
    else {
        return;
    };
    assert!(said.contains("onSave threw"), "{said}");
    assert!(said.contains("boom in onSave"), "{said}");
    assert_eq!(api["is_active_in_account"], json!(false));
    browser.close().await;
}

#[tokio::test]
async fn onsave_returning_an_object_installs_with_a_warning_naming_it() {
    let Some((browser, _server, page, said, api)) =
        install("onsave_object", "onsave-object", "onsave_object").await
    else {
        return;
    };
    assert!(said.contains("installed"), "{said}");
    assert!(said.contains("a plain object {\"ok\":true}"), "{said}");
    assert!(
        exists(&page, ".amo-emu-notice_warning").await,
        "shown as a warning"
    );
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["login"], json!("anna"));
    assert!(exists(&page, ".modal.onsave_object .js-widget-uninstall").await);
    browser.close().await;
}

#[tokio::test]
async fn onsave_returning_undefined_installs_with_a_warning() {
    let Some((browser, _server, page, said, api)) =
        install("onsave_undefined", "onsave-undefined", "onsave_undefined").await
    else {
        return;
    };
    assert!(said.contains("installed"), "{said}");
    assert!(said.contains("undefined"), "{said}");
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["login"], json!("anna"));
    assert!(exists(&page, ".modal.onsave_undefined .js-widget-uninstall").await);
    browser.close().await;
}

#[tokio::test]
async fn fields_changed_by_onsave_are_what_is_stored() {
    let Some((browser, server, page)) = modal_session(
        "onsave_mutates",
        "tests/fixtures/onsave-mutates",
        "onsave_mutates",
    )
    .await
    else {
        return;
    };
    type_into(&page, "input[name=\"token\"]", "abc").await;
    click(&page, ".modal.onsave_mutates .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.onsave_mutates .js-widget-uninstall')",
        "installed",
    )
    .await;
    let api = server.widget_api("onsave_mutates");
    assert_eq!(api["settings"]["token"], json!("mutated-abc"));
    let evs = events(&page).await;
    let call = evs
        .iter()
        .find(|e| e["cb"] == "onSave")
        .expect("onSave called");
    assert_eq!(call["active"], json!("Y"));
    assert_eq!(call["fields"]["token"], json!("abc"));
    browser.close().await;
}

#[tokio::test]
async fn empty_required_field_blocks_install_before_onsave() {
    let Some((browser, server, page)) = modal_session(
        "required_field",
        "tests/fixtures/required-field",
        "required_field",
    )
    .await
    else {
        return;
    };
    type_into(&page, "input[name=\"note\"]", "only the optional one").await;
    click(&page, ".modal.required_field .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.widget_settings_block__item_field_invalid')",
        "the highlighted field",
    )
    .await;
    let said = notice(&page).await;
    assert!(said.contains("Fill in the required field"), "{said}");
    let invalid: String = eval(
        &page,
        "document.querySelector('.widget_settings_block__item_field_invalid').dataset.fieldCode",
    )
    .await;
    assert_eq!(invalid, "api_key");
    assert_eq!(
        on_save_calls(&events(&page).await),
        0,
        "onSave must not run"
    );
    assert_eq!(
        server.widget_api("required_field")["is_active_in_account"],
        json!(false)
    );

    type_into(&page, "input[name=\"api_key\"]", "k-1").await;
    click(&page, ".modal.required_field .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.required_field .js-widget-uninstall')",
        "installed",
    )
    .await;
    assert!(!exists(&page, ".widget_settings_block__item_field_invalid").await);
    assert_eq!(
        server.widget_api("required_field")["settings"]["api_key"],
        json!("k-1")
    );
    browser.close().await;
}

#[tokio::test]
async fn callbacks_run_in_order_and_custom_and_users_values_are_stored() {
    let Some((browser, server, page)) =
        modal_session("recorder", "tests/fixtures/recorder", "recorder").await
    else {
        return;
    };
    let evs = events(&page).await;
    let order: Vec<&str> = evs
        .iter()
        .map(|e| e["cb"].as_str().unwrap_or(""))
        .filter(|c| *c != "api")
        .collect();
    assert_eq!(
        order,
        ["constructor", "render", "init", "bind_actions", "settings"]
    );
    let api_event = evs.iter().find(|e| e["cb"] == "api").unwrap();
    assert_eq!(
        api_event["has"],
        json!({"get_settings": true, "system": true, "i18n": true, "render": true, "get_version": true, "params": true, "langs": true})
    );
    assert_eq!(api_event["params_path"], json!("/upl/recorder/widget"));
    let settings = evs.iter().find(|e| e["cb"] == "settings").unwrap();
    assert_eq!(settings["context"], json!({}));
    assert_eq!(settings["area"], json!("settings"));
    assert_eq!(settings["has_body"], json!(true));
    assert_eq!(settings["status"], json!("install"));

    type_into(&page, "input[name=\"login\"]", "anna").await;
    type_into(&page, "input[name=\"phones[504143]\"]", "2042").await;
    click(&page, "#recorder-fill-custom").await;
    wait_for(
        &page,
        "!document.querySelector('.js-widget-save').classList.contains('button-input-disabled')",
        "Save enabled by the custom change",
    )
    .await;
    click(&page, ".modal.recorder .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder .js-widget-uninstall')",
        "installed",
    )
    .await;
    let api = server.widget_api("recorder");
    assert_eq!(api["settings"]["custom_data"], json!("{\"enabled\":true}"));
    assert_eq!(api["settings"]["phones"]["504143"], json!("2042"));
    assert_eq!(api["settings"]["phones"]["504141"], json!(""));
    let on_save = events(&page)
        .await
        .into_iter()
        .find(|e| e["cb"] == "onSave")
        .unwrap();
    assert_eq!(on_save["active"], json!("Y"));
    assert_eq!(on_save["fields"]["login"], json!("anna"));

    // Disable: onSave with active N, then destroy.
    let _: bool = eval(&page, "(window.__amo_emu_events = [], true)").await;
    click(&page, ".modal.recorder .js-widget-uninstall").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder .js-widget-install')",
        "disabled",
    )
    .await;
    let after: Vec<String> = events(&page)
        .await
        .iter()
        .map(|e| e["cb"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(after, ["onSave", "destroy"]);
    assert_eq!(events(&page).await[0]["active"], json!("N"));
    browser.close().await;
}

#[tokio::test]
async fn render_returning_false_skips_init_and_bind_actions() {
    let Some((browser, _server, page)) = modal_session(
        "render_false",
        "tests/fixtures/render-false",
        "render_false",
    )
    .await
    else {
        return;
    };
    let order: Vec<String> = events(&page)
        .await
        .iter()
        .map(|e| e["cb"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(order, ["constructor", "render", "settings"]);
    browser.close().await;
}

#[tokio::test]
async fn a_throwing_settings_callback_is_reported_by_name_and_the_modal_still_saves() {
    let Some((browser, _server, page)) = modal_session(
        "settings_throws",
        "tests/fixtures/settings-throws",
        "settings_throws",
    )
    .await
    else {
        return;
    };
    wait_for(
        &page,
        "document.querySelector('.amo-emu-toast_error')",
        "the error message",
    )
    .await;
    let shown = text(&page, ".amo-emu-toast_error").await;
    assert!(
        shown.contains("settings") && shown.contains("settings exploded"),
        "{shown}"
    );
    type_into(&page, "input[name=\"login\"]", "x").await;
    click(&page, ".modal.settings_throws .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.settings_throws .js-widget-uninstall')",
        "installed anyway",
    )
    .await;
    browser.close().await;
}

#[tokio::test]
async fn a_constructor_returning_a_plain_object_is_reported_clearly() {
    let Some((browser, server, page)) = modal_session(
        "constructor_returns_object",
        "tests/fixtures/constructor-returns-object",
        "constructor_returns_object",
    )
    .await
    else {
        return;
    };
    let shown = text(&page, ".amo-emu-toast_error").await;
    assert!(shown.contains("this.callbacks"), "{shown}");
    click(
        &page,
        ".modal.constructor_returns_object .js-widget-install",
    )
    .await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice_error')",
        "the refusal",
    )
    .await;
    assert_eq!(
        server.widget_api("constructor_returns_object")["is_active_in_account"],
        json!(false)
    );
    browser.close().await;
}

#[tokio::test]
async fn relative_dependencies_and_widget_templates_resolve_against_params_path() {
    let Some((browser, _server, page)) = modal_session(
        "relative_deps",
        "tests/fixtures/relative-deps",
        "relative_deps",
    )
    .await
    else {
        return;
    };
    wait_recorded(&page, "settings_href", "the href template").await;
    let evs = events(&page).await;
    let settings = evs.iter().find(|e| e["cb"] == "settings").unwrap();
    assert_eq!(settings["helper"], json!(42));
    assert_eq!(settings["helper_nested"], json!("answer=42"));
    assert_eq!(
        settings["twig"],
        json!("<span class=\"relative-deps-row\">text=42</span>")
    );
    let href = evs.iter().find(|e| e["cb"] == "settings_href").unwrap();
    assert_eq!(
        href["twig"],
        json!("<span class=\"relative-deps-row\">href=42</span>")
    );
    browser.close().await;
}

#[tokio::test]
async fn every_callback_shape_real_widgets_use_is_called_and_awaited() {
    let Some((browser, server, page)) = modal_session(
        "structural_variants",
        "tests/fixtures/structural-variants",
        "structural_variants",
    )
    .await
    else {
        return;
    };
    let evs = events(&page).await;
    let order: Vec<&str> = evs.iter().map(|e| e["cb"].as_str().unwrap_or("")).collect();
    assert_eq!(order, ["render", "init", "bind_actions", "settings"]);
    assert_eq!(evs[0]["bound"], json!(true));
    assert_eq!(evs[1]["arrow_this"], json!(true));

    // The widget's own platform modal: opens, and its destroy may refuse.
    click(&page, "#structural-open-modal").await;
    wait_for(&page, "document.querySelector('.modal.structural-variants-modal .structural-variants-modal__text')", "the widget's modal").await;
    click(&page, ".structural-variants-modal .modal-body__close").await;
    assert!(
        exists(&page, ".modal.structural-variants-modal").await,
        "destroy returned false: still open"
    );
    click(&page, ".structural-variants-modal .modal-body__close").await;
    wait_for(
        &page,
        "!document.querySelector('.modal.structural-variants-modal')",
        "the widget's modal closed",
    )
    .await;
    assert!(
        exists(&page, ".modal.structural_variants").await,
        "the settings modal is still open"
    );

    click(&page, ".modal.structural_variants .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.modal.structural_variants .js-widget-uninstall')",
        "installed after the async onSave",
    )
    .await;
    assert_eq!(
        server.widget_api("structural_variants")["is_active_in_account"],
        json!(true)
    );
    browser.close().await;
}

//! The integrations marketplace and the widget settings modal, clicked
//! through in a real headless Chromium as a widget developer would.

mod common;

use common::browser::{
    click, eval, exists, open_settings_modal, screenshot, session, text, type_into, wait_for,
    TestBrowser,
};
use common::TestServer;
use serde_json::json;

const MODAL: &str = ".modal.sample_widget";

/// Opens the marketplace and the sample widget's modal; waits until the
/// widget's own `settings()` has drawn its custom field.
async fn open_sample_modal(browser: &TestBrowser, server: &TestServer) -> chromiumoxide::Page {
    let page = open_settings_modal(browser, &server.base, "sample_widget").await;
    wait_for(
        &page,
        "document.querySelector('#sample_widget_custom_content input[type=checkbox]')",
        "settings() drawing the custom field",
    )
    .await;
    page
}

#[tokio::test]
async fn sample_widget_install_reload_save_disable() {
    let Some((browser, server)) =
        session("sample_widget_install_reload_save_disable", "sample-widget").await
    else {
        return;
    };

    let page = open_sample_modal(&browser, &server).await;
    assert!(
        exists(
            &page,
            &format!("{MODAL} .modal-body .widget_settings_block #widget_settings__fields_wrapper")
        )
        .await
    );
    assert!(exists(&page, &format!("{MODAL} button.js-widget-install")).await);
    assert!(!exists(&page, &format!("{MODAL} button.js-widget-uninstall")).await);
    assert!(exists(&page, &format!("{MODAL} .widget-rating-box")).await);
    assert!(
        exists(
            &page,
            &format!("{MODAL} .js-widget-save.button-input-disabled#save_sample_widget")
        )
        .await,
        "Save starts disabled"
    );
    screenshot(&page, "settings-modal-not-installed").await;

    type_into(&page, "input[name=\"api_key\"]", "key-1234").await;
    type_into(&page, "input[name=\"phones[504142]\"]", "1039").await;
    type_into(
        &page,
        "input[name=\"accounts[504141][login]\"]",
        "anna-login",
    )
    .await;
    click(&page, "#sample_widget_custom_content label").await;
    wait_for(
        &page,
        "document.querySelector('input[name=options]').value.length > 2",
        "the widget writing its custom value",
    )
    .await;
    let custom: String = eval(&page, "document.querySelector('input[name=options]').value").await;

    click(&page, &format!("{MODAL} .js-widget-install")).await;
    wait_for(
        &page,
        &format!("document.querySelector('{MODAL} .js-widget-uninstall')"),
        "the installed look",
    )
    .await;
    assert!(text(&page, ".amo-emu-notice").await.contains("installed"));
    screenshot(&page, "settings-modal-installed").await;

    let api = server.widget_api("sample_widget");
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["api_key"], json!("key-1234"));
    assert_eq!(api["settings"]["phones"]["504142"], json!("1039"));
    assert_eq!(
        api["settings"]["accounts"]["504141"]["login"],
        json!("anna-login")
    );
    assert_eq!(api["settings"]["options"], json!(custom));

    // Reload: still installed, with the values typed before.
    page.reload().await.unwrap();
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the marketplace after reload",
    )
    .await;
    assert!(text(&page, ".widget-card[data-widget-code=sample_widget]")
        .await
        .contains("Installed"));
    click(&page, ".widget-card[data-widget-code=\"sample_widget\"]").await;
    wait_for(
        &page,
        &format!("document.querySelector('{MODAL} .js-widget-uninstall')"),
        "the installed modal",
    )
    .await;
    let kept: String = eval(&page, "document.querySelector('input[name=api_key]').value").await;
    assert_eq!(kept, "key-1234");
    let phone: String = eval(
        &page,
        "document.querySelector('input[name=\"phones[504142]\"]').value",
    )
    .await;
    assert_eq!(phone, "1039");

    // Change a value: Save becomes active; Save stores it.
    type_into(&page, "input[name=\"api_key\"]", "key-5678").await;
    wait_for(
        &page,
        "!document.querySelector('.js-widget-save').classList.contains('button-input-disabled')",
        "Save enabled after a change",
    )
    .await;
    click(&page, ".js-widget-save").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice').textContent.includes('Settings saved')",
        "the saved message",
    )
    .await;
    assert_eq!(
        server.widget_api("sample_widget")["settings"]["api_key"],
        json!("key-5678")
    );

    // Disable: back to not installed, values kept for later.
    click(&page, &format!("{MODAL} .js-widget-uninstall")).await;
    wait_for(
        &page,
        &format!("document.querySelector('{MODAL} .js-widget-install')"),
        "the not-installed look",
    )
    .await;
    let api = server.widget_api("sample_widget");
    assert_eq!(api["is_active_in_account"], json!(false));
    assert_eq!(api["settings"]["api_key"], json!("key-5678"));
    browser.close().await;
}

//! `amo-emu new`, then `check`, then `serve`: the freshly created widget
//! checks clean and installs through its settings modal, as a person would
//! do it in the browser.

mod common;

use std::process::Command;

use common::browser::{
    click, open_settings_modal, screenshot, text, type_into, wait_for, TestBrowser,
};
use common::TestServer;
use serde_json::json;

#[tokio::test]
async fn a_new_widget_checks_clean_and_installs_through_its_modal() {
    let Some(browser) = TestBrowser::launch("new_widget_installs").await else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_amo-emu"))
            .current_dir(tmp.path())
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&[
        "new",
        "fresh-widget",
        "--locations",
        "settings,advanced_settings,lead_sources,digital_pipeline",
        "--locale",
        "ru,en",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["check", "fresh-widget", "--public"]);
    let report = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{report}");
    assert!(report.contains("0 errors, 0 warnings"), "{report}");
    // `new` never overwrites.
    assert_eq!(run(&["new", "fresh-widget"]).status.code(), Some(2));

    let server = TestServer::start(tmp.path().join("fresh-widget").to_str().unwrap());
    let page = open_settings_modal(&browser, &server.url(""), "fresh_widget").await;
    let modal = ".modal.fresh_widget";
    // The widget's settings callback ran against the modal.
    wait_for(
        &page,
        "document.querySelector('.widget_settings_block[data-fresh_widget=ready]')",
        "the widget's settings callback",
    )
    .await;
    type_into(&page, "input[name=\"api_key\"]", "key-42").await;
    screenshot(&page, "new-widget-modal").await;
    click(&page, &format!("{modal} .js-widget-install")).await;
    wait_for(
        &page,
        &format!("document.querySelector('{modal} .js-widget-uninstall')"),
        "the installed look",
    )
    .await;
    assert!(text(&page, ".amo-emu-notice").await.contains("installed"));
    screenshot(&page, "new-widget-installed").await;
    let api = server.widget_api("fresh_widget");
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["api_key"], json!("key-42"));
    browser.close().await;
}

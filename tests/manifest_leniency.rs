//! Manifests shipped with string booleans (`"init_once": "Y"`,
//! `"installation": "Y"`, `"required": "N"`) run on amoCRM, so they run in
//! amo-emu too: the widget loads, and the terminal and the page say how each
//! value was read, with `path:line:column`.

mod common;

use common::browser::{open_settings_modal, screenshot, text, wait_for, TestBrowser};
use common::TestServer;

#[tokio::test]
async fn string_booleans_load_with_a_warning_in_terminal_and_page() {
    let Some(browser) = TestBrowser::launch("string_booleans").await else {
        return;
    };
    let server = TestServer::start_prepared("tests/fixtures/check/_base", &[], |dir| {
        let path = dir.join("manifest.json");
        let m = std::fs::read_to_string(&path).unwrap();
        let m = m
            .replace("\"init_once\": false", "\"init_once\": \"Y\"")
            .replace("\"installation\": true", "\"installation\": \"Y\"")
            .replace("\"required\": true", "\"required\": \"N\"");
        std::fs::write(path, m).unwrap();
    });
    // The last warning's message: earlier lines are complete by then.
    let terminal =
        server.wait_stderr("settings.api_key.required is \"N\", not a boolean; read as false");
    assert!(
        terminal.contains("manifest.json:8:18: warning[W007]: widget.init_once is \"Y\", not a boolean; read as true"),
        "{terminal}"
    );

    // The marketplace lists the widget, under the warnings panel.
    let list = browser.open(&server.url("/settings/widgets/")).await;
    wait_for(
        &list,
        "document.querySelector('.widget-card[data-widget-code=base]') && document.querySelector('.amo-emu-warnings')",
        "the tile and the warnings",
    )
    .await;
    screenshot(&list, "string-booleans-warnings").await;

    let page = open_settings_modal(&browser, &server.url(""), "base").await;
    let warnings = text(&page, ".amo-emu-warnings").await;
    assert!(
        warnings.contains("widget.installation is \"Y\", not a boolean; read as true"),
        "{warnings}"
    );
    assert!(warnings.contains("manifest.json:8:18"), "{warnings}");
    // "required": "N" was read as false: the field is drawn optional.
    let required: String = common::browser::eval(
        &page,
        "(document.querySelector('[data-field-code=api_key]') || {dataset: {required: 'missing'}}).dataset.required || 'no'",
    )
    .await;
    assert_eq!(required, "no", "api_key should be drawn optional");
    screenshot(&page, "string-booleans-warning").await;
    browser.close().await;
}

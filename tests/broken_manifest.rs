//! Bad widget input: a clear `path:line:column` in the terminal and in the
//! browser, and a server that keeps running and recovers once it is fixed.

mod common;

use common::browser::{screenshot, session, text, wait_for};
use common::{off_runtime, TestServer};

#[tokio::test]
async fn broken_manifest_is_shown_with_line_and_column_and_the_server_recovers() {
    let Some((browser, mut server)) =
        session("broken_manifest", "tests/fixtures/broken-manifest").await
    else {
        return;
    };
    // The message comes after the location on the same line: wait for it,
    // or the check races the unbuffered stderr writes.
    let terminal = server.wait_stderr("expected `,` or `}`");
    assert!(terminal.contains("manifest.json:7:5"), "{terminal}");

    let page = browser.open(&server.url("/settings/widgets/")).await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-diagnostic__location')",
        "the error page",
    )
    .await;
    screenshot(&page, "error-page-broken-manifest").await;
    let location = text(&page, ".amo-emu-diagnostic__location").await;
    assert!(location.ends_with("manifest.json:7:5"), "{location}");
    let message = text(&page, ".amo-emu-diagnostic__message").await;
    assert!(message.contains("expected `,` or `}`"), "{message}");
    assert!(server.is_running());

    // Fix the file: the tab shows the marketplace again.
    let manifest = server.widget_dir.join("manifest.json");
    let broken = std::fs::read_to_string(&manifest).unwrap();
    let fixed = broken.replace("\"version\": \"1.0.0\"\n", "\"version\": \"1.0.0\",\n");
    assert_ne!(broken, fixed, "the fixture's broken spot moved");
    std::fs::write(&manifest, fixed).unwrap();
    // The open tab reloads by itself (live reload); a manual reload here
    // would race with it.
    wait_for(
        &page,
        "!!document.querySelector('.widget-card[data-widget-code=broken_manifest]')",
        "the marketplace after the fix",
    )
    .await;
    assert!(server.is_running());
    browser.close().await;
}

#[test]
fn wrong_type_names_the_json_path_and_the_api_explains() {
    let server = TestServer::start("tests/fixtures/manifest-wrong-type");
    // The JSON path is printed last: wait for it (stderr writes are unbuffered).
    let terminal = server.wait_stderr("at: settings.api_key.required");
    assert!(terminal.contains("manifest.json:25:19"), "{terminal}");
    assert!(terminal.contains("invalid type"), "{terminal}");
    let (status, body) = off_runtime(|| {
        let res = server
            .http()
            .get(server.url("/api/v4/widgets/manifest_wrong_type"))
            .send()
            .unwrap();
        (res.status().as_u16(), res.text().unwrap())
    });
    assert_eq!(status, 503);
    assert!(body.contains("settings.api_key.required"), "{body}");
}

#[tokio::test]
async fn unknown_field_type_loads_with_a_warning_in_terminal_and_page() {
    let Some((browser, server)) =
        session("unknown_field_type", "tests/fixtures/unknown-field-type").await
    else {
        return;
    };
    let terminal = server.wait_stderr("\"checkbox\"");
    assert!(terminal.contains("warning"), "{terminal}");
    let page = browser.open(&server.url("/settings/widgets/")).await;
    wait_for(
        &page,
        "document.querySelector('.widget-card[data-widget-code=unknown_field_type]')",
        "the tile",
    )
    .await;
    let warnings = text(&page, ".amo-emu-warnings").await;
    assert!(warnings.contains("checkbox"), "{warnings}");
    browser.close().await;
}

//! Hot reload as a widget developer lives it: save a file in the editor and
//! the open tab shows the new version at once, in the same place.

mod common;

use std::time::Instant;

use common::browser::{
    eval, exists, modal_session, open_settings_modal, screenshot, session, text, type_into,
    wait_for, wait_recorded, TestBrowser,
};
use common::process::vm_rss_kib;
use common::TestServer;

/// Waits until the page has been replaced by a reload and the runtime is
/// ready again (the marker set before the edit is gone).
async fn wait_reloaded(page: &chromiumoxide::Page, what: &str) {
    wait_for(
        page,
        "window.__before_edit === undefined && document.documentElement.dataset.amoEmuReady",
        what,
    )
    .await;
}

/// Waits until the widget's code has been swapped in place `n` times in this
/// document (no navigation: the marker set before the edit is still there).
async fn wait_swapped(page: &chromiumoxide::Page, n: usize, what: &str) {
    wait_for(
        page,
        &format!("document.documentElement.dataset.amoEmuSwaps === '{n}'"),
        what,
    )
    .await;
    assert!(
        eval::<bool>(page, "window.__before_edit === 1").await,
        "{what}: swapped in place, not reloaded"
    );
}

/// `--debounce` for the burst test, in milliseconds.
const BURST_DEBOUNCE_MS: &str = "1000";

/// How many live-reload messages the page has taken (client.js counts).
async fn messages(page: &chromiumoxide::Page) -> usize {
    let n: String = eval(
        page,
        "document.documentElement.dataset.amoEmuMessages || '0'",
    )
    .await;
    n.parse().unwrap()
}

async fn mark(page: &chromiumoxide::Page) {
    let _: bool = eval(page, "(window.__before_edit = 1, true)").await;
}

fn append(path: &std::path::Path, text: &str) {
    let mut body = std::fs::read_to_string(path).unwrap();
    body.push_str(text);
    std::fs::write(path, body).unwrap();
}

/// The modal as it should be after the widget's code changed: open again,
/// running the new code, with what was typed and Save still enabled.
async fn assert_modal_back(page: &chromiumoxide::Page, version: &str) {
    wait_for(
        page,
        "document.querySelector('.modal.sample_widget[data-amo-emu-ready]')",
        "the modal, open again",
    )
    .await;
    let running: String = eval(page, "window.__script_version || ''").await;
    assert_eq!(running, version, "the new script.js runs");
    let typed: String = eval(page, "document.querySelector('input[name=api_key]').value").await;
    assert_eq!(typed, "typed-not-saved");
    let phone: String = eval(
        page,
        "document.querySelector('input[name=\"phones[504142]\"]').value",
    )
    .await;
    assert_eq!(phone, "77");
    let save_enabled: bool = eval(
        page,
        "!document.querySelector('.js-widget-save').classList.contains('button-input-disabled')",
    )
    .await;
    assert!(save_enabled, "unsaved values keep Save enabled");
    assert_eq!(
        eval::<i64>(page, "document.querySelectorAll('.modal').length").await,
        1,
        "one modal, not the old one and a new one"
    );
}

#[tokio::test]
async fn editing_script_js_swaps_the_code_and_keeps_the_modal_and_typed_values() {
    let Some((browser, server, page)) =
        modal_session("live_script", "sample-widget", "sample_widget").await
    else {
        return;
    };
    type_into(&page, "input[name=\"api_key\"]", "typed-not-saved").await;
    type_into(&page, "input[name=\"phones[504142]\"]", "77").await;
    // A checkbox the widget draws for its `custom` field, mirrored by the
    // widget into the hidden input that is stored.
    common::browser::click(&page, "input[name=\"sample-widget_option_create_tasks\"]").await;
    mark(&page).await;

    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'v2';\n",
    );
    wait_swapped(&page, 1, "the swap after editing script.js").await;
    assert_modal_back(&page, "v2").await;
    let options: String = eval(
        &page,
        "document.querySelector('.modal input[name=options]').value",
    )
    .await;
    let options: serde_json::Value = serde_json::from_str(&options).unwrap();
    assert_eq!(options["create_tasks"], true, "{options}");

    // And again: each save runs the newest code.
    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'v3';\n",
    );
    wait_swapped(&page, 2, "the second swap").await;
    assert_modal_back(&page, "v3").await;
    screenshot(&page, "live-swap-modal").await;
    browser.close().await;
}

#[tokio::test]
async fn with_no_hot_editing_script_js_reloads_the_page_and_restores_the_modal() {
    let Some(browser) = TestBrowser::launch("live_script_no_hot").await else {
        return;
    };
    let server = TestServer::start_with("sample-widget", &["--no-hot"]);
    let page = open_settings_modal(&browser, &server.base, "sample_widget").await;
    type_into(&page, "input[name=\"api_key\"]", "typed-not-saved").await;
    type_into(&page, "input[name=\"phones[504142]\"]", "77").await;
    mark(&page).await;

    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'v2';\n",
    );
    wait_reloaded(&page, "the reload after editing script.js").await;
    assert_modal_back(&page, "v2").await;
    server.wait_stderr("changed: script.js → reload");
    browser.close().await;
}

#[tokio::test]
async fn a_swap_destroys_the_old_widget_and_its_namespaced_handlers() {
    let Some((browser, server, page)) =
        modal_session("live_swap_destroy", "tests/fixtures/recorder", "recorder").await
    else {
        return;
    };
    // Handlers bound the way official widgets bind them (`.<code>`), and one
    // that is not: only the first kind is the widget's to lose.
    let _: bool = eval(
        &page,
        "(window.__calls = {ns: 0, plain: 0}, requirejs('jquery')(document).on('ping.recorder', () => window.__calls.ns++).on('ping', () => window.__calls.plain++), window.__amo_emu_events = [], true)",
    )
    .await;
    mark(&page).await;

    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'recorder-v2';\n",
    );
    wait_swapped(&page, 1, "the swap").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder[data-amo-emu-ready]')",
        "the modal again",
    )
    .await;
    let calls: Vec<String> = eval(
        &page,
        "window.__amo_emu_events.map(e => e.cb).filter(cb => cb !== 'api')",
    )
    .await;
    assert_eq!(
        calls,
        [
            "destroy",
            "constructor",
            "render",
            "init",
            "bind_actions",
            "settings"
        ],
        "the old object destroyed, then a new one built and run"
    );
    let _: bool = eval(
        &page,
        "(requirejs('jquery')(document).trigger('ping'), true)",
    )
    .await;
    let calls: serde_json::Value = eval(&page, "window.__calls").await;
    assert_eq!(calls, serde_json::json!({"ns": 0, "plain": 1}));
    assert_eq!(
        eval::<String>(&page, "window.__script_version || ''").await,
        "recorder-v2"
    );
    browser.close().await;
}

#[tokio::test]
async fn editing_a_template_swaps_it_into_the_open_modal() {
    let Some((browser, server, page)) =
        modal_session("live_template", "sample-widget", "sample_widget").await
    else {
        return;
    };
    wait_for(
        &page,
        "document.querySelector('.sample-widget__hint-title')",
        "the widget's template, rendered",
    )
    .await;
    mark(&page).await;

    let template = server.widget_dir.join("templates/settings_hint.twig");
    let body = std::fs::read_to_string(&template).unwrap();
    std::fs::write(
        &template,
        body.replace(
            "<div class=\"sample-widget__hint-title\">{{ title }}</div>",
            "<div class=\"sample-widget__hint-title\">{{ title }}</div><b class=\"hint-v2\">v2 of {{ title }}</b>",
        ),
    )
    .unwrap();
    wait_swapped(&page, 1, "the swap after editing the template").await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget .hint-v2')",
        "the new template in the modal",
    )
    .await;
    assert_eq!(
        eval::<i64>(
            &page,
            "document.querySelectorAll('.sample-widget__hint').length"
        )
        .await,
        1
    );
    browser.close().await;
}

#[tokio::test]
async fn editing_style_css_swaps_it_without_a_navigation() {
    let Some((browser, server, page)) =
        modal_session("live_css", "sample-widget", "sample_widget").await
    else {
        return;
    };
    // The sample widget links its own style.css from render(), as amoCRM widgets do.
    wait_for(
        &page,
        "document.querySelector('link[href*=\"/upl/sample_widget/widget/style.css\"]')",
        "the widget's stylesheet",
    )
    .await;
    let _: bool = eval(&page, "(document.body.insertAdjacentHTML('beforeend', '<div class=\"amo-emu-probe\">x</div>'), window.__kept = 42, true)").await;

    append(
        &server.widget_dir.join("style.css"),
        "\n.amo-emu-probe { color: rgb(1, 2, 3); }\n",
    );
    wait_for(
        &page,
        "getComputedStyle(document.querySelector('.amo-emu-probe')).color === 'rgb(1, 2, 3)'",
        "the new style",
    )
    .await;
    let kept: i64 = eval(&page, "window.__kept").await;
    assert_eq!(kept, 42, "no navigation happened");
    assert!(
        exists(&page, ".modal.sample_widget").await,
        "the modal stayed open"
    );
    let links: i64 = eval(
        &page,
        "document.querySelectorAll('link[href*=\"/upl/sample_widget/widget/style.css\"]').length",
    )
    .await;
    assert_eq!(links, 1, "the old link was replaced, not duplicated");
    browser.close().await;
}

#[tokio::test]
async fn a_broken_manifest_shows_an_overlay_that_goes_away_when_fixed() {
    let Some((browser, server)) = session("live_manifest", "sample-widget").await else {
        return;
    };
    let page = browser.open(&server.url("/settings/widgets/")).await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the marketplace",
    )
    .await;
    mark(&page).await;

    let manifest = server.widget_dir.join("manifest.json");
    let good = std::fs::read_to_string(&manifest).unwrap();
    let broken = good.replacen("{", "{\n  \"oops\" 1,", 1);
    std::fs::write(&manifest, &broken).unwrap();
    wait_for(
        &page,
        "document.querySelector('#amo-emu-overlay')",
        "the error overlay",
    )
    .await;
    screenshot(&page, "overlay-broken-manifest").await;
    let location = text(&page, ".amo-emu-overlay__location").await;
    assert!(location.ends_with("manifest.json:2:10"), "{location}");
    assert!(
        eval::<bool>(&page, "window.__before_edit === 1").await,
        "an overlay, not a navigation"
    );

    // A tab opened now shows the same diagnostics at once (the error page).
    let late = browser.open(&server.url("/settings/widgets/")).await;
    wait_for(
        &late,
        "document.querySelector('.amo-emu-diagnostic__location')",
        "the diagnostics in a late tab",
    )
    .await;
    assert!(text(&late, ".amo-emu-diagnostic__location")
        .await
        .ends_with("manifest.json:2:10"));
    assert!(
        !exists(&late, "#amo-emu-overlay").await,
        "the error page lists them once, without an overlay"
    );

    std::fs::write(&manifest, &good).unwrap();
    wait_reloaded(&page, "the reload after the fix").await;
    assert!(!exists(&page, "#amo-emu-overlay").await);
    wait_for(
        &late,
        "document.querySelector('.widget-card') && !document.querySelector('#amo-emu-overlay')",
        "the late tab recovering",
    )
    .await;
    browser.close().await;
}

#[tokio::test]
async fn an_atomic_save_of_script_js_swaps_once() {
    let Some((browser, server)) = session("live_atomic", "sample-widget").await else {
        return;
    };
    // The modal is where script.js runs.
    let page = open_settings_modal(&browser, &server.base, "sample_widget").await;
    mark(&page).await;
    let before = messages(&page).await;

    // What editors do: delete, write a temp file, rename it into place.
    let script = server.widget_dir.join("script.js");
    let mut body = std::fs::read_to_string(&script).unwrap();
    body.push_str("\nwindow.__script_version = 'atomic';\n");
    std::fs::remove_file(&script).unwrap();
    let tmp = server.widget_dir.join("script.js.tmp");
    std::fs::write(&tmp, &body).unwrap();
    std::fs::rename(&tmp, &script).unwrap();

    wait_swapped(&page, 1, "the swap").await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget[data-amo-emu-ready]')",
        "the modal, open again",
    )
    .await;
    assert_eq!(
        eval::<String>(&page, "window.__script_version || ''").await,
        "atomic"
    );
    // A later, different change: a second (wrong) message for the atomic
    // save would have arrived before its message.
    append(
        &server.widget_dir.join("style.css"),
        "\n/* after the atomic save */\n",
    );
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuLastMessage === 'css'",
        "the stylesheet message after the save",
    )
    .await;
    assert_eq!(
        messages(&page).await,
        before + 2,
        "one message for the atomic save, one for the stylesheet"
    );
    wait_swapped(&page, 1, "still one swap").await;
    browser.close().await;
}

#[test]
fn a_burst_of_writes_makes_few_reloads_and_the_last_content_wins() {
    // A debounce longer than any pause inside the burst, even on a loaded
    // machine, so what is tested is the merging, not the machine's speed.
    let mut server = TestServer::start_with("sample-widget", &["--debounce", BURST_DEBOUNCE_MS]);
    let rx = server.subscribe();
    let before = vm_rss_kib(server.pid());
    let files = [
        "script.js",
        "style.css",
        "templates/settings_hint.twig",
        "i18n/en.json",
    ];
    let originals: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(server.widget_dir.join(f)).unwrap())
        .collect();
    let start = Instant::now();
    for i in 0..200 {
        let k = i % files.len();
        let extra = match files[k] {
            "i18n/en.json" => String::new(),
            "style.css" => format!("\n/* {i} */\n"),
            "templates/settings_hint.twig" => format!("\n{{# {i} #}}\n"),
            _ => format!("\n// {i}\n"),
        };
        std::fs::write(
            server.widget_dir.join(files[k]),
            format!("{}{extra}", originals[k]),
        )
        .unwrap();
    }
    let burst = start.elapsed();
    // One more save after the burst: the watcher sends its batches in
    // order, so once this one is out, every message of the burst is too.
    std::fs::write(server.widget_dir.join("images/after-burst.png"), b"png").unwrap();
    let seen = rx.until_path("images/after-burst.png");
    assert!(server.is_running());
    let reloads = seen
        .iter()
        .filter(|m| m["type"] == "reload" || m["type"] == "code")
        .count();
    assert!(reloads >= 1, "the burst changed the code: {seen:?}");
    assert!(
        reloads <= 5,
        "{reloads} reloads for a {burst:?} burst: {seen:?}"
    );
    let served = common::off_runtime(|| {
        server
            .http()
            .get(server.url("/upl/sample_widget/widget/script.js"))
            .send()
            .unwrap()
            .text()
            .unwrap()
    });
    assert!(served.ends_with("\n// 196\n"), "the last write is served");
    let after = vm_rss_kib(server.pid());
    assert!(
        after < before + 20 * 1024,
        "memory grew from {before} KiB to {after} KiB"
    );
}

#[tokio::test]
async fn a_syntax_error_in_script_js_shows_its_line_and_clears_on_the_next_good_save() {
    let Some((browser, server, page)) =
        modal_session("live_syntax", "sample-widget", "sample_widget").await
    else {
        return;
    };
    let script = server.widget_dir.join("script.js");
    let good = std::fs::read_to_string(&script).unwrap();
    let lines = good.lines().count();
    mark(&page).await;

    std::fs::write(&script, format!("{good}\nvar broken = ;\n")).unwrap();
    wait_swapped(&page, 1, "the swap after the bad save").await;
    wait_for(
        &page,
        "document.querySelector('#amo-emu-overlay')",
        "the overlay",
    )
    .await;
    let location = text(&page, ".amo-emu-overlay__location").await;
    assert!(
        location.starts_with(&format!("script.js:{}:", lines + 2)),
        "{location}"
    );
    assert!(text(&page, ".amo-emu-overlay__message")
        .await
        .contains("SyntaxError"));
    mark(&page).await;

    std::fs::write(&script, &good).unwrap();
    wait_swapped(&page, 2, "the swap after the fix").await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget[data-amo-emu-ready]')",
        "the modal again",
    )
    .await;
    assert!(!exists(&page, "#amo-emu-overlay").await);
    assert!(
        !exists(&page, ".amo-emu-toast[data-origin=widget]").await,
        "the old code's error messages are gone"
    );
    browser.close().await;
}

#[tokio::test]
async fn a_tab_reconnecting_to_a_restarted_server_reloads() {
    let Some((browser, mut server, page)) =
        modal_session("live_restart", "sample-widget", "sample_widget").await
    else {
        return;
    };
    type_into(&page, "input[name=\"api_key\"]", "across-restart").await;
    mark(&page).await;

    server.restart();
    wait_reloaded(&page, "the reload after the restart").await;
    wait_for(
        &page,
        "document.querySelector('.modal.sample_widget[data-amo-emu-ready]')",
        "the modal again",
    )
    .await;
    let typed: String = eval(&page, "document.querySelector('input[name=api_key]').value").await;
    assert_eq!(typed, "across-restart");
    browser.close().await;
}

#[tokio::test]
async fn the_advanced_settings_page_swaps_in_the_new_code() {
    let Some((browser, server)) = session("live_advanced", "sample-widget").await else {
        return;
    };
    server.install("sample_widget", serde_json::json!({"api_key": "k-123"}));
    let page = browser
        .open(&server.url("/settings/widgets/sample_widget/"))
        .await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'advanced-settings'",
        "the advanced page",
    )
    .await;
    // Something the old code drew and did not clean up in destroy: a fresh
    // page would not have it, and neither does the swapped one.
    let _: bool = eval(
        &page,
        "(document.getElementById('work-area-sample_widget').insertAdjacentHTML('beforeend', '<i class=\"left-behind\"></i>'), true)",
    )
    .await;
    type_into(
        &page,
        "input[name=\"sample-widget_greeting\"]",
        "typed, not saved",
    )
    .await;
    mark(&page).await;
    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'advanced-v2';\n",
    );
    wait_swapped(&page, 1, "the swap on the advanced page").await;
    assert_eq!(
        eval::<String>(&page, "window.__script_version || ''").await,
        "advanced-v2"
    );
    assert_eq!(
        eval::<i64>(
            &page,
            "document.querySelectorAll('.sample-widget__advanced').length"
        )
        .await,
        1,
        "advancedSettings drew its page once, with the new code"
    );
    assert!(!exists(&page, ".left-behind").await);
    assert_eq!(
        eval::<String>(
            &page,
            "document.querySelector('input[name=sample-widget_greeting]').value"
        )
        .await,
        "typed, not saved",
        "what was typed on the page is back in the redrawn input"
    );
    browser.close().await;
}

#[tokio::test]
async fn the_dp_page_reopens_the_modal_with_the_same_source_context() {
    let Some((browser, server)) = session("live_dp", "tests/fixtures/recorder").await else {
        return;
    };
    server.install("recorder", serde_json::json!({"login": "saved"}));
    let (status, body) = server.post_json(
        "/api/v4/sources",
        &serde_json::json!([{"name": "Chat", "external_id": "chat-7"}]),
    );
    assert_eq!(status, 200, "{body}");
    let source_id = body["_embedded"]["sources"][0]["id"].clone();

    let page = browser.open(&server.url("/settings/pipeline/leads/")).await;
    wait_for(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'digital_pipeline'",
        "the DP page",
    )
    .await;
    common::browser::click(&page, &format!("[data-source-id=\"{source_id}\"]")).await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder[data-amo-emu-ready]')",
        "the modal",
    )
    .await;
    type_into(&page, "input[name=\"login\"]", "typed on the DP page").await;
    mark(&page).await;

    append(
        &server.widget_dir.join("script.js"),
        "\nwindow.__script_version = 'dp-v2';\n",
    );
    wait_swapped(&page, 1, "the swap on the DP page").await;
    wait_for(
        &page,
        "document.querySelector('.modal.recorder[data-amo-emu-ready]')",
        "the modal again",
    )
    .await;
    assert_eq!(
        eval::<String>(&page, "window.__script_version || ''").await,
        "dp-v2"
    );
    let context: serde_json::Value = eval(
        &page,
        "window.__amo_emu_events.filter(e => e.cb === 'settings').pop().context",
    )
    .await;
    assert_eq!(
        context,
        serde_json::json!({"source_id": source_id, "external_id": "chat-7"})
    );
    assert_eq!(
        eval::<String>(&page, "document.querySelector('input[name=login]').value").await,
        "typed on the DP page"
    );
    browser.close().await;
}

#[tokio::test]
async fn editing_a_nested_module_or_a_text_template_swaps_them_too() {
    let Some((browser, server, page)) = modal_session(
        "live_relative_deps",
        "tests/fixtures/relative-deps",
        "relative_deps",
    )
    .await
    else {
        return;
    };
    wait_recorded(&page, "settings_href", "the href template").await;
    mark(&page).await;

    // lib/format.js is a dependency of a dependency; row.twig is loaded both
    // through the `text!` plugin and by `render({href})`.
    let dir = &server.widget_dir;
    let format = std::fs::read_to_string(dir.join("lib/format.js")).unwrap();
    std::fs::write(
        dir.join("lib/format.js"),
        format.replace("label + '=' + value", "label + ' is ' + value"),
    )
    .unwrap();
    std::fs::write(
        dir.join("templates/row.twig"),
        "<em class=\"relative-deps-row\">{{ label }}: {{ value }}</em>",
    )
    .unwrap();
    wait_for(
        &page,
        "window.__amo_emu_events.some(e => e.cb === 'settings_href' && e.twig === '<em class=\"relative-deps-row\">href: 42</em>')",
        "the new template through render({href})",
    )
    .await;
    assert!(
        eval::<bool>(&page, "window.__before_edit === 1").await,
        "swapped in place, not reloaded"
    );
    let settings: serde_json::Value = eval(
        &page,
        "window.__amo_emu_events.filter(e => e.cb === 'settings').pop()",
    )
    .await;
    assert_eq!(settings["helper_nested"], "answer is 42");
    assert_eq!(
        settings["twig"],
        "<em class=\"relative-deps-row\">text: 42</em>"
    );
    browser.close().await;
}

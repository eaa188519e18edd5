//! A real headless Chromium (Debian's `chromium`) driven over CDP.
//!
//! Without a browser the tests say so loudly and pass as skipped, unless
//! `AMO_EMU_REQUIRE_ALL=1` (set by `.ci/run`) or the older, narrower
//! `AMO_EMU_REQUIRE_BROWSER=1`, which turn the skip into a failure.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chromiumoxide::browser::{Browser, BrowserConfig};
use chromiumoxide::page::ScreenshotParams;
use chromiumoxide::Page;
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

use super::TestServer;

/// Makes only the browser tests' skips failures (kept for existing setups;
/// `AMO_EMU_REQUIRE_ALL` covers every skip).
pub const REQUIRE_BROWSER: &str = "AMO_EMU_REQUIRE_BROWSER";

/// How long any wait for a page condition may take before the test fails.
pub const WAIT: Duration = Duration::from_secs(15);

pub fn chromium_path() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("AMO_EMU_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.exists())
}

pub struct TestBrowser {
    pub browser: Browser,
    handler: tokio::task::JoinHandle<()>,
    _profile: tempfile::TempDir,
}

impl TestBrowser {
    /// Starts Chromium, or returns None (after saying why) when there is none.
    pub async fn launch(test: &str) -> Option<TestBrowser> {
        let Some(exe) = chromium_path() else {
            super::skip(
                &format!("browser test `{test}`"),
                "no Chromium found (apt-get install chromium, or set AMO_EMU_CHROMIUM)",
                &[REQUIRE_BROWSER],
            );
            return None;
        };
        let profile = tempfile::tempdir().unwrap();
        let config = BrowserConfig::builder()
            .chrome_executable(exe)
            .no_sandbox()
            .new_headless_mode()
            .user_data_dir(profile.path())
            .window_size(1280, 900)
            .viewport(None)
            .args([
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ])
            .launch_timeout(Duration::from_secs(30))
            .request_timeout(Duration::from_secs(30))
            .build()
            .expect("browser config");
        let (browser, mut handler) = Browser::launch(config).await.expect("launch Chromium");
        let handler = tokio::spawn(async move { while handler.next().await.is_some() {} });
        Some(TestBrowser {
            browser,
            handler,
            _profile: profile,
        })
    }

    /// Opens `url` in a new tab and waits for the runtime to be ready.
    pub async fn open(&self, url: &str) -> Page {
        let page = self.browser.new_page("about:blank").await.expect("new tab");
        page.goto(url).await.expect("navigate");
        page
    }

    pub async fn close(mut self) {
        let _ = self.browser.close().await;
        let _ = self.browser.wait().await;
        self.handler.abort();
    }
}

/// Answers every JavaScript dialog a page opens with OK, as a person
/// clicking through would (the same function `amo-emu test` uses).
#[allow(unused_imports)] // each test crate compiles common/; not all answer dialogs
pub use amo_emu::cmd::test::page::accept_dialogs;

/// Evaluates `js` (an expression) and deserialises its value.
pub async fn eval<T: DeserializeOwned>(page: &Page, js: &str) -> T {
    page.evaluate(js)
        .await
        .unwrap_or_else(|e| panic!("evaluate {js}: {e}"))
        .into_value()
        .unwrap_or_else(|e| panic!("value of {js}: {e}"))
}

/// Waits until the JS expression `condition` is truthy; fails with `what`
/// and the page's visible messages after [`WAIT`].
pub async fn wait_for(page: &Page, condition: &str, what: &str) {
    let start = Instant::now();
    let js =
        format!("(() => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()");
    loop {
        if let Ok(res) = page.evaluate(js.as_str()).await {
            if res.into_value::<bool>().unwrap_or(false) {
                return;
            }
        }
        if start.elapsed() > WAIT {
            let visible: String = eval(
                page,
                "[...document.querySelectorAll('.amo-emu-toast, .amo-emu-notice, .amo-emu-diagnostic')].map(e => e.textContent.trim()).join(' | ')",
            )
            .await;
            panic!("timed out waiting for {what} ({condition}); messages on the page: {visible}");
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Waits for an element and clicks it with a real mouse event.
pub async fn click(page: &Page, selector: &str) {
    wait_for(
        page,
        &format!("document.querySelector({selector:?})"),
        selector,
    )
    .await;
    page.find_element(selector)
        .await
        .unwrap_or_else(|e| panic!("find {selector}: {e}"))
        .click()
        .await
        .unwrap_or_else(|e| panic!("click {selector}: {e}"));
}

/// Clears an input (or a contenteditable area) and types `text` into it
/// with real key events.
pub async fn type_into(page: &Page, selector: &str, text: &str) {
    wait_for(
        page,
        &format!("document.querySelector({selector:?})"),
        selector,
    )
    .await;
    let sel = serde_json::to_string(selector).unwrap();
    let _: bool = eval(page, &format!("(() => {{ const el = document.querySelector({sel}); el.focus(); el.select && el.select(); return true; }})()")).await;
    let el = page.find_element(selector).await.unwrap();
    el.click().await.unwrap();
    // Select-all then type replaces the current value, as a person would.
    let _: bool = eval(
        page,
        &format!("(() => {{ const el = document.querySelector({sel}); if (el.isContentEditable) getSelection().selectAllChildren(el); else el.select(); return true; }})()"),
    )
    .await;
    el.type_str(text).await.unwrap();
}

/// Clicks the element `selector` inside the inspector's shadow root (its
/// `.toggle`, `.reset-records` …) with a real mouse event at its centre.
pub async fn click_in_inspector(page: &Page, selector: &str) {
    let sel = serde_json::to_string(selector).unwrap();
    let (x, y): (f64, f64) = eval(
        page,
        &format!("(() => {{ const r = document.querySelector('.amo-emu-inspector').shadowRoot.querySelector({sel}).getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()"),
    )
    .await;
    page.click(chromiumoxide::layout::Point { x, y })
        .await
        .unwrap_or_else(|e| panic!("click {selector} in the inspector: {e}"));
}

/// Presses `key` (`"Escape"`, `"Enter"` …) with the element `selector`
/// focused, as a person at the keyboard.
pub async fn press(page: &Page, selector: &str, key: &str) {
    page.find_element(selector)
        .await
        .unwrap_or_else(|e| panic!("find {selector}: {e}"))
        .press_key(key)
        .await
        .unwrap_or_else(|e| panic!("press {key} on {selector}: {e}"));
}

/// Text content of the first element matching `selector` ("" if none).
pub async fn text(page: &Page, selector: &str) -> String {
    let sel = serde_json::to_string(selector).unwrap();
    eval(
        page,
        &format!("(document.querySelector({sel}) || {{}}).textContent || ''"),
    )
    .await
}

/// Whether an element matching `selector` exists.
pub async fn exists(page: &Page, selector: &str) -> bool {
    let sel = serde_json::to_string(selector).unwrap();
    eval(page, &format!("!!document.querySelector({sel})")).await
}

/// The events a fixture widget recorded in `window.__amo_emu_events`.
pub async fn events(page: &Page) -> Vec<serde_json::Value> {
    eval(
        page,
        "JSON.parse(JSON.stringify(window.__amo_emu_events || []))",
    )
    .await
}

/// Waits until the fixture widget has recorded an event `{cb}` (see
/// [`events`]); `what` names it in the failure.
pub async fn wait_recorded(page: &Page, cb: &str, what: &str) {
    wait_for(
        page,
        &format!("(window.__amo_emu_events || []).some(e => e.cb === '{cb}')"),
        what,
    )
    .await;
}

/// Saves a screenshot under `target/screenshots/<name>.png` for a person to look at.
pub async fn screenshot(page: &Page, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let _ = page
        .save_screenshot(
            ScreenshotParams::builder().full_page(true).build(),
            dir.join(format!("{name}.png")),
        )
        .await;
}

/// Waits until the marketplace page's runtime is ready.
pub async fn wait_marketplace(page: &Page) {
    wait_for(
        page,
        "document.documentElement.dataset.amoEmuReady === 'marketplace'",
        "the marketplace runtime",
    )
    .await;
}

/// On the marketplace, clicks widget `code`'s tile and waits until the
/// widget's callbacks in its settings modal have run.
pub async fn open_tile(page: &Page, code: &str) {
    click(page, &format!(".widget-card[data-widget-code=\"{code}\"]")).await;
    wait_for(
        page,
        &format!("document.querySelector('.modal.{code}[data-amo-emu-ready]')"),
        "the settings modal",
    )
    .await;
}

/// Opens the marketplace, clicks the widget's tile and waits until the
/// widget's callbacks in the modal have run.
pub async fn open_settings_modal(browser: &TestBrowser, base: &str, code: &str) -> Page {
    let page = browser.open(&format!("{base}/settings/widgets/")).await;
    wait_marketplace(&page).await;
    open_tile(&page, code).await;
    page
}

/// The opening of a browser test: a browser, then `fixture` served. None
/// (after saying why, see [`TestBrowser::launch`]) when there is no
/// browser, before anything is started.
pub async fn session(test: &str, fixture: &str) -> Option<(TestBrowser, TestServer)> {
    let browser = TestBrowser::launch(test).await?;
    Some((browser, TestServer::start(fixture)))
}

/// The opening most modal tests share, as a person starts: a browser,
/// `fixture` served, and widget `code`'s settings modal open. None (after
/// saying why, see [`TestBrowser::launch`]) when there is no browser.
pub async fn modal_session(
    test: &str,
    fixture: &str,
    code: &str,
) -> Option<(TestBrowser, TestServer, Page)> {
    let (browser, server) = session(test, fixture).await?;
    let page = open_settings_modal(&browser, &server.base, code).await;
    Some((browser, server, page))
}

/// The text of the modal's notice line (the result of Install/Save/Disable).
pub async fn notice(page: &Page) -> String {
    text(page, ".amo-emu-notice").await
}

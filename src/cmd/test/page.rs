//! The few page operations the cases use, with the waits a person's
//! clicks need: evaluate an expression, wait for a condition (saying what
//! the page shows when it times out), click with a real mouse event, and
//! answer `alert`/`confirm` as a person clicking OK (a dialog left open
//! stops the page's scripts). Public: the browser tests answer dialogs
//! with the same function.

use std::time::{Duration, Instant};

use chromiumoxide::Page;

/// Answers every JavaScript dialog `page` opens (`alert`, `confirm`,
/// `prompt`) with OK, as a person clicking through would.
pub async fn accept_dialogs(page: &Page) {
    use chromiumoxide::cdp::browser_protocol::page::{
        EventJavascriptDialogOpening, HandleJavaScriptDialogParams,
    };
    use futures_util::StreamExt;
    let Ok(mut dialogs) = page.event_listener::<EventJavascriptDialogOpening>().await else {
        return;
    };
    let answering = page.clone();
    tokio::spawn(async move {
        while dialogs.next().await.is_some() {
            let _ = answering
                .execute(HandleJavaScriptDialogParams::new(true))
                .await;
        }
    });
}

/// How long a page may take to get ready, and a callback to settle.
pub const WAIT: Duration = Duration::from_secs(10);

pub async fn eval<T: serde::de::DeserializeOwned>(
    page: &Page,
    js: &str,
    what: &str,
) -> Result<T, String> {
    page.evaluate(js)
        .await
        .map_err(|e| format!("reading {what}: {e}"))?
        .into_value()
        .map_err(|e| format!("reading {what}: {e}"))
}

pub async fn exists(page: &Page, selector: &str) -> bool {
    eval(
        page,
        &format!("!!document.querySelector({selector:?})"),
        selector,
    )
    .await
    .unwrap_or(false)
}

pub async fn text(page: &Page, selector: &str) -> String {
    eval(
        page,
        &format!("(document.querySelector({selector:?}) || {{}}).textContent || ''"),
        selector,
    )
    .await
    .map(|t: String| t.trim().to_owned())
    .unwrap_or_default()
}

/// Waits until `condition` (a JS expression) is truthy, or says what the
/// page showed instead.
pub async fn wait(page: &Page, condition: &str, what: &str) -> Result<(), String> {
    let started = Instant::now();
    let js =
        format!("(() => {{ try {{ return !!({condition}); }} catch (e) {{ return false; }} }})()");
    loop {
        if eval::<bool>(page, &js, what).await.unwrap_or(false) {
            return Ok(());
        }
        if started.elapsed() > WAIT {
            let shown = text(
                page,
                ".amo-emu-toast, .amo-emu-diagnostic, .amo-emu-error-page",
            )
            .await;
            return Err(if shown.is_empty() {
                format!("timed out after {} s waiting for {what}", WAIT.as_secs())
            } else {
                format!(
                    "timed out after {} s waiting for {what}; the page shows: {shown}",
                    WAIT.as_secs()
                )
            });
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

/// Waits for `selector` and clicks it with a real mouse event.
pub async fn click(page: &Page, selector: &str) -> Result<(), String> {
    wait(
        page,
        &format!("document.querySelector({selector:?})"),
        selector,
    )
    .await?;
    page.find_element(selector)
        .await
        .map_err(|e| format!("cannot find {selector}: {e}"))?
        .click()
        .await
        .map_err(|e| format!("cannot click {selector}: {e}"))?;
    Ok(())
}

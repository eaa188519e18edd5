//! The platform's system controls (`/tmpl/controls/*`) behave as on amoCRM
//! wherever a widget draws them: a person opens, picks and ticks, the hidden
//! inputs hold the values, `controls:change` reaches the widget, and what the
//! widget writes from it is what Install stores. Headless Chromium.

mod common;

use common::browser::{
    click, eval, events, exists, modal_session, notice, press, screenshot, session, text,
    type_into, wait_for, TestBrowser,
};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const CODE: &str = "controls_behaviour";

/// The recorded `controls:change` events whose target is `target`.
async fn changes(page: &chromiumoxide::Page, target: &str) -> Vec<Value> {
    events(page)
        .await
        .into_iter()
        .filter(|e| e["cb"] == "controls:change" && e["target"] == target)
        .collect()
}

async fn value(page: &chromiumoxide::Page, selector: &str) -> String {
    let sel = serde_json::to_string(selector).unwrap();
    eval(page, &format!("document.querySelector({sel}).value")).await
}

/// The fixture's settings modal, open, with the widget's controls drawn.
async fn controls_modal(test: &str) -> Option<(TestBrowser, TestServer, chromiumoxide::Page)> {
    let (browser, server, page) =
        modal_session(test, "tests/fixtures/controls-behaviour", CODE).await?;
    wait_for(
        &page,
        "document.querySelector('#controls-panel')",
        "the widget's controls",
    )
    .await;
    Some((browser, server, page))
}

#[tokio::test]
async fn system_controls_open_pick_and_fire_controls_change_and_install_stores_them() {
    let Some((browser, server, page)) = controls_modal("system_controls").await else {
        return;
    };

    // select: opens on click, picks, keeps the hidden input, relabels the button.
    assert!(!exists(&page, ".ctl-select ul.control--select--list-opened").await);
    click(&page, ".ctl-select .control--select--button").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-select ul.control--select--list-opened')",
        "the select list open",
    )
    .await;
    screenshot(&page, "controls-select-open").await;
    click(&page, ".ctl-select li[data-value=c]").await;
    assert_eq!(value(&page, "input[name=ctl_select]").await, "c");
    assert_eq!(
        text(&page, ".ctl-select .control--select--button-inner").await,
        "Gamma"
    );
    assert!(
        exists(
            &page,
            ".ctl-select li[data-value=c].control--select--list--item-selected"
        )
        .await
    );
    assert!(
        !exists(&page, ".ctl-select ul.control--select--list-opened").await,
        "closed after a pick"
    );
    let picked = changes(&page, "ctl_select").await;
    assert_eq!(picked.len(), 1, "{picked:?}");
    assert_eq!(picked[0]["values"]["select"], json!("c"));

    // Escape closes the open list, not the modal; a click outside closes it too.
    click(&page, ".ctl-select .control--select--button").await;
    press(&page, ".ctl-select .control--select--button", "Escape").await;
    wait_for(
        &page,
        "!document.querySelector('.ctl-select ul.control--select--list-opened')",
        "Escape closing the list",
    )
    .await;
    assert!(
        exists(&page, ".modal.controls_behaviour").await,
        "the modal stays open"
    );
    click(&page, ".ctl-select .control--select--button").await;
    click(&page, ".widget_settings_block__descr").await;
    wait_for(
        &page,
        "!document.querySelector('.ctl-select ul.control--select--list-opened')",
        "an outside click closing the list",
    )
    .await;

    // checkboxes_dropdown: ticks, the title names them, values in the named inputs.
    click(&page, ".ctl-multi .checkboxes_dropdown__title_wrapper").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-multi.expanded')",
        "the dropdown open",
    )
    .await;
    assert_eq!(
        text(&page, ".ctl-multi .checkboxes_dropdown__title").await,
        "Nothing picked"
    );
    click(
        &page,
        ".ctl-multi label:has(#cbx_drop_ctl_y) .control-checkbox__text",
    )
    .await;
    click(
        &page,
        ".ctl-multi label:has(#cbx_drop_ctl_z) .control-checkbox__text",
    )
    .await;
    screenshot(&page, "controls-checkboxes-dropdown").await;
    assert_eq!(
        text(&page, ".ctl-multi .checkboxes_dropdown__title").await,
        "WhyZed"
    );
    assert!(exists(&page, ".ctl-multi label.is-checked:has(#cbx_drop_ctl_y)").await);
    let ticked = changes(&page, "checkboxes_dropdown").await;
    assert_eq!(ticked.last().unwrap()["values"]["multi"], json!(["y", "z"]));

    // suggest: typing filters, a click picks.
    type_into(&page, ".ctl-suggest input", "an").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-suggest .control--suggest--list-opened')",
        "the suggestions",
    )
    .await;
    let shown: Vec<String> = eval(&page, "[...document.querySelectorAll('.ctl-suggest li')].filter(li => li.style.display !== 'none').map(li => li.textContent)").await;
    assert_eq!(shown, vec!["Banana".to_string()]);
    screenshot(&page, "controls-suggest").await;
    click(&page, ".ctl-suggest li[data-value-id=b]").await;
    assert_eq!(value(&page, "input[name=ctl_suggest]").await, "Banana");
    let suggested = changes(&page, "ctl_suggest").await;
    assert_eq!(
        suggested.last().unwrap()["values"]["suggest_id"],
        json!("b")
    );

    // date_field: the calendar writes DD.MM.YYYY.
    click(&page, ".ctl-date input.date_field").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-date .amo-emu-datepicker')",
        "the calendar",
    )
    .await;
    screenshot(&page, "controls-date-field").await;
    click(&page, ".ctl-date .amo-emu-datepicker__next").await;
    click(
        &page,
        ".ctl-date .amo-emu-datepicker__day[data-date^='15.']",
    )
    .await;
    let date = value(&page, "input[name=ctl_date]").await;
    assert!(
        date.len() == 10 && date.starts_with("15.") && date.as_bytes()[5] == b'.',
        "{date}"
    );
    assert!(
        !exists(&page, ".ctl-date .amo-emu-datepicker").await,
        "closed after a pick"
    );
    assert!(!changes(&page, "ctl_date").await.is_empty());

    // switcher: toggles its checkbox and fires change.
    click(&page, "label[for=ctl-switch]").await;
    wait_for(&page, "document.querySelector('#ctl-switch').checked && document.querySelector('label[for=ctl-switch]').classList.contains('switcher__on')", "the switch on").await;
    assert!(events(&page)
        .await
        .iter()
        .any(|e| e["cb"] == "switch:change" && e["checked"] == json!(true)));

    // pipeline_select without items: the account's pipelines, one stage picked.
    click(&page, ".ctl-stage .pipeline-select-wrapper__title").await;
    wait_for(
        &page,
        "document.querySelectorAll('.ctl-stage .pipeline-select__dropdown__item').length > 1",
        "the account's stages",
    )
    .await;
    screenshot(&page, "controls-pipeline-select").await;
    let stage: String = eval(
        &page,
        "document.querySelectorAll('.ctl-stage .pipeline-select__dropdown__item__input')[1].value",
    )
    .await;
    let stage_name: String = eval(&page, "document.querySelectorAll('.ctl-stage .pipeline-select__dropdown__item__label')[1].textContent").await;
    click(&page, &format!(".ctl-stage li[data-value='{stage}'] label")).await;
    assert_eq!(
        text(&page, ".ctl-stage .pipeline-select-wrapper__title").await,
        stage_name
    );
    let staged = changes(&page, "pipeline_select").await;
    assert_eq!(staged.last().unwrap()["values"]["stage"], json!(stage));

    // common/search_block draws.
    assert!(
        exists(
            &page,
            ".list-top-search #ctl-search[placeholder='Search leads']"
        )
        .await
    );

    // Install stores what the widget wrote from the controls.
    click(&page, ".modal.controls_behaviour .js-widget-install").await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice').textContent.includes('installed')",
        "the install",
    )
    .await;
    let said = notice(&page).await;
    assert!(!said.contains("Warning"), "{said}");
    let stored = server.widget_api(CODE)["settings"]["custom_data"].clone();
    let stored: Value = match stored {
        Value::String(s) => serde_json::from_str(&s).unwrap(),
        other => other,
    };
    assert_eq!(stored["select"], json!("c"));
    assert_eq!(stored["multi"], json!(["y", "z"]));
    assert_eq!(stored["suggest"], json!("Banana"));
    assert_eq!(stored["date"], json!(date));
    assert_eq!(stored["switch_on"], json!(true));
    assert_eq!(stored["stage"], json!(stage));
    browser.close().await;
}

#[tokio::test]
async fn controls_work_on_the_widgets_own_page_and_follow_a_widgets_visual_change() {
    let Some((browser, server)) = session(
        "system_controls_advanced",
        "tests/fixtures/controls-behaviour",
    )
    .await
    else {
        return;
    };
    off_runtime(|| {
        let res = server
            .http()
            .post(server.url(&format!("/api/v4/widgets/{CODE}")))
            .header("Content-Type", "application/json")
            .body("{}")
            .send()
            .unwrap();
        assert!(res.status().is_success(), "install: {}", res.status());
    });
    let page = browser
        .open(&server.url(&format!("/settings/widgets/{CODE}/")))
        .await;
    wait_for(
        &page,
        "document.querySelector('#controls-page .adv-select')",
        "the widget's page",
    )
    .await;

    click(&page, ".adv-select .control--select--button").await;
    wait_for(
        &page,
        "document.querySelector('.adv-select ul.control--select--list-opened')",
        "the list open",
    )
    .await;
    click(&page, ".adv-select li[data-value=b]").await;
    assert_eq!(value(&page, "input[name=adv_select]").await, "b");
    assert_eq!(
        text(&page, ".adv-select .control--select--button-inner").await,
        "Beta"
    );
    let seen = events(&page).await;
    assert!(
        seen.iter()
            .any(|e| e["cb"] == "controls:change" && e["values"]["select"] == "b"),
        "{seen:?}"
    );
    assert!(
        seen.iter()
            .any(|e| e["cb"] == "change" && e["value"] == "b"),
        "controls:change is followed by change: {seen:?}"
    );

    // The widget moves the select itself: the button follows, no `change` fires.
    let _: bool = eval(&page, "(window.__amo_emu_events = [], true)").await;
    click(&page, "#adv-set-gamma").await;
    wait_for(&page, "document.querySelector('.adv-select .control--select--button-inner').textContent === 'Gamma'", "the button following the input").await;
    assert!(
        exists(
            &page,
            ".adv-select li[data-value=c].control--select--list--item-selected"
        )
        .await
    );
    assert!(
        !events(&page).await.iter().any(|e| e["cb"] == "change"),
        "controls:change:visual does not fire change"
    );
    screenshot(&page, "controls-advanced-page").await;
    browser.close().await;
}

#[tokio::test]
async fn select_and_suggest_lists_pick_with_up_down_and_enter() {
    let Some((browser, _server, page)) = controls_modal("system_controls_keyboard").await else {
        return;
    };

    // select: Down starts from the picked item (Beta), Enter picks Gamma.
    const BUTTON: &str = ".ctl-select .control--select--button";
    click(&page, BUTTON).await;
    press(&page, BUTTON, "ArrowDown").await;
    assert!(
        exists(
            &page,
            ".ctl-select li[data-value=c].control--select--list--item-key_selected"
        )
        .await
    );
    press(&page, BUTTON, "Enter").await;
    assert_eq!(value(&page, "input[name=ctl_select]").await, "c");
    assert!(
        !exists(&page, ".ctl-select ul.control--select--list-opened").await,
        "closed after Enter"
    );
    // Up stops at the first item; Enter without a move closes only.
    click(&page, BUTTON).await;
    for _ in 0..4 {
        press(&page, BUTTON, "ArrowUp").await;
    }
    press(&page, BUTTON, "Enter").await;
    assert_eq!(value(&page, "input[name=ctl_select]").await, "a");
    assert_eq!(
        text(&page, ".ctl-select .control--select--button-inner").await,
        "Alpha"
    );
    click(&page, BUTTON).await;
    press(&page, BUTTON, "Enter").await;
    assert!(!exists(&page, ".ctl-select ul.control--select--list-opened").await);
    assert_eq!(value(&page, "input[name=ctl_select]").await, "a");

    // suggest: only the shown items take the mark; it stops at the last one.
    const INPUT: &str = ".ctl-suggest input";
    type_into(&page, INPUT, "an").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-suggest .control--suggest--list-opened')",
        "the suggestions",
    )
    .await;
    press(&page, INPUT, "ArrowDown").await;
    press(&page, INPUT, "ArrowDown").await;
    assert!(
        exists(
            &page,
            ".ctl-suggest li[data-value-id=b].control--suggest--list--item-key_selected"
        )
        .await
    );
    let marked: String = eval(
        &page,
        "getComputedStyle(document.querySelector('.ctl-suggest .control--suggest--list--item-key_selected')).backgroundColor",
    )
    .await;
    assert_ne!(marked, "rgba(0, 0, 0, 0)", "the marked item is highlighted");
    screenshot(&page, "controls-suggest-keyboard").await;
    press(&page, INPUT, "Enter").await;
    assert_eq!(value(&page, "input[name=ctl_suggest]").await, "Banana");
    let suggested = changes(&page, "ctl_suggest").await;
    assert_eq!(
        suggested.last().unwrap()["values"]["suggest_id"],
        json!("b")
    );
    assert!(!exists(&page, ".ctl-suggest .control--suggest--list-opened").await);
    browser.close().await;
}

#[tokio::test]
async fn a_select_cut_off_by_a_scrolling_container_opens_upwards() {
    let Some((browser, _server, page)) = controls_modal("system_controls_upwards").await else {
        return;
    };
    // A widget that puts its controls in a short scrolling box (as a long
    // settings form does): the list would be cut off below, so it opens up.
    let _: bool = eval(
        &page,
        "(() => { const sel = document.querySelector('.ctl-select'); \
         const box = document.createElement('div'); \
         box.style.cssText = 'overflow:auto;height:40px;padding-top:160px'; \
         sel.before(box); box.append(sel); box.scrollTop = 160; return true; })()",
    )
    .await;
    click(&page, ".ctl-select .control--select--button").await;
    wait_for(
        &page,
        "document.querySelector('.ctl-select ul.control--select--list-opened')",
        "the select list open",
    )
    .await;
    assert!(
        exists(&page, ".ctl-select ul.control--select--list-to-top").await,
        "the list opens upwards instead of being cut off"
    );
    browser.close().await;
}

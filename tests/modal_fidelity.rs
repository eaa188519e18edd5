//! The settings modal as real widgets use it: `$settings_body` is only the
//! right-hand part (a widget that replaces it can still be installed), and
//! the modal's own active switch is a real control widgets can read and a
//! person can toggle. Clicked through in headless Chromium.

mod common;

use common::browser::{
    click, eval, events, exists, modal_session, notice, screenshot, type_into, wait_for,
};
use serde_json::{json, Value};

/// The condition "the modal's notice line says something".
const VERDICT: &str = "!document.querySelector('.amo-emu-notice').hidden && document.querySelector('.amo-emu-notice').textContent.length > 0";

fn recorded<'a>(events: &'a [Value], cb: &str) -> Vec<&'a Value> {
    events.iter().filter(|e| e["cb"] == cb).collect()
}

#[tokio::test]
async fn a_widget_that_replaces_its_settings_body_can_still_be_installed() {
    let Some((browser, server, page)) = modal_session(
        "settings_html_wipe",
        "tests/fixtures/settings-html-wipe",
        "settings_html_wipe",
    )
    .await
    else {
        return;
    };
    const MODAL: &str = ".modal.settings_html_wipe";

    let seen = events(&page).await;
    let settings = recorded(&seen, "settings");
    assert_eq!(settings.len(), 1, "{seen:?}");
    assert_eq!(
        settings[0]["body_class"],
        json!("widget-settings__desc-space")
    );
    assert_eq!(settings[0]["body_has_fields"], json!(1));

    // The widget's form replaced the right-hand part; the header survived.
    assert!(exists(&page, &format!("{MODAL} #mine .mine-login")).await);
    assert!(!exists(&page, "#widget_settings__fields_wrapper").await);
    for kept in [
        ".widget-settings__logo",
        ".widget_settings_block__title",
        ".widget-rating-box",
        ".widget-additional-info__reviews-list",
        "button.js-widget-install",
    ] {
        assert!(
            exists(&page, &format!("{MODAL} {kept}")).await,
            "{kept} is outside $settings_body"
        );
    }
    // Save and the active switch are put back at the bottom of the part.
    assert!(
        exists(
            &page,
            &format!("{MODAL} #mine + .widget_settings_block__controls .js-widget-save")
        )
        .await
    );
    assert!(
        exists(
            &page,
            &format!("{MODAL} .widget_settings_block__controls #widget_active__sw")
        )
        .await
    );

    type_into(&page, ".mine-login", "anna").await;
    screenshot(&page, "settings-html-wipe").await;
    click(&page, &format!("{MODAL} .js-widget-install")).await;
    wait_for(&page, VERDICT, "the install verdict").await;
    let said = notice(&page).await;
    assert!(said.contains("installed"), "{said}");
    assert!(
        said.contains("api_key"),
        "names the field it could not read: {said}"
    );

    let api = server.widget_api("settings_html_wipe");
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["login"], json!("anna"));
    assert!(api["settings"].get("api_key").is_none(), "{api}");
    let seen = events(&page).await;
    let saves = recorded(&seen, "onSave");
    assert_eq!(saves.len(), 1);
    assert_eq!(
        saves[0]["fields"],
        json!({"login": "anna"}),
        "only the inputs that remain"
    );
    assert!(exists(&page, &format!("{MODAL} .js-widget-uninstall")).await);
    screenshot(&page, "settings-html-wipe-installed").await;
    browser.close().await;
}

#[tokio::test]
async fn the_active_switch_reads_as_amocrm_and_switching_it_off_and_saving_disables() {
    let Some((browser, server, page)) = modal_session(
        "active_switch",
        "tests/fixtures/active-switch",
        "active_switch",
    )
    .await
    else {
        return;
    };
    const MODAL: &str = ".modal.active_switch";

    let seen = events(&page).await;
    let first = recorded(&seen, "settings")[0].clone();
    assert_eq!(first["status"], json!("install"));
    assert_eq!(first["sw_checked"], json!(false));
    assert_eq!(first["sw_val"], json!("N"));
    assert_eq!(first["checked_count"], json!(0));

    // The decoy named `login` outside the wrapper is not what gets saved.
    type_into(
        &page,
        "#widget_settings__fields_wrapper input[name=login]",
        "real",
    )
    .await;
    click(&page, &format!("{MODAL} .js-widget-install")).await;
    wait_for(&page, VERDICT, "the install verdict").await;
    assert!(notice(&page).await.contains("installed"));
    assert_eq!(
        server.widget_api("active_switch")["settings"]["login"],
        json!("real")
    );
    let checked: bool = eval(
        &page,
        "document.querySelector('#widget_active__sw').checked",
    )
    .await;
    let val: String = eval(
        &page,
        "document.querySelector('input[name=widget_active]').value",
    )
    .await;
    assert!(checked, "installed: the switch is on");
    assert_eq!(val, "Y");

    // Reopen: the widget reads an installed, active switch.
    click(&page, &format!("{MODAL} .modal-body__close")).await;
    wait_for(
        &page,
        "!document.querySelector('.modal.active_switch')",
        "the modal closed",
    )
    .await;
    let _: bool = eval(&page, "(window.__amo_emu_events = [], true)").await;
    click(&page, ".widget-card[data-widget-code=\"active_switch\"]").await;
    wait_for(
        &page,
        "document.querySelector('.modal.active_switch[data-amo-emu-ready]')",
        "the modal again",
    )
    .await;
    let seen = events(&page).await;
    let again = recorded(&seen, "settings")[0].clone();
    assert_eq!(again["status"], json!("installed"));
    assert_eq!(again["sw_checked"], json!(true));
    assert_eq!(again["sw_val"], json!("Y"));
    assert_eq!(again["checked_count"], json!(1));
    screenshot(&page, "active-switch-on").await;

    // A person switches it off (clicks the drawn switch) and saves.
    click(
        &page,
        &format!("{MODAL} label.switcher[for=widget_active__sw]"),
    )
    .await;
    wait_for(
        &page,
        "!document.querySelector('#widget_active__sw').checked && document.querySelector('#widget_active__sw').value === 'N' && document.querySelector('label.switcher[for=widget_active__sw]').classList.contains('switcher__off')",
        "the switch off",
    )
    .await;
    wait_for(
        &page,
        "!document.querySelector('.js-widget-save').classList.contains('button-input-disabled')",
        "Save enabled by the switch",
    )
    .await;
    screenshot(&page, "active-switch-off").await;
    click(&page, &format!("{MODAL} .js-widget-save")).await;
    wait_for(&page, VERDICT, "the disable verdict").await;
    assert!(
        notice(&page).await.contains("disabled"),
        "{}",
        notice(&page).await
    );
    assert_eq!(
        server.widget_api("active_switch")["is_active_in_account"],
        json!(false)
    );
    let seen = events(&page).await;
    let saves = recorded(&seen, "onSave");
    assert_eq!(saves.last().unwrap()["active"], json!("N"));
    assert_eq!(saves.last().unwrap()["fields"], json!({"login": "real"}));
    assert_eq!(recorded(&seen, "destroy").len(), 1);
    assert!(exists(&page, &format!("{MODAL} .js-widget-install")).await);
    browser.close().await;
}

//! The card SDK tab (`card_sdk`, docs/left-menu-card-sdk.md §2), clicked
//! through in headless Chromium: open a lead card from the list, click the
//! widget's tab; `loadPreloadedData()` and `loadElements(type, id)` run and
//! their elements show; typing searches through `searchDataInCard(query,
//! type, id)` and shows its results; linking, changing a quantity and
//! unlinking call `linkCard(links)`. Cards without the tab are checked over
//! plain HTTP. The fixture is tests/fixtures/menu-sdk.

mod common;

use chromiumoxide::Page;
use common::browser::{
    click, eval, events, exists, screenshot, text, type_into, wait_for, TestBrowser,
};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

const CODE: &str = "menu_sdk";

fn installed() -> TestServer {
    let state = format!(
        r#"{{"schema":1,"widgets":{{"{CODE}":{{"installed":true,"settings":{{}},"updated_at":1}}}}}}"#
    );
    TestServer::start_prepared("tests/fixtures/menu-sdk", &[], |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        std::fs::write(dir.join(".amo-emu/state.json"), state).unwrap();
    })
}

async fn wait_crm(page: &Page, path: &str) {
    wait_for(
        page,
        &format!("document.documentElement.dataset.amoEmuReady === 'crm' && document.documentElement.dataset.amoEmuPath === {path:?}"),
        path,
    )
    .await;
}

/// Waits for an element matching `selector`.
async fn wait_el(page: &Page, selector: &str, what: &str) {
    wait_for(page, &format!("document.querySelector({selector:?})"), what).await;
}

/// The recorded events named `cb`.
async fn recorded(page: &Page, cb: &str) -> Vec<Value> {
    events(page)
        .await
        .into_iter()
        .filter(|e| e["cb"] == cb)
        .collect()
}

/// The ids of the rows in the list `selector`.
async fn ids(page: &Page, selector: &str) -> Vec<String> {
    eval(
        page,
        &format!("[...document.querySelectorAll('{selector} [data-id]')].map(r => r.dataset.id)"),
    )
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn card_sdk_tab_loads_searches_and_links() {
    let Some(browser) = TestBrowser::launch("card_sdk_tab").await else {
        return;
    };
    let server = installed();
    let page = browser.open(&server.url("/leads/list/")).await;
    wait_crm(&page, "/leads/list/").await;
    let id: u64 = eval(
        &page,
        "Number(document.querySelector('#list_table tr.list-row[data-id]').dataset.id)",
    )
    .await;
    click(&page, &format!("tr[data-id=\"{id}\"] a.list-row__link")).await;
    let path = format!("/leads/detail/{id}");
    wait_crm(&page, &path).await;

    // The tab is there; nothing is loaded before it is opened.
    let tab = format!("[data-card-sdk-tab=\"{CODE}\"]");
    assert_eq!(text(&page, &tab).await, "Fixture: menu-sdk");
    assert!(eval::<bool>(&page, &format!("document.getElementById('{CODE}').hidden")).await);
    assert!(recorded(&page, "loadPreloadedData").await.is_empty());

    click(&page, &tab).await;
    wait_el(
        &page,
        ".js-card-sdk-linked [data-id='201'] .js-card-sdk-quantity",
        "the linked elements",
    )
    .await;
    let pre = recorded(&page, "loadPreloadedData").await;
    assert_eq!(pre.len(), 1);
    assert_eq!(
        (pre[0]["args"].clone(), pre[0]["tab"].clone()),
        (json!(0), json!(1)),
        "{pre:?}"
    );
    assert_eq!(pre[0]["area"], "lcard");
    let loaded = recorded(&page, "loadElements").await;
    assert_eq!(loaded[0]["type"], json!({"id": 2, "type": "leads"}));
    assert_eq!(loaded[0]["id"], json!(id));
    assert_eq!(
        ids(&page, ".js-card-sdk-found").await,
        ["101", "102"],
        "the preloaded elements"
    );
    assert!(text(&page, ".js-card-sdk-found")
        .await
        .contains("Red chair"));
    let lamp = text(&page, ".js-card-sdk-linked [data-id='201']").await;
    assert!(
        lamp.contains("Green lamp") && lamp.contains("SKU-201") && lamp.contains("45"),
        "{lamp}"
    );
    let qty: String = eval(&page, "document.querySelector(\".js-card-sdk-linked [data-id='201'] .js-card-sdk-quantity\").value").await;
    assert_eq!(qty, "2");
    assert!(eval::<bool>(&page, "document.querySelector('.js-card-main').hidden").await);
    screenshot(&page, "card-sdk-tab-opened").await;

    // Typing searches through the widget and shows what it found.
    type_into(&page, ".js-card-sdk-query", "red").await;
    wait_for(
        &page,
        "document.querySelector('.js-card-sdk-found').dataset.query === 'red'",
        "the search results",
    )
    .await;
    assert_eq!(ids(&page, ".js-card-sdk-found").await, ["101", "103"]);
    let searched = recorded(&page, "searchDataInCard").await;
    let last = searched.last().unwrap();
    assert_eq!(last["query"], "red");
    assert_eq!(last["type"], json!({"id": 2, "type": "leads"}));
    assert_eq!(last["id"], json!(id));
    screenshot(&page, "card-sdk-search").await;

    // Linking a found element calls linkCard, then lists it.
    click(
        &page,
        ".js-card-sdk-found [data-id='103'] .js-card-sdk-link",
    )
    .await;
    wait_el(
        &page,
        ".js-card-sdk-linked [data-id='103']",
        "the newly linked element",
    )
    .await;
    let links: Vec<Value> = recorded(&page, "linkCard")
        .await
        .into_iter()
        .map(|e| e["links"].clone())
        .collect();
    assert_eq!(
        links,
        [json!({"link": [{"from": "leads", "from_id": id, "to_id": 103, "quantity": 1}]})]
    );

    // A quantity change and an unlink are linkCard calls too.
    type_into(
        &page,
        ".js-card-sdk-linked [data-id='103'] .js-card-sdk-quantity",
        "3",
    )
    .await;
    // A person leaves the field (the change is sent once, whatever fires it).
    let _: bool = eval(&page, "(() => { const q = document.querySelector(\".js-card-sdk-linked [data-id='103'] .js-card-sdk-quantity\"); q.dispatchEvent(new Event('change', {bubbles: true})); q.blur(); return true; })()").await;
    wait_for(
        &page,
        "(window.__amo_emu_events || []).filter(e => e.cb === 'linkCard').length === 2",
        "the quantity's linkCard",
    )
    .await;
    click(
        &page,
        ".js-card-sdk-linked [data-id='201'] .js-card-sdk-unlink",
    )
    .await;
    wait_for(
        &page,
        "!document.querySelector(\".js-card-sdk-linked [data-id='201']\")",
        "the unlinked element gone",
    )
    .await;
    let links: Vec<Value> = recorded(&page, "linkCard")
        .await
        .into_iter()
        .map(|e| e["links"].clone())
        .collect();
    assert_eq!(
        links[1],
        json!({"link": [{"from": "leads", "from_id": id, "to_id": 103, "quantity": 3}]})
    );
    assert_eq!(
        links[2],
        json!({"unlink": [{"from": "leads", "from_id": id, "to_id": 201}]})
    );
    assert_eq!(ids(&page, ".js-card-sdk-linked").await, ["103"]);

    // Back to the card's own tab: its form, and the panel hidden.
    click(&page, ".js-card-tabs [data-card-tab='main']").await;
    assert!(!eval::<bool>(&page, "document.querySelector('.js-card-main').hidden").await);
    assert!(exists(&page, "#card_fields").await);
    assert!(eval::<bool>(&page, &format!("document.getElementById('{CODE}').hidden")).await);
    assert_eq!(
        recorded(&page, "loadPreloadedData").await.len(),
        1,
        "loaded once per card"
    );

    // No tab on a card whose location the widget lacks, nor on a new lead.
    let contact = off_runtime(|| {
        let api = server
            .http()
            .get(server.url("/api/v4/contacts"))
            .send()
            .unwrap();
        let body: Value = api.json().unwrap();
        body["_embedded"]["contacts"][0]["id"].as_u64().unwrap()
    });
    for path in [
        format!("/contacts/detail/{contact}"),
        "/leads/detail/0".to_owned(),
    ] {
        let body = off_runtime(|| {
            server
                .http()
                .get(server.url(&path))
                .send()
                .unwrap()
                .text()
                .unwrap()
        });
        assert!(body.contains("card_holder"), "{path} is a card");
        assert!(!body.contains("data-card-sdk-tab"), "{path} has no tab");
    }
    assert!(
        server.settled_stderr().contains("tab manager"),
        "the terminal says what is not emulated"
    );
    browser.close().await;
}

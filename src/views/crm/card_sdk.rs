//! The card SDK tab of a card (`card_sdk`, docs/left-menu-card-sdk.md §2):
//! what the card template draws for it (the tab and its empty panel,
//! `#<code>`) and what `#amo-emu-crm` tells the runtime
//! (`assets/runtime/ui/card-sdk.js`), which calls the widget's
//! `loadPreloadedData`, `loadElements`, `searchDataInCard` and `linkCard`.

use serde::Serialize;

use crate::account::entities::EntityKind;

/// The tab as the card template draws it.
pub struct SdkTab {
    /// The widget code: the panel's id (`$('#' + widget_code)` in the docs).
    pub code: String,
    /// The tab's label: the widget's name (UNCONFIRMED).
    pub title: String,
}

/// What the runtime needs for the tab's callbacks.
#[derive(Debug, Serialize)]
pub struct CardSdkBoot {
    pub code: String,
    /// The `type` argument of `loadElements` and `searchDataInCard`.
    pub entity_type: EntityType,
}

/// The card's entity as `loadElements(type, id)` receives it. The docs'
/// example reads `type.type`; that it also carries the numeric
/// `element_type` as `id` is UNCONFIRMED.
#[derive(Debug, Serialize)]
pub struct EntityType {
    pub id: u8,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

impl CardSdkBoot {
    pub fn new(code: &str, entity: EntityKind) -> Self {
        CardSdkBoot {
            code: code.to_owned(),
            entity_type: EntityType {
                id: entity.element_type(),
                kind: entity.api_name(),
            },
        }
    }
}

//! The card and list pages of the CRM (leads, contacts, companies, tasks):
//! each screen with every name amoCRM gives it (URL, areas, mass-action
//! callbacks), and the JSON the runtime (`pages/crm.js`) reads from
//! `#amo-emu-crm`: the screen's area names, how the widget runs here, the
//! card and the rows `list_selected()` answers from. The askama views that
//! lay out the emulated account's records with the class names real widgets
//! query (docs/real-widget-usage.md §7: `#list_table`, `.list-row`, `.js-item-checkbox`,
//! `#card_fields`, `.card-widgets`) are in `list.rs` and `card.rs`.

pub mod card;
pub mod card_form;
pub mod card_sdk;
pub mod feed;
pub mod list;
pub mod pipeline;

use serde::Serialize;

use crate::account::entities::EntityKind;
use crate::widget::placement::Placement;
use crate::widget::Area;

pub use card::{CardData, CardPage};
pub use list::{ListPage, RowData};

/// Whether a screen is a list or one record's card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScreenKind {
    List,
    Card,
    /// The leads pipeline (kanban).
    Pipeline,
}

/// One CRM screen and every name amoCRM gives it (docs/platform.md §5.3).
#[derive(Debug, Clone)]
pub struct Screen {
    pub kind: ScreenKind,
    pub entity: EntityKind,
    /// The widget's location area (`lcard`, `llist` …).
    pub area: Area,
    /// `self.system().area` and `APP.widgets.system.area`.
    pub system_area: &'static str,
    /// `APP.getWidgetsArea()`.
    pub widgets_area: &'static str,
    /// `APP.getBaseEntity()`.
    pub base_entity: &'static str,
    /// The list's mass-action callbacks, the first one the widget defines
    /// is called. Spec: `todo.selected` for tasks, but real widgets define
    /// `tasks.selected` (docs/real-widget-usage.md §4: 32 widgets to 5), and a few define
    /// `companies.selected` next to `contacts.selected`; amo-emu accepts
    /// both spellings rather than be stricter than amoCRM (UNCONFIRMED).
    pub selected_callbacks: &'static [&'static str],
    /// The left-menu item it highlights.
    pub menu: &'static str,
    /// Its URL prefix (`/leads/list/`, `/leads/detail/`).
    pub path: &'static str,
}

macro_rules! screen {
    ($kind:ident, $entity:ident, $area:ident, $sys:literal, $wa:literal, $base:literal, $sel:expr, $menu:literal, $path:literal) => {
        Screen {
            kind: ScreenKind::$kind,
            entity: EntityKind::$entity,
            area: Area::$area,
            system_area: $sys,
            widgets_area: $wa,
            base_entity: $base,
            selected_callbacks: $sel,
            menu: $menu,
            path: $path,
        }
    };
}

pub const LEADS_LIST: Screen = screen!(
    List,
    Leads,
    Llist,
    "llist",
    "leads",
    "leads",
    &["leads.selected"],
    "leads",
    "/leads/list/"
);
/// The leads pipeline (kanban): the `llist` area, as the leads list.
pub const LEADS_PIPELINE: Screen = screen!(
    Pipeline,
    Leads,
    Llist,
    "llist",
    "leads",
    "leads",
    &["leads.selected"],
    "leads",
    "/leads/pipeline/"
);
pub const CONTACTS_LIST: Screen = screen!(
    List,
    Contacts,
    Clist,
    "clist",
    "contacts",
    "contacts",
    &["contacts.selected"],
    "contacts",
    "/contacts/list/"
);
pub const COMPANIES_LIST: Screen = screen!(
    List,
    Companies,
    Clist,
    "clist",
    "companies",
    "companies",
    &["companies.selected", "contacts.selected"],
    "contacts",
    "/companies/list/"
);
pub const TASKS_LIST: Screen = screen!(
    List,
    Tasks,
    Tlist,
    "tlist",
    "todo",
    "todo",
    &["todo.selected", "tasks.selected"],
    "todo",
    "/todo/list/"
);
pub const LEAD_CARD: Screen = screen!(
    Card,
    Leads,
    Lcard,
    "lcard",
    "leads_card",
    "leads",
    &[],
    "leads",
    "/leads/detail/"
);
pub const CONTACT_CARD: Screen = screen!(
    Card,
    Contacts,
    Ccard,
    "ccard",
    "contacts_card",
    "contacts",
    &[],
    "contacts",
    "/contacts/detail/"
);
pub const COMPANY_CARD: Screen = screen!(
    Card,
    Companies,
    Comcard,
    "comcard",
    "companies_card",
    "companies",
    &[],
    "contacts",
    "/companies/detail/"
);

/// The screens with a record's card, one per kind (tasks have none).
pub const CARDS: [Screen; 3] = [LEAD_CARD, CONTACT_CARD, COMPANY_CARD];

/// Where a record's card is (`/leads/detail/<id>`); `None` for a task,
/// which has no card page.
pub fn card_href(kind: EntityKind, id: u64) -> Option<String> {
    CARDS
        .iter()
        .find(|s| s.entity == kind)
        .map(|s| format!("{}{id}", s.path))
}

/// What `#amo-emu-crm` carries: the wire format between these pages and
/// `assets/runtime/pages/crm.js`.
#[derive(Debug, Serialize)]
pub struct CrmBoot {
    pub kind: ScreenKind,
    pub entity: &'static str,
    pub system_area: &'static str,
    pub widgets_area: &'static str,
    pub base_entity: &'static str,
    pub selected_callbacks: &'static [&'static str],
    /// How the widget runs here; null when it does not (or is not installed).
    pub placement: Option<PlacementBoot>,
    /// Whether the list's action menu offers the widget (a list location
    /// for this list, with either suffix).
    pub in_action_menu: bool,
    pub card: Option<CardData>,
    /// The widget's card SDK tab on this card, if it has one.
    pub card_sdk: Option<card_sdk::CardSdkBoot>,
    pub rows: Vec<RowData>,
    /// The logos the widget block's caption shows.
    pub logo_medium: String,
    pub logo_min: String,
}

#[derive(Debug, Serialize)]
pub struct PlacementBoot {
    pub column: bool,
    pub init_once: bool,
}

impl PlacementBoot {
    pub fn new(p: Placement, init_once: bool) -> Self {
        PlacementBoot {
            column: p.column,
            init_once,
        }
    }
}

/// What both page kinds add to the chrome: `#amo-emu-crm` and the action
/// menu's widget.
pub struct CrmParts {
    pub crm_json: String,
    /// The widget's code, when it runs on this page.
    pub widget_code: Option<String>,
    pub widget_name: String,
    /// Explains why the action menu offers no widget, when it does not.
    pub no_action_reason: Option<String>,
    /// The widget's card SDK tab, on a card that shows one.
    pub sdk_tab: Option<card_sdk::SdkTab>,
}

/// `DD.MM.YYYY` (amoCRM's `APP.system.format.date`) of a Unix time, UTC.
pub fn format_date(unix: u64) -> String {
    let c = crate::account::dates::civil(unix);
    format!("{:02}.{:02}.{}", c.day, c.month, c.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::account::entities::{fields, Entities};
    use crate::account::pipelines::Pipelines;
    use crate::account::Account;

    fn card(kind: EntityKind, id: u64) -> Option<card::CardModel> {
        card::CardModel::build(
            kind,
            id,
            &Entities::default(),
            &Pipelines::default(),
            &Account::default(),
        )
    }

    #[test]
    fn new_lead_card_is_id_zero_and_unknown_ids_are_none() {
        let new = card(EntityKind::Leads, 0).unwrap();
        assert_eq!((new.data.id, new.data.element_type), (0, 2));
        assert!(new.people.is_empty() && new.notes.is_empty());
        let labels: Vec<&str> = new.fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["Name", "Budget", "Stage"], "the new-lead form");
        assert!(card(EntityKind::Leads, 1).is_none());
        assert!(card(EntityKind::Contacts, 0).is_none());
    }

    #[test]
    fn lead_card_shows_stage_contacts_and_their_phones() {
        let e = Entities::default();
        let lead = e.leads.iter().find(|l| l.contacts.len() == 2).unwrap();
        let c = card(EntityKind::Leads, lead.id).unwrap();
        assert_eq!(c.data.attributes["name"], lead.name.as_str());
        assert_eq!(c.people.len(), 2);
        let stage = c.fields.iter().find(|f| f.label == "Stage").unwrap();
        let card_form::Input::Select { name, options } = &stage.input else {
            panic!("the stage is a select: {stage:?}")
        };
        assert_eq!(name, "lead[STATUS]");
        let chosen: Vec<_> = options.iter().filter(|o| o.selected).collect();
        assert_eq!(chosen.len(), 1);
        assert!(chosen[0].label.starts_with("Sales · "));
        assert_eq!(chosen[0].value, lead.status_id.to_string());
        let first = &e.contacts_of_lead(lead)[0];
        let phones =
            crate::account::entities::values_by_code(&first.custom_fields_values, fields::PHONE);
        assert_eq!(c.phones()[0].value, phones[0]);
        assert_eq!(c.phones()[0].contact_id, first.id);
    }

    #[test]
    fn company_card_offers_its_own_phone_and_multitext_fields_as_lists() {
        let e = Entities::default();
        let company = &e.companies[0];
        let c = card(EntityKind::Companies, company.id).unwrap();
        assert!(c.phones().iter().all(|p| p.contact_id == company.id));
        assert!(!c.people.is_empty(), "its people are listed");
        let phone_field = e
            .custom_fields
            .companies
            .iter()
            .find(|f| f.code.as_deref() == Some(fields::PHONE))
            .unwrap();
        assert!(c.data.fields[&phone_field.id.to_string()].is_array());
    }

    #[test]
    fn list_rows_carry_what_list_selected_returns() {
        let e = Entities::default();
        let (headers, rows, data) = list::rows(
            EntityKind::Contacts,
            &e,
            &Pipelines::default(),
            &Account::default(),
        );
        assert_eq!(headers.len(), rows[0].cells.len());
        assert_eq!(rows.len(), e.contacts.len());
        assert_eq!((data[0].id, data[0].kind), (e.contacts[0].id, "contact"));
        assert!(!data[0].emails.is_empty());
        let (_, tasks, _) = list::rows(
            EntityKind::Tasks,
            &e,
            &Pipelines::default(),
            &Account::default(),
        );
        assert!(tasks.iter().all(|t| t.href.is_empty()));
    }

    #[test]
    fn formats_dates_like_amocrm() {
        assert_eq!(format_date(0), "01.01.1970");
        assert_eq!(format_date(1_793_610_000), "02.11.2026");
        assert_eq!(format_date(951_782_400), "29.02.2000");
    }
}

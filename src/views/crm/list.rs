//! A list page (`/leads/list/` …): one row per record with a checkbox, the
//! columns a person scans (name, stage, budget, responsible …), and per row
//! the item `list_selected()` returns for it when ticked
//! (`{id, type, name, emails, phones}`; docs/platform.md §5.1, shape UNCONFIRMED);
//! the contact and company lists' phones and e-mails are marked for
//! `add_action`.

use askama::Template;
use serde::Serialize;

use super::{card_href, format_date, CrmParts};
use crate::account::entities::{
    fields, values_by_code, Company, Contact, Entities, Entity, EntityKind, FieldValues, Lead,
};
use crate::account::pipelines::Pipelines;
use crate::account::Account;
use crate::views::Chrome;

#[derive(Template)]
#[template(path = "pages/crm_list.html")]
pub struct ListPage {
    pub chrome: Chrome,
    pub crm: CrmParts,
    /// `leads`, `contacts`, `companies`, `todo`: which tab is current.
    pub tab: &'static str,
    /// The checkboxes' name (`lead[]`): a reload or code swap ticks the same
    /// rows again by name and value.
    pub checkbox_name: &'static str,
    pub headers: Vec<&'static str>,
    pub rows: Vec<ListRow>,
    pub area: &'static str,
}

pub struct ListRow {
    pub id: u64,
    pub name: String,
    /// Where the name links (a card); empty for tasks.
    pub href: String,
    pub cells: Vec<Cell>,
}

/// One cell of a row: text, or a phone or e-mail a widget's `add_action`
/// makes clickable (ui/reach-menu.js).
pub enum Cell {
    Text(String),
    Phone(Reach),
    Email(Reach),
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell::Text(text)
    }
}

/// A phone or e-mail of a row's record, with what `add_action`'s callback
/// gets besides the value.
pub struct Reach {
    pub value: String,
    /// The contact (or company) the value belongs to: the row's record.
    pub contact_id: u64,
    pub element_type: u8,
}

/// One ticked row as `list_selected().selected[]` returns it.
#[derive(Debug, Clone, Serialize)]
pub struct RowData {
    pub id: u64,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
}

impl RowData {
    /// The data of `record`'s row, its phones and e-mails read from `values`
    /// (a lead's are its contacts').
    fn new<R: Entity>(record: &R, values: &[FieldValues]) -> RowData {
        RowData {
            id: record.id(),
            kind: R::KIND.singular(),
            name: record.name().to_owned(),
            emails: values_by_code(values, fields::EMAIL),
            phones: values_by_code(values, fields::PHONE),
        }
    }
}

/// A list's column headers, its rows, and the data each row gives
/// `list_selected()`.
type Table = (Vec<&'static str>, Vec<ListRow>, Vec<RowData>);

/// One row per record, its name linking to the record's card; `row` gives
/// the row's cells and data.
fn table<R: Entity>(
    records: &[R],
    headers: Vec<&'static str>,
    row: impl Fn(&R) -> (Vec<Cell>, RowData),
) -> Table {
    let (rows, data) = records
        .iter()
        .map(|r| {
            let (cells, data) = row(r);
            let row = ListRow {
                id: r.id(),
                name: r.name().to_owned(),
                href: card_href(R::KIND, r.id()).unwrap_or_default(),
                cells,
            };
            (row, data)
        })
        .unzip();
    (headers, rows, data)
}

/// The Phone, Email and Responsible columns the contact and company lists
/// share: the first phone and e-mail of the row's data, and the user.
fn reach_cells<R: Entity>(d: &RowData, record: &R, account: &Account) -> [Cell; 3] {
    let reach = |values: &[String], cell: fn(Reach) -> Cell| match values.first() {
        Some(value) => cell(Reach {
            value: value.clone(),
            contact_id: record.id(),
            element_type: R::KIND.element_type(),
        }),
        None => Cell::Text(String::new()),
    };
    [
        reach(&d.phones, Cell::Phone),
        reach(&d.emails, Cell::Email),
        account.user_name(record.responsible_user_id()).into(),
    ]
}

/// The rows of a list and the data each one gives `list_selected()`.
pub fn rows(
    kind: EntityKind,
    entities: &Entities,
    pipelines: &Pipelines,
    account: &Account,
) -> Table {
    match kind {
        EntityKind::Leads => table(
            &entities.leads,
            vec!["Contact", "Stage", "Budget", "Responsible"],
            |l| {
                let stage = pipelines
                    .get(l.pipeline_id)
                    .and_then(|p| p.status(l.status_id))
                    .map_or_else(|| l.status_id.to_string(), |s| s.name.clone());
                let contacts = entities.contacts_of_lead(l);
                let cells = vec![
                    contacts
                        .first()
                        .map_or_else(String::new, |c| c.name.clone())
                        .into(),
                    stage.into(),
                    format!("{} {}", l.price, account.currency).into(),
                    account.user_name(l.responsible_user_id).into(),
                ];
                // A lead's phones and e-mails are its contacts'.
                let values: Vec<FieldValues> = contacts
                    .iter()
                    .flat_map(|c| c.custom_fields_values.iter().cloned())
                    .collect();
                (cells, RowData::new(l, &values))
            },
        ),
        EntityKind::Contacts => table(
            &entities.contacts,
            vec!["Company", "Phone", "Email", "Responsible"],
            |c| {
                let d = RowData::new(c, &c.custom_fields_values);
                let company = c.company_id.and_then(|id| entities.get::<Company>(id));
                let mut cells = vec![company
                    .map_or_else(String::new, |co| co.name.clone())
                    .into()];
                cells.extend(reach_cells(&d, c, account));
                (cells, d)
            },
        ),
        EntityKind::Companies => table(
            &entities.companies,
            vec!["Phone", "Email", "Responsible"],
            |c| {
                let d = RowData::new(c, &c.custom_fields_values);
                (reach_cells(&d, c, account).into(), d)
            },
        ),
        EntityKind::Tasks => table(
            &entities.tasks,
            vec!["Due", "About", "Responsible", "Status"],
            |t| {
                let about = match (t.entity_type, t.entity_id) {
                    (Some(EntityKind::Leads), Some(id)) => {
                        entities.get::<Lead>(id).map(|l| l.name())
                    }
                    (Some(EntityKind::Contacts), Some(id)) => {
                        entities.get::<Contact>(id).map(|c| c.name())
                    }
                    _ => None,
                };
                let cells = vec![
                    format_date(t.complete_till).into(),
                    about.unwrap_or_default().to_owned().into(),
                    account.user_name(t.responsible_user_id).into(),
                    if t.is_completed { "Done" } else { "Open" }
                        .to_owned()
                        .into(),
                ];
                (cells, RowData::new(t, &[]))
            },
        ),
    }
}

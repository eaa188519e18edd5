//! A list page (`/leads/list/` …): one row per record with a checkbox, the
//! columns a person scans (name, stage, budget, responsible …), and per row
//! the item `list_selected()` returns for it when ticked
//! (`{id, type, name, emails, phones}`; spec §5.1, shape UNCONFIRMED).

use askama::Template;
use serde::Serialize;

use super::{format_date, CrmParts};
use crate::account::entities::{fields, values_by_code, Entities, EntityKind};
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
    pub cells: Vec<String>,
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

fn user(account: &Account, id: u64) -> String {
    account
        .users
        .iter()
        .find(|u| u.id == id)
        .map_or_else(|| id.to_string(), |u| u.name.clone())
}

/// The rows of a list and the data each one gives `list_selected()`.
pub fn rows(
    kind: EntityKind,
    entities: &Entities,
    pipelines: &Pipelines,
    account: &Account,
) -> (Vec<&'static str>, Vec<ListRow>, Vec<RowData>) {
    let singular = kind.singular();
    let data = |id, name: &str, values: &[_]| RowData {
        id,
        kind: singular,
        name: name.to_owned(),
        emails: values_by_code(values, fields::EMAIL),
        phones: values_by_code(values, fields::PHONE),
    };
    match kind {
        EntityKind::Leads => {
            let rows = entities.leads.iter().map(|l| {
                let stage = pipelines
                    .get(l.pipeline_id)
                    .and_then(|p| p.status(l.status_id))
                    .map_or_else(|| l.status_id.to_string(), |s| s.name.clone());
                let contact = entities.contacts_of_lead(l);
                let main = contact.first();
                let row = ListRow {
                    id: l.id,
                    name: l.name.clone(),
                    href: format!("/leads/detail/{}", l.id),
                    cells: vec![
                        main.map_or_else(String::new, |c| c.name.clone()),
                        stage,
                        format!("{} {}", l.price, account.currency),
                        user(account, l.responsible_user_id),
                    ],
                };
                // A lead's phones and e-mails are its contacts'.
                let mut d = data(l.id, &l.name, &[]);
                for c in contact {
                    d.phones
                        .extend(values_by_code(&c.custom_fields_values, fields::PHONE));
                    d.emails
                        .extend(values_by_code(&c.custom_fields_values, fields::EMAIL));
                }
                (row, d)
            });
            let (r, d) = rows.unzip();
            (vec!["Contact", "Stage", "Budget", "Responsible"], r, d)
        }
        EntityKind::Contacts => {
            let (r, d) = entities
                .contacts
                .iter()
                .map(|c| {
                    let d = data(c.id, &c.name, &c.custom_fields_values);
                    let company = c.company_id.and_then(|id| entities.company(id));
                    let row = ListRow {
                        id: c.id,
                        name: c.name.clone(),
                        href: format!("/contacts/detail/{}", c.id),
                        cells: vec![
                            company.map_or_else(String::new, |co| co.name.clone()),
                            d.phones.first().cloned().unwrap_or_default(),
                            d.emails.first().cloned().unwrap_or_default(),
                            user(account, c.responsible_user_id),
                        ],
                    };
                    (row, d)
                })
                .unzip();
            (vec!["Company", "Phone", "Email", "Responsible"], r, d)
        }
        EntityKind::Companies => {
            let (r, d) = entities
                .companies
                .iter()
                .map(|c| {
                    let d = data(c.id, &c.name, &c.custom_fields_values);
                    let row = ListRow {
                        id: c.id,
                        name: c.name.clone(),
                        href: format!("/companies/detail/{}", c.id),
                        cells: vec![
                            d.phones.first().cloned().unwrap_or_default(),
                            d.emails.first().cloned().unwrap_or_default(),
                            user(account, c.responsible_user_id),
                        ],
                    };
                    (row, d)
                })
                .unzip();
            (vec!["Phone", "Email", "Responsible"], r, d)
        }
        EntityKind::Tasks => {
            let (r, d) = entities
                .tasks
                .iter()
                .map(|t| {
                    let about = match (t.entity_type, t.entity_id) {
                        (Some(EntityKind::Leads), Some(id)) => {
                            entities.lead(id).map(|l| l.name.clone())
                        }
                        (Some(EntityKind::Contacts), Some(id)) => {
                            entities.contact(id).map(|c| c.name.clone())
                        }
                        _ => None,
                    };
                    let row = ListRow {
                        id: t.id,
                        name: t.text.clone(),
                        href: String::new(),
                        cells: vec![
                            format_date(t.complete_till),
                            about.unwrap_or_default(),
                            user(account, t.responsible_user_id),
                            if t.is_completed { "Done" } else { "Open" }.to_owned(),
                        ],
                    };
                    (row, data(t.id, &t.text, &[]))
                })
                .unzip();
            (vec!["Due", "About", "Responsible", "Status"], r, d)
        }
    }
}

//! The CRM records of the emulated account: leads, contacts, companies and
//! tasks, with their custom fields, responsible users, pipeline stages and
//! links (lead ↔ contacts ↔ company).
//!
//! One model serves every surface: the list and card pages, the browser's
//! `APP.data.current_card`/`list_selected()`, and the same-origin
//! `/api/v4/{leads,contacts,companies,tasks}` answers. The types follow API
//! v4's field names (`status_id`, `responsible_user_id`,
//! `custom_fields_values` …) so an entity serialises into an `_embedded`
//! item as is; links live on the lead (`contacts`, `company_id`) and the
//! contact (`company_id`), and the reverse directions are derived here.
//!
//! Stored in `.amo-emu/state.json` under `entities`; a missing part is
//! filled from the deterministic fixture in `fixture/`, only the parts
//! that differ from it are written, and whatever the developer puts there
//! survives. Data only: no HTTP, no I/O.

pub mod field_groups;
pub mod fields;
mod fixture;
mod kind;
mod links;
mod list;
mod notes;
mod records;

use serde::{Deserialize, Serialize};

pub use field_groups::FieldGroup;
pub use fields::{CustomField, CustomFields, FieldEnum, FieldValue, FieldValues};
pub use kind::{
    EntityKind, ELEMENT_TYPE_COMPANY, ELEMENT_TYPE_CONTACT, ELEMENT_TYPE_LEAD, ELEMENT_TYPE_TASK,
};
pub use links::{linkable, links_of, Link};
pub use list::{list, ListPage, ListQuery, DEFAULT_LIMIT, MAX_LIMIT};
pub use notes::{Note, NOTE_TYPES};
pub use records::{Company, Contact, ContactLink, Entity, Lead, Task, TaskResult};

/// All records of the account. Each part defaults to the fixture on its
/// own, so a state file that lacks (say) `tasks` gets the default tasks
/// while keeping edited leads. Only parts that differ from the fixture are
/// written back: the whole fixture is ~100 kB of JSON, which every settings
/// save would otherwise rewrite (and which would bury the user's own edits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entities {
    #[serde(default, skip_serializing_if = "is_default_fields")]
    pub custom_fields: CustomFields,
    #[serde(default = "fixture::leads", skip_serializing_if = "is_fixture")]
    pub leads: Vec<Lead>,
    #[serde(default = "fixture::contacts", skip_serializing_if = "is_fixture")]
    pub contacts: Vec<Contact>,
    #[serde(default = "fixture::companies", skip_serializing_if = "is_fixture")]
    pub companies: Vec<Company>,
    #[serde(default = "fixture::tasks", skip_serializing_if = "is_fixture")]
    pub tasks: Vec<Task>,
    /// Notes on leads, contacts and companies (a new account has none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
    /// Custom field groups made through the API (a new account has none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub field_groups: Vec<FieldGroup>,
}

fn is_default_fields(v: &CustomFields) -> bool {
    *v == CustomFields::default()
}

/// Whether `records` are the fixture's, unedited (then they are not written).
fn is_fixture<T: Entity>(records: &[T]) -> bool {
    records == T::fixture()
}

impl Default for Entities {
    fn default() -> Self {
        Entities {
            custom_fields: CustomFields::default(),
            leads: fixture::leads(),
            contacts: fixture::contacts(),
            companies: fixture::companies(),
            tasks: fixture::tasks(),
            notes: Vec::new(),
            field_groups: Vec::new(),
        }
    }
}

impl Entities {
    /// Whether nothing differs from the fixture (then nothing is written).
    pub fn is_default(&self) -> bool {
        is_default_fields(&self.custom_fields)
            && is_fixture(&self.leads)
            && is_fixture(&self.contacts)
            && is_fixture(&self.companies)
            && is_fixture(&self.tasks)
            && self.notes.is_empty()
            && self.field_groups.is_empty()
    }

    /// The record of kind `T` with this id (`get::<Lead>(id)`).
    pub fn get<T: Entity>(&self, id: u64) -> Option<&T> {
        T::all(self).iter().find(|e| e.id() == id)
    }

    /// The field definitions of `kind` (none for tasks).
    pub fn custom_fields(&self, kind: EntityKind) -> &[CustomField] {
        match kind {
            EntityKind::Leads => &self.custom_fields.leads,
            EntityKind::Contacts => &self.custom_fields.contacts,
            EntityKind::Companies => &self.custom_fields.companies,
            EntityKind::Tasks => &[],
        }
    }

    /// The contacts of a lead, the main one first; dangling ids skipped.
    pub fn contacts_of_lead(&self, lead: &Lead) -> Vec<&Contact> {
        lead.contacts
            .iter()
            .filter_map(|l| self.get(l.id))
            .collect()
    }
    /// The leads a contact is linked to.
    pub fn leads_of_contact(&self, contact_id: u64) -> Vec<&Lead> {
        self.leads
            .iter()
            .filter(|l| l.contacts.iter().any(|c| c.id == contact_id))
            .collect()
    }
    /// The contacts that work for a company.
    pub fn contacts_of_company(&self, company_id: u64) -> Vec<&Contact> {
        self.contacts
            .iter()
            .filter(|c| c.company_id == Some(company_id))
            .collect()
    }
    /// The leads of a company.
    pub fn leads_of_company(&self, company_id: u64) -> Vec<&Lead> {
        self.leads
            .iter()
            .filter(|l| l.company_id == Some(company_id))
            .collect()
    }
    /// The tasks about one record.
    pub fn tasks_of(&self, kind: EntityKind, id: u64) -> Vec<&Task> {
        self.tasks
            .iter()
            .filter(|t| t.entity_type == Some(kind) && t.entity_id == Some(id))
            .collect()
    }
}

/// The id of the tag `name`. amo-emu keeps tags by name on the records;
/// the id is derived from the name, so it is stable across runs and the
/// same wherever the tag is shown.
pub fn tag_id(name: &str) -> u64 {
    crate::widget::code::stable_id(name) % 100_000
}

/// The notes on one record, oldest first.
impl Entities {
    pub fn notes_of(&self, kind: EntityKind, id: u64) -> Vec<&Note> {
        self.notes
            .iter()
            .filter(|n| n.entity_type == kind && n.entity_id == id)
            .collect()
    }
}

/// The values of the field with `code` (`PHONE`, `EMAIL` …) as strings.
pub fn values_by_code(values: &[FieldValues], code: &str) -> Vec<String> {
    values
        .iter()
        .filter(|f| f.field_code.as_deref() == Some(code))
        .flat_map(|f| f.texts())
        .collect()
}

#[cfg(test)]
mod tests;

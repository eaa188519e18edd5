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
//! filled from the deterministic fixture in `fixture.rs`, and whatever the
//! developer edits there survives. Pure data: no HTTP, no I/O.

pub mod fields;
mod fixture;

use serde::{Deserialize, Serialize};

pub use fields::{CustomField, CustomFields, FieldEnum, FieldValue, FieldValues};

/// amoCRM's `element_type` numbers (`APP.element_types`).
pub const ELEMENT_TYPE_CONTACT: u8 = 1;
pub const ELEMENT_TYPE_LEAD: u8 = 2;
pub const ELEMENT_TYPE_COMPANY: u8 = 3;
pub const ELEMENT_TYPE_TASK: u8 = 4;

/// API v4's default and largest page size (`limit`).
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 250;

/// The kinds of record, named as API v4 paths name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    Leads,
    Contacts,
    Companies,
    Tasks,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Leads,
        EntityKind::Contacts,
        EntityKind::Companies,
        EntityKind::Tasks,
    ];

    /// The API v4 path segment and `_embedded` key (`leads`).
    pub fn api_name(self) -> &'static str {
        match self {
            EntityKind::Leads => "leads",
            EntityKind::Contacts => "contacts",
            EntityKind::Companies => "companies",
            EntityKind::Tasks => "tasks",
        }
    }

    /// One record's `type` as amoCRM's front end names it (`lead`).
    pub fn singular(self) -> &'static str {
        match self {
            EntityKind::Leads => "lead",
            EntityKind::Contacts => "contact",
            EntityKind::Companies => "company",
            EntityKind::Tasks => "task",
        }
    }

    pub fn element_type(self) -> u8 {
        match self {
            EntityKind::Leads => ELEMENT_TYPE_LEAD,
            EntityKind::Contacts => ELEMENT_TYPE_CONTACT,
            EntityKind::Companies => ELEMENT_TYPE_COMPANY,
            EntityKind::Tasks => ELEMENT_TYPE_TASK,
        }
    }

    pub fn from_api_name(name: &str) -> Option<EntityKind> {
        EntityKind::ALL.into_iter().find(|k| k.api_name() == name)
    }
}

/// A contact linked to a lead (`_embedded.contacts[]` of a lead).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ContactLink {
    pub id: u64,
    pub is_main: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lead {
    pub id: u64,
    pub name: String,
    pub price: u64,
    pub responsible_user_id: u64,
    pub group_id: u64,
    pub status_id: u64,
    pub pipeline_id: u64,
    pub created_by: u64,
    pub updated_by: u64,
    pub created_at: u64,
    pub updated_at: u64,
    pub closed_at: Option<u64>,
    pub is_deleted: bool,
    #[serde(default)]
    pub custom_fields_values: Vec<FieldValues>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Linked contacts, the main one first.
    #[serde(default)]
    pub contacts: Vec<ContactLink>,
    #[serde(default)]
    pub company_id: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub id: u64,
    pub name: String,
    pub first_name: String,
    pub last_name: String,
    pub responsible_user_id: u64,
    pub group_id: u64,
    pub created_by: u64,
    pub updated_by: u64,
    pub created_at: u64,
    pub updated_at: u64,
    pub is_deleted: bool,
    #[serde(default)]
    pub custom_fields_values: Vec<FieldValues>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub company_id: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Company {
    pub id: u64,
    pub name: String,
    pub responsible_user_id: u64,
    pub group_id: u64,
    pub created_by: u64,
    pub updated_by: u64,
    pub created_at: u64,
    pub updated_at: u64,
    pub is_deleted: bool,
    #[serde(default)]
    pub custom_fields_values: Vec<FieldValues>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Task {
    pub id: u64,
    pub text: String,
    pub responsible_user_id: u64,
    pub group_id: u64,
    pub created_by: u64,
    pub updated_by: u64,
    pub created_at: u64,
    pub updated_at: u64,
    /// What the task is about (`entity_type` is `leads`, `contacts` …).
    pub entity_id: Option<u64>,
    pub entity_type: Option<EntityKind>,
    pub is_completed: bool,
    /// 1 = call, 2 = meeting (amoCRM's built-in task types).
    pub task_type_id: u64,
    pub duration: u64,
    pub complete_till: u64,
}

/// What every record offers the list machinery.
pub trait Entity {
    fn id(&self) -> u64;
    /// The text a `query` search matches (name plus field values).
    fn search_text(&self) -> String;
}

fn fields_text(name: &str, values: &[FieldValues]) -> String {
    let mut s = name.to_lowercase();
    for v in values.iter().flat_map(|f| f.texts()) {
        s.push(' ');
        s.push_str(&v.to_lowercase());
    }
    s
}

impl Entity for Lead {
    fn id(&self) -> u64 {
        self.id
    }
    fn search_text(&self) -> String {
        fields_text(&self.name, &self.custom_fields_values)
    }
}

impl Entity for Contact {
    fn id(&self) -> u64 {
        self.id
    }
    fn search_text(&self) -> String {
        fields_text(&self.name, &self.custom_fields_values)
    }
}

impl Entity for Company {
    fn id(&self) -> u64 {
        self.id
    }
    fn search_text(&self) -> String {
        fields_text(&self.name, &self.custom_fields_values)
    }
}

impl Entity for Task {
    fn id(&self) -> u64 {
        self.id
    }
    fn search_text(&self) -> String {
        self.text.to_lowercase()
    }
}

/// `page`, `limit`, `filter[id][]` and `query` of an API v4 list request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListQuery {
    /// 1-based; 0 is read as 1.
    pub page: usize,
    /// 0 means [`DEFAULT_LIMIT`]; capped at [`MAX_LIMIT`].
    pub limit: usize,
    /// Only these ids, when not empty.
    pub ids: Vec<u64>,
    /// Case-insensitive substring of the name or a field value.
    pub query: Option<String>,
}

/// One page of a list, and whether another follows (`_links.next`).
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage<'a, T> {
    pub items: Vec<&'a T>,
    pub page: usize,
    pub limit: usize,
    pub has_next: bool,
}

/// Filters and pages `items` as API v4 does: id filter, then query, then
/// the page (records keep their stored order).
pub fn list<'a, T: Entity>(items: &'a [T], q: &ListQuery) -> ListPage<'a, T> {
    let limit = match q.limit {
        0 => DEFAULT_LIMIT,
        n => n.min(MAX_LIMIT),
    };
    let page = q.page.max(1);
    let needle = q.query.as_deref().map(str::to_lowercase);
    let matching: Vec<&T> = items
        .iter()
        .filter(|e| q.ids.is_empty() || q.ids.contains(&e.id()))
        .filter(|e| {
            needle
                .as_ref()
                .map_or(true, |n| e.search_text().contains(n))
        })
        .collect();
    let start = (page - 1).saturating_mul(limit);
    let has_next = matching.len() > start.saturating_add(limit);
    let items = matching.into_iter().skip(start).take(limit).collect();
    ListPage {
        items,
        page,
        limit,
        has_next,
    }
}

/// All records of the account. Each part defaults to the fixture on its
/// own, so a state file that lacks (say) `tasks` gets the default tasks
/// while keeping edited leads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entities {
    #[serde(default)]
    pub custom_fields: CustomFields,
    #[serde(default = "fixture::leads")]
    pub leads: Vec<Lead>,
    #[serde(default = "fixture::contacts")]
    pub contacts: Vec<Contact>,
    #[serde(default = "fixture::companies")]
    pub companies: Vec<Company>,
    #[serde(default = "fixture::tasks")]
    pub tasks: Vec<Task>,
}

impl Default for Entities {
    fn default() -> Self {
        Entities {
            custom_fields: CustomFields::default(),
            leads: fixture::leads(),
            contacts: fixture::contacts(),
            companies: fixture::companies(),
            tasks: fixture::tasks(),
        }
    }
}

impl Entities {
    pub fn lead(&self, id: u64) -> Option<&Lead> {
        self.leads.iter().find(|e| e.id == id)
    }
    pub fn contact(&self, id: u64) -> Option<&Contact> {
        self.contacts.iter().find(|e| e.id == id)
    }
    pub fn company(&self, id: u64) -> Option<&Company> {
        self.companies.iter().find(|e| e.id == id)
    }
    pub fn task(&self, id: u64) -> Option<&Task> {
        self.tasks.iter().find(|e| e.id == id)
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
            .filter_map(|l| self.contact(l.id))
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

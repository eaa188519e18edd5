//! The four kinds of record (lead, contact, company, task) as API v4 spells
//! them, and the [`Entity`] trait through which code that treats every kind
//! alike (lists, lookups by id, the list and card pages) reads them.
//!
//! Each struct lists its fields in API v4's order, because that order is
//! the order of the keys in `/api/v4` answers and in `state.json`; that is
//! why the fields the kinds share are repeated rather than gathered in one
//! flattened struct (a lead's `status_id` and `closed_at` sit between them).
//! Data only: no HTTP, no I/O.

use serde::{Deserialize, Serialize};

use super::fields::FieldValues;
use super::{fixture, Entities, EntityKind};

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
    /// What completing the task achieved (`result.text`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<TaskResult>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaskResult {
    pub text: String,
}

/// What every kind of record offers the code that treats them alike, so a
/// list, a lookup or a page row is written once for all four kinds.
pub trait Entity: Serialize + PartialEq + Sized {
    const KIND: EntityKind;
    fn id(&self) -> u64;
    /// The name a list row and a card show (a task's text).
    fn name(&self) -> &str;
    fn responsible_user_id(&self) -> u64;
    /// Custom field values; tasks have none.
    fn custom_fields_values(&self) -> &[FieldValues] {
        &[]
    }
    /// Where the account keeps the records of this kind.
    fn all(entities: &Entities) -> &[Self];
    /// The records of this kind in a new account.
    fn fixture() -> Vec<Self>;

    /// The text a `query` search matches (name plus field values).
    fn search_text(&self) -> String {
        let mut s = self.name().to_lowercase();
        for v in self.custom_fields_values().iter().flat_map(|f| f.texts()) {
            s.push(' ');
            s.push_str(&v.to_lowercase());
        }
        s
    }
}

/// Leads, contacts and companies name these fields alike, so one
/// implementation serves the three; a task's name is its `text` and it has
/// no custom fields, so it has its own below.
macro_rules! impl_entity_with_custom_fields {
    ($($record:ident: $kind:ident, $part:ident;)*) => {$(
        impl Entity for $record {
            const KIND: EntityKind = EntityKind::$kind;
            fn id(&self) -> u64 {
                self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
            fn responsible_user_id(&self) -> u64 {
                self.responsible_user_id
            }
            fn custom_fields_values(&self) -> &[FieldValues] {
                &self.custom_fields_values
            }
            fn all(entities: &Entities) -> &[Self] {
                &entities.$part
            }
            fn fixture() -> Vec<Self> {
                fixture::$part()
            }
        }
    )*};
}

impl_entity_with_custom_fields! {
    Lead: Leads, leads;
    Contact: Contacts, contacts;
    Company: Companies, companies;
}

impl Entity for Task {
    const KIND: EntityKind = EntityKind::Tasks;
    fn id(&self) -> u64 {
        self.id
    }
    fn name(&self) -> &str {
        &self.text
    }
    fn responsible_user_id(&self) -> u64 {
        self.responsible_user_id
    }
    fn all(entities: &Entities) -> &[Self] {
        &entities.tasks
    }
    fn fixture() -> Vec<Self> {
        fixture::tasks()
    }
}

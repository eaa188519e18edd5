//! The kinds of CRM record and the numbers amoCRM gives them: API v4's path
//! names (`leads`), the front end's singular `type` (`lead`) and
//! `APP.element_types`. Data only: no HTTP, no I/O.

use serde::{Deserialize, Serialize};

/// amoCRM's `element_type` numbers (`APP.element_types`).
pub const ELEMENT_TYPE_CONTACT: u8 = 1;
pub const ELEMENT_TYPE_LEAD: u8 = 2;
pub const ELEMENT_TYPE_COMPANY: u8 = 3;
pub const ELEMENT_TYPE_TASK: u8 = 4;

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

    /// The kinds that are CRM records proper (not tasks): they have custom
    /// fields, tags, notes and links.
    pub const RECORDS: [EntityKind; 3] = [
        EntityKind::Leads,
        EntityKind::Contacts,
        EntityKind::Companies,
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

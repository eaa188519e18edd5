//! What goes into the write path and what comes out of it: the [`Write`]
//! a caller asks for, the [`Actor`] it is made as, and what it did
//! ([`Applied`], the [`Written`] records) or why it was refused
//! ([`Rejected`]). Data only: no I/O.

use serde_json::Value;

use super::ItemErrors;
use crate::account::entities::{EntityKind, Link};
use crate::account::webhooks::Happened;

/// A change to CRM records, as the API names it.
#[derive(Debug, Clone, PartialEq)]
pub enum Write {
    /// `POST /api/v4/<kind>`: new records.
    Create { kind: EntityKind, items: Vec<Value> },
    /// `PATCH /api/v4/<kind>`: each item names its record by `id`.
    Update { kind: EntityKind, items: Vec<Value> },
    /// `PATCH /api/v4/<kind>/<id>`.
    UpdateOne {
        kind: EntityKind,
        id: u64,
        item: Value,
    },
    /// `POST /api/v4/<kind>/custom_fields`: new field definitions.
    CreateFields { kind: EntityKind, items: Vec<Value> },
    /// `PATCH /api/v4/<kind>/custom_fields`: items name a field by `id`.
    UpdateFields { kind: EntityKind, items: Vec<Value> },
    /// `POST /api/v4/<kind>/custom_fields/groups`.
    AddFieldGroups { kind: EntityKind, items: Vec<Value> },
    /// `DELETE /api/v4/<kind>/custom_fields/groups/<id>`.
    DeleteFieldGroup { kind: EntityKind, id: String },
    /// `POST /api/v4/leads/complex`: new leads, each with its contact and
    /// company (given whole and created, or by `id` and linked).
    CreateComplex { items: Vec<Value> },
    /// `POST /api/v4/<kind>/<id>/link` (or `/<kind>/link`, items carrying
    /// `entity_id`): links to contacts, companies or leads.
    Link {
        kind: EntityKind,
        entity_id: Option<u64>,
        items: Vec<Value>,
    },
    /// `POST /api/v4/<kind>/<id>/unlink` (or `/<kind>/unlink`).
    Unlink {
        kind: EntityKind,
        entity_id: Option<u64>,
        items: Vec<Value>,
    },
    /// Several writes made as one, all or nothing (API v2's `{add,
    /// update}`; notes on several kinds). The items' errors of every part
    /// are reported together, so their `request_id`s should tell the parts
    /// apart.
    Batch(Vec<Write>),
    /// `POST /api/v4/<kind>/tags`: tags for the kind's dictionary.
    AddTags { kind: EntityKind, items: Vec<Value> },
    /// `POST /api/v4/<kind>/notes` (items carry `entity_id`) or
    /// `/<kind>/<id>/notes` (`entity_id` is the path's).
    AddNotes {
        kind: EntityKind,
        entity_id: Option<u64>,
        items: Vec<Value>,
    },
}

impl Write {
    /// [`Write::Link`], or [`Write::Unlink`] when `unlink`.
    pub fn link(
        kind: EntityKind,
        entity_id: Option<u64>,
        items: Vec<Value>,
        unlink: bool,
    ) -> Write {
        if unlink {
            Write::Unlink {
                kind,
                entity_id,
                items,
            }
        } else {
            Write::Link {
                kind,
                entity_id,
                items,
            }
        }
    }
}

/// Who makes the write and when.
#[derive(Debug, Clone)]
pub struct Actor {
    /// The user the change is made as (`created_by`, `updated_by`).
    pub user_id: u64,
    /// The account's users (a `responsible_user_id` must be one of them).
    pub users: Vec<u64>,
    pub now: u64,
}

/// One record a write created or changed, as the answer lists it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Written {
    pub id: u64,
    pub request_id: String,
    pub updated_at: u64,
    /// Notes: the record the note is on.
    pub entity_id: Option<u64>,
    /// Contacts and companies: their name (PATCH answers carry it).
    pub name: Option<String>,
    /// Complex leads: the lead's contact and company (`contact_id`,
    /// `company_id` of the answer).
    pub contact_id: Option<u64>,
    pub company_id: Option<u64>,
    /// Tags: the tag's colour (leads only).
    pub color: Option<String>,
}

/// What a write did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Applied {
    pub written: Vec<Written>,
    pub happened: Vec<Happened>,
    /// Item fields amoCRM would read but amo-emu does not (`path` per
    /// item), for a notice; never a refusal.
    pub ignored: Vec<String>,
    /// Link writes: each item's link as it is now (the answer's
    /// `_embedded.links`).
    pub links: Vec<Link>,
}

impl Applied {
    /// `other` after what `self` did (the parts of a [`Write::Batch`]).
    pub(super) fn extend(&mut self, other: Applied) {
        self.written.extend(other.written);
        self.happened.extend(other.happened);
        self.ignored.extend(other.ignored);
        self.links.extend(other.links);
    }
}

/// Why a write was refused; nothing of it landed.
#[derive(Debug, Clone, PartialEq)]
pub enum Rejected {
    /// An empty array or object (`Request data can not be empty`).
    Empty,
    /// More items than the endpoint takes ([`MAX_ITEMS`], or
    /// [`MAX_COMPLEX_ITEMS`] for complex leads).
    TooMany { given: usize, limit: usize },
    /// Items that do not validate, each with its errors.
    Invalid(Vec<ItemErrors>),
    /// `PATCH /<kind>/<id>` or `/<kind>/<id>/notes` of a record that does
    /// not exist.
    NotFound { kind: EntityKind, id: u64 },
    /// The kind takes no such write (notes on tasks …).
    NotAllowed(String),
    /// A thing the path names does not exist (a field group), said whole.
    Missing(String),
}

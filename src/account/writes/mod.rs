//! The one path every change to the account's CRM records takes, whoever
//! asks (API v4, a card's Save, the kanban, a widget): a [`Write`] is
//! checked and applied to a copy of the state inside `Store::update`, so
//! it lands whole or not at all, its history events land with it, and
//! what it did comes back as [`Applied`] (the answer's ids and the
//! [`Happened`] list webhooks, the inspector and open pages are told).
//!
//! Validation is amoCRM's (docs/api-v4-writes.md): a batch with one
//! invalid item is refused whole with per-item `validation-errors`; fields
//! amoCRM does not know are ignored and reported as such. Pure: no HTTP,
//! no I/O.

mod complex;
mod custom_fields;
mod field_defs;
mod field_groups;
mod item;
mod links;
mod notes;
mod records;
mod tags;
mod tasks;

use serde_json::Value;

pub use crate::validation::{ErrorCode, FieldError, ItemErrors};
pub use field_defs::FIELD_TYPES;
pub use links::NOT_EMULATED as LINKS_NOT_EMULATED;
pub use records::exists;

use super::entities::{EntityKind, Link};
use super::webhooks::Happened;
use super::AccountState;

/// Items one request may carry (docs/api-v4-writes.md §1.3).
pub const MAX_ITEMS: usize = 250;
pub use complex::MAX_ITEMS as MAX_COMPLEX_ITEMS;

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
    fn extend(&mut self, other: Applied) {
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

/// Applies `write` to `state`. On `Err` the caller (always
/// `Store::update`) drops the copy, so a refused write changes nothing.
pub fn apply(state: &mut AccountState, write: Write, actor: &Actor) -> Result<Applied, Rejected> {
    match write {
        Write::Create { kind, items } => {
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::Create { kind }, items, None, actor)
        }
        Write::Update { kind, items } => {
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::Update { kind }, items, None, actor)
        }
        Write::CreateFields { kind, items } => {
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::CreateField { kind }, items, None, actor)
        }
        Write::UpdateFields { kind, items } => {
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::UpdateField { kind }, items, None, actor)
        }
        Write::AddFieldGroups { kind, items } => {
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::FieldGroup { kind }, items, None, actor)
        }
        Write::DeleteFieldGroup { kind, id } => {
            if field_groups::delete(state, kind, &id) {
                Ok(Applied::default())
            } else {
                Err(Rejected::Missing(format!(
                    "no custom field group {id:?} of the {}",
                    kind.api_name()
                )))
            }
        }
        Write::CreateComplex { items } => {
            check_size(&items, MAX_COMPLEX_ITEMS)?;
            batch(state, Op::Complex, items, None, actor)
        }
        Write::UpdateOne { kind, id, item } => {
            if !records::exists(state, kind, id) {
                return Err(Rejected::NotFound { kind, id });
            }
            if item.as_object().is_some_and(|m| m.is_empty()) {
                return Err(Rejected::Empty);
            }
            batch(state, Op::Update { kind }, vec![item], Some(id), actor)
        }
        Write::Link {
            kind,
            entity_id,
            items,
        } => {
            let op = Op::Link {
                kind,
                unlink: false,
            };
            on_records(state, op, kind, entity_id, items, "links", actor)
        }
        Write::Unlink {
            kind,
            entity_id,
            items,
        } => {
            let op = Op::Link { kind, unlink: true };
            on_records(state, op, kind, entity_id, items, "links", actor)
        }
        Write::Batch(parts) => {
            if parts.is_empty() {
                return Err(Rejected::Empty);
            }
            let mut out = Applied::default();
            let mut invalid = Vec::new();
            for part in parts {
                match apply(state, part, actor) {
                    Ok(applied) => out.extend(applied),
                    // Go on, to report the other parts' items too; the
                    // caller drops the state on `Err`.
                    Err(Rejected::Invalid(items)) => invalid.extend(items),
                    Err(other) => return Err(other),
                }
            }
            if invalid.is_empty() {
                Ok(out)
            } else {
                Err(Rejected::Invalid(invalid))
            }
        }
        Write::AddTags { kind, items } => {
            if kind == EntityKind::Tasks {
                return Err(Rejected::NotAllowed("tasks have no tags".into()));
            }
            check_size(&items, MAX_ITEMS)?;
            batch(state, Op::Tag { kind }, items, None, actor)
        }
        Write::AddNotes {
            kind,
            entity_id,
            items,
        } => on_records(
            state,
            Op::Note { kind },
            kind,
            entity_id,
            items,
            "notes",
            actor,
        ),
    }
}

/// A batch about records of `kind` (notes, links), `entity_id` the one
/// the path names: tasks have none, and the named record must exist.
fn on_records(
    state: &mut AccountState,
    op: Op,
    kind: EntityKind,
    entity_id: Option<u64>,
    items: Vec<Value>,
    what: &str,
    actor: &Actor,
) -> Result<Applied, Rejected> {
    if kind == EntityKind::Tasks {
        return Err(Rejected::NotAllowed(format!("tasks have no {what}")));
    }
    if let Some(id) = entity_id {
        if !records::exists(state, kind, id) {
            return Err(Rejected::NotFound { kind, id });
        }
    }
    check_size(&items, MAX_ITEMS)?;
    batch(state, op, items, entity_id, actor)
}

fn check_size(items: &[Value], limit: usize) -> Result<(), Rejected> {
    match items.len() {
        0 => Err(Rejected::Empty),
        given if given > limit => Err(Rejected::TooMany { given, limit }),
        _ => Ok(()),
    }
}

/// What one item of a batch does.
#[derive(Debug, Clone, Copy)]
enum Op {
    Create {
        kind: EntityKind,
    },
    Update {
        kind: EntityKind,
    },
    Note {
        kind: EntityKind,
    },
    CreateField {
        kind: EntityKind,
    },
    UpdateField {
        kind: EntityKind,
    },
    FieldGroup {
        kind: EntityKind,
    },
    /// A lead with its contact and company.
    Complex,
    Tag {
        kind: EntityKind,
    },
    Link {
        kind: EntityKind,
        unlink: bool,
    },
}

fn batch(
    state: &mut AccountState,
    op: Op,
    items: Vec<Value>,
    path_id: Option<u64>,
    actor: &Actor,
) -> Result<Applied, Rejected> {
    let mut out = Applied::default();
    let mut invalid = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let request_id = request_id(&item, i);
        if let Err(errors) = one(
            state,
            op,
            item,
            request_id.clone(),
            path_id,
            actor,
            &mut out,
        ) {
            invalid.push(ItemErrors { request_id, errors });
        }
    }
    if invalid.is_empty() {
        Ok(out)
    } else {
        Err(Rejected::Invalid(invalid))
    }
}

/// The item's `request_id` if it sent one, else its position (as amoCRM
/// answers).
fn request_id(item: &Value, index: usize) -> String {
    match item.get("request_id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => index.to_string(),
    }
}

fn one(
    state: &mut AccountState,
    op: Op,
    value: Value,
    request_id: String,
    path_id: Option<u64>,
    actor: &Actor,
    out: &mut Applied,
) -> Result<(), Vec<FieldError>> {
    let mut item = item::Item::new(&value).map_err(|e| vec![e])?;
    item.raw("request_id");
    let written = match op {
        Op::Create {
            kind: EntityKind::Tasks,
        } => tasks::create(state, &mut item, actor, out),
        Op::Update {
            kind: EntityKind::Tasks,
        } => tasks::update(state, &mut item, path_id, actor, out),
        Op::Create { kind } => records::create(state, kind, &mut item, actor, out),
        Op::Update { kind } => records::update(state, kind, &mut item, path_id, actor, out),
        Op::Note { kind } => notes::add(state, kind, &mut item, path_id, actor, out),
        Op::CreateField { kind } => field_defs::create(state, kind, &mut item, actor),
        Op::UpdateField { kind } => field_defs::update(state, kind, &mut item, actor),
        Op::FieldGroup { kind } => field_groups::add(state, kind, &mut item),
        Op::Complex => complex::create(state, &mut item, actor, out),
        Op::Tag { kind } => tags::add(state, kind, &mut item),
        Op::Link { kind, unlink } => {
            links::change(state, kind, &mut item, path_id, unlink, actor, out)
        }
    };
    if !item.errors.is_empty() {
        return Err(item.errors);
    }
    let Some(mut written) = written else {
        return Err(vec![item::invalid_type("", "object")]);
    };
    written.request_id = request_id;
    out.ignored.extend(item.unread());
    out.written.push(written);
    Ok(())
}

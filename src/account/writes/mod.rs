//! The one path every change to the account's CRM records takes, whoever
//! asks (API v4, a card's Save, the kanban, a widget): a [`Write`] is
//! checked and applied to a copy of the state inside `Store::update`, so
//! it lands whole or not at all, its history events land with it, and
//! what it did comes back as [`Applied`] (the answer's ids and the
//! [`Happened`](crate::account::webhooks::Happened) list webhooks, the
//! inspector and open pages are told).
//!
//! Validation is amoCRM's (docs/api-v4-writes.md): a batch with one
//! invalid item is refused whole with per-item `validation-errors`; fields
//! amoCRM does not know are ignored and reported as such. No HTTP,
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
mod types;

use serde_json::Value;

pub use crate::validation::{ErrorCode, FieldError, ItemErrors};
pub use field_defs::FIELD_TYPES;
pub use links::NOT_EMULATED as LINKS_NOT_EMULATED;
pub use records::exists;
pub use types::{Actor, Applied, Rejected, Write, Written};

use super::entities::EntityKind;
use super::AccountState;

/// Items one request may carry (docs/api-v4-writes.md §1.3).
pub const MAX_ITEMS: usize = 250;
pub use complex::MAX_ITEMS as MAX_COMPLEX_ITEMS;

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

//! Creating and changing leads, contacts and companies: the fields API v4
//! takes for each (docs/api-v4-writes.md §1–2), checked against the
//! account (users, pipelines and stages, custom field definitions, linked
//! records), with the history events and [`Happened`](crate::account::webhooks::Happened)
//! entries each change makes. What every kind shares (looking records up,
//! ids) is here; the fields an item carries in `shared.rs`, creating in
//! `create.rs`, changing in `update.rs`. No I/O: the store calls these
//! inside its update.

mod create;
mod shared;
mod tags;
mod update;

use crate::account::entities::{Company, Contact, EntityKind, Lead, Task};
use crate::account::writes::item::{not_supported, ErrorCode, Item};
use crate::account::AccountState;

pub use create::{create, create_linked};
pub use update::update;

pub fn exists(state: &AccountState, kind: EntityKind, id: u64) -> bool {
    let e = &state.entities;
    match kind {
        EntityKind::Leads => e.get::<Lead>(id).is_some(),
        EntityKind::Contacts => e.get::<Contact>(id).is_some(),
        EntityKind::Companies => e.get::<Company>(id).is_some(),
        EntityKind::Tasks => e.get::<Task>(id).is_some(),
    }
}

/// The id under `key` of an item, which must name an existing record of
/// `kind`; `missing` says why the item needs it when it is absent.
pub fn named_record(
    item: &mut Item,
    state: &AccountState,
    key: &'static str,
    kind: EntityKind,
    missing: impl FnOnce() -> String,
) -> Option<u64> {
    match item.u64(key) {
        Some(id) if exists(state, kind, id) => Some(id),
        Some(id) => {
            item.errors.push(not_supported(
                key,
                format!("no {} with id {id}", kind.singular()),
            ));
            None
        }
        None => {
            if item.errors.iter().all(|e| e.path != key) {
                item.error(key, ErrorCode::FieldMissing, missing());
            }
            None
        }
    }
}

/// The record of `kind` an item is about: the path's `path_id` (then the
/// item's `entity_id` is not read), else the item's `entity_id`.
pub fn entity_of(
    item: &mut Item,
    state: &AccountState,
    kind: EntityKind,
    path_id: Option<u64>,
    missing: impl FnOnce() -> String,
) -> Option<u64> {
    path_or_named(item, state, "entity_id", kind, path_id, missing)
}

/// The record a PATCH item changes: the path's `path_id` (then the item's
/// `id` is not read), else the item's `id`.
pub fn patched(
    item: &mut Item,
    state: &AccountState,
    kind: EntityKind,
    path_id: Option<u64>,
) -> Option<u64> {
    path_or_named(item, state, "id", kind, path_id, || {
        format!("each item of a PATCH names its {} by id", kind.singular())
    })
}

fn path_or_named(
    item: &mut Item,
    state: &AccountState,
    key: &'static str,
    kind: EntityKind,
    path_id: Option<u64>,
    missing: impl FnOnce() -> String,
) -> Option<u64> {
    match path_id {
        Some(id) => {
            item.raw(key);
            Some(id)
        }
        None => named_record(item, state, key, kind, missing),
    }
}

/// The contact and company a new record is linked to when its caller has
/// made or found them (`/api/v4/leads/complex`), instead of the item's
/// `_embedded.contacts`/`companies`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Linked {
    pub contact_id: Option<u64>,
    pub company_id: Option<u64>,
}

/// The next id of `kind`: above every id it ever gave (ids are never reused).
pub fn next_id(state: &mut AccountState, kind: EntityKind) -> u64 {
    let e = &state.entities;
    let max = match kind {
        EntityKind::Leads => e.leads.iter().map(|l| l.id).max(),
        EntityKind::Contacts => e.contacts.iter().map(|c| c.id).max(),
        EntityKind::Companies => e.companies.iter().map(|c| c.id).max(),
        EntityKind::Tasks => e.tasks.iter().map(|t| t.id).max(),
    }
    .unwrap_or(0);
    let last = state.ids.last(kind.api_name());
    let id = last.max(max) + 1;
    state.ids.set(kind.api_name(), id);
    id
}

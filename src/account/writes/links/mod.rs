//! Linking and unlinking records (`POST /api/v4/<kind>/<id>/link`,
//! `/unlink`, and the bulk `/api/v4/<kind>/link` whose items carry
//! `entity_id`; docs/api-v4-writes.md §7.2): lead ↔ contacts (one of them
//! the main contact, `metadata.is_main`), lead ↔ company (one per lead)
//! and contact ↔ company (one per contact), from either end. Each new or
//! removed link is recorded on both records (`entity_linked`,
//! `entity_unlinked`) and both are announced as updated. Catalog elements
//! and customers are not emulated: such an item is refused. No I/O.

use serde_json::{json, Value};

use super::item::{invalid_type, not_supported, ErrorCode, Item};
use super::records::{entity_of, named_record};
use super::{Actor, Applied, Written};
use crate::account::entities::{linkable, ContactLink, EntityKind, Link};
use crate::account::webhooks::{Action, Happened};
use crate::account::AccountState;

/// The kinds amoCRM links to that amo-emu does not emulate.
pub const NOT_EMULATED: [&str; 2] = ["catalog_elements", "customers"];

/// One link of one item: read, checked, then made or removed.
#[allow(clippy::too_many_arguments)]
pub fn change(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    path_id: Option<u64>,
    unlink: bool,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let entity_id = entity_of(item, state, kind, path_id, || {
        "a link of the bulk /link or /unlink names its record by entity_id".into()
    });
    let to = to_kind(item, kind);
    let to_id = to.and_then(|to| {
        named_record(item, state, "to_entity_id", to, || {
            "a link names the record it links to by to_entity_id".into()
        })
    });
    let (is_main, by) = metadata(item, actor);
    if !item.errors.is_empty() {
        return None;
    }
    let (entity_id, to, to_id) = (entity_id?, to?, to_id?);
    let by = by.unwrap_or(actor.user_id);
    let changes = if unlink {
        remove(state, (kind, entity_id), (to, to_id))
    } else {
        add(state, (kind, entity_id), (to, to_id), is_main)
    };
    let mut touched = changes.touched;
    for (linked, a, b) in changes.links {
        for ((k, id), (other, other_id)) in [(a, b), (b, a)] {
            let entity = json!([{"entity": {"type": other.singular(), "id": other_id}}]);
            // UNCONFIRMED: the docs show `link` in value_after; `unlink`
            // in value_before is read from the same table.
            let (event, before, after) = if linked {
                ("entity_linked", json!([]), json!([{"link": entity[0]}]))
            } else {
                ("entity_unlinked", json!([{"unlink": entity[0]}]), json!([]))
            };
            state
                .history
                .record(event, k, id, by, actor.now, before, after);
            touched.push((k, id));
        }
    }
    for (k, id) in touched {
        stamp(state, k, id, by, actor.now);
        let h = Happened {
            kind: k,
            id,
            action: Action::Update,
        };
        if !out.happened.contains(&h) {
            out.happened.push(h);
        }
    }
    let main_contact = (kind == EntityKind::Leads && to == EntityKind::Contacts).then(|| {
        state
            .entities
            .get::<crate::account::entities::Lead>(entity_id)
            .and_then(|l| l.contacts.iter().find(|c| c.id == to_id))
            .is_some_and(|c| c.is_main)
    });
    out.links.push(Link {
        entity: kind,
        entity_id,
        to,
        to_id,
        main_contact,
    });
    Some(Written {
        id: to_id,
        entity_id: Some(entity_id),
        updated_at: actor.now,
        ..Written::default()
    })
}

fn to_kind(item: &mut Item, kind: EntityKind) -> Option<EntityKind> {
    let Some(name) = item.string("to_entity_type") else {
        if item.errors.iter().all(|e| e.path != "to_entity_type") {
            item.error(
                "to_entity_type",
                ErrorCode::FieldMissing,
                "a link names to_entity_type (contacts, companies, leads)",
            );
        }
        return None;
    };
    let allowed = linkable(kind);
    match EntityKind::from_api_name(&name).filter(|k| allowed.contains(k)) {
        Some(k) => Some(k),
        None => {
            let why = if NOT_EMULATED.contains(&name.as_str()) {
                format!("{name:?}: links to {name} are not emulated by amo-emu")
            } else {
                let names: Vec<&str> = allowed.iter().map(|k| k.api_name()).collect();
                format!("{name:?}: {} link to {}", kind.api_name(), names.join(", "))
            };
            item.errors.push(not_supported("to_entity_type", why));
            None
        }
    }
}

/// `metadata.is_main` and `metadata.updated_by`; its other keys
/// (`catalog_id`, `quantity`, `price_id`: catalog elements) are reported
/// as not read.
fn metadata(item: &mut Item, actor: &Actor) -> (Option<bool>, Option<u64>) {
    let m = match item.raw("metadata") {
        None => return (None, None),
        Some(Value::Object(m)) => m,
        Some(_) => {
            item.errors.push(invalid_type("metadata", "object"));
            return (None, None);
        }
    };
    let mut is_main = None;
    let mut by = None;
    for (key, value) in m {
        match key.as_str() {
            "is_main" => match value {
                Value::Bool(b) => is_main = Some(*b),
                Value::String(s) if s == "true" || s == "false" => is_main = Some(s == "true"),
                Value::Null => {}
                _ => item.errors.push(invalid_type("metadata.is_main", "bool")),
            },
            "updated_by" => match value.as_u64() {
                Some(u) if actor.users.contains(&u) || u == 0 => by = Some(u),
                Some(u) => item.errors.push(not_supported(
                    "metadata.updated_by",
                    format!("no user {u} in the account"),
                )),
                None => item.errors.push(invalid_type("metadata.updated_by", "int")),
            },
            other => item.ignore(format!("metadata.{other}")),
        }
    }
    (is_main, by)
}

type End = (EntityKind, u64);

/// What one link item changed: each link made (`true`) or removed, and
/// records changed otherwise (a lead's main contact).
#[derive(Default)]
struct Changes {
    links: Vec<(bool, End, End)>,
    touched: Vec<End>,
}

/// The pair in the model's terms: (lead, contact), (lead, company) or
/// (contact, company), whichever end the request came from.
fn ordered(a: End, b: End) -> (End, End) {
    let rank = |k: EntityKind| match k {
        EntityKind::Leads => 0,
        EntityKind::Contacts => 1,
        _ => 2,
    };
    if rank(a.0) <= rank(b.0) {
        (a, b)
    } else {
        (b, a)
    }
}

fn add(state: &mut AccountState, a: End, b: End, is_main: Option<bool>) -> Changes {
    let mut out = Changes::default();
    let e = &mut state.entities;
    match ordered(a, b) {
        ((EntityKind::Leads, lead), (EntityKind::Contacts, contact)) => {
            let Some(l) = e.leads.iter_mut().find(|l| l.id == lead) else {
                return out;
            };
            let before = l.contacts.clone();
            let new = !l.contacts.iter().any(|c| c.id == contact);
            if new {
                l.contacts.push(ContactLink {
                    id: contact,
                    is_main: false,
                });
            }
            match is_main {
                Some(true) => l
                    .contacts
                    .iter_mut()
                    .for_each(|c| c.is_main = c.id == contact),
                Some(false) => l
                    .contacts
                    .iter_mut()
                    .filter(|c| c.id == contact)
                    .for_each(|c| c.is_main = false),
                None => {}
            }
            one_main(&mut l.contacts);
            if new {
                out.links.push((
                    true,
                    (EntityKind::Leads, lead),
                    (EntityKind::Contacts, contact),
                ));
            } else if l.contacts != before {
                out.touched.push((EntityKind::Leads, lead));
            }
        }
        ((EntityKind::Leads, lead), (EntityKind::Companies, company)) => {
            if let Some(l) = e.leads.iter_mut().find(|l| l.id == lead) {
                replace(
                    &mut l.company_id,
                    company,
                    (EntityKind::Leads, lead),
                    &mut out,
                );
            }
        }
        ((EntityKind::Contacts, contact), (EntityKind::Companies, company)) => {
            if let Some(c) = e.contacts.iter_mut().find(|c| c.id == contact) {
                replace(
                    &mut c.company_id,
                    company,
                    (EntityKind::Contacts, contact),
                    &mut out,
                );
            }
        }
        _ => {}
    }
    out
}

/// Links `owner` to `company` in its one company slot, unlinking the one
/// it had.
fn replace(slot: &mut Option<u64>, company: u64, owner: End, out: &mut Changes) {
    if *slot == Some(company) {
        return;
    }
    if let Some(old) = slot.replace(company) {
        out.links.push((false, owner, (EntityKind::Companies, old)));
    }
    out.links
        .push((true, owner, (EntityKind::Companies, company)));
}

fn remove(state: &mut AccountState, a: End, b: End) -> Changes {
    let mut out = Changes::default();
    let e = &mut state.entities;
    let (owner, target) = ordered(a, b);
    let removed = match (owner, target) {
        ((EntityKind::Leads, lead), (EntityKind::Contacts, contact)) => {
            e.leads.iter_mut().find(|l| l.id == lead).is_some_and(|l| {
                let before = l.contacts.len();
                l.contacts.retain(|c| c.id != contact);
                one_main(&mut l.contacts);
                l.contacts.len() != before
            })
        }
        ((EntityKind::Leads, lead), (EntityKind::Companies, company)) => e
            .leads
            .iter_mut()
            .find(|l| l.id == lead)
            .is_some_and(|l| clear(&mut l.company_id, company)),
        ((EntityKind::Contacts, contact), (EntityKind::Companies, company)) => e
            .contacts
            .iter_mut()
            .find(|c| c.id == contact)
            .is_some_and(|c| clear(&mut c.company_id, company)),
        _ => false,
    };
    if removed {
        out.links.push((false, owner, target));
    }
    out
}

fn clear(slot: &mut Option<u64>, company: u64) -> bool {
    let linked = *slot == Some(company);
    if linked {
        *slot = None;
    }
    linked
}

/// Exactly one main contact, first, when a lead has contacts (the order
/// the model keeps them in).
fn one_main(contacts: &mut [ContactLink]) {
    let main = contacts.iter().position(|c| c.is_main).unwrap_or(0);
    for (i, c) in contacts.iter_mut().enumerate() {
        c.is_main = i == main;
    }
    if main > 0 {
        contacts[..=main].rotate_right(1);
    }
}

/// A linked or unlinked record was changed now, by `by`.
fn stamp(state: &mut AccountState, kind: EntityKind, id: u64, by: u64, now: u64) {
    let e = &mut state.entities;
    let stamps = match kind {
        EntityKind::Leads => e
            .leads
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| (&mut r.updated_at, &mut r.updated_by)),
        EntityKind::Contacts => e
            .contacts
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| (&mut r.updated_at, &mut r.updated_by)),
        EntityKind::Companies => e
            .companies
            .iter_mut()
            .find(|r| r.id == id)
            .map(|r| (&mut r.updated_at, &mut r.updated_by)),
        EntityKind::Tasks => None,
    };
    if let Some((at, who)) = stamps {
        *at = now;
        *who = by;
    }
}

#[cfg(test)]
mod tests;

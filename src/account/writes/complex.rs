//! `POST /api/v4/leads/complex` (docs/api-v4-writes.md §1.3, [RU-leads]
//! `#leads-complex-add`): each lead comes with at most one contact and one
//! company under `_embedded`, each given whole (created through the same
//! `records::create_linked` as `POST /api/v4/contacts` and `/companies`,
//! so they are validated, recorded and announced alike) or by `id`
//! (linked as it is). A new contact and a new company are linked to each
//! other, as amoCRM documents. amoCRM's duplicate control is not
//! emulated, so nothing is ever merged. No I/O.

use serde_json::Value;

use super::item::{not_supported, FieldError, Item};
use super::records::{create_linked, exists, Linked};
use super::{Actor, Applied, Written};
use crate::account::entities::EntityKind;
use crate::account::AccountState;

/// Leads one complex request may carry.
pub const MAX_ITEMS: usize = 50;
/// Custom field values one lead, contact or company of a complex request
/// may carry.
const MAX_FIELD_VALUES: usize = 40;

/// Creates one lead of a complex request with its contact and company.
/// Every problem of the lead and of its embedded records lands in
/// `item.errors` (embedded paths prefixed: `_embedded.contacts.0.name`).
pub fn create(
    state: &mut AccountState,
    item: &mut Item,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let embedded = item.object("_embedded");
    let company = embedded.and_then(|e| one_of(item, e, "companies"));
    let contact = embedded.and_then(|e| one_of(item, e, "contacts"));
    let company_id = company.and_then(|c| {
        record(
            state,
            item,
            c,
            EntityKind::Companies,
            Linked::default(),
            actor,
            out,
        )
    });
    let company_is_new = company.is_some_and(|c| c.get("id").is_none());
    let contact_id = contact.and_then(|c| {
        // A new contact is linked to the lead's new company.
        let linked = Linked {
            contact_id: None,
            company_id: company_id.filter(|_| company_is_new),
        };
        record(state, item, c, EntityKind::Contacts, linked, actor, out)
    });
    let values = item_values(item);
    too_many_values(item, values, "custom_fields_values");
    let linked = Linked {
        contact_id,
        company_id,
    };
    let mut written = create_linked(state, EntityKind::Leads, item, Some(linked), actor, out)?;
    written.contact_id = contact_id;
    written.company_id = company_id;
    Some(written)
}

/// The one record under `_embedded.<key>`, or `None` (reported when the
/// key holds more than one or something that is not a list).
fn one_of<'a>(
    item: &mut Item,
    embedded: &'a serde_json::Map<String, Value>,
    key: &str,
) -> Option<&'a Value> {
    let list = match embedded.get(key)? {
        Value::Null => return None,
        Value::Array(list) => list,
        _ => {
            item.errors.push(super::item::invalid_type(
                &format!("_embedded.{key}"),
                "array",
            ));
            return None;
        }
    };
    if list.len() > 1 {
        item.errors.push(not_supported(
            format!("_embedded.{key}"),
            format!(
                "a complex lead takes at most one of its {key}; {} given",
                list.len()
            ),
        ));
    }
    list.first()
}

/// The id of the contact or company `value` names (`{id}`, which must
/// exist) or creates (a whole record), after reporting its problems into
/// the lead's `item`.
fn record(
    state: &mut AccountState,
    item: &mut Item,
    value: &Value,
    kind: EntityKind,
    linked: Linked,
    actor: &Actor,
    out: &mut Applied,
) -> Option<u64> {
    let at = format!("_embedded.{}.0", kind.api_name());
    let mut record = match Item::new(value) {
        Ok(r) => r,
        Err(e) => {
            item.errors.push(prefixed(&at, e));
            return None;
        }
    };
    let id = if record.raw("id").is_some() {
        match record.u64("id") {
            // Linked as it is: its other fields are not applied (and are
            // reported as not read).
            Some(id) if exists(state, kind, id) => Some(id),
            Some(id) => {
                record.errors.push(not_supported(
                    "id",
                    format!("no {} with id {id}", kind.singular()),
                ));
                None
            }
            None => None,
        }
    } else {
        record.raw("request_id");
        let values = item_values(&mut record);
        too_many_values(&mut record, values, "custom_fields_values");
        create_linked(state, kind, &mut record, Some(linked), actor, out).map(|w| w.id)
    };
    for e in std::mem::take(&mut record.errors) {
        item.errors.push(prefixed(&at, e));
    }
    for key in record.unread() {
        item.ignore(format!("{at}.{key}"));
    }
    id
}

/// How many `custom_fields_values` an item carries (0 when absent or not
/// a list; the reader reports the wrong type).
fn item_values(item: &mut Item) -> usize {
    item.raw("custom_fields_values")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

/// The documented limit of 40 values per record. amoCRM's error code for
/// it is not documented (UNCONFIRMED: `NotSupportedChoice` here).
fn too_many_values(item: &mut Item, count: usize, path: &str) {
    if count > MAX_FIELD_VALUES {
        item.errors.push(not_supported(
            path,
            format!(
                "a record of a complex lead takes at most {MAX_FIELD_VALUES} custom field values; {count} given"
            ),
        ));
    }
}

fn prefixed(at: &str, mut e: FieldError) -> FieldError {
    e.path = if e.path.is_empty() {
        at.to_owned()
    } else {
        format!("{at}.{}", e.path)
    };
    e
}

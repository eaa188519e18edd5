//! API v2's `add`/`update` items as API v4 items (docs/api-v4-writes.md
//! §11, [v2-leads]), so a v2 write is checked and applied by the same
//! `account::writes` code as a v4 one. v2's names become v4's: `sale` →
//! `price`, `custom_fields[{id, values[{value, enum}]}]` →
//! `custom_fields_values[{field_id, values[{value, enum_id|enum_code}]}]`,
//! `tags` (a comma-separated string of names, or an array of ids) →
//! `_embedded.tags` (replacing the record's tags, as v2 does),
//! `contacts_id`/`company_id` (and `unlink`) → `_embedded.contacts`/
//! `companies`; tasks' `element_id`/`element_type`/`complete_till_at`/
//! `task_type`, notes' `element_id`/numeric `note_type`/`text`. Numbers
//! sent as strings (a jQuery form) are read as numbers. Keys v2 has and
//! amo-emu does not translate are passed on untouched, so the write
//! reports them as not read; [`v2_path`] names a v4 error path in v2's
//! terms. No I/O.

#[cfg(test)]
mod tests;
mod values;

pub use values::numbered_as_arrays;
use values::{custom_fields, id_objects, ids, number, tags, NUMERIC};

use serde_json::{json, Map, Value};

use crate::account::entities::{Entities, EntityKind, Lead, Note};

/// Which list of a v2 write an item is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Add,
    Update,
}

impl Action {
    pub fn key(self) -> &'static str {
        match self {
            Action::Add => "add",
            Action::Update => "update",
        }
    }
}

/// One v2 lead, contact or company item as a v4 item of `kind`. For an
/// update of a lead, `contacts_id` adds to the lead's contacts and
/// `unlink` removes (`e` is the account the item is read against).
pub fn record(kind: EntityKind, action: Action, item: &Value, e: &Entities) -> Value {
    let Value::Object(v2) = item else {
        return item.clone();
    };
    let mut v4 = Map::new();
    let mut embedded = Map::new();
    let definitions = e.custom_fields(kind);
    let current = v2
        .get("id")
        .and_then(|id| number(id).as_u64())
        .and_then(|id| e.get::<Lead>(id))
        .filter(|_| kind == EntityKind::Leads && action == Action::Update);
    let mut contacts: Option<Vec<Value>> = None;
    for (key, value) in v2 {
        match key.as_str() {
            "sale" if kind == EntityKind::Leads => {
                v4.insert("price".into(), number(value));
            }
            "custom_fields" => {
                v4.insert(
                    "custom_fields_values".into(),
                    custom_fields(value, definitions),
                );
            }
            "tags" => {
                embedded.insert("tags".into(), tags(value));
            }
            "contacts_id" if kind == EntityKind::Leads => {
                let mut list: Vec<Value> = current
                    .map(|l| l.contacts.iter().map(|c| json!(c.id)).collect())
                    .unwrap_or_default();
                for id in ids(value) {
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
                contacts = Some(list);
            }
            "company_id" if kind != EntityKind::Companies => {
                embedded.insert("companies".into(), id_objects(ids(value)));
            }
            "unlink" if action == Action::Update && kind == EntityKind::Leads => {
                let gone = value.get("contacts_id").map(ids).unwrap_or_default();
                if !gone.is_empty() {
                    let list = contacts.get_or_insert_with(|| {
                        current
                            .map(|l| l.contacts.iter().map(|c| json!(c.id)).collect())
                            .unwrap_or_default()
                    });
                    list.retain(|id| !gone.contains(id));
                }
                if value.get("company_id").is_some() {
                    embedded.insert("companies".into(), json!([]));
                }
            }
            k if NUMERIC.contains(&k) => {
                v4.insert(key.clone(), number(value));
            }
            _ => {
                v4.insert(key.clone(), value.clone());
            }
        }
    }
    if let Some(list) = contacts {
        embedded.insert("contacts".into(), id_objects(list));
    }
    if !embedded.is_empty() {
        v4.insert("_embedded".into(), Value::Object(embedded));
    }
    Value::Object(v4)
}

/// One v2 task item as a v4 task item.
pub fn task(item: &Value) -> Value {
    let Value::Object(v2) = item else {
        return item.clone();
    };
    let mut v4 = Map::new();
    for (key, value) in v2 {
        match key.as_str() {
            "element_id" => {
                v4.insert("entity_id".into(), number(value));
            }
            "element_type" => {
                let kind = number(value)
                    .as_u64()
                    .and_then(super::kind_of_element_type)
                    .map_or_else(|| value.clone(), |k| k.api_name().into());
                v4.insert("entity_type".into(), kind);
            }
            "complete_till_at" | "complete_till" => {
                v4.insert("complete_till".into(), number(value));
            }
            "task_type" => {
                v4.insert("task_type_id".into(), number(value));
            }
            "is_completed" => {
                let done = match value {
                    Value::String(s) => Value::Bool(matches!(s.as_str(), "1" | "true" | "Y")),
                    Value::Number(n) => Value::Bool(n.as_u64() != Some(0)),
                    other => other.clone(),
                };
                v4.insert("is_completed".into(), done);
            }
            k if NUMERIC.contains(&k) => {
                v4.insert(key.clone(), number(value));
            }
            _ => {
                v4.insert(key.clone(), value.clone());
            }
        }
    }
    Value::Object(v4)
}

/// The kind a v2 note item is about (its `element_type`), if amo-emu has
/// such records.
pub fn note_kind(item: &Value) -> Option<EntityKind> {
    item.get("element_type")
        .and_then(|t| number(t).as_u64())
        .and_then(super::kind_of_element_type)
}

/// One v2 note item as a v4 note item (`text` goes into `params.text`;
/// v2's upper-case call params are lower-cased).
pub fn note(item: &Value) -> Value {
    let Value::Object(v2) = item else {
        return item.clone();
    };
    let mut v4 = Map::new();
    let mut params = Map::new();
    for (key, value) in v2 {
        match key.as_str() {
            "element_id" => {
                v4.insert("entity_id".into(), number(value));
            }
            // Read by the caller to choose the kind.
            "element_type" => {}
            "note_type" => {
                let t = match number(value) {
                    Value::Number(n) => n
                        .as_u64()
                        .and_then(Note::type_of_legacy)
                        .map_or_else(|| n.to_string().into(), Value::from),
                    other => other,
                };
                v4.insert("note_type".into(), t);
            }
            "text" => {
                params.insert("text".into(), value.clone());
            }
            "params" => {
                if let Value::Object(p) = value {
                    for (k, v) in p {
                        params.insert(k.to_lowercase(), number(v));
                    }
                }
            }
            k if NUMERIC.contains(&k) => {
                v4.insert(key.clone(), number(value));
            }
            _ => {
                v4.insert(key.clone(), value.clone());
            }
        }
    }
    v4.entry("note_type").or_insert_with(|| "common".into());
    v4.insert("params".into(), Value::Object(params));
    Value::Object(v4)
}

/// A v4 error path of an item in v2's terms (`price` → `sale`,
/// `custom_fields_values.0.field_id` → `custom_fields.0.id`).
pub fn v2_path(kind: EntityKind, path: &str) -> String {
    let (head, rest) = path.split_once('.').unwrap_or((path, ""));
    let with_rest = |name: &str| {
        if rest.is_empty() {
            name.to_owned()
        } else {
            format!("{name}.{rest}")
        }
    };
    match head {
        "price" => "sale".into(),
        "custom_fields_values" => with_rest("custom_fields").replace(".field_id", ".id"),
        "_embedded" => match rest.split('.').next() {
            Some("contacts") => "contacts_id".into(),
            Some("companies") => "company_id".into(),
            _ => "tags".into(),
        },
        "entity_id" => "element_id".into(),
        "entity_type" => "element_type".into(),
        "complete_till" if kind == EntityKind::Tasks => "complete_till_at".into(),
        "task_type_id" => "task_type".into(),
        "params" => with_rest("params").replace("params.text", "text"),
        _ => path.to_owned(),
    }
}

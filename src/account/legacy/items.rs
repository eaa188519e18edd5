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
//! terms. Pure.

use serde_json::{json, Map, Value};

use crate::account::entities::{CustomField, Entities, EntityKind, Lead, Note};

/// Field types whose v2 value may be an enum id.
const ENUM_TYPES: [&str; 4] = ["select", "multiselect", "radiobutton", "category"];
/// v2 keys whose values are numbers (sent as strings by a form).
const NUMERIC: [&str; 14] = [
    "id",
    "sale",
    "status_id",
    "pipeline_id",
    "responsible_user_id",
    "created_by",
    "created_at",
    "updated_at",
    "company_id",
    "element_id",
    "element_type",
    "task_type",
    "complete_till",
    "complete_till_at",
];

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

/// A form's numbered objects (`add[0][name]` → `{"add": {"0": …}}`) as
/// the arrays JSON would have sent, all the way down.
pub fn numbered_as_arrays(value: Value) -> Value {
    match value {
        Value::Object(m) => {
            let numbered = !m.is_empty() && m.keys().all(|k| k.parse::<usize>().is_ok());
            if numbered {
                let mut entries: Vec<(usize, Value)> = m
                    .into_iter()
                    .map(|(k, v)| (k.parse().unwrap_or(0), numbered_as_arrays(v)))
                    .collect();
                entries.sort_by_key(|(i, _)| *i);
                Value::Array(entries.into_iter().map(|(_, v)| v).collect())
            } else {
                Value::Object(
                    m.into_iter()
                        .map(|(k, v)| (k, numbered_as_arrays(v)))
                        .collect(),
                )
            }
        }
        Value::Array(a) => Value::Array(a.into_iter().map(numbered_as_arrays).collect()),
        other => other,
    }
}

/// A number sent as a string (`"5000"`) as a number; anything else as is.
fn number(v: &Value) -> Value {
    match v {
        Value::String(s) => s.trim().parse::<u64>().map_or(v.clone(), Value::from),
        _ => v.clone(),
    }
}

/// Ids given as one number, an array, or a comma-separated string.
fn ids(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a.iter().flat_map(ids).collect(),
        Value::String(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| number(&Value::String(s.to_owned())))
            .collect(),
        Value::Null => Vec::new(),
        other => vec![other.clone()],
    }
}

/// v2 `tags`: a comma-separated string of names, or an array of ids
/// (or names) → `[{name}|{id}]`.
fn tags(v: &Value) -> Value {
    let one = |t: &Value| match number(t) {
        Value::Number(n) => json!({"id": n}),
        Value::String(s) => json!({"name": s.trim()}),
        other => json!({"name": other}),
    };
    match v {
        Value::String(s) => s
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| json!({"name": s}))
            .collect(),
        Value::Array(a) => a.iter().map(one).collect(),
        Value::Null => json!([]),
        other => json!([one(other)]),
    }
}

/// v2 `custom_fields` → v4 `custom_fields_values`, by the account's field
/// definitions of the kind (an enum field's value may be its enum id).
fn custom_fields(v: &Value, definitions: &[CustomField]) -> Value {
    let Value::Array(fields) = v else {
        return v.clone();
    };
    fields
        .iter()
        .map(|f| {
            let id = f.get("id").map(number).unwrap_or(Value::Null);
            let definition = id
                .as_u64()
                .and_then(|id| definitions.iter().find(|d| d.id == id));
            let values = match f.get("values") {
                Some(Value::Array(values)) => {
                    Value::Array(values.iter().map(|x| field_value(x, definition)).collect())
                }
                Some(Value::Null) | None => Value::Null,
                Some(other) => Value::Array(vec![field_value(other, definition)]),
            };
            json!({"field_id": id, "values": values})
        })
        .collect()
}

fn field_value(v: &Value, field: Option<&CustomField>) -> Value {
    let is_enum_field = field.is_some_and(|f| ENUM_TYPES.contains(&f.field_type.as_str()));
    let enum_id_of = |x: &Value| {
        let n = number(x).as_u64()?;
        field?
            .enums
            .as_ref()?
            .iter()
            .any(|e| e.id == n)
            .then_some(n)
    };
    let (value, enum_) = match v {
        Value::Object(m) => (m.get("value").cloned(), m.get("enum").cloned()),
        scalar => (Some(scalar.clone()), None),
    };
    let mut out = Map::new();
    match enum_ {
        Some(e) => match number(&e) {
            Value::Number(n) => {
                out.insert("enum_id".into(), Value::Number(n));
            }
            code => {
                out.insert("enum_code".into(), code);
            }
        },
        None => {
            if let Some(id) = value
                .as_ref()
                .filter(|_| is_enum_field)
                .and_then(enum_id_of)
            {
                out.insert("enum_id".into(), id.into());
                return Value::Object(out);
            }
        }
    }
    if let Some(value) = value {
        out.insert("value".into(), value);
    }
    Value::Object(out)
}

fn id_objects(ids: Vec<Value>) -> Value {
    ids.into_iter().map(|id| json!({"id": id})).collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_v2_lead_from_a_form_reads_as_a_v4_lead() {
        let e = Entities::default();
        let contact = e.contacts[0].id;
        let form = json!({"add": {"0": {"name": "From v2", "sale": "5000", "tags": "a, b",
            "contacts_id": {"0": contact.to_string()}, "request_id": "7", "made_up": "x"}}});
        let body = numbered_as_arrays(form);
        let item = &body["add"][0];
        let v4 = record(EntityKind::Leads, Action::Add, item, &e);
        assert_eq!(v4["price"], 5000);
        assert_eq!(v4["name"], "From v2");
        assert_eq!(
            v4["_embedded"]["tags"],
            json!([{"name": "a"}, {"name": "b"}])
        );
        assert_eq!(v4["_embedded"]["contacts"], json!([{"id": contact}]));
        assert_eq!(v4["made_up"], "x", "passed on, so the write reports it");
        assert!(v4.get("sale").is_none());
    }

    #[test]
    fn an_update_adds_and_unlinks_contacts_of_the_lead() {
        let e = Entities::default();
        let lead = e.leads.iter().find(|l| l.contacts.len() == 1).unwrap();
        let other = e
            .contacts
            .iter()
            .find(|c| c.id != lead.contacts[0].id)
            .unwrap()
            .id;
        let item = json!({"id": lead.id, "contacts_id": [other]});
        let v4 = record(EntityKind::Leads, Action::Update, &item, &e);
        assert_eq!(
            v4["_embedded"]["contacts"],
            json!([{"id": lead.contacts[0].id}, {"id": other}])
        );
        let item = json!({"id": lead.id, "unlink": {"contacts_id": [lead.contacts[0].id], "company_id": 1}});
        let v4 = record(EntityKind::Leads, Action::Update, &item, &e);
        assert_eq!(v4["_embedded"]["contacts"], json!([]));
        assert_eq!(v4["_embedded"]["companies"], json!([]));
    }

    #[test]
    fn custom_fields_tasks_notes_and_paths() {
        let e = Entities::default();
        let phone = e
            .custom_fields(EntityKind::Contacts)
            .iter()
            .find(|f| f.code.as_deref() == Some("PHONE"))
            .unwrap();
        let v4 = record(
            EntityKind::Contacts,
            Action::Add,
            &json!({"custom_fields": [{"id": phone.id, "values": [{"value": "+7 900", "enum": "MOB"}]}]}),
            &e,
        );
        assert_eq!(
            v4["custom_fields_values"],
            json!([{"field_id": phone.id, "values": [{"enum_code": "MOB", "value": "+7 900"}]}])
        );
        let t = task(
            &json!({"element_id": "5", "element_type": "2", "complete_till_at": 9, "task_type": 1, "text": "x", "is_completed": "1"}),
        );
        assert_eq!(
            t,
            json!({"entity_id": 5, "entity_type": "leads", "complete_till": 9, "task_type_id": 1, "text": "x", "is_completed": true})
        );
        let n = note(&json!({"element_id": 5, "element_type": 2, "note_type": 4, "text": "hi"}));
        assert_eq!(n["note_type"], "common");
        assert_eq!(n["params"]["text"], "hi");
        assert_eq!(
            note_kind(&json!({"element_type": "3"})),
            Some(EntityKind::Companies)
        );
        assert_eq!(note_kind(&json!({"element_type": 12})), None);
        assert_eq!(v2_path(EntityKind::Leads, "price"), "sale");
        assert_eq!(
            v2_path(EntityKind::Leads, "custom_fields_values.0.field_id"),
            "custom_fields.0.id"
        );
        assert_eq!(
            v2_path(EntityKind::Leads, "_embedded.contacts.0.id"),
            "contacts_id"
        );
        assert_eq!(
            v2_path(EntityKind::Tasks, "complete_till"),
            "complete_till_at"
        );
    }
}

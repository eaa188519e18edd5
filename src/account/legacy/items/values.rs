//! The v2 values that need translating on the way to v4: numbers sent as
//! strings, form-numbered objects, tag lists, custom field values and id
//! lists, each read the way [`super`] describes. No I/O.

use serde_json::{json, Map, Value};

use crate::account::entities::CustomField;

/// Field types whose v2 value may be an enum id.
const ENUM_TYPES: [&str; 4] = ["select", "multiselect", "radiobutton", "category"];
/// v2 keys whose values are numbers (sent as strings by a form).
pub(super) const NUMERIC: [&str; 14] = [
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
pub(super) fn number(v: &Value) -> Value {
    match v {
        Value::String(s) => s.trim().parse::<u64>().map_or(v.clone(), Value::from),
        _ => v.clone(),
    }
}

/// Ids given as one number, an array, or a comma-separated string.
pub(super) fn ids(v: &Value) -> Vec<Value> {
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
pub(super) fn tags(v: &Value) -> Value {
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
pub(super) fn custom_fields(v: &Value, definitions: &[CustomField]) -> Value {
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

pub(super) fn id_objects(ids: Vec<Value>) -> Value {
    ids.into_iter().map(|id| json!({"id": id})).collect()
}

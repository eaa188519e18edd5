//! `custom_fields_values` of a write, checked against the account's field
//! definitions as amoCRM checks them (docs/api-v4-writes.md §4): a field by
//! `field_id` or `field_code`, an enum by `enum_id`, `enum_code` or its
//! label, and each value of the type its field takes. The result replaces
//! the values of the fields it names and leaves the others alone;
//! `values: null` or `[]` clears a field. No I/O.

use serde_json::Value;

use super::item::{invalid_type, not_supported, FieldError};
use crate::account::entities::{CustomField, FieldValue, FieldValues};

/// Field types whose values must be one of the field's enums.
const ENUM_TYPES: [&str; 4] = ["select", "multiselect", "radiobutton", "category"];
/// Field types whose value is a Unix timestamp (or an RFC 3339 string).
const DATE_TYPES: [&str; 3] = ["date", "date_time", "birthday"];

/// What a write does to one field: set its values, or clear it.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldChange {
    Set(FieldValues),
    Clear(u64),
}

/// Reads the `custom_fields_values` array of one item.
pub fn read(
    input: &[Value],
    definitions: &[CustomField],
    errors: &mut Vec<FieldError>,
) -> Vec<FieldChange> {
    let mut out = Vec::new();
    for (i, entry) in input.iter().enumerate() {
        let at = format!("custom_fields_values.{i}");
        let Some(entry) = entry.as_object() else {
            errors.push(invalid_type(&at, "array"));
            continue;
        };
        let by_id = entry.get("field_id").and_then(Value::as_u64);
        let by_code = entry.get("field_code").and_then(Value::as_str);
        let field = match (by_id, by_code) {
            (Some(id), _) => definitions.iter().find(|f| f.id == id),
            (None, Some(code)) => definitions.iter().find(|f| {
                f.code
                    .as_deref()
                    .is_some_and(|c| c.eq_ignore_ascii_case(code))
            }),
            (None, None) => {
                errors.push(not_supported(
                    format!("{at}.field_id"),
                    "give field_id or field_code",
                ));
                continue;
            }
        };
        let Some(field) = field else {
            let what = by_id.map_or_else(
                || format!("field_code {by_code:?}"),
                |id| format!("field_id {id}"),
            );
            errors.push(not_supported(
                format!(
                    "{at}.{}",
                    if by_id.is_some() {
                        "field_id"
                    } else {
                        "field_code"
                    }
                ),
                format!(
                    "the account has no such field: {what}; see GET /api/v4/<entity>/custom_fields"
                ),
            ));
            continue;
        };
        match entry.get("values") {
            None | Some(Value::Null) => out.push(FieldChange::Clear(field.id)),
            Some(Value::Array(values)) if values.is_empty() => {
                out.push(FieldChange::Clear(field.id))
            }
            Some(Value::Array(values)) => {
                let before = errors.len();
                let read: Vec<FieldValue> = values
                    .iter()
                    .enumerate()
                    .filter_map(|(j, v)| value(field, v, &format!("{at}.values.{j}"), errors))
                    .collect();
                if errors.len() == before {
                    out.push(FieldChange::Set(FieldValues {
                        field_id: field.id,
                        field_name: field.name.clone(),
                        field_code: field.code.clone(),
                        field_type: field.field_type.clone(),
                        values: read,
                    }));
                }
            }
            Some(_) => errors.push(invalid_type(&format!("{at}.values"), "array")),
        }
    }
    out
}

/// One value of `field`, checked for its type.
fn value(
    field: &CustomField,
    input: &Value,
    at: &str,
    errors: &mut Vec<FieldError>,
) -> Option<FieldValue> {
    let Some(obj) = input.as_object() else {
        errors.push(invalid_type(at, "array"));
        return None;
    };
    let raw = obj.get("value").filter(|v| !v.is_null());
    let kind = field.field_type.as_str();
    let enum_id = obj.get("enum_id").and_then(Value::as_u64);
    let enum_code = obj.get("enum_code").and_then(Value::as_str);
    if ENUM_TYPES.contains(&kind) {
        let chosen = match (enum_id, enum_code, raw) {
            (Some(id), _, _) => field.enums.iter().flatten().find(|e| e.id == id),
            (None, Some(code), _) => field.enum_by_value(code),
            (None, None, Some(Value::String(label))) => field.enum_by_value(label),
            _ => None,
        };
        let Some(chosen) = chosen else {
            let path = if enum_id.is_some() {
                format!("{at}.enum_id")
            } else {
                format!("{at}.value")
            };
            let options: Vec<&str> = field
                .enums
                .iter()
                .flatten()
                .map(|e| e.value.as_str())
                .collect();
            errors.push(not_supported(
                path,
                format!("{} takes one of {options:?}", field.name),
            ));
            return None;
        };
        return Some(FieldValue {
            value: chosen.value.clone().into(),
            enum_id: Some(chosen.id),
            enum_code: None,
        });
    }
    let Some(raw) = raw else {
        errors.push(invalid_type(&format!("{at}.value"), "string"));
        return None;
    };
    let value = match kind {
        "checkbox" => match raw {
            Value::Bool(_) => raw.clone(),
            _ => {
                errors.push(invalid_type(&format!("{at}.value"), "bool"));
                return None;
            }
        },
        "numeric" | "price" | "monetary" => match raw {
            Value::Number(n) => Value::String(n.to_string()),
            Value::String(s) if s.trim().parse::<f64>().is_ok() => raw.clone(),
            _ => {
                errors.push(invalid_type(&format!("{at}.value"), "numeric string"));
                return None;
            }
        },
        k if DATE_TYPES.contains(&k) => match raw {
            Value::Number(n) if n.is_u64() || n.is_i64() => raw.clone(),
            Value::String(_) => raw.clone(),
            _ => {
                errors.push(invalid_type(&format!("{at}.value"), "int"));
                return None;
            }
        },
        _ => match raw {
            Value::String(_) => raw.clone(),
            Value::Number(n) => Value::String(n.to_string()),
            _ if kind.starts_with("text") || kind == "url" || kind == "multitext" => {
                errors.push(invalid_type(&format!("{at}.value"), "string"));
                return None;
            }
            // Structured types (legal_entity, smart_address …) keep the
            // object as given.
            _ => raw.clone(),
        },
    };
    let mut out = FieldValue {
        value,
        enum_id: None,
        enum_code: None,
    };
    if kind == "multitext" {
        // PHONE / EMAIL: an enum names the kind of number; amoCRM files a
        // value without one under the first (WORK).
        let chosen = match (enum_id, enum_code) {
            (Some(id), _) => field.enums.iter().flatten().find(|e| e.id == id),
            (None, Some(code)) => field.enum_by_value(code),
            (None, None) => field.enums.iter().flatten().next(),
        };
        match chosen {
            Some(e) => {
                out.enum_id = Some(e.id);
                out.enum_code = Some(e.value.clone());
            }
            None => {
                let codes: Vec<&str> = field
                    .enums
                    .iter()
                    .flatten()
                    .map(|e| e.value.as_str())
                    .collect();
                errors.push(not_supported(
                    format!(
                        "{at}.{}",
                        if enum_id.is_some() {
                            "enum_id"
                        } else {
                            "enum_code"
                        }
                    ),
                    format!("{} takes enum codes {codes:?}", field.name),
                ));
                return None;
            }
        }
    }
    Some(out)
}

/// Applies `changes` to the values an entity has.
pub fn apply(values: &mut Vec<FieldValues>, changes: Vec<FieldChange>) {
    for change in changes {
        match change {
            FieldChange::Clear(id) => values.retain(|v| v.field_id != id),
            FieldChange::Set(new) => match values.iter_mut().find(|v| v.field_id == new.field_id) {
                Some(old) => *old = new,
                None => values.push(new),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::entities::CustomFields;
    use serde_json::json;

    fn contact_fields() -> Vec<CustomField> {
        CustomFields::default().contacts
    }

    #[test]
    fn phone_by_code_with_enum_code_and_default_enum() {
        let mut errors = Vec::new();
        let changes = read(
            &[json!({"field_code": "PHONE", "values": [
                {"value": "+7 900", "enum_code": "MOB"}, {"value": "+7 901"}]})],
            &contact_fields(),
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let FieldChange::Set(v) = &changes[0] else {
            panic!()
        };
        assert_eq!(v.field_code.as_deref(), Some("PHONE"));
        assert_eq!(v.values[0].enum_code.as_deref(), Some("MOB"));
        assert_eq!(v.values[1].enum_code.as_deref(), Some("WORK"));
    }

    #[test]
    fn unknown_field_and_bad_enum_are_reported_at_their_paths() {
        let leads = CustomFields::default().leads;
        let product = leads.iter().find(|f| f.field_type == "select").unwrap();
        let mut errors = Vec::new();
        read(
            &[
                json!({"field_id": 1, "values": [{"value": "x"}]}),
                json!({"field_id": product.id, "values": [{"value": "No such plan"}]}),
            ],
            &leads,
            &mut errors,
        );
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "custom_fields_values.0.field_id",
                "custom_fields_values.1.values.0.value"
            ]
        );
    }

    #[test]
    fn select_by_label_stores_the_enum_and_null_clears() {
        let leads = CustomFields::default().leads;
        let product = leads.iter().find(|f| f.field_type == "select").unwrap();
        let mut errors = Vec::new();
        let changes = read(
            &[json!({"field_id": product.id, "values": [{"value": "Business plan"}]})],
            &leads,
            &mut errors,
        );
        let mut values = Vec::new();
        apply(&mut values, changes);
        assert_eq!(
            values[0].values[0].enum_id,
            product.enum_by_value("Business plan").map(|e| e.id)
        );
        let clear = read(
            &[json!({"field_id": product.id, "values": null})],
            &leads,
            &mut errors,
        );
        apply(&mut values, clear);
        assert!(values.is_empty() && errors.is_empty());
    }
}

//! Checking values a client sends for a widget's fields against its
//! manifest: the settings modal's values (`POST /api/v4/widgets/<code>`,
//! docs/platform.md §2.4) and a Digital Pipeline action's `dp.settings`.
//! Facts about the widget, so they live with it; the routes only map the
//! [`FieldError`]s to problem+json. No I/O.

use serde_json::{Map, Value};

use super::{FieldType, Widget};
use crate::validation::{ErrorCode, FieldError};

impl Widget {
    /// The errors of the settings values `settings` (field code → value),
    /// each checked against its field's type; empty when they may be stored.
    pub fn check_settings(&self, settings: &Map<String, Value>) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for (key, value) in settings {
            let Some(field) = self.manifest.settings.get(key) else {
                errors.push(FieldError::new(
                    key.clone(),
                    ErrorCode::NotSupportedChoice,
                    format!("the widget has no setting {key:?}"),
                ));
                continue;
            };
            if !fits(&field.kind, value) {
                let expected = match &field.kind {
                    FieldType::Users => "an object {\"<user_id>\": \"<value>\"}",
                    FieldType::UsersLp => {
                        "an object {\"<user_id>\": {\"login\": \"…\", \"password\": \"…\"}}"
                    }
                    FieldType::Custom => "a string (usually JSON) or a number",
                    _ => "a string",
                };
                errors.push(FieldError::new(
                    key.clone(),
                    ErrorCode::InvalidType,
                    format!("{key} ({}) must be {expected}", field.kind.as_str()),
                ));
            }
        }
        errors
    }

    /// The values of a DP action (`{code: value}` for its `dp.settings`
    /// fields, every field present): strings (a `custom` field may hold a
    /// number), required ones not blank. `None` when the widget has no `dp`
    /// block.
    pub fn check_dp_settings(
        &self,
        given: &Map<String, Value>,
    ) -> Option<Result<Map<String, Value>, Vec<FieldError>>> {
        let fields = &self.manifest.dp.as_ref()?.settings;
        let mut errors = Vec::new();
        for key in given.keys() {
            if fields.get(key).is_none() {
                errors.push(FieldError::new(
                    format!("settings.{key}"),
                    ErrorCode::NotSupportedChoice,
                    format!("dp.settings has no field {key:?}"),
                ));
            }
        }
        let mut out = Map::new();
        for (code, field) in fields.iter() {
            let value = given
                .get(code)
                .cloned()
                .unwrap_or(Value::String(String::new()));
            let ok = value.is_string() || (field.kind == FieldType::Custom && value.is_number());
            if !ok {
                errors.push(FieldError::new(
                    format!("settings.{code}"),
                    ErrorCode::InvalidType,
                    format!("{code} must be a string"),
                ));
                continue;
            }
            if field.required && value.as_str().is_some_and(|s| s.trim().is_empty()) {
                errors.push(FieldError::new(
                    format!("settings.{code}"),
                    ErrorCode::NotBlank,
                    format!("{code} is required"),
                ));
            }
            out.insert(code.to_owned(), value);
        }
        Some(if errors.is_empty() {
            Ok(out)
        } else {
            Err(errors)
        })
    }
}

/// Whether `value` is what a field of `kind` stores.
fn fits(kind: &FieldType, value: &Value) -> bool {
    match kind {
        FieldType::Text | FieldType::Pass | FieldType::Unknown(_) => {
            value.is_string() || value.is_null()
        }
        FieldType::Custom => {
            value.is_string()
                || value.is_number()
                || value.is_null()
                || value.is_object()
                || value.is_array()
        }
        FieldType::Users => {
            value.as_object().is_some_and(|m| {
                m.iter()
                    .all(|(uid, v)| uid.parse::<u64>().is_ok() && v.is_string())
            }) || value.is_null()
        }
        FieldType::UsersLp => {
            value.as_object().is_some_and(|m| {
                m.iter().all(|(uid, v)| {
                    uid.parse::<u64>().is_ok()
                        && v.as_object().is_some_and(|o| {
                            o.keys().all(|k| k == "login" || k == "password")
                                && o.values().all(Value::is_string)
                        })
                })
            }) || value.is_null()
        }
    }
}

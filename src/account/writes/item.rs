//! Reading one JSON item of a write request field by field, the way API v4
//! reports what is wrong with it: every problem becomes a [`FieldError`]
//! with the item's dot path (`custom_fields_values.0.field_id`) and
//! amoCRM's code (`InvalidType`, `NotSupportedChoice`), and reading goes on,
//! so one answer lists every problem of the item. No I/O.

use serde_json::{Map, Value};

pub use crate::validation::{ErrorCode, FieldError};

/// One item being read; collects its errors and the keys nobody read.
pub struct Item<'a> {
    fields: &'a Map<String, Value>,
    read: Vec<&'static str>,
    /// Paths below the top level a reader saw and does not read
    /// (`_embedded.metadata`), reported with the unread keys.
    ignored: Vec<String>,
    pub errors: Vec<FieldError>,
}

impl<'a> Item<'a> {
    /// The item, or the error that it is not an object.
    pub fn new(value: &'a Value) -> Result<Self, FieldError> {
        match value {
            Value::Object(fields) => Ok(Item {
                fields,
                read: Vec::new(),
                ignored: Vec::new(),
                errors: Vec::new(),
            }),
            _ => Err(invalid_type("", "object")),
        }
    }

    /// The raw value of `key` (absent and `null` are both `None`).
    pub fn raw(&mut self, key: &'static str) -> Option<&'a Value> {
        self.read.push(key);
        self.fields.get(key).filter(|v| !v.is_null())
    }

    pub fn string(&mut self, key: &'static str) -> Option<String> {
        match self.raw(key)? {
            Value::String(s) => Some(s.clone()),
            // amoCRM casts a number given for a text field.
            Value::Number(n) => Some(n.to_string()),
            _ => {
                self.errors.push(invalid_type(key, "string"));
                None
            }
        }
    }

    pub fn u64(&mut self, key: &'static str) -> Option<u64> {
        let v = self.raw(key)?;
        match v.as_u64() {
            Some(n) => Some(n),
            None => {
                self.errors.push(invalid_type(key, "int"));
                None
            }
        }
    }

    pub fn bool(&mut self, key: &'static str) -> Option<bool> {
        match self.raw(key)? {
            Value::Bool(b) => Some(*b),
            _ => {
                self.errors.push(invalid_type(key, "bool"));
                None
            }
        }
    }

    /// `key` as an object (`_embedded`), or an error if it is something else.
    pub fn object(&mut self, key: &'static str) -> Option<&'a Map<String, Value>> {
        match self.raw(key)? {
            Value::Object(m) => Some(m),
            _ => {
                self.errors.push(invalid_type(key, "array"));
                None
            }
        }
    }

    /// `key` as an array (`custom_fields_values`), or an error.
    pub fn array(&mut self, key: &'static str) -> Option<&'a Vec<Value>> {
        match self.raw(key)? {
            Value::Array(a) => Some(a),
            _ => {
                self.errors.push(invalid_type(key, "array"));
                None
            }
        }
    }

    pub fn error(&mut self, path: impl Into<String>, code: ErrorCode, detail: impl Into<String>) {
        self.errors.push(FieldError {
            path: path.into(),
            code,
            detail: detail.into(),
        });
    }

    /// Reports `path`, inside a field that was read, as not read.
    pub fn ignore(&mut self, path: impl Into<String>) {
        self.ignored.push(path.into());
    }

    /// The keys of the item no reader asked for, and the inner paths
    /// readers [`ignore`](Self::ignore)d (reported, not refused: amoCRM
    /// ignores fields it does not know).
    pub fn unread(&self) -> Vec<String> {
        self.fields
            .keys()
            .filter(|k| !self.read.contains(&k.as_str()))
            .cloned()
            .chain(self.ignored.iter().cloned())
            .collect()
    }
}

/// amoCRM's wording for a value of the wrong JSON type.
pub fn invalid_type(path: &str, expected: &str) -> FieldError {
    FieldError {
        path: path.to_owned(),
        code: ErrorCode::InvalidType,
        detail: format!("This value should be of type {expected}."),
    }
}

/// amoCRM's wording for a value that is not one of the allowed ones.
pub fn not_supported(path: impl Into<String>, what: impl std::fmt::Display) -> FieldError {
    FieldError {
        path: path.into(),
        code: ErrorCode::NotSupportedChoice,
        detail: format!("The value you selected is not a valid choice ({what})."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_typed_fields_and_reports_each_wrong_one() {
        let v = json!({"name": 5, "price": "100", "is_x": true, "extra": 1});
        let mut item = Item::new(&v).unwrap();
        assert_eq!(item.string("name").as_deref(), Some("5"));
        assert_eq!(item.u64("price"), None);
        assert_eq!(item.bool("is_x"), Some(true));
        assert_eq!(item.errors.len(), 1);
        assert_eq!(item.errors[0].path, "price");
        assert_eq!(item.errors[0].code, ErrorCode::InvalidType);
        assert_eq!(item.unread(), ["extra"]);
    }

    #[test]
    fn a_non_object_item_is_one_error() {
        assert_eq!(
            Item::new(&json!([1])).err().unwrap().code,
            ErrorCode::InvalidType
        );
    }
}

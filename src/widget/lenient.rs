//! How manifest values of the wrong JSON type are read, in one place.
//!
//! Real widgets ship `"init_once": "Y"`, `"installation": 1`,
//! `"interface_version": "2"` or `"locations": {"0": "settings"}`, and run on
//! amoCRM, whose PHP backend reads them loosely. amo-emu must never refuse a
//! manifest amoCRM accepts, so the typed model reads them here, and the
//! checker (`check::lenient`) warns with how each value was read, using the
//! same functions so the warning and the behaviour cannot drift apart.
//!
//! UNCONFIRMED: amoCRM's exact reading of a string boolean. amo-emu reads it
//! by meaning (`"N"`, `"no"`, `"false"`, `"0"`, `""` are false; any other
//! string is true), not by PHP truthiness (where `"N"` would be true).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use serde_json::Value;

/// Strings read as `false`; every other string is `true`.
const FALSE_WORDS: &[&str] = &["", "0", "n", "no", "false", "off"];

/// Reads a string as a boolean (see the module comment).
pub fn bool_from_str(s: &str) -> bool {
    let lower = s.trim().to_ascii_lowercase();
    !FALSE_WORDS.contains(&lower.as_str())
}

/// How any JSON value is read where a boolean belongs; `None` for arrays and
/// objects, which amo-emu cannot read (they stay an error).
pub fn bool_from_value(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Null => Some(false),
        Value::Number(n) => Some(n.as_f64().is_some_and(|f| f != 0.0)),
        Value::String(s) => Some(bool_from_str(s)),
        Value::Array(_) | Value::Object(_) => None,
    }
}

/// `deserialize_with` for boolean manifest keys: accepts booleans, numbers,
/// strings and null; an array or object is an error that keeps its position.
pub fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    struct V;
    impl Visitor<'_> for V {
        type Value = bool;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a boolean (true/false; \"Y\"/\"N\" and 1/0 are read too)")
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<bool, E> {
            Ok(v)
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<bool, E> {
            Ok(v != 0)
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<bool, E> {
            Ok(v != 0)
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<bool, E> {
            Ok(v != 0.0)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
            Ok(bool_from_str(v))
        }
        fn visit_unit<E: de::Error>(self) -> Result<bool, E> {
            Ok(false)
        }
    }
    d.deserialize_any(V)
}

/// How `interface_version` is read: a number, or a string holding one.
pub fn interface_version_from_value(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// `deserialize_with` for `interface_version`: never fails.
pub fn interface_version<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    Ok(interface_version_from_value(&Value::deserialize(d)?))
}

/// How `version` is read: a string as is, any other scalar as its JSON text.
pub fn string_from_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// `deserialize_with` for `version` and the i18n-key strings: never fails.
pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(string_from_value(&Value::deserialize(d)?))
}

/// How a list of names (`locale`, `locations`) is read: an array's string
/// items; an object's string values (a PHP array exported with its keys);
/// a single string as a one-item list. Anything else is left out.
pub fn names_from_value(v: &Value) -> Vec<String> {
    let strings = |items: &mut dyn Iterator<Item = &Value>| {
        items
            .filter_map(|i| i.as_str().map(str::to_owned))
            .collect::<Vec<_>>()
    };
    match v {
        Value::Array(items) => strings(&mut items.iter()),
        Value::Object(map) => strings(&mut map.values()),
        Value::String(s) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// `deserialize_with` for `locale`: never fails.
pub fn names<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    Ok(names_from_value(&Value::deserialize(d)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_booleans_by_meaning() {
        for (v, want) in [
            (json!("Y"), true),
            (json!("N"), false),
            (json!("true"), true),
            (json!("false"), false),
            (json!(1), true),
            (json!(0), false),
            (json!("0"), false),
            (json!(null), false),
        ] {
            assert_eq!(bool_from_value(&v), Some(want), "{v}");
            let de: bool = boolean(v.clone()).unwrap();
            assert_eq!(de, want, "{v}");
        }
        assert_eq!(bool_from_value(&json!([true])), None);
        assert!(boolean(json!({})).is_err());
    }

    #[test]
    fn reads_names_from_arrays_objects_and_strings() {
        assert_eq!(
            names_from_value(&json!({"0": "settings", "1": "lcard-1"})),
            ["settings", "lcard-1"]
        );
        assert_eq!(names_from_value(&json!("ru")), ["ru"]);
        assert_eq!(names_from_value(&json!(["ru", 5])), ["ru"]);
        assert_eq!(interface_version_from_value(&json!("2")), Some(2));
        assert_eq!(string_from_value(&json!(1.5)), "1.5");
    }
}

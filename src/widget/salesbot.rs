//! What a widget offers amoCRM's Salesbot designer (docs/salesbot.md §1): the
//! `salesbot_designer` block read into handlers and their settings fields.
//! The manifest keeps the block as raw JSON; this reading is lenient, never
//! stricter than amoCRM: a part it cannot use is left out with a warning
//! saying why, and the rest is still offered. No HTTP, no I/O.

use indexmap::IndexMap;
use serde_json::Value;

use super::{lenient, Area, Widget};

/// The block's handlers, in the manifest's order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Designer {
    /// `logo`: the path the block gives, as written.
    pub logo: Option<String>,
    /// Handler code → handler.
    pub handlers: IndexMap<String, Handler>,
    /// What was left out, and why.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Handler {
    /// `name`: an i18n key (or a literal).
    pub name: String,
    /// Field code → field, in the manifest's order.
    pub settings: IndexMap<String, Field>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub kind: FieldKind,
    /// `default_value` as text (a number is written out).
    pub default_value: String,
    /// `manual: true`: typed by the user; false: picked (docs/salesbot.md §1).
    pub manual: bool,
}

/// The three documented types; another one is drawn as text, with a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Numeric,
    Url,
    Unknown(String),
}

impl FieldKind {
    fn from_name(s: &str) -> FieldKind {
        match s {
            "text" => FieldKind::Text,
            "numeric" => FieldKind::Numeric,
            "url" => FieldKind::Url,
            other => FieldKind::Unknown(other.to_owned()),
        }
    }

    /// The `<input type>` the designer draws the field with.
    pub fn input_type(&self) -> &'static str {
        match self {
            FieldKind::Numeric => "number",
            FieldKind::Url => "url",
            FieldKind::Text | FieldKind::Unknown(_) => "text",
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            FieldKind::Text => "text",
            FieldKind::Numeric => "numeric",
            FieldKind::Url => "url",
            FieldKind::Unknown(s) => s,
        }
    }
}

fn text_of(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Reads a `salesbot_designer` block (see the module comment).
pub fn read(block: &Value) -> Designer {
    let mut d = Designer::default();
    let Value::Object(entries) = block else {
        d.warnings
            .push("salesbot_designer is not an object: no handlers are offered".into());
        return d;
    };
    for (key, value) in entries {
        if key == "logo" {
            match value {
                Value::String(s) => d.logo = Some(s.clone()),
                _ => d
                    .warnings
                    .push("salesbot_designer.logo is not a string".into()),
            }
            continue;
        }
        let Value::Object(h) = value else {
            d.warnings.push(format!(
                "salesbot_designer.{key} is not an object {{name, settings}}: left out"
            ));
            continue;
        };
        let mut handler = Handler {
            name: text_of(h.get("name")),
            settings: IndexMap::new(),
        };
        if handler.name.is_empty() {
            d.warnings.push(format!(
                "salesbot_designer.{key} has no name: its code is shown"
            ));
            handler.name = key.clone();
        }
        match h.get("settings") {
            None | Some(Value::Null) => {}
            Some(Value::Object(fields)) => {
                for (code, f) in fields {
                    match read_field(f) {
                        Some((field, warning)) => {
                            if let Some(w) = warning {
                                d.warnings
                                    .push(format!("salesbot_designer.{key}.settings.{code}: {w}"));
                            }
                            handler.settings.insert(code.clone(), field);
                        }
                        None => d.warnings.push(format!(
                            "salesbot_designer.{key}.settings.{code} is not an object: left out"
                        )),
                    }
                }
            }
            Some(_) => d.warnings.push(format!(
                "salesbot_designer.{key}.settings is not an object: the handler has no fields"
            )),
        }
        d.handlers.insert(key.clone(), handler);
    }
    d
}

fn read_field(f: &Value) -> Option<(Field, Option<String>)> {
    let Value::Object(f) = f else { return None };
    let type_name = text_of(f.get("type"));
    let kind = FieldKind::from_name(if type_name.is_empty() {
        "text"
    } else {
        &type_name
    });
    let warning = match &kind {
        FieldKind::Unknown(t) => Some(format!(
            "type {t:?} is not text, numeric or url: drawn as text"
        )),
        _ => None,
    };
    let manual = f
        .get("manual")
        .and_then(lenient::bool_from_value)
        .unwrap_or(true);
    Some((
        Field {
            name: text_of(f.get("name")),
            kind,
            default_value: text_of(f.get("default_value")),
            manual,
        },
        warning,
    ))
}

impl Widget {
    /// The widget's designer block, when it declares the `salesbot_designer`
    /// location and the block (either alone offers nothing, as with `dp`).
    pub fn salesbot_designer(&self) -> Option<Designer> {
        let block = self.manifest.salesbot_designer.as_ref()?;
        self.manifest
            .has_location(Area::SalesbotDesigner)
            .then(|| read(block))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_handlers_and_fields_in_order_and_warns_instead_of_refusing() {
        let d = read(&json!({
            "logo": "/widgets/w/images/logo.png",
            "handler_b": {"name": "salesbot.b", "settings": {
                "z": {"name": "s.z", "type": "numeric", "default_value": 5, "manual": "N"},
                "a": {"name": "s.a", "type": "url"},
                "c": {"name": "s.c", "type": "checkbox"},
                "bad": 3
            }},
            "handler_a": {"settings": null},
            "broken": "x"
        }));
        assert_eq!(d.logo.as_deref(), Some("/widgets/w/images/logo.png"));
        let codes: Vec<_> = d.handlers.keys().collect();
        assert_eq!(codes, ["handler_b", "handler_a"]);
        let b = &d.handlers["handler_b"];
        let fields: Vec<_> = b.settings.keys().collect();
        assert_eq!(fields, ["z", "a", "c"]);
        assert_eq!(b.settings["z"].default_value, "5");
        assert!(!b.settings["z"].manual);
        assert!(b.settings["a"].manual);
        assert_eq!(b.settings["c"].kind.input_type(), "text");
        assert_eq!(d.handlers["handler_a"].name, "handler_a");
        assert_eq!(d.warnings.len(), 4, "{:?}", d.warnings);
    }
}

//! The typed model of `manifest.json` (docs/platform.md §2). Keys the platform documents
//! are typed; blocks the emulator does not act on yet are kept as raw JSON so
//! nothing a widget declares is silently lost.

use std::fmt;

use indexmap::IndexMap;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

use super::lenient;
pub use super::location::{Area, Location};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Manifest {
    pub widget: WidgetInfo,
    #[serde(default, deserialize_with = "locations")]
    pub locations: Vec<Location>,
    #[serde(default)]
    pub settings: Fields,
    #[serde(default)]
    pub tour: Option<Tour>,
    #[serde(default)]
    pub dp: Option<DigitalPipeline>,
    #[serde(default)]
    pub advanced: Option<Advanced>,
    #[serde(default)]
    pub salesbot_designer: Option<Value>,
    #[serde(default)]
    pub sms: Option<Value>,
    #[serde(default)]
    pub mobile: Option<Value>,
    #[serde(default)]
    pub amoforms_settings: Option<Value>,
    #[serde(default)]
    pub left_menu: Option<Value>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct WidgetInfo {
    /// i18n key (or, in some real widgets, a literal) of the widget's name.
    /// Missing is a warning (W001), not a load failure.
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub description: String,
    #[serde(default, deserialize_with = "lenient::string")]
    pub short_description: String,
    #[serde(default = "default_version", deserialize_with = "lenient::string")]
    pub version: String,
    #[serde(default, deserialize_with = "lenient::interface_version")]
    pub interface_version: Option<u32>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub init_once: bool,
    #[serde(default, deserialize_with = "lenient::names")]
    pub locale: Vec<String>,
    /// `false`: the widget is only shown in the catalogue, nothing to install.
    #[serde(default = "yes", deserialize_with = "lenient::boolean")]
    pub installation: bool,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub is_showcase: bool,
    #[serde(default)]
    pub support: Option<Support>,
    /// Legacy key: the widget code before amoCRM started generating it.
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub secret_key: Option<String>,
}

fn default_version() -> String {
    "0.0.1".to_owned()
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Support {
    #[serde(default)]
    pub link: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Tour {
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub is_tour: bool,
    #[serde(default)]
    pub tour_images: Map<String, Value>,
    #[serde(default)]
    pub tour_description: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DigitalPipeline {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub action_multiple: bool,
    #[serde(default)]
    pub webhook_url: Option<String>,
    #[serde(default)]
    pub settings: Fields,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Advanced {
    pub title: String,
}

/// The ordered field list of a `settings` (or `dp.settings`) block: field
/// code → field, in the manifest's order, which is the order the settings
/// modal draws the fields in.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fields(pub IndexMap<String, Field>);

impl Fields {
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Field)> {
        self.0.iter().map(|(code, field)| (code.as_str(), field))
    }

    pub fn get(&self, code: &str) -> Option<&Field> {
        self.0.get(code)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The field code a field of an array-shaped `settings` block gets: its
/// index, as PHP reads a JSON list into an array keyed 0, 1, … (docs/real-widget-usage.md §10
/// found one such manifest; UNCONFIRMED how amoCRM names these fields).
pub fn array_field_code(index: usize) -> String {
    index.to_string()
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object mapping field codes to {name, type, required}")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Fields, A::Error> {
                IndexMap::deserialize(MapAccessDeserializer::new(map)).map(Fields)
            }
            // Array-shaped settings load too (the checker warns, W009).
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Fields, A::Error> {
                let list: Vec<Field> = Deserialize::deserialize(SeqAccessDeserializer::new(seq))?;
                Ok(Fields(
                    list.into_iter()
                        .enumerate()
                        .map(|(i, f)| (array_field_code(i), f))
                        .collect(),
                ))
            }
            // `"settings": null` reads as no fields, like a missing block.
            fn visit_unit<E: de::Error>(self) -> Result<Fields, E> {
                Ok(Fields::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// One settings field: `{"name": "<i18n key>", "type": "<type>", "required": bool}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Field {
    #[serde(default, deserialize_with = "lenient::string")]
    pub name: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default, deserialize_with = "lenient::boolean")]
    pub required: bool,
}

/// The five field types amoCRM documents. Anything else is kept as `Unknown`
/// so the widget still loads (with a warning) and is drawn as a text input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Pass,
    Users,
    UsersLp,
    Custom,
    Unknown(String),
}

impl FieldType {
    pub fn as_str(&self) -> &str {
        match self {
            FieldType::Text => "text",
            FieldType::Pass => "pass",
            FieldType::Users => "users",
            FieldType::UsersLp => "users_lp",
            FieldType::Custom => "custom",
            FieldType::Unknown(s) => s,
        }
    }
}

impl From<String> for FieldType {
    fn from(s: String) -> Self {
        match s.as_str() {
            "text" => FieldType::Text,
            "pass" => FieldType::Pass,
            "users" => FieldType::Users,
            "users_lp" => FieldType::UsersLp,
            "custom" => FieldType::Custom,
            _ => FieldType::Unknown(s),
        }
    }
}

impl<'de> Deserialize<'de> for FieldType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        String::deserialize(d).map(FieldType::from)
    }
}

impl Serialize for FieldType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// `deserialize_with` for `locations`: any shape amoCRM may accept reads as
/// a list (see [`lenient::names_from_value`]); the checker warns (W008).
fn locations<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Location>, D::Error> {
    let raw = Value::deserialize(d)?;
    Ok(lenient::names_from_value(&raw)
        .iter()
        .map(|n| n.parse().unwrap_or_else(|never| match never {}))
        .collect())
}

impl Manifest {
    pub fn has_location(&self, area: Area) -> bool {
        self.locations.iter().any(|l| l.is(area.clone()))
    }

    /// The declared locations amo-emu does not run, each once, with why
    /// ([`Area::not_run`]): `["cucard: customers are not emulated", …]`.
    pub fn locations_not_run(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in &self.locations {
            if let Some(why) = l.area.not_run() {
                let line = format!("{}: {why}", l.area.name());
                if !out.contains(&line) {
                    out.push(line);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_field_order_and_unknown_types() {
        let m: Manifest = serde_json::from_str(
            r#"{"widget":{"name":"n"},"settings":{"z":{"name":"Z","type":"text"},"a":{"name":"A","type":"checkbox","required":true}}}"#,
        )
        .unwrap();
        let codes: Vec<_> = m.settings.iter().map(|(c, _)| c).collect();
        assert_eq!(codes, ["z", "a"]);
        assert_eq!(
            m.settings.get("a").unwrap().kind,
            FieldType::Unknown("checkbox".into())
        );
        assert!(m.widget.installation);
    }

    #[test]
    fn reads_string_booleans_and_array_settings() {
        let m: Manifest = serde_json::from_str(
            r#"{"widget":{"name":"n","init_once":"Y","installation":"N"},"locations":{"0":"settings"},"settings":[{"name":"A","type":"text","required":1}]}"#,
        )
        .unwrap();
        assert!(m.widget.init_once);
        assert!(!m.widget.installation);
        assert!(m.has_location(Area::Settings));
        assert!(m.settings.get(&array_field_code(0)).unwrap().required);
    }
}

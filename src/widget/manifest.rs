//! The typed model of `manifest.json` (spec §2). Keys the platform documents
//! are typed; blocks the emulator does not act on yet are kept as raw JSON so
//! nothing a widget declares is silently lost.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Manifest {
    pub widget: WidgetInfo,
    #[serde(default)]
    pub locations: Vec<Location>,
    /// Field code → field. Order is the manifest's order, which is the order
    /// the settings modal draws the fields in.
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
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub short_description: String,
    #[serde(default = "default_version")]
    pub version: String,
    #[serde(default)]
    pub interface_version: Option<u32>,
    #[serde(default)]
    pub init_once: bool,
    #[serde(default)]
    pub locale: Vec<String>,
    /// `false`: the widget is only shown in the catalogue, nothing to install.
    #[serde(default = "yes")]
    pub installation: bool,
    #[serde(default)]
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
    #[serde(default)]
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
    #[serde(default)]
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

/// The ordered field list of a `settings` (or `dp.settings`) block.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Fields(pub Vec<(String, Field)>);

impl Fields {
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Field)> {
        self.0.iter().map(|(code, field)| (code.as_str(), field))
    }

    pub fn get(&self, code: &str) -> Option<&Field> {
        self.0.iter().find(|(c, _)| c == code).map(|(_, f)| f)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // serde_json's `preserve_order` keeps the manifest order in the map.
        let map: indexmap_like::OrderedMap<Field> = Deserialize::deserialize(d)?;
        Ok(Fields(map.0))
    }
}

/// A minimal ordered map visitor, so the field order survives deserialisation
/// without pulling in a map type just for this.
mod indexmap_like {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

    pub struct OrderedMap<T>(pub Vec<(String, T)>);

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for OrderedMap<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct V<T>(PhantomData<T>);
            impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
                type Value = OrderedMap<T>;
                fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                    f.write_str("an object mapping field codes to {name, type, required}")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                    let mut out = Vec::new();
                    while let Some((k, v)) = map.next_entry::<String, T>()? {
                        out.push((k, v));
                    }
                    Ok(OrderedMap(out))
                }
            }
            d.deserialize_map(V(PhantomData))
        }
    }
}

/// One settings field: `{"name": "<i18n key>", "type": "<type>", "required": bool}`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Field {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: FieldType,
    #[serde(default)]
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

/// A `locations` entry: an area plus the optional `-0`/`-1` column suffix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub area: Area,
    /// `Some(true)` for `-1` (uses the right column), `Some(false)` for `-0`.
    pub column: Option<bool>,
}

impl Location {
    pub fn is(&self, area: Area) -> bool {
        self.area == area
    }
}

/// The areas of spec §2.3. `Unknown` keeps names the emulator does not know
/// (real manifests contain typos such as `advancedSettings`): warned, not fatal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Area {
    Lcard,
    Cucard,
    Ccard,
    Comcard,
    Llist,
    Culist,
    Clist,
    Tlist,
    Tline,
    Tcalendar,
    Settings,
    AdvancedSettings,
    CardSdk,
    Catalogs,
    DigitalPipeline,
    LeadSources,
    WhatsappModal,
    Everywhere,
    Sms,
    MobileCard,
    Amoforms,
    SalesbotDesigner,
    WidgetPage,
    WebsiteChatButton,
    AiAgent,
    Unknown(String),
}

impl Area {
    const NAMES: &'static [(&'static str, Area)] = &[
        ("lcard", Area::Lcard),
        ("cucard", Area::Cucard),
        ("ccard", Area::Ccard),
        ("comcard", Area::Comcard),
        ("llist", Area::Llist),
        ("culist", Area::Culist),
        ("clist", Area::Clist),
        ("tlist", Area::Tlist),
        ("tline", Area::Tline),
        ("tcalendar", Area::Tcalendar),
        ("settings", Area::Settings),
        ("advanced_settings", Area::AdvancedSettings),
        ("card_sdk", Area::CardSdk),
        ("catalogs", Area::Catalogs),
        ("digital_pipeline", Area::DigitalPipeline),
        ("lead_sources", Area::LeadSources),
        ("whatsapp_modal", Area::WhatsappModal),
        ("everywhere", Area::Everywhere),
        ("sms", Area::Sms),
        ("mobile_card", Area::MobileCard),
        ("amoforms", Area::Amoforms),
        ("salesbot_designer", Area::SalesbotDesigner),
        ("widget_page", Area::WidgetPage),
        ("website_chat_button", Area::WebsiteChatButton),
        ("ai_agent", Area::AiAgent),
    ];

    fn name(&self) -> &str {
        match self {
            Area::Unknown(s) => s,
            known => Self::NAMES
                .iter()
                .find(|(_, a)| a == known)
                .map(|(n, _)| *n)
                .unwrap_or(""),
        }
    }

    /// Card and list areas take the `-0`/`-1` column suffix.
    fn takes_column_suffix(&self) -> bool {
        matches!(
            self,
            Area::Lcard
                | Area::Cucard
                | Area::Ccard
                | Area::Comcard
                | Area::Llist
                | Area::Culist
                | Area::Clist
                | Area::Tlist
        )
    }
}

impl FromStr for Location {
    type Err = std::convert::Infallible;

    fn from_str(raw: &str) -> Result<Self, Self::Err> {
        let (base, column) = match raw.rsplit_once('-') {
            Some((base, "1")) => (base, Some(true)),
            Some((base, "0")) => (base, Some(false)),
            _ => (raw, None),
        };
        let known = Area::NAMES
            .iter()
            .find(|(n, _)| *n == base)
            .map(|(_, a)| a.clone());
        Ok(match known {
            Some(area) if column.is_none() || area.takes_column_suffix() => {
                Location { area, column }
            }
            _ => Location {
                area: Area::Unknown(raw.to_owned()),
                column: None,
            },
        })
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(true) => write!(f, "{}-1", self.area.name()),
            Some(false) => write!(f, "{}-0", self.area.name()),
            None => f.write_str(self.area.name()),
        }
    }
}

impl<'de> Deserialize<'de> for Location {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(d)?;
        Ok(raw.parse().unwrap_or_else(|never| match never {}))
    }
}

impl Serialize for Location {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Manifest {
    pub fn has_location(&self, area: Area) -> bool {
        self.locations.iter().any(|l| l.is(area.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_locations_with_suffixes() {
        let l: Location = "lcard-1".parse().unwrap();
        assert_eq!(
            l,
            Location {
                area: Area::Lcard,
                column: Some(true)
            }
        );
        assert_eq!(l.to_string(), "lcard-1");
        let s: Location = "advanced_settings".parse().unwrap();
        assert_eq!(s.area, Area::AdvancedSettings);
        let bad: Location = "advancedSettings".parse().unwrap();
        assert_eq!(bad.area, Area::Unknown("advancedSettings".into()));
        let no_suffix: Location = "settings-1".parse().unwrap();
        assert!(matches!(no_suffix.area, Area::Unknown(_)));
    }

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
}

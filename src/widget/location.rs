//! `locations` entries (docs/platform.md §2.3): an area plus the optional `-0`/`-1`
//! column suffix. Unknown names are kept, not refused: real manifests
//! contain typos such as `advancedSettings` (docs/real-widget-usage.md §10), which amoCRM ignores.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize};

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

/// The areas of docs/platform.md §2.3. `Unknown` keeps names the emulator does not know
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

    pub fn name(&self) -> &str {
        match self {
            Area::Unknown(s) => s,
            known => Self::NAMES
                .iter()
                .find(|(_, a)| a == known)
                .map(|(n, _)| *n)
                .unwrap_or(""),
        }
    }

    /// Why amo-emu does not run the widget in this area, or `None` when it
    /// does. One list, read by `serve`'s start-up and `check`, so neither
    /// stays silent about a declared location that shows nothing.
    pub fn not_run(&self) -> Option<&'static str> {
        Some(match self {
            Area::Cucard | Area::Culist => "customers are not emulated",
            Area::Tline | Area::Tcalendar => {
                "only the tasks list is emulated, not its timeline or calendar views"
            }
            Area::Catalogs => {
                "the lists (catalogs) section is not emulated: amoCRM's docs only name its SDK (loadCatalogElement, setSdkCatalogId)"
            }
            Area::MobileCard => {
                "the mobile app is not emulated: amoCRM's docs only name mobile.frame_url and mobile.color"
            }
            Area::Amoforms => {
                "amoCRM's web forms are not emulated: its docs only name amoforms_settings' keys"
            }
            Area::WebsiteChatButton => "the website chat button is not emulated",
            Area::AiAgent => "AI agents are not emulated",
            Area::Unknown(_) => "amoCRM has no such location (a typo?)",
            _ => return None,
        })
    }

    /// Card and list areas take the `-0`/`-1` column suffix.
    pub fn takes_column_suffix(&self) -> bool {
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
}

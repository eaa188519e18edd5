//! The JSON a page hands to the browser runtime (`#amo-emu-boot`): the
//! account, the locale and everything about the widget the platform API
//! (`params`, `get_settings()`, `langs`, `system()`) is built from. This is
//! the wire format between Rust and `assets/runtime/` (read by
//! `core/boot.js`; the server's paths in it by `core/paths.js`).

use serde::Serialize;
use serde_json::{Map, Value};

use crate::account::{Account, WidgetState};
use crate::live_reload::EVENTS_PATH;
use crate::widget::{Area, Widget};

#[derive(Debug, Serialize)]
pub struct Boot<'a> {
    /// Which page controller the runtime starts (`marketplace`, …).
    pub page: &'static str,
    pub locale: &'a str,
    pub account: &'a Account,
    pub widget: Option<WidgetBoot>,
    /// The live-reload stream the runtime subscribes to; set by [`Boot::new`].
    events_path: &'static str,
}

impl<'a> Boot<'a> {
    pub fn new(
        page: &'static str,
        locale: &'a str,
        account: &'a Account,
        widget: Option<WidgetBoot>,
    ) -> Self {
        Boot {
            page,
            locale,
            account,
            widget,
            events_path: EVENTS_PATH,
        }
    }
}

#[derive(Debug, Serialize)]
pub struct WidgetBoot {
    pub code: String,
    /// Numeric id, stable for a code (amoCRM ids are numbers).
    pub id: u64,
    /// Where the widget's files are served (`/upl/<code>/widget`, no
    /// trailing slash): `params.path`, and how the runtime tells the
    /// widget's files in URLs and stacks.
    pub path: String,
    pub version: String,
    pub name: String,
    /// `install` or `installed` (`get_install_status()`, `params.status`).
    pub status: &'static str,
    /// `Y` or `N` (`params.active`).
    pub active: &'static str,
    /// Saved field values.
    pub settings: Map<String, Value>,
    pub langs: Value,
    pub locations: Vec<String>,
    pub init_once: bool,
    /// Whether `script.js` runs in the settings modal (`settings` location).
    pub runs_in_settings: bool,
    pub fields: Vec<FieldBoot>,
    /// The pipeline the widget was added to as a lead source
    /// (`get_pipeline_id()`); null until then.
    pub pipeline_id: Option<u64>,
}

#[derive(Debug, Serialize)]
pub struct FieldBoot {
    pub code: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub required: bool,
    pub label: String,
}

impl WidgetBoot {
    pub fn new(widget: &Widget, state: &WidgetState, locale: &str) -> Self {
        let m = &widget.manifest;
        WidgetBoot {
            code: widget.code.to_string(),
            id: widget.code.numeric_id(),
            path: widget.code.base_path(),
            version: m.widget.version.clone(),
            name: widget.name(locale),
            status: if state.installed {
                "installed"
            } else {
                "install"
            },
            active: if state.installed { "Y" } else { "N" },
            settings: state.settings.clone(),
            langs: widget.i18n.langs(locale),
            locations: m.locations.iter().map(ToString::to_string).collect(),
            init_once: m.widget.init_once,
            runs_in_settings: m.has_location(Area::Settings),
            fields: m
                .settings
                .iter()
                .map(|(code, f)| FieldBoot {
                    code: code.to_owned(),
                    kind: f.kind.as_str().to_owned(),
                    required: f.required,
                    label: widget.text(&f.name, locale),
                })
                .collect(),
            pipeline_id: state.pipeline_id,
        }
    }
}

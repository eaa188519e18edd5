//! Rules on the manifest's meaning (docs/platform.md §2, §3): required keys, locales and
//! their files, locations, settings fields, the `advanced` and `dp` blocks,
//! and the i18n keys the manifest refers to.

use serde_json::Value;

use super::{codes, Input};
use crate::widget::diagnostic::Diagnostic;
use crate::widget::json_pos;
use crate::widget::left_menu::LeftMenu;
use crate::widget::manifest::{Area, FieldType};
use crate::widget::{i18n, i18n_path};

/// The `widget` keys moderation requires (docs/platform.md §2.1, docs/real-widget-usage.md §10: present in
/// all 86 real manifests). UNCONFIRMED whether the upload itself refuses a
/// manifest without them, hence a warning.
const REQUIRED_WIDGET_KEYS: &[&str] = &[
    "name",
    "description",
    "short_description",
    "version",
    "interface_version",
    "locale",
    "installation",
];

/// The only `interface_version` amoCRM accepts for new widgets.
const INTERFACE_VERSION: u32 = 2;

pub(super) fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let m = input.manifest;
    let widget_raw = input.raw.get("widget");

    for key in REQUIRED_WIDGET_KEYS {
        if widget_raw.and_then(|w| w.get(key)).is_none() {
            out.push(
                Diagnostic::warning(&path, format!("the widget block has no `{key}`"))
                    .code(codes::WIDGET_KEY_MISSING)
                    .at(at(&["widget"]))
                    .json_path(format!("widget.{key}"))
                    .hint("amoCRM's moderation requires it (whether the upload itself refuses the archive is unconfirmed)"),
            );
        }
    }
    for key in ["code", "secret_key"] {
        if widget_raw.and_then(|w| w.get(key)).is_some() {
            out.push(
                Diagnostic::warning(&path, format!("widget.{key} is a legacy key"))
                    .code(codes::LEGACY_KEY)
                    .at(at(&["widget", key]))
                    .json_path(format!("widget.{key}"))
                    .hint("new uploads get their code from amoCRM; keep it only for a widget that already has one"),
            );
        }
    }
    if let Some(v) = m
        .widget
        .interface_version
        .filter(|v| *v != INTERFACE_VERSION)
    {
        out.push(
            Diagnostic::warning(
                &path,
                format!("interface_version is {v}; amoCRM only accepts {INTERFACE_VERSION} for new widgets"),
            )
            .code(codes::INTERFACE_VERSION)
            .at(at(&["widget", "interface_version"]))
            .json_path("widget.interface_version"),
        );
    }
    check_locales(input, out);
    check_locations(input, out);
    check_fields(input, out);
    check_blocks(input, out);
    check_i18n_keys(input, out);
}

fn check_locales(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let locales = &input.manifest.widget.locale;
    if locales.is_empty() && input.raw.pointer("/widget/locale").is_some() {
        out.push(
            Diagnostic::warning(&path, "widget.locale is empty: no translation file will be loaded")
                .code(codes::LOCALE_EMPTY)
                .at(at(&["widget", "locale"]))
                .json_path("widget.locale")
                .hint("list the languages, e.g. \"locale\": [\"ru\", \"en\"], with one i18n/<code>.json each"),
        );
    }
    for (i, locale) in locales.iter().enumerate() {
        let file = i18n_path(input.dir, locale);
        if !file.is_file() {
            let idx = i.to_string();
            out.push(
                Diagnostic::error(&path, format!("locale {locale:?} has no translation file i18n/{locale}.json"))
                    .code(codes::LOCALE_FILE_MISSING)
                    .at(at(&["widget", "locale", &idx]).or_else(|| at(&["widget", "locale"])))
                    .json_path(format!("widget.locale[{i}]"))
                    .hint("amoCRM requires one i18n/<code>.json per entry of widget.locale; amo-emu shows another locale's texts"),
            );
        }
    }
}

fn check_locations(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    for (i, loc) in input.manifest.locations.iter().enumerate() {
        let idx = i.to_string();
        let pos = at(&["locations", &idx]).or_else(|| at(&["locations"]));
        if let Area::Unknown(name) = &loc.area {
            out.push(
                Diagnostic::warning(&path, format!("unknown location {name:?}; amoCRM ignores it"))
                    .code(codes::LOCATION_UNKNOWN)
                    .at(pos)
                    .json_path(format!("locations[{i}]"))
                    .hint("see the list of areas: settings, advanced_settings, lcard-1, llist-0, digital_pipeline, lead_sources, …"),
            );
        } else if loc.column.is_none() && loc.area.takes_column_suffix() {
            out.push(
                Diagnostic::warning(
                    &path,
                    format!(
                        "location {loc:?} has no -0/-1 suffix; amoCRM reads it as {loc}-1",
                        loc = loc.to_string()
                    ),
                )
                .code(codes::LOCATION_UNKNOWN)
                .at(pos)
                .json_path(format!("locations[{i}]"))
                .hint("write -1 for a block in the right column, -0 to only initialise there"),
            );
        }
    }
}

fn check_fields(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let m = input.manifest;
    match input.raw.get("settings") {
        Some(Value::Array(items)) if items.is_empty() => out.push(
            Diagnostic::warning(&path, "settings is an empty array; read as no fields")
                .code(codes::SETTINGS_ARRAY)
                .at(at(&["settings"]))
                .json_path("settings")
                .hint("write \"settings\": {} (PHP's json_encode turns an empty array into [])"),
        ),
        Some(Value::Array(items)) => {
            let codes_list: Vec<String> = (0..items.len())
                .map(crate::widget::manifest::array_field_code)
                .collect();
            out.push(
                Diagnostic::warning(
                    &path,
                    format!(
                        "settings is an array, not an object keyed by field code; its fields get the codes {}",
                        codes_list.join(", ")
                    ),
                )
                .code(codes::SETTINGS_ARRAY)
                .at(at(&["settings"]))
                .json_path("settings")
                .hint("write {\"<field_code>\": {\"name\": …, \"type\": …, \"required\": …}}: the code is the input's name and the key in get_settings()"),
            )
        }
        _ => {}
    }
    let mut customs = 0;
    for (prefix, fields) in [(vec!["settings"], &m.settings)]
        .into_iter()
        .chain(m.dp.iter().map(|dp| (vec!["dp", "settings"], &dp.settings)))
    {
        for (code, field) in fields.iter() {
            match &field.kind {
                FieldType::Unknown(t) => {
                    let mut segs = prefix.clone();
                    segs.extend([code, "type"]);
                    out.push(
                        Diagnostic::warning(&path, format!("field type {t:?} is not one of text, pass, users, users_lp, custom; drawn as a text input"))
                            .code(codes::FIELD_TYPE_UNKNOWN)
                            .at(at(&segs))
                            .json_path(segs.join("."))
                            .hint("build other controls with a `custom` field and the `settings` callback"),
                    )
                }
                FieldType::Custom if prefix.len() == 1 => customs += 1,
                _ => {}
            }
        }
    }
    if customs > 1 {
        out.push(
            Diagnostic::error(
                &path,
                format!("{customs} `custom` fields; amoCRM supports at most one per widget"),
            )
            .code(codes::CUSTOM_FIELDS)
            .at(at(&["settings"]))
            .json_path("settings")
            .hint("keep one `custom` field and store all custom values in it as one JSON string"),
        );
    }
}

fn check_blocks(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let m = input.manifest;
    if m.has_location(Area::AdvancedSettings) && m.advanced.is_none() {
        out.push(
            Diagnostic::warning(&path, "location advanced_settings without an `advanced.title`: the Settings menu item will show a raw key")
                .code(codes::ADVANCED_TITLE_MISSING)
                .at(at(&["locations"]))
                .json_path("advanced")
                .hint("add \"advanced\": {\"title\": \"advanced.title\"} and the key to each i18n file"),
        );
    }
    if m.dp.is_some() && !m.has_location(Area::DigitalPipeline) {
        out.push(
            Diagnostic::warning(
                &path,
                "a `dp` block without the digital_pipeline location is ignored by amoCRM",
            )
            .code(codes::DP_WITHOUT_LOCATION)
            .at(at(&["dp"]))
            .json_path("dp"),
        );
    }
    if m.dp.is_none() && m.has_location(Area::DigitalPipeline) {
        out.push(
            Diagnostic::error(&path, "location digital_pipeline without a `dp` block")
                .code(codes::DP_BLOCK_MISSING)
                .at(at(&["locations"]))
                .json_path("dp")
                .hint("add \"dp\": {\"action_multiple\": false, \"webhook_url\": \"https://…\", \"settings\": {}}"),
        );
    }
}

/// Every i18n key the manifest refers to should exist in every locale.
fn check_i18n_keys(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let m = input.manifest;
    let mut keys: Vec<(String, Vec<String>)> = Vec::new();
    let mut push = |key: &str, segs: &[&str]| {
        keys.push((key.to_owned(), segs.iter().map(|s| s.to_string()).collect()))
    };
    push(&m.widget.name, &["widget", "name"]);
    push(&m.widget.description, &["widget", "description"]);
    push(
        &m.widget.short_description,
        &["widget", "short_description"],
    );
    for (code, field) in m.settings.iter() {
        push(&field.name, &["settings", code, "name"]);
    }
    if let Some(adv) = &m.advanced {
        push(&adv.title, &["advanced", "title"]);
    }
    if let Some(tour) = m.tour.as_ref().and_then(|t| t.tour_description.as_ref()) {
        push(tour, &["tour", "tour_description"]);
    }
    if let Some(dp) = &m.dp {
        if let Some(t) = &dp.title {
            push(t, &["dp", "title"]);
        }
        for (code, field) in dp.settings.iter() {
            push(&field.name, &["dp", "settings", code, "name"]);
        }
    }
    let menu = LeftMenu::read(m.left_menu.as_ref());
    for item in &menu.items {
        push(&item.title, &["left_menu", &item.code, "title"]);
        for sub in &item.submenu {
            push(
                &sub.title,
                &["left_menu", &item.code, "submenu", &sub.code, "title"],
            );
        }
    }
    for (section, subs) in [("stats", &menu.stats), ("settings", &menu.settings)] {
        for sub in subs {
            push(
                &sub.title,
                &["left_menu", section, "submenu", &sub.code, "title"],
            );
        }
    }
    for (key, json_path) in keys {
        if !i18n::looks_like_key(&key) {
            continue;
        }
        let segs: Vec<&str> = json_path.iter().map(String::as_str).collect();
        for locale in input.i18n.locales() {
            if input.i18n.lookup_in(locale, &key).is_none() {
                out.push(
                    Diagnostic::warning(&path, format!("i18n key {key:?} is missing in i18n/{locale}.json"))
                        .code(codes::I18N_KEY_MISSING)
                        .at(json_pos::locate(input.source, &segs))
                        .json_path(json_path.join("."))
                        .hint("amo-emu shows another locale's text (the Settings menu title: the raw key); amoCRM may refuse the upload"),
                );
            }
        }
    }
}

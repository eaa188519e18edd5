//! View models of amoCRM's Settings section: its sub-menu (the standard
//! sections, then one item per installed widget that has its own page), the
//! `/settings/` page and the widget's own page `/settings/widgets/<code>/`
//! (docs/platform.md §9); the sub-items its `left_menu` block adds to
//! Settings are listed after it (docs/left-menu-card-sdk.md §1). They read a widget snapshot and whether it is
//! installed; they never touch the store or the request.

use askama::Template;

use super::left_menu::widget_page_href;
use super::Chrome;
use crate::widget::i18n::looks_like_key;
use crate::widget::left_menu::{LeftMenu, Section as LeftSection};
use crate::widget::{Area, Widget};

/// The key amoCRM's docs use for the page title; shown raw when the manifest
/// has `advanced_settings` but no `advanced` block at all.
pub const DEFAULT_ADVANCED_TITLE_KEY: &str = "advanced.title";

/// Where the Integrations page (the marketplace) lives.
pub const INTEGRATIONS_HREF: &str = "/settings/widgets/";

/// The Communication tools page: the Salesbot, the system SMS sender and
/// the WhatsApp modal (docs/communications.md).
pub const COMMUNICATIONS_HREF: &str = "/settings/communications/";

/// The Salesbot designer (docs/salesbot.md), reached from Communication tools.
pub const SALESBOT_HREF: &str = "/salesbot/designer/";

/// The URL of a widget's own page under Settings.
pub fn advanced_href(code: &str) -> String {
    format!("/settings/widgets/{code}/")
}

/// The standard Settings sections of amoCRM, in its order. Integrations and
/// Communication tools have a page in amo-emu; the others are listed so the menu reads as it
/// does in amoCRM, and so a widget's item comes after all of them (docs/platform.md §9).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    General,
    Users,
    Communications,
    Integrations,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::General,
        Section::Users,
        Section::Communications,
        Section::Integrations,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Section::General => "General settings",
            Section::Users => "Users",
            Section::Communications => "Communication tools",
            Section::Integrations => "Integrations",
        }
    }

    /// The emulated page, or None when amo-emu does not emulate the section.
    pub fn href(self) -> Option<&'static str> {
        match self {
            Section::Integrations => Some(INTEGRATIONS_HREF),
            Section::Communications => Some(COMMUNICATIONS_HREF),
            Section::General | Section::Users => None,
        }
    }
}

/// Which menu item is the page being shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Current<'a> {
    /// `/settings/` itself: nothing highlighted.
    Overview,
    Section(Section),
    /// The own page of the widget with this code.
    Widget(&'a str),
    /// The widget's Settings sub-item (`left_menu.settings.submenu`) with this code.
    SubItem(&'a str),
}

pub struct SettingsMenu {
    pub standard: Vec<StandardItem>,
    pub widgets: Vec<WidgetItem>,
}

pub struct StandardItem {
    pub title: &'static str,
    pub href: Option<&'static str>,
    pub selected: bool,
}

pub struct WidgetItem {
    pub code: String,
    pub href: String,
    /// The translated `advanced.title`, or the raw key when it has none.
    pub title: String,
    pub widget_name: String,
    /// Why the title is a raw key, if it is.
    pub raw_key_reason: Option<String>,
    pub selected: bool,
    /// Set for a sub-item from the widget's `left_menu` block: its code.
    pub subitem: Option<String>,
}

/// The title of a widget's own page, as the menu shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdvancedTitle {
    pub text: String,
    /// Set when `text` is a raw i18n key: says what is missing.
    pub raw_key_reason: Option<String>,
}

/// The translated `advanced.title` in `locale`. Unlike names elsewhere, a
/// key missing from the locale in use is not borrowed from another locale:
/// the raw key is shown, which is what the load-time warning promises
/// (docs/platform.md §3; amoCRM's exact behaviour is UNCONFIRMED).
pub fn advanced_title(widget: &Widget, locale: &str) -> AdvancedTitle {
    let Some(advanced) = &widget.manifest.advanced else {
        return AdvancedTitle {
            text: DEFAULT_ADVANCED_TITLE_KEY.to_owned(),
            raw_key_reason: Some(
                "manifest.json has the advanced_settings location but no \"advanced\": {\"title\": …}"
                    .to_owned(),
            ),
        };
    };
    let key = advanced.title.as_str();
    if !looks_like_key(key) {
        // A literal title (some real manifests do this): shown as written.
        return AdvancedTitle {
            text: key.to_owned(),
            raw_key_reason: None,
        };
    }
    let used = widget.i18n.effective_locale(locale);
    match widget.i18n.lookup_in(used, key) {
        Some(text) => AdvancedTitle {
            text: text.to_owned(),
            raw_key_reason: None,
        },
        None => AdvancedTitle {
            text: key.to_owned(),
            raw_key_reason: Some(format!("i18n key {key:?} is missing in i18n/{used}.json")),
        },
    }
}

/// Whether the widget declares a page of its own under Settings.
pub fn has_advanced_page(widget: &Widget) -> bool {
    widget.manifest.has_location(Area::AdvancedSettings)
}

impl SettingsMenu {
    /// The menu for an account where `widget` is (or is not) installed. The
    /// widget's item exists only once it is installed (docs/platform.md §9).
    pub fn new(widget: &Widget, installed: bool, locale: &str, current: Current<'_>) -> Self {
        let standard = Section::ALL
            .iter()
            .map(|&s| StandardItem {
                title: s.title(),
                href: s.href(),
                selected: current == Current::Section(s),
            })
            .collect();
        let mut widgets = Vec::new();
        if installed && has_advanced_page(widget) {
            let code = widget.code.as_str();
            let title = advanced_title(widget, locale);
            widgets.push(WidgetItem {
                code: code.to_owned(),
                href: advanced_href(code),
                title: title.text,
                widget_name: widget.name(locale),
                raw_key_reason: title.raw_key_reason,
                selected: current == Current::Widget(code),
                subitem: None,
            });
        }
        // Its sub-items of Settings (`left_menu`), after its own page
        // (their order against it is UNCONFIRMED).
        if installed {
            let code = widget.code.as_str();
            let menu = LeftMenu::read(widget.manifest.left_menu.as_ref());
            for sub in menu.section_submenu(LeftSection::Settings) {
                widgets.push(WidgetItem {
                    code: code.to_owned(),
                    href: widget_page_href(code, LeftSection::Settings.code(), Some(&sub.code)),
                    title: widget.text(&sub.title, locale),
                    widget_name: widget.name(locale),
                    raw_key_reason: None,
                    selected: current == Current::SubItem(&sub.code),
                    subitem: Some(sub.code.clone()),
                });
            }
        }
        SettingsMenu { standard, widgets }
    }
}

/// `/settings/`: the sub-menu and a short account of what is emulated.
#[derive(Template)]
#[template(path = "pages/settings.html")]
pub struct SettingsPage {
    pub chrome: Chrome,
    pub menu: SettingsMenu,
    pub widget_name: String,
    pub widget_page: WidgetPageStatus,
}

/// What `/settings/` says about the served widget's own page.
pub enum WidgetPageStatus {
    /// In the menu; the link is the menu item's.
    Listed { href: String, title: String },
    /// Declared, but the menu only lists it once the widget is installed.
    NotInstalled,
    /// No `advanced_settings` location: the widget has no page here.
    NotDeclared,
}

/// `/settings/widgets/<code>/`: the containers real widgets draw into, or
/// why the page does not exist.
#[derive(Template)]
#[template(path = "pages/advanced_settings.html")]
pub struct AdvancedSettingsPage {
    pub chrome: Chrome,
    pub menu: SettingsMenu,
    pub code: String,
    pub availability: Availability,
}

/// Whether a widget's own page can be shown.
pub enum Availability {
    Ready,
    NotInstalled { widget_name: String },
    NotDeclared { widget_name: String },
    UnknownWidget { served: String },
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn widget(manifest: &str, en: &str, ru: Option<&str>) -> (tempfile::TempDir, Widget) {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("w");
        std::fs::create_dir_all(dir.join("i18n")).unwrap();
        std::fs::write(dir.join("manifest.json"), manifest).unwrap();
        std::fs::write(dir.join("i18n/en.json"), en).unwrap();
        if let Some(ru) = ru {
            std::fs::write(dir.join("i18n/ru.json"), ru).unwrap();
        }
        let w = Widget::load(Path::new(&dir), None).unwrap();
        (d, w)
    }

    const WITH_TITLE: &str = r#"{"widget": {"name": "widget.name", "locale": ["en", "ru"]},
        "locations": ["settings", "advanced_settings"], "advanced": {"title": "advanced.title"}}"#;

    #[test]
    fn widget_item_appears_only_when_installed_after_the_standard_sections() {
        let (_d, w) = widget(
            WITH_TITLE,
            r#"{"widget": {"name": "W"}, "advanced": {"title": "Page"}}"#,
            Some(r#"{"widget": {"name": "В"}, "advanced": {"title": "Страница"}}"#),
        );
        let menu = SettingsMenu::new(&w, false, "en", Current::Overview);
        assert!(menu.widgets.is_empty());
        assert_eq!(menu.standard.len(), Section::ALL.len());

        let menu = SettingsMenu::new(&w, true, "en", Current::Widget("w"));
        let item = &menu.widgets[0];
        assert_eq!(
            (item.title.as_str(), item.widget_name.as_str()),
            ("Page", "W")
        );
        assert_eq!(item.href, "/settings/widgets/w/");
        assert!(item.selected && item.raw_key_reason.is_none());

        let ru = SettingsMenu::new(&w, true, "ru", Current::Overview);
        assert_eq!(ru.widgets[0].title, "Страница");
        assert!(!ru.widgets[0].selected);
    }

    #[test]
    fn no_advanced_block_shows_the_raw_default_key() {
        let (_d, w) = widget(
            r#"{"widget": {"name": "widget.name", "locale": ["en"]}, "locations": ["advanced_settings"]}"#,
            r#"{"widget": {"name": "W"}}"#,
            None,
        );
        let t = advanced_title(&w, "en");
        assert_eq!(t.text, "advanced.title");
        assert!(t.raw_key_reason.unwrap().contains("no \"advanced\""));
    }

    #[test]
    fn key_missing_in_the_locale_in_use_is_shown_raw_not_borrowed() {
        let (_d, w) = widget(
            WITH_TITLE,
            r#"{"widget": {"name": "W"}, "advanced": {"title": "Page"}}"#,
            Some(r#"{"widget": {"name": "В"}}"#),
        );
        assert_eq!(advanced_title(&w, "en").text, "Page");
        let ru = advanced_title(&w, "ru");
        assert_eq!(ru.text, "advanced.title");
        assert!(ru.raw_key_reason.unwrap().contains("i18n/ru.json"));
        // A locale the widget does not ship falls back to its first one.
        assert_eq!(advanced_title(&w, "pt").text, "Page");
    }

    #[test]
    fn integrations_and_communication_tools_are_the_emulated_sections() {
        let emulated: Vec<_> = Section::ALL.iter().filter(|s| s.href().is_some()).collect();
        assert_eq!(emulated, [&Section::Communications, &Section::Integrations]);
    }
}

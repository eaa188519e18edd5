//! The `left_menu` block of `manifest.json` (the `widget_page` location),
//! read leniently into what the left navigation shows: the widget's own
//! items (title, icon, `sort.after`, a submenu), its sub-items under the
//! system sections Stats and Settings, and the system items it hides. Facts
//! and sources: docs/left-menu-card-sdk.md §1.
//!
//! Never stricter than amoCRM: a malformed part is skipped with a
//! [`Problem`] (the checker turns them into warnings, W017), the rest of the
//! block still counts. The manifest model keeps the block as raw JSON; this
//! module is its only reader (the reading itself is in read.rs). No HTTP,
//! no I/O.

mod read;

/// The system sections of amoCRM's left menu, as `sort.after` and
/// `is_hidden` name them (docs/left-menu-card-sdk.md §1), in amoCRM's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Dashboard,
    Leads,
    Customers,
    Tasks,
    Catalogs,
    Mail,
    Stats,
    Settings,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Dashboard,
        Section::Leads,
        Section::Customers,
        Section::Tasks,
        Section::Catalogs,
        Section::Mail,
        Section::Stats,
        Section::Settings,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Dashboard => "dashboard",
            Section::Leads => "leads",
            Section::Customers => "customers",
            Section::Tasks => "tasks",
            Section::Catalogs => "catalogs",
            Section::Mail => "mail",
            Section::Stats => "stats",
            Section::Settings => "settings",
        }
    }

    pub fn from_code(code: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether a widget may add sub-items to the section (Stats, Settings).
    pub fn takes_submenu(self) -> bool {
        matches!(self, Section::Stats | Section::Settings)
    }
}

/// What the widget's `left_menu` block adds to, or hides from, the menu.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeftMenu {
    /// The widget's own items, in the manifest's order.
    pub items: Vec<Item>,
    /// Its sub-items of the Stats section (`location: "stats"`).
    pub stats: Vec<SubItem>,
    /// Its sub-items of the Settings section (`location: "settings"`).
    pub settings: Vec<SubItem>,
    /// System sections it hides (`{"is_hidden": true}`; never Settings).
    pub hidden: Vec<Section>,
    /// What could not be read, and was skipped.
    pub problems: Vec<Problem>,
}

/// One of the widget's own left-menu items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub code: String,
    /// The i18n key (or literal) of its title.
    pub title: String,
    /// The icon's path in the widget folder (`images/x.svg`), if any.
    pub icon: Option<String>,
    /// `sort.after`: the system section it follows; None is the documented
    /// default, the end of the menu after Settings.
    pub after: Option<Section>,
    /// Its submenu, in `sort` order.
    pub submenu: Vec<SubItem>,
}

/// A sub-item (of the widget's item, or of Stats/Settings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubItem {
    pub code: String,
    pub title: String,
}

/// A part of the block that was skipped: where (a JSON path below
/// `left_menu`) and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: Vec<String>,
    pub message: String,
}

/// Whether amo-emu can put `code` in a URL as it is. The docs' codes are
/// `snake_case`; others are skipped (UNCONFIRMED what amoCRM does with them).
pub fn is_url_safe(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl LeftMenu {
    /// The widget's own item with this code.
    pub fn item(&self, code: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.code == code)
    }

    /// The sub-items of a system section (empty but for Stats and Settings).
    pub fn section_submenu(&self, section: Section) -> &[SubItem] {
        match section {
            Section::Stats => &self.stats,
            Section::Settings => &self.settings,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_documented_examples() {
        let raw = json!({
            "realty_widget_code": {
                "title": "lang.code", "icon": "images/home_page.svg",
                "sort": {"after": "leads"},
                "submenu": {"sub_item_code_1": {"title": "a", "sort": 2},
                            "sub_item_code_2": {"title": "b", "sort": 1}}
            },
            "stats": {"submenu": {"custom_sub_item_1": {"title": "s"}}},
            "mail": {"is_hidden": true}
        });
        let m = LeftMenu::read(Some(&raw));
        assert!(m.problems.is_empty(), "{:?}", m.problems);
        let item = m.item("realty_widget_code").unwrap();
        assert_eq!(item.after, Some(Section::Leads));
        assert_eq!(item.icon.as_deref(), Some("images/home_page.svg"));
        let subs: Vec<_> = item.submenu.iter().map(|s| s.code.as_str()).collect();
        assert_eq!(subs, ["sub_item_code_2", "sub_item_code_1"]);
        assert_eq!(m.stats[0].code, "custom_sub_item_1");
        assert_eq!(m.hidden, [Section::Mail]);
        let icons = json!({"x": {"title": "t", "icons": {"light": "images/l.svg", "dark": "images/d.svg"}}});
        let m = LeftMenu::read(Some(&icons));
        assert_eq!(m.items[0].icon.as_deref(), Some("images/d.svg"));
    }

    #[test]
    fn malformed_parts_are_skipped_with_a_problem_not_refused() {
        let raw = json!({
            "a": "not an object",
            "b": {"sort": {"after": "nowhere", "before": "leads"}},
            "settings": {"is_hidden": true, "submenu": {"x": {"title": "X", "sort": "1"}}},
            "leads": {"submenu": {}},
            "bad code!": {"title": "t"}
        });
        let m = LeftMenu::read(Some(&raw));
        let b = m.item("b").unwrap();
        assert_eq!((b.title.as_str(), b.after), ("b", None));
        assert_eq!(m.settings[0].code, "x");
        assert!(m.hidden.is_empty());
        assert!(m.item("bad code!").is_none());
        let paths: Vec<String> = m.problems.iter().map(|p| p.path.join(".")).collect();
        for expected in [
            "a",
            "b.title",
            "b.sort.before",
            "b.sort.after",
            "settings.is_hidden",
            "leads.submenu",
            "bad code!",
        ] {
            assert!(
                paths.contains(&expected.to_owned()),
                "{expected} in {paths:?}"
            );
        }
        assert_eq!(
            LeftMenu::read(Some(&json!([1]))).problems.len(),
            1,
            "an array is one problem"
        );
    }
}

//! The `left_menu` block of `manifest.json` (the `widget_page` location),
//! read leniently into what the left navigation shows: the widget's own
//! items (title, icon, `sort.after`, a submenu), its sub-items under the
//! system sections Stats and Settings, and the system items it hides. Facts
//! and sources: docs/left-menu-card-sdk.md §1.
//!
//! Never stricter than amoCRM: a malformed part is skipped with a
//! [`Problem`] (the checker turns them into warnings, W017), the rest of the
//! block still counts. The manifest model keeps the block as raw JSON; this
//! module is the only reader. No HTTP, no I/O.

use serde_json::{Map, Value};

use super::lenient::bool_from_value;

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
    /// Reads the raw `left_menu` value (None when the manifest has none).
    pub fn read(raw: Option<&Value>) -> LeftMenu {
        let mut menu = LeftMenu::default();
        let Some(raw) = raw else { return menu };
        let Some(entries) = raw.as_object() else {
            if !raw.is_null() {
                menu.problem(&[], "left_menu is not an object of menu items; ignored");
            }
            return menu;
        };
        for (code, entry) in entries {
            let Some(entry) = entry.as_object() else {
                menu.problem(&[code], "a menu item must be an object; skipped");
                continue;
            };
            match Section::from_code(code) {
                Some(section) => menu.read_section(section, entry),
                None => menu.read_item(code, entry),
            }
        }
        menu
    }

    fn problem(&mut self, path: &[&str], message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.iter().map(|s| s.to_string()).collect(),
            message: message.into(),
        });
    }

    /// A system section: sub-items (Stats, Settings) or `is_hidden`.
    fn read_section(&mut self, section: Section, entry: &Map<String, Value>) {
        let code = section.code();
        if let Some(raw) = entry.get("submenu") {
            if section.takes_submenu() {
                let subs = self.read_submenu(&[code, "submenu"], raw);
                match section {
                    Section::Stats => self.stats = subs,
                    _ => self.settings = subs,
                }
            } else {
                self.problem(
                    &[code, "submenu"],
                    format!("only stats and settings take a submenu, not {code}; ignored"),
                );
            }
        }
        if let Some(raw) = entry.get("is_hidden") {
            match bool_from_value(raw) {
                Some(true) if section == Section::Settings => self.problem(
                    &[code, "is_hidden"],
                    "the Settings item cannot be hidden; ignored",
                ),
                Some(true) => self.hidden.push(section),
                Some(false) => {}
                None => self.problem(&[code, "is_hidden"], "is_hidden is not a boolean; ignored"),
            }
        }
    }

    /// One of the widget's own items.
    fn read_item(&mut self, code: &str, entry: &Map<String, Value>) {
        if !is_url_safe(code) {
            self.problem(
                &[code],
                "amo-emu needs item codes of letters, digits, _ and - (it puts them in the page's URL); skipped",
            );
            return;
        }
        let title = match entry.get("title").and_then(Value::as_str) {
            Some(t) if !t.trim().is_empty() => t.to_owned(),
            _ => {
                self.problem(
                    &[code, "title"],
                    "the item has no title (an i18n key); shown as its code",
                );
                code.to_owned()
            }
        };
        let icon = match entry.get("icon") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_owned()),
            Some(_) => {
                self.problem(&[code, "icon"], "icon is not a file path; no icon shown");
                None
            }
        };
        let after = self.read_sort(code, entry.get("sort"));
        let submenu = match entry.get("submenu") {
            Some(raw) => self.read_submenu(&[code, "submenu"], raw),
            None => Vec::new(),
        };
        self.items.push(Item {
            code: code.to_owned(),
            title,
            icon,
            after,
            submenu,
        });
    }

    /// An item's `sort`: `{"after": "<section>"}` is what the docs show.
    fn read_sort(&mut self, code: &str, raw: Option<&Value>) -> Option<Section> {
        let sort = match raw {
            None | Some(Value::Null) => return None,
            Some(Value::Object(sort)) => sort,
            Some(_) => {
                self.problem(
                    &[code, "sort"],
                    "an item's sort is {\"after\": \"<section>\"}; ignored, the item goes after Settings",
                );
                return None;
            }
        };
        for key in sort.keys().filter(|k| *k != "after") {
            self.problem(
                &[code, "sort", key],
                format!("only sort.after is documented, not sort.{key}; ignored"),
            );
        }
        let after = sort.get("after")?;
        match after.as_str().and_then(Section::from_code) {
            Some(section) => Some(section),
            None => {
                let valid: Vec<_> = Section::ALL.iter().map(|s| s.code()).collect();
                self.problem(
                    &[code, "sort", "after"],
                    format!(
                        "sort.after must be one of {}; ignored, the item goes after Settings",
                        valid.join(", ")
                    ),
                );
                None
            }
        }
    }

    /// A submenu object, ordered by each sub-item's `sort` (a number);
    /// sub-items without one follow, in the manifest's order (UNCONFIRMED).
    fn read_submenu(&mut self, path: &[&str], raw: &Value) -> Vec<SubItem> {
        let Some(subs) = raw.as_object() else {
            self.problem(path, "a submenu is an object of sub-items; ignored");
            return Vec::new();
        };
        let mut out: Vec<(f64, SubItem)> = Vec::new();
        for (code, sub) in subs {
            let at = |last: &str| {
                let mut p = path.to_vec();
                p.push(code);
                if !last.is_empty() {
                    p.push(last);
                }
                p.iter().map(|s| s.to_string()).collect::<Vec<_>>()
            };
            let here = |s: &mut Self, last: &str, m: &str| {
                s.problems.push(Problem {
                    path: at(last),
                    message: m.to_owned(),
                })
            };
            if !is_url_safe(code) {
                here(
                    self,
                    "",
                    "amo-emu needs sub-item codes of letters, digits, _ and -; skipped",
                );
                continue;
            }
            let Some(sub) = sub.as_object() else {
                here(self, "", "a sub-item must be an object; skipped");
                continue;
            };
            let title = match sub.get("title").and_then(Value::as_str) {
                Some(t) if !t.trim().is_empty() => t.to_owned(),
                _ => {
                    here(
                        self,
                        "title",
                        "the sub-item has no title; shown as its code",
                    );
                    code.clone()
                }
            };
            let sort = match sub.get("sort") {
                None | Some(Value::Null) => f64::INFINITY,
                Some(Value::Number(n)) => n.as_f64().unwrap_or(f64::INFINITY),
                Some(Value::String(s)) if s.trim().parse::<f64>().is_ok() => {
                    s.trim().parse().unwrap_or(f64::INFINITY)
                }
                Some(_) => {
                    here(self, "sort", "sort is not a number; ignored");
                    f64::INFINITY
                }
            };
            out.push((
                sort,
                SubItem {
                    code: code.clone(),
                    title,
                },
            ));
        }
        // A stable sort keeps the manifest's order among equal keys.
        out.sort_by(|a, b| a.0.total_cmp(&b.0));
        out.into_iter().map(|(_, s)| s).collect()
    }

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

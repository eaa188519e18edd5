//! Reading the raw `left_menu` JSON into [`LeftMenu`], part by part: a
//! part that does not read is skipped with a [`Problem`], never refused
//! (docs/left-menu-card-sdk.md §1).

use serde_json::{Map, Value};

use super::{is_url_safe, Item, LeftMenu, Problem, Section, SubItem};
use crate::widget::lenient::bool_from_value;

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
            // Undocumented, seen in real manifests (docs/real-widget-usage.md
            // §10): `icons: {light, dark}`. amoCRM's menu is dark; which of
            // the two it shows is UNCONFIRMED: amo-emu takes `dark`, then `light`.
            None | Some(Value::Null) => ["dark", "light"].iter().find_map(|k| {
                entry
                    .get("icons")?
                    .get(*k)?
                    .as_str()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| s.trim().to_owned())
            }),
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
}

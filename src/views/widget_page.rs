//! The widget's pages from its `left_menu` block
//! (docs/left-menu-card-sdk.md §1): `/widget_page/<code>/<item>[/<sub>]` for
//! its own items, `/widget_page/<code>/stats/<sub>` and
//! `/widget_page/<code>/settings/<sub>` for its sub-items of Stats and
//! Settings. Each page has the submenu it belongs to on the left, and
//! `#work-area-<code>` for `initMenuPage` to draw in; or it says why it does
//! not exist. Reads a widget snapshot; never the store or the request.

use askama::Template;
use serde::Serialize;

use super::left_menu::widget_page_href;
use super::settings::SettingsMenu;
use super::Chrome;
use crate::widget::left_menu::{LeftMenu, Section, SubItem};
use crate::widget::Widget;

/// What `initMenuPage` receives: `{location, item_code, subitem_code}`,
/// `item_code` only for the widget's own items (the docs' example).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MenuPageParams {
    pub location: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subitem_code: Option<String>,
}

/// Which page a URL names, once checked against the widget's block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One of the widget's own items, and maybe one of its sub-items.
    Item { item: String, sub: Option<String> },
    /// A sub-item of Stats or Settings.
    Section { section: Section, sub: String },
}

impl Target {
    /// What `item` / `sub` of a URL name in `menu`, or why they name nothing.
    pub fn find(menu: &LeftMenu, item: &str, sub: Option<&str>) -> Result<Target, String> {
        if let Some(section) = Section::from_code(item) {
            let subs = menu.section_submenu(section);
            let Some(sub) = sub else {
                return Err(format!(
                    "{item} is a system section; its sub-items have pages"
                ));
            };
            return match subs.iter().find(|s| s.code == sub) {
                Some(s) => Ok(Target::Section {
                    section,
                    sub: s.code.clone(),
                }),
                None => Err(format!(
                    "the left_menu block adds no sub-item {sub:?} to {item}"
                )),
            };
        }
        let Some(it) = menu.item(item) else {
            return Err(format!("the left_menu block has no item {item:?}"));
        };
        match sub {
            None => Ok(Target::Item {
                item: it.code.clone(),
                sub: None,
            }),
            Some(sub) if it.submenu.iter().any(|s| s.code == sub) => Ok(Target::Item {
                item: it.code.clone(),
                sub: Some(sub.to_owned()),
            }),
            Some(sub) => Err(format!("the item {item:?} has no sub-item {sub:?}")),
        }
    }

    pub fn params(&self) -> MenuPageParams {
        match self {
            Target::Item { item, sub } => MenuPageParams {
                location: "widget_page",
                item_code: Some(item.clone()),
                subitem_code: sub.clone(),
            },
            Target::Section { section, sub } => MenuPageParams {
                location: section.code(),
                item_code: None,
                subitem_code: Some(sub.clone()),
            },
        }
    }
}

/// The column left of the page: the submenu it belongs to.
pub enum Aside {
    None,
    /// The Settings sub-menu (a Settings sub-item's page).
    Settings(SettingsMenu),
    /// An item's submenu, or the widget's Stats sub-items.
    Submenu(Submenu),
}

pub struct Submenu {
    pub code: String,
    pub head: String,
    pub entries: Vec<SubmenuEntry>,
}

pub struct SubmenuEntry {
    pub code: String,
    pub title: String,
    pub href: String,
    pub selected: bool,
}

impl Submenu {
    /// The submenu of `item` (an own item's code or `stats`) with `current` selected.
    pub fn new(
        widget: &Widget,
        head: String,
        item: &str,
        subs: &[SubItem],
        current: Option<&str>,
        locale: &str,
    ) -> Submenu {
        let code = widget.code.as_str();
        Submenu {
            code: code.to_owned(),
            head,
            entries: subs
                .iter()
                .map(|s| SubmenuEntry {
                    code: s.code.clone(),
                    title: widget.text(&s.title, locale),
                    href: widget_page_href(code, item, Some(&s.code)),
                    selected: current == Some(s.code.as_str()),
                })
                .collect(),
        }
    }
}

/// A page of the widget's left-menu block, or why there is none.
#[derive(Template)]
#[template(path = "pages/widget_page.html")]
pub struct WidgetMenuPage {
    pub chrome: Chrome,
    pub aside: Aside,
    pub code: String,
    pub availability: Availability,
}

pub enum Availability {
    /// The page exists; the JSON is what `initMenuPage` receives.
    Ready {
        params_json: String,
    },
    NotInstalled {
        widget_name: String,
    },
    Missing {
        widget_name: String,
        why: String,
    },
    UnknownWidget {
        served: String,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn urls_name_items_sub_items_and_section_sub_items() {
        let menu = LeftMenu::read(Some(&json!({
            "main": {"title": "t", "submenu": {"list": {"title": "l"}}},
            "stats": {"submenu": {"report": {"title": "r"}}}
        })));
        let item = Target::find(&menu, "main", Some("list")).unwrap();
        assert_eq!(
            serde_json::to_value(item.params()).unwrap(),
            json!({"location": "widget_page", "item_code": "main", "subitem_code": "list"})
        );
        let stats = Target::find(&menu, "stats", Some("report")).unwrap();
        assert_eq!(
            serde_json::to_value(stats.params()).unwrap(),
            json!({"location": "stats", "subitem_code": "report"})
        );
        assert!(Target::find(&menu, "main", None).is_ok());
        for (item, sub) in [
            ("main", Some("x")),
            ("nope", None),
            ("stats", None),
            ("settings", Some("a")),
        ] {
            assert!(Target::find(&menu, item, sub).is_err(), "{item} {sub:?}");
        }
    }
}

//! The left navigation every page shares (`#left_menu`): amo-emu's sections,
//! then, once the widget is installed, what its `left_menu` block asks for
//! (docs/left-menu-card-sdk.md §1): its own items placed by `sort.after`
//! (default: the end, after Settings), each with its title and icon and
//! marked `data-left-menu-widget="<code>"`, a live Stats item when it adds
//! sub-items there, and without the sections it hides.

use crate::widget::left_menu::{LeftMenu, Section};
use crate::widget::Widget;

/// One entry of the left menu.
pub struct NavEntry {
    /// `data-menu`, and what `Chrome.active` selects.
    pub key: String,
    pub title: String,
    /// A character drawn as the icon, unless `image` is set.
    pub glyph: &'static str,
    /// The widget's own icon (a URL under its files).
    pub image: Option<String>,
    /// None: shown but not emulated (drawn disabled).
    pub href: Option<String>,
    pub tooltip: Option<String>,
    /// Moves through the CRM pages' SPA navigation (`js-navigate`).
    pub spa: bool,
    pub selected: bool,
    /// The widget's own item: its code and the item's.
    pub widget: Option<(String, String)>,
    /// The amoCRM section this entry stands for (placing and hiding).
    section: Option<Section>,
}

const NOT_EMULATED: &str = "Not emulated by amo-emu";

fn standard(
    key: &str,
    title: &str,
    glyph: &'static str,
    href: Option<&str>,
    spa: bool,
    section: Option<Section>,
) -> NavEntry {
    NavEntry {
        key: key.to_owned(),
        title: title.to_owned(),
        glyph,
        image: None,
        href: href.map(str::to_owned),
        tooltip: href.is_none().then(|| NOT_EMULATED.to_owned()),
        spa,
        selected: false,
        widget: None,
        section,
    }
}

/// amo-emu's own sections, in its order. Contacts stand for amoCRM's
/// "Lists" (`catalogs`), where amoCRM keeps contacts and companies;
/// Pipeline is amo-emu's shortcut to Leads → Digital Pipeline.
fn standard_entries() -> Vec<NavEntry> {
    let mut pipeline = standard(
        "pipeline",
        "Pipeline",
        "⇶",
        Some("/settings/pipeline/leads/"),
        false,
        None,
    );
    pipeline.tooltip = Some("Leads → Digital Pipeline".to_owned());
    vec![
        standard(
            "dashboard",
            "Dashboard",
            "▦",
            None,
            false,
            Some(Section::Dashboard),
        ),
        standard(
            "leads",
            "Leads",
            "$",
            Some("/leads/list/"),
            true,
            Some(Section::Leads),
        ),
        standard(
            "contacts",
            "Contacts",
            "☺",
            Some("/contacts/list/"),
            true,
            Some(Section::Catalogs),
        ),
        standard(
            "todo",
            "Tasks",
            "✓",
            Some("/todo/list/"),
            true,
            Some(Section::Tasks),
        ),
        pipeline,
        standard("stats", "Stats", "◔", None, false, Some(Section::Stats)),
        standard(
            "settings",
            "Settings",
            "⚙",
            Some("/settings/"),
            false,
            Some(Section::Settings),
        ),
    ]
}

/// The URL of the widget's page for `item` (an own item's code, or `stats`
/// / `settings`) and sub-item. amoCRM's pages are `/widget_page/<code>/<item>/<sub>`
/// (seen in real widgets; docs/left-menu-card-sdk.md §1).
pub fn widget_page_href(code: &str, item: &str, sub: Option<&str>) -> String {
    match sub {
        Some(sub) => format!("/widget_page/{code}/{item}/{sub}"),
        None => format!("/widget_page/{code}/{item}"),
    }
}

/// Where an own item's link goes: its first sub-item when it has a
/// submenu (UNCONFIRMED: amoCRM may open the item's page with none
/// selected), else the item's page.
pub fn item_link(code: &str, menu: &LeftMenu, item: &str) -> Option<String> {
    let it = menu.item(item)?;
    Some(widget_page_href(
        code,
        item,
        it.submenu.first().map(|s| s.code.as_str()),
    ))
}

/// The index after which an item with `after` goes: the entry for that
/// section, else the nearest section before it that amo-emu shows; None
/// puts it first.
fn anchor(entries: &[NavEntry], after: Section) -> Option<usize> {
    let rank = |s: Section| Section::ALL.iter().position(|x| *x == s);
    let wanted = rank(after)?;
    (0..=wanted).rev().find_map(|r| {
        entries
            .iter()
            .rposition(|e| e.section.is_some_and(|s| rank(s) == Some(r)) && e.widget.is_none())
    })
}

/// The left menu for `active`, with what `widget` adds when it is
/// installed (`menu` is its read `left_menu` block).
pub fn nav(active: &str, widget: Option<(&Widget, &LeftMenu)>, locale: &str) -> Vec<NavEntry> {
    let mut entries = standard_entries();
    if let Some((widget, menu)) = widget {
        let code = widget.code.as_str();
        entries.retain(|e| !e.section.is_some_and(|s| menu.hidden.contains(&s)));
        if let (Some(first), Some(stats)) = (
            menu.stats.first(),
            entries.iter_mut().find(|e| e.key == "stats"),
        ) {
            stats.href = Some(widget_page_href(code, "stats", Some(&first.code)));
            stats.tooltip = None;
        }
        let base = widget.code.base_path();
        for item in &menu.items {
            let entry = NavEntry {
                key: format!("widget:{code}:{}", item.code),
                title: widget.text(&item.title, locale),
                glyph: "◆",
                image: item
                    .icon
                    .as_ref()
                    .map(|i| format!("{base}/{}", i.trim_start_matches('/'))),
                href: item_link(code, menu, &item.code),
                tooltip: None,
                spa: false,
                selected: false,
                widget: Some((code.to_owned(), item.code.clone())),
                section: item.after,
            };
            let at = match item.after {
                Some(after) => anchor(&entries, after).map_or(0, |i| i + 1),
                None => entries.len(),
            };
            // Items anchored at the same place keep the manifest's order.
            let at = (at..entries.len())
                .find(|&i| !(entries[i].widget.is_some() && entries[i].section == item.after))
                .unwrap_or(entries.len());
            entries.insert(at, entry);
        }
    }
    for e in &mut entries {
        e.selected = e.key == active;
    }
    entries
}

/// Marks the widget's item `item` as the page shown.
pub fn select_widget_item(entries: &mut [NavEntry], item: &str) {
    for e in entries {
        e.selected = e.widget.as_ref().is_some_and(|(_, i)| i == item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::path::Path;

    fn widget(left_menu: serde_json::Value) -> (tempfile::TempDir, Widget, LeftMenu) {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("w");
        std::fs::create_dir_all(dir.join("i18n")).unwrap();
        let manifest = json!({"widget": {"name": "widget.name", "locale": ["en"]},
            "locations": ["widget_page"], "left_menu": left_menu});
        std::fs::write(dir.join("manifest.json"), manifest.to_string()).unwrap();
        std::fs::write(
            dir.join("i18n/en.json"),
            r#"{"widget": {"name": "W"}, "menu": {"a": "Alpha", "b": "Beta"}}"#,
        )
        .unwrap();
        let w = Widget::load(Path::new(&dir), None).unwrap();
        let m = LeftMenu::read(w.manifest.left_menu.as_ref());
        (d, w, m)
    }

    fn keys(entries: &[NavEntry]) -> Vec<&str> {
        entries.iter().map(|e| e.key.as_str()).collect()
    }

    #[test]
    fn items_go_after_their_section_or_at_the_end() {
        let (_d, w, m) = widget(json!({
            "a": {"title": "menu.a", "icon": "images/a.svg", "sort": {"after": "leads"},
                  "submenu": {"s2": {"title": "menu.b", "sort": 2}, "s1": {"title": "menu.a", "sort": 1}}},
            "b": {"title": "menu.b", "sort": {"after": "mail"}},
            "c": {"title": "c"},
            "dashboard": {"is_hidden": true},
            "stats": {"submenu": {"report": {"title": "menu.b"}}}
        }));
        let entries = nav("widget_page", Some((&w, &m)), "en");
        assert_eq!(
            keys(&entries),
            // `mail` is not shown: `b` follows the section before it, Lists (Contacts).
            [
                "leads",
                "widget:w:a",
                "contacts",
                "widget:w:b",
                "todo",
                "pipeline",
                "stats",
                "settings",
                "widget:w:c"
            ]
        );
        let a = &entries[1];
        assert_eq!(a.title, "Alpha");
        assert_eq!(a.href.as_deref(), Some("/widget_page/w/a/s1"));
        assert_eq!(a.image.as_deref(), Some("/upl/w/widget/images/a.svg"));
        let stats = entries.iter().find(|e| e.key == "stats").unwrap();
        assert_eq!(stats.href.as_deref(), Some("/widget_page/w/stats/report"));
        assert_eq!(entries[8].href.as_deref(), Some("/widget_page/w/c"));
    }

    #[test]
    fn without_the_widget_the_menu_is_amo_emus_own() {
        let entries = nav("leads", None, "en");
        assert_eq!(
            keys(&entries),
            [
                "dashboard",
                "leads",
                "contacts",
                "todo",
                "pipeline",
                "stats",
                "settings"
            ]
        );
        assert!(entries[1].selected && entries[0].href.is_none());
    }
}

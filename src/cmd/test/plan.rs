//! The cases `amo-emu test` runs: one per place the widget's manifest puts
//! it that amo-emu emulates, in the order a person meets them (install in
//! the marketplace first, so the widget runs everywhere after).

use crate::widget::{Area, Manifest};

/// One location to check, and the page that shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Case {
    /// The marketplace's settings modal, installing the widget.
    Settings,
    /// The widget's own page under Settings.
    AdvancedSettings,
    /// A Digital Pipeline action form under the first stage.
    DigitalPipeline,
    /// The lead-sources column: the widget's first source, clicked.
    LeadSources,
    /// The Salesbot designer: a step of the widget's first handler, saved.
    SalesbotDesigner,
    /// The widget's own left-menu page (`widget_page`), from its menu item.
    WidgetPage,
    /// A card: its location name and the page of its first record.
    Card {
        location: &'static str,
        path: &'static str,
    },
    /// A list: its location name and page.
    List {
        location: &'static str,
        path: &'static str,
    },
}

impl Case {
    /// The case's name: the location (`lcard`, `settings`, …).
    pub fn name(&self) -> &str {
        match self {
            Case::Settings => "settings",
            Case::AdvancedSettings => "advanced_settings",
            Case::DigitalPipeline => "digital_pipeline",
            Case::LeadSources => "lead_sources",
            Case::SalesbotDesigner => "salesbot_designer",
            Case::WidgetPage => "widget_page",
            Case::Card { location, .. } | Case::List { location, .. } => location,
        }
    }
}

const CARDS: &[(Area, &str, &str)] = &[
    (Area::Lcard, "lcard", "/leads/detail/"),
    (Area::Ccard, "ccard", "/contacts/detail/"),
    (Area::Comcard, "comcard", "/companies/detail/"),
];
const LISTS: &[(Area, &str, &str)] = &[
    (Area::Llist, "llist", "/leads/list/"),
    (Area::Clist, "clist", "/contacts/list/"),
    (Area::Tlist, "tlist", "/todo/list/"),
];

/// The cases for `manifest`; `only` keeps the one of that name.
pub fn cases(manifest: &Manifest, only: Option<&str>) -> Vec<Case> {
    let has = |area: &Area| manifest.has_location(area.clone()) || everywhere(manifest, area);
    let mut out = Vec::new();
    // The modal is where every widget is installed, declared or not.
    out.push(Case::Settings);
    if has(&Area::AdvancedSettings) {
        out.push(Case::AdvancedSettings);
    }
    if has(&Area::DigitalPipeline) && manifest.dp.is_some() {
        out.push(Case::DigitalPipeline);
    }
    if has(&Area::LeadSources) {
        out.push(Case::LeadSources);
    }
    if has(&Area::SalesbotDesigner) {
        out.push(Case::SalesbotDesigner);
    }
    if has(&Area::WidgetPage) || manifest_has_left_menu(manifest) {
        out.push(Case::WidgetPage);
    }
    for (area, location, path) in CARDS {
        if has(area) {
            out.push(Case::Card { location, path });
        }
    }
    for (area, location, path) in LISTS {
        if has(area) {
            out.push(Case::List { location, path });
        }
    }
    match only {
        Some(name) => out.into_iter().filter(|c| c.name() == name).collect(),
        None => out,
    }
}

/// A `left_menu` block serves the widget's pages even without the location.
fn manifest_has_left_menu(manifest: &Manifest) -> bool {
    manifest.left_menu.is_some()
}

/// `everywhere` puts a widget on the card and list pages too.
fn everywhere(manifest: &Manifest, area: &Area) -> bool {
    manifest.has_location(Area::Everywhere)
        && crate::widget::placement::EVERYWHERE_AREAS.contains(area)
}

//! Rules on the left-menu section and the card SDK tab
//! (docs/left-menu-card-sdk.md): a `left_menu` block that is partly
//! unreadable, or that does not match the `widget_page` location (W017),
//! and a `card_sdk` location without a card location to show the tab in
//! (W018). Warnings only: amo-emu reads what it can and runs the rest.

use super::{codes, Input};
use crate::widget::diagnostic::Diagnostic;
use crate::widget::json_pos;
use crate::widget::left_menu::LeftMenu;
use crate::widget::manifest::Area;
use crate::widget::placement::CARD_SDK_AREAS;

pub(super) fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let path = input.manifest_path();
    let at = |json_path: &[&str]| json_pos::locate(input.source, json_path);
    let m = input.manifest;
    let menu = LeftMenu::read(m.left_menu.as_ref());
    for problem in &menu.problems {
        let mut segs = vec!["left_menu"];
        segs.extend(problem.path.iter().map(String::as_str));
        out.push(
            Diagnostic::warning(&path, format!("left_menu: {}", problem.message))
                .code(codes::LEFT_MENU)
                .at(at(&segs).or_else(|| at(&["left_menu"])))
                .json_path(segs.join(".")),
        );
    }
    let adds_pages = !menu.items.is_empty() || !menu.stats.is_empty() || !menu.settings.is_empty();
    if adds_pages && !m.has_location(Area::WidgetPage) {
        out.push(
            Diagnostic::warning(&path, "a left_menu block without the widget_page location")
                .code(codes::LEFT_MENU)
                .at(at(&["left_menu"]))
                .json_path("locations")
                .hint("amoCRM documents widget_page as required for the widget's menu items; amo-emu shows them anyway"),
        );
    }
    if m.has_location(Area::WidgetPage) && m.left_menu.is_none() {
        out.push(
            Diagnostic::warning(&path, "the widget_page location without a left_menu block: no menu item, no page")
                .code(codes::LEFT_MENU)
                .at(at(&["locations"]))
                .json_path("left_menu")
                .hint("add \"left_menu\": {\"<item_code>\": {\"title\": \"<i18n key>\", \"icon\": \"images/<file>.svg\"}}"),
        );
    }
    if m.has_location(Area::CardSdk) && !CARD_SDK_AREAS.iter().any(|a| m.has_location(a.clone())) {
        out.push(
            Diagnostic::warning(
                &path,
                "the card_sdk location without lcard, ccard or comcard: no card shows the tab",
            )
            .code(codes::CARD_SDK_WITHOUT_CARD)
            .at(at(&["locations"]))
            .json_path("locations")
            .hint("the docs list \"lcard-0\", \"ccard-0\", \"comcard-0\" next to \"card_sdk\""),
        );
    }
}

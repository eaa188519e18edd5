//! The frame every server-rendered page shares: the left menu and header
//! ([`Chrome`]) with the boot JSON the runtime starts from, and the error
//! page that replaces any page while the widget folder does not load (with
//! the same diagnostics the terminal shows). Imports no route.

use actix_web::HttpResponse;
use askama::Template;

use crate::server::boot::{Boot, WidgetBoot};
use crate::server::embedded;
use crate::server::http::html;
use crate::server::state::AppState;
use crate::views::{left_menu, script_json, Chrome, ErrorPage};
use crate::widget::left_menu::LeftMenu;
use crate::widget::{DiagnosticView, LoadFailure, Widget};

/// The chrome of a page with no widget warnings to show.
pub fn chrome(
    state: &AppState,
    active: &'static str,
    title: &str,
    boot: &Boot,
    entry: Option<&'static str>,
) -> Chrome {
    Chrome {
        active,
        account_name: state.account.name.clone(),
        user_name: state.account.current_user().name.clone(),
        title: title.to_owned(),
        boot_json: script_json(boot),
        entry,
        assets: embedded::asset_base(),
        preload_modules: entry.map_or_else(Vec::new, |entry| {
            embedded::page_modules(entry, state.config.inspector)
        }),
        inspector: state.config.inspector,
        warnings: Vec::new(),
        nav: left_menu::nav(active, None, &state.config.locale),
    }
}

/// What a page about the loaded widget puts in its frame.
pub struct Frame<'a> {
    /// The left-menu item highlighted.
    pub active: &'static str,
    pub title: &'a str,
    /// `Boot.page`: which runtime page controller starts.
    pub boot_page: &'static str,
    /// The runtime entry module, when the page runs widget code.
    pub entry: Option<&'static str>,
    /// The widget's boot data, when the page runs widget code.
    pub widget: Option<WidgetBoot>,
}

/// The chrome of a page about `widget`: the frame, with the widget's
/// warnings shown above the content (as the terminal shows them).
pub fn widget_chrome(state: &AppState, widget: &Widget, frame: Frame) -> Chrome {
    let boot = Boot::new(
        frame.boot_page,
        &state.config.locale,
        &state.account,
        frame.widget,
    );
    let mut chrome = chrome(state, frame.active, frame.title, &boot, frame.entry);
    chrome.warnings = widget.diagnostics.iter().map(ToString::to_string).collect();
    // An installed widget's `left_menu` block adds to the menu.
    if state.store.widget(widget.code.as_str()).installed {
        let menu = LeftMenu::read(widget.manifest.left_menu.as_ref());
        chrome.nav = left_menu::nav(frame.active, Some((widget, &menu)), &state.config.locale);
    }
    chrome
}

/// The page shown instead of any page while the folder does not load.
pub fn error_page(state: &AppState, active: &'static str, failure: &LoadFailure) -> HttpResponse {
    let boot = Boot::new("error", &state.config.locale, &state.account, None);
    let page = ErrorPage {
        chrome: chrome(state, active, "Widget error", &boot, None),
        heading: format!(
            "The widget in {} cannot be loaded",
            state.config.dir.display()
        ),
        diagnostics: failure
            .diagnostics
            .iter()
            .map(DiagnosticView::from)
            .collect(),
    };
    html(page.render())
}

/// Renders `page` with the loaded widget, or the error page when the
/// folder does not load.
pub fn with_widget(
    state: &AppState,
    active: &'static str,
    page: impl FnOnce(&Widget) -> HttpResponse,
) -> HttpResponse {
    let loaded = state.widget();
    match &loaded.result {
        Ok(widget) => page(widget),
        Err(failure) => error_page(state, active, failure),
    }
}

//! The widget's left-menu pages (docs/left-menu-card-sdk.md §1):
//! `/widget_page/<code>/<item>` and `/widget_page/<code>/<item>/<sub>` for
//! its own items, `/widget_page/<code>/stats/<sub>` and `…/settings/<sub>`
//! for its sub-items of Stats and Settings. A server-rendered page whose
//! runtime entry (`pages/widget-page.js`) runs the widget and calls
//! `initMenuPage({location, item_code, subitem_code})`; when the page
//! cannot exist (not installed, no such item) it explains why, answers 404
//! and runs no widget code.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde::Deserialize;

use crate::server::boot::WidgetBoot;
use crate::server::http::html;
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::server::terminal::print_once;
use crate::views::left_menu::select_widget_item;
use crate::views::script_json;
use crate::views::settings::{Current, SettingsMenu};
use crate::views::widget_page::{Aside, Availability, Submenu, Target, WidgetMenuPage};
use crate::widget::left_menu::{LeftMenu, Section};
use crate::widget::{Area, Widget};

/// The runtime entry of a left-menu page.
const ENTRY: &str = "pages/widget-page.js";
/// `Boot.page` of a left-menu page.
const BOOT_PAGE: &str = "widget-page";

#[derive(Deserialize)]
struct PagePath {
    code: String,
    item: String,
    sub: Option<String>,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    for path in [
        "/widget_page/{code}/{item}",
        "/widget_page/{code}/{item}/",
        "/widget_page/{code}/{item}/{sub}",
        "/widget_page/{code}/{item}/{sub}/",
    ] {
        cfg.route(path, web::get().to(menu_page));
    }
}

/// The left-menu item highlighted for `target`.
fn active(target: Option<&Target>) -> &'static str {
    match target {
        Some(Target::Section {
            section: Section::Stats,
            ..
        }) => "stats",
        Some(Target::Section { .. }) => "settings",
        _ => "widget_page",
    }
}

async fn menu_page(path: web::Path<PagePath>, state: web::Data<AppState>) -> HttpResponse {
    let PagePath { code, item, sub } = path.into_inner();
    with_widget(&state, "widget_page", |widget| {
        let locale = &state.config.locale;
        let saved = state.store.widget(widget.code.as_str());
        let menu = LeftMenu::read(widget.manifest.left_menu.as_ref());
        let widget_name = widget.name(locale);
        let found = Target::find(&menu, &item, sub.as_deref());
        let availability = if code != widget.code.as_str() {
            Availability::UnknownWidget {
                served: widget.code.as_str().to_owned(),
            }
        } else if !saved.installed {
            Availability::NotInstalled { widget_name }
        } else {
            match &found {
                Ok(target) => {
                    warn_without_location(&state, widget);
                    Availability::Ready {
                        params_json: script_json(&target.params()),
                    }
                }
                Err(why) => Availability::Missing {
                    widget_name,
                    why: why.clone(),
                },
            }
        };
        let ready = matches!(availability, Availability::Ready { .. });
        let target = found.as_ref().ok().filter(|_| ready);
        let title = page_title(widget, &menu, target, locale);
        let mut chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: active(target),
                title: &title,
                boot_page: BOOT_PAGE,
                entry: ready.then_some(ENTRY),
                widget: ready.then(|| WidgetBoot::new(widget, &saved, locale)),
            },
        );
        if let Some(Target::Item { item, .. }) = target {
            select_widget_item(&mut chrome.nav, item);
        }
        let aside = aside(widget, &menu, target, saved.installed, locale);
        let page = WidgetMenuPage {
            chrome,
            aside,
            code: code.clone(),
            availability,
        };
        let mut response = html(page.render());
        if !ready && response.status().is_success() {
            *response.status_mut() = StatusCode::NOT_FOUND;
        }
        response
    })
}

/// amoCRM documents `widget_page` as required for a left-menu section;
/// amo-emu serves the pages anyway (never stricter) and says so once.
fn warn_without_location(state: &AppState, widget: &Widget) {
    if !widget.manifest.has_location(Area::WidgetPage) {
        print_once(
            state,
            "left-menu-without-widget-page",
            "left_menu: manifest.json lacks the widget_page location, which amoCRM documents as required; amo-emu shows the pages anyway",
        );
    }
}

/// The page's title: the sub-item's, else the item's.
fn page_title(widget: &Widget, menu: &LeftMenu, target: Option<&Target>, locale: &str) -> String {
    let text = |key: &str| widget.text(key, locale);
    match target {
        Some(Target::Item { item, sub }) => {
            let Some(it) = menu.item(item) else {
                return widget.name(locale);
            };
            match sub
                .as_ref()
                .and_then(|s| it.submenu.iter().find(|x| &x.code == s))
            {
                Some(s) => format!("{} · {}", text(&it.title), text(&s.title)),
                None => text(&it.title),
            }
        }
        Some(Target::Section { section, sub }) => menu
            .section_submenu(*section)
            .iter()
            .find(|s| &s.code == sub)
            .map_or_else(|| widget.name(locale), |s| text(&s.title)),
        None => widget.name(locale),
    }
}

/// The submenu shown left of the page.
fn aside(
    widget: &Widget,
    menu: &LeftMenu,
    target: Option<&Target>,
    installed: bool,
    locale: &str,
) -> Aside {
    match target {
        Some(Target::Item { item, sub }) => match menu.item(item) {
            Some(it) if !it.submenu.is_empty() => Aside::Submenu(Submenu::new(
                widget,
                widget.text(&it.title, locale),
                item,
                &it.submenu,
                sub.as_deref(),
                locale,
            )),
            _ => Aside::None,
        },
        Some(Target::Section {
            section: Section::Settings,
            sub,
        }) => Aside::Settings(SettingsMenu::new(
            widget,
            installed,
            locale,
            Current::SubItem(sub),
        )),
        Some(Target::Section { section, sub }) => Aside::Submenu(Submenu::new(
            widget,
            "Stats".to_owned(),
            section.code(),
            menu.section_submenu(*section),
            Some(sub),
            locale,
        )),
        None => Aside::None,
    }
}

//! The Settings section: `/settings/` with its sub-menu, and each widget's
//! own page `/settings/widgets/<code>/` (docs/platform.md §9). The own page is an
//! ordinary server-rendered page whose runtime entry
//! (`pages/advanced-settings.js`) runs the widget; when the page cannot
//! exist (not installed, no `advanced_settings`, another code) it explains
//! why instead, and runs no widget code.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::server::boot::WidgetBoot;
use crate::server::http::{html, redirect};
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::views::settings::{
    advanced_href, advanced_title, has_advanced_page, AdvancedSettingsPage, Availability, Current,
    SettingsMenu, SettingsPage, WidgetPageStatus,
};
use crate::widget::WidgetCode;

/// The runtime entry of a widget's own page.
const ADVANCED_ENTRY: &str = "pages/advanced-settings.js";
/// `Boot.page` of a widget's own page.
const ADVANCED_BOOT_PAGE: &str = "advanced-settings";
/// The left-menu item both pages highlight.
const ACTIVE: &str = "settings";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/settings",
        web::get().to(|| async { redirect("/settings/") }),
    )
    .route("/settings/", web::get().to(settings))
    .route(
        "/settings/widgets/{code}",
        web::get().to(|code: web::Path<String>| async move {
            // Only a well-formed code goes into the Location header.
            match WidgetCode::parse(&code) {
                Ok(code) => redirect(&advanced_href(code.as_str())),
                Err(_) => HttpResponse::NotFound().body("no such page\n"),
            }
        }),
    )
    .route("/settings/widgets/{code}/", web::get().to(advanced_page));
}

async fn settings(state: web::Data<AppState>) -> HttpResponse {
    with_widget(&state, ACTIVE, |widget| {
        let locale = &state.config.locale;
        let installed = state.store.widget(widget.code.as_str()).installed;
        let chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: ACTIVE,
                title: "Settings",
                boot_page: "settings",
                entry: None,
                widget: None,
            },
        );
        let widget_page = match (has_advanced_page(widget), installed) {
            (false, _) => WidgetPageStatus::NotDeclared,
            (true, false) => WidgetPageStatus::NotInstalled,
            (true, true) => WidgetPageStatus::Listed {
                href: advanced_href(widget.code.as_str()),
                title: advanced_title(widget, locale).text,
            },
        };
        html(
            SettingsPage {
                chrome,
                menu: SettingsMenu::new(widget, installed, locale, Current::Overview),
                widget_name: widget.name(locale),
                widget_page,
            }
            .render(),
        )
    })
}

async fn advanced_page(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    let requested = path.into_inner();
    with_widget(&state, ACTIVE, |widget| {
        let locale = &state.config.locale;
        let code = widget.code.as_str();
        let saved = state.store.widget(code);
        let widget_name = widget.name(locale);
        let availability = if requested != code {
            Availability::UnknownWidget {
                served: code.to_owned(),
            }
        } else if !has_advanced_page(widget) {
            Availability::NotDeclared { widget_name }
        } else if !saved.installed {
            Availability::NotInstalled { widget_name }
        } else {
            Availability::Ready
        };
        let ready = matches!(availability, Availability::Ready);
        let title = if ready {
            advanced_title(widget, locale).text
        } else {
            "Settings".to_owned()
        };
        let chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: ACTIVE,
                title: &title,
                boot_page: ADVANCED_BOOT_PAGE,
                entry: ready.then_some(ADVANCED_ENTRY),
                widget: ready.then(|| WidgetBoot::new(widget, &saved, locale)),
            },
        );
        let page = AdvancedSettingsPage {
            chrome,
            menu: SettingsMenu::new(widget, saved.installed, locale, Current::Widget(code)),
            code: requested.clone(),
            availability,
        };
        let mut response = html(page.render());
        if !ready && response.status().is_success() {
            // amoCRM has no such page in this account.
            *response.status_mut() = StatusCode::NOT_FOUND;
        }
        response
    })
}

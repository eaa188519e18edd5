//! The Integrations page (the marketplace, with the redirects to it) and the
//! settings modal's content. Each page is an askama view plus the boot JSON
//! its runtime controller needs; a widget that does not load turns it into
//! the error page (`server::page`).

use actix_web::{web, HttpResponse};
use askama::Template;

use crate::server::boot::WidgetBoot;
use crate::server::http::{html, redirect};
use crate::server::page::{error_page, widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::views::settings::{Current, Section, SettingsMenu};
use crate::views::{MarketplacePage, SettingsModal, Tile};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/",
        web::get().to(|| async { redirect("/settings/widgets/") }),
    )
    .route(
        "/settings/widgets",
        web::get().to(|| async { redirect("/settings/widgets/") }),
    )
    .route("/settings/widgets/", web::get().to(marketplace))
    .route("/amo-emu/modal/{code}", web::get().to(settings_modal));
}

async fn marketplace(state: web::Data<AppState>) -> HttpResponse {
    with_widget(&state, "settings", |widget| {
        let locale = &state.config.locale;
        let saved = state.store.widget(widget.code.as_str());
        let chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: "settings",
                title: "Integrations",
                boot_page: "marketplace",
                entry: Some("pages/marketplace.js"),
                widget: Some(WidgetBoot::new(widget, &saved, locale)),
            },
        );
        let tile = Tile {
            code: widget.code.to_string(),
            name: widget.name(locale),
            short_description: widget.text(&widget.manifest.widget.short_description, locale),
            logo: widget.logo_url("logo_small"),
            installed: saved.installed,
        };
        html(
            MarketplacePage {
                chrome,
                menu: SettingsMenu::new(
                    widget,
                    saved.installed,
                    locale,
                    Current::Section(Section::Integrations),
                ),
                tiles: vec![tile],
            }
            .render(),
        )
    })
}

/// The inside of the settings modal, with the saved values filled in.
async fn settings_modal(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    let loaded = state.widget();
    let widget = match &loaded.result {
        Ok(w) if w.code.as_str() == path.as_str() => w,
        Ok(_) => return HttpResponse::NotFound().body("no such widget\n"),
        Err(failure) => return error_page(&state, "settings", failure),
    };
    let saved = state.store.widget(widget.code.as_str());
    let mut view = SettingsModal::new(widget, &saved, &state.account, &state.config.locale);
    view.redirect_uri = state.config.integration.identity.redirect_uri.clone();
    html(view.render())
}

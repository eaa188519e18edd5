//! The CRM's list and card pages (issue #12): `/leads/list/`,
//! `/contacts/list/`, `/companies/list/`, `/todo/list/`,
//! `/leads/detail/<id>`, `/contacts/detail/<id>`, `/companies/detail/<id>`
//! (`/leads/detail/0`: the new-lead form), and the leads pipeline (kanban)
//! `/leads/pipeline/<id>/`. Each page shows the emulated
//! account's records and runs the installed widget when its `locations`
//! (or `everywhere`/`init_once`, see `widget::placement`) put it there;
//! its runtime entry is `pages/crm.js`, which also navigates between these
//! pages without a reload, as amoCRM's SPA does.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;

use crate::account::entities::EntityKind;
use crate::server::boot::WidgetBoot;
use crate::server::http::{html, redirect};
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::server::terminal::print_once;
use crate::views::crm::card_sdk::{CardSdkBoot, SdkTab};
use crate::views::crm::pipeline::PipelinePage;
use crate::views::crm::{
    self, CardPage, CrmBoot, CrmParts, ListPage, PlacementBoot, Screen, ScreenKind,
};
use crate::views::{script_json, Chrome};
use crate::widget::placement::{card_sdk_tab, placement};
use crate::widget::Widget;

/// The runtime entry of every CRM page.
const ENTRY: &str = "pages/crm.js";
/// `Boot.page` of every CRM page.
const BOOT_PAGE: &str = "crm";

pub fn configure(cfg: &mut web::ServiceConfig) {
    for (path, screen) in [
        ("/leads/list/", crm::LEADS_LIST),
        ("/contacts/list/", crm::CONTACTS_LIST),
        ("/contacts/list/contacts/", crm::CONTACTS_LIST),
        ("/companies/list/", crm::COMPANIES_LIST),
        ("/contacts/list/companies/", crm::COMPANIES_LIST),
        ("/todo/list/", crm::TASKS_LIST),
    ] {
        let bare = path.trim_end_matches('/').to_owned();
        cfg.route(
            path,
            web::get().to(move |state: web::Data<AppState>| {
                let screen = screen.clone();
                async move { list(&state, screen) }
            }),
        )
        .route(&bare, web::get().to(move || async move { redirect(path) }));
    }
    cfg.route(
        "/leads/pipeline/",
        web::get().to(|state: web::Data<AppState>| async move { pipeline(&state, None) }),
    )
    .route(
        "/leads/pipeline/{id}/",
        web::get().to(
            |id: web::Path<String>, state: web::Data<AppState>| async move {
                pipeline(&state, Some(&id))
            },
        ),
    )
    .route(
        "/leads/pipeline/{id}",
        web::get().to(|id: web::Path<String>| async move {
            match id.parse::<u64>() {
                Ok(id) => redirect(&format!("/leads/pipeline/{id}/")),
                Err(_) => redirect("/leads/pipeline/"),
            }
        }),
    );
    for screen in [crm::LEAD_CARD, crm::CONTACT_CARD, crm::COMPANY_CARD] {
        cfg.route(
            &format!("{}{{id}}", screen.path),
            web::get().to(move |id: web::Path<String>, state: web::Data<AppState>| {
                let screen = screen.clone();
                async move { card(&state, screen, &id) }
            }),
        );
    }
}

/// The chrome, the boot JSON and the `#amo-emu-crm` JSON of one screen.
fn crm_chrome(
    state: &AppState,
    widget: &Widget,
    screen: &Screen,
    title: &str,
    card: Option<crm::CardData>,
    rows: Vec<crm::RowData>,
) -> (Chrome, CrmParts) {
    let locale = &state.config.locale;
    let code = widget.code.as_str();
    let saved = state.store.widget(code);
    let placed = placement(&widget.manifest, &screen.area).filter(|_| saved.installed);
    let init_once = widget.manifest.widget.init_once;
    let in_action_menu = screen.kind == ScreenKind::List
        && saved.installed
        && widget.manifest.has_location(screen.area.clone());
    let chrome = widget_chrome(
        state,
        widget,
        Frame {
            active: screen.menu,
            title,
            boot_page: BOOT_PAGE,
            entry: Some(ENTRY),
            // Installed, the widget is known on every CRM page, so one that
            // runs on a later page of the same SPA session can be built there.
            widget: saved
                .installed
                .then(|| WidgetBoot::new(widget, &saved, locale)),
        },
    );
    // The card SDK tab: installed, `card_sdk` with this card's location, a
    // record that exists (not the new-lead form).
    let sdk_tab = saved.installed
        && card.as_ref().is_some_and(|c| c.id != 0)
        && card_sdk_tab(&widget.manifest, &screen.area);
    if sdk_tab {
        print_once(
            state,
            "card-sdk-tab-manager",
            "card_sdk: the card's tab manager (⋯, where an admin attaches tabs) is not emulated; the widget's tab is always on the card",
        );
    }
    let data = CrmBoot {
        kind: screen.kind,
        entity: screen.entity.api_name(),
        system_area: screen.system_area,
        widgets_area: screen.widgets_area,
        base_entity: screen.base_entity,
        selected_callbacks: screen.selected_callbacks,
        placement: placed.map(|p| PlacementBoot::new(p, init_once)),
        in_action_menu,
        card,
        card_sdk: sdk_tab.then(|| CardSdkBoot::new(code, screen.entity)),
        rows,
        logo_medium: widget.logo_url("logo_medium"),
        logo_min: widget.logo_url("logo_min"),
    };
    let area = screen.system_area;
    let no_action_reason = (!in_action_menu).then(|| {
        if !saved.installed {
            format!(
                "No widget to offer: install {} first (Settings → Integrations).",
                widget.name(locale)
            )
        } else {
            format!(
                "No widget to offer: {} has no \"{area}\" location.",
                widget.name(locale)
            )
        }
    });
    let parts = CrmParts {
        crm_json: script_json(&data),
        widget_code: in_action_menu.then(|| code.to_owned()),
        widget_name: widget.name(locale),
        no_action_reason,
        sdk_tab: sdk_tab.then(|| SdkTab {
            code: code.to_owned(),
            title: widget.name(locale),
        }),
    };
    (chrome, parts)
}

fn list(state: &AppState, screen: Screen) -> HttpResponse {
    with_widget(state, screen.menu, |widget| {
        let snapshot = state.store.snapshot();
        let (headers, rows, data) = crm::list::rows(
            screen.entity,
            &snapshot.entities,
            &snapshot.pipelines,
            &state.account,
        );
        let (title, tab, checkbox_name) = match screen.entity {
            EntityKind::Leads => ("Leads", "leads", "lead[]"),
            EntityKind::Contacts => ("Contacts", "contacts", "contact[]"),
            EntityKind::Companies => ("Companies", "companies", "company[]"),
            EntityKind::Tasks => ("Tasks", "todo", "task[]"),
        };
        let (chrome, crm) = crm_chrome(state, widget, &screen, title, None, data);
        let page = ListPage {
            chrome,
            crm,
            tab,
            checkbox_name,
            headers,
            rows,
            area: screen.system_area,
        };
        html(page.render())
    })
}

/// The leads pipeline (kanban) of pipeline `raw_id` (the main one if none).
fn pipeline(state: &AppState, raw_id: Option<&str>) -> HttpResponse {
    with_widget(state, "leads", |widget| {
        let snapshot = state.store.snapshot();
        let chosen = match raw_id {
            None => snapshot.pipelines.main(),
            Some(raw) => raw
                .parse::<u64>()
                .ok()
                .and_then(|id| snapshot.pipelines.get(id)),
        };
        let Some(pipeline) = chosen else {
            return HttpResponse::build(StatusCode::NOT_FOUND)
                .content_type("text/plain; charset=utf-8")
                .body(format!(
                    "No pipeline {:?} in the emulated account; its pipelines are at /api/v4/leads/pipelines and the main one at /leads/pipeline/\n",
                    raw_id.unwrap_or_default()
                ));
        };
        let screen = crm::LEADS_PIPELINE;
        let title = format!("Leads · {}", pipeline.name);
        let (chrome, crm) = crm_chrome(state, widget, &screen, &title, None, Vec::new());
        let page = PipelinePage {
            chrome,
            crm,
            pipeline_id: pipeline.id,
            tabs: crm::pipeline::tabs(&snapshot.pipelines, pipeline.id),
            columns: crm::pipeline::columns(pipeline, &snapshot.entities),
            currency: state.account.currency.clone(),
        };
        html(page.render())
    })
}

fn card(state: &AppState, screen: Screen, raw_id: &str) -> HttpResponse {
    with_widget(state, screen.menu, |widget| {
        let snapshot = state.store.snapshot();
        let model = raw_id.parse::<u64>().ok().and_then(|id| {
            crm::card::CardModel::build(
                screen.entity,
                id,
                &snapshot.entities,
                &snapshot.pipelines,
                &state.account,
            )
        });
        let (back_href, back_title) = match screen.entity {
            EntityKind::Leads => ("/leads/list/", "Leads"),
            EntityKind::Companies => ("/companies/list/", "Companies"),
            _ => ("/contacts/list/", "Contacts"),
        };
        let Some(model) = model else {
            let mut r = HttpResponse::build(StatusCode::NOT_FOUND);
            return r.content_type("text/plain; charset=utf-8").body(format!(
                "No {} with id {raw_id} in the emulated account. The records are in .amo-emu/state.json (\"entities\"); the list is at {back_href}\n",
                screen.entity.singular()
            ));
        };
        let id = model.data.id;
        let title = if id == 0 {
            format!("New {}", screen.entity.singular())
        } else {
            model.name.clone()
        };
        let phones = model.phones();
        let emails = model.emails();
        let crm::card::CardModel {
            name,
            fields,
            notes,
            tags,
            people,
            data,
            ..
        } = model;
        let (chrome, crm) = crm_chrome(state, widget, &screen, &title, Some(data), Vec::new());
        let page = CardPage {
            chrome,
            crm,
            name,
            singular: screen.entity.singular(),
            is_new: id == 0,
            entity: screen.entity.api_name(),
            id,
            fields,
            notes,
            tags,
            phones,
            emails,
            people,
            show_people: screen.entity != EntityKind::Contacts,
            back_href,
            back_title,
        };
        html(page.render())
    })
}

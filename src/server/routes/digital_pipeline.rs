//! The Digital Pipeline page `/settings/pipeline/leads/<pipeline_id>/`
//! (docs/platform.md §10) and the fragments its runtime re-fetches: the lead-sources
//! column (refreshed while the page is open) and one widget action with its
//! form. Also "add the widget to this pipeline as a lead source", which
//! `get_pipeline_id()` and the widgets API then report.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde::Deserialize;
use serde_json::json;

use crate::account::pipelines::Pipeline;
use crate::account::store::now;
use crate::server::boot::WidgetBoot;
use crate::server::dp_webhook;
use crate::server::http::{
    hal, html, integer_field, redirect, write_store, ApiResult, CurrentWidget, JsonBody, Problem,
};
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::views::dp::{
    action_title, css_color, logo_dp, ActionOption, DigitalPipelinePage, PipelineTab,
    SourcesColumn, StageView, TriggerItem,
};
use crate::widget::{Area, Widget};

/// Where the DP page of a pipeline lives, as in amoCRM.
pub fn page_path(pipeline_id: u64) -> String {
    format!("/settings/pipeline/leads/{pipeline_id}/")
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/settings/pipeline/leads", web::get().to(to_main))
        .route("/settings/pipeline/leads/", web::get().to(to_main))
        .route("/settings/pipeline/leads/{id}", web::get().to(add_slash))
        .route("/settings/pipeline/leads/{id}/", web::get().to(page))
        .route("/amo-emu/dp/{id}/sources", web::get().to(sources_fragment))
        .route("/amo-emu/dp/trigger-item", web::get().to(trigger_item))
        .route("/amo-emu/dp/lead-source", web::post().to(add_as_source));
}

async fn to_main(state: web::Data<AppState>) -> HttpResponse {
    match state.store.snapshot().pipelines.main() {
        Some(p) => redirect(&page_path(p.id)),
        None => HttpResponse::NotFound().body("the account has no pipelines\n"),
    }
}

async fn add_slash(req: HttpRequest) -> HttpResponse {
    redirect(&format!("{}/", req.path()))
}

fn find_pipeline(state: &AppState, raw: &str) -> Option<Pipeline> {
    let id: u64 = raw.parse().ok()?;
    state.store.snapshot().pipelines.get(id).cloned()
}

async fn page(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    let Some(pipeline) = find_pipeline(&state, &path) else {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body(format!(
                "no pipeline {:?}; see GET /api/v4/leads/pipelines\n",
                path.as_str()
            ));
    };
    with_widget(&state, "pipeline", |widget| {
        dp_page(&state, widget, &pipeline)
    })
}

fn dp_page(state: &AppState, widget: &Widget, pipeline: &Pipeline) -> HttpResponse {
    let locale = &state.config.locale;
    let account = state.store.snapshot();
    let saved = account
        .widgets
        .get(widget.code.as_str())
        .cloned()
        .unwrap_or_default();
    let chrome = widget_chrome(
        state,
        widget,
        Frame {
            active: "pipeline",
            title: "Digital Pipeline",
            boot_page: "digital_pipeline",
            entry: Some("pages/digital-pipeline.js"),
            widget: Some(WidgetBoot::new(widget, &saved, locale)),
        },
    );
    let url = dp_webhook::target_url(state.config.dp_webhook_url.as_deref(), widget);
    let stages = pipeline
        .statuses
        .iter()
        .map(|s| StageView {
            id: s.id,
            name: s.name.clone(),
            color: css_color(&s.color),
            triggers_html: account
                .dp_triggers
                .in_status(pipeline.id, s.id)
                .filter(|t| t.widget_code == widget.code.as_str())
                .filter_map(|t| {
                    TriggerItem::new(
                        widget,
                        locale,
                        url.clone(),
                        pipeline.id,
                        s.id,
                        Some(t),
                        false,
                    )
                    .render()
                    .ok()
                })
                .collect(),
        })
        .collect();
    let actions = if widget.has_dp_action() {
        vec![ActionOption {
            code: widget.code.to_string(),
            title: action_title(widget, locale),
            logo_dp: logo_dp(widget),
        }]
    } else {
        Vec::new()
    };
    let sources_html = match SourcesColumn::new(Some(widget), &account, pipeline, locale).render() {
        Ok(h) => h,
        Err(e) => return HttpResponse::InternalServerError().body(format!("template error: {e}")),
    };
    html(
        DigitalPipelinePage {
            chrome,
            tabs: account
                .pipelines
                .iter()
                .map(|p| PipelineTab {
                    id: p.id,
                    name: p.name.clone(),
                    active: p.id == pipeline.id,
                })
                .collect(),
            pipeline_id: pipeline.id,
            sources_html,
            stages,
            actions,
        }
        .render(),
    )
}

/// The sources column alone, for the page to refresh it.
async fn sources_fragment(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    let Some(pipeline) = find_pipeline(&state, &path) else {
        return HttpResponse::NotFound().body("no such pipeline\n");
    };
    let loaded = state.widget();
    let account = state.store.snapshot();
    let view = SourcesColumn::new(
        loaded.result.as_deref().ok(),
        &account,
        &pipeline,
        &state.config.locale,
    );
    html(view.render())
}

#[derive(Deserialize)]
struct ItemQuery {
    pipeline_id: u64,
    status_id: u64,
    trigger_id: Option<u64>,
    #[serde(default)]
    open: Option<u8>,
}

/// One widget action (collapsed, or open with its form) under a stage.
async fn trigger_item(q: web::Query<ItemQuery>, state: web::Data<AppState>) -> HttpResponse {
    let loaded = state.widget();
    let Ok(widget) = &loaded.result else {
        return HttpResponse::ServiceUnavailable().body("the widget folder does not load\n");
    };
    if !widget.has_dp_action() {
        return HttpResponse::NotFound().body("the widget has no Digital Pipeline action\n");
    }
    let account = state.store.snapshot();
    let Some(pipeline) = account.pipelines.get(q.pipeline_id) else {
        return HttpResponse::NotFound().body("no such pipeline\n");
    };
    if pipeline.status(q.status_id).is_none() {
        return HttpResponse::NotFound().body("no such stage\n");
    }
    let trigger = match q.trigger_id {
        Some(id) => match account.dp_triggers.get(id) {
            Some(t) => Some(t),
            None => return HttpResponse::NotFound().body("no such action\n"),
        },
        None => None,
    };
    let view = TriggerItem::new(
        widget,
        &state.config.locale,
        dp_webhook::target_url(state.config.dp_webhook_url.as_deref(), widget),
        q.pipeline_id,
        q.status_id,
        trigger,
        q.open == Some(1),
    );
    html(view.render())
}

/// Adds the served widget to a pipeline as a lead source: what amoCRM does
/// before it calls `onAddAsSource(pipeline_id)` (the runtime calls it).
async fn add_as_source(
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    if !widget.manifest.has_location(Area::LeadSources) {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "the widget has no \"lead_sources\" in manifest.json locations",
        ));
    }
    let code = widget.code.to_string();
    if !state.store.widget(&code).installed {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "install the widget first: amoCRM adds only installed widgets as lead sources",
        ));
    }
    let pipeline_id = integer_field(&body.object()?, "pipeline_id")?;
    write_store(&state, "the widget was not added", move |a| {
        if a.pipelines.get(pipeline_id).is_none() {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                format!("the account has no pipeline {pipeline_id}"),
            ));
        }
        let w = a.widgets.entry(code).or_default();
        w.pipeline_id = Some(pipeline_id);
        w.updated_at = now();
        Ok(())
    })
    .await?;
    Ok(hal(StatusCode::OK, json!({"pipeline_id": pipeline_id})))
}

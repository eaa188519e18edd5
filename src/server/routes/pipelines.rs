//! `GET /api/v4/leads/pipelines` (and one pipeline, and its statuses),
//! answered as amoCRM does: HAL JSON with `_embedded.pipelines` and, inside
//! each pipeline, `_embedded.statuses`. Read-only: the emulator does not
//! edit pipelines (edit `.amo-emu/state.json` to change them).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Value};

use crate::account::pipelines::{Pipeline, Status};
use crate::server::http::{hal, Problem};
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v4/leads/pipelines", web::get().to(list))
        .route("/api/v4/leads/pipelines/{id}", web::get().to(one))
        .route(
            "/api/v4/leads/pipelines/{id}/statuses",
            web::get().to(statuses),
        );
}

fn status_model(account_id: u64, pipeline_id: u64, s: &Status) -> Value {
    json!({
        "id": s.id,
        "name": s.name,
        "sort": s.sort,
        "is_editable": s.is_editable,
        "pipeline_id": pipeline_id,
        "color": s.color,
        "type": s.kind.api_type(),
        "account_id": account_id,
        "_links": {"self": {"href": format!("/api/v4/leads/pipelines/{pipeline_id}/statuses/{}", s.id)}},
    })
}

fn statuses_of(account_id: u64, p: &Pipeline) -> Vec<Value> {
    p.statuses
        .iter()
        .map(|s| status_model(account_id, p.id, s))
        .collect()
}

/// The pipeline model of amoCRM's API v4.
pub fn pipeline_model(account_id: u64, p: &Pipeline) -> Value {
    json!({
        "id": p.id,
        "name": p.name,
        "sort": p.sort,
        "is_main": p.is_main,
        "is_unsorted_on": p.is_unsorted_on,
        "is_archive": p.is_archive,
        "account_id": account_id,
        "_links": {"self": {"href": format!("/api/v4/leads/pipelines/{}", p.id)}},
        "_embedded": {"statuses": statuses_of(account_id, p)},
    })
}

async fn list(state: web::Data<AppState>) -> HttpResponse {
    let account_id = state.account.id;
    let snapshot = state.store.snapshot();
    let pipelines = &snapshot.pipelines;
    let models: Vec<Value> = pipelines
        .iter()
        .map(|p| pipeline_model(account_id, p))
        .collect();
    hal(
        StatusCode::OK,
        json!({
            "_total_items": models.len(),
            "_links": {"self": {"href": "/api/v4/leads/pipelines"}},
            "_embedded": {"pipelines": models},
        }),
    )
}

fn find(state: &AppState, raw: &str) -> Result<Pipeline, Problem> {
    let not_found = || Problem::new(StatusCode::NOT_FOUND, format!("no pipeline {raw:?}"));
    let id: u64 = raw.parse().map_err(|_| not_found())?;
    state
        .store
        .snapshot()
        .pipelines
        .get(id)
        .cloned()
        .ok_or_else(not_found)
}

async fn one(path: web::Path<String>, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let p = find(&state, &path)?;
    Ok(hal(StatusCode::OK, pipeline_model(state.account.id, &p)))
}

async fn statuses(
    path: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, Problem> {
    let p = find(&state, &path)?;
    let list = statuses_of(state.account.id, &p);
    Ok(hal(
        StatusCode::OK,
        json!({
            "_total_items": list.len(),
            "_links": {"self": {"href": format!("/api/v4/leads/pipelines/{}/statuses", p.id)}},
            "_embedded": {"statuses": list},
        }),
    ))
}

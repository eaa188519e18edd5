//! `GET`/`POST /api/v4/{leads,contacts,companies}/tags`, in amoCRM's shapes
//! (docs/api-v4-writes.md §7.1). The list is the kind's tag dictionary
//! (`account::tags`: the names its records carry plus the tags created
//! here), read with `page`, `limit`, `filter[name]`, `filter[id]` and
//! `query`, `204` when nothing matches. `POST` goes through
//! `server::crm_writes::write` like every write; an existing name answers
//! its id. Attaching tags to records is the records' `PATCH`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::account::entities::{EntityKind, DEFAULT_LIMIT, MAX_LIMIT};
use crate::account::tags;
use crate::account::writes::Write;
use crate::server::crm_writes;
use crate::server::http::{hal, hal_page, ignored_param, ApiResult, JsonBody};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    for kind in EntityKind::RECORDS {
        let path = format!("/api/v4/{}/tags", kind.api_name());
        cfg.route(
            &path,
            web::get().to(move |req, state| list(req, state, kind)),
        )
        .route(
            &path,
            web::post().to(move |req, state, body| add(req, state, body, kind)),
        );
    }
}

async fn list(req: HttpRequest, state: web::Data<AppState>, kind: EntityKind) -> HttpResponse {
    let mut page = 1usize;
    let mut limit = DEFAULT_LIMIT;
    let mut name = None;
    let mut ids: Vec<u64> = Vec::new();
    let mut query = None;
    for (key, value) in pairs(req.query_string()) {
        match key_path(&key).as_slice() {
            ["page"] => page = value.parse().unwrap_or(1).max(1),
            ["limit"] => limit = value.parse().unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT),
            ["filter", "name"] => name = Some(value),
            ["filter", "id", ..] => ids.extend(
                value
                    .split(',')
                    .filter_map(|v| v.trim().parse::<u64>().ok()),
            ),
            ["query"] if !value.is_empty() => query = Some(value.to_lowercase()),
            _ => ignored_param(
                &state,
                req.path(),
                &key,
                "page, limit, filter[name], filter[id] and query on tags",
            ),
        }
    }
    let snapshot = state.store.snapshot();
    let matching: Vec<Value> = tags::all(&snapshot.entities, &snapshot.tags, kind)
        .into_iter()
        .filter(|t| name.as_ref().map_or(true, |n| *n == t.name))
        .filter(|t| ids.is_empty() || ids.contains(&t.id))
        .filter(|t| {
            query
                .as_ref()
                .map_or(true, |q| t.name.to_lowercase().contains(q))
        })
        .map(|t| json!(t))
        .collect();
    hal_page(req.path(), "tags", matching, page, limit)
}

/// Answered `{_total_items, _embedded: {tags: [{id, name, color,
/// request_id}]}}`, without `_links`, as documented.
async fn add(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
) -> ApiResult {
    let applied =
        crm_writes::write_items(&req, &state, &body, |items| Write::AddTags { kind, items })
            .await?;
    let tags: Vec<Value> = applied
        .written
        .iter()
        .map(|w| {
            json!({
                "id": w.id,
                "name": w.name,
                "color": w.color,
                "request_id": w.request_id,
            })
        })
        .collect();
    Ok(hal(
        StatusCode::OK,
        json!({"_total_items": tags.len(), "_embedded": {"tags": tags}}),
    ))
}

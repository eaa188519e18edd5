//! The Sources API v4 (docs/platform.md §11.2): `GET/POST/PATCH/DELETE /api/v4/sources`
//! and `GET/PATCH/DELETE /api/v4/sources/{id}`, answered as amoCRM does
//! (HAL JSON; 204 when empty; problem+json with per-item errors).
//!
//! The caller is always "the integration" of the served widget: its sources
//! are the ones it sees and changes. The rules live in
//! `account::sources`; this file only speaks HTTP. A refused write changes
//! nothing (the whole request is checked inside one store update).

use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::sources::{Source, SourcesError, Written};
use crate::account::store::now;
use crate::server::http::{
    field_error_json, hal, write_store, ApiResult, BatchErrors, CurrentWidget, JsonBody, Problem,
};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;
use crate::widget::Area;

const COLLECTION: &str = "/api/v4/sources";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource(COLLECTION)
            .route(web::get().to(list))
            .route(web::post().to(write_batch))
            .route(web::patch().to(write_batch))
            .route(web::delete().to(delete_batch)),
    )
    .service(
        web::resource("/api/v4/sources/{id}")
            .route(web::get().to(get_one))
            .route(web::patch().to(update_one))
            .route(web::delete().to(delete_one)),
    );
}

/// The integration whose sources a request sees: the served widget's code
/// (also when the folder does not load right now, so reads keep working).
fn owner(state: &AppState) -> String {
    state.widget().code.to_string()
}

/// Writes need a loaded widget with `lead_sources` in `locations`: amoCRM
/// refuses the Sources API to integrations without one (docs/platform.md §10.2).
fn writable_owner(widget: &CurrentWidget) -> Result<String, Problem> {
    if widget.manifest.has_location(Area::LeadSources) {
        Ok(widget.code.to_string())
    } else {
        Err(Problem::new(
            StatusCode::FORBIDDEN,
            format!(
                "the integration's widget {} has no \"lead_sources\" in manifest.json locations, so amoCRM does not let it manage sources",
                widget.code
            ),
        ))
    }
}

/// The API model of a source (docs/platform.md §11.2).
pub fn api_model(s: &Source, request_id: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), s.id.into());
    m.insert("name".into(), s.name.clone().into());
    m.insert("pipeline_id".into(), s.pipeline_id.into());
    m.insert("external_id".into(), s.external_id.clone().into());
    m.insert("default".into(), s.default.into());
    m.insert(
        "origin_code".into(),
        s.origin_code.clone().map_or(Value::Null, Value::String),
    );
    m.insert("services".into(), Value::Array(s.services.clone()));
    if let Some(r) = request_id {
        m.insert("request_id".into(), r.into());
    }
    m.insert(
        "_links".into(),
        json!({"self": {"href": format!("/api/v4/sources/{}", s.id)}}),
    );
    Value::Object(m)
}

fn collection(written: &[(Source, Option<String>)]) -> Value {
    let models: Vec<Value> = written
        .iter()
        .map(|(s, r)| api_model(s, r.as_deref()))
        .collect();
    json!({
        "_total_items": models.len(),
        "_links": {"self": {"href": COLLECTION}},
        "_embedded": {"sources": models},
    })
}

fn written_collection(written: Vec<Written>) -> Value {
    let pairs: Vec<_> = written
        .into_iter()
        .map(|w| (w.source, Some(w.request_id)))
        .collect();
    collection(&pairs)
}

/// The values of `filter[external_id]`, `filter[external_id][]` and
/// `filter[external_id][N]` in a query string.
fn external_id_filter(query: &str) -> Option<Vec<String>> {
    let values: Vec<String> = pairs(query)
        .into_iter()
        .filter(|(k, _)| {
            matches!(
                key_path(k).as_slice(),
                ["filter", "external_id"] | ["filter", "external_id", _]
            )
        })
        .map(|(_, v)| v)
        .collect();
    (!values.is_empty()).then_some(values)
}

async fn list(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let owner = owner(&state);
    let filter = external_id_filter(req.query_string());
    let snapshot = state.store.snapshot();
    let found: Vec<(Source, Option<String>)> = snapshot
        .sources
        .of(&owner)
        .filter(|s| filter.as_ref().map_or(true, |f| f.contains(&s.external_id)))
        .map(|s| (s.clone(), None))
        .collect();
    if found.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    hal(StatusCode::OK, collection(&found))
}

fn parse_id(raw: &str) -> Option<u64> {
    raw.parse().ok()
}

async fn get_one(path: web::Path<String>, state: web::Data<AppState>) -> HttpResponse {
    let owner = owner(&state);
    let snapshot = state.store.snapshot();
    match parse_id(&path).and_then(|id| snapshot.sources.get(&owner, id)) {
        Some(s) => hal(StatusCode::OK, api_model(s, None)),
        // amoCRM answers 204, not 404, for a source that does not exist.
        None => HttpResponse::NoContent().finish(),
    }
}

/// What every batch request checks first, in this order: the widget may
/// manage sources, and the body is a JSON array of items.
fn batch_request(widget: &CurrentWidget, body: &JsonBody) -> Result<(String, Vec<Value>), Problem> {
    let owner = writable_owner(widget)?;
    match body.value()? {
        Value::Array(items) => Ok((owner, items)),
        _ => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "the body must be a JSON array of sources, e.g. [{\"name\": \"…\", \"external_id\": \"…\"}]",
        )),
    }
}

impl From<SourcesError> for Problem {
    fn from(e: SourcesError) -> Self {
        match e {
            SourcesError::Request(detail) => Problem::new(StatusCode::BAD_REQUEST, detail),
            SourcesError::Invalid(items) => Problem::invalid_items(&items),
            // The documented answer of a batch delete naming unknown ids:
            // `errors` (not `validation-errors`) holding one object each.
            SourcesError::UnknownIds(items) => {
                let list: Vec<Value> = items
                    .iter()
                    .map(|i| {
                        json!({"request_id": i.request_id, "errors": field_error_json(&i.errors[0])})
                    })
                    .collect();
                Problem::batch(
                    "Invalid request items",
                    BatchErrors::NotFound(Value::Array(list)),
                )
            }
        }
    }
}

/// What a refused write leaves the user with.
const NOT_SAVED: &str = "the sources were not saved";

/// `POST` (create) and `PATCH` (update) of the collection: the same body
/// and answer around a different operation.
async fn write_batch(
    req: HttpRequest,
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let (owner, items) = batch_request(&widget, &body)?;
    let create = req.method() == Method::POST;
    let written = write_store(&state, NOT_SAVED, move |a| {
        let pipelines = a.pipelines.clone();
        if create {
            a.sources.create(&owner, &pipelines, &items, now())
        } else {
            a.sources.update_batch(&owner, &pipelines, &items, now())
        }
    })
    .await?;
    Ok(hal(StatusCode::OK, written_collection(written)))
}

fn not_found(raw: &str) -> Problem {
    Problem::new(StatusCode::NOT_FOUND, format!("no source {raw:?}"))
}

async fn update_one(
    path: web::Path<String>,
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let owner = writable_owner(&widget)?;
    let id = parse_id(&path).ok_or_else(|| not_found(&path))?;
    let item = match body.value()? {
        item @ Value::Object(_) => item,
        _ => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "the body must be one JSON object with the fields to change",
            ))
        }
    };
    let raw = path.into_inner();
    let written = write_store(&state, NOT_SAVED, move |a| {
        let pipelines = a.pipelines.clone();
        a.sources
            .update_one(&owner, &pipelines, id, &item, now())?
            .ok_or_else(|| not_found(&raw))
    })
    .await?;
    Ok(hal(
        StatusCode::OK,
        api_model(&written.source, Some(&written.request_id)),
    ))
}

async fn delete_batch(
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let (owner, items) = batch_request(&widget, &body)?;
    write_store(&state, NOT_SAVED, move |a| {
        a.sources.delete_batch(&owner, &items)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

async fn delete_one(
    path: web::Path<String>,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let owner = writable_owner(&widget)?;
    let id = parse_id(&path).ok_or_else(|| not_found(&path))?;
    let raw = path.into_inner();
    write_store(&state, NOT_SAVED, move |a| {
        if a.sources.delete_one(&owner, id) {
            Ok(())
        } else {
            Err(not_found(&raw))
        }
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_spelling_of_the_external_id_filter() {
        assert_eq!(external_id_filter("limit=5"), None);
        assert_eq!(
            external_id_filter("filter%5Bexternal_id%5D=a+b"),
            Some(vec!["a b".to_owned()])
        );
        assert_eq!(
            external_id_filter("filter[external_id][]=x&filter[external_id][1]=y%26z"),
            Some(vec!["x".to_owned(), "y&z".to_owned()])
        );
    }
}

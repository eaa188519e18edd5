//! API v4 writes to CRM records, in amoCRM's shapes
//! (docs/api-v4-writes.md): `POST`/`PATCH /api/v4/{leads,contacts,companies,tasks}`,
//! `PATCH /api/v4/<kind>/<id>`, `POST /api/v4/leads/complex`, and notes: `GET`/`POST
//! /api/v4/<kind>/notes` and `/api/v4/<kind>/<id>/notes`. Each handler only
//! turns the request into an `account::writes::Write` and the result into
//! HAL; the write itself goes through `server::crm_writes::write`, the one
//! path every change takes. `DELETE` of a record is answered `405`, as
//! amoCRM's API v4 has no such method.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::entities::{EntityKind, Note};
use crate::account::writes::{Applied, Write};
use crate::server::crm_writes;
use crate::server::http::{hal, hal_page, ignored_param, ApiResult, JsonBody, Problem};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v4/leads/complex", web::post().to(create_complex));
    for kind in EntityKind::ALL {
        let base = format!("/api/v4/{}", kind.api_name());
        cfg.route(
            &base,
            web::post().to(move |req, state, body| create(req, state, body, kind)),
        )
        .route(
            &base,
            web::patch().to(move |req, state, body| update(req, state, body, kind)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}"),
            web::patch().to(move |req, state, path, body| update_one(req, state, path, body, kind)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}"),
            web::delete().to(move |req| no_delete(req, kind)),
        );
    }
    for kind in EntityKind::RECORDS {
        let base = format!("/api/v4/{}", kind.api_name());
        cfg.route(
            &format!("{base}/notes"),
            web::get().to(move |req, state| list_notes(req, state, kind, None)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}/notes"),
            web::get().to(move |req, state, path: web::Path<u64>| {
                list_notes(req, state, kind, Some(path.into_inner()))
            }),
        )
        .route(
            &format!("{base}/notes"),
            web::post().to(move |req, state, body| add_notes(req, state, body, kind, None)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}/notes"),
            web::post().to(move |req, state, body, path: web::Path<u64>| {
                add_notes(req, state, body, kind, Some(path.into_inner()))
            }),
        );
    }
}

fn self_link(href: String) -> Value {
    json!({"self": {"href": href}})
}

/// `{_links, _embedded: {<kind>: [{id, request_id, _links} …]}}`.
fn batch_answer(
    req: &HttpRequest,
    kind: EntityKind,
    applied: &Applied,
    with_updated: bool,
) -> HttpResponse {
    let items: Vec<Value> = applied
        .written
        .iter()
        .map(|w| {
            let mut m = Map::new();
            m.insert("id".into(), w.id.into());
            if let Some(e) = w.entity_id {
                m.insert("entity_id".into(), e.into());
            }
            if with_updated {
                if let Some(name) = &w.name {
                    m.insert("name".into(), name.clone().into());
                }
                m.insert("updated_at".into(), w.updated_at.into());
            }
            m.insert("request_id".into(), w.request_id.clone().into());
            let href = match w.entity_id {
                Some(e) => format!("/api/v4/{}/{e}/notes/{}", kind.api_name(), w.id),
                None => format!("/api/v4/{}/{}", kind.api_name(), w.id),
            };
            m.insert("_links".into(), self_link(href));
            Value::Object(m)
        })
        .collect();
    let key = if applied.written.iter().any(|w| w.entity_id.is_some()) {
        "notes"
    } else {
        kind.api_name()
    };
    hal(
        StatusCode::OK,
        json!({"_links": self_link(req.path().to_owned()), "_embedded": {key: items}}),
    )
}

async fn create(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
) -> ApiResult {
    let applied =
        crm_writes::write_items(&req, &state, &body, |items| Write::Create { kind, items }).await?;
    Ok(batch_answer(&req, kind, &applied, false))
}

/// `POST /api/v4/leads/complex`, answered as amoCRM documents it: a bare
/// array `[{id, contact_id, company_id, request_id: ["…"], merged}]`
/// (`merged` is false: duplicate control is not emulated).
async fn create_complex(req: HttpRequest, state: web::Data<AppState>, body: JsonBody) -> ApiResult {
    let applied =
        crm_writes::write_items(&req, &state, &body, |items| Write::CreateComplex { items })
            .await?;
    let answer: Vec<Value> = applied
        .written
        .iter()
        .map(|w| {
            json!({
                "id": w.id,
                "contact_id": w.contact_id,
                "company_id": w.company_id,
                "request_id": [w.request_id],
                "merged": false,
            })
        })
        .collect();
    Ok(hal(StatusCode::OK, Value::Array(answer)))
}

async fn update(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
) -> ApiResult {
    let applied =
        crm_writes::write_items(&req, &state, &body, |items| Write::Update { kind, items }).await?;
    Ok(batch_answer(&req, kind, &applied, true))
}

async fn update_one(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<u64>,
    body: JsonBody,
    kind: EntityKind,
) -> ApiResult {
    let id = path.into_inner();
    let item = match body.value()? {
        v @ Value::Object(_) => v,
        _ => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "send the changes as one JSON object",
            ))
        }
    };
    let applied = crm_writes::write(
        &state,
        &crm_writes::what(&req),
        Write::UpdateOne { kind, id, item },
    )
    .await?;
    let w = &applied.written[0];
    let mut answer = json!({
        "id": w.id,
        "updated_at": w.updated_at,
        "request_id": w.request_id,
        "_links": self_link(format!("/api/v4/{}/{}", kind.api_name(), w.id)),
    });
    if let Some(name) = &w.name {
        answer["name"] = name.clone().into();
    }
    Ok(hal(StatusCode::OK, answer))
}

async fn no_delete(req: HttpRequest, kind: EntityKind) -> ApiResult {
    Err(Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        format!(
            "Method Not Allowed: amoCRM's API v4 cannot delete {} ({} {}); delete them in the interface",
            kind.api_name(),
            req.method(),
            req.path()
        ),
    ))
}

async fn add_notes(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
    entity_id: Option<u64>,
) -> ApiResult {
    let applied = crm_writes::write_items(&req, &state, &body, |items| Write::AddNotes {
        kind,
        entity_id,
        items,
    })
    .await?;
    Ok(batch_answer(&req, kind, &applied, false))
}

/// A note as `GET …/notes` answers it.
pub fn note_model(n: &Note, account_id: u64) -> Value {
    let mut v = json!(n);
    if let Some(m) = v.as_object_mut() {
        m.remove("entity_type");
    }
    v["account_id"] = account_id.into();
    v["_links"] = self_link(format!(
        "/api/v4/{}/{}/notes/{}",
        n.entity_type.api_name(),
        n.entity_id,
        n.id
    ));
    v
}

async fn list_notes(
    req: HttpRequest,
    state: web::Data<AppState>,
    kind: EntityKind,
    entity_id: Option<u64>,
) -> HttpResponse {
    let mut note_type = Vec::new();
    let mut ids = Vec::new();
    let mut entity_ids = Vec::new();
    let mut page = 1usize;
    let mut limit = 50usize;
    for (key, value) in pairs(req.query_string()) {
        let path = key_path(&key);
        let list = || {
            value
                .split(',')
                .filter_map(|v| v.trim().parse::<u64>().ok())
                .collect::<Vec<_>>()
        };
        match path.as_slice() {
            ["page"] => page = value.parse().unwrap_or(1).max(1),
            ["limit"] => limit = value.parse().unwrap_or(50).clamp(1, 250),
            ["filter", "note_type", ..] => {
                note_type.extend(value.split(',').map(|s| s.trim().to_owned()))
            }
            ["filter", "id", ..] => ids.extend(list()),
            ["filter", "entity_id", ..] => entity_ids.extend(list()),
            _ => ignored_param(
                &state,
                req.path(),
                &key,
                "page, limit, filter[id], filter[entity_id] and filter[note_type] on notes",
            ),
        }
    }
    let snapshot = state.store.snapshot();
    let matching: Vec<Value> = snapshot
        .entities
        .notes
        .iter()
        .filter(|n| n.entity_type == kind)
        .filter(|n| entity_id.map_or(true, |id| n.entity_id == id))
        .filter(|n| entity_ids.is_empty() || entity_ids.contains(&n.entity_id))
        .filter(|n| ids.is_empty() || ids.contains(&n.id))
        .filter(|n| note_type.is_empty() || note_type.contains(&n.note_type))
        .map(|n| note_model(n, state.account.id))
        .collect();
    hal_page(req.path(), "notes", matching, page, limit)
}

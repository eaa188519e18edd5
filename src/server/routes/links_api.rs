//! Links between records over API v4, in amoCRM's shapes
//! (docs/api-v4-writes.md §7.2): `POST /api/v4/<entity>/<id>/link` (200,
//! `_embedded.links`), `/unlink` (204), their bulk forms
//! `POST /api/v4/<entity>/link|unlink` (items carry `entity_id`), and
//! `GET /api/v4/<entity>/<id>/links` and `GET /api/v4/<entity>/links?
//! filter[entity_id][]=…`. Writes go through `server::crm_writes::write`
//! (`Write::Link`, `Write::Unlink`); links to catalog elements or
//! customers are answered as not emulated, and nothing of that request is
//! linked.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::account::entities::{links_of, EntityKind, Link};
use crate::account::writes::{self, Write, LINKS_NOT_EMULATED};
use crate::server::crm_writes;
use crate::server::http::{hal, ignored_param, not_emulated_answer, ApiResult, JsonBody, Problem};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;
use crate::validation::ErrorCode;

pub fn configure(cfg: &mut web::ServiceConfig) {
    for kind in EntityKind::RECORDS {
        let base = format!("/api/v4/{}", kind.api_name());
        for unlink in [false, true] {
            let verb = if unlink { "unlink" } else { "link" };
            cfg.route(
                &format!("{base}/{{id:\\d+}}/{verb}"),
                web::post().to(move |req, state, body, path: web::Path<u64>| {
                    change(req, state, body, kind, Some(path.into_inner()), unlink)
                }),
            )
            .route(
                &format!("{base}/{verb}"),
                web::post()
                    .to(move |req, state, body| change(req, state, body, kind, None, unlink)),
            );
        }
        cfg.route(
            &format!("{base}/{{id:\\d+}}/links"),
            web::get().to(move |req, state, path: web::Path<u64>| {
                list(req, state, kind, Some(path.into_inner()))
            }),
        )
        .route(
            &format!("{base}/links"),
            web::get().to(move |req, state| list(req, state, kind, None)),
        );
    }
}

/// A link as the answers list it; `with_entity`: with the record it is
/// from (write answers and the bulk list do; one record's list does not).
fn link_model(l: &Link, with_entity: bool) -> Value {
    let mut v = json!({
        "to_entity_id": l.to_id,
        "to_entity_type": l.to.api_name(),
        "metadata": l.metadata(),
    });
    if with_entity {
        v["entity_id"] = l.entity_id.into();
        v["entity_type"] = l.entity.api_name().into();
    }
    v
}

async fn change(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
    entity_id: Option<u64>,
    unlink: bool,
) -> ApiResult {
    let items = crm_writes::items(&req, &state, &body)?;
    if let Some(other) = items.iter().find_map(|i| {
        let to = i.get("to_entity_type")?.as_str()?;
        LINKS_NOT_EMULATED.contains(&to).then_some(to)
    }) {
        let what = format!("{} {} (to {other})", req.method(), req.path());
        return Ok(not_emulated_answer(
            &state,
            &what,
            format!("amo-emu does not emulate links to {other} (it has no catalogs or customers); nothing of this request was linked or unlinked"),
        ));
    }
    let write = Write::link(kind, entity_id, items, unlink);
    let applied = crm_writes::write(&state, &crm_writes::what(&req), write).await?;
    if unlink {
        return Ok(HttpResponse::NoContent().finish());
    }
    let links: Vec<Value> = applied.links.iter().map(|l| link_model(l, true)).collect();
    let href = match entity_id {
        Some(id) => format!("/api/v4/{}/{id}/links", kind.api_name()),
        None => format!("/api/v4/{}/links", kind.api_name()),
    };
    Ok(hal(
        StatusCode::OK,
        json!({"_total_items": links.len(), "_links": {"self": {"href": href}}, "_embedded": {"links": links}}),
    ))
}

async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    kind: EntityKind,
    entity_id: Option<u64>,
) -> ApiResult {
    let mut entity_ids: Vec<u64> = entity_id.into_iter().collect();
    let mut to_id = None;
    let mut to_type = None;
    let mut to_catalog = false;
    for (key, value) in pairs(req.query_string()) {
        match key_path(&key).as_slice() {
            ["filter", "entity_id", ..] if entity_id.is_none() => entity_ids.extend(
                value
                    .split(',')
                    .filter_map(|v| v.trim().parse::<u64>().ok()),
            ),
            ["filter", "to_entity_id"] => to_id = value.parse::<u64>().ok(),
            ["filter", "to_entity_type"] => to_type = Some(value),
            // No catalog element is ever linked here.
            ["filter", "to_catalog_id"] => to_catalog = true,
            _ => ignored_param(
                &state,
                req.path(),
                &key,
                "filter[entity_id] (bulk), filter[to_entity_id], filter[to_entity_type] and filter[to_catalog_id] on links",
            ),
        }
    }
    let snapshot = state.store.snapshot();
    let e = &snapshot.entities;
    if let Some(id) = entity_id {
        if !writes::exists(&snapshot, kind, id) {
            return Err(Problem::new(
                StatusCode::NOT_FOUND,
                format!(
                    "no {} with id {id} in the emulated account",
                    kind.singular()
                ),
            ));
        }
    } else if entity_ids.is_empty() {
        return Err(Problem::invalid(
            "filter[entity_id]",
            ErrorCode::FieldMissing,
            "the bulk links list needs filter[entity_id][] (the records whose links to list)",
        ));
    }
    let links: Vec<Value> = entity_ids
        .iter()
        .flat_map(|id| links_of(e, kind, *id))
        .filter(|_| !to_catalog)
        .filter(|l| to_id.map_or(true, |t| l.to_id == t))
        .filter(|l| to_type.as_deref().map_or(true, |t| l.to.api_name() == t))
        .map(|l| link_model(&l, entity_id.is_none()))
        .collect();
    if links.is_empty() {
        return Ok(HttpResponse::NoContent().finish());
    }
    Ok(hal(
        StatusCode::OK,
        json!({
            "_total_items": links.len(),
            "_links": {"self": {"href": req.uri().to_string()}},
            "_embedded": {"links": links},
        }),
    ))
}

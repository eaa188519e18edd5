//! `GET`/`POST`/`PATCH /api/v4/{leads,contacts,companies}/custom_fields`
//! and `GET …/custom_fields/<id>`: the account's field definitions in API
//! v4's shape (`entity_type`, `account_id`, `_links`), created and changed
//! through the one write path (`account::writes`, `Write::CreateFields` /
//! `UpdateFields`); the answer lists the written fields whole, with each
//! item's `request_id`. And their groups: `GET`/`POST
//! …/custom_fields/groups`, `GET`/`DELETE …/custom_fields/groups/<id>`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::account::entities::{CustomField, EntityKind, FieldGroup};
use crate::account::writes::Write;
use crate::server::crm_writes;
use crate::server::http::{hal, ApiResult, JsonBody, Problem};
use crate::server::state::AppState;

/// The kinds with custom fields.
const KINDS: [EntityKind; 3] = [
    EntityKind::Leads,
    EntityKind::Contacts,
    EntityKind::Companies,
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    for kind in KINDS {
        let base = format!("/api/v4/{}/custom_fields", kind.api_name());
        cfg.route(
            &base,
            web::get().to(move |req, state| list(req, state, kind)),
        )
        .route(
            &base,
            web::post().to(move |req, state, body| write(req, state, body, kind, true)),
        )
        .route(
            &base,
            web::patch().to(move |req, state, body| write(req, state, body, kind, false)),
        )
        .route(
            &format!("{base}/{{id:\\d+}}"),
            web::get().to(move |state, path| one(state, path, kind)),
        )
        .route(
            &format!("{base}/groups"),
            web::get().to(move |req, state| groups(req, state, kind)),
        )
        .route(
            &format!("{base}/groups"),
            web::post().to(move |req, state, body| add_groups(req, state, body, kind)),
        )
        .route(
            &format!("{base}/groups/{{id}}"),
            web::get().to(move |state, path| one_group(state, path, kind)),
        )
        .route(
            &format!("{base}/groups/{{id}}"),
            web::delete().to(move |req, state, path| delete_group(req, state, path, kind)),
        );
    }
}

fn model(kind: EntityKind, f: &CustomField, account_id: u64) -> Value {
    let mut v = json!(f);
    v["entity_type"] = kind.api_name().into();
    v["account_id"] = account_id.into();
    v["_links"] =
        json!({"self": {"href": format!("/api/v4/{}/custom_fields/{}", kind.api_name(), f.id)}});
    v
}

async fn list(req: HttpRequest, state: web::Data<AppState>, kind: EntityKind) -> HttpResponse {
    let snapshot = state.store.snapshot();
    let fields: Vec<Value> = snapshot
        .entities
        .custom_fields(kind)
        .iter()
        .map(|f| model(kind, f, state.account.id))
        .collect();
    hal(
        StatusCode::OK,
        json!({
            "_total_items": fields.len(),
            "_page": 1,
            "_page_count": 1,
            "_links": {"self": {"href": req.path()}},
            "_embedded": {"custom_fields": fields},
        }),
    )
}

async fn one(state: web::Data<AppState>, path: web::Path<u64>, kind: EntityKind) -> ApiResult {
    let id = path.into_inner();
    let snapshot = state.store.snapshot();
    match snapshot
        .entities
        .custom_fields(kind)
        .iter()
        .find(|f| f.id == id)
    {
        Some(f) => Ok(hal(StatusCode::OK, model(kind, f, state.account.id))),
        None => Err(Problem::new(
            StatusCode::NOT_FOUND,
            format!("the {} have no custom field {id}", kind.api_name()),
        )),
    }
}

async fn write(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
    create: bool,
) -> ApiResult {
    let applied = crm_writes::write_items(&req, &state, &body, |items| {
        if create {
            Write::CreateFields { kind, items }
        } else {
            Write::UpdateFields { kind, items }
        }
    })
    .await?;
    let snapshot = state.store.snapshot();
    let defs = snapshot.entities.custom_fields(kind);
    let fields: Vec<Value> = applied
        .written
        .iter()
        .filter_map(|w| {
            let f = defs.iter().find(|f| f.id == w.id)?;
            let mut v = model(kind, f, state.account.id);
            v["request_id"] = w.request_id.clone().into();
            Some(v)
        })
        .collect();
    Ok(hal(
        StatusCode::OK,
        json!({"_total_items": fields.len(), "_embedded": {"custom_fields": fields}}),
    ))
}

fn group_model(g: &FieldGroup, account_id: u64) -> Value {
    let kind = g.entity_type.api_name();
    json!({
        "id": g.id,
        "name": g.name,
        "sort": g.sort,
        "entity_type": kind,
        "is_predefined": false,
        "type": "custom_field_group",
        "account_id": account_id,
        "_links": {"self": {"href": format!("/api/v4/{kind}/custom_fields/groups/{}", g.id)}},
    })
}

async fn groups(req: HttpRequest, state: web::Data<AppState>, kind: EntityKind) -> HttpResponse {
    let snapshot = state.store.snapshot();
    let list: Vec<Value> = snapshot
        .entities
        .field_groups
        .iter()
        .filter(|g| g.entity_type == kind)
        .map(|g| group_model(g, state.account.id))
        .collect();
    if list.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    hal(
        StatusCode::OK,
        json!({
            "_total_items": list.len(),
            "_page": 1,
            "_page_count": 1,
            "_links": {"self": {"href": req.path()}},
            "_embedded": {"custom_field_groups": list},
        }),
    )
}

async fn one_group(
    state: web::Data<AppState>,
    path: web::Path<String>,
    kind: EntityKind,
) -> ApiResult {
    let id = path.into_inner();
    let snapshot = state.store.snapshot();
    match snapshot
        .entities
        .field_groups
        .iter()
        .find(|g| g.entity_type == kind && g.id == id)
    {
        Some(g) => Ok(hal(StatusCode::OK, group_model(g, state.account.id))),
        None => Err(Problem::new(
            StatusCode::NOT_FOUND,
            format!("no custom field group {id:?} of the {}", kind.api_name()),
        )),
    }
}

async fn add_groups(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    kind: EntityKind,
) -> ApiResult {
    let applied = crm_writes::write_items(&req, &state, &body, |items| Write::AddFieldGroups {
        kind,
        items,
    })
    .await?;
    let snapshot = state.store.snapshot();
    let list: Vec<Value> = applied
        .written
        .iter()
        .filter_map(|w| {
            let id = format!("{}_{}", kind.api_name(), w.id);
            let g = snapshot.entities.field_groups.iter().find(|g| g.id == id)?;
            let mut v = group_model(g, state.account.id);
            v["request_id"] = w.request_id.clone().into();
            Some(v)
        })
        .collect();
    Ok(hal(
        StatusCode::OK,
        json!({"_total_items": list.len(), "_embedded": {"custom_field_groups": list}}),
    ))
}

async fn delete_group(
    req: HttpRequest,
    state: web::Data<AppState>,
    path: web::Path<String>,
    kind: EntityKind,
) -> ApiResult {
    let id = path.into_inner();
    crm_writes::write(
        &state,
        &crm_writes::what(&req),
        Write::DeleteFieldGroup { kind, id },
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

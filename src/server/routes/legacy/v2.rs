//! amoCRM's legacy API v2 for records, answered from the same account as
//! API v4 (docs/api-v4-writes.md §11): `GET`/`POST /api/v2/leads`,
//! `/contacts`, `/companies`, `/tasks` and `/notes` (`/api/v2/account` is
//! `account_api`'s). Reads show the records in v2's shape
//! (`account::legacy::models`); `POST {add: […], update: […]}` (JSON, or a
//! jQuery form) is written by `super::write` (one `Write::Batch`, whole or
//! nothing) and answered here in v2's shape.
//!
//! UNCONFIRMED (the v2 pages for these answers are not stored): the POST
//! answer `{_links, _embedded: {items: [{id, request_id, _links}]}}` (an
//! update's items carry `updated_at` instead of `request_id`, as in a real
//! capture), and refusals answered `400` with v2's
//! `_embedded.errors.{add|update}.{index|id}: "message"` (the shape of a
//! real capture; its status code is not known).

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use super::{filter, list_of, matching, Outcome, Refusal, Resource};
use crate::account::entities::EntityKind;
use crate::account::legacy::items::{numbered_as_arrays, Action};
use crate::account::legacy::models;
use crate::server::crm_writes;
use crate::server::http::{hal, ignored_param, JsonBody, Problem};
use crate::server::state::AppState;
use crate::server::terminal::print_once;

impl Resource {
    fn v2_path(self) -> String {
        match self {
            Resource::Records(kind) => format!("/api/v2/{}", kind.api_name()),
            Resource::Notes => "/api/v2/notes".into(),
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    let resources = EntityKind::ALL
        .into_iter()
        .map(Resource::Records)
        .chain([Resource::Notes]);
    for r in resources {
        cfg.route(
            &r.v2_path(),
            web::get().to(move |req, state| list(req, state, r)),
        )
        .route(
            &r.v2_path(),
            web::post().to(move |req, state, body| post(req, state, body, r)),
        );
    }
}

/// `GET /api/v2/<entity>`: `{_links, _embedded: {items}}`, `204` when
/// nothing matches. `If-Modified-Since` is not applied (the terminal
/// says so once).
async fn list(req: HttpRequest, state: web::Data<AppState>, r: Resource) -> HttpResponse {
    if req.headers().contains_key(header::IF_MODIFIED_SINCE) {
        let what = format!("GET {}", req.path());
        print_once(
            &state,
            &format!("if-modified-since\u{0}{what}"),
            &format!("[partly-emulated] {what}: amo-emu ignores If-Modified-Since and answers every matching record"),
        );
    }
    let f = filter(&req, &state, r, &[]);
    let snapshot = state.store.snapshot();
    let items: Vec<Value> = matching(&snapshot.entities, r, &f, state.account.id)
        .into_iter()
        .skip(f.offset)
        .take(f.limit)
        .collect();
    if items.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    hal(
        StatusCode::OK,
        json!({"_links": models::links(req.uri().to_string()), "_embedded": {"items": items}}),
    )
}

/// A refusal in v2's shape: `_embedded.errors.{add|update}.{key}`.
fn refused(path: &str, refusals: Vec<Refusal>) -> HttpResponse {
    let mut by_action = Map::new();
    for r in refusals {
        let group = by_action
            .entry(r.action.key())
            .or_insert_with(|| Value::Object(Map::new()));
        group[r.key.as_str()] = r.message.into();
    }
    HttpResponse::BadRequest()
        .content_type("application/hal+json")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(
            json!({
                "_links": {"self": {"href": path, "method": "post"}},
                "_embedded": {"items": [], "errors": by_action},
            })
            .to_string(),
        )
}

/// `POST /api/v2/<entity>` with `{add: […], update: […]}`; the answer
/// lists the written items in request order, `add` first.
async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    r: Resource,
) -> Result<HttpResponse, Problem> {
    let body = numbered_as_arrays(Value::Object(body.object_or_form()?));
    if let Some(m) = body.as_object() {
        for key in m.keys().filter(|k| *k != "add" && *k != "update") {
            ignored_param(&state, req.path(), key, "add and update in the body");
        }
    }
    let (adds, updates) = (list_of(&body, "add"), list_of(&body, "update"));
    let (outcome, origins) =
        super::write(&state, &crm_writes::what(&req), r, adds, updates).await?;
    let made = match outcome {
        Outcome::Refused(refusals) => return Ok(refused(req.path(), refusals)),
        Outcome::Made(made) => made,
    };
    let mut items: Vec<(Action, usize, Value)> = made
        .into_iter()
        .map(|m| {
            let origin = &origins[m.origin];
            let href = match r {
                Resource::Records(kind) => models::href(kind, m.id),
                Resource::Notes => format!("/api/v2/notes?id={}", m.id),
            };
            let mut item = json!({"id": m.id, "_links": models::links(href)});
            match origin.action {
                Action::Add => item["request_id"] = origin.request_id.clone(),
                Action::Update => item["updated_at"] = m.updated_at.into(),
            }
            (origin.action, origin.index, item)
        })
        .collect();
    items.sort_by_key(|(action, index, _)| (*action == Action::Update, *index));
    let items: Vec<Value> = items.into_iter().map(|(_, _, item)| item).collect();
    Ok(hal(
        StatusCode::OK,
        json!({"_links": {"self": {"href": req.path(), "method": "post"}}, "_embedded": {"items": items}}),
    ))
}

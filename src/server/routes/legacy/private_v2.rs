//! amoCRM's private v2 JSON API for records, answered from the same
//! account as API v4: `GET /private/api/v2/json/{leads,contacts,company,
//! tasks,notes}/list` and `POST …/set` with `{request: {<key>: {add: […],
//! update: […]}}}` (JSON, or a jQuery form `request[leads][add][0][name]=…`).
//! Items use the private API's older names (`account::legacy::private`
//! renames them to v2's) and are written by `super::write`, like API v2's.
//! Companies travel under the key `contacts`, as in amoCRM's client
//! libraries.
//!
//! UNCONFIRMED (no stored documentation): lists answer `{response:
//! {<key>: […], server_time}}` (`204` when empty); `set` answers
//! `{response: {<key>: {add: [{id, request_id}], update: [{id}]},
//! server_time}}`; a refusal is `400` with `response.error` (what client
//! libraries read) and `response.<key>.{add|update}.errors.{index|id}`.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use super::{filter, list_of, matching, Outcome, Resource};
use crate::account::entities::EntityKind;
use crate::account::legacy::items::{numbered_as_arrays, Action};
use crate::account::legacy::private::{from_v2_model, to_v2_item};
use crate::account::store::now;
use crate::server::crm_writes;
use crate::server::http::{ignored_param, JsonBody, Problem};
use crate::server::state::AppState;

/// `(path segment, body and answer key, what it lists)`.
const ENDPOINTS: [(&str, &str, Resource); 5] = [
    ("leads", "leads", Resource::Records(EntityKind::Leads)),
    (
        "contacts",
        "contacts",
        Resource::Records(EntityKind::Contacts),
    ),
    (
        "company",
        "contacts",
        Resource::Records(EntityKind::Companies),
    ),
    ("tasks", "tasks", Resource::Records(EntityKind::Tasks)),
    ("notes", "notes", Resource::Notes),
];

pub fn configure(cfg: &mut web::ServiceConfig) {
    for (segment, key, r) in ENDPOINTS {
        let base = format!("/private/api/v2/json/{segment}");
        cfg.route(
            &format!("{base}/list"),
            web::get().to(move |req, state| list(req, state, r, key)),
        )
        .route(
            &format!("{base}/set"),
            web::post().to(move |req, state, body| set(req, state, body, r, key)),
        );
    }
}

/// `{response: {…, server_time}}` with `status`.
fn response(status: StatusCode, mut body: Map<String, Value>) -> HttpResponse {
    body.insert("server_time".into(), now().into());
    HttpResponse::build(status)
        .content_type("application/json")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(json!({ "response": body }).to_string())
}

/// `…/list`: the v2 filters (`id`, `query`, `limit_rows`, `limit_offset`,
/// `responsible_user_id`, leads' `status`); `contacts/list` also takes
/// `type=contact|company|all`.
async fn list(
    req: HttpRequest,
    state: web::Data<AppState>,
    r: Resource,
    key: &'static str,
) -> HttpResponse {
    let kinds = match r {
        Resource::Records(EntityKind::Contacts) => {
            let of_type = crate::server::query::pairs(req.query_string())
                .into_iter()
                .find(|(k, _)| k == "type")
                .map(|(_, v)| v);
            match of_type.as_deref() {
                Some("company") => vec![Resource::Records(EntityKind::Companies)],
                Some("all") => vec![r, Resource::Records(EntityKind::Companies)],
                _ => vec![r],
            }
        }
        _ => vec![r],
    };
    let f = filter(&req, &state, r, &["type"]);
    let snapshot = state.store.snapshot();
    let items: Vec<Value> = kinds
        .into_iter()
        .flat_map(|k| {
            let kind = match k {
                Resource::Records(kind) => kind,
                Resource::Notes => EntityKind::Leads,
            };
            matching(&snapshot.entities, k, &f, state.account.id)
                .into_iter()
                .map(move |v| from_v2_model(kind, v))
        })
        .skip(f.offset)
        .take(f.limit)
        .collect();
    if items.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    let mut body = Map::new();
    body.insert(key.into(), items.into());
    response(StatusCode::OK, body)
}

/// `…/set` with `{request: {<key>: {add, update}}}`.
async fn set(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    r: Resource,
    key: &'static str,
) -> Result<HttpResponse, Problem> {
    let body = numbered_as_arrays(Value::Object(body.object_or_form()?));
    let request = body.get("request").unwrap_or(&body);
    // Companies are `contacts` in amoCRM's libraries; take `company` too.
    let lists = request
        .get(key)
        .or_else(|| {
            (r == Resource::Records(EntityKind::Companies)).then(|| request.get("company"))?
        })
        .cloned()
        .unwrap_or(Value::Null);
    if let Some(m) = request.as_object() {
        for other in m.keys().filter(|k| *k != key && *k != "company") {
            ignored_param(
                &state,
                req.path(),
                other,
                &format!("request[{key}] in the body"),
            );
        }
    }
    let renamed =
        |action: &str| -> Vec<Value> { list_of(&lists, action).iter().map(to_v2_item).collect() };
    let (outcome, origins) = super::write(
        &state,
        &crm_writes::what(&req),
        r,
        renamed("add"),
        renamed("update"),
    )
    .await?;
    let mut groups = Map::new();
    let status = match outcome {
        Outcome::Made(made) => {
            let mut made: Vec<_> = made
                .into_iter()
                .map(|m| (&origins[m.origin], m.id))
                .collect();
            made.sort_by_key(|(o, _)| (o.action == Action::Update, o.index));
            for (origin, id) in made {
                let item = match origin.action {
                    Action::Add => json!({"id": id, "request_id": origin.request_id}),
                    Action::Update => json!({"id": id}),
                };
                let group = groups
                    .entry(origin.action.key())
                    .or_insert_with(|| json!([]));
                if let Some(list) = group.as_array_mut() {
                    list.push(item);
                }
            }
            StatusCode::OK
        }
        Outcome::Refused(refusals) => {
            let mut summary = Vec::new();
            for r in refusals {
                summary.push(format!("{} {}: {}", r.action.key(), r.key, r.message));
                let group = groups
                    .entry(r.action.key())
                    .or_insert_with(|| json!({"errors": {}}));
                group["errors"][r.key.as_str()] = r.message.into();
            }
            let mut body = Map::new();
            body.insert("error".into(), summary.join("; ").into());
            body.insert(key.into(), groups.into());
            return Ok(response(StatusCode::BAD_REQUEST, body));
        }
    };
    let mut body = Map::new();
    body.insert(key.into(), groups.into());
    Ok(response(status, body))
}

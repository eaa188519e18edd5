//! amoCRM's legacy API v2 for records, answered from the same account as
//! API v4 (docs/api-v4-writes.md §11): `GET`/`POST /api/v2/leads`,
//! `/contacts`, `/companies`, `/tasks` and `/notes` (`/api/v2/account` is
//! `account_api`'s). Reads show the records in v2's shape
//! (`account::legacy::models`); `POST {add: […], update: […]}` (JSON, or a
//! jQuery form) is translated item by item into API v4 items
//! (`account::legacy::items`) and made as one `Write::Batch` through
//! `server::crm_writes::write`, so webhooks, history, pages and the
//! inspector see a v2 write as any other, and it lands whole or not at all.
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

use crate::account::entities::{Entities, Entity, EntityKind, Lead};
use crate::account::legacy::items::{self, numbered_as_arrays, v2_path, Action};
use crate::account::legacy::{kind_of_type, models};
use crate::account::pipelines::{LOST_STATUS_ID, WON_STATUS_ID};
use crate::account::writes::{Applied, Write};
use crate::server::crm_writes;
use crate::server::http::{hal, ignored_param, JsonBody, Problem};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;
use crate::server::terminal::print_once;

/// API v2's largest (and default) `limit_rows`.
const MAX_ROWS: usize = 500;

/// What a v2 path lists: records of a kind, or notes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Resource {
    Records(EntityKind),
    Notes,
}

impl Resource {
    fn path(self) -> String {
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
            &r.path(),
            web::get().to(move |req, state| list(req, state, r)),
        )
        .route(
            &r.path(),
            web::post().to(move |req, state, body| post(req, state, body, r)),
        );
    }
}

/// The filters of a v2 list request.
#[derive(Default)]
struct Filter {
    ids: Vec<u64>,
    query: Option<String>,
    limit: usize,
    offset: usize,
    responsible: Vec<u64>,
    statuses: Vec<u64>,
    /// `filter[active]=1`: open leads only.
    active: bool,
    element_ids: Vec<u64>,
    /// Notes and tasks: `type` (`lead`, `contact`, `company`).
    of_kind: Option<EntityKind>,
    note_types: Vec<u64>,
}

fn numbers(value: &str) -> impl Iterator<Item = u64> + '_ {
    value
        .split(',')
        .filter_map(|v| v.trim().parse::<u64>().ok())
}

/// The filters `r` reads from the query; others are reported once.
fn filter(req: &HttpRequest, state: &AppState, r: Resource) -> Filter {
    let mut f = Filter {
        limit: MAX_ROWS,
        ..Filter::default()
    };
    let is = |k: EntityKind| r == Resource::Records(k);
    let mut unknown = Vec::new();
    for (key, value) in pairs(req.query_string()) {
        let path = key_path(&key);
        let read = match path.as_slice() {
            ["id", ..] => {
                f.ids.extend(numbers(&value));
                true
            }
            ["limit_rows"] => {
                f.limit = value.parse().unwrap_or(MAX_ROWS).clamp(1, MAX_ROWS);
                true
            }
            ["limit_offset"] => {
                f.offset = value.parse().unwrap_or(0);
                true
            }
            ["responsible_user_id", ..] if r != Resource::Notes => {
                f.responsible.extend(numbers(&value));
                true
            }
            ["query"] if !matches!(r, Resource::Notes | Resource::Records(EntityKind::Tasks)) => {
                f.query = Some(value.to_lowercase()).filter(|q| !q.is_empty());
                true
            }
            ["status", ..] if is(EntityKind::Leads) => {
                f.statuses.extend(numbers(&value));
                true
            }
            ["filter", "active"] if is(EntityKind::Leads) => {
                f.active = matches!(value.as_str(), "1" | "true" | "Y");
                true
            }
            ["element_id", ..]
                if matches!(r, Resource::Notes | Resource::Records(EntityKind::Tasks)) =>
            {
                f.element_ids.extend(numbers(&value));
                true
            }
            ["type"] if matches!(r, Resource::Notes | Resource::Records(EntityKind::Tasks)) => {
                f.of_kind = kind_of_type(&value);
                true
            }
            ["note_type", ..] if r == Resource::Notes => {
                f.note_types.extend(numbers(&value));
                true
            }
            _ => false,
        };
        if !read {
            unknown.push(key);
        }
    }
    let readable = match r {
        Resource::Records(EntityKind::Leads) => "id, query, limit_rows, limit_offset, responsible_user_id, status and filter[active] on leads",
        Resource::Records(EntityKind::Tasks) => "id, element_id, type, responsible_user_id, limit_rows and limit_offset on tasks",
        Resource::Notes => "id, type, element_id, note_type, limit_rows and limit_offset on notes",
        Resource::Records(_) => "id, query, limit_rows, limit_offset and responsible_user_id",
    };
    for key in unknown {
        ignored_param(state, req.path(), &key, readable);
    }
    f
}

fn keeps<T: Entity>(f: &Filter, r: &T) -> bool {
    (f.ids.is_empty() || f.ids.contains(&r.id()))
        && (f.responsible.is_empty() || f.responsible.contains(&r.responsible_user_id()))
        && f.query
            .as_ref()
            .map_or(true, |q| r.search_text().contains(q))
}

fn lead_keeps(f: &Filter, l: &Lead) -> bool {
    keeps(f, l)
        && (f.statuses.is_empty() || f.statuses.contains(&l.status_id))
        && !(f.active && (l.status_id == WON_STATUS_ID || l.status_id == LOST_STATUS_ID))
}

/// The v2 items `r` lists, in stored order.
fn matching(e: &Entities, r: Resource, f: &Filter, account_id: u64) -> Vec<Value> {
    match r {
        Resource::Records(EntityKind::Leads) => e
            .leads
            .iter()
            .filter(|l| lead_keeps(f, l))
            .map(|l| models::lead(e, l, account_id))
            .collect(),
        Resource::Records(EntityKind::Contacts) => e
            .contacts
            .iter()
            .filter(|c| keeps(f, *c))
            .map(|c| models::contact(e, c, account_id))
            .collect(),
        Resource::Records(EntityKind::Companies) => e
            .companies
            .iter()
            .filter(|c| keeps(f, *c))
            .map(|c| models::company(e, c, account_id))
            .collect(),
        Resource::Records(EntityKind::Tasks) => e
            .tasks
            .iter()
            .filter(|t| keeps(f, *t))
            .filter(|t| f.of_kind.map_or(true, |k| t.entity_type == Some(k)))
            .filter(|t| {
                f.element_ids.is_empty()
                    || t.entity_id.is_some_and(|id| f.element_ids.contains(&id))
            })
            .map(|t| models::task(t, account_id))
            .collect(),
        Resource::Notes => e
            .notes
            .iter()
            .filter(|n| f.ids.is_empty() || f.ids.contains(&n.id))
            .filter(|n| f.of_kind.map_or(true, |k| n.entity_type == k))
            .filter(|n| f.element_ids.is_empty() || f.element_ids.contains(&n.entity_id))
            .filter(|n| {
                f.note_types.is_empty() || f.note_types.contains(&u64::from(n.legacy_type()))
            })
            .map(|n| models::note(n, account_id))
            .collect(),
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
    let f = filter(&req, &state, r);
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

/// Where one v4 item of a v2 write came from, so the answer and its
/// errors can name it as v2 does.
struct Origin {
    action: Action,
    index: usize,
    /// The v2 `request_id`, or the item's index.
    request_id: Value,
    /// Updates: the record's id (v2 keys an update's errors by it).
    id: Option<u64>,
}

impl Origin {
    /// The `request_id` the v4 item carries: tells the origin apart in
    /// the answer and in `validation-errors`.
    fn token(&self) -> String {
        format!("{}.{}", self.action.key(), self.index)
    }

    /// The key of `_embedded.errors.<action>` v2 reports this item under.
    fn error_key(&self) -> String {
        self.id
            .map_or_else(|| self.index.to_string(), |id| id.to_string())
    }
}

/// v2's `add` or `update` list (one object is taken as a list of one).
fn list_of(body: &Value, key: &str) -> Vec<Value> {
    match body.get(key) {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Object(item)) => vec![Value::Object(item.clone())],
        _ => Vec::new(),
    }
}

/// A refusal in v2's shape: `_embedded.errors.{add|update}.{key}`.
fn refused(path: &str, errors: Vec<(Action, String, String)>) -> HttpResponse {
    let mut by_action = Map::new();
    for (action, key, message) in errors {
        let group = by_action
            .entry(action.key())
            .or_insert_with(|| Value::Object(Map::new()));
        group[key.as_str()] = message.into();
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

/// `POST /api/v2/<entity>` with `{add: […], update: […]}`.
async fn post(
    req: HttpRequest,
    state: web::Data<AppState>,
    body: JsonBody,
    r: Resource,
) -> Result<HttpResponse, Problem> {
    let body = numbered_as_arrays(Value::Object(body.object_or_form()?));
    let what = crm_writes::what(&req);
    if let Some(m) = body.as_object() {
        for key in m.keys().filter(|k| *k != "add" && *k != "update") {
            ignored_param(&state, req.path(), key, "add and update in the body");
        }
    }
    let snapshot = state.store.snapshot();
    let e = &snapshot.entities;
    let mut origins: Vec<Origin> = Vec::new();
    let mut refusals: Vec<(Action, String, String)> = Vec::new();
    // (part, kind) → its v4 items; notes make one part per kind.
    let mut parts: Vec<(Action, EntityKind, Vec<Value>)> = Vec::new();
    for action in [Action::Add, Action::Update] {
        for (index, item) in list_of(&body, action.key()).into_iter().enumerate() {
            let id = item
                .get("id")
                .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()));
            let origin = Origin {
                action,
                index,
                request_id: item.get("request_id").cloned().unwrap_or(index.into()),
                id: id.filter(|_| action == Action::Update),
            };
            let (kind, mut v4) = match r {
                Resource::Records(EntityKind::Tasks) => (EntityKind::Tasks, items::task(&item)),
                Resource::Records(kind) => (kind, items::record(kind, action, &item, e)),
                Resource::Notes => match items::note_kind(&item) {
                    Some(kind) if action == Action::Add => (kind, items::note(&item)),
                    Some(_) => {
                        refusals.push((
                            action,
                            origin.error_key(),
                            "amo-emu does not emulate changing notes through API v2".into(),
                        ));
                        continue;
                    }
                    None => {
                        refusals.push((action, origin.error_key(), "element_type: 1 (contact), 2 (lead) or 3 (company); customers are not emulated".into()));
                        continue;
                    }
                },
            };
            if !v4.is_object() {
                refusals.push((
                    action,
                    origin.error_key(),
                    "an item is an object of fields".into(),
                ));
                continue;
            }
            if action == Action::Update {
                if let Some(why) = stale(e, kind, id, &item) {
                    refusals.push((action, origin.error_key(), why));
                    continue;
                }
            }
            v4["request_id"] = origin.token().into();
            match parts
                .iter_mut()
                .find(|(a, k, _)| *a == action && *k == kind)
            {
                Some((_, _, list)) => list.push(v4),
                None => parts.push((action, kind, vec![v4])),
            }
            origins.push(origin);
        }
    }
    if !refusals.is_empty() {
        return Ok(refused(req.path(), refusals));
    }
    if parts.is_empty() {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "send the items to write under add and/or update (API v2)",
        ));
    }
    let writes = parts
        .into_iter()
        .map(|(action, kind, items)| match (r, action) {
            (Resource::Notes, _) => Write::AddNotes {
                kind,
                entity_id: None,
                items,
            },
            (_, Action::Add) => Write::Create { kind, items },
            (_, Action::Update) => Write::Update { kind, items },
        })
        .collect();
    match crm_writes::write(&state, &what, Write::Batch(writes)).await {
        Ok(applied) => Ok(answer(req.path(), r, &applied, &origins)),
        Err(problem) => match problem.validation_items() {
            Some(items) => Ok(refused(req.path(), v2_errors(items, &origins, r))),
            None => Err(problem),
        },
    }
}

/// Why an update must not land, as v2 says it: `updated_at` is required
/// and must not be older than the record's (checked against the account
/// the request saw); a task's update also needs its `text`.
fn stale(e: &Entities, kind: EntityKind, id: Option<u64>, item: &Value) -> Option<String> {
    let stored = id.and_then(|id| match kind {
        EntityKind::Leads => e.get::<Lead>(id).map(|r| r.updated_at),
        EntityKind::Contacts => e
            .get::<crate::account::entities::Contact>(id)
            .map(|r| r.updated_at),
        EntityKind::Companies => e
            .get::<crate::account::entities::Company>(id)
            .map(|r| r.updated_at),
        EntityKind::Tasks => e
            .get::<crate::account::entities::Task>(id)
            .map(|r| r.updated_at),
    })?;
    if kind == EntityKind::Tasks && item.get("text").is_none() {
        return Some("text: a task's update needs its text (API v2)".into());
    }
    let given = item
        .get("updated_at")
        .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()));
    match given {
        Some(t) if t >= stored => None,
        _ => Some("Last modified date is older than in database".into()),
    }
}

/// The v4 `validation-errors` of a refused v2 write, by origin and in v2's
/// field names.
fn v2_errors(items: &Value, origins: &[Origin], r: Resource) -> Vec<(Action, String, String)> {
    let kind = match r {
        Resource::Records(kind) => kind,
        Resource::Notes => EntityKind::Leads,
    };
    items
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|item| {
            let token = item["request_id"].as_str()?;
            let origin = origins.iter().find(|o| o.token() == token)?;
            let messages: Vec<String> = item["errors"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| {
                    let path = v2_path(kind, e["path"].as_str().unwrap_or(""));
                    format!("{path}: {}", e["detail"].as_str().unwrap_or(""))
                })
                .collect();
            Some((origin.action, origin.error_key(), messages.join("; ")))
        })
        .collect()
}

/// The success answer: the written items in request order, `add` first.
fn answer(path: &str, r: Resource, applied: &Applied, origins: &[Origin]) -> HttpResponse {
    let mut items: Vec<(Action, usize, Value)> = applied
        .written
        .iter()
        .filter_map(|w| {
            let origin = origins.iter().find(|o| o.token() == w.request_id)?;
            let href = match r {
                Resource::Records(kind) => models::href(kind, w.id),
                Resource::Notes => format!("/api/v2/notes?id={}", w.id),
            };
            let mut item = json!({"id": w.id, "_links": models::links(href)});
            match origin.action {
                Action::Add => item["request_id"] = origin.request_id.clone(),
                Action::Update => item["updated_at"] = w.updated_at.into(),
            }
            Some((origin.action, origin.index, item))
        })
        .collect();
    items.sort_by_key(|(action, index, _)| (*action == Action::Update, *index));
    let items: Vec<Value> = items.into_iter().map(|(_, _, item)| item).collect();
    hal(
        StatusCode::OK,
        json!({"_links": {"self": {"href": path, "method": "post"}}, "_embedded": {"items": items}}),
    )
}

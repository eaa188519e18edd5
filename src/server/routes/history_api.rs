//! `GET /api/v4/events`: the account's history (docs/api-v4-writes.md §8),
//! newest first, with amoCRM's filters: `filter[type]`, `filter[entity]`,
//! `filter[entity_id]`, `filter[created_by]`, `filter[created_at]` (a
//! timestamp for "from", or `[from]`/`[to]`), `filter[id]`; `page` and
//! `limit` (at most 100). An empty page is `204`.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use crate::account::entities::EntityKind;
use crate::account::history::Event;
use crate::server::http::{hal_page, ignored_param};
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;

/// amoCRM's largest events page (the Russian docs; Kommo's say 250).
const MAX_LIMIT: usize = 100;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v4/events", web::get().to(list));
}

#[derive(Default)]
struct Filter {
    types: Vec<String>,
    entities: Vec<EntityKind>,
    entity_ids: Vec<u64>,
    created_by: Vec<u64>,
    ids: Vec<String>,
    from: Option<u64>,
    to: Option<u64>,
}

impl Filter {
    fn keeps(&self, e: &Event) -> bool {
        (self.types.is_empty() || self.types.contains(&e.event_type))
            && (self.entities.is_empty() || self.entities.contains(&e.entity_type))
            && (self.entity_ids.is_empty() || self.entity_ids.contains(&e.entity_id))
            && (self.created_by.is_empty() || self.created_by.contains(&e.created_by))
            && (self.ids.is_empty() || self.ids.contains(&e.id))
            && self.from.map_or(true, |f| e.created_at >= f)
            && self.to.map_or(true, |t| e.created_at <= t)
    }
}

fn model(e: &Event, account_id: u64) -> Value {
    let kind = e.entity_type.api_name();
    json!({
        "id": e.id,
        "type": e.event_type,
        "entity_id": e.entity_id,
        "entity_type": e.entity_type.singular(),
        "created_by": e.created_by,
        "created_at": e.created_at,
        "value_after": e.value_after,
        "value_before": e.value_before,
        "account_id": account_id,
        "_links": {"self": {"href": format!("/api/v4/events/{}", e.id)}},
        "_embedded": {"entity": {"id": e.entity_id, "_links": {"self": {"href": format!("/api/v4/{kind}/{}", e.entity_id)}}}},
    })
}

async fn list(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let mut f = Filter::default();
    let mut page = 1usize;
    let mut limit = MAX_LIMIT;
    for (key, value) in pairs(req.query_string()) {
        let path = key_path(&key);
        let words = || {
            value
                .split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
        };
        let numbers = || {
            value
                .split(',')
                .filter_map(|s| s.trim().parse::<u64>().ok())
        };
        match path.as_slice() {
            ["page"] => page = value.parse().unwrap_or(1).max(1),
            ["limit"] => limit = value.parse().unwrap_or(MAX_LIMIT).clamp(1, MAX_LIMIT),
            ["filter", "type", ..] => f.types.extend(words()),
            ["filter", "entity", ..] => f.entities.extend(words().filter_map(|w| {
                EntityKind::ALL
                    .into_iter()
                    .find(|k| k.singular() == w || k.api_name() == w)
            })),
            ["filter", "entity_id", ..] => f.entity_ids.extend(numbers()),
            ["filter", "created_by", ..] => f.created_by.extend(numbers()),
            ["filter", "id", ..] => f.ids.extend(words()),
            ["filter", "created_at", "from"] => f.from = value.parse().ok(),
            ["filter", "created_at", "to"] => f.to = value.parse().ok(),
            ["filter", "created_at"] => f.from = value.parse().ok(),
            _ => ignored_param(
                &state,
                req.path(),
                &key,
                "page, limit and filter[type|entity|entity_id|created_by|created_at|id] on events",
            ),
        }
    }
    let snapshot = state.store.snapshot();
    let matching: Vec<&Event> = snapshot
        .history
        .events
        .iter()
        .rev()
        .filter(|e| f.keeps(e))
        .collect();
    let items: Vec<Value> = matching
        .into_iter()
        .map(|e| model(e, state.account.id))
        .collect();
    hal_page("/api/v4/events", "events", items, page, limit)
}

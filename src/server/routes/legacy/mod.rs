//! amoCRM's legacy APIs for records, answered from the same account as
//! API v4: API v2 (`v2`: `/api/v2/{leads,contacts,companies,tasks,notes}`),
//! the private v2 JSON API (`private_v2`: `/private/api/v2/json/<entity>/
//! list|set`) and `contact_search.php`. The v2 and private lists show the
//! records through `account::legacy::models` (filtered here, by
//! [`filter`] and [`matching`]); their writes are v2 `add`/`update`
//! items (the private API's renamed first) that `write.rs` turns into one
//! `Write::Batch` through `server::crm_writes::write`, so webhooks,
//! history, pages and the inspector see a legacy write as any other, and
//! it lands whole or not at all. Each API then answers in its own shape.

pub mod contact_search;
pub mod private_v2;
pub mod v2;
mod write;

pub use write::{list_of, write, Outcome, Refusal};

use actix_web::{web, HttpRequest};
use serde_json::Value;

use crate::account::entities::{Entities, Entity, EntityKind, Lead};
use crate::account::legacy::{kind_of_type, models};
use crate::account::pipelines::{LOST_STATUS_ID, WON_STATUS_ID};
use crate::server::http::ignored_param;
use crate::server::query::{key_path, pairs};
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.configure(v2::configure)
        .configure(private_v2::configure)
        .configure(contact_search::configure);
}

/// The legacy APIs' largest (and default) `limit_rows`.
pub const MAX_ROWS: usize = 500;

/// What a legacy path lists or writes: records of a kind, or notes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Resource {
    Records(EntityKind),
    Notes,
}

/// The filters of a v2 (or private v2) list request.
#[derive(Default)]
pub struct Filter {
    pub limit: usize,
    pub offset: usize,
    ids: Vec<u64>,
    query: Option<String>,
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

/// The filters `r` reads from the query; others are reported once,
/// except the keys in `own`, which the caller reads itself.
pub fn filter(req: &HttpRequest, state: &AppState, r: Resource, own: &[&str]) -> Filter {
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
        if !read && !own.contains(&key.as_str()) {
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

/// The v2 items `r` lists, in stored order (the caller pages them).
pub fn matching(e: &Entities, r: Resource, f: &Filter, account_id: u64) -> Vec<Value> {
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

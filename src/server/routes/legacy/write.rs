//! A legacy write: v2 `add`/`update` items (the private API's renamed
//! first) become v4 items of one `Write::Batch` through
//! `server::crm_writes::write`, each remembered by its [`Origin`], so the
//! answer and its errors name the items as v2 does ([`Outcome`]).

use actix_web::http::StatusCode;
use actix_web::web;
use serde_json::Value;

use super::Resource;
use crate::account::entities::{Company, Contact, Entities, EntityKind, Lead, Task};
use crate::account::legacy::items::{self, v2_path, Action};
use crate::account::writes::{Applied, Write};
use crate::server::crm_writes;
use crate::server::http::Problem;
use crate::server::state::AppState;

/// Where one v4 item of a v2 write came from, so the answer and its
/// errors can name it as v2 does.
pub struct Origin {
    pub action: Action,
    pub index: usize,
    /// The v2 `request_id`, or the item's index.
    pub request_id: Value,
    /// Updates: the record's id (v2 keys an update's errors by it).
    pub id: Option<u64>,
}

impl Origin {
    /// The `request_id` the v4 item carries: tells the origin apart in
    /// the answer and in `validation-errors`.
    fn token(&self) -> String {
        format!("{}.{}", self.action.key(), self.index)
    }

    /// The key of `_embedded.errors.<action>` v2 reports this item under.
    pub fn error_key(&self) -> String {
        self.id
            .map_or_else(|| self.index.to_string(), |id| id.to_string())
    }
}

/// v2's `add` or `update` list (one object is taken as a list of one).
pub fn list_of(body: &Value, key: &str) -> Vec<Value> {
    match body.get(key) {
        Some(Value::Array(items)) => items.clone(),
        Some(Value::Object(item)) => vec![Value::Object(item.clone())],
        _ => Vec::new(),
    }
}

/// One item a legacy write refused, keyed as v2 keys it (`add` by index,
/// `update` by id).
pub struct Refusal {
    pub action: Action,
    pub key: String,
    pub message: String,
}

impl Refusal {
    fn new(action: Action, origin: &Origin, message: impl Into<String>) -> Refusal {
        Refusal {
            action,
            key: origin.error_key(),
            message: message.into(),
        }
    }
}

/// One item a legacy write made: its origin (an index into the write's
/// origins), the record's id and when it was changed.
pub struct Made {
    pub origin: usize,
    pub id: u64,
    pub updated_at: u64,
}

/// What a legacy write did: every item made, or the items refused (then
/// nothing landed).
pub enum Outcome {
    Made(Vec<Made>),
    Refused(Vec<Refusal>),
}

/// A legacy write made of v2 `add` and `update` items of `r`, and where
/// each of its v4 items came from.
struct Plan {
    parts: Vec<(Action, EntityKind, Vec<Value>)>,
    origins: Vec<Origin>,
    refused: Vec<Refusal>,
}

/// Makes v2 `adds` and `updates` of `r` as one write named `what`, and
/// says what came of each item (`Outcome`, with the items' origins).
/// `Err` is a problem of the whole request (nothing to write, the store).
pub async fn write(
    state: &web::Data<AppState>,
    what: &str,
    r: Resource,
    adds: Vec<Value>,
    updates: Vec<Value>,
) -> Result<(Outcome, Vec<Origin>), Problem> {
    let plan = plan(&state.store.snapshot().entities, r, adds, updates);
    if !plan.refused.is_empty() {
        return Ok((Outcome::Refused(plan.refused), plan.origins));
    }
    if plan.parts.is_empty() {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "send the items to write under add and/or update",
        ));
    }
    let writes = plan
        .parts
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
    let origins = plan.origins;
    let outcome = match crm_writes::write(state, what, Write::Batch(writes)).await {
        Ok(applied) => Outcome::Made(made(&applied, &origins)),
        Err(problem) => match problem.validation_items() {
            Some(items) => Outcome::Refused(refusals(items, &origins, r)),
            None => return Err(problem),
        },
    };
    Ok((outcome, origins))
}

/// Each v2 item as a v4 item in the part of its action and kind (notes
/// make one part per kind), or refused before anything is written.
fn plan(e: &Entities, r: Resource, adds: Vec<Value>, updates: Vec<Value>) -> Plan {
    let mut plan = Plan {
        parts: Vec::new(),
        origins: Vec::new(),
        refused: Vec::new(),
    };
    for (action, list) in [(Action::Add, adds), (Action::Update, updates)] {
        for (index, item) in list.into_iter().enumerate() {
            let id = item
                .get("id")
                .and_then(|v| v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()));
            let origin = Origin {
                action,
                index,
                request_id: item.get("request_id").cloned().unwrap_or(index.into()),
                id: id.filter(|_| action == Action::Update),
            };
            let translated = match r {
                Resource::Records(EntityKind::Tasks) => Ok((EntityKind::Tasks, items::task(&item))),
                Resource::Records(kind) => Ok((kind, items::record(kind, action, &item, e))),
                Resource::Notes => match items::note_kind(&item) {
                    Some(kind) if action == Action::Add => Ok((kind, items::note(&item))),
                    Some(_) => Err("amo-emu does not emulate changing notes through API v2".to_owned()),
                    None => Err("element_type: 1 (contact), 2 (lead) or 3 (company); customers are not emulated".to_owned()),
                },
            };
            let checked = translated.and_then(|(kind, v4)| {
                if !v4.is_object() {
                    return Err("an item is an object of fields".to_owned());
                }
                match stale(e, kind, id, &item).filter(|_| action == Action::Update) {
                    Some(why) => Err(why),
                    None => Ok((kind, v4)),
                }
            });
            let (kind, mut v4) = match checked {
                Ok(ok) => ok,
                Err(why) => {
                    plan.refused.push(Refusal::new(action, &origin, why));
                    continue;
                }
            };
            v4["request_id"] = origin.token().into();
            match plan
                .parts
                .iter_mut()
                .find(|(a, k, _)| *a == action && *k == kind)
            {
                Some((_, _, list)) => list.push(v4),
                None => plan.parts.push((action, kind, vec![v4])),
            }
            plan.origins.push(origin);
        }
    }
    plan
}

/// The made items, by origin.
fn made(applied: &Applied, origins: &[Origin]) -> Vec<Made> {
    applied
        .written
        .iter()
        .filter_map(|w| {
            let origin = origins.iter().position(|o| o.token() == w.request_id)?;
            Some(Made {
                origin,
                id: w.id,
                updated_at: w.updated_at,
            })
        })
        .collect()
}

/// Why an update must not land, as v2 says it: `updated_at` is required
/// and must not be older than the record's (checked against the account
/// the request saw); a task's update also needs its `text`.
fn stale(e: &Entities, kind: EntityKind, id: Option<u64>, item: &Value) -> Option<String> {
    let stored = id.and_then(|id| match kind {
        EntityKind::Leads => e.get::<Lead>(id).map(|r| r.updated_at),
        EntityKind::Contacts => e.get::<Contact>(id).map(|r| r.updated_at),
        EntityKind::Companies => e.get::<Company>(id).map(|r| r.updated_at),
        EntityKind::Tasks => e.get::<Task>(id).map(|r| r.updated_at),
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
fn refusals(items: &Value, origins: &[Origin], r: Resource) -> Vec<Refusal> {
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
            Some(Refusal {
                action: origin.action,
                key: origin.error_key(),
                message: messages.join("; "),
            })
        })
        .collect()
}

//! The server's one door to CRM writes. Every change to leads, contacts,
//! companies, tasks, notes, tags and links (API v4, a card's Save, the
//! kanban, a widget's request) calls [`write`]: it applies the write through the
//! store (`account::writes::apply` inside `Store::update`: whole or
//! nothing, durable before it counts), then tells webhook subscribers,
//! runs the Digital Pipeline actions of the stages leads entered, tells
//! open pages and the inspector, and reports fields amo-emu ignored. So the API, the pages, the
//! inspector and the webhooks can never disagree about what happened.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest};
use serde_json::Value;

use super::account_webhooks;
use super::dp_webhook::{self, Firing};
use super::http::{write_store, JsonBody, Problem};
use super::state::AppState;
use super::terminal::print_once;
use crate::account::dp_triggers::DpEvent;
use crate::account::entities::{EntityKind, Lead};
use crate::account::store::now;
use crate::account::webhooks::{Action, Happened};
use crate::account::writes::{self, Actor, Applied, Rejected, Write};
use crate::live_reload::{AccountChange, Message};

/// `METHOD /path` of a request: how notices name the write.
pub fn what(req: &HttpRequest) -> String {
    format!("{} {}", req.method(), req.path())
}

/// A JSON body as the array of items a batch write takes. A lone object
/// is taken as a batch of one, with a notice (amoCRM documents arrays).
pub fn items(req: &HttpRequest, state: &AppState, body: &JsonBody) -> Result<Vec<Value>, Problem> {
    match body.value()? {
        Value::Array(items) => Ok(items),
        Value::Object(m) => {
            let what = what(req);
            print_once(
                state,
                &format!("object-body\u{0}{what}"),
                &format!("[lenient] {what}: amoCRM documents a JSON array of items; amo-emu took the object as one item"),
            );
            Ok(vec![Value::Object(m)])
        }
        _ => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "send a JSON array of items",
        )),
    }
}

/// The batch write `make` builds from a request's JSON array of items
/// (see [`items`]), applied through [`write`] and named by the request.
pub async fn write_items(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    body: &JsonBody,
    make: impl FnOnce(Vec<Value>) -> Write,
) -> Result<Applied, Problem> {
    let items = items(req, state, body)?;
    write(state, &what(req), make(items)).await
}

/// Applies `write` as the current user; answers what it did, or the
/// problem amoCRM would report.
pub async fn write(
    state: &web::Data<AppState>,
    what: &str,
    write: Write,
) -> Result<Applied, Problem> {
    let actor = Actor {
        user_id: state.account.current_user_id.get(),
        users: state.account.users.iter().map(|u| u.id).collect(),
        now: now(),
    };
    let applied = write_store(
        state,
        "nothing was changed (the account is as it was)",
        move |s| writes::apply(s, write, &actor),
    )
    .await?;
    if !applied.ignored.is_empty() {
        let mut keys = applied.ignored.clone();
        keys.sort();
        keys.dedup();
        let keys = keys.join(", ");
        print_once(
            state,
            &format!("ignored-fields\u{0}{what}\u{0}{keys}"),
            &format!("[partly-emulated] {what}: amo-emu does not read {keys}; the rest of each item was written"),
        );
    }
    account_webhooks::dispatch(state, &applied.happened);
    run_dp_actions(state, &applied.happened);
    if !applied.happened.is_empty() {
        let changes = applied
            .happened
            .iter()
            .map(|h| AccountChange {
                entity: h.kind.api_name(),
                id: h.id,
                event: h.setting(),
            })
            .collect();
        state.live.publish(Message::Account { changes });
    }
    Ok(applied)
}

/// Fires the Digital Pipeline actions of the stage each lead entered
/// (created in it, or moved to it), as amoCRM runs a stage's automatic
/// actions: each saved action of the served, installed widget sends its
/// webhook (`server::dp_webhook`) on its own task, and the terminal says
/// what happened. Never blocks or undoes the write.
fn run_dp_actions(state: &web::Data<AppState>, happened: &[Happened]) {
    let loaded = state.widget();
    let Ok(widget) = &loaded.result else {
        return;
    };
    if !widget.has_dp_action() || !state.store.widget(widget.code.as_str()).installed {
        return;
    }
    let snapshot = state.store.snapshot();
    for h in happened.iter().filter(|h| h.kind == EntityKind::Leads) {
        let event = match h.action {
            Action::Add => DpEvent::LeadAdded,
            Action::Status { .. } => DpEvent::LeadStatusChanged,
            _ => continue,
        };
        let Some(lead) = snapshot.entities.get::<Lead>(h.id) else {
            continue;
        };
        let triggers = snapshot
            .dp_triggers
            .in_status(lead.pipeline_id, lead.status_id)
            .filter(|t| t.widget_code == widget.code.as_str());
        for t in triggers {
            let payload = dp_webhook::payload(&Firing {
                event,
                lead_id: lead.id,
                status_id: lead.status_id,
                pipeline_id: lead.pipeline_id,
                settings: &t.settings,
                subdomain: &state.account.subdomain,
                account_id: state.account.id,
                time: now(),
            });
            let url = dp_webhook::target_url(state.config.dp_webhook_url.as_deref(), widget);
            let (action, lead_id) = (t.id, lead.id);
            tokio::spawn(async move {
                let report = dp_webhook::send(&url, payload).await;
                let line = format!(
                    "[dp] action {action} ({}) for lead {lead_id} → {url}: {}",
                    event.type_code(),
                    report.summary()
                );
                if report.ok {
                    tracing::info!("{line}");
                } else {
                    tracing::warn!("{line}");
                }
            });
        }
    }
}

impl From<Rejected> for Problem {
    fn from(r: Rejected) -> Problem {
        match r {
            Rejected::Empty => {
                Problem::new(StatusCode::BAD_REQUEST, "Request data can not be empty")
            }
            Rejected::TooMany { given, limit } => Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("Limit {limit} per page ({given} items sent)"),
            ),
            Rejected::NotFound { kind, id } => Problem::new(
                StatusCode::NOT_FOUND,
                format!(
                    "no {} with id {id} in the emulated account",
                    kind.singular()
                ),
            ),
            Rejected::NotAllowed(why) => Problem::new(StatusCode::BAD_REQUEST, why),
            Rejected::Missing(what) => Problem::new(StatusCode::NOT_FOUND, what),
            Rejected::Invalid(items) => Problem::invalid_items(&items),
        }
    }
}

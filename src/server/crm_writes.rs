//! The server's one door to CRM writes. Every change to leads, contacts,
//! companies, tasks and notes (API v4, a card's Save, the kanban, a
//! widget's request) calls [`write`]: it applies the write through the
//! store (`account::writes::apply` inside `Store::update`: whole or
//! nothing, durable before it counts), then tells webhook subscribers,
//! and reports fields amo-emu ignored. So the API, the pages, the
//! inspector and the webhooks can never disagree about what happened.

use actix_web::http::StatusCode;
use actix_web::web;
use serde_json::{json, Value};

use super::account_webhooks;
use super::http::{write_store, Problem};
use super::state::AppState;
use super::terminal::print_once;
use crate::account::store::now;
use crate::account::writes::{self, Actor, Applied, Rejected, Write};

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
    Ok(applied)
}

impl From<Rejected> for Problem {
    fn from(r: Rejected) -> Problem {
        match r {
            Rejected::Empty => {
                Problem::new(StatusCode::BAD_REQUEST, "Request data can not be empty")
            }
            Rejected::TooMany { given } => Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("Limit {} per page ({given} items sent)", writes::MAX_ITEMS),
            ),
            Rejected::NotFound { kind, id } => Problem::new(
                StatusCode::NOT_FOUND,
                format!(
                    "no {} with id {id} in the emulated account",
                    kind.singular()
                ),
            ),
            Rejected::NotAllowed(why) => Problem::new(StatusCode::BAD_REQUEST, why),
            Rejected::Invalid(items) => {
                let items: Vec<Value> = items
                    .into_iter()
                    .map(|item| {
                        let errors: Vec<Value> = item
                            .errors
                            .iter()
                            .map(|e| json!({"code": e.code.as_str(), "path": e.path, "detail": e.detail}))
                            .collect();
                        json!({"request_id": item.request_id, "errors": errors})
                    })
                    .collect();
                Problem::with_items(
                    "Request validation failed",
                    "validation-errors",
                    items.into(),
                )
            }
        }
    }
}

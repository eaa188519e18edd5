//! `GET`/`POST`/`DELETE /api/v4/webhooks` (docs/api-v4-writes.md §9.1):
//! the account's webhook subscriptions, kept in the store; a `POST` to a
//! destination already subscribed replaces its settings, as amoCRM does.
//! And the inspector's view of what was sent: `GET /amo-emu/webhooks`
//! (newest first, with each outcome) and `POST
//! /amo-emu/webhooks/<id>/resend`.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Value};

use crate::account::store::now;
use crate::account::webhooks::{Webhook, EVENT_NAMES, MAX_WEBHOOKS};
use crate::server::account_webhooks;
use crate::server::http::{hal, write_store, ApiResult, JsonBody, Problem};
use crate::server::outgoing::is_http_url;
use crate::server::state::AppState;
use crate::validation::ErrorCode;

/// The first webhook id: 6 digits, like amoCRM's.
const FIRST_WEBHOOK_ID: u64 = 839_601;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v4/webhooks", web::get().to(list))
        .route("/api/v4/webhooks", web::post().to(subscribe))
        .route("/api/v4/webhooks", web::delete().to(unsubscribe))
        .route("/amo-emu/webhooks", web::get().to(deliveries))
        .route("/amo-emu/webhooks/{id:\\d+}/resend", web::post().to(resend));
}

fn model(w: &Webhook, account_id: u64) -> Value {
    let mut v = json!(w);
    v["account_id"] = account_id.into();
    v
}

async fn list(state: web::Data<AppState>) -> HttpResponse {
    let snapshot = state.store.snapshot();
    let hooks: Vec<Value> = snapshot
        .webhooks
        .iter()
        .map(|w| model(w, state.account.id))
        .collect();
    if hooks.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    hal(
        StatusCode::OK,
        json!({"_total_items": hooks.len(), "_embedded": {"webhooks": hooks}}),
    )
}

/// Why a subscription request is refused.
enum Refused {
    Invalid(&'static str, String),
    TooMany,
}

impl From<Refused> for Problem {
    fn from(r: Refused) -> Problem {
        match r {
            Refused::Invalid(path, detail) => {
                Problem::invalid(path, ErrorCode::NotSupportedChoice, detail)
            }
            Refused::TooMany => Problem::new(
                StatusCode::BAD_REQUEST,
                format!("an account has at most {MAX_WEBHOOKS} webhooks"),
            ),
        }
    }
}

async fn subscribe(state: web::Data<AppState>, body: JsonBody) -> ApiResult {
    let body = body.object()?;
    let destination = body
        .get("destination")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    if !is_http_url(&destination) {
        return Err(Refused::Invalid(
            "destination",
            format!("{destination:?} is not an http(s) URL"),
        )
        .into());
    }
    let settings: Vec<String> = match body.get("settings") {
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => Vec::new(),
    };
    if settings.is_empty() {
        return Err(Refused::Invalid(
            "settings",
            "list at least one event, e.g. [\"add_lead\"]".into(),
        )
        .into());
    }
    if let Some(bad) = settings.iter().find(|s| !EVENT_NAMES.contains(&s.as_str())) {
        return Err(Refused::Invalid(
            "settings",
            format!(
                "{bad:?} is not an event; events: {}",
                EVENT_NAMES.join(", ")
            ),
        )
        .into());
    }
    let sort = body.get("sort").and_then(Value::as_u64).unwrap_or(1);
    let by = state.account.current_user_id.get();
    let at = now();
    let hook = write_store(&state, "the subscription was not saved", move |s| {
        if let Some(w) = s.webhooks.iter_mut().find(|w| w.destination == destination) {
            w.settings = settings;
            w.sort = sort;
            w.updated_at = at;
            w.disabled = false;
            return Ok(w.clone());
        }
        if s.webhooks.len() >= MAX_WEBHOOKS {
            return Err(Refused::TooMany);
        }
        let id = s
            .ids
            .last("webhooks")
            .max(s.webhooks.iter().map(|w| w.id).max().unwrap_or(0))
            .max(FIRST_WEBHOOK_ID - 1)
            + 1;
        s.ids.set("webhooks", id);
        let w = Webhook {
            id,
            destination,
            created_at: at,
            updated_at: at,
            created_by: by,
            sort,
            disabled: false,
            settings,
        };
        s.webhooks.push(w.clone());
        Ok(w)
    })
    .await?;
    tracing::info!(
        "[webhook] {} subscribed to {}",
        hook.destination,
        hook.settings.join(", ")
    );
    Ok(hal(StatusCode::CREATED, model(&hook, state.account.id)))
}

async fn unsubscribe(state: web::Data<AppState>, body: JsonBody) -> ApiResult {
    let body = body.object()?;
    let destination = body
        .get("destination")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let shown = destination.clone();
    let removed = write_store(&state, "nothing was changed", move |s| {
        let before = s.webhooks.len();
        s.webhooks.retain(|w| w.destination != destination);
        if s.webhooks.len() == before {
            Err(Problem::new(
                StatusCode::NOT_FOUND,
                format!("no webhook with destination {destination:?}"),
            ))
        } else {
            Ok(())
        }
    })
    .await;
    removed?;
    tracing::info!("[webhook] {shown} unsubscribed");
    Ok(HttpResponse::NoContent().finish())
}

async fn deliveries(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(json!({"deliveries": state.deliveries.list()}))
}

async fn resend(state: web::Data<AppState>, path: web::Path<u64>) -> ApiResult {
    match account_webhooks::resend(&state, path.into_inner()) {
        Some(id) => Ok(HttpResponse::Accepted().json(json!({"id": id}))),
        None => Err(Problem::new(
            StatusCode::NOT_FOUND,
            "no such delivery (only the newest 200 are kept)",
        )),
    }
}

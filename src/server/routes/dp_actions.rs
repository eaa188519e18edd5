//! The emulator's own endpoints behind the DP page's widget actions (amoCRM
//! has no public API for them): save an action's `dp.settings` values,
//! delete it, and fire its webhook at `dp.webhook_url` from the server.
//! Values are checked against the manifest before anything is stored.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::dp_triggers::DpEvent;
use crate::account::dp_triggers::{Trigger, TriggerError};
use crate::account::store::now;
use crate::server::dp_webhook::{self, Firing};
use crate::server::http::{
    hal, integer_field, write_store, ApiResult, CurrentWidget, JsonBody, Problem,
};
use crate::server::state::AppState;
use crate::validation::ErrorCode;
use crate::widget::Widget;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/amo-emu/dp/triggers", web::post().to(create))
        .service(
            web::resource("/amo-emu/dp/triggers/{id}")
                .route(web::patch().to(update))
                .route(web::delete().to(delete)),
        )
        .route("/amo-emu/dp/triggers/{id}/fire", web::post().to(fire));
}

fn trigger_json(t: &Trigger) -> Value {
    json!({
        "id": t.id,
        "widget_code": t.widget_code,
        "pipeline_id": t.pipeline_id,
        "status_id": t.status_id,
        "settings": t.settings,
    })
}

/// Why a widget without a DP action cannot have one saved or fired.
fn no_action() -> Problem {
    Problem::new(
        StatusCode::BAD_REQUEST,
        "the widget has no Digital Pipeline action: it needs \"digital_pipeline\" in locations and a \"dp\" block",
    )
}

/// What every save or firing of an action checks first, in this order: the
/// served widget offers a DP action, it is installed (amoCRM lists only
/// installed widgets' actions), and the body is a JSON object.
fn action_request(
    state: &AppState,
    widget: CurrentWidget,
    body: &JsonBody,
) -> Result<(CurrentWidget, Map<String, Value>), Problem> {
    if !widget.has_dp_action() {
        return Err(no_action());
    }
    if !state.store.widget(widget.code.as_str()).installed {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "install the widget first: amoCRM offers only installed widgets' actions",
        ));
    }
    Ok((widget, body.object()?))
}

/// The action's `settings` from the body, checked against the widget's
/// `dp.settings` (`Widget::check_dp_settings`).
fn checked_settings(
    widget: &Widget,
    body: &Map<String, Value>,
) -> Result<Map<String, Value>, Problem> {
    let Some(Value::Object(given)) = body.get("settings") else {
        return Err(Problem::invalid(
            "settings",
            ErrorCode::InvalidType,
            "settings must be an object of dp field code → value",
        ));
    };
    match widget.check_dp_settings(given) {
        None => Err(no_action()),
        Some(Ok(values)) => Ok(values),
        Some(Err(errors)) => Err(Problem::validation(errors)),
    }
}

impl From<TriggerError> for Problem {
    fn from(e: TriggerError) -> Self {
        let status = match e {
            TriggerError::UnknownTrigger(_) => StatusCode::NOT_FOUND,
            _ => StatusCode::BAD_REQUEST,
        };
        Problem::new(status, e.to_string())
    }
}

/// What a refused or failed write leaves the user with.
const NOT_SAVED: &str = "the action was not saved";

fn parse_id(raw: &str) -> Result<u64, Problem> {
    raw.parse()
        .map_err(|_| Problem::new(StatusCode::NOT_FOUND, format!("no action {raw:?}")))
}

async fn create(body: JsonBody, widget: CurrentWidget, state: web::Data<AppState>) -> ApiResult {
    let (widget, body) = action_request(&state, widget, &body)?;
    let settings = checked_settings(&widget, &body)?;
    let pipeline_id = integer_field(&body, "pipeline_id")?;
    let status_id = integer_field(&body, "status_id")?;
    let code = widget.code.to_string();
    let t = write_store(&state, NOT_SAVED, move |a| {
        let pipelines = a.pipelines.clone();
        a.dp_triggers
            .create(&pipelines, &code, pipeline_id, status_id, settings, now())
    })
    .await?;
    Ok(hal(StatusCode::OK, trigger_json(&t)))
}

async fn update(
    path: web::Path<String>,
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let id = parse_id(&path)?;
    let (widget, body) = action_request(&state, widget, &body)?;
    let settings = checked_settings(&widget, &body)?;
    let t = write_store(&state, NOT_SAVED, move |a| {
        a.dp_triggers.update(id, settings, now())
    })
    .await?;
    Ok(hal(StatusCode::OK, trigger_json(&t)))
}

async fn delete(path: web::Path<String>, state: web::Data<AppState>) -> ApiResult {
    let id = parse_id(&path)?;
    write_store(&state, "the action is kept", move |a| {
        a.dp_triggers.delete(id)
    })
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Sends the webhook of a saved action with its saved values and reports
/// the backend's answer (or why there was none) as JSON. Always 200 when
/// the action exists: a failing backend is the result, not an API error.
async fn fire(
    path: web::Path<String>,
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let id = parse_id(&path)?;
    let (widget, body) = action_request(&state, widget, &body)?;
    let event: DpEvent = match body.get("event") {
        None => DpEvent::LeadStatusChanged,
        Some(v) => serde_json::from_value(v.clone()).map_err(|_| {
            Problem::invalid(
                "event",
                ErrorCode::NotSupportedChoice,
                "event must be lead_added, lead_status_changed or lead_appeared_in_status",
            )
        })?,
    };
    let lead_id = match body.get("lead_id") {
        None => crate::views::dp::EXAMPLE_LEAD_ID,
        Some(v) => v
            .as_u64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
            .ok_or_else(|| {
                Problem::invalid(
                    "lead_id",
                    ErrorCode::InvalidType,
                    "lead_id must be a positive integer",
                )
            })?,
    };
    let trigger = state
        .store
        .snapshot()
        .dp_triggers
        .get(id)
        .cloned()
        .ok_or(TriggerError::UnknownTrigger(id))?;
    let payload = dp_webhook::payload(&Firing {
        event,
        lead_id,
        status_id: trigger.status_id,
        pipeline_id: trigger.pipeline_id,
        settings: &trigger.settings,
        subdomain: &state.account.subdomain,
        account_id: state.account.id,
        time: now(),
    });
    let url = dp_webhook::target_url(state.config.dp_webhook_url.as_deref(), &widget);
    let report = dp_webhook::send(&url, payload).await;
    tracing::info!(
        "DP webhook of action {id} → {url}: {:?} {:?} in {} ms",
        report.outcome,
        report.status,
        report.elapsed_ms
    );
    Ok(hal(
        StatusCode::OK,
        serde_json::to_value(&report).unwrap_or(Value::Null),
    ))
}

//! The part of amoCRM's REST API v4 that widgets and the emulator's own UI
//! use, answered the way amoCRM answers: `application/hal+json` on success,
//! `application/problem+json` with `validation-errors` on bad input. The
//! settings modal installs, saves and disables through these same endpoints.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::account::store::now;
use crate::server::http::{hal, parse_json_object, ApiResult, Problem};
use crate::server::state::AppState;
use crate::widget::{Area, FieldType, Widget};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/api/v4/widgets/{code}")
            .route(web::get().to(get_widget))
            .route(web::post().to(install_widget))
            .route(web::delete().to(disable_widget)),
    )
    .route("/api/v4/account", web::get().to(get_account))
    .route("/api/v4/users", web::get().to(get_users));
}

/// Finds the served widget by code, or answers 404 / 503 for the caller.
fn widget_or_problem<'a>(
    loaded: &'a crate::server::state::Loaded,
    code: &str,
) -> Result<&'a Widget, Problem> {
    match &loaded.result {
        Ok(w) if w.code.as_str() == code => Ok(w),
        Ok(_) => Err(Problem::new(
            StatusCode::NOT_FOUND,
            format!("no widget with code {code:?}"),
        )),
        Err(failure) => {
            let details: Vec<String> = failure
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .collect();
            Err(Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                format!("the widget folder does not load: {}", details.join("; ")),
            ))
        }
    }
}

/// The widget model of `GET /api/v4/widgets/{code}` (spec §11.1).
fn widget_model(state: &AppState, widget: &Widget) -> Value {
    let locale = &state.config.locale;
    let saved = state.store.widget(widget.code.as_str());
    let m = &widget.manifest;
    let template: Vec<Value> = m
        .settings
        .iter()
        .map(|(key, f)| {
            json!({"key": key, "name": widget.text(&f.name, locale), "type": f.kind.as_str(), "is_required": f.required})
        })
        .collect();
    json!({
        "id": widget.code.numeric_id(),
        "code": widget.code,
        "version": m.widget.version,
        "rating": "4,2",
        "settings_template": template,
        "is_lead_source": m.has_location(Area::LeadSources),
        "is_work_with_dp": m.has_location(Area::DigitalPipeline),
        "is_crm_template": false,
        "client_uuid": null,
        "is_active_in_account": saved.installed,
        "pipeline_id": saved.pipeline_id,
        "settings": saved.settings,
        "_links": {"self": {"href": format!("/api/v4/widgets/{}", widget.code)}},
    })
}

async fn get_widget(path: web::Path<String>, state: web::Data<AppState>) -> ApiResult {
    let loaded = state.widget();
    let widget = widget_or_problem(&loaded, &path)?;
    Ok(hal(StatusCode::OK, widget_model(&state, widget)))
}

/// `POST /api/v4/widgets/{code}`: installs the widget (or updates the
/// settings of an installed one) with a flat map of field code → value.
async fn install_widget(
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> ApiResult {
    let loaded = state.widget();
    let widget = widget_or_problem(&loaded, &path)?;
    let settings = parse_json_object(&req, &body)?;
    let errors = validate_settings(widget, &settings);
    if !errors.is_empty() {
        return Err(Problem::validation(errors));
    }
    if !widget.manifest.widget.installation {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "this widget has installation: false and cannot be installed",
        ));
    }
    let code = widget.code.to_string();
    write(&state, move |account| {
        let w = account.widgets.entry(code).or_default();
        w.installed = true;
        w.settings = settings;
        w.updated_at = now();
    })
    .await
    .map_err(|e| {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("{e}; the previous settings are kept"),
        )
    })?;
    Ok(hal(StatusCode::OK, widget_model(&state, widget)))
}

/// `DELETE /api/v4/widgets/{code}`: disables the widget. Its settings are
/// kept, so a later install starts from them (UNCONFIRMED in amoCRM).
async fn disable_widget(path: web::Path<String>, state: web::Data<AppState>) -> ApiResult {
    let loaded = state.widget();
    let widget = widget_or_problem(&loaded, &path)?;
    let code = widget.code.to_string();
    write(&state, move |account| {
        let w = account.widgets.entry(code).or_default();
        w.installed = false;
        w.updated_at = now();
    })
    .await
    .map_err(|e| {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("{e}; the widget stays installed"),
        )
    })?;
    Ok(HttpResponse::NoContent().finish())
}

/// Applies a change to the account store off the async workers (it writes
/// and fsyncs a file).
async fn write(
    state: &web::Data<AppState>,
    change: impl FnOnce(&mut crate::account::AccountState) + Send + 'static,
) -> Result<(), String> {
    let state = state.clone();
    match web::block(move || state.store.update(change)).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => {
            tracing::error!("{e}");
            Err(e.to_string())
        }
        Err(e) => Err(e.to_string()),
    }
}

/// Checks each value against its field's type (spec §2.4).
fn validate_settings(
    widget: &Widget,
    settings: &Map<String, Value>,
) -> Vec<(String, &'static str, String)> {
    let mut errors = Vec::new();
    for (key, value) in settings {
        let Some(field) = widget.manifest.settings.get(key) else {
            errors.push((
                key.clone(),
                "NotSupportedChoice",
                format!("the widget has no setting {key:?}"),
            ));
            continue;
        };
        let ok = match &field.kind {
            FieldType::Text | FieldType::Pass | FieldType::Unknown(_) => {
                value.is_string() || value.is_null()
            }
            FieldType::Custom => {
                value.is_string()
                    || value.is_number()
                    || value.is_null()
                    || value.is_object()
                    || value.is_array()
            }
            FieldType::Users => {
                value.as_object().is_some_and(|m| {
                    m.iter()
                        .all(|(uid, v)| uid.parse::<u64>().is_ok() && v.is_string())
                }) || value.is_null()
            }
            FieldType::UsersLp => {
                value.as_object().is_some_and(|m| {
                    m.iter().all(|(uid, v)| {
                        uid.parse::<u64>().is_ok()
                            && v.as_object().is_some_and(|o| {
                                o.keys().all(|k| k == "login" || k == "password")
                                    && o.values().all(Value::is_string)
                            })
                    })
                }) || value.is_null()
            }
        };
        if !ok {
            let expected = match &field.kind {
                FieldType::Users => "an object {\"<user_id>\": \"<value>\"}",
                FieldType::UsersLp => {
                    "an object {\"<user_id>\": {\"login\": \"…\", \"password\": \"…\"}}"
                }
                FieldType::Custom => "a string (usually JSON) or a number",
                _ => "a string",
            };
            errors.push((
                key.clone(),
                "InvalidType",
                format!("{key} ({}) must be {expected}", field.kind.as_str()),
            ));
        }
    }
    errors
}

async fn get_account(state: web::Data<AppState>) -> HttpResponse {
    let a = &state.account;
    hal(
        StatusCode::OK,
        json!({
            "id": a.id,
            "name": a.name,
            "subdomain": a.subdomain,
            "current_user_id": a.current_user_id,
            "country": "RU",
            "currency": a.currency,
            "customers_mode": "disabled",
            "is_unsorted_on": true,
            "is_loss_reason_enabled": true,
            "is_helpbot_enabled": false,
            "is_technical_account": false,
            "contact_name_display_order": 1,
            "_links": {"self": {"href": "/api/v4/account"}},
        }),
    )
}

async fn get_users(state: web::Data<AppState>) -> HttpResponse {
    let users: Vec<Value> = state
        .account
        .users
        .iter()
        .map(|u| {
            json!({
                "id": u.id, "name": u.name, "email": u.login, "lang": state.config.locale,
                "rights": {"is_admin": u.is_admin, "is_active": u.active, "group_id": u.group_id},
                "_links": {"self": {"href": format!("/api/v4/users/{}", u.id)}},
            })
        })
        .collect();
    hal(
        StatusCode::OK,
        json!({
            "_total_items": users.len(),
            "_page": 1,
            "_page_count": 1,
            "_links": {"self": {"href": "/api/v4/users"}},
            "_embedded": {"users": users},
        }),
    )
}

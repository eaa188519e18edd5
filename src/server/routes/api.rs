//! The part of amoCRM's REST API v4 that widgets and the emulator's own UI
//! use, answered the way amoCRM answers: `application/hal+json` on success,
//! `application/problem+json` with `validation-errors` on bad input. The
//! settings modal installs, saves and disables through these same endpoints.

use std::fmt;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde_json::{json, Map, Value};

use crate::account::store::now;
use crate::server::boot::numeric_id;
use crate::server::state::AppState;
use crate::widget::{Area, FieldType, Widget};

/// Largest request body the API reads; settings are small.
pub const MAX_JSON_BODY: usize = 256 * 1024;
/// Deepest JSON body the API accepts. serde_json itself stops at 128 levels
/// (a clean error, not a crash); the store wraps a body in 4 more levels, so
/// anything near 128 would be saved but not read back. 64 leaves room.
pub const MAX_JSON_DEPTH: usize = 64;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/api/v4/widgets/{code}")
            .route(web::get().to(get_widget))
            .route(web::post().to(install_widget))
            .route(web::delete().to(disable_widget)),
    );
}

pub(crate) fn hal(status: StatusCode, body: Value) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/hal+json")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body.to_string())
}

/// An API error, answered as amoCRM does: `application/problem+json` with
/// field-level `validation-errors` when there are any.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    detail: String,
    /// `(path, code, detail)` for each invalid field.
    errors: Vec<(String, &'static str, String)>,
    /// Per-item errors of a batch request, already shaped: the key
    /// (`validation-errors`, or `errors` for the documented batch
    /// `EntityNotFound` answer) and its value.
    items: Option<Box<(&'static str, Value)>>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Problem {
            status,
            detail: detail.into(),
            errors: Vec::new(),
            items: None,
        }
    }

    /// A 400 about individual items of a batch (`key` is
    /// `validation-errors` or `errors`; `items` its array).
    pub fn with_items(detail: impl Into<String>, key: &'static str, items: Value) -> Self {
        Problem {
            status: StatusCode::BAD_REQUEST,
            detail: detail.into(),
            errors: Vec::new(),
            items: Some(Box::new((key, items))),
        }
    }

    pub fn validation(errors: Vec<(String, &'static str, String)>) -> Self {
        Problem {
            status: StatusCode::BAD_REQUEST,
            detail: "Request validation failed".into(),
            errors,
            items: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.detail)
    }
}

impl ResponseError for Problem {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let status = self.status;
        let mut body = json!({
            "title": status.canonical_reason().unwrap_or("Error"),
            "type": format!("https://httpstatus.es/{}", status.as_u16()),
            "status": status.as_u16(),
            "detail": self.detail,
        });
        if !self.errors.is_empty() {
            let items: Vec<Value> = self
                .errors
                .iter()
                .map(|(path, code, detail)| json!({"code": code, "path": path, "detail": detail}))
                .collect();
            body["validation-errors"] = json!([{"request_id": "0", "errors": items}]);
        }
        if let Some(extra) = &self.items {
            body[extra.0] = extra.1.clone();
        }
        HttpResponse::build(status)
            .content_type("application/problem+json")
            .body(body.to_string())
    }
}

type ApiResult = Result<HttpResponse, Problem>;

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
        "id": numeric_id(widget.code.as_str()),
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
pub(crate) async fn write(
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

/// Reads a JSON body of any shape, insisting on `Content-Type:
/// application/json` (a cross-site form cannot send that without a CORS
/// preflight), a size limit, and a nesting limit (the state file wraps
/// stored values in a few more levels and must still parse on restart).
pub fn parse_json_body(req: &HttpRequest, body: &[u8]) -> Result<Value, Problem> {
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .eq_ignore_ascii_case("application/json")
    {
        return Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send the body as Content-Type: application/json",
        ));
    }
    if body.len() > MAX_JSON_BODY {
        return Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "the request body is too large",
        ));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(value) if depth(&value) > MAX_JSON_DEPTH => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!("the body is nested deeper than {MAX_JSON_DEPTH} levels"),
        )),
        Ok(value) => Ok(value),
        Err(e) => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!("the body is not valid JSON: {e}"),
        )),
    }
}

/// Reads a JSON object body (see [`parse_json_body`]).
pub fn parse_json_object(req: &HttpRequest, body: &[u8]) -> Result<Map<String, Value>, Problem> {
    match parse_json_body(req, body)? {
        Value::Object(map) => Ok(map),
        _ => Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "the body must be a JSON object of field code → value",
        )),
    }
}

/// How many arrays/objects deep `value` is (a scalar is 0). Only called on
/// values serde_json accepted, so the recursion is bounded by its limit.
fn depth(value: &Value) -> usize {
    match value {
        Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
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

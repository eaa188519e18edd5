//! The HTTP plumbing every route shares, owned by none of them: answers in
//! amoCRM's formats (`hal+json`, `problem+json`), HTML and redirects,
//! the request body read as JSON safely ([`JsonBody`]), the loaded widget
//! as a handler argument, and writing the account store from a handler.
//! Imports no route, so routes depend on it and never on each other.

use std::fmt;
use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::{web, FromRequest, HttpRequest, HttpResponse, ResponseError};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use crate::account::AccountState;
use crate::server::state::AppState;
use crate::widget::Widget;

/// Largest request body the API reads; settings are small.
pub const MAX_JSON_BODY: usize = 256 * 1024;
/// Deepest JSON body the API accepts. serde_json itself stops at 128 levels
/// (a clean error, not a crash); the store wraps a body in 4 more levels, so
/// anything near 128 would be saved but not read back. 64 leaves room.
pub const MAX_JSON_DEPTH: usize = 64;

/// What a JSON endpoint returns: its answer, or the problem amoCRM would report.
pub type ApiResult = Result<HttpResponse, Problem>;

/// A successful API answer as amoCRM sends it.
pub fn hal(status: StatusCode, body: Value) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/hal+json")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body.to_string())
}

/// A rendered page (or the template error, which is the emulator's bug).
pub fn html(body: Result<String, askama::Error>) -> HttpResponse {
    match body {
        Ok(body) => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body),
        Err(e) => HttpResponse::InternalServerError().body(format!("template error: {e}")),
    }
}

/// `302 Found` to `to`, which the caller has built from trusted parts.
pub fn redirect(to: &str) -> HttpResponse {
    HttpResponse::Found()
        .insert_header((header::LOCATION, to))
        .finish()
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

    /// A [`validation`](Self::validation) problem about one field.
    pub fn invalid(path: impl Into<String>, code: &'static str, detail: impl Into<String>) -> Self {
        Problem::validation(vec![(path.into(), code, detail.into())])
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

/// A request's body, read as JSON only when the handler asks
/// ([`value`](Self::value), [`object`](Self::object), [`parse`](Self::parse)).
/// Lazy on purpose: a handler's own checks (the widget the URL names, the
/// id, the widget's state) answer before a malformed body does, in the
/// order the handler makes them.
pub struct JsonBody {
    content_type: String,
    bytes: web::Bytes,
}

impl JsonBody {
    /// The `Content-Type` header as sent (empty when missing or not text).
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The body as sent, for an endpoint that also takes forms.
    pub fn raw(&self) -> &[u8] {
        &self.bytes
    }

    /// The body's size in bytes, for endpoints with a smaller limit.
    pub fn size(&self) -> usize {
        self.bytes.len()
    }

    /// The body as JSON of any shape, insisting on `Content-Type:
    /// application/json` (a cross-site form cannot send that without a CORS
    /// preflight), a size limit, and a nesting limit (the state file wraps
    /// stored values in a few more levels and must still parse on restart).
    pub fn value(&self) -> Result<Value, Problem> {
        if !self
            .content_type
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
        if self.bytes.len() > MAX_JSON_BODY {
            return Err(Problem::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the request body is too large",
            ));
        }
        match serde_json::from_slice::<Value>(&self.bytes) {
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

    /// The body as a JSON object of field code → value (see [`value`](Self::value)).
    pub fn object(&self) -> Result<Map<String, Value>, Problem> {
        match self.value()? {
            Value::Object(map) => Ok(map),
            _ => Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "the body must be a JSON object of field code → value",
            )),
        }
    }

    /// The body as a `T` (see [`value`](Self::value)); a body of another
    /// shape is a `400` that starts with `expected`, what a `T` looks like.
    pub fn parse<T: DeserializeOwned>(&self, expected: &str) -> Result<T, Problem> {
        serde_json::from_value(self.value()?)
            .map_err(|e| Problem::new(StatusCode::BAD_REQUEST, format!("{expected}: {e}")))
    }
}

/// The non-negative integer at `key` of a JSON object body, or the
/// validation problem amoCRM answers for a missing or mistyped id.
pub fn integer_field(body: &Map<String, Value>, key: &str) -> Result<u64, Problem> {
    body.get(key)
        .and_then(Value::as_u64)
        .ok_or_else(|| Problem::invalid(key, "InvalidType", format!("{key} must be an integer")))
}

impl FromRequest for JsonBody {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, actix_web::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_owned();
        // Read the bytes exactly as a `web::Bytes` argument does (same
        // limit, same errors); only the parsing waits for the handler.
        let bytes = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            Ok(JsonBody {
                content_type,
                bytes: bytes.await?,
            })
        })
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

/// The widget the folder loads to, as a handler argument. A handler that
/// takes it runs only when the folder loads; otherwise the request is
/// answered `503` with the diagnostics the terminal shows.
pub struct LoadedWidget(pub Arc<Widget>);

impl LoadedWidget {
    /// The current widget of `state`, or the `503` that says why there is none.
    pub fn of(state: &AppState) -> Result<Self, Problem> {
        match &state.widget().result {
            Ok(widget) => Ok(LoadedWidget(widget.clone())),
            Err(failure) => {
                let details: Vec<String> = failure
                    .diagnostics
                    .iter()
                    .map(ToString::to_string)
                    .collect();
                Err(Problem::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    format!(
                        "the widget folder does not load: {}; fix it (see the terminal) and retry",
                        details.join("; ")
                    ),
                ))
            }
        }
    }

    /// The widget, if the URL names it (`404` for any other code).
    pub fn named(self, code: &str) -> Result<Self, Problem> {
        if self.0.code.as_str() == code {
            Ok(self)
        } else {
            Err(Problem::new(
                StatusCode::NOT_FOUND,
                format!("no widget with code {code:?}"),
            ))
        }
    }
}

impl std::ops::Deref for LoadedWidget {
    type Target = Widget;

    fn deref(&self) -> &Widget {
        &self.0
    }
}

impl FromRequest for LoadedWidget {
    type Error = Problem;
    type Future = Ready<Result<Self, Problem>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.app_data::<web::Data<AppState>>() {
            Some(state) => LoadedWidget::of(state),
            None => Err(Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the server state is missing",
            )),
        })
    }
}

/// Applies `change` to the account store off the async workers (a write
/// fsyncs a file). A change that returns `Err` leaves the store as it was
/// and is the answer; a failed write is logged and answered `500`, its
/// detail followed by `consequence` (what the user still has).
pub async fn write_store<R, E>(
    state: &web::Data<AppState>,
    consequence: &str,
    change: impl FnOnce(&mut AccountState) -> Result<R, E> + Send + 'static,
) -> Result<R, Problem>
where
    R: Send + 'static,
    E: Into<Problem> + Send + 'static,
{
    let state = state.clone();
    let error = match web::block(move || state.store.update(change)).await {
        Ok(Ok(result)) => return result.map_err(Into::into),
        Ok(Err(e)) => e.to_string(),
        Err(e) => e.to_string(),
    };
    tracing::error!("{error}");
    Err(Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("{error}; {consequence}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    /// The extractor never judges the body, so a handler's own checks (a
    /// `404` for an unknown code) still come before a `415`/`400`.
    #[actix_web::test]
    async fn a_json_body_is_judged_only_when_the_handler_reads_it() {
        let (req, mut payload) = TestRequest::post()
            .insert_header((header::CONTENT_TYPE, "text/plain"))
            .set_payload("{")
            .to_http_parts();
        let body = JsonBody::from_request(&req, &mut payload).await.unwrap();
        let refused = body.value().unwrap_err();
        assert_eq!(refused.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    }
}

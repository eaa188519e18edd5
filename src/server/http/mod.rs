//! The HTTP plumbing every route shares, owned by none of them: answers in
//! amoCRM's formats (`hal+json` and its pages, `problem+json`), the notice
//! for a query parameter a route does not read, HTML and redirects,
//! the request body read as JSON safely ([`JsonBody`], from `json_body`),
//! the loaded widget as a handler argument, and writing the account store
//! from a handler. Imports no route, so routes depend on it and never on
//! each other.

mod current_widget;
mod json_body;

pub use current_widget::CurrentWidget;
pub use json_body::{integer_field, JsonBody, MAX_JSON_BODY, MAX_JSON_DEPTH};

use std::fmt;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpResponse, ResponseError};
use serde_json::{json, Value};

use crate::account::{AccountState, StoreError};
use crate::server::state::AppState;
use crate::server::terminal::print_once;
use crate::validation::{ErrorCode, FieldError, ItemErrors};

/// What a JSON endpoint returns: its answer, or the problem amoCRM would report.
pub type ApiResult = Result<HttpResponse, Problem>;

/// A successful API answer as amoCRM sends it.
pub fn hal(status: StatusCode, body: Value) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("application/hal+json")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body.to_string())
}

/// One page of a list that is not of records (notes, events, tags), as
/// API v4 answers it: `{_page, _links: {self, next?}, _embedded: {<key>:
/// […]}}` with `page` (1-based) and `limit` taken from `matching`, or
/// `204 No Content` when the page is empty. `path` is the list's own path.
pub fn hal_page(
    path: &str,
    key: &str,
    matching: Vec<Value>,
    page: usize,
    limit: usize,
) -> HttpResponse {
    let start = page.max(1).saturating_sub(1).saturating_mul(limit);
    let has_next = matching.len() > start.saturating_add(limit);
    let items: Vec<Value> = matching.into_iter().skip(start).take(limit).collect();
    if items.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    let href = |p: usize| format!("{path}?page={p}&limit={limit}");
    let mut links = json!({"self": {"href": href(page)}});
    if has_next {
        links["next"] = json!({"href": href(page + 1)});
    }
    let mut embedded = serde_json::Map::new();
    embedded.insert(key.to_owned(), items.into());
    hal(
        StatusCode::OK,
        json!({"_page": page, "_links": links, "_embedded": embedded}),
    )
}

/// Set on every "not emulated" answer; its value is `METHOD /path`, and
/// the page's runtime (`assets/runtime/net/observe.js`) shows a notice
/// when it sees it.
pub const NOT_EMULATED_HEADER: &str = "X-Amo-Emu-Not-Emulated";

/// The answer to a request amo-emu does not emulate (`what`: `METHOD
/// /path`, printable ASCII): a problem+json `404` saying `detail`, the
/// terminal line once, and [`NOT_EMULATED_HEADER`] for the page.
pub fn not_emulated_answer(state: &AppState, what: &str, detail: String) -> HttpResponse {
    print_once(
        state,
        &format!("not-emulated\u{0}{what}"),
        &format!("[not-emulated] the widget requested {what}, which amo-emu does not emulate (answered 404); see the README's API table"),
    );
    let mut res = Problem::new(StatusCode::NOT_FOUND, detail).error_response();
    if let (Ok(name), Ok(value)) = (
        header::HeaderName::try_from(NOT_EMULATED_HEADER),
        what.parse(),
    ) {
        res.headers_mut().insert(name, value);
    }
    res
}

/// Says once in the terminal that `path` ignored its query parameter
/// `key`; `reads` lists what that route does read.
pub fn ignored_param(state: &AppState, path: &str, key: &str, reads: &str) {
    let what = format!("{path} ?{key}");
    print_once(
        state,
        &format!("ignored-param\u{0}{what}"),
        &format!("[partly-emulated] {what}: amo-emu reads {reads}; {key} is ignored"),
    );
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
/// field-level `validation-errors` when there are any. Built from typed
/// errors: domain errors convert into it (`From`), each in one place.
#[derive(Debug)]
pub struct Problem {
    status: StatusCode,
    detail: String,
    /// The invalid values of a single request (one `validation-errors`
    /// entry, `request_id` "0").
    errors: Vec<FieldError>,
    /// Per-item errors of a batch request, already shaped (boxed: most
    /// problems have none, and every `Result<_, Problem>` carries the size).
    batch: Option<Box<BatchErrors>>,
}

/// A batch request's per-item errors, under the key amoCRM uses for them.
#[derive(Debug)]
pub enum BatchErrors {
    /// `validation-errors: [{request_id, errors: [...]}]`.
    Validation(Value),
    /// `errors: [...]`: the documented batch `EntityNotFound` answer.
    NotFound(Value),
}

impl BatchErrors {
    fn key(&self) -> &'static str {
        match self {
            BatchErrors::Validation(_) => "validation-errors",
            BatchErrors::NotFound(_) => "errors",
        }
    }

    fn value(&self) -> &Value {
        match self {
            BatchErrors::Validation(v) | BatchErrors::NotFound(v) => v,
        }
    }
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Self {
        Problem {
            status,
            detail: detail.into(),
            errors: Vec::new(),
            batch: None,
        }
    }

    /// A 400 about individual items of a batch.
    pub fn batch(detail: impl Into<String>, errors: BatchErrors) -> Self {
        Problem {
            status: StatusCode::BAD_REQUEST,
            detail: detail.into(),
            errors: Vec::new(),
            batch: Some(Box::new(errors)),
        }
    }

    pub fn validation(errors: Vec<FieldError>) -> Self {
        Problem {
            status: StatusCode::BAD_REQUEST,
            detail: "Request validation failed".into(),
            errors,
            batch: None,
        }
    }

    /// The per-item `validation-errors` of a refused batch, as answered
    /// (for an API that reports them in its own shape, like API v2).
    pub fn validation_items(&self) -> Option<&Value> {
        match self.batch.as_deref() {
            Some(BatchErrors::Validation(items)) => Some(items),
            _ => None,
        }
    }

    /// A [`validation`](Self::validation) problem about one field.
    pub fn invalid(path: impl Into<String>, code: ErrorCode, detail: impl Into<String>) -> Self {
        Problem::validation(vec![FieldError::new(path, code, detail)])
    }
}

/// One field error as `validation-errors[].errors[]` spells it.
pub fn field_error_json(e: &FieldError) -> Value {
    json!({"code": e.code.as_str(), "path": e.path, "detail": e.detail})
}

impl Problem {
    /// The 400 of a batch whose `items` are invalid: one
    /// `validation-errors` entry per item, every error of each.
    pub fn invalid_items(items: &[ItemErrors]) -> Problem {
        let list: Vec<Value> = items
            .iter()
            .map(|i| {
                let errors: Vec<Value> = i.errors.iter().map(field_error_json).collect();
                json!({"request_id": i.request_id, "errors": errors})
            })
            .collect();
        Problem::batch(
            "Request validation failed",
            BatchErrors::Validation(list.into()),
        )
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
            let items: Vec<Value> = self.errors.iter().map(field_error_json).collect();
            body["validation-errors"] = json!([{"request_id": "0", "errors": items}]);
        }
        if let Some(batch) = &self.batch {
            body[batch.key()] = batch.value().clone();
        }
        HttpResponse::build(status)
            .content_type("application/problem+json")
            .body(body.to_string())
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
    let written = web::block(move || {
        state
            .store
            .update(|s| change(s).map_err(WriteFailure::Refused))
    })
    .await;
    let error = match written {
        Ok(Ok(result)) => return Ok(result),
        Ok(Err(WriteFailure::Refused(e))) => return Err(e.into()),
        Ok(Err(WriteFailure::Store(e))) => e.to_string(),
        Err(e) => e.to_string(),
    };
    tracing::error!("{error}");
    Err(Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        format!("{error}; {consequence}"),
    ))
}

/// Why [`write_store`]'s change did not land: refused by the change itself
/// (the client's fault) or not made durable (the machine's).
enum WriteFailure<E> {
    Refused(E),
    Store(StoreError),
}

impl<E> From<StoreError> for WriteFailure<E> {
    fn from(e: StoreError) -> Self {
        WriteFailure::Store(e)
    }
}

//! The request body of the emulator's JSON endpoints, as a handler
//! argument that reads the bytes but judges them only when the handler
//! asks, with the checks every such body gets (media type, size, depth).
//! Re-exported by `server::http`, which routes import.

use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::Problem;
use crate::server::query::{nested, pairs};
use crate::validation::ErrorCode;

/// Largest request body the API reads: room for a full batch of 250
/// records with their fields (amoCRM documents no byte limit, only the item
/// count), far above any settings form.
pub const MAX_JSON_BODY: usize = 2 * 1024 * 1024;
/// Deepest JSON body the API accepts. serde_json itself stops at 128 levels
/// (a clean error, not a crash); the store wraps a body in 4 more levels, so
/// anything near 128 would be saved but not read back. 64 leaves room.
pub const MAX_JSON_DEPTH: usize = 64;

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

    /// The body as a map: a form (what jQuery's `$.post` sends, brackets
    /// read as PHP does: `a[b]=1` → `{"a": {"b": "1"}}`) or a JSON object.
    /// For amoCRM's endpoints that take both (`/ajax/widgets/edit`, API
    /// v2); a cross-site form is still refused by `server::guard`.
    pub fn object_or_form(&self) -> Result<Map<String, Value>, Problem> {
        if self
            .content_type
            .to_ascii_lowercase()
            .starts_with("application/json")
        {
            return self.object();
        }
        let text = std::str::from_utf8(&self.bytes)
            .map_err(|_| Problem::new(StatusCode::BAD_REQUEST, "the form body is not UTF-8"))?;
        Ok(nested(&pairs(text)))
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
    body.get(key).and_then(Value::as_u64).ok_or_else(|| {
        Problem::invalid(
            key,
            ErrorCode::InvalidType,
            format!("{key} must be an integer"),
        )
    })
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

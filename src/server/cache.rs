//! Revalidation for everything the emulator serves: an `ETag` from the
//! content and `Cache-Control: no-cache`, so the browser asks every time
//! (never shows a stale widget file after an edit) but gets a tiny `304`
//! when nothing changed — and keeps its compiled-code cache for the big
//! vendored libraries, which is most of what makes a reload fast.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder};

/// A strong validator for `bytes`.
pub fn etag_of(bytes: &[u8]) -> String {
    let mut h = DefaultHasher::new();
    h.write(bytes);
    format!("\"{:016x}\"", h.finish())
}

/// Bytes of a precomputed digest that make its validator: 64 bits, like
/// [`etag_of`], are plenty to tell two versions of one file apart.
const DIGEST_BYTES_IN_ETAG: usize = 8;

/// A strong validator from a digest computed ahead of time (rust-embed's
/// SHA-256 of an embedded file, made at build time in release builds), so
/// serving an embedded file never hashes its body.
pub fn etag_of_digest(digest: &[u8]) -> String {
    let hex: String = digest
        .iter()
        .take(DIGEST_BYTES_IN_ETAG)
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("\"{hex}\"")
}

/// Whether the request already holds the current version.
pub fn is_fresh(req: &HttpRequest, etag: &str) -> bool {
    req.headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// `304 Not Modified` if the client's copy is current, else `200` with the
/// body built by `ok` (which gets the builder with the validators set).
pub fn respond(
    req: &HttpRequest,
    bytes: &[u8],
    ok: impl FnOnce(&mut HttpResponseBuilder) -> HttpResponse,
) -> HttpResponse {
    respond_tagged(req, etag_of(bytes), ok)
}

/// [`respond`] with a validator the caller already has.
pub fn respond_tagged(
    req: &HttpRequest,
    etag: String,
    ok: impl FnOnce(&mut HttpResponseBuilder) -> HttpResponse,
) -> HttpResponse {
    if is_fresh(req, &etag) {
        return HttpResponse::NotModified()
            .insert_header((header::ETAG, etag))
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .finish();
    }
    let mut builder = HttpResponse::Ok();
    builder
        .insert_header((header::ETAG, etag))
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header(("X-Content-Type-Options", "nosniff"));
    ok(&mut builder)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn answers_304_only_for_the_current_etag() {
        let etag = etag_of(b"body");
        assert_ne!(etag, etag_of(b"other"));
        let req = TestRequest::default()
            .insert_header((header::IF_NONE_MATCH, etag.clone()))
            .to_http_request();
        assert_eq!(respond(&req, b"body", |b| b.body("body")).status(), 304);
        assert_eq!(
            respond(&req, b"changed", |b| b.body("changed")).status(),
            200
        );
        let plain = TestRequest::default().to_http_request();
        let res = respond(&plain, b"body", |b| b.body("body"));
        assert_eq!(res.status(), 200);
        assert_eq!(
            res.headers().get(header::CACHE_CONTROL).unwrap(),
            "no-cache"
        );
    }

    #[test]
    fn digest_etags_differ_with_the_digest() {
        assert_eq!(etag_of_digest(&[0xab; 32]), "\"abababababababab\"");
        assert_ne!(etag_of_digest(&[1; 32]), etag_of_digest(&[2; 32]));
    }
}

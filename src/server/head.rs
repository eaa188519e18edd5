//! `HEAD` answered as `GET` is, without the body (RFC 9110 §9.3.2): each
//! route declares `GET` only, so without this a `HEAD` of a page fell
//! through to the "not emulated" page and answered 404 while the `GET`
//! answered 200 (link checkers and `curl -I` use `HEAD`). actix-http
//! writes no body for a request that arrived as `HEAD`, whatever the
//! handler returns. The live-reload stream is left out: its body never
//! ends, so a `HEAD` of it gets the 404 of a method no route takes.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::Method;
use actix_web::middleware::Next;

pub async fn as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    if req.method() == Method::HEAD && req.path() != crate::live_reload::EVENTS_PATH {
        req.head_mut().method = Method::GET;
    }
    next.call(req).await
}

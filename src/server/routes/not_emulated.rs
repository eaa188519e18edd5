//! The answer to every `/api/…`, `/private/…` and `/ajax/…` request no other
//! route takes: amoCRM has thousands of internal endpoints and the emulator
//! answers a few. Instead of actix's empty 404 (jQuery's callbacks never
//! fire, the widget spins forever), the widget gets a problem+json 404 that
//! says what was not emulated, the terminal says it once per method and
//! path, and the header [`NOT_EMULATED_HEADER`] lets the page's runtime
//! (`assets/runtime/net/observe.js`) show it too. Registered last, so every
//! real route wins.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};

use crate::server::http::Problem;
use crate::server::state::AppState;
use crate::server::terminal::print_once;

/// Set on every "not emulated" answer; its value is `METHOD /path`.
pub const NOT_EMULATED_HEADER: &str = "X-Amo-Emu-Not-Emulated";
/// The path families that belong to amoCRM's backend.
pub const PREFIXES: [&str; 3] = ["/api", "/private", "/ajax"];
/// How much of a path goes into the header and the terminal line.
const MAX_PATH_SHOWN: usize = 300;

pub fn configure(cfg: &mut web::ServiceConfig) {
    for prefix in PREFIXES {
        cfg.route(prefix, web::route().to(not_emulated)).route(
            &format!("{prefix}/{{tail:.*}}"),
            web::route().to(not_emulated),
        );
    }
}

async fn not_emulated(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    // Printable ASCII only: the path goes into a header and the terminal.
    let path: String = req
        .uri()
        .path()
        .chars()
        .take(MAX_PATH_SHOWN)
        .map(|c| if c.is_ascii_graphic() { c } else { '?' })
        .collect();
    let what = format!("{} {path}", req.method());
    print_once(
        &state,
        &format!("not-emulated\u{0}{what}"),
        &format!("[not-emulated] the widget requested {what}, which amo-emu does not emulate (answered 404); see the README's API table"),
    );
    let mut res = Problem::new(
        StatusCode::NOT_FOUND,
        format!("amo-emu does not emulate {what}. amoCRM has this endpoint, but the emulator answers only the API listed in its README."),
    )
    .error_response();
    if let (Ok(name), Ok(value)) = (
        actix_web::http::header::HeaderName::try_from(NOT_EMULATED_HEADER),
        what.parse(),
    ) {
        res.headers_mut().insert(name, value);
    }
    res
}

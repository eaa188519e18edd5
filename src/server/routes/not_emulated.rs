//! The answer to every `/api/…`, `/private/…` and `/ajax/…` request no other
//! route takes: amoCRM has thousands of internal endpoints and the emulator
//! answers a few. Instead of actix's empty 404 (jQuery's callbacks never
//! fire, the widget spins forever), the widget gets a problem+json 404 that
//! says what was not emulated, the terminal says it once per method and
//! path, and a header lets the page's runtime show it too (all three
//! `server::http::not_emulated_answer`). Registered last, so every real
//! route wins.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::server::http::not_emulated_answer;
use crate::server::state::AppState;

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
    not_emulated_answer(
        &state,
        &what,
        format!("amo-emu does not emulate {what}. amoCRM has this endpoint, but the emulator answers only the API listed in its README."),
    )
}

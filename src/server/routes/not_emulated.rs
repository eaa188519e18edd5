//! The answer to every `/api/…`, `/private/…` and `/ajax/…` request no other
//! route takes: amoCRM has thousands of internal endpoints and the emulator
//! answers a few. Instead of actix's empty 404 (jQuery's callbacks never
//! fire, the widget spins forever), the widget gets a problem+json 404 that
//! says what was not emulated, the terminal says it once per method and
//! path, and a header lets the page's runtime show it too (all three
//! `server::http::not_emulated_answer`). Registered last, so every real
//! route wins. Any other path nothing answers (a page of amoCRM's such as
//! `/customers/list/`, a link a widget drew) gets [`page`]: a page that
//! says what amo-emu does not emulate and why, printed once, not actix's
//! empty 404.

use actix_web::http::{Method, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::server::boot::Boot;
use crate::server::http::not_emulated_answer;
use crate::server::page::chrome;
use crate::server::state::AppState;
use crate::server::terminal::print_once;
use crate::views::NotEmulatedPage;

/// amoCRM's sections amo-emu has no page for, and why (the first prefix
/// that matches); anything else is "a page amo-emu does not have".
const SECTIONS: &[(&str, &str, &str)] = &[
    ("/customers", "Customers", "amoCRM's customers (periodic purchases) are not emulated: their pages, API and the cucard/culist locations are not described in amoCRM's public docs well enough to emulate them faithfully, so a widget's customers locations do not run here."),
    ("/catalogs", "Lists (catalogs)", "amoCRM's lists (catalogs and their elements) are not emulated, nor the catalogs location."),
    ("/stats", "Analytics", "amoCRM's analytics and reports are not emulated."),
    ("/mail", "Mail", "amoCRM's mail is not emulated."),
    ("/chats", "Chats", "amoCRM's chats are not emulated."),
    ("/events", "Events", "amoCRM's events page is not emulated (its API, GET /api/v4/events, is)."),
];

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

/// The request's path as a header, a page and the terminal may show it:
/// printable ASCII only, at most [`MAX_PATH_SHOWN`] characters.
fn shown_path(req: &HttpRequest) -> String {
    req.uri()
        .path()
        .chars()
        .take(MAX_PATH_SHOWN)
        .map(|c| if c.is_ascii_graphic() { c } else { '?' })
        .collect()
}

/// The answer to a path no route takes (the app's default service).
pub async fn page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let path = shown_path(&req);
    let wants_page = matches!(*req.method(), Method::GET | Method::HEAD)
        && req
            .headers()
            .get("accept")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/html"));
    let (heading, why) = SECTIONS
        .iter()
        .find(|(prefix, _, _)| path == *prefix || path.starts_with(&format!("{prefix}/")))
        .map(|(_, name, why)| (format!("{name}: not emulated"), (*why).to_owned()))
        .unwrap_or_else(|| {
            (
                "This page is not emulated".to_owned(),
                format!("amo-emu has no page at {path}."),
            )
        });
    print_once(
        &state,
        &format!("page:{path}"),
        &format!("[not-emulated] {} {path}: {why}", req.method()),
    );
    if !wants_page {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body(format!("{why}\n"));
    }
    let boot = Boot::new("not-emulated", &state.config.locale, &state.account, None);
    let view = NotEmulatedPage {
        chrome: chrome(&state, "", &heading, &boot, None),
        path,
        heading,
        why,
    };
    match view.render() {
        Ok(body) => HttpResponse::build(StatusCode::NOT_FOUND)
            .content_type("text/html; charset=utf-8")
            .body(body),
        Err(e) => HttpResponse::InternalServerError().body(e.to_string()),
    }
}

async fn not_emulated(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let path = shown_path(&req);
    let what = format!("{} {path}", req.method());
    not_emulated_answer(
        &state,
        &what,
        format!("amo-emu does not emulate {what}. amoCRM has this endpoint, but the emulator answers only the API listed in its README."),
    )
}

//! `/amo-emu/not-emulated/<id>.js`: where the runtime's loader sends the
//! module ids amo-emu does not provide (amoCRM's `lib/...` internals, and
//! documented libraries no npm package backs). Instead of a 404, which
//! RequireJS reports as a bare "Script error", the answer is a tiny AMD
//! module whose factory throws an error naming the module and the widget
//! file that required it; the runtime shows that error in the page, and the
//! terminal gets the same line once per module id.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;

use crate::server::state::AppState;
use crate::server::terminal::print_once;
use crate::widget::platform_modules;

/// The URL prefix `assets/runtime/core/platform-modules.js` maps ids to.
pub const PREFIX: &str = "/amo-emu/not-emulated/";

/// The DOM event the answer dispatches (errors.js listens for it).
const EVENT: &str = "amo-emu:not-emulated";

/// The file extension RequireJS appends to every module URL.
const JS_SUFFIX: &str = ".js";

/// Longest `from` (requiring file) kept for the message.
const MAX_FROM_LEN: usize = 200;

#[derive(Deserialize)]
struct Query {
    /// The widget file that required the module, as the runtime saw it.
    from: Option<String>,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(&format!("{PREFIX}{{tail:.*}}"), web::get().to(not_emulated));
}

async fn not_emulated(
    req: HttpRequest,
    query: web::Query<Query>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let tail = req.match_info().query("tail");
    let id = tail.strip_suffix(JS_SUFFIX).unwrap_or(tail);
    let Some(kind) = platform_modules::classify(id) else {
        return HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("amo-emu: not a module id amo-emu knows it does not emulate\n");
    };
    let from = query.from.as_deref().map(clean_from);
    let text = platform_modules::message(id, kind, from.as_deref());
    // Once per id: a widget requiring one is reloaded on every save.
    print_once(&state, &format!("module\u{0}{id}"), &text);
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(module_source(id, &text))
}

/// Printable characters only, bounded: it ends up in the terminal.
fn clean_from(from: &str) -> String {
    from.chars()
        .filter(|c| !c.is_control())
        .take(MAX_FROM_LEN)
        .collect()
}

/// A script that tells the page (the `amo-emu:not-emulated` event, shown
/// even when the widget handles the failure itself, since on amoCRM the
/// module would be there) and then defines an AMD module whose factory
/// throws the message; the runtime recognises that error by its
/// `amoEmuNotEmulated` property (the id).
fn module_source(id: &str, text: &str) -> String {
    // JSON string literals are valid JavaScript string literals.
    let json = |s: &str| serde_json::Value::from(s).to_string();
    format!(
        "(function (text, id) {{\n  document.dispatchEvent(new CustomEvent('{EVENT}', {{ detail: {{ id: id, text: text }} }}));\n  define(function () {{\n    var error = new Error(text);\n    error.name = 'NotEmulated';\n    error.amoEmuNotEmulated = id;\n    throw error;\n  }});\n}})({text}, {id});\n",
        text = json(text),
        id = json(id),
    )
}

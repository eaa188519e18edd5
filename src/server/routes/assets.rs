//! The emulator's own browser files (runtime, vendored libraries, CSS) and
//! the platform's system templates (`/tmpl/controls/*.twig`), embedded in the
//! binary so `amo-emu` is one file to install.

use actix_web::{web, HttpRequest, HttpResponse};
use rust_embed::RustEmbed;
use serde_json::Map;

use crate::server::cache;

#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "*.md"]
struct Assets;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/amo-emu/assets/{tail:.*}", web::get().to(asset))
        .route(
            "/amo-emu/system-templates.json",
            web::get().to(system_templates),
        )
        .route("/tmpl/{tail:.*}", web::get().to(system_template));
}

async fn asset(req: HttpRequest) -> HttpResponse {
    serve(&req, req.match_info().query("tail"))
}

async fn system_template(req: HttpRequest) -> HttpResponse {
    serve(&req, &format!("tmpl/{}", req.match_info().query("tail")))
}

fn serve(req: &HttpRequest, path: &str) -> HttpResponse {
    match Assets::get(path) {
        Some(file) => cache::respond(req, &file.data, |ok| {
            ok.content_type(file.metadata.mimetype())
                .body(file.data.clone().into_owned())
        }),
        None => HttpResponse::NotFound()
            .content_type("text/plain")
            .body("not found\n"),
    }
}

/// The runtime's shared ES modules (all small), for `<link rel="modulepreload">`:
/// the browser then fetches them in parallel instead of level by level.
pub fn runtime_modules() -> Vec<String> {
    let mut modules: Vec<String> = Assets::iter()
        .filter(|p| p.starts_with("runtime/") && p.ends_with(".js"))
        .filter(|p| !p.starts_with("runtime/amd/") && !p.starts_with("runtime/pages/"))
        .map(|p| format!("/amo-emu/assets/{p}"))
        .collect();
    modules.sort();
    modules
}

/// Every system template as `{ "/tmpl/controls/x.twig": "<source>" }`: the
/// runtime registers them with Twig.js in one request, before widgets run,
/// so `render({ref})` can stay synchronous as on the platform.
async fn system_templates(req: HttpRequest) -> HttpResponse {
    let mut map = Map::new();
    for path in Assets::iter().filter(|p| p.starts_with("tmpl/") && p.ends_with(".twig")) {
        if let Some(file) = Assets::get(&path) {
            let source = String::from_utf8_lossy(&file.data).into_owned();
            map.insert(format!("/{path}"), source.into());
        }
    }
    let body = serde_json::to_vec(&map).expect("a JSON object serialises");
    cache::respond(&req, &body, |ok| {
        ok.content_type("application/json").body(body.clone())
    })
}

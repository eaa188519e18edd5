//! The emulator's own browser files (runtime, vendored libraries, CSS) and
//! the platform's system templates (`/tmpl/controls/*.twig`), embedded in the
//! binary so `amo-emu` is one file to install.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use rust_embed::RustEmbed;
use serde_json::Map;

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
    serve(req.match_info().query("tail"))
}

async fn system_template(req: HttpRequest) -> HttpResponse {
    serve(&format!("tmpl/{}", req.match_info().query("tail")))
}

fn serve(path: &str) -> HttpResponse {
    match Assets::get(path) {
        Some(file) => HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .insert_header(("X-Content-Type-Options", "nosniff"))
            .body(file.data.into_owned()),
        None => HttpResponse::NotFound()
            .content_type("text/plain")
            .body("not found\n"),
    }
}

/// Every system template as `{ "/tmpl/controls/x.twig": "<source>" }`: the
/// runtime registers them with Twig.js in one request, before widgets run,
/// so `render({ref})` can stay synchronous as on the platform.
async fn system_templates() -> HttpResponse {
    let mut map = Map::new();
    for path in Assets::iter().filter(|p| p.starts_with("tmpl/") && p.ends_with(".twig")) {
        if let Some(file) = Assets::get(&path) {
            let source = String::from_utf8_lossy(&file.data).into_owned();
            map.insert(format!("/{path}"), source.into());
        }
    }
    HttpResponse::Ok()
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .json(map)
}

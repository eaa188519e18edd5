//! The emulator's own browser files (runtime, vendored libraries, CSS) and
//! the platform's system templates (`/tmpl/controls/*.twig`), embedded in the
//! binary so `amo-emu` is one file to install.
//!
//! Pages link them under [`asset_base`], a path that carries a fingerprint
//! of all of them, so the browser may keep them without asking again: a page
//! reload (every live reload) then costs the widget's own files, not forty
//! revalidations of jQuery and the runtime. The plain `/amo-emu/assets/`
//! path keeps working, revalidated on every use.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use rust_embed::RustEmbed;
use serde_json::Map;

use crate::server::cache;

#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "*.md"]
struct Assets;

/// How long a fingerprinted asset may be kept: its URL changes with it.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// `/amo-emu/assets-<fingerprint>/`: where pages link the assets from. The
/// fingerprint covers every embedded file (read once, at first use).
pub fn asset_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let mut h = DefaultHasher::new();
        for path in Assets::iter() {
            path.hash(&mut h);
            if let Some(file) = Assets::get(&path) {
                file.data.hash(&mut h);
            }
        }
        format!("/amo-emu/assets-{:012x}/", h.finish() & 0xffff_ffff_ffff)
    })
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/amo-emu/assets/{tail:.*}", web::get().to(asset))
        .route(
            "/amo-emu/assets-{fingerprint}/{tail:.*}",
            web::get().to(fingerprinted),
        )
        .route(
            "/amo-emu/system-templates.json",
            web::get().to(system_templates),
        )
        .route("/tmpl/{tail:.*}", web::get().to(system_template));
}

async fn asset(req: HttpRequest) -> HttpResponse {
    serve(&req, req.match_info().query("tail"))
}

/// Under the current fingerprint: kept by the browser for good. Under an
/// old one (a tab from before an upgrade): served, but revalidated.
async fn fingerprinted(req: HttpRequest) -> HttpResponse {
    let current = req.path().starts_with(asset_base());
    let mut res = serve(&req, req.match_info().query("tail"));
    if current && res.status().is_success() {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static(IMMUTABLE),
        );
    }
    res
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
        .map(|p| format!("{}{p}", asset_base()))
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

//! Serves the embedded files of `server::embedded`: under the fingerprinted
//! path pages link (kept by the browser for good), under the plain
//! `/amo-emu/assets/` path (revalidated on every use), and the platform's
//! system templates at `/tmpl/…` and all at once as JSON.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::Map;

use crate::server::cache;
use crate::server::embedded::{asset_base, Assets};

/// How long a fingerprinted asset may be kept: its URL changes with it.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

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
        Some(file) => cache::respond_tagged(
            req,
            cache::etag_of_digest(&file.metadata.sha256_hash()),
            |ok| {
                ok.content_type(file.metadata.mimetype())
                    .body(file.data.clone().into_owned())
            },
        ),
        None => HttpResponse::NotFound()
            .content_type("text/plain")
            .body("not found\n"),
    }
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

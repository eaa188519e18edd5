//! Serves the embedded files of `server::embedded`: under the fingerprinted
//! path pages link (kept by the browser for good), under the plain
//! `/amo-emu/assets/` path (revalidated on every use), the stylesheets every
//! page links as one file, and the platform's system templates at `/tmpl/…`
//! and all at once as JSON (under the fingerprint too, kept for good).

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
            "/amo-emu/assets-{fingerprint}/system-templates.json",
            web::get().to(fingerprinted_templates),
        )
        .route(
            "/amo-emu/assets-{fingerprint}/{sheet:page(?:-inspector)?\\.css}",
            web::get().to(page_css),
        )
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
    let res = serve(&req, req.match_info().query("tail"));
    immutable_if_current(&req, res)
}

/// Under the current fingerprint: `true`, and the response may be kept for good.
fn immutable_if_current(req: &HttpRequest, mut res: HttpResponse) -> HttpResponse {
    if req.path().starts_with(asset_base()) && res.status().is_success() {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static(IMMUTABLE),
        );
    }
    res
}

/// The system templates under the fingerprint (they are embedded, so they
/// change only with it): a page load then fetches them from the cache.
async fn fingerprinted_templates(req: HttpRequest) -> HttpResponse {
    let res = system_templates(req.clone()).await;
    immutable_if_current(&req, res)
}

/// The stylesheets every page links, in this order, as one file
/// (`page.css`; `page-inspector.css` adds the inspector's): one request
/// instead of six, the same rules in the same cascade order.
const PAGE_SHEETS: [&str; 5] = [
    "css/app.css",
    "css/controls.css",
    "css/modal.css",
    "css/settings.css",
    "css/crm.css",
];

async fn page_css(req: HttpRequest) -> HttpResponse {
    let inspector = req.match_info().query("sheet") == "page-inspector.css";
    let mut body = Vec::new();
    let sheets = PAGE_SHEETS
        .iter()
        .chain(inspector.then_some(&"css/inspector.css"));
    for sheet in sheets {
        let file = Assets::get(sheet).expect("the page stylesheets are embedded");
        body.extend_from_slice(format!("/* {sheet} */\n").as_bytes());
        body.extend_from_slice(&file.data);
        body.push(b'\n');
    }
    let res = cache::respond(&req, &body, |ok| {
        ok.content_type("text/css; charset=utf-8")
            .body(body.clone())
    });
    immutable_if_current(&req, res)
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

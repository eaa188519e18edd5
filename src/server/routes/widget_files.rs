//! The widget folder over HTTP, under `params.path`. Only files inside the
//! folder, never dotfiles or `.amo-emu/`, only GET and HEAD, revalidated on
//! every request (an edit shows at once; `?v=` and `?cache=` queries are
//! ignored, so cache-busting never changes what is served).

use actix_web::{web, HttpRequest, HttpResponse};

use crate::server::cache;
use crate::server::state::AppState;
use crate::widget::files::{self, Refusal};

pub fn configure(cfg: &mut web::ServiceConfig) {
    // One resource, so any other method gets 405 with `Allow: GET, HEAD`.
    cfg.service(
        web::resource("/upl/{code}/widget/{tail:.*}")
            .route(web::get().to(file))
            .route(web::head().to(file)),
    );
}

async fn file(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let served = state.widget().code.clone();
    if req.match_info().query("code") != served.as_str() {
        return not_found();
    }
    // The raw, still percent-encoded path: the resolver decodes it exactly once.
    let prefix = served.base_path();
    let raw = req.uri().path().strip_prefix(&prefix).unwrap_or("");
    let root = state.config.root.clone();
    let raw = raw.to_owned();
    let resolved = web::block(move || {
        let path = files::resolve(&root, &raw)?;
        std::fs::read(&path)
            .map(|bytes| (path, bytes))
            .map_err(|_| Refusal::NotFound)
    })
    .await;
    match resolved {
        Ok(Ok((path, bytes))) => {
            let mime = mime_guess::from_path(&path).first_or_octet_stream();
            cache::respond(&req, &bytes, |ok| {
                ok.content_type(mime.essence_str()).body(bytes.clone())
            })
        }
        Ok(Err(Refusal::Forbidden)) => HttpResponse::Forbidden()
            .content_type("text/plain")
            .body("amo-emu serves only the files inside the widget folder (no dotfiles)\n"),
        _ => not_found(),
    }
}

fn not_found() -> HttpResponse {
    HttpResponse::NotFound()
        .content_type("text/plain")
        .body("not found\n")
}

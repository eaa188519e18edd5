//! The live-reload stream: `GET /amo-emu/events` as Server-Sent Events (see
//! `crate::live_reload`). The Host / Origin guard applies as everywhere.

use actix_web::http::header;
use actix_web::{web, HttpResponse};

use crate::live_reload::EVENTS_PATH;
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(EVENTS_PATH, web::get().to(events));
}

async fn events(state: web::Data<AppState>) -> HttpResponse {
    let Some(subscription) = state.live.subscribe() else {
        return HttpResponse::ServiceUnavailable()
            .content_type("text/plain")
            .body("too many live-reload connections; close some tabs\n");
    };
    let stream = futures_util::stream::unfold(subscription, |mut sub| async move {
        let frame = sub.next_frame().await?;
        Some((Ok::<_, actix_web::Error>(web::Bytes::from(frame)), sub))
    });
    HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(stream)
}

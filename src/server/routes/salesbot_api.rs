//! `POST /api/v4/salesbot/<bot_id>/continue/<continue_id>`: the widget's
//! backend continues a bot that waits after a `widget_request`
//! (docs/salesbot.md §4): `{data, execute_handlers}` checked against the
//! documented limits, then `202`. Authorization is `server::auth`'s (a
//! Bearer token when OAuth is configured); taking the continue once is
//! `server::salesbot`'s. `marketingbot` is not emulated (the catch-all
//! says so).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use crate::account::salesbot::choices::UNKNOWN_CONTINUE_STATUS;
use crate::account::salesbot::steps::read_continue;
use crate::server::http::{ApiResult, JsonBody, Problem};
use crate::server::salesbot;
use crate::server::state::AppState;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/api/v4/salesbot/{bot_id}/continue/{continue_id}",
        web::post().to(continue_bot),
    );
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST)
}

async fn continue_bot(
    path: web::Path<(String, String)>,
    body: JsonBody,
    state: web::Data<AppState>,
) -> ApiResult {
    let (bot, cont) = path.into_inner();
    let not_waiting = || {
        Problem::new(
            status(UNKNOWN_CONTINUE_STATUS),
            format!("no run of bot {bot} waits on continue_id {cont} (unknown, already continued, or the bot stopped waiting)"),
        )
    };
    let (Ok(bot_id), Ok(continue_id)) = (bot.parse::<u64>(), cont.parse::<u64>()) else {
        return Err(not_waiting());
    };
    let body = if body.size() == 0 {
        Default::default()
    } else {
        body.object()?
    };
    let given = read_continue(&body).map_err(|errors| {
        tracing::warn!(
            "[salesbot] continue {continue_id} of bot #{bot_id} refused: {} error(s)",
            errors.len()
        );
        // amoCRM's validation answer (400); the docs give the limits only.
        Problem::validation(errors)
    })?;
    salesbot::resume(&state, bot_id, continue_id, given.data, given.calls).map_err(|_| {
        tracing::warn!("[salesbot] continue {continue_id} of bot #{bot_id}: no run waits on it");
        not_waiting()
    })?;
    Ok(HttpResponse::Accepted().finish())
}

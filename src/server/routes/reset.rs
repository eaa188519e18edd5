//! `POST /amo-emu/reset`: the inspector's Reset control. Uninstalls the
//! served widget and deletes its stored values, lead sources and DP actions
//! (see `crate::account::reset`), so the first-install flow can be replayed.
//! The page asks the user to confirm first; the body must say so too, so a
//! stray request cannot wipe the account.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::account::reset::forget_widget;
use crate::server::http::{write_store, JsonBody, Problem};
use crate::server::state::AppState;

pub const RESET_PATH: &str = "/amo-emu/reset";

#[derive(Debug, Deserialize)]
struct Confirm {
    confirm: bool,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(RESET_PATH, web::post().to(reset));
}

async fn reset(body: JsonBody, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let value = body.value()?;
    let confirmed = serde_json::from_value::<Confirm>(value).is_ok_and(|c| c.confirm);
    if !confirmed {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "send {\"confirm\": true} to reset the widget",
        ));
    }
    let code = state.widget().code.to_string();
    let key = code.clone();
    let forgotten = write_store(&state, "nothing was reset", move |s| {
        Ok::<_, Problem>(forget_widget(s, &key))
    })
    .await?;
    tracing::info!("reset widget {code}: {forgotten}");
    Ok(HttpResponse::Ok().json(json!({ "code": code, "summary": forgotten.to_string() })))
}

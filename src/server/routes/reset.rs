//! `POST /amo-emu/reset`: the inspector's Reset controls. `{"confirm":
//! true}` uninstalls the served widget and deletes its stored values, lead
//! sources and DP actions, so the first-install flow can be replayed;
//! `{"confirm": true, "scope": "records"}` brings the CRM records back to
//! the fixture (see `crate::account::reset`). The page asks the user to
//! confirm first; the body must say so too, so a stray request cannot wipe
//! the account.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::account::reset::{forget_widget, restore_records};
use crate::live_reload::Message;
use crate::server::http::{write_store, JsonBody, Problem};
use crate::server::integration;
use crate::server::state::AppState;

pub const RESET_PATH: &str = "/amo-emu/reset";

#[derive(Debug, Deserialize)]
struct Confirm {
    confirm: bool,
    #[serde(default)]
    scope: Scope,
}

/// What a reset resets.
#[derive(Debug, Default, Clone, Copy, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Scope {
    #[default]
    Widget,
    Records,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(RESET_PATH, web::post().to(reset));
}

async fn reset(body: JsonBody, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let value = body.value()?;
    let scope = match serde_json::from_value::<Confirm>(value) {
        Ok(c) if c.confirm => c.scope,
        _ => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "send {\"confirm\": true} to reset the widget, or {\"confirm\": true, \"scope\": \"records\"} to bring the records back to the fixture",
            ))
        }
    };
    if let Scope::Records = scope {
        let restored = write_store(&state, "nothing was reset", |s| {
            Ok::<_, Problem>(restore_records(s))
        })
        .await?;
        tracing::info!("reset records: {restored}");
        // Every open tab shows records that are gone: reload them all.
        state.live.publish(Message::Reload { paths: Vec::new() });
        return Ok(
            HttpResponse::Ok().json(json!({ "scope": "records", "summary": restored.to_string() }))
        );
    }
    let code = state.widget().code.to_string();
    let key = code.clone();
    let forgotten = write_store(&state, "nothing was reset", move |s| {
        Ok::<_, Problem>(forget_widget(s, &key))
    })
    .await?;
    tracing::info!("reset widget {code}: {forgotten}");
    if forgotten.was_installed {
        integration::uninstalled(&state);
    }
    Ok(HttpResponse::Ok().json(json!({ "code": code, "summary": forgotten.to_string() })))
}

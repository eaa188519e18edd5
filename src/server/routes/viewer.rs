//! `/amo-emu/viewer`: the top bar's locale and user switchers. `GET` lists
//! the choices (the widget's declared locales first, then the rest amoCRM
//! offers; the account's users with their admin flag) and the current ones;
//! `POST {"locale": "es"}` or `{"user_id": 504142}` switches for every tab,
//! which then reloads to run the widget as that user, in that language.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

use crate::account::LOCALES;
use crate::server::http::{JsonBody, Problem};
use crate::server::state::AppState;

pub const VIEWER_PATH: &str = "/amo-emu/viewer";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Switch {
    locale: Option<String>,
    user_id: Option<u64>,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(VIEWER_PATH, web::get().to(current))
        .route(VIEWER_PATH, web::post().to(switch));
}

async fn current(state: web::Data<AppState>) -> HttpResponse {
    let declared = match &state.widget().result {
        Ok(w) => w.manifest.widget.locale.clone(),
        Err(_) => Vec::new(),
    };
    HttpResponse::Ok().json(json!({
        "locale": &*state.config.locale,
        "locales": ordered_locales(&declared),
        "declared": declared,
        "user_id": state.account.current_user_id,
        "users": state.account.users.iter().map(|u| json!({
            "id": u.id, "name": u.name, "is_admin": u.is_admin,
        })).collect::<Vec<_>>(),
    }))
}

/// The widget's declared locales (those amoCRM knows) first, then the rest.
fn ordered_locales(declared: &[String]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = LOCALES
        .iter()
        .copied()
        .filter(|l| declared.iter().any(|d| d == l))
        .collect();
    out.sort_by_key(|l| declared.iter().position(|d| d == l));
    let rest: Vec<&'static str> = LOCALES
        .iter()
        .copied()
        .filter(|l| !out.contains(l))
        .collect();
    out.extend(rest);
    out
}

async fn switch(body: JsonBody, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let switch: Switch = body.parse(r#"expected {"locale": …} or {"user_id": …}"#)?;
    if let Some(id) = switch.user_id {
        if state.account.user(id).is_none() {
            return Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("user {id} is not a user of the emulated account"),
            ));
        }
    }
    if let Some(locale) = &switch.locale {
        if !state.config.locale.set(locale) {
            return Err(Problem::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("{locale:?} is not one of {}", LOCALES.join(", ")),
            ));
        }
        tracing::info!("locale switched to {locale}");
    }
    if let Some(id) = switch.user_id {
        state.account.current_user_id.set(id);
        tracing::info!(
            "now viewing as {} (user {id})",
            state.account.current_user().name
        );
    }
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_locales_come_first_in_their_order() {
        let declared = vec!["es".to_owned(), "en".to_owned(), "xx".to_owned()];
        assert_eq!(ordered_locales(&declared), ["es", "en", "ru", "pt"]);
        assert_eq!(ordered_locales(&[]), LOCALES);
    }
}

//! `POST /ajax/widgets/edit`: amoCRM's internal endpoint behind its own
//! settings form, which real widgets also post to (jQuery form encoding:
//! `action=edit&id=…&code=…&widget_active=Y&settings[key]=value`) to save
//! their settings or switch themselves off. It changes the stored state as
//! the settings modal does: `settings` replaces the saved values,
//! `widget_active` installs (`Y`, `1`, `true`) or disables (`N`, `0`,
//! `false`). The answer, `{"response": {"status": "ok", "widget": …}}`,
//! says what was stored (`response.status` is what widgets check; the rest
//! of amoCRM's answer is UNCONFIRMED). The terminal says what changed.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Map, Value};

use crate::server::http::{JsonBody, Problem};
use crate::server::integration::{set_install, InstallChange};
use crate::server::state::AppState;

pub const WIDGETS_EDIT_PATH: &str = "/ajax/widgets/edit";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(WIDGETS_EDIT_PATH, web::post().to(edit));
}

/// `Y`/`1`/`true` → on, `N`/`0`/`false`/empty → off, anything else: None.
fn flag(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Number(n) => Some(n.as_f64() != Some(0.0)),
        Value::String(s) => match s.to_ascii_lowercase().as_str() {
            "y" | "1" | "true" | "on" => Some(true),
            "n" | "0" | "false" | "off" | "" => Some(false),
            _ => None,
        },
        _ => None,
    }
}

async fn edit(body: JsonBody, state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let form = body.object_or_form()?;
    let action = form.get("action").and_then(Value::as_str).unwrap_or("edit");
    if action != "edit" {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            format!("amo-emu emulates only action=edit on {WIDGETS_EDIT_PATH}, not {action:?}"),
        ));
    }
    let loaded = state.widget();
    let code = form
        .get("code")
        .and_then(Value::as_str)
        .unwrap_or(loaded.code.as_str())
        .to_owned();
    if code != loaded.code.as_str() {
        return Err(Problem::new(
            StatusCode::NOT_FOUND,
            format!(
                "no widget with code {code:?}; amo-emu serves {:?}",
                loaded.code.as_str()
            ),
        ));
    }
    let active = match form.get("widget_active") {
        None => None,
        Some(v) => Some(flag(v).ok_or_else(|| {
            Problem::new(
                StatusCode::BAD_REQUEST,
                format!("widget_active must be Y or N (or 1/0, true/false), not {v}"),
            )
        })?),
    };
    let settings = match form.get("settings") {
        None => None,
        Some(Value::Object(m)) => Some(m.clone()),
        // `$.post` sends an empty object as nothing at all, and some
        // widgets send `settings=`: both mean "no settings".
        Some(Value::String(s)) if s.is_empty() => Some(Map::new()),
        Some(other) => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                format!(
                "settings must be a map of field code → value (settings[key]=value), not {other}"
            ),
            ))
        }
    };
    let change = InstallChange {
        active,
        settings: settings.clone(),
    };
    set_install(&state, &code, change, "nothing was changed").await?;
    let saved = state.store.widget(&code);
    let mut did = Vec::new();
    if let Some(a) = active {
        did.push(if a { "installed (active)" } else { "disabled" }.to_owned());
    }
    if let Some(s) = &settings {
        did.push(format!("settings replaced ({} keys)", s.len()));
    }
    if did.is_empty() {
        did.push("nothing to change".into());
    }
    tracing::info!("{WIDGETS_EDIT_PATH}: widget {code} → {}", did.join(", "));
    Ok(HttpResponse::Ok().content_type("application/json").body(
        json!({"response": {"status": "ok", "widget": {
            "code": code,
            "active": if saved.installed { "Y" } else { "N" },
            "settings": saved.settings,
        }}})
        .to_string(),
    ))
}

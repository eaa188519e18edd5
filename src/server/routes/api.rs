//! `/api/v4/widgets/{code}` (docs/platform.md §11.1): the widget's model (`GET`),
//! installing it or saving its settings values (`POST`, checked against the
//! manifest) and disabling it (`DELETE`), answered the way amoCRM answers:
//! `application/hal+json` on success, `application/problem+json` with
//! `validation-errors` on bad input. The settings modal installs, saves and
//! disables through these same endpoints. The rest of API v4 has its own
//! files (`crm_api`, `account_api`, `pipelines`, `sources`).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde_json::{json, Value};

use crate::server::http::{hal, ApiResult, CurrentWidget, JsonBody, Problem};
use crate::server::integration::{set_install, InstallChange};
use crate::server::state::AppState;
use crate::widget::{Area, Widget};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/api/v4/widgets/{code}")
            .route(web::get().to(get_widget))
            .route(web::post().to(install_widget))
            .route(web::delete().to(disable_widget)),
    );
}

/// The widget model of `GET /api/v4/widgets/{code}` (docs/platform.md §11.1).
fn widget_model(state: &AppState, widget: &Widget) -> Value {
    let locale = &state.config.locale;
    let saved = state.store.widget(widget.code.as_str());
    let m = &widget.manifest;
    let template: Vec<Value> = m
        .settings
        .iter()
        .map(|(key, f)| {
            json!({"key": key, "name": widget.text(&f.name, locale), "type": f.kind.as_str(), "is_required": f.required})
        })
        .collect();
    json!({
        "id": widget.code.numeric_id(),
        "code": widget.code,
        "version": m.widget.version,
        "rating": "4,2",
        "settings_template": template,
        "is_lead_source": m.has_location(Area::LeadSources),
        "is_work_with_dp": m.has_location(Area::DigitalPipeline),
        "is_crm_template": false,
        "client_uuid": null,
        "is_active_in_account": saved.installed,
        "pipeline_id": saved.pipeline_id,
        "settings": saved.settings,
        "_links": {"self": {"href": format!("/api/v4/widgets/{}", widget.code)}},
    })
}

async fn get_widget(
    path: web::Path<String>,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let widget = widget.named(&path)?;
    Ok(hal(StatusCode::OK, widget_model(&state, &widget)))
}

/// `POST /api/v4/widgets/{code}`: installs the widget (or updates the
/// settings of an installed one) with a flat map of field code → value.
async fn install_widget(
    path: web::Path<String>,
    body: JsonBody,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let widget = widget.named(&path)?;
    let settings = body.object()?;
    let errors = widget.check_settings(&settings);
    if !errors.is_empty() {
        return Err(Problem::validation(errors));
    }
    if !widget.manifest.widget.installation {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "this widget has installation: false and cannot be installed",
        ));
    }
    let change = InstallChange {
        active: Some(true),
        settings: Some(settings),
    };
    set_install(
        &state,
        widget.code.as_str(),
        change,
        "the previous settings are kept",
    )
    .await?;
    Ok(hal(StatusCode::OK, widget_model(&state, &widget)))
}

/// `DELETE /api/v4/widgets/{code}`: disables the widget. Its settings are
/// kept, so a later install starts from them (UNCONFIRMED in amoCRM); the
/// integration's tokens are revoked and its disable hook called.
async fn disable_widget(
    path: web::Path<String>,
    widget: CurrentWidget,
    state: web::Data<AppState>,
) -> ApiResult {
    let code = widget.named(&path)?.code.to_string();
    let change = InstallChange {
        active: Some(false),
        settings: None,
    };
    set_install(&state, &code, change, "the widget stays installed").await?;
    Ok(HttpResponse::NoContent().finish())
}

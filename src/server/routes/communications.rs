//! Settings → Communication tools, `/settings/communications/`
//! (docs/communications.md), and the emulator's endpoint behind its SMS
//! section: `POST /amo-emu/sms/system` `{phone, text}` sends one system SMS
//! through the widget, as amoCRM does whenever it sends one (amoCRM has no
//! public API for that; the page is how a developer makes it happen).

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use askama::Template;
use serde_json::Value;

use crate::account::entities::fields::PHONE;
use crate::account::entities::values_by_code;
use crate::server::http::{html, redirect, ApiResult, CurrentWidget, JsonBody, Problem};
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::state::AppState;
use crate::server::system_sms::{self, Sms};
use crate::validation::ErrorCode;
use crate::views::communications::CommunicationsPage;
use crate::views::settings::{Current, Section, SettingsMenu, COMMUNICATIONS_HREF};
use crate::widget::sms::SmsSender;

const ENTRY: &str = "pages/communications.js";
/// amoCRM's longest SMS is not documented; a bound keeps a stray paste
/// from becoming a megabyte form post (UNCONFIRMED, docs/communications.md §2).
const MAX_TEXT_CHARS: usize = 1000;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/settings/communications",
        web::get().to(|| async { redirect(COMMUNICATIONS_HREF) }),
    )
    .route(COMMUNICATIONS_HREF, web::get().to(page))
    .route("/amo-emu/sms/system", web::post().to(send));
}

async fn page(state: web::Data<AppState>) -> HttpResponse {
    with_widget(&state, "settings", |widget| {
        let locale = &state.config.locale;
        let installed = state.store.widget(widget.code.as_str()).installed;
        let chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: "settings",
                title: "Communication tools",
                boot_page: "communications",
                entry: Some(ENTRY),
                widget: None,
            },
        );
        let menu = SettingsMenu::new(
            widget,
            installed,
            locale,
            Current::Section(Section::Communications),
        );
        let account = state.store.snapshot();
        let sample_phone = account
            .entities
            .contacts
            .iter()
            .flat_map(|c| values_by_code(&c.custom_fields_values, PHONE))
            .next()
            .unwrap_or_default();
        html(
            CommunicationsPage::new(chrome, menu, widget, locale, installed, sample_phone).render(),
        )
    })
}

/// Sends one system SMS to the widget's `sms.endpoint`; answers the
/// report of the POST (a backend that failed is a report with `ok: false`,
/// not an error of this endpoint).
async fn send(body: JsonBody, widget: CurrentWidget, state: web::Data<AppState>) -> ApiResult {
    let body = body.object()?;
    let endpoint = match SmsSender::read(&widget.manifest) {
        SmsSender::NotDeclared => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "the widget is not an SMS sender: it needs \"sms\" in locations and \"sms\": {\"endpoint\": \"https://…\"}",
            ))
        }
        SmsSender::NoEndpoint(why) => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                format!("the widget has nowhere to send a system SMS: {why}"),
            ))
        }
        SmsSender::Endpoint { url, .. } => url,
    };
    if !state.store.widget(widget.code.as_str()).installed {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "install the widget first: amoCRM sends system SMS only through an installed widget",
        ));
    }
    let field = |name: &str| -> Result<String, Problem> {
        let value = body.get(name).and_then(Value::as_str).map(str::trim);
        match value {
            Some(v) if !v.is_empty() => Ok(v.to_owned()),
            _ => Err(Problem::invalid(
                name,
                ErrorCode::FieldMissing,
                format!("a system SMS needs its {name}"),
            )),
        }
    };
    let sms = Sms {
        phone: field("phone")?,
        text: field("text")?,
    };
    if sms.text.chars().count() > MAX_TEXT_CHARS {
        return Err(Problem::invalid(
            "text",
            ErrorCode::TooLong,
            format!("at most {MAX_TEXT_CHARS} characters"),
        ));
    }
    let report = system_sms::send(&state, &endpoint, &sms).await;
    Ok(HttpResponse::Ok().json(report))
}

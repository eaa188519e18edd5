//! The Salesbot designer page `/salesbot/designer/` (docs/salesbot.md) and
//! the emulator's own endpoints behind it (amoCRM has no public API for
//! them): save a bot as the designer built it, run a bot on a lead, read a
//! run's log. The run itself is `server::salesbot`'s.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;
use serde_json::{json, Value};

use crate::account::salesbot::{steps, Bot, Design};
use crate::account::store::now;
use crate::server::boot::WidgetBoot;
use crate::server::http::{hal, write_store, ApiResult, CurrentWidget, JsonBody, Problem};
use crate::server::page::{widget_chrome, with_widget, Frame};
use crate::server::salesbot;
use crate::server::state::AppState;
use crate::validation::ErrorCode;
use crate::views::salesbot::{BotView, HandlerView, SalesbotPage};
use crate::views::settings::{Current, Section, SettingsMenu};

/// Where the designer lives (Settings → Communication tools, and the DP
/// page's Salesbot trigger link here).
pub const DESIGNER_PATH: &str = crate::views::settings::SALESBOT_HREF;
const ENTRY: &str = "pages/salesbot-designer.js";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/salesbot/designer",
        web::get().to(|| async { crate::server::http::redirect(DESIGNER_PATH) }),
    )
    .route(DESIGNER_PATH, web::get().to(page))
    .route("/amo-emu/salesbot/bots", web::post().to(save))
    .route("/amo-emu/salesbot/bots/{id}/run", web::post().to(run))
    .route("/amo-emu/salesbot/runs/{id}", web::get().to(run_view));
}

async fn page(state: web::Data<AppState>) -> HttpResponse {
    with_widget(&state, "settings", |widget| {
        let locale = &state.config.locale;
        let saved = state.store.widget(widget.code.as_str());
        let account = state.store.snapshot();
        let designer = widget.salesbot_designer();
        let unavailable = match &designer {
            None => Some(
                "Add \"salesbot_designer\" to locations and a \"salesbot_designer\" block with its handlers to manifest.json (docs/salesbot.md §1).".to_owned(),
            ),
            Some(d) if d.handlers.is_empty() => {
                Some("Its salesbot_designer block has no handler.".to_owned())
            }
            Some(_) => None,
        };
        let runs_widget = unavailable.is_none();
        let chrome = widget_chrome(
            &state,
            widget,
            Frame {
                active: "settings",
                title: "Salesbot designer",
                boot_page: "salesbot_designer",
                entry: runs_widget.then_some(ENTRY),
                widget: runs_widget.then(|| WidgetBoot::new(widget, &saved, locale)),
            },
        );
        let page = SalesbotPage {
            chrome,
            menu: SettingsMenu::new(
                widget,
                saved.installed,
                locale,
                Current::Section(Section::Communications),
            ),
            widget_name: widget.name(locale),
            unavailable,
            installed: saved.installed,
            handlers: designer
                .as_ref()
                .map(|d| HandlerView::list(widget, d, locale))
                .unwrap_or_default(),
            warnings: designer.map(|d| d.warnings).unwrap_or_default(),
            bots: account.salesbots.items.iter().map(BotView::new).collect(),
            leads: account
                .entities
                .leads
                .iter()
                .map(|l| (l.id, l.name.clone()))
                .collect(),
        };
        crate::server::http::html(page.render())
    })
}

fn bot_json(b: &Bot) -> Value {
    serde_json::to_value(b).unwrap_or(Value::Null)
}

/// Saves the bot the designer sends: `{id?, name, handler_code, params,
/// exits, steps}` where `steps` is what `onSalesbotDesignerSave` returned.
async fn save(body: JsonBody, widget: CurrentWidget, state: web::Data<AppState>) -> ApiResult {
    let body = body.object()?;
    let Some(designer) = widget.salesbot_designer() else {
        return Err(Problem::new(
            StatusCode::BAD_REQUEST,
            "the widget has no Salesbot step: it needs \"salesbot_designer\" in locations and a \"salesbot_designer\" block",
        ));
    };
    let code = widget.code.to_string();
    if !state.store.widget(&code).installed {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "install the widget first: amoCRM offers only installed widgets' steps",
        ));
    }
    let text = |k: &str| {
        body.get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let handler_code = text("handler_code");
    if !designer.handlers.contains_key(&handler_code) {
        return Err(Problem::invalid(
            "handler_code",
            ErrorCode::NotSupportedChoice,
            format!("the widget's salesbot_designer block has no handler {handler_code:?}"),
        ));
    }
    let Some(Value::String(returned)) = body.get("steps") else {
        return Err(Problem::invalid(
            "steps",
            ErrorCode::InvalidType,
            "steps must be the string onSalesbotDesignerSave returned",
        ));
    };
    let steps = steps::parse(returned)
        .map_err(|why| Problem::invalid("steps", ErrorCode::InvalidType, why))?;
    let design = Design {
        name: text("name"),
        widget_code: code,
        handler_code,
        params: body
            .get("params")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default(),
        exits: body
            .get("exits")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default(),
        steps,
    };
    let id = body.get("id").and_then(Value::as_u64);
    let bot = write_store(&state, "the bot was not saved", move |a| {
        a.salesbots.save(id, design, now()).ok_or_else(|| {
            Problem::new(StatusCode::NOT_FOUND, format!("no bot {}", id.unwrap_or(0)))
        })
    })
    .await?;
    tracing::info!(
        "[salesbot] bot #{} \"{}\" saved ({} step(s))",
        bot.id,
        bot.name,
        bot.steps.len()
    );
    Ok(hal(StatusCode::OK, bot_json(&bot)))
}

fn parse_id(raw: &str, what: &str) -> Result<u64, Problem> {
    raw.parse()
        .map_err(|_| Problem::new(StatusCode::NOT_FOUND, format!("no {what} {raw:?}")))
}

/// amo-emu's address as the request reached it.
fn origin(req: &HttpRequest) -> String {
    let info = req.connection_info();
    format!("{}://{}", info.scheme(), info.host())
}

/// Runs bot `id` on `{lead_id}` (the first lead without one).
async fn run(
    req: HttpRequest,
    path: web::Path<String>,
    body: JsonBody,
    state: web::Data<AppState>,
) -> ApiResult {
    let id = parse_id(&path, "bot")?;
    let body = body.object()?;
    let account = state.store.snapshot();
    let bot = account
        .salesbots
        .get(id)
        .cloned()
        .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, format!("no bot {id}")))?;
    let lead_id = match body.get("lead_id") {
        None | Some(Value::Null) => account.entities.leads.first().map(|l| l.id),
        Some(v) => v
            .as_u64()
            .or_else(|| v.as_str().and_then(|s| s.parse().ok())),
    };
    let Some(lead_id) = lead_id.filter(|l| account.entities.leads.iter().any(|x| x.id == *l))
    else {
        return Err(Problem::invalid(
            "lead_id",
            ErrorCode::EntityNotFound,
            "no such lead in the account",
        ));
    };
    let run_id = salesbot::start(&state, &bot, lead_id, origin(&req));
    Ok(hal(
        StatusCode::OK,
        json!({"run_id": run_id, "bot_id": id, "lead_id": lead_id}),
    ))
}

async fn run_view(path: web::Path<String>, state: web::Data<AppState>) -> ApiResult {
    let id = parse_id(&path, "run")?;
    state
        .salesbot
        .view(id)
        .map(|v| hal(StatusCode::OK, v))
        .ok_or_else(|| Problem::new(StatusCode::NOT_FOUND, format!("no run {id}")))
}

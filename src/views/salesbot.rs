//! The Salesbot designer page `/salesbot/designer/` (docs/salesbot.md): the
//! handlers of the served widget's `salesbot_designer` block offered under
//! "add a step", each handler's settings form drawn from the manifest, the
//! account's saved bots and the leads a bot can run on. Values go through
//! askama's escaping.

use askama::Template;

use super::settings::SettingsMenu;
use super::Chrome;
use crate::account::salesbot::Bot;
use crate::widget::salesbot::Designer;
use crate::widget::Widget;

#[derive(Template)]
#[template(path = "pages/salesbot_designer.html")]
pub struct SalesbotPage {
    pub chrome: Chrome,
    pub menu: SettingsMenu,
    pub widget_name: String,
    /// Why nothing is offered, when nothing is.
    pub unavailable: Option<String>,
    pub installed: bool,
    pub handlers: Vec<HandlerView>,
    /// What the lenient reading of the block left out.
    pub warnings: Vec<String>,
    pub bots: Vec<BotView>,
    pub leads: Vec<(u64, String)>,
}

pub struct HandlerView {
    pub code: String,
    pub widget_code: String,
    pub title: String,
    pub logo: String,
    pub fields: Vec<FieldView>,
}

pub struct FieldView {
    pub code: String,
    pub label: String,
    pub input_type: &'static str,
    pub kind: String,
    pub value: String,
    pub manual: bool,
}

pub struct BotView {
    pub id: u64,
    pub name: String,
    pub handler_code: String,
    pub steps: usize,
}

/// The block's `logo` as a URL of the widget's files: a path under
/// `/widgets/<code>/` (the docs' form) or relative to the widget folder;
/// `images/logo.png` without one (UNCONFIRMED what amoCRM shows then).
pub fn logo_url(widget: &Widget, logo: Option<&str>) -> String {
    let logo = logo.unwrap_or("images/logo.png");
    let inside = match logo.strip_prefix("/widgets/") {
        Some(rest) => rest.split_once('/').map_or(rest, |(_, path)| path),
        None => logo.trim_start_matches('/'),
    };
    format!("{}/{inside}", widget.code.base_path())
}

impl HandlerView {
    pub fn list(widget: &Widget, designer: &Designer, locale: &str) -> Vec<HandlerView> {
        let logo = logo_url(widget, designer.logo.as_deref());
        designer
            .handlers
            .iter()
            .map(|(code, h)| HandlerView {
                code: code.clone(),
                widget_code: widget.code.to_string(),
                title: widget.text(&h.name, locale),
                logo: logo.clone(),
                fields: h
                    .settings
                    .iter()
                    .map(|(fcode, f)| FieldView {
                        code: fcode.clone(),
                        label: widget.text(&f.name, locale),
                        input_type: f.kind.input_type(),
                        kind: f.kind.as_str().to_owned(),
                        value: f.default_value.clone(),
                        manual: f.manual,
                    })
                    .collect(),
            })
            .collect()
    }
}

impl BotView {
    pub fn new(bot: &Bot) -> BotView {
        BotView {
            id: bot.id,
            name: bot.name.clone(),
            handler_code: bot.handler_code.clone(),
            steps: bot.steps.len(),
        }
    }
}

//! askama views of the Digital Pipeline page (docs/platform.md §10): the stage board,
//! the lead-sources column and a widget's trigger (action) with its form.
//! Every value from the widget or the account goes through askama's
//! escaping; fragments rendered here are inserted with `|safe` only as
//! whole, already-escaped templates.

use askama::Template;
use serde_json::{Map, Value};

use crate::account::dp_triggers::{DpEvent, Trigger};
use crate::account::pipelines::Pipeline;
use crate::account::sources::Source;
use crate::account::{AccountState, WidgetState};
use crate::views::Chrome;
use crate::widget::{Area, FieldType, Widget};

/// Lead id put in the "fire webhook" form; any number the backend accepts.
pub const EXAMPLE_LEAD_ID: u64 = 24_310_517;
/// Longest value shown in a collapsed trigger's summary.
const SUMMARY_CHARS: usize = 60;

#[derive(Template)]
#[template(path = "pages/digital_pipeline.html")]
pub struct DigitalPipelinePage {
    pub chrome: Chrome,
    pub tabs: Vec<PipelineTab>,
    pub pipeline_id: u64,
    /// The rendered [`SourcesColumn`].
    pub sources_html: String,
    pub stages: Vec<StageView>,
    /// Widgets offered under "add action" (those with `digital_pipeline`).
    pub actions: Vec<ActionOption>,
}

pub struct PipelineTab {
    pub id: u64,
    pub name: String,
    pub active: bool,
}

pub struct StageView {
    pub id: u64,
    pub name: String,
    pub color: String,
    /// Rendered [`TriggerItem`]s (collapsed).
    pub triggers_html: Vec<String>,
}

pub struct ActionOption {
    pub code: String,
    pub title: String,
    pub logo_dp: String,
}

/// The sources column; also served alone so the page can refresh it.
#[derive(Template)]
#[template(path = "partials/dp_sources.html")]
pub struct SourcesColumn {
    pub pipeline_id: u64,
    pub groups: Vec<SourceGroup>,
}

pub struct SourceGroup {
    pub code: String,
    pub name: String,
    /// `logo_small` of a served widget; none for another integration.
    pub logo: Option<String>,
    /// The served widget (clickable); false for sources of other codes.
    pub served: bool,
    pub installed: bool,
    pub lead_source: bool,
    /// Added to this pipeline as a lead source (`onAddAsSource`).
    pub attached_here: bool,
    pub sources: Vec<SourceItem>,
}

pub struct SourceItem {
    pub id: u64,
    pub external_id: String,
    pub name: String,
    pub default: bool,
}

/// One widget action under a stage: collapsed, or open with its form.
#[derive(Template)]
#[template(path = "partials/dp_trigger.html")]
pub struct TriggerItem {
    pub trigger_id: Option<u64>,
    pub code: String,
    pub pipeline_id: u64,
    pub status_id: u64,
    pub title: String,
    pub logo_dp: String,
    pub summary: Vec<(String, String)>,
    pub open: bool,
    pub fields: Vec<DpFieldView>,
    pub webhook_url: String,
    pub events: Vec<(&'static str, &'static str)>,
    pub lead_id: u64,
}

pub struct DpFieldView {
    pub code: String,
    pub label: String,
    pub required: bool,
    /// `text`, `password` or `hidden` (a `custom` field).
    pub input_type: &'static str,
    pub value: String,
}

/// A stage colour safe inside a `style` attribute (`#rgb`…`#rrggbbaa`);
/// anything else from a hand-edited state file falls back to grey.
pub fn css_color(raw: &str) -> String {
    let hex = raw.strip_prefix('#').unwrap_or("");
    if (3..=8).contains(&hex.len()) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        raw.to_owned()
    } else {
        "#c1c1c1".to_owned()
    }
}

fn as_text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// `dp.title` in the user's language, else the widget's name.
pub fn action_title(widget: &Widget, locale: &str) -> String {
    widget
        .manifest
        .dp
        .as_ref()
        .and_then(|dp| dp.title.as_deref())
        .map(|t| widget.text(t, locale))
        .unwrap_or_else(|| widget.name(locale))
}

pub fn logo_dp(widget: &Widget) -> String {
    format!("{}/images/logo_dp.png", widget.code.base_path())
}

impl TriggerItem {
    /// `trigger`: the saved action (None for a new one under `status_id`).
    pub fn new(
        widget: &Widget,
        locale: &str,
        webhook_url: String,
        pipeline_id: u64,
        status_id: u64,
        trigger: Option<&Trigger>,
        open: bool,
    ) -> Self {
        let empty = Map::new();
        let saved = trigger.map_or(&empty, |t| &t.settings);
        let dp = widget.manifest.dp.as_ref();
        let fields: Vec<DpFieldView> = dp
            .map(|dp| {
                dp.settings
                    .iter()
                    .map(|(code, f)| DpFieldView {
                        code: code.to_owned(),
                        label: widget.text(&f.name, locale),
                        required: f.required,
                        input_type: match f.kind {
                            FieldType::Pass => "password",
                            FieldType::Custom => "hidden",
                            _ => "text",
                        },
                        value: as_text(saved.get(code)),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let summary = fields
            .iter()
            .filter(|f| f.input_type != "password")
            .map(|f| {
                let mut v: String = f.value.chars().take(SUMMARY_CHARS).collect();
                if f.value.chars().count() > SUMMARY_CHARS {
                    v.push('…');
                }
                (f.label.clone(), v)
            })
            .collect();
        let mut events = vec![
            (
                DpEvent::LeadStatusChanged.type_code(),
                "a lead moved to this stage (14)",
            ),
            (
                DpEvent::LeadAdded.type_code(),
                "a lead created in this stage (1)",
            ),
        ];
        if dp.is_some_and(|d| d.action_multiple) {
            events.push((
                DpEvent::LeadAppearedInStatus.type_code(),
                "a lead moved inside the stretched action (15)",
            ));
        }
        TriggerItem {
            trigger_id: trigger.map(|t| t.id),
            code: widget.code.to_string(),
            pipeline_id,
            status_id,
            title: action_title(widget, locale),
            logo_dp: logo_dp(widget),
            summary,
            open,
            fields,
            webhook_url,
            events,
            lead_id: EXAMPLE_LEAD_ID,
        }
    }
}

impl SourcesColumn {
    /// The groups of pipeline `pipeline`'s column: the served widget (when
    /// it has `lead_sources` or sources here), then other integrations
    /// whose sources point at this pipeline.
    pub fn new(
        widget: Option<&Widget>,
        account: &AccountState,
        pipeline: &Pipeline,
        locale: &str,
    ) -> Self {
        let here = |s: &&Source| s.pipeline_id == pipeline.id;
        let items = |code: &str| -> Vec<SourceItem> {
            account
                .sources
                .of(code)
                .filter(here)
                .map(|s| SourceItem {
                    id: s.id,
                    external_id: s.external_id.clone(),
                    name: s.name.clone(),
                    default: s.default,
                })
                .collect()
        };
        let mut groups = Vec::new();
        if let Some(w) = widget {
            let code = w.code.as_str();
            let saved: WidgetState = account.widgets.get(code).cloned().unwrap_or_default();
            let lead_source = w.manifest.has_location(Area::LeadSources);
            let sources = items(code);
            if lead_source || !sources.is_empty() {
                groups.push(SourceGroup {
                    code: code.to_owned(),
                    name: w.name(locale),
                    logo: Some(w.logo_url("logo_small")),
                    served: true,
                    installed: saved.installed,
                    lead_source,
                    attached_here: saved.pipeline_id == Some(pipeline.id),
                    sources,
                });
            }
        }
        let mut others: Vec<&str> = account
            .sources
            .items
            .iter()
            .filter(here)
            .map(|s| s.widget_code.as_str())
            .filter(|c| widget.map_or(true, |w| w.code.as_str() != *c))
            .collect();
        others.dedup();
        others.sort_unstable();
        others.dedup();
        for code in others {
            groups.push(SourceGroup {
                code: code.to_owned(),
                name: code.to_owned(),
                logo: None,
                served: false,
                installed: false,
                lead_source: true,
                attached_here: false,
                sources: items(code),
            });
        }
        SourcesColumn {
            pipeline_id: pipeline.id,
            groups,
        }
    }
}

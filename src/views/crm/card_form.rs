//! The card's editable fields, as amoCRM's card form names them
//! (`lead[NAME]`, `lead[PRICE]`, `lead[STATUS]`, `lead[MAIN_USER]`,
//! `CFV[<field id>]`; docs/real-widget-usage.md §7 lists the names widgets
//! read). What the form sends on Save is built in the browser
//! (`ui/card-form.js`) into the same `PATCH /api/v4/<entity>/<id>` a
//! widget or backend would send, so a card's Save and the API are one
//! path. Fields the form cannot edit faithfully (dates, multitext) are
//! shown read-only.

use crate::account::entities::{CustomField, FieldValues};
use crate::account::pipelines::Pipelines;
use crate::account::Account;

/// How one field is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    ReadOnly(String),
    Text {
        name: String,
        value: String,
    },
    Number {
        name: String,
        value: String,
    },
    /// `options`: (value, label, selected, pipeline id of a stage or 0).
    Select {
        name: String,
        options: Vec<SelectOption>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct SelectOption {
    pub value: String,
    pub label: String,
    pub selected: bool,
    /// For a stage: its pipeline (the form sends both).
    pub pipeline_id: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FormField {
    pub label: String,
    pub input: Input,
}

impl FormField {
    pub fn read_only(label: &str, value: String) -> FormField {
        FormField {
            label: label.to_owned(),
            input: Input::ReadOnly(value),
        }
    }

    pub fn text(label: &str, name: String, value: String) -> FormField {
        FormField {
            label: label.to_owned(),
            input: Input::Text { name, value },
        }
    }

    pub fn number(label: &str, name: String, value: u64) -> FormField {
        FormField {
            label: label.to_owned(),
            input: Input::Number {
                name,
                value: value.to_string(),
            },
        }
    }
}

/// The stage select of a lead: every pipeline's stages, the lead's chosen.
pub fn stage_select(
    singular: &str,
    pipelines: &Pipelines,
    current: Option<(u64, u64)>,
) -> FormField {
    let options = pipelines
        .iter()
        .flat_map(|p| {
            p.statuses.iter().map(move |s| SelectOption {
                value: s.id.to_string(),
                label: format!("{} · {}", p.name, s.name),
                selected: current == Some((p.id, s.id)),
                pipeline_id: p.id,
            })
        })
        .collect();
    FormField {
        label: "Stage".into(),
        input: Input::Select {
            name: format!("{singular}[STATUS]"),
            options,
        },
    }
}

/// The responsible user select.
pub fn user_select(singular: &str, account: &Account, current: u64) -> FormField {
    FormField {
        label: "Responsible".into(),
        input: Input::Select {
            name: format!("{singular}[MAIN_USER]"),
            options: account
                .users
                .iter()
                .map(|u| SelectOption {
                    value: u.id.to_string(),
                    label: u.name.clone(),
                    selected: u.id == current,
                    pipeline_id: 0,
                })
                .collect(),
        },
    }
}

/// A custom field as the form shows it: text-like ones as inputs, selects
/// as selects, the rest read-only (`shown` is their text).
pub fn custom_field(def: &CustomField, values: Option<&FieldValues>, shown: String) -> FormField {
    let name = format!("CFV[{}]", def.id);
    let first = values
        .and_then(|v| v.values.first())
        .map(|v| match &v.value {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        })
        .unwrap_or_default();
    let input = match def.field_type.as_str() {
        "text" | "textarea" | "url" | "streetaddress" => Input::Text { name, value: first },
        "numeric" | "price" | "monetary" => Input::Number { name, value: first },
        "select" | "radiobutton" => {
            let chosen = values
                .and_then(|v| v.values.first())
                .and_then(|v| v.enum_id);
            let mut options = vec![SelectOption {
                value: String::new(),
                label: "—".into(),
                selected: chosen.is_none(),
                pipeline_id: 0,
            }];
            options.extend(def.enums.iter().flatten().map(|e| SelectOption {
                value: e.id.to_string(),
                label: e.value.clone(),
                selected: chosen == Some(e.id),
                pipeline_id: 0,
            }));
            Input::Select { name, options }
        }
        _ => Input::ReadOnly(shown),
    };
    FormField {
        label: def.name.clone(),
        input,
    }
}

//! The Salesbot steps language (docs/salesbot.md §3): a bot is a list of
//! steps, each with a `question` and/or an `answer` list of
//! `{handler, params}`. Reading what a widget's `onSalesbotDesignerSave`
//! returned, and checking a `continue` body against the documented limits
//! (§4). Pure data: no I/O.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::validation::{ErrorCode, FieldError};

/// At most this many `execute_handlers` in one `continue` (docs/salesbot.md §4).
pub const MAX_EXECUTE_HANDLERS: usize = 10;
/// A `show` handler's `value` in a `continue`: at most this many characters.
pub const MAX_SHOW_VALUE_CHARS: usize = 80;
/// At most this many buttons in one `continue`, all handlers together.
pub const MAX_BUTTONS: usize = 25;

/// One handler call: `{handler, params}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Call {
    pub handler: String,
    #[serde(default)]
    pub params: Value,
}

/// One step of a bot.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question: Vec<Call>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answer: Vec<Call>,
}

/// Reads the steps a widget returned (the JSON text of an array of steps),
/// or says why they cannot be run.
pub fn parse(text: &str) -> Result<Vec<Step>, String> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| format!("onSalesbotDesignerSave returned a string that is not JSON ({e})"))?;
    let Value::Array(items) = value else {
        return Err("onSalesbotDesignerSave must return the JSON of an array of steps ([{\"question\": [...]}, ...])".into());
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            serde_json::from_value::<Step>(item).map_err(|e| {
                format!("step {i} is not {{\"question\": [{{\"handler\", \"params\"}}, …], \"answer\": […]}} ({e})")
            })
        })
        .collect()
}

/// What a `continue` brings: its `data` and the handlers to run.
#[derive(Debug, Clone, PartialEq)]
pub struct Continue {
    pub data: Map<String, Value>,
    pub calls: Vec<Call>,
}

/// A `continue` body read and checked, or every broken limit and wrong
/// type, with its path.
pub fn read_continue(body: &Map<String, Value>) -> Result<Continue, Vec<FieldError>> {
    let mut errors = Vec::new();
    let data = match body.get("data") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => {
            errors.push(FieldError::new(
                "data",
                ErrorCode::InvalidType,
                "data must be an object",
            ));
            Map::new()
        }
    };
    let mut calls = Vec::new();
    match body.get("execute_handlers") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            if list.len() > MAX_EXECUTE_HANDLERS {
                errors.push(FieldError::new(
                    "execute_handlers",
                    ErrorCode::TooLong,
                    format!(
                        "at most {MAX_EXECUTE_HANDLERS} handlers, not {}",
                        list.len()
                    ),
                ));
            }
            let mut buttons = 0;
            for (i, item) in list.iter().enumerate() {
                match serde_json::from_value::<Call>(item.clone()) {
                    Ok(call) => {
                        buttons += check_show(&call, i, &mut errors);
                        calls.push(call);
                    }
                    Err(e) => errors.push(FieldError::new(
                        format!("execute_handlers.{i}"),
                        ErrorCode::InvalidType,
                        format!("a handler is {{\"handler\": name, \"params\": {{…}}}} ({e})"),
                    )),
                }
            }
            if buttons > MAX_BUTTONS {
                errors.push(FieldError::new(
                    "execute_handlers",
                    ErrorCode::TooLong,
                    format!("at most {MAX_BUTTONS} buttons, not {buttons}"),
                ));
            }
        }
        Some(_) => errors.push(FieldError::new(
            "execute_handlers",
            ErrorCode::InvalidType,
            "execute_handlers must be an array",
        )),
    }
    if errors.is_empty() {
        Ok(Continue { data, calls })
    } else {
        Err(errors)
    }
}

/// Checks a `show` call's value length; returns how many buttons it has.
fn check_show(call: &Call, i: usize, errors: &mut Vec<FieldError>) -> usize {
    if call.handler != "show" {
        return 0;
    }
    if let Some(value) = call.params.get("value").and_then(Value::as_str) {
        let n = value.chars().count();
        if n > MAX_SHOW_VALUE_CHARS {
            errors.push(FieldError::new(
                format!("execute_handlers.{i}.params.value"),
                ErrorCode::TooLong,
                format!("a show value is at most {MAX_SHOW_VALUE_CHARS} characters, not {n}"),
            ));
        }
    }
    call.params
        .get("buttons")
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_the_documented_example_and_says_what_is_wrong() {
        let steps = parse(r#"[{"question":[{"handler":"widget_request","params":{"url":"u","data":{}}},{"handler":"goto","params":{"type":"question","step":1}}]}]"#).unwrap();
        assert_eq!(steps[0].question[1].handler, "goto");
        assert!(parse("{").unwrap_err().contains("not JSON"));
        assert!(parse("{}").unwrap_err().contains("array of steps"));
        assert!(parse(r#"[{"question": 3}]"#)
            .unwrap_err()
            .starts_with("step 0"));
    }

    #[test]
    fn continue_limits_are_the_documented_ones() {
        let show = |value: &str, buttons: usize| {
            json!({"handler": "show", "params": {"type": "buttons", "value": value,
                   "buttons": vec!["b"; buttons]}})
        };
        let ok =
            json!({"data": {"status": "success"}, "execute_handlers": [show(&"x".repeat(80), 25)]});
        let c = read_continue(ok.as_object().unwrap()).unwrap();
        assert_eq!(c.data["status"], "success");
        assert_eq!(c.calls.len(), 1);

        let eleven: Vec<_> = (0..11).map(|_| show("hi", 0)).collect();
        let too_many = json!({"execute_handlers": eleven});
        let paths: Vec<_> = read_continue(too_many.as_object().unwrap())
            .unwrap_err()
            .into_iter()
            .map(|e| e.path)
            .collect();
        assert_eq!(paths, ["execute_handlers"]);

        let long = json!({"execute_handlers": [show(&"x".repeat(81), 13), show("b", 13)]});
        let errors = read_continue(long.as_object().unwrap()).unwrap_err();
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(
            paths,
            ["execute_handlers.0.params.value", "execute_handlers"]
        );
    }
}

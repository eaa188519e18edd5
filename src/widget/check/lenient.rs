//! Rule W007/W008: values of the wrong JSON type that amoCRM tolerates. The
//! typed model reads them through `widget::lenient`; this rule finds them in
//! the raw JSON and says how each was read, with the same functions.

use serde_json::Value;

use super::{codes, Input};
use crate::widget::diagnostic::Diagnostic;
use crate::widget::json_pos;
use crate::widget::lenient::{
    bool_from_value, interface_version_from_value, names_from_value, string_from_value,
};

/// Boolean keys outside the settings fields.
const BOOLEAN_KEYS: &[&[&str]] = &[
    &["widget", "init_once"],
    &["widget", "installation"],
    &["widget", "is_showcase"],
    &["tour", "is_tour"],
    &["dp", "action_multiple"],
];

pub(super) fn check(input: &Input, out: &mut Vec<Diagnostic>) {
    let raw = input.raw;
    let mut booleans: Vec<Vec<String>> = BOOLEAN_KEYS
        .iter()
        .map(|p| p.iter().map(|s| s.to_string()).collect())
        .collect();
    for block in [vec!["settings"], vec!["dp", "settings"]] {
        let fields = block.iter().try_fold(raw, |v, k| v.get(k));
        let entries: Vec<String> = match fields {
            Some(Value::Object(map)) => map.keys().cloned().collect(),
            Some(Value::Array(items)) => (0..items.len()).map(|i| i.to_string()).collect(),
            _ => Vec::new(),
        };
        for code in entries {
            let mut p: Vec<String> = block.iter().map(|s| s.to_string()).collect();
            p.extend([code, "required".to_owned()]);
            booleans.push(p);
        }
    }
    for path in &booleans {
        let segs: Vec<&str> = path.iter().map(String::as_str).collect();
        let Some(v) = get(raw, &segs) else { continue };
        if v.is_boolean() {
            continue;
        }
        // Arrays and objects fail the load (E001) before this rule runs.
        let Some(read) = bool_from_value(v) else {
            continue;
        };
        let code = if segs == ["widget", "init_once"] {
            codes::INIT_ONCE
        } else {
            codes::LENIENT_TYPE
        };
        push(input, out, code, &segs, format!("{} is {v}, not a boolean; read as {read}", segs.join(".")), format!("write {read} (amoCRM accepts {v}; amo-emu reads it by meaning: \"N\", \"no\", \"false\", \"0\" and \"\" are false)"));
    }
    if let Some(v) = get(raw, &["widget", "interface_version"]).filter(|v| !v.is_number()) {
        let read = interface_version_from_value(v).map_or("not set".to_owned(), |n| n.to_string());
        push(
            input,
            out,
            codes::LENIENT_TYPE,
            &["widget", "interface_version"],
            format!("widget.interface_version is {v}, not a number; read as {read}"),
            "write 2".to_owned(),
        );
    }
    if let Some(v) = get(raw, &["widget", "version"]).filter(|v| !v.is_string()) {
        let read = string_from_value(v);
        push(
            input,
            out,
            codes::LENIENT_TYPE,
            &["widget", "version"],
            format!("widget.version is {v}, not a string; read as {read:?}"),
            format!("write \"{read}\"; amoCRM caches the widget's files by this version"),
        );
    }
    for segs in [&["widget", "locale"][..], &["locations"][..]] {
        let Some(v) = get(raw, segs) else { continue };
        let odd = match v {
            Value::Array(items) => items.iter().any(|i| !i.is_string()),
            _ => true,
        };
        if odd {
            let read = names_from_value(v);
            push(
                input,
                out,
                codes::LENIENT_TYPE,
                segs,
                format!(
                    "{} is {}, not an array of strings; read as {read:?}",
                    segs.join("."),
                    shape(v)
                ),
                format!(
                    "write [{}]",
                    read.iter()
                        .map(|n| format!("{n:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
        }
    }
}

fn get<'a>(raw: &'a Value, segs: &[&str]) -> Option<&'a Value> {
    segs.iter().try_fold(raw, |v, k| match v {
        Value::Array(items) => items.get(k.parse::<usize>().ok()?),
        other => other.get(k),
    })
}

/// Names a JSON value's shape for a message.
fn shape(v: &Value) -> &'static str {
    match v {
        Value::Array(_) => "an array with non-string items",
        Value::Object(_) => "an object",
        Value::String(_) => "a string",
        Value::Number(_) => "a number",
        Value::Bool(_) => "a boolean",
        Value::Null => "null",
    }
}

fn push(
    input: &Input,
    out: &mut Vec<Diagnostic>,
    code: &'static str,
    segs: &[&str],
    message: String,
    hint: String,
) {
    out.push(
        Diagnostic::warning(input.manifest_path(), message)
            .code(code)
            .at(json_pos::locate(input.source, segs))
            .json_path(segs.join("."))
            .hint(hint),
    );
}

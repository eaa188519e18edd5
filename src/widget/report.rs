//! Renders diagnostics for `amo-emu check`: rustc-style text (severity and
//! code, message, `--> path:line:column`, the source line with a caret, the
//! JSON path and a `help:` line) or one stable JSON document for CI and
//! editors (shape documented in the README; bump [`JSON_VERSION`] on change).

use std::path::Path;

use serde_json::{json, Value};

use super::check::rule_for;
use super::diagnostic::{Diagnostic, Severity};

/// The version of the JSON shape: consumers check it.
pub const JSON_VERSION: u32 = 1;

/// Counts (errors, warnings).
pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    (errors, diagnostics.len() - errors)
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The human report: one block per diagnostic, then a summary line.
pub fn human(dir: &Path, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        render_one(d, &mut out);
        out.push('\n');
    }
    let (errors, warnings) = counts(diagnostics);
    let verdict = if errors > 0 {
        "amoCRM would refuse this widget"
    } else if warnings > 0 {
        "fine to upload; have a look at the warnings"
    } else {
        "no problems found"
    };
    out.push_str(&format!(
        "{}: {}, {}: {verdict}\n",
        dir.display(),
        plural(errors, "error"),
        plural(warnings, "warning")
    ));
    out
}

fn render_one(d: &Diagnostic, out: &mut String) {
    let label = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    match d.code {
        Some(code) => out.push_str(&format!("{label}[{code}]: {}\n", d.message)),
        None => out.push_str(&format!("{label}: {}\n", d.message)),
    }
    let line_text = d
        .position
        .and_then(|p| source_line(&d.file, p.line).map(|t| (p, t)));
    let gutter = line_text
        .as_ref()
        .map_or(1, |(p, _)| p.line.to_string().len());
    let pad = " ".repeat(gutter);
    out.push_str(&format!("{pad}--> {}\n", d.location()));
    if let Some((p, text)) = line_text {
        // The caret line copies tabs so the caret lines up in any terminal.
        let lead: String = text
            .chars()
            .take(p.column.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!("{pad} |\n{} | {text}\n{pad} | {lead}^\n", p.line));
    }
    if let Some(path) = &d.json_path {
        out.push_str(&format!("{pad} = at: {path}\n"));
    }
    if let Some(hint) = &d.hint {
        out.push_str(&format!("{pad} = help: {hint}\n"));
    }
}

/// Line `n` (1-based) of a text file, without its line ending.
fn source_line(file: &Path, n: usize) -> Option<String> {
    let text = std::fs::read(file).ok()?;
    let text = String::from_utf8_lossy(&text);
    let line = text.lines().nth(n.checked_sub(1)?)?;
    Some(
        line.trim_start_matches('\u{feff}')
            .trim_end_matches('\r')
            .to_owned(),
    )
}

/// The JSON report.
pub fn json(dir: &Path, diagnostics: &[Diagnostic]) -> Value {
    let (errors, warnings) = counts(diagnostics);
    json!({
        "version": JSON_VERSION,
        "dir": dir.display().to_string(),
        "errors": errors,
        "warnings": warnings,
        "diagnostics": diagnostics.iter().map(|d| json!({
            "severity": d.severity,
            "code": d.code,
            "rule": d.code.and_then(rule_for).map(|r| r.summary),
            "message": d.message,
            "file": d.file.display().to_string(),
            "line": d.position.map(|p| p.line),
            "column": d.position.map(|p| p.column),
            "json_path": d.json_path,
            "help": d.hint,
        })).collect::<Vec<_>>(),
    })
}

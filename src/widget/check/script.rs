//! Static scans of script.js: whether it has an `onSave` callback (W015; the
//! browser's runtime check is authoritative), and, for widgets meant to be
//! public, what moderation rejects and a line scan can see (W016, docs/platform.md §8.4
//! and the requirements page). A scan, not a parser: it skips `//` comment
//! lines and may still flag text inside strings, so these are warnings.

use std::path::Path;

use super::codes;
use super::files::SCRIPT_FILE;
use crate::widget::diagnostic::{Diagnostic, Position};

/// What moderation rejects: a needle found in code, and why.
const MODERATION: &[(&str, &str)] = &[
    (
        "console.",
        "console.* output is not allowed in published widgets",
    ),
    ("eval(", "eval is not allowed"),
    ("new Function(", "new Function is eval by another name"),
    ("alert(", "alert() blocks the CRM page; use a modal"),
    ("confirm(", "confirm() blocks the CRM page; use a modal"),
    ("async: false", "synchronous XHR freezes the CRM page"),
    ("async:false", "synchronous XHR freezes the CRM page"),
    (
        "createElement('script')",
        "injecting <script> elements is not allowed; require() modules instead",
    ),
    (
        "createElement(\"script\")",
        "injecting <script> elements is not allowed; require() modules instead",
    ),
];

/// Characters that may precede a needle for it to be a call, not part of a
/// longer name (`myconsole.log`, `.confirm(` on a widget object).
fn starts_token(line: &str, at: usize) -> bool {
    line[..at].chars().next_back().map_or(true, |c| {
        !(c.is_alphanumeric() || c == '_' || c == '$' || c == '.')
    })
}

pub(super) fn check(dir: &Path, public: bool, out: &mut Vec<Diagnostic>) {
    let file = dir.join(SCRIPT_FILE);
    let Ok(source) = std::fs::read_to_string(&file) else {
        return;
    };
    if !source.contains("onSave") {
        out.push(
            Diagnostic::warning(&file, "script.js has no onSave callback; amoCRM's Install and Save call it and do nothing without it")
                .code(codes::ONSAVE_MISSING)
                .hint("add callbacks.onSave = function () { return true; } (a static scan; serving the widget checks it for real)"),
        );
    }
    if !public {
        return;
    }
    for (n, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") || trimmed.starts_with('*') || trimmed.starts_with("/*") {
            continue;
        }
        for (needle, why) in MODERATION {
            for (at, _) in line.match_indices(needle) {
                if !starts_token(line, at) {
                    continue;
                }
                push(
                    out,
                    &file,
                    line,
                    n,
                    at,
                    format!("{} — {why}", needle.trim_end_matches(['(', '.'])),
                );
            }
        }
        if let Some(at) = external_script(line) {
            push(
                out,
                &file,
                line,
                n,
                at,
                "an external script URL — moderation wants the widget's code inside the archive"
                    .to_owned(),
            );
        }
    }
}

fn push(out: &mut Vec<Diagnostic>, file: &Path, line: &str, n: usize, at: usize, message: String) {
    out.push(
        Diagnostic::warning(file, message)
            .code(codes::MODERATION)
            .at(Some(Position {
                line: n + 1,
                column: line[..at].chars().count() + 1,
            }))
            .hint("public widgets go through amoCRM's moderation; private ones do not (drop --public to skip these)"),
    );
}

/// A quoted `http(s)://` or `//` URL ending in `.js`: the byte offset of its
/// opening quote.
fn external_script(line: &str) -> Option<usize> {
    for quote in ['\'', '"', '`'] {
        let mut rest = 0;
        while let Some(open) = line[rest..].find(quote).map(|i| rest + i) {
            let Some(len) = line[open + 1..].find(quote) else {
                break;
            };
            let inner = &line[open + 1..open + 1 + len];
            let remote = inner.starts_with("http://")
                || inner.starts_with("https://")
                || inner.starts_with("//");
            if remote
                && inner
                    .split(['?', '#'])
                    .next()
                    .is_some_and(|p| p.ends_with(".js"))
            {
                return Some(open);
            }
            rest = open + len + 2;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_external_scripts_and_call_tokens() {
        assert_eq!(
            external_script("require(['https://cdn.x/lib.js?v=1'])"),
            Some(9)
        );
        assert_eq!(external_script("var u = 'https://api.x/data';"), None);
        assert!(starts_token("  console.log(1)", 2));
        assert!(!starts_token("self.confirm(1)", 5));
    }
}

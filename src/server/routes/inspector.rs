//! `POST /amo-emu/inspector`: the page's inspector reports a broken platform
//! rule (a violation) so the developer also sees it in the terminal. The
//! guard applies as everywhere; the body is small, typed and printed through
//! `server::terminal::terminal_safe`, so a page cannot paint over the terminal.
//! Also the report-only CSP every answer carries ([`EVAL_REPORT_POLICY`]),
//! which makes the browser report each `eval` for the inspector to check.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::server::http::{JsonBody, Problem};
use crate::server::terminal::terminal_safe;

/// Where the inspector posts its reports.
pub const INSPECTOR_PATH: &str = "/amo-emu/inspector";

/// A report-only Content-Security-Policy without `'unsafe-eval'`: blocks
/// nothing, but makes the browser fire `securitypolicyviolation` with the
/// file and line of each `eval` / `new Function`, which the inspector reports
/// when it is the widget's (docs/platform.md §4.2). Wrapping `window.eval` instead would
/// change what a direct `eval` can see.
pub const EVAL_REPORT_POLICY: (&str, &str) = (
    "Content-Security-Policy-Report-Only",
    "script-src * 'self' 'unsafe-inline' blob: data:",
);

/// A report is one sentence and a section number; anything bigger is not one.
const MAX_REPORT_BYTES: usize = 16 * 1024;

/// The longest text printed for one field; the panel shows the whole text.
const MAX_FIELD_CHARS: usize = 600;

#[derive(Debug, Deserialize)]
struct Report {
    /// The rule's short name (`onSave`, `rating`, `virtual click`, …).
    rule: String,
    /// What happened, in one sentence.
    text: String,
    /// The spec section, e.g. `§8.4`.
    #[serde(default)]
    spec: String,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(INSPECTOR_PATH, web::post().to(report));
}

async fn report(body: JsonBody) -> Result<HttpResponse, Problem> {
    if body.size() > MAX_REPORT_BYTES {
        return Err(Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "an inspector report is at most 16 KiB",
        ));
    }
    let report: Report = body.parse("not an inspector report")?;
    let spec = if report.spec.is_empty() {
        String::new()
    } else {
        format!(" (spec {})", printable(&report.spec))
    };
    tracing::warn!(
        "inspector: {}: {}{spec}",
        printable(&report.rule),
        printable(&report.text)
    );
    Ok(HttpResponse::NoContent().finish())
}

/// `text` safe for the terminal, cut to [`MAX_FIELD_CHARS`].
fn printable(text: &str) -> String {
    let cut: String = text.chars().take(MAX_FIELD_CHARS).collect();
    let mut out = terminal_safe(&cut);
    if text.chars().count() > MAX_FIELD_CHARS {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_control_characters() {
        assert_eq!(printable("a\u{1b}[2Jb\nc"), "a\\u{1b}[2Jb\\nc");
    }

    #[test]
    fn printable_cuts_long_text() {
        let long = "x".repeat(MAX_FIELD_CHARS + 5);
        let cut = printable(&long);
        assert_eq!(cut.chars().count(), MAX_FIELD_CHARS + 1);
        assert!(cut.ends_with('…'));
    }
}

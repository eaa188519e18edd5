//! The rule set for a widget folder: what amoCRM's upload and moderation
//! would refuse, and what makes a widget misbehave. One source of truth:
//! `amo-emu check` runs it, and `serve` runs it on every load and shows the
//! same diagnostics in the terminal and the page.
//!
//! Severity follows the platform, never stricter: an error is something
//! amoCRM documents as required or as a limit; where the spec says upload
//! behaviour is UNCONFIRMED, the rule is a warning and says so. `serve` still
//! runs a widget with rule errors (they are shown as warnings there): only a
//! manifest or translation file it cannot read stops a load.

mod files;
mod left_menu;
mod lenient;
mod manifest;
mod script;
mod sms;

use std::path::Path;

use serde_json::Value;

use super::diagnostic::{Diagnostic, Severity};
use super::{I18n, Manifest};

/// Stable rule codes. Never renumber: CI scripts and editors match on them.
pub mod codes {
    pub const JSON: &str = "E001";
    pub const MANIFEST_MISSING: &str = "E002";
    pub const LOCALE_FILE_MISSING: &str = "E003";
    pub const LOGO_MISSING: &str = "E004";
    pub const IMAGE_TOO_LARGE: &str = "E005";
    pub const CUSTOM_FIELDS: &str = "E006";
    pub const DP_BLOCK_MISSING: &str = "E007";
    pub const TRANSLATION_NOT_OBJECT: &str = "E008";
    pub const WIDGET_KEY_MISSING: &str = "W001";
    pub const LOCALE_EMPTY: &str = "W002";
    pub const I18N_KEY_MISSING: &str = "W003";
    pub const LOCATION_UNKNOWN: &str = "W004";
    pub const LEGACY_KEY: &str = "W005";
    pub const INTERFACE_VERSION: &str = "W006";
    pub const INIT_ONCE: &str = "W007";
    pub const LENIENT_TYPE: &str = "W008";
    pub const SETTINGS_ARRAY: &str = "W009";
    pub const FIELD_TYPE_UNKNOWN: &str = "W010";
    pub const ADVANCED_TITLE_MISSING: &str = "W011";
    pub const DP_WITHOUT_LOCATION: &str = "W012";
    pub const LOGO_DIMENSIONS: &str = "W013";
    pub const SCRIPT_MISSING: &str = "W014";
    pub const ONSAVE_MISSING: &str = "W015";
    pub const MODERATION: &str = "W016";
    pub const LEFT_MENU: &str = "W017";
    pub const CARD_SDK_WITHOUT_CARD: &str = "W018";
    pub const SMS_SENDER: &str = "W019";
}

/// One row of the rule table (printed by `amo-emu check --rules` and kept in
/// the README).
pub struct Rule {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
}

const fn rule(code: &'static str, severity: Severity, summary: &'static str) -> Rule {
    Rule {
        code,
        severity,
        summary,
    }
}

use Severity::{Error as E, Warning as W};

pub const RULES: &[Rule] = &[
    rule(codes::JSON, E, "manifest.json or an i18n file is not valid JSON (or holds a value amo-emu cannot read, e.g. an array where a boolean belongs)"),
    rule(codes::MANIFEST_MISSING, E, "manifest.json is missing"),
    rule(codes::LOCALE_FILE_MISSING, E, "widget.locale names a locale with no i18n/<locale>.json"),
    rule(codes::LOGO_MISSING, E, "a required logo is missing (logo_main, logo_small, logo, logo_medium, logo_min; logo_dp with digital_pipeline)"),
    rule(codes::IMAGE_TOO_LARGE, E, "a logo is over amoCRM's 300 KB limit"),
    rule(codes::CUSTOM_FIELDS, E, "more than one `custom` settings field (amoCRM supports one)"),
    rule(codes::DP_BLOCK_MISSING, E, "the digital_pipeline location without a `dp` block"),
    rule(codes::TRANSLATION_NOT_OBJECT, E, "an i18n file holds something other than a JSON object"),
    rule(codes::WIDGET_KEY_MISSING, W, "the widget block lacks a key moderation requires (name, description, short_description, version, interface_version, locale, installation)"),
    rule(codes::LOCALE_EMPTY, W, "widget.locale is empty"),
    rule(codes::I18N_KEY_MISSING, W, "an i18n key the manifest uses is missing in a declared locale"),
    rule(codes::LOCATION_UNKNOWN, W, "an unknown location name, or a card/list location without its -0/-1 suffix"),
    rule(codes::LEGACY_KEY, W, "legacy widget.code / widget.secret_key (amoCRM generates the code now)"),
    rule(codes::INTERFACE_VERSION, W, "interface_version is not 2"),
    rule(codes::INIT_ONCE, W, "init_once is not a boolean (\"Y\", 1, …); says how it was read"),
    rule(codes::LENIENT_TYPE, W, "a value of the wrong JSON type that amoCRM tolerates (\"Y\" for true, \"2\" for 2, object-shaped locations, …); says how it was read"),
    rule(codes::SETTINGS_ARRAY, W, "settings given as an array (field codes become 0, 1, …) or as an empty array"),
    rule(codes::FIELD_TYPE_UNKNOWN, W, "a settings field type other than text, pass, users, users_lp, custom (drawn as a text input)"),
    rule(codes::ADVANCED_TITLE_MISSING, W, "the advanced_settings location without advanced.title"),
    rule(codes::DP_WITHOUT_LOCATION, W, "a `dp` block without the digital_pipeline location (ignored)"),
    rule(codes::LOGO_DIMENSIONS, W, "a logo whose pixel size differs from the documented one"),
    rule(codes::SCRIPT_MISSING, W, "script.js is missing (no JavaScript runs)"),
    rule(codes::ONSAVE_MISSING, W, "script.js never mentions onSave (static scan; the browser check is authoritative)"),
    rule(codes::MODERATION, W, "with --public: code moderation rejects (console.*, eval, alert/confirm, synchronous XHR, script elements, external script URLs)"),
    rule(codes::LEFT_MENU, W, "a left_menu part amo-emu skips (not an object, no title, unknown sort.after, …), or left_menu and the widget_page location without each other"),
    rule(codes::CARD_SDK_WITHOUT_CARD, W, "the card_sdk location without lcard, ccard or comcard (no card shows the tab)"),
    rule(codes::SMS_SENDER, W, "the sms location without a string sms.endpoint, an sms.endpoint that is not an http(s) URL, or an sms block without the sms location"),
];

/// The rule table row for `code`.
pub fn rule_for(code: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.code == code)
}

/// Which rules run: `serve` skips the static scans of script.js (its browser
/// checks are authoritative); `check` runs them, and moderation only for
/// widgets meant to be public.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scope {
    pub scan_script: bool,
    pub public: bool,
}

/// What the rules look at: the parsed manifest, its text (for positions) and
/// its raw JSON (for the shapes the typed model smooths over).
pub struct Input<'a> {
    pub dir: &'a Path,
    pub manifest: &'a Manifest,
    pub source: &'a str,
    pub raw: &'a Value,
    pub i18n: &'a I18n,
}

impl Input<'_> {
    fn manifest_path(&self) -> std::path::PathBuf {
        self.dir.join(super::MANIFEST_FILE)
    }
}

/// Runs every rule in `scope` over a manifest that parsed.
pub fn rules(input: &Input, scope: Scope, out: &mut Vec<Diagnostic>) {
    manifest::check(input, out);
    left_menu::check(input, out);
    sms::check(input, out);
    lenient::check(input, out);
    files::check(input.dir, Some(input.manifest), out);
    if scope.scan_script {
        script::check(input.dir, scope.public, out);
    }
}

/// The whole check of a folder for `amo-emu check` and `pack`: every rule,
/// including those a manifest that does not parse still allows.
pub fn check_folder(dir: &Path, scope: Scope) -> Vec<Diagnostic> {
    let manifest_path = dir.join(super::MANIFEST_FILE);
    if !manifest_path.is_file() {
        let mut out = vec![Diagnostic::error(&manifest_path, "manifest.json is missing")
            .code(codes::MANIFEST_MISSING)
            .hint("an amoCRM widget archive has manifest.json at its root; `amo-emu new NAME` creates one")];
        files::check(dir, None, &mut out);
        return out;
    }
    match super::load_parts(dir) {
        Ok(parts) => {
            let mut out = parts.diagnostics;
            let input = Input {
                dir,
                manifest: &parts.manifest,
                source: &parts.source,
                raw: &parts.raw,
                i18n: &parts.i18n,
            };
            rules(&input, scope, &mut out);
            out
        }
        Err(failure) => {
            let mut out = failure.diagnostics;
            files::check(dir, None, &mut out);
            if scope.scan_script {
                script::check(dir, scope.public, &mut out);
            }
            out
        }
    }
}

/// How `serve` shows a rule error: as a warning (it runs the widget anyway),
/// saying that the upload would refuse it.
pub fn for_serving(mut d: Diagnostic) -> Diagnostic {
    if d.is_error() {
        d.severity = Severity::Warning;
        let note = "amo-emu runs the widget anyway; `amo-emu check` reports this as an error because amoCRM requires it";
        d.hint = Some(match d.hint.take() {
            Some(h) => format!("{h}; {note}"),
            None => note.to_owned(),
        });
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_each_has_one_row() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(seen.insert(r.code), "duplicate {}", r.code);
            let prefix = if r.severity == Severity::Error {
                'E'
            } else {
                'W'
            };
            assert!(r.code.starts_with(prefix), "{}", r.code);
        }
    }
}

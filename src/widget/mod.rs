//! Loading a widget folder into a typed, validated [`Widget`] snapshot.
//!
//! Reads files and knows nothing of HTTP, the watcher or the account. A
//! load never panics on bad input; it returns diagnostics with positions.

pub mod check;
pub mod code;
pub mod diagnostic;
pub mod dp;
pub mod files;
pub mod i18n;
pub mod json_pos;
pub mod left_menu;
pub mod lenient;
pub mod location;
pub mod logos;
pub mod manifest;
pub mod pack;
pub mod placement;
pub mod platform_modules;
pub mod report;
pub mod salesbot;
pub mod scaffold;
pub mod settings_values;
pub mod sms;

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use code::WidgetCode;
pub use diagnostic::{Diagnostic, DiagnosticView, Position, Severity};
pub use i18n::I18n;
pub use manifest::{Area, Field, FieldType, Manifest};

pub const MANIFEST_FILE: &str = "manifest.json";

/// A widget folder that parsed and validated (warnings allowed).
#[derive(Debug, Clone)]
pub struct Widget {
    /// The folder as the user named it (for messages).
    pub dir: PathBuf,
    pub code: WidgetCode,
    pub manifest: Manifest,
    pub i18n: I18n,
    /// What is wrong but does not stop serving: warnings, and the rule
    /// errors `check` would refuse an upload for, demoted to warnings by
    /// [`check::for_serving`] so the developer can keep working.
    pub diagnostics: Vec<Diagnostic>,
}

/// A widget folder that could not be loaded: at least one error, plus any
/// warnings found on the way.
#[derive(Debug, Clone)]
pub struct LoadFailure {
    pub diagnostics: Vec<Diagnostic>,
}

/// A manifest that parsed, its text and raw JSON, and the translation files:
/// what both a load and `amo-emu check` start from.
pub struct Parts {
    pub manifest: Manifest,
    pub source: String,
    pub raw: Value,
    pub i18n: I18n,
    /// Problems found while reading (none of them errors).
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads the manifest and translation files; fails only on what cannot be
/// read at all (rule E001/E008).
pub fn load_parts(dir: &Path) -> Result<Parts, LoadFailure> {
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest: Manifest = read_json(&manifest_path).map_err(|d| LoadFailure {
        diagnostics: vec![d],
    })?;
    let source = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let raw = serde_json::from_str(source.trim_start_matches('\u{feff}')).unwrap_or(Value::Null);
    let mut diagnostics = Vec::new();
    let i18n = load_i18n(dir, &manifest, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(LoadFailure { diagnostics });
    }
    Ok(Parts {
        manifest,
        source,
        raw,
        i18n,
        diagnostics,
    })
}

impl Widget {
    /// Reads and checks `dir`. `code` comes from the command line, if given.
    /// Rule errors do not stop the load (see [`check::for_serving`]).
    pub fn load(dir: &Path, code: Option<&WidgetCode>) -> Result<Widget, LoadFailure> {
        let parts = load_parts(dir)?;
        let mut found = Vec::new();
        let input = check::Input {
            dir,
            manifest: &parts.manifest,
            source: &parts.source,
            raw: &parts.raw,
            i18n: &parts.i18n,
        };
        check::rules(&input, check::Scope::default(), &mut found);
        let mut diagnostics = parts.diagnostics;
        diagnostics.extend(found.into_iter().map(check::for_serving));
        let manifest = parts.manifest;
        let code = code.cloned().unwrap_or_else(|| {
            manifest
                .widget
                .code
                .as_deref()
                .and_then(|c| WidgetCode::parse(c).ok())
                .unwrap_or_else(|| WidgetCode::from_folder(dir))
        });
        Ok(Widget {
            dir: dir.to_path_buf(),
            code,
            manifest,
            i18n: parts.i18n,
            diagnostics,
        })
    }

    /// The widget's name in `locale`, with the documented fallbacks.
    pub fn name(&self, locale: &str) -> String {
        self.i18n.text(&self.manifest.widget.name, locale)
    }

    pub fn text(&self, key: &str, locale: &str) -> String {
        self.i18n.text(key, locale)
    }

    /// The URL of logo `stem` (`logo_main` …), falling back to the legacy
    /// `logo.png` when the folder lacks it ([`logos::served`]).
    pub fn logo_url(&self, stem: &str) -> String {
        format!(
            "{}/{}",
            self.code.base_path(),
            logos::served(&self.dir, stem)
        )
    }
}

/// Parses a JSON file into `T`, turning any failure into one diagnostic with
/// `path:line:column` and the JSON path of the offending value.
// A load fails at most once per file, so the size of the error is irrelevant.
#[allow(clippy::result_large_err)]
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, Diagnostic> {
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error(path, format!("cannot read the file: {e}")).code(check::codes::JSON)
    })?;
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            let pos = json_pos::position_of(&String::from_utf8_lossy(&bytes), e.valid_up_to());
            return Err(Diagnostic::error(path, "the file is not valid UTF-8")
                .code(check::codes::JSON)
                .at(Some(pos)));
        }
    };
    let (text, bom) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize(&mut de)
        .map_err(|err| (err.path().to_string(), err.into_inner()))
        .and_then(|v| de.end().map(|()| v).map_err(|e| (String::new(), e)));
    parsed.map_err(|(json_path, inner)| {
        let position = (inner.line() > 0).then(|| Position {
            line: inner.line(),
            column: inner.column() + usize::from(bom && inner.line() == 1),
        });
        let syntax = inner.is_syntax() || inner.is_eof();
        // Mid-syntax-error paths read like `widget.?`: only a type error has a useful one.
        let json_path = if syntax { String::new() } else { json_path };
        let mut d = Diagnostic::error(path, strip_position(&inner.to_string()))
            .code(check::codes::JSON)
            .at(position)
            .json_path(json_path);
        if syntax {
            d = d.hint("fix the JSON syntax; amoCRM refuses a widget archive whose JSON files do not parse");
        }
        d
    })
}

/// serde_json appends " at line X column Y" to its messages; the diagnostic
/// shows the position in front instead.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// Loads `i18n/<locale>.json` for each declared locale. A missing file is
/// skipped here (rule E003 reports it); one that does not parse, or is not an
/// object, stops the load.
fn load_i18n(dir: &Path, manifest: &Manifest, out: &mut Vec<Diagnostic>) -> I18n {
    let mut files = Vec::new();
    for locale in &manifest.widget.locale {
        let path = i18n_path(dir, locale);
        if !path.is_file() {
            continue;
        }
        match read_json::<Value>(&path) {
            Ok(Value::Object(map)) => files.push((locale.clone(), Value::Object(map))),
            Ok(_) => out.push(
                Diagnostic::error(&path, "a translation file must hold a JSON object")
                    .code(check::codes::TRANSLATION_NOT_OBJECT)
                    .hint("write {\"widget\": {\"name\": \"…\"}, …}: the manifest's keys are dotted paths into it"),
            ),
            Err(d) => out.push(d),
        }
    }
    I18n::new(files)
}

/// Where the translation file of `locale` lives.
pub fn i18n_path(dir: &Path, locale: &str) -> PathBuf {
    dir.join("i18n").join(format!("{locale}.json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(dir: &Path, rel: &str, body: &str) {
        let p = dir.join(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, body).unwrap();
    }

    /// The first diagnostic of a folder that holds only `manifest`.
    fn first_manifest_error(manifest: &str) -> Diagnostic {
        let d = tempfile::tempdir().unwrap();
        write(d.path(), "manifest.json", manifest);
        let err = Widget::load(d.path(), None).unwrap_err();
        err.diagnostics[0].clone()
    }

    #[test]
    fn syntax_error_has_line_column_and_hint() {
        let diag = first_manifest_error(
            "{\n  \"widget\": {\n    \"name\": \"x\"\n    \"version\": \"1\"\n  }\n}",
        );
        assert_eq!(diag.position, Some(Position { line: 4, column: 5 }));
        assert!(diag.message.contains("expected"), "{}", diag.message);
        assert!(diag.location().ends_with("manifest.json:4:5"));
    }

    #[test]
    fn type_error_names_the_json_path() {
        let diag = first_manifest_error(
            "{\"widget\": {\"name\": \"x\"},\n \"settings\": {\"k\": {\"name\": \"K\", \"type\": \"text\", \"required\": [\"yes\"]}}}",
        );
        assert_eq!(diag.json_path.as_deref(), Some("settings.k.required"));
        assert_eq!(diag.position.map(|p| p.line), Some(2));
        assert!(diag.message.contains("invalid type"), "{}", diag.message);
    }

    #[test]
    fn warns_on_unknown_type_and_missing_keys_but_loads() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "manifest.json",
            r#"{"widget": {"name": "widget.name", "locale": ["en"]},
 "locations": ["settings", "advancedSettings"],
 "settings": {"a": {"name": "settings.a", "type": "checkbox"}}}"#,
        );
        write(d.path(), "i18n/en.json", r#"{"widget": {"name": "W"}}"#);
        let w = Widget::load(d.path(), None).unwrap();
        let msgs: Vec<_> = w.diagnostics.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.contains("\"checkbox\"") && m.contains(":3:")),
            "{msgs:#?}"
        );
        assert!(
            msgs.iter().any(|m| m.contains("advancedSettings")),
            "{msgs:#?}"
        );
        assert!(msgs.iter().any(|m| m.contains("settings.a")), "{msgs:#?}");
        assert_eq!(w.name("en"), "W");
        assert_eq!(w.code, WidgetCode::from_folder(d.path()));
    }

    #[test]
    fn broken_translation_file_is_an_error_with_position() {
        let d = tempfile::tempdir().unwrap();
        write(
            d.path(),
            "manifest.json",
            r#"{"widget": {"name": "widget.name", "locale": ["ru"]}}"#,
        );
        write(d.path(), "i18n/ru.json", "{\"widget\": {\"name\": }}");
        let err = Widget::load(d.path(), None).unwrap_err();
        assert!(
            err.diagnostics[0].location().ends_with("ru.json:1:21"),
            "{}",
            err.diagnostics[0]
        );
    }

    #[test]
    fn code_comes_from_flag_then_manifest_then_folder() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("My Widget");
        write(
            &dir,
            "manifest.json",
            r#"{"widget": {"name": "n", "code": "legacy_code"}}"#,
        );
        assert_eq!(
            Widget::load(&dir, None).unwrap().code.as_str(),
            "legacy_code"
        );
        let flag = WidgetCode::parse("flag").unwrap();
        assert_eq!(
            Widget::load(&dir, Some(&flag)).unwrap().code.as_str(),
            "flag"
        );
        write(&dir, "manifest.json", r#"{"widget": {"name": "n"}}"#);
        assert_eq!(Widget::load(&dir, None).unwrap().code.as_str(), "my_widget");
    }
}

//! Problems found in a widget folder, with the `path:line:column` position a
//! terminal and an editor both understand. The same text is printed in the
//! terminal and shown in the browser (the error page and the live overlay,
//! through [`DiagnosticView`]), so it is built in exactly one place.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// How bad a problem is: errors stop the widget from loading, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem in one file of the widget.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The stable rule code (`E001`, `W010`; see `check::RULES`), when the
    /// problem comes from a rule.
    pub code: Option<&'static str>,
    /// The file as the user named it (the served folder joined with the file),
    /// so the printed location can be clicked in a terminal.
    pub file: PathBuf,
    /// 1-based line and column, when the position is known.
    pub position: Option<Position>,
    /// Where in the JSON document the problem is, e.g. `settings.api_key.required`.
    pub json_path: Option<String>,
    pub message: String,
    pub hint: Option<String>,
}

/// A 1-based line and column, as serde_json and editors count them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Diagnostic {
    pub fn error(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, message)
    }

    pub fn warning(file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file, message)
    }

    fn new(severity: Severity, file: impl AsRef<Path>, message: impl Into<String>) -> Self {
        Self {
            severity,
            code: None,
            file: file.as_ref().to_path_buf(),
            position: None,
            json_path: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn at(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }

    pub fn json_path(mut self, path: impl Into<String>) -> Self {
        let path = path.into();
        self.json_path = (!path.is_empty() && path != ".").then_some(path);
        self
    }

    pub fn code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column`, or just `path` when the position is unknown.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.code {
            Some(code) => write!(f, "{}: {label}[{code}]: {}", self.location(), self.message)?,
            None => write!(f, "{}: {label}: {}", self.location(), self.message)?,
        }
        if let Some(path) = &self.json_path {
            write!(f, "\n  at: {path}")?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// A diagnostic as a person sees it in the browser, flattened to strings:
/// the error page lays it out, the live-reload overlay receives it as JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiagnosticView {
    /// `error` or `warning`, for the page's styling. Not sent to the
    /// overlay, which shows only a folder that does not load; `text` names
    /// the severity anyway.
    #[serde(skip)]
    pub severity: &'static str,
    pub location: String,
    pub message: String,
    pub json_path: Option<String>,
    pub hint: Option<String>,
    /// The whole diagnostic as the terminal prints it.
    pub text: String,
}

impl From<&Diagnostic> for DiagnosticView {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticView {
            severity: if d.is_error() { "error" } else { "warning" },
            location: d.location(),
            message: d.message.clone(),
            json_path: d.json_path.clone(),
            hint: d.hint.clone(),
            text: d.to_string(),
        }
    }
}

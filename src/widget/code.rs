//! The widget code: the identifier amoCRM gives a widget, used in URLs, CSS
//! classes (`.modal.<code>`), element ids and the account store; and what
//! follows from it alone: where its files are served, its numeric id.

use std::fmt;
use std::path::Path;

/// A validated widget code: ASCII letters, digits, `_` and `-` only, so it is
/// safe in a URL segment, a CSS class and an element id without escaping.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
pub struct WidgetCode(String);

/// FNV-1a 64-bit parameters: a tiny, fixed hash, so a code's numeric id is
/// the same in every run and on every machine (unlike `DefaultHasher`).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;
/// Numeric ids are 6 digits, like the widget ids amoCRM shows.
const ID_FLOOR: u64 = 100_000;
const ID_SPAN: u64 = 900_000;

#[derive(Debug, thiserror::Error)]
#[error("invalid widget code {0:?}: use only ASCII letters, digits, `_` and `-`")]
pub struct InvalidCode(pub String);

impl WidgetCode {
    pub fn parse(raw: &str) -> Result<Self, InvalidCode> {
        let ok = !raw.is_empty()
            && raw.len() <= 64
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        if ok {
            Ok(Self(raw.to_owned()))
        } else {
            Err(InvalidCode(raw.to_owned()))
        }
    }

    /// The folder name made into a code: lower case, runs of other characters
    /// become one `_` (`My Widget-2` → `my_widget_2`).
    pub fn from_folder(dir: &Path) -> Self {
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default();
        let mut slug = String::new();
        for c in name.chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c.to_ascii_lowercase());
            } else if !slug.ends_with('_') {
                slug.push('_');
            }
        }
        let slug = slug.trim_matches('_');
        Self(if slug.is_empty() {
            "widget".to_owned()
        } else {
            slug.to_owned()
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Where the widget's files are served: `params.path` in the runtime.
    /// amoCRM serves widgets from `/upl/<code>/widget` (no trailing slash;
    /// the exact production URL is UNCONFIRMED, docs/platform.md §12.1).
    pub fn base_path(&self) -> String {
        format!("/upl/{}/widget", self.0)
    }

    /// A stable 6-digit id for the code, so the id does not change between
    /// runs and looks like the numbers amoCRM uses (`params.id`, the API).
    pub fn numeric_id(&self) -> u64 {
        stable_id(&self.0)
    }
}

/// A 6-digit number derived from `text` alone (FNV-1a), so ids made up for
/// named things (a widget code, a tag name) stay the same between runs.
pub fn stable_id(text: &str) -> u64 {
    let mut h = FNV_OFFSET;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    ID_FLOOR + h % ID_SPAN
}

impl fmt::Display for WidgetCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugifies_folder_names() {
        assert_eq!(
            WidgetCode::from_folder(Path::new("/x/My Widget-2")).as_str(),
            "my_widget_2"
        );
        assert_eq!(
            WidgetCode::from_folder(Path::new("/x/sample-widget")).as_str(),
            "sample_widget"
        );
        assert_eq!(
            WidgetCode::from_folder(Path::new("/x/---")).as_str(),
            "widget"
        );
    }

    #[test]
    fn numeric_ids_are_stable_six_digit_numbers() {
        let id = WidgetCode::parse("sample_widget").unwrap().numeric_id();
        assert_eq!(id, WidgetCode::parse("sample_widget").unwrap().numeric_id());
        assert!((100_000..1_000_000).contains(&id), "{id}");
        assert_ne!(id, WidgetCode::parse("other").unwrap().numeric_id());
    }

    #[test]
    fn rejects_codes_unsafe_in_html() {
        assert!(WidgetCode::parse("good_code-1").is_ok());
        assert!(WidgetCode::parse("bad\"code").is_err());
        assert!(WidgetCode::parse("a b").is_err());
        assert!(WidgetCode::parse("").is_err());
    }
}

//! The widget's translation files (`i18n/<locale>.json`) and the lookup of
//! manifest keys such as `widget.name` with the fallback real widgets need:
//! the requested locale, then the manifest's `locale` order, then the raw key.

use serde_json::Value;

/// All loaded translation files, in the manifest's `widget.locale` order.
#[derive(Debug, Clone, Default)]
pub struct I18n {
    files: Vec<(String, Value)>,
}

impl I18n {
    pub fn new(files: Vec<(String, Value)>) -> Self {
        Self { files }
    }

    pub fn locales(&self) -> impl Iterator<Item = &str> {
        self.files.iter().map(|(l, _)| l.as_str())
    }

    /// The locale actually used for `requested`: itself when the widget ships
    /// it, else the first one the manifest lists (docs/platform.md §3, UNCONFIRMED).
    pub fn effective_locale<'a>(&'a self, requested: &'a str) -> &'a str {
        if self.files.iter().any(|(l, _)| l == requested) {
            requested
        } else {
            self.files.first().map_or(requested, |(l, _)| l.as_str())
        }
    }

    /// The whole translation object for a locale (what `self.langs` is).
    pub fn langs(&self, requested: &str) -> Value {
        let locale = self.effective_locale(requested);
        self.files
            .iter()
            .find(|(l, _)| l == locale)
            .map_or_else(|| Value::Object(Default::default()), |(_, v)| v.clone())
    }

    /// Looks a dotted key up in one locale only.
    pub fn lookup_in(&self, locale: &str, key: &str) -> Option<&str> {
        let (_, root) = self.files.iter().find(|(l, _)| l == locale)?;
        lookup(root, key)?.as_str()
    }

    /// Translates a manifest key, falling back through the manifest locales,
    /// then to the key itself (real manifests use literal names too).
    pub fn text(&self, key: &str, requested: &str) -> String {
        std::iter::once(requested)
            .chain(self.locales())
            .find_map(|l| self.lookup_in(l, key))
            .unwrap_or(key)
            .to_owned()
    }
}

/// Follows a dotted path (`settings.api_key`) through nested objects.
pub fn lookup<'a>(root: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(root, |v, part| v.get(part))
}

/// Whether a manifest string is meant as an i18n key rather than a literal:
/// keys are dotted identifiers, literals are prose.
pub fn looks_like_key(s: &str) -> bool {
    s.contains('.')
        && !s.ends_with('.')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sample() -> I18n {
        I18n::new(vec![
            (
                "ru".into(),
                json!({"widget": {"name": "Виджет"}, "advanced": {"title": "Страница"}}),
            ),
            ("en".into(), json!({"widget": {"name": "Widget"}})),
        ])
    }

    #[test]
    fn falls_back_through_manifest_locales_then_raw_key() {
        let i = sample();
        assert_eq!(i.text("widget.name", "en"), "Widget");
        assert_eq!(i.text("advanced.title", "en"), "Страница");
        assert_eq!(i.text("settings.missing", "en"), "settings.missing");
        assert_eq!(i.text("widget.name", "pt"), "Виджет");
    }

    #[test]
    fn effective_locale_prefers_requested_then_first() {
        let i = sample();
        assert_eq!(i.effective_locale("en"), "en");
        assert_eq!(i.effective_locale("es"), "ru");
    }

    #[test]
    fn recognises_keys_and_literals() {
        assert!(looks_like_key("settings.api_key"));
        assert!(!looks_like_key("API key"));
        assert!(!looks_like_key("Login"));
    }
}

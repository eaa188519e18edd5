//! What kind of file changed, which decides how the browser catches up
//! (`crate::dev::message_for`): a stylesheet is swapped in place,
//! an image refreshed, the widget's code (scripts, templates, other files)
//! swapped in place, and `manifest.json` or a translation re-parsed and the
//! page reloaded.
//! No I/O: functions of the path, unit-tested here.

use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Manifest,
    Translation,
    Script,
    Template,
    Style,
    Image,
    Other,
}

/// One changed file, relative to the widget folder, with `/` separators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: String,
    pub kind: ChangeKind,
}

impl Change {
    pub fn new(relative: &Path) -> Self {
        let path = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        let kind = classify(&path);
        Change { path, kind }
    }
}

pub fn classify(path: &str) -> ChangeKind {
    let lower = path.to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map_or("", |(_, e)| e);
    if lower == "manifest.json" {
        ChangeKind::Manifest
    } else if lower.starts_with("i18n/") && ext == "json" {
        ChangeKind::Translation
    } else {
        match ext {
            "js" | "mjs" => ChangeKind::Script,
            "twig" | "html" => ChangeKind::Template,
            "css" => ChangeKind::Style,
            "png" | "jpg" | "jpeg" | "gif" | "svg" | "webp" | "ico" => ChangeKind::Image,
            _ => ChangeKind::Other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_widget_files() {
        assert_eq!(classify("manifest.json"), ChangeKind::Manifest);
        assert_eq!(classify("i18n/ru.json"), ChangeKind::Translation);
        assert_eq!(classify("script.js"), ChangeKind::Script);
        assert_eq!(classify("lib/helper.js"), ChangeKind::Script);
        assert_eq!(classify("templates/x.twig"), ChangeKind::Template);
        assert_eq!(classify("style.css"), ChangeKind::Style);
        assert_eq!(classify("images/logo_main.PNG"), ChangeKind::Image);
        assert_eq!(classify("data/other.json"), ChangeKind::Other);
        assert_eq!(classify("README"), ChangeKind::Other);
    }

    #[test]
    fn change_paths_use_forward_slashes() {
        let c = Change::new(Path::new("templates").join("x.twig").as_path());
        assert_eq!(c.path, "templates/x.twig");
        assert_eq!(c.kind, ChangeKind::Template);
    }
}

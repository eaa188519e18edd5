//! The widget's logos (docs/platform.md §1.3): which file under `images/`
//! each one is, in any format amoCRM accepts, and the one a page shows.
//! Widgets made for older interfaces ship only `logo.png`; where a newer
//! logo is missing the page shows that one instead of a broken image
//! (`check` still reports the missing logo: amoCRM's upload refuses it).

use std::path::{Path, PathBuf};

/// The image formats amoCRM accepts for logos (docs/platform.md §1.3).
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif"];

/// The stem of the logo older interfaces used, the fallback for the rest.
pub const LEGACY: &str = "logo";

/// The logo `stem` under `images/`, in any accepted format.
pub fn find(dir: &Path, stem: &str) -> Option<PathBuf> {
    IMAGE_EXTENSIONS
        .iter()
        .map(|ext| dir.join("images").join(format!("{stem}.{ext}")))
        .find(|p| p.is_file())
}

/// What a page links for logo `stem`: `images/<stem>.<ext>` as found, else
/// the legacy `images/logo.<ext>`, else `images/<stem>.png` (which then
/// answers the widget files' 404 naming it).
pub fn served(dir: &Path, stem: &str) -> String {
    let file = find(dir, stem).or_else(|| find(dir, LEGACY));
    match file
        .as_ref()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
    {
        Some(name) => format!("images/{name}"),
        None => format!("images/{stem}.png"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_logo_falls_back_to_the_legacy_one_in_its_format() {
        let dir = tempfile::tempdir().unwrap();
        let images = dir.path().join("images");
        std::fs::create_dir_all(&images).unwrap();
        assert_eq!(served(dir.path(), "logo_main"), "images/logo_main.png");
        std::fs::write(images.join("logo.png"), b"png").unwrap();
        assert_eq!(served(dir.path(), "logo_main"), "images/logo.png");
        std::fs::write(images.join("logo_main.jpg"), b"jpg").unwrap();
        assert_eq!(served(dir.path(), "logo_main"), "images/logo_main.jpg");
    }
}

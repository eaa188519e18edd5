//! Which paths the watcher neither watches nor fingerprints: the emulator's
//! own state, the folders every dev server leaves alone (dependencies and
//! version control), and the temporary files editors write.
//! Path names only: no filesystem access.

use std::path::{Component, Path};

/// The emulator's own state folder: never watched, or every save of the
/// settings would trigger another re-read of the folder.
pub const OWN_STATE_DIR: &str = ".amo-emu";

/// Folders left out unless `--watch-all`: package managers' and version
/// control's folders, which Vite and webpack's dev server also leave out by
/// default, and editors' project folders. They can hold tens of thousands of
/// files that a widget developer does not edit, so watching them makes
/// start-up grow with them. `dist/`, `build/` and `target/` are *not* here:
/// in many widget repositories the built bundle the widget loads lives
/// there, and a rebuild must reach the open tabs.
pub const SKIPPED_DIRS: &[&str] = &[
    "node_modules",
    "bower_components",
    ".git",
    ".hg",
    ".svn",
    ".idea",
    ".vscode",
];

/// Decides what the watcher ignores under one widget folder.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PathFilter {
    /// `--watch-all`: also watch [`SKIPPED_DIRS`].
    pub watch_all: bool,
}

impl PathFilter {
    /// Whether a folder of this name is left out wherever it sits.
    pub fn skips_dir(&self, name: &str) -> bool {
        name == OWN_STATE_DIR || (!self.watch_all && SKIPPED_DIRS.contains(&name))
    }

    /// Whether a change at `path` (under `root`) never concerns the widget.
    pub fn is_ignored(&self, root: &Path, path: &Path) -> bool {
        let rel = path.strip_prefix(root).unwrap_or(path);
        let in_skipped_dir = rel.components().any(|c| match c {
            Component::Normal(name) => name.to_str().is_some_and(|n| self.skips_dir(n)),
            _ => false,
        });
        let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
        in_skipped_dir || is_editor_noise(name)
    }
}

/// Backup, swap and lock files editors write next to the file being saved
/// (vim's `4913` is its write-permission probe).
fn is_editor_noise(name: &str) -> bool {
    name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.starts_with(".#")
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_own_state_dependencies_and_editor_noise() {
        let root = Path::new("/w");
        let filter = PathFilter::default();
        for p in [
            "/w/.amo-emu/state.json",
            "/w/.git/index",
            "/w/script.js~",
            "/w/.script.js.swp",
            "/w/4913",
            "/w/.#script.js",
            "/w/node_modules/x/y.js",
            "/w/lib/node_modules/x/y.js",
            "/w/a.tmp",
        ] {
            assert!(filter.is_ignored(root, Path::new(p)), "{p}");
        }
        for p in [
            "/w/script.js",
            "/w/i18n/ru.json",
            "/w/templates/x.twig",
            "/w/style.css",
            "/w/dist/bundle.js",
            "/w/build/app.js",
        ] {
            assert!(!filter.is_ignored(root, Path::new(p)), "{p}");
        }
    }

    #[test]
    fn watch_all_keeps_only_own_state_and_editor_noise_out() {
        let root = Path::new("/w");
        let all = PathFilter { watch_all: true };
        assert!(!all.is_ignored(root, Path::new("/w/node_modules/x/y.js")));
        assert!(!all.is_ignored(root, Path::new("/w/.git/index")));
        assert!(all.is_ignored(root, Path::new("/w/.amo-emu/state.json")));
        assert!(all.is_ignored(root, Path::new("/w/node_modules/x/y.js~")));
    }

    #[test]
    fn the_root_itself_may_sit_inside_a_skipped_name() {
        // Only components below the root count: a widget kept at
        // `~/node_modules/my-widget` is still watched.
        let root = Path::new("/home/node_modules/w");
        let filter = PathFilter::default();
        assert!(!filter.is_ignored(root, Path::new("/home/node_modules/w/script.js")));
    }
}

//! A content fingerprint of every file in the widget folder, so the watcher
//! reports only files whose bytes changed (an editor that rewrites a file
//! unchanged, or `touch`, changes nothing) and notices deletions, files
//! re-created by atomic saves, and whole folders moved in or out.
//! Folders the [`PathFilter`] skips are never walked, so their size does not
//! count.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use super::filter::PathFilter;
use super::since::Since;

/// Relative path → hash of the contents.
#[derive(Debug, Default)]
pub struct ContentIndex {
    root: PathBuf,
    filter: PathFilter,
    files: BTreeMap<PathBuf, u64>,
}

impl ContentIndex {
    /// Fingerprints every file under `root` that `filter` keeps.
    pub fn scan(root: &Path, filter: PathFilter) -> Self {
        Self::scan_since(root, filter, None).0
    }

    /// Like [`ContentIndex::scan`], but files changed at or after `since`
    /// are left out of the fingerprint and returned (relative): their bytes
    /// may already be a save the server has not seen, so they count as
    /// changed (see [`super::since`]).
    pub fn scan_since(
        root: &Path,
        filter: PathFilter,
        since: Option<Since>,
    ) -> (Self, Vec<PathBuf>) {
        let mut index = ContentIndex {
            root: root.to_path_buf(),
            filter,
            files: BTreeMap::new(),
        };
        let mut found = Vec::new();
        let mut fresh = Vec::new();
        walk(root, root, filter, &mut found);
        for rel in found {
            let path = root.join(&rel);
            // Read first, then look at the stamp: a save between the two
            // shows in the stamp, so new bytes never enter the fingerprint
            // unnoticed.
            let Some(h) = hash_file(&path) else { continue };
            let newer = since
                .is_some_and(|s| std::fs::metadata(&path).map_or(true, |m| s.changed_after(&m)));
            if newer {
                fresh.push(rel);
            } else {
                index.files.insert(rel, h);
            }
        }
        (index, fresh)
    }

    /// Re-checks everything at or below the given paths and returns the
    /// relative paths whose contents changed, appeared or disappeared.
    pub fn update(&mut self, touched: &[PathBuf]) -> Vec<PathBuf> {
        let mut changed = Vec::new();
        for abs in touched {
            let rel = abs.strip_prefix(&self.root).unwrap_or(abs).to_path_buf();
            if self.filter.is_ignored(&self.root, abs) {
                continue;
            }
            // Forget what was under this path, then look at what is there now.
            let before: Vec<(PathBuf, u64)> = self
                .files
                .range(rel.clone()..)
                .take_while(|(p, _)| p.starts_with(&rel))
                .map(|(p, h)| (p.clone(), *h))
                .collect();
            let mut now = Vec::new();
            if abs.is_dir() {
                walk(&self.root, abs, self.filter, &mut now);
            } else if abs.is_file() {
                now.push(rel.clone());
            }
            for (p, _) in &before {
                if !now.contains(p) {
                    self.files.remove(p);
                    changed.push(p.clone());
                }
            }
            for p in now {
                let Some(h) = hash_file(&self.root.join(&p)) else {
                    continue;
                };
                if self.files.insert(p.clone(), h) != Some(h) {
                    changed.push(p);
                }
            }
        }
        changed.sort();
        changed.dedup();
        changed
    }

    /// What this index leaves out (the watcher drops the same events).
    pub fn filter(&self) -> PathFilter {
        self.filter
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

fn walk(root: &Path, dir: &Path, filter: PathFilter, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if filter.is_ignored(root, &path) {
            continue;
        }
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(root, &path, filter, out),
            Ok(t) if t.is_file() => {
                out.push(path.strip_prefix(root).unwrap_or(&path).to_path_buf())
            }
            _ => {}
        }
    }
}

fn hash_file(path: &Path) -> Option<u64> {
    let bytes = std::fs::read(path).ok()?;
    let mut h = DefaultHasher::new();
    h.write(&bytes);
    Some(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    #[test]
    fn reports_only_real_content_changes() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::write(root.join("script.js"), "a").unwrap();
        fs::create_dir(root.join("templates")).unwrap();
        fs::write(root.join("templates/x.twig"), "t").unwrap();
        let mut index = ContentIndex::scan(root, PathFilter::default());
        assert_eq!(index.len(), 2);

        fs::write(root.join("script.js"), "a").unwrap();
        assert!(
            index.update(&[root.join("script.js")]).is_empty(),
            "same bytes: no change"
        );

        fs::write(root.join("script.js"), "b").unwrap();
        assert_eq!(
            index.update(&[root.join("script.js")]),
            [PathBuf::from("script.js")]
        );

        fs::remove_file(root.join("script.js")).unwrap();
        assert_eq!(
            index.update(&[root.join("script.js")]),
            [PathBuf::from("script.js")]
        );
        fs::write(root.join("script.js"), "b").unwrap();
        assert_eq!(
            index.update(&[root.join("script.js")]),
            [PathBuf::from("script.js")]
        );
    }

    #[test]
    fn folders_moved_away_and_back_are_noticed() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path().join("w");
        fs::create_dir_all(root.join("templates")).unwrap();
        fs::write(root.join("templates/x.twig"), "t").unwrap();
        let mut index = ContentIndex::scan(&root, PathFilter::default());
        fs::rename(root.join("templates"), d.path().join("away")).unwrap();
        assert_eq!(
            index.update(&[root.join("templates")]),
            [PathBuf::from("templates/x.twig")]
        );
        fs::rename(d.path().join("away"), root.join("templates")).unwrap();
        assert_eq!(
            index.update(&[root.join("templates")]),
            [PathBuf::from("templates/x.twig")]
        );
        assert!(index.update(&[root.join("templates")]).is_empty());
    }

    #[test]
    fn ignores_the_emulators_own_files() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::create_dir(root.join(".amo-emu")).unwrap();
        fs::write(root.join(".amo-emu/state.json"), "{}").unwrap();
        let mut index = ContentIndex::scan(root, PathFilter::default());
        assert!(index.is_empty());
        fs::write(root.join(".amo-emu/state.json"), "{\"x\":1}").unwrap();
        assert!(index.update(&[root.join(".amo-emu/state.json")]).is_empty());
    }

    #[test]
    fn skipped_folders_are_not_fingerprinted_unless_watching_all() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::create_dir_all(root.join("node_modules/lib")).unwrap();
        fs::write(root.join("node_modules/lib/index.js"), "x").unwrap();
        fs::write(root.join("script.js"), "a").unwrap();
        assert_eq!(ContentIndex::scan(root, PathFilter::default()).len(), 1);
        let all = PathFilter { watch_all: true };
        let mut index = ContentIndex::scan(root, all);
        assert_eq!(index.len(), 2);
        fs::write(root.join("node_modules/lib/index.js"), "y").unwrap();
        assert_eq!(
            index.update(&[root.join("node_modules/lib/index.js")]),
            [PathBuf::from("node_modules/lib/index.js")]
        );
    }

    #[test]
    fn files_changed_since_start_up_are_set_aside_and_then_reported() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        fs::write(root.join("old.js"), "a").unwrap();
        let old = fs::metadata(root.join("old.js")).unwrap();
        // Wait for the filesystem's clock to pass the old file's tick.
        let since = loop {
            let since = Since::now(root);
            if !since.changed_after(&old) {
                break since;
            }
        };
        fs::write(root.join("saved.js"), "b").unwrap();
        let (mut index, fresh) = ContentIndex::scan_since(root, PathFilter::default(), Some(since));
        assert_eq!(fresh, [PathBuf::from("saved.js")]);
        assert_eq!(index.len(), 1, "only old.js is in the fingerprint");
        assert_eq!(
            index.update(&[root.join("saved.js")]),
            [PathBuf::from("saved.js")],
            "the early save is reported once"
        );
        assert!(index.update(&[root.join("saved.js")]).is_empty());
    }
}

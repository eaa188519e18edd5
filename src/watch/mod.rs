//! Watches the widget folder and calls back once per burst of changes.
//!
//! A trailing debounce: events restart a short timer; when it expires with
//! no new event, the callback runs once. Paths the emulator writes itself
//! (`.amo-emu/`) and editor noise are ignored, so a save never triggers
//! itself.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

/// How long the folder must be quiet before a reload: short enough to feel
/// instant, long enough to merge an editor's write-temp-then-rename save.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(30);

/// Starts watching `dir`; keep the returned watcher alive as long as events
/// are wanted.
pub fn spawn(
    dir: &Path,
    debounce: Duration,
    on_change: impl Fn(Vec<PathBuf>) + Send + 'static,
) -> notify::Result<notify::RecommendedWatcher> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let mut watcher = notify::recommended_watcher(tx)?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    let root = dir.to_path_buf();
    std::thread::Builder::new()
        .name("amo-emu-watch".into())
        .spawn(move || {
            let mut pending: Vec<PathBuf> = Vec::new();
            loop {
                let event = if pending.is_empty() {
                    match rx.recv() {
                        Ok(e) => Some(e),
                        Err(_) => return,
                    }
                } else {
                    match rx.recv_timeout(debounce) {
                        Ok(e) => Some(e),
                        Err(mpsc::RecvTimeoutError::Timeout) => None,
                        Err(mpsc::RecvTimeoutError::Disconnected) => return,
                    }
                };
                match event {
                    Some(Ok(event)) => {
                        for path in event.paths {
                            if !is_ignored(&root, &path) && !pending.contains(&path) {
                                pending.push(path);
                            }
                        }
                    }
                    Some(Err(e)) => tracing::warn!("file watcher: {e}"),
                    None => on_change(std::mem::take(&mut pending)),
                }
            }
        })
        .expect("spawn the watcher thread");
    Ok(watcher)
}

/// Files whose changes never concern the widget: the emulator's own state,
/// VCS and package folders, and the temporary files editors write.
pub fn is_ignored(root: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let in_ignored_dir = rel.components().any(|c| {
        matches!(
            c.as_os_str().to_str(),
            Some(".amo-emu" | ".git" | "node_modules" | ".idea" | ".vscode")
        )
    });
    let name = rel.file_name().and_then(|n| n.to_str()).unwrap_or("");
    in_ignored_dir
        || name.ends_with('~')
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
    fn ignores_own_state_and_editor_noise() {
        let root = Path::new("/w");
        for p in [
            "/w/.amo-emu/state.json",
            "/w/.git/index",
            "/w/script.js~",
            "/w/.script.js.swp",
            "/w/4913",
            "/w/.#script.js",
            "/w/node_modules/x/y.js",
            "/w/a.tmp",
        ] {
            assert!(is_ignored(root, Path::new(p)), "{p}");
        }
        for p in [
            "/w/script.js",
            "/w/i18n/ru.json",
            "/w/templates/x.twig",
            "/w/style.css",
        ] {
            assert!(!is_ignored(root, Path::new(p)), "{p}");
        }
    }
}

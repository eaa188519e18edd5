//! Watches the widget folder and calls back once per burst of changes, with
//! the files whose contents really changed.
//!
//! A trailing debounce: events restart a short timer; when it expires with
//! no new event, the touched paths are re-fingerprinted ([`index`]) and the
//! callback runs once with the real changes. The callback runs on this
//! thread, so at most one reload is in flight; events arriving meanwhile
//! queue up and make exactly one more batch. Paths the emulator writes
//! itself (`.amo-emu/`) and editor noise are ignored, so a save never
//! triggers itself.

pub mod classify;
pub mod index;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

pub use classify::{Change, ChangeKind};
use index::ContentIndex;

/// How long the folder must be quiet before a reload: an editor's
/// write-temp-then-rename save lands within a millisecond or two, so 10 ms
/// merges it while staying well under what a person notices. (trunk uses
/// 25 ms, watchexec 50 ms; the benchmark in the README shows the effect.)
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(10);
/// Extra wait when a changed file is missing: editors that delete and then
/// re-create a file leave a gap; a reload in that gap would show a 404.
pub const DELETE_GRACE: Duration = Duration::from_millis(60);
/// How often the polling fallback looks at the folder.
pub const POLL_INTERVAL: Duration = Duration::from_millis(250);

/// A running watcher; dropping it stops the events.
pub struct FolderWatcher {
    _inner: Box<dyn Watcher + Send>,
    /// Whether the polling fallback is in use.
    pub polling: bool,
}

/// Starts watching `dir` (canonical). With `poll`, or when the OS refuses
/// more watches, a polling watcher is used instead of inotify & co.
pub fn spawn(
    dir: &Path,
    debounce: Duration,
    poll: bool,
    on_change: impl Fn(Vec<Change>) + Send + 'static,
) -> notify::Result<FolderWatcher> {
    let (tx, rx) = mpsc::channel::<notify::Result<notify::Event>>();
    let (inner, polling): (Box<dyn Watcher + Send>, bool) = if poll {
        (Box::new(poll_watcher(dir, tx)?), true)
    } else {
        let mut native = notify::recommended_watcher(tx.clone())?;
        match native.watch(dir, RecursiveMode::Recursive) {
            Ok(()) => (Box::new(native), false),
            Err(e) if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) => {
                tracing::warn!(
                    "the OS limit on watched folders is reached; falling back to polling every {} ms. \
                     On Linux raise it with: sudo sysctl fs.inotify.max_user_watches=524288 (or start with --poll)",
                    POLL_INTERVAL.as_millis()
                );
                (Box::new(poll_watcher(dir, tx)?), true)
            }
            Err(e) => return Err(e),
        }
    };
    let root = dir.to_path_buf();
    std::thread::Builder::new()
        .name("amo-emu-watch".into())
        .spawn(move || run(root, rx, debounce, on_change))
        .expect("spawn the watcher thread");
    Ok(FolderWatcher {
        _inner: inner,
        polling,
    })
}

fn poll_watcher(
    dir: &Path,
    tx: mpsc::Sender<notify::Result<notify::Event>>,
) -> notify::Result<notify::PollWatcher> {
    let config = notify::Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    let mut w = notify::PollWatcher::new(tx, config)?;
    w.watch(dir, RecursiveMode::Recursive)?;
    Ok(w)
}

fn run(
    root: PathBuf,
    rx: mpsc::Receiver<notify::Result<notify::Event>>,
    debounce: Duration,
    on_change: impl Fn(Vec<Change>),
) {
    let mut index = ContentIndex::scan(&root);
    let mut pending: Vec<PathBuf> = Vec::new();
    let mut in_grace = false;
    loop {
        let event = if pending.is_empty() {
            match rx.recv() {
                Ok(e) => Some(e),
                Err(_) => return,
            }
        } else {
            let wait = if in_grace { DELETE_GRACE } else { debounce };
            match rx.recv_timeout(wait) {
                Ok(e) => Some(e),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
        };
        match event {
            // Reads (the server serving the file) say nothing about content.
            Some(Ok(event)) if matches!(event.kind, notify::EventKind::Access(_)) => {}
            Some(Ok(event)) => {
                for path in event.paths {
                    if !is_ignored(&root, &path) && !pending.contains(&path) {
                        pending.push(path);
                    }
                }
            }
            Some(Err(e)) => tracing::warn!("file watcher: {e}"),
            None if !in_grace && pending.iter().any(|p| !p.exists()) => {
                // Probably an editor's delete-then-write save: give the
                // file a moment to come back before reporting it gone.
                in_grace = true;
            }
            None => {
                in_grace = false;
                let changed = index.update(&std::mem::take(&mut pending));
                if !changed.is_empty() {
                    on_change(changed.iter().map(|p| Change::new(p)).collect());
                }
            }
        }
    }
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

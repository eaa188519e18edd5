//! Watches the widget folder and calls back once per burst of changes, with
//! the files whose contents really changed.
//!
//! A trailing debounce: events restart a short timer; when it expires with
//! no new event, the touched paths are re-fingerprinted ([`index`]) and the
//! callback runs once with the real changes. The callback runs on this
//! thread, so at most one re-read of the folder is in flight; events arriving meanwhile
//! queue up and make exactly one more batch. Paths the emulator writes
//! itself (`.amo-emu/`), dependency and VCS folders ([`filter`]) and editor
//! noise are ignored, so a save never triggers itself.
//!
//! Start-up does not wait for the watcher: [`spawn`] returns at once and the
//! thread registers the OS watch ([`backend`]) and fingerprints the folder
//! while the server already answers. Files changed after the moment `serve`
//! started ([`since`]) are reported as changes, so a save in that first
//! instant is not lost.

pub mod backend;
pub mod classify;
pub mod filter;
pub mod index;
pub mod since;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use backend::Backend;
pub use backend::POLL_INTERVAL;
pub use classify::{Change, ChangeKind};
pub use filter::PathFilter;
use index::ContentIndex;
pub use since::Since;

/// How long the folder must be quiet before it is re-read: an editor's
/// write-temp-then-rename save lands within a millisecond or two, so 10 ms
/// merges it while staying well under what a person notices. (trunk uses
/// 25 ms, watchexec 50 ms; the benchmark in the README shows the effect.)
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(10);
/// Extra wait when a changed file is missing: editors that delete and then
/// re-create a file leave a gap; a re-read in that gap would see the file gone.
pub const DELETE_GRACE: Duration = Duration::from_millis(60);
/// The start of the line the watcher logs once it is armed (tools and tests
/// wait for it).
pub const ARMED_LOG: &str = "for changes; open tabs update by themselves";

/// How the folder is watched.
#[derive(Debug, Clone, Copy)]
pub struct WatchConfig {
    pub debounce: Duration,
    /// `--poll`: poll instead of OS notifications.
    pub poll: bool,
    pub filter: PathFilter,
    /// When `serve` started; files changed since are reported once the
    /// folder is fingerprinted. None: nothing before the scan counts.
    pub since: Option<Since>,
}

/// Starts watching `root` (canonical) on a thread of its own and returns at
/// once; problems (no watch possible) are logged, not returned, since the
/// server is useful without live reload.
pub fn spawn(root: &Path, config: WatchConfig, on_change: impl Fn(Vec<Change>) + Send + 'static) {
    let root = root.to_path_buf();
    std::thread::Builder::new()
        .name("amo-emu-watch".into())
        .spawn(move || {
            let (tx, rx) = mpsc::channel();
            let backend = match Backend::start(&root, config.filter, config.poll, tx) {
                Ok(b) => b,
                Err(e) => {
                    tracing::warn!(
                        "cannot watch {} ({e}); restart amo-emu to see changes",
                        root.display()
                    );
                    return;
                }
            };
            let (index, fresh) = ContentIndex::scan_since(&root, config.filter, config.since);
            let how = if backend.polling {
                "polling"
            } else {
                "watching"
            };
            let skipped = if backend.skipped.is_empty() {
                String::new()
            } else {
                format!(
                    " (not {}: start with --watch-all to watch them too)",
                    backend
                        .skipped
                        .iter()
                        .map(|n| format!("{n}/"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            };
            tracing::info!("{how} {}{skipped} {ARMED_LOG}", root.display());
            let pending = fresh.iter().map(|rel| root.join(rel)).collect();
            run(
                root,
                backend,
                rx,
                index,
                pending,
                config.debounce,
                on_change,
            )
        })
        .expect("spawn the watcher thread");
}

fn run(
    root: PathBuf,
    mut backend: Backend,
    rx: mpsc::Receiver<notify::Result<notify::Event>>,
    mut index: ContentIndex,
    mut pending: Vec<PathBuf>,
    debounce: Duration,
    on_change: impl Fn(Vec<Change>),
) {
    let filter = index.filter();
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
                let appeared = matches!(
                    event.kind,
                    notify::EventKind::Create(_)
                        | notify::EventKind::Modify(notify::event::ModifyKind::Name(_))
                );
                for path in event.paths {
                    if appeared {
                        backend.path_appeared(&path);
                    }
                    if !filter.is_ignored(&root, &path) && !pending.contains(&path) {
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

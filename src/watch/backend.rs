//! The OS side of the watcher: inotify & co., or polling, registered only
//! on the folders the [`PathFilter`] keeps.
//!
//! A recursive watch on the widget folder would walk (and register, or poll)
//! every folder below it, `node_modules/` included, whose size then decides
//! start-up time and the inotify watches used. Instead the folder itself is
//! watched without recursion and each folder directly inside it that is
//! not skipped is watched recursively; a folder created or moved in later
//! is added when its event arrives. With `--watch-all` the folder is simply
//! watched recursively. A skipped name deeper down (`lib/node_modules/`) is
//! still registered by the OS watch, but its events are dropped and its
//! files never fingerprinted.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::filter::{PathFilter, OWN_STATE_DIR};

/// How often the polling fallback looks at the folder.
pub const POLL_INTERVAL: Duration = Duration::from_millis(250);

pub type EventSender = mpsc::Sender<notify::Result<notify::Event>>;

/// A registered OS watch; dropping it stops the events.
pub struct Backend {
    inner: Box<dyn Watcher + Send>,
    root: PathBuf,
    filter: PathFilter,
    /// Whether the polling fallback is in use.
    pub polling: bool,
    /// Folders directly in the root that are left out (for the log line).
    pub skipped: Vec<String>,
}

impl Backend {
    /// Registers the watch on `root` (canonical). With `poll`, or when the
    /// OS refuses more watches, a polling watcher is used instead.
    pub fn start(
        root: &Path,
        filter: PathFilter,
        poll: bool,
        tx: EventSender,
    ) -> notify::Result<Backend> {
        if !poll {
            let native = Box::new(notify::recommended_watcher(tx.clone())?);
            match Backend::arrange(native, root, filter, false) {
                Err(e) if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) => {
                    tracing::warn!(
                        "the OS limit on watched folders is reached; falling back to polling every {} ms. \
                         On Linux raise it with: sudo sysctl fs.inotify.max_user_watches=524288 (or start with --poll)",
                        POLL_INTERVAL.as_millis()
                    );
                }
                other => return other,
            }
        }
        let config = notify::Config::default()
            .with_poll_interval(POLL_INTERVAL)
            .with_compare_contents(true);
        let polling = Box::new(notify::PollWatcher::new(tx, config)?);
        Backend::arrange(polling, root, filter, true)
    }

    /// Watches the root and the folders in it that the filter keeps.
    fn arrange(
        inner: Box<dyn Watcher + Send>,
        root: &Path,
        filter: PathFilter,
        polling: bool,
    ) -> notify::Result<Backend> {
        let mut backend = Backend {
            inner,
            root: root.to_path_buf(),
            filter,
            polling,
            skipped: Vec::new(),
        };
        if filter.watch_all {
            backend.inner.watch(root, RecursiveMode::Recursive)?;
            return Ok(backend);
        }
        backend.inner.watch(root, RecursiveMode::NonRecursive)?;
        for entry in std::fs::read_dir(root)
            .map_err(notify::Error::io)?
            .flatten()
        {
            let path = entry.path();
            if !path.is_dir() {
                continue;
            }
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == OWN_STATE_DIR {
                continue;
            }
            if filter.skips_dir(&name) {
                backend.skipped.push(name);
            } else {
                backend.watch_folder(&path)?;
            }
        }
        backend.skipped.sort();
        Ok(backend)
    }

    /// Watches a folder directly in the root recursively; one that is gone
    /// again by now is no error.
    fn watch_folder(&mut self, path: &Path) -> notify::Result<()> {
        match self.inner.watch(path, RecursiveMode::Recursive) {
            Err(e)
                if matches!(e.kind, notify::ErrorKind::PathNotFound)
                    || matches!(&e.kind, notify::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::NotFound) =>
            {
                Ok(())
            }
            other => other,
        }
    }

    /// Called for each path of a create or rename event: a folder that
    /// appeared directly in the root is watched from now on (its files
    /// are fingerprinted by the batch that reports the folder itself).
    pub fn path_appeared(&mut self, path: &Path) {
        if self.filter.watch_all || path.parent() != Some(self.root.as_path()) {
            return;
        }
        let skipped = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| self.filter.skips_dir(n));
        if skipped || !path.is_dir() {
            return;
        }
        if let Err(e) = self.watch_folder(path) {
            tracing::warn!(
                "cannot watch {} ({e}); restart amo-emu to see its changes",
                path.display()
            );
        }
    }
}

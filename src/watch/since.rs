//! The moment `serve` started, as the widget folder's filesystem tells time,
//! so the watcher's first fingerprint of the folder can tell the files that
//! changed after it.
//!
//! `serve` answers requests before the watcher has fingerprinted the folder
//! (with a large folder that takes a while). A save in between would
//! otherwise be lost twice over: no OS event if it lands before the watch
//! is armed, and a fingerprint that already holds the new bytes if it lands
//! during the scan. So the scan sets aside every file whose inode changed
//! at or after this moment and reports it as changed.
//!
//! The moment is read from a probe file's change time rather than the system
//! clock: filesystems stamp files from a coarse clock (one kernel tick, or
//! two seconds on FAT), and a save right after start-up may carry a stamp
//! earlier than `SystemTime::now()` taken before it. Against the probe's own
//! stamp, "at or after" never misses a later save; at worst a file written
//! in the same tick before start-up is reported once.

use std::fs::Metadata;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::filter::OWN_STATE_DIR;

/// The probe's name inside the emulator's own state folder (which the
/// watcher ignores); it is removed right after it is read.
const PROBE: &str = "clock-probe";
/// When no probe can be written (a read-only folder), the system clock minus
/// the coarsest kernel tick Linux builds use (HZ=100).
const CLOCK_SLACK: Duration = Duration::from_millis(10);

/// Start-up time on the widget folder's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Since(SystemTime);

impl Since {
    /// Reads the folder's clock now (writes and removes one probe file in
    /// `<root>/.amo-emu/`).
    pub fn now(root: &Path) -> Since {
        let dir = root.join(OWN_STATE_DIR);
        let probe = dir.join(PROBE);
        let stamped = std::fs::create_dir_all(&dir)
            .and_then(|()| std::fs::write(&probe, b""))
            .and_then(|()| std::fs::metadata(&probe));
        let _ = std::fs::remove_file(&probe);
        match stamped {
            Ok(meta) => Since(changed_at(&meta)),
            Err(e) => {
                tracing::debug!(
                    "no clock probe in {} ({e}); using the system clock",
                    dir.display()
                );
                Since(SystemTime::now() - CLOCK_SLACK)
            }
        }
    }

    /// Whether the file behind `meta` was written, replaced or renamed at
    /// or after this moment.
    pub fn changed_after(&self, meta: &Metadata) -> bool {
        changed_at(meta) >= self.0
    }
}

/// The later of the modification and the status-change time. The latter
/// moves on every write and rename and cannot be set back by tools that
/// preserve modification times (`cp -p`, `rsync -t`).
fn changed_at(meta: &Metadata) -> SystemTime {
    let modified = meta.modified().unwrap_or(SystemTime::UNIX_EPOCH);
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let ctime = u64::try_from(meta.ctime())
            .ok()
            .and_then(|s| u32::try_from(meta.ctime_nsec()).ok().map(|n| (s, n)))
            .map(|(s, n)| SystemTime::UNIX_EPOCH + Duration::new(s, n));
        if let Some(ctime) = ctime {
            return modified.max(ctime);
        }
    }
    modified
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_written_after_the_probe_is_newer_and_one_before_is_not() {
        let d = tempfile::tempdir().unwrap();
        let before = d.path().join("before.js");
        std::fs::write(&before, "a").unwrap();
        // Let the filesystem's clock move on past the tick of `before`.
        let old = std::fs::metadata(&before).unwrap();
        let since = loop {
            let since = Since::now(d.path());
            if !since.changed_after(&old) {
                break since;
            }
        };
        let after = d.path().join("after.js");
        std::fs::write(&after, "b").unwrap();
        assert!(since.changed_after(&std::fs::metadata(&after).unwrap()));
        assert!(!since.changed_after(&std::fs::metadata(&before).unwrap()));
        assert!(
            !d.path().join(OWN_STATE_DIR).join(PROBE).exists(),
            "the probe is removed"
        );
    }
}

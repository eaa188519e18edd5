//! Building a fixture widget in a temp folder: a plain copy, or an overlay
//! on the folders its `base.txt` names, so a widget shared by several cases
//! (the `cards` script, the recording skeleton in `_shared/recorder.js`) is
//! written once and every served copy is still a complete widget.

use std::path::Path;

/// The file in a fixture folder naming the folders or single files (one a
/// line, relative to the fixture's parent) copied in before the fixture's
/// own files; it is a test control file, so it is not copied itself.
pub const BASE_LIST: &str = "base.txt";

/// Copies a folder recursively (fixtures are small), skipping the state
/// folder `.amo-emu` so a fixture never brings stale state along.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() == ".amo-emu" {
                continue;
            }
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Builds the widget `fixture` in `to`: what its [`BASE_LIST`] names first
/// (a folder assembled the same way, a file copied into `to` by its name),
/// then the fixture's own files on top.
pub fn assemble(fixture: &Path, to: &Path) {
    if let Ok(list) = std::fs::read_to_string(fixture.join(BASE_LIST)) {
        let parent = fixture.parent().expect("a fixture lives in a folder");
        for base in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let base = parent.join(base);
            if base.is_file() {
                std::fs::create_dir_all(to).unwrap();
                std::fs::copy(&base, to.join(base.file_name().unwrap())).unwrap();
            } else {
                assemble(&base, to);
            }
        }
    }
    copy_dir(fixture, to);
    let _ = std::fs::remove_file(to.join(BASE_LIST));
}

/// Waits until the filesystem's clock has moved past the last change under
/// `dir`. `serve` reports a file changed in the same clock tick as its
/// start-up as a change (src/watch/since.rs: "at worst … reported once"),
/// which a test that starts serving the moment its copy is written would
/// otherwise receive as a stray first message. A person never saves a file
/// and starts `serve` within one tick; this makes the harness the same.
pub fn settle_clock(dir: &Path) {
    let newest = newest_change(dir);
    let probe = dir.with_extension("clock-probe");
    loop {
        std::fs::write(&probe, b"").unwrap();
        let now = changed_at(&std::fs::metadata(&probe).unwrap());
        std::fs::remove_file(&probe).unwrap();
        if now > newest {
            return;
        }
        std::thread::yield_now();
    }
}

/// The latest modification or status change of anything under `dir`.
fn newest_change(dir: &Path) -> std::time::SystemTime {
    let mut newest = changed_at(&std::fs::metadata(dir).unwrap());
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let at = if entry.file_type().unwrap().is_dir() {
            newest_change(&entry.path())
        } else {
            changed_at(&entry.metadata().unwrap())
        };
        newest = newest.max(at);
    }
    newest
}

/// The later of a file's modification and status-change time, as the
/// watcher reads it.
fn changed_at(meta: &std::fs::Metadata) -> std::time::SystemTime {
    use std::os::unix::fs::MetadataExt;
    let ctime = std::time::UNIX_EPOCH
        + std::time::Duration::new(meta.ctime() as u64, meta.ctime_nsec() as u32);
    meta.modified().unwrap().max(ctime)
}

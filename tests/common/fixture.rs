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

//! Maps a request path onto a file inside the widget folder, and nothing else.
//!
//! The rules, in order: decode percent-escapes exactly once; refuse NUL,
//! backslashes and invalid UTF-8; refuse `..` and any segment starting with a
//! dot (dotfiles, `.git/`, `.amo-emu/`); then resolve symlinks and check the
//! real path is still inside the (canonical) root. Resolving before checking
//! is what stops a symlink pointing outside the folder.

use std::path::{Path, PathBuf};

use percent_encoding::percent_decode_str;

/// Why a path was not served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The path tries to leave the folder or reach a hidden file.
    Forbidden,
    /// The path is fine but nothing is there.
    NotFound,
}

/// Resolves `request_path` (raw, still percent-encoded, relative to the
/// widget root, without a query string) to a regular file under `root`.
/// `root` must already be canonical.
pub fn resolve(root: &Path, request_path: &str) -> Result<PathBuf, Refusal> {
    let decoded = percent_decode_str(request_path)
        .decode_utf8()
        .map_err(|_| Refusal::Forbidden)?;
    if decoded.contains(['\0', '\\']) {
        return Err(Refusal::Forbidden);
    }
    let mut path = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => continue,
            s if s.starts_with('.') => return Err(Refusal::Forbidden),
            s if s.contains(':') => return Err(Refusal::Forbidden),
            s => path.push(s),
        }
    }
    let real = path.canonicalize().map_err(|_| Refusal::NotFound)?;
    if !real.starts_with(root) {
        return Err(Refusal::Forbidden);
    }
    // A symlink inside the folder may still point at a hidden entry.
    let inside = real.strip_prefix(root).map_err(|_| Refusal::Forbidden)?;
    if inside
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
    {
        return Err(Refusal::Forbidden);
    }
    if real.is_file() {
        Ok(real)
    } else {
        Err(Refusal::NotFound)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn root() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("w");
        fs::create_dir_all(root.join("images")).unwrap();
        fs::create_dir_all(root.join(".amo-emu")).unwrap();
        fs::write(root.join("script.js"), "x").unwrap();
        fs::write(root.join("images/a b.png"), "x").unwrap();
        fs::write(root.join(".env"), "secret").unwrap();
        fs::write(root.join(".amo-emu/state.json"), "{}").unwrap();
        fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let root = root.canonicalize().unwrap();
        (dir, root)
    }

    #[test]
    fn serves_files_inside() {
        let (_d, r) = root();
        assert_eq!(resolve(&r, "script.js").unwrap(), r.join("script.js"));
        assert_eq!(
            resolve(&r, "/images/a%20b.png").unwrap(),
            r.join("images/a b.png")
        );
        assert_eq!(
            resolve(&r, "images//a b.png").unwrap(),
            r.join("images/a b.png")
        );
    }

    #[test]
    fn refuses_traversal_and_hidden_files() {
        let (_d, r) = root();
        for bad in [
            "../secret.txt",
            "%2e%2e/secret.txt",
            "images/%2E%2E/%2e%2e/secret.txt",
            "..%2fsecret.txt",
            "..%5csecret.txt",
            ".env",
            "%2eenv",
            ".amo-emu/state.json",
            "script.js%00.png",
            "%ff%fe",
            "C:/windows",
        ] {
            assert_eq!(resolve(&r, bad), Err(Refusal::Forbidden), "{bad}");
        }
    }

    #[test]
    fn double_encoding_is_not_decoded_twice() {
        let (_d, r) = root();
        assert_eq!(resolve(&r, "%252e%252e/secret.txt"), Err(Refusal::NotFound));
    }

    #[cfg(unix)]
    #[test]
    fn refuses_symlinks_leading_outside() {
        let (d, r) = root();
        std::os::unix::fs::symlink(d.path().join("secret.txt"), r.join("link.txt")).unwrap();
        assert_eq!(resolve(&r, "link.txt"), Err(Refusal::Forbidden));
    }

    #[test]
    fn directories_and_missing_files_are_not_found() {
        let (_d, r) = root();
        assert_eq!(resolve(&r, "images"), Err(Refusal::NotFound));
        assert_eq!(resolve(&r, "nope.js"), Err(Refusal::NotFound));
    }
}

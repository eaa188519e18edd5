//! What `amo-emu pack` puts in `widget.zip`, and how: only the widget's own
//! files, in sorted order with fixed timestamps and permissions, so the same
//! folder always gives a byte-identical archive; plus the `--bump` edit of
//! `widget.version` that leaves every other byte of manifest.json alone.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

use super::json_pos;

/// Folders never packed, besides every dot-folder (`.git/`, `.amo-emu/`).
const SKIPPED_DIRS: &[&str] = &["node_modules"];

/// Editor temp and backup files, by suffix.
const TEMP_SUFFIXES: &[&str] = &["~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".orig"];

/// Unix permission bits of every entry, so the archive does not depend on
/// the packer's umask.
const FILE_MODE: u32 = 0o644;

/// One file to pack: its archive name (`/`-separated, relative) and its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub path: PathBuf,
    pub size: u64,
}

/// A file left out, and why (printed, so nothing is dropped silently).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    pub why: &'static str,
}

/// Whether a file name is never packed: dotfiles, editor temp files, zips.
fn skipped_name(name: &str) -> bool {
    name.starts_with('.')
        || (name.starts_with('#') && name.ends_with('#'))
        || TEMP_SUFFIXES.iter().any(|s| name.ends_with(s))
        || name.to_ascii_lowercase().ends_with(".zip")
}

/// Lists the files to pack under `dir`, sorted by archive name. Symlinks are
/// followed only to files inside the folder.
pub fn collect(dir: &Path) -> std::io::Result<(Vec<Entry>, Vec<Skipped>)> {
    let root = dir.canonicalize()?;
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    walk(&root, &root, "", &mut entries, &mut skipped)?;
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    skipped.sort_by(|a, b| a.name.cmp(&b.name));
    Ok((entries, skipped))
}

fn walk(
    root: &Path,
    dir: &Path,
    prefix: &str,
    entries: &mut Vec<Entry>,
    skipped: &mut Vec<Skipped>,
) -> std::io::Result<()> {
    for item in std::fs::read_dir(dir)? {
        let item = item?;
        let Some(name) = item.file_name().to_str().map(str::to_owned) else {
            let lossy = item.file_name().to_string_lossy().into_owned();
            skipped.push(Skipped {
                name: format!("{prefix}{lossy}"),
                why: "the name is not valid UTF-8",
            });
            continue;
        };
        let rel = format!("{prefix}{name}");
        let kind = item.file_type()?;
        if kind.is_dir() {
            if !name.starts_with('.') && !SKIPPED_DIRS.contains(&name.as_str()) {
                walk(root, &item.path(), &format!("{rel}/"), entries, skipped)?;
            }
            continue;
        }
        if skipped_name(&name) {
            continue;
        }
        let path = item.path();
        if kind.is_symlink() {
            match path.canonicalize() {
                Ok(real) if real.starts_with(root) && real.is_file() => {}
                Ok(real) if real.is_dir() => {
                    skipped.push(Skipped {
                        name: rel,
                        why: "a symlink to a folder (not followed)",
                    });
                    continue;
                }
                _ => {
                    skipped.push(Skipped {
                        name: rel,
                        why: "a symlink leading out of the widget folder",
                    });
                    continue;
                }
            }
        } else if !kind.is_file() {
            continue;
        }
        let size = std::fs::metadata(&path)?.len();
        entries.push(Entry {
            name: rel,
            path,
            size,
        });
    }
    Ok(())
}

/// Writes the archive of `entries` into memory: deflated, in the given order,
/// every entry dated 1980-01-01 00:00 (the zip epoch) with mode 644.
pub fn zip(entries: &[Entry]) -> std::io::Result<Vec<u8>> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(DateTime::default())
        .unix_permissions(FILE_MODE);
    for e in entries {
        debug_assert!(!e.name.split('/').any(|s| s == ".." || s.is_empty()));
        writer
            .start_file(e.name.as_str(), options)
            .map_err(std::io::Error::other)?;
        writer.write_all(&std::fs::read(&e.path)?)?;
    }
    Ok(writer.finish().map_err(std::io::Error::other)?.into_inner())
}

/// Which part of `major.minor.patch` to increase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bump {
    Major,
    Minor,
    Patch,
}

/// Returns `manifest` with `widget.version` increased and every other byte
/// unchanged, plus the old and new versions.
pub fn bump(manifest: &str, part: Bump) -> Result<(String, String, String), String> {
    let start = json_pos::locate_offset(manifest, &["widget", "version"])
        .ok_or("manifest.json has no widget.version to bump; add \"version\": \"1.0.0\"")?;
    let rest = &manifest[start..];
    if !rest.starts_with('"') {
        return Err("widget.version is not a string; write it as \"1.0.0\" to bump it".into());
    }
    let len = rest[1..]
        .find('"')
        .ok_or("widget.version has no closing quote")?;
    let old = &rest[1..1 + len];
    let mut parts: Vec<u64> = old
        .split('.')
        .map(|p| p.parse::<u64>())
        .collect::<Result<_, _>>()
        .map_err(|_| {
            format!("widget.version {old:?} is not numbers separated by dots (like 1.0.3)")
        })?;
    parts.resize(parts.len().max(3), 0);
    let i = match part {
        Bump::Major => 0,
        Bump::Minor => 1,
        Bump::Patch => 2,
    };
    parts[i] += 1;
    for p in parts.iter_mut().skip(i + 1) {
        *p = 0;
    }
    let new = parts
        .iter()
        .map(u64::to_string)
        .collect::<Vec<_>>()
        .join(".");
    let edited = format!("{}\"{new}\"{}", &manifest[..start], &rest[len + 2..]);
    Ok((edited, old.to_owned(), new))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bump_edits_only_the_version_bytes() {
        let src =
            "{\n  \"widget\" : { \"name\":\"x\",\t\"version\" :  \"1.2.9\" },\n  \"x\": [1,2]\n}\n";
        let (out, old, new) = bump(src, Bump::Patch).unwrap();
        assert_eq!((old.as_str(), new.as_str()), ("1.2.9", "1.2.10"));
        assert_eq!(out, src.replace("1.2.9", "1.2.10"));
        assert_eq!(bump(src, Bump::Minor).unwrap().2, "1.3.0");
        assert_eq!(bump(src, Bump::Major).unwrap().2, "2.0.0");
        assert_eq!(
            bump("{\"widget\":{\"version\":\"7\"}}", Bump::Patch)
                .unwrap()
                .2,
            "7.0.1"
        );
        assert!(bump("{\"widget\":{\"version\":1}}", Bump::Patch).is_err());
        assert!(bump("{\"widget\":{\"version\":\"1.x\"}}", Bump::Patch).is_err());
    }

    #[test]
    fn skips_temp_files_zips_and_dotfiles() {
        for n in [".env", "a.js~", ".a.js.swp", "#a#", "widget.zip", "x.bak"] {
            assert!(skipped_name(n), "{n}");
        }
        for n in ["script.js", "logo.png", "README.md"] {
            assert!(!skipped_name(n), "{n}");
        }
    }
}

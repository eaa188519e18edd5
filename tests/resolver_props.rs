//! Property test of the request-path resolver (`widget::files::resolve`):
//! whatever path arrives — percent-encoded arbitrary bytes, mixes of `..`,
//! `.`, `/`, `%2f`, backslashes, NUL, names of real files and symlinks — it
//! never panics and never yields anything but a visible regular file inside
//! the widget folder.
//!
//! proptest rather than cargo-fuzz: cargo-fuzz needs a nightly toolchain and
//! this project builds on stable. The case count is bounded so it runs in a
//! few seconds inside `cargo test` (and so in `.ci/run`);
//! `AMO_EMU_RESOLVER_CASES=<n>` runs more.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use amo_emu::widget::files::{resolve, Refusal};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Cases per strategy unless `AMO_EMU_RESOLVER_CASES` says otherwise.
const DEFAULT_CASES: u32 = 3000;

/// A widget folder with files, hidden files and symlinks in and out, next
/// to a secret; returns (temp dir, canonical root, the files that may be served).
fn fixture() -> (tempfile::TempDir, PathBuf, BTreeSet<PathBuf>) {
    use std::fs;
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path();
    let root = parent.join("w");
    for d in ["images", "lib", ".amo-emu", ".git"] {
        fs::create_dir_all(root.join(d)).unwrap();
    }
    fs::create_dir_all(parent.join("outside")).unwrap();
    fs::write(parent.join("secret.txt"), "secret").unwrap();
    fs::write(parent.join("outside/x.js"), "secret").unwrap();
    for f in [
        "script.js",
        "images/logo.png",
        "lib/a.js",
        "a b.js",
        "100%.js",
    ] {
        fs::write(root.join(f), "ok").unwrap();
    }
    for f in [
        ".env",
        ".amo-emu/state.json",
        ".git/config",
        "images/.hidden",
    ] {
        fs::write(root.join(f), "secret").unwrap();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(parent.join("secret.txt"), root.join("leak.txt")).unwrap();
        symlink(parent, root.join("leakdir")).unwrap();
        symlink(parent.join("outside"), root.join("up")).unwrap();
        symlink(root.join(".env"), root.join("alias.js")).unwrap();
        symlink(root.join(".git"), root.join("git")).unwrap();
        symlink(root.join("script.js"), root.join("same.js")).unwrap();
    }
    let root = root.canonicalize().unwrap();
    let allowed = [
        "script.js",
        "images/logo.png",
        "lib/a.js",
        "a b.js",
        "100%.js",
    ]
    .iter()
    .map(|f| root.join(f))
    .collect();
    (tmp, root, allowed)
}

/// One path segment: the dangerous, the real and the random.
fn segment() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "..",
            ".",
            "",
            "...",
            "%2e%2e",
            "%2E%2e",
            ".%2e",
            "%2e.",
            "%2e",
            "%252e%252e",
            "%00",
            "%ff",
            "%c0%ae",
            "%c0%ae%c0%ae",
            "%e0%80%ae",
            "..%00",
            "%2e%2e%00",
            "script.js",
            "images",
            "logo.png",
            "lib",
            "a.js",
            "a%20b.js",
            "100%25.js",
            ".env",
            "%2eenv",
            ".amo-emu",
            "state.json",
            ".git",
            "config",
            "git",
            ".hidden",
            "leak.txt",
            "leakdir",
            "secret.txt",
            "up",
            "x.js",
            "alias.js",
            "same.js",
            "etc",
            "passwd",
            "C:",
            "c%3a",
            "~",
            "%7e",
            "*",
            "?",
            "#",
            "%23",
            "%3f",
        ])
        .prop_map(str::to_owned),
        "[a-z.%0-9]{1,6}",
        percent_bytes(0..6),
    ]
}

/// Separators between segments, encoded or not.
fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "/", "/", "/", "//", "%2f", "%2F", "\\", "%5c", "%5C", "/./",
    ])
}

/// Arbitrary bytes, each either as itself (when printable ASCII) or `%XX`.
fn percent_bytes(len: std::ops::Range<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec((any::<u8>(), any::<bool>()), len).prop_map(|bytes| {
        bytes
            .into_iter()
            .map(|(b, raw)| {
                if raw && b.is_ascii_graphic() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect()
    })
}

fn mixed_path() -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec((segment(), separator()), 0..8),
    )
        .prop_map(|(lead, parts)| {
            let mut out = String::from(if lead { "/" } else { "" });
            for (seg, sep) in parts {
                out.push_str(&seg);
                out.push_str(sep);
            }
            out.pop();
            out
        })
}

/// The property for one resolved path: Err says how it was broken.
fn verdict(
    allowed: &BTreeSet<PathBuf>,
    path: &str,
    result: Result<PathBuf, Refusal>,
) -> Result<bool, String> {
    match result {
        Ok(file) if allowed.contains(&file) => Ok(true),
        Ok(file) => Err(format!(
            "{path:?} resolved to {}: not one of the visible files inside the root",
            file.display()
        )),
        Err(_) => Ok(false),
    }
}

fn run(strategy: impl Strategy<Value = String>, what: &str) {
    let (_tmp, root, allowed) = fixture();
    let cases = std::env::var("AMO_EMU_RESOLVER_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let served = AtomicUsize::new(0);
    runner
        .run(&strategy, |path| {
            let ok =
                verdict(&allowed, &path, resolve(&root, &path)).map_err(TestCaseError::fail)?;
            if ok {
                served.fetch_add(1, Ordering::Relaxed);
            }
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    // The property must not hold only because nothing ever resolves.
    assert!(
        served.load(Ordering::Relaxed) > 0,
        "{what}: no generated path resolved to a file; the test would prove nothing"
    );
}

#[test]
fn mixed_dot_slash_paths_never_leave_the_root() {
    run(mixed_path(), "mixed segments");
}

#[test]
fn arbitrary_percent_encoded_bytes_never_leave_the_root() {
    // Prefix a real name now and then so some cases do resolve.
    let strategy = (
        prop::sample::select(vec!["", "script.js", "lib/", "images/", "../"]),
        percent_bytes(0..48),
    )
        .prop_map(|(prefix, rest)| format!("{prefix}{rest}"));
    run(strategy, "percent-encoded bytes");
}

#[test]
fn arbitrary_unicode_paths_never_leave_the_root() {
    let strategy = prop_oneof![Just("script.js".to_owned()), "\\PC{0,40}"];
    run(strategy, "unicode strings");
}

#[test]
fn the_property_notices_an_escape() {
    let (_tmp, root, allowed) = fixture();
    let outside = root.parent().unwrap().join("secret.txt");
    assert!(verdict(&allowed, "x", Ok(outside)).is_err());
    assert!(verdict(&allowed, "x", Ok(root.join(".env"))).is_err());
    assert!(verdict(&allowed, "x", Ok(root.join("images"))).is_err());
    assert_eq!(verdict(&allowed, "x", Ok(root.join("script.js"))), Ok(true));
}

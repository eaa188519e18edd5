//! What both benchmarks need: the release binary, a private copy of
//! `sample-widget`, and a server started on a free port.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds `target/release/amo-emu` and returns its path.
pub fn release_binary() -> PathBuf {
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "amo-emu"])
        .current_dir(root())
        .status()
        .expect("cargo build");
    assert!(status.success(), "cargo build --release failed");
    root().join("target/release/amo-emu")
}

/// A running `amo-emu serve` over a temp copy of `sample-widget`.
pub struct Served {
    pub child: Child,
    pub port: u16,
    pub dir: PathBuf,
    _tmp: tempfile::TempDir,
}

impl Served {
    pub fn start(bin: &Path) -> Served {
        Served::start_with(bin, &[])
    }

    /// Started with `args` (and `AMO_EMU_BENCH_ARGS`) after the folder.
    pub fn start_with(bin: &Path, args: &[&str]) -> Served {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("sample-widget");
        copy_dir(&root().join("sample-widget"), &dir);
        // AMO_EMU_BENCH_ARGS adds flags, e.g. "--debounce 3" to compare debounce settings.
        let extra = std::env::var("AMO_EMU_BENCH_ARGS").unwrap_or_default();
        let mut child = Command::new(bin)
            .args(["serve", dir.to_str().unwrap(), "--port", "0"])
            .args(args)
            .args(extra.split_whitespace())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .rsplit(':')
            .next()
            .and_then(|p| p.split('/').next())
            .and_then(|p| p.parse().ok())
            .expect("port");
        Served {
            child,
            port,
            dir,
            _tmp: tmp,
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            if entry.file_name() != ".amo-emu" {
                copy_dir(&entry.path(), &target);
            }
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

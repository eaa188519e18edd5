//! Which Chromium `amo-emu test` drives: `--browser PATH`, else `CHROME` or
//! `CHROMIUM` in the environment, else the usual names on `PATH`, else the
//! usual install paths on Linux, macOS and Windows.

use std::path::{Path, PathBuf};

/// Names a Chromium or Chrome has on `PATH`.
const NAMES: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// Where Chromium and Chrome are installed when they are not on `PATH`.
fn install_paths() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/snap/bin/chromium",
        "/opt/google/chrome/chrome",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
        "/Applications/Chromium.app/Contents/MacOS/Chromium",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    for var in ["ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA"] {
        if let Some(base) = std::env::var_os(var) {
            paths.push(Path::new(&base).join("Google/Chrome/Application/chrome.exe"));
            paths.push(Path::new(&base).join("Chromium/Application/chrome.exe"));
        }
    }
    paths
}

/// The browser to drive, or `None` when there is none.
pub fn find(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = flag {
        return Some(path.to_path_buf());
    }
    for var in ["CHROME", "CHROMIUM"] {
        if let Some(path) = std::env::var_os(var).filter(|v| !v.is_empty()) {
            return Some(PathBuf::from(path));
        }
    }
    if let Some(path_var) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path_var) {
            for name in NAMES {
                for file in [name.to_string(), format!("{name}.exe")] {
                    let candidate = dir.join(file);
                    if candidate.is_file() {
                        return Some(candidate);
                    }
                }
            }
        }
    }
    install_paths().into_iter().find(|p| p.is_file())
}

/// How to get one, for the error when none is found.
pub const HOW_TO_INSTALL: &str = "install Chromium or Chrome (Debian/Ubuntu: sudo apt install chromium; macOS: brew install --cask chromium; Windows: install Google Chrome), or pass --browser PATH (or set CHROME)";

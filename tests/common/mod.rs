//! Test support: a real `amo-emu` process over a temp copy of a fixture, and
//! a real headless Chromium driving it.
#![allow(dead_code)]

pub mod backend;
pub mod browser;
pub mod process;
pub mod raw_http;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The repository root (fixtures and the sample widget live under it).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder recursively (fixtures are small).
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

/// Runs blocking HTTP on its own thread: reqwest's blocking client may not be
/// created or dropped inside the async browser tests' runtime.
pub fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| s.spawn(f).join().expect("blocking helper panicked"))
}

/// A running `amo-emu serve` over a private copy of a widget folder; killed
/// when dropped.
pub struct TestServer {
    child: Child,
    _tmp: tempfile::TempDir,
    /// The served copy of the widget folder (edit it to test reloads).
    pub widget_dir: PathBuf,
    /// `http://example.localhost:<port>`
    pub base: String,
    pub port: u16,
    pub stdout_line: String,
    stderr: Arc<Mutex<String>>,
    /// The flags it was started with, to start it again the same way.
    extra: Vec<String>,
}

/// Spawns `amo-emu serve <widget_dir> --port <port> <extra>` (0: any free
/// port) and waits for its start-up line; returns the child, that line, its
/// port and its stderr.
fn spawn(
    widget_dir: &Path,
    port: u16,
    extra: &[String],
) -> (Child, String, u16, Arc<Mutex<String>>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .arg("serve")
        .arg(widget_dir)
        .args(["--port", &port.to_string()])
        .args(extra)
        .env("AMO_EMU_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start amo-emu");
    let stderr = Arc::new(Mutex::new(String::new()));
    {
        let sink = stderr.clone();
        let mut err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
    }
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).expect("read the startup line");
    std::thread::spawn(move || {
        let mut rest = String::new();
        let _ = out.read_to_string(&mut rest);
    });
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| {
            panic!(
                "no URL in the startup line {line:?}; stderr: {}",
                stderr.lock().unwrap()
            )
        });
    let port: u16 = url
        .trim_start_matches("http://")
        .split(['/', ':'])
        .nth(1)
        .and_then(|p| p.parse().ok())
        .expect("port in the URL");
    (child, line, port, stderr)
}

impl TestServer {
    /// Serves a copy of `fixture` (a path relative to the repo root, e.g.
    /// `sample-widget` or `tests/fixtures/no-onsave`).
    pub fn start(fixture: &str) -> Self {
        Self::start_with(fixture, &[])
    }

    pub fn start_with(fixture: &str, extra: &[&str]) -> Self {
        Self::start_prepared(fixture, extra, |_| {})
    }

    /// Like [`TestServer::start_with`], but runs `prepare` on the copied
    /// widget folder before the server starts (plant files, corrupt the
    /// state, mount a filesystem).
    pub fn start_prepared(fixture: &str, extra: &[&str], prepare: impl FnOnce(&Path)) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let name = Path::new(fixture).file_name().unwrap();
        let widget_dir = tmp.path().join(name);
        copy_dir(&repo().join(fixture), &widget_dir);
        prepare(&widget_dir);
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let (child, stdout_line, port, stderr) = spawn(&widget_dir, 0, &extra);
        TestServer {
            child,
            _tmp: tmp,
            widget_dir,
            base: format!("http://example.localhost:{port}"),
            port,
            stdout_line,
            stderr,
            extra,
        }
    }

    /// Stops the server (hard, if it still runs) and starts a new one on the
    /// same port, folder and flags, as a developer restarting `amo-emu` would.
    pub fn restart(&mut self) {
        self.kill_hard();
        let (child, line, port, stderr) = spawn(&self.widget_dir, self.port, &self.extra);
        assert_eq!(port, self.port);
        self.child = child;
        self.stdout_line = line;
        self.stderr = stderr;
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Everything the server printed on stderr so far.
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until stderr contains `needle` (the server logs asynchronously).
    pub fn wait_stderr(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let text = self.stderr();
            if text.contains(needle) {
                return text;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "stderr never contained {needle:?}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// A blocking HTTP client that talks to the server by its loopback
    /// address while sending the `Host` a browser would.
    pub fn http(&self) -> reqwest::blocking::Client {
        reqwest::blocking::Client::builder()
            .resolve("example.localhost", ([127, 0, 0, 1], self.port).into())
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// `GET /api/v4/widgets/<code>` as JSON.
    pub fn widget_api(&self, code: &str) -> serde_json::Value {
        off_runtime(|| {
            let res = self
                .http()
                .get(self.url(&format!("/api/v4/widgets/{code}")))
                .send()
                .unwrap();
            assert!(res.status().is_success(), "GET widget: {}", res.status());
            res.json().unwrap()
        })
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

//! Test support: a real `amo-emu` process over a temp copy of a fixture, and
//! a real headless Chromium driving it. The benchmarks include this module
//! too (`#[path]`), so there is one way to start a server.
//!
//! A test that cannot run here says so loudly ([`skip`]); with
//! `AMO_EMU_REQUIRE_ALL=1` (set by `.ci/run`) that is a failure instead.
#![allow(dead_code)]

pub mod api;
pub mod backend;
pub mod browser;
pub mod fixture;
pub mod oauth;
pub mod oauth_backend;
pub mod process;
pub mod raw_http;
pub mod sse;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

/// The switch that turns every skipped test into a failure (CI sets it).
pub const REQUIRE_ALL: &str = "AMO_EMU_REQUIRE_ALL";

/// Whether the environment variable `name` is `1`.
pub fn switch_on(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "1")
}

/// Says loudly that `test` did not run and why, or fails it when
/// [`REQUIRE_ALL`] (or one of the narrower `switches`) is `1`. The caller
/// returns right after.
pub fn skip(test: &str, why: &str, switches: &[&str]) {
    if let Some(on) = std::iter::once(&REQUIRE_ALL)
        .chain(switches)
        .find(|s| switch_on(s))
    {
        panic!("`{test}` cannot run here: {why} ({on}=1 makes a skipped test a failure)");
    }
    eprintln!("\n*** SKIPPED {test}: {why} ***\n");
}

/// How long a wait for the server's output may take before the test fails.
const STDERR_WAIT: Duration = Duration::from_secs(10);

/// What the server printed on stderr so far, and a signal for each new part.
#[derive(Default)]
struct Output {
    text: Mutex<String>,
    grew: Condvar,
}

/// The repository root (fixtures and the sample widget live under it).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
    _tmp: Option<tempfile::TempDir>,
    /// The served copy of the widget folder (edit it to test reloads).
    pub widget_dir: PathBuf,
    /// `http://example.localhost:<port>`
    pub base: String,
    pub port: u16,
    pub stdout_line: String,
    /// When the process was spawned (after the folder was prepared): what
    /// start-up time is measured from.
    pub spawned_at: Instant,
    stderr: Arc<Output>,
    /// The flags it was started with, to start it again the same way.
    extra: Vec<String>,
    /// The `amo-emu` binary it runs.
    exe: PathBuf,
}

/// A freshly spawned server: the child, its start-up line, its port, its
/// stderr and when it was spawned.
struct Spawned(Child, String, u16, Arc<Output>, Instant);

/// The `amo-emu` binary cargo built for these tests (or benchmarks).
pub fn built_binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_amo-emu"))
}

/// Spawns `<exe> serve <widget_dir> --port <port> <extra>` (0: any free
/// port) and waits for its `--ready-file`, which says the real port.
fn spawn(exe: &Path, widget_dir: &Path, port: u16, extra: &[String]) -> Spawned {
    static SPAWNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let ready = std::env::temp_dir().join(format!(
        "amo-emu-ready-{}-{}.json",
        std::process::id(),
        SPAWNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let _ = std::fs::remove_file(&ready);
    let spawned_at = Instant::now();
    let mut child = Command::new(exe)
        .arg("serve")
        .arg(widget_dir)
        .args(["--port", &port.to_string()])
        .arg("--ready-file")
        .arg(&ready)
        .args(extra)
        .env("AMO_EMU_LOG", "info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start amo-emu");
    let stderr = Arc::new(Output::default());
    {
        let sink = stderr.clone();
        let mut err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.text
                    .lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
                sink.grew.notify_all();
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
    let port = loop {
        if let Ok(text) = std::fs::read_to_string(&ready) {
            let signal: serde_json::Value =
                serde_json::from_str(&text).expect("the ready file is JSON");
            let _ = std::fs::remove_file(&ready);
            break signal["port"].as_u64().expect("port in the ready file") as u16;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "amo-emu exited ({status}) before it was ready; stdout: {line:?}; stderr: {}",
                stderr.text.lock().unwrap()
            );
        }
        assert!(
            spawned_at.elapsed() < Duration::from_secs(30),
            "amo-emu was not ready within 30 s; stderr: {}",
            stderr.text.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(2));
    };
    Spawned(child, line, port, stderr, spawned_at)
}

impl TestServer {
    /// Serves a copy of `fixture` (a path relative to the repo root, e.g.
    /// `sample-widget` or `tests/fixtures/no-onsave`), assembled over the
    /// folders its `base.txt` names ([`fixture::assemble`]).
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
        Self::start_binary(&built_binary(), fixture, extra, prepare)
    }

    /// Like [`TestServer::start_prepared`], with another build of `amo-emu`
    /// (a benchmark comparing two versions).
    pub fn start_binary(
        exe: &Path,
        fixture: &str,
        extra: &[&str],
        prepare: impl FnOnce(&Path),
    ) -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let name = Path::new(fixture).file_name().unwrap();
        let widget_dir = tmp.path().join(name);
        fixture::assemble(&repo().join(fixture), &widget_dir);
        prepare(&widget_dir);
        fixture::settle_clock(&widget_dir);
        Self::serve(exe, widget_dir, Some(tmp), extra)
    }

    /// Serves `widget_dir` as it is (no copy; the caller owns the folder).
    pub fn start_in(widget_dir: &Path, extra: &[&str]) -> Self {
        Self::serve(&built_binary(), widget_dir.to_path_buf(), None, extra)
    }

    fn serve(
        exe: &Path,
        widget_dir: PathBuf,
        tmp: Option<tempfile::TempDir>,
        extra: &[&str],
    ) -> Self {
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let Spawned(child, stdout_line, port, stderr, spawned_at) =
            spawn(exe, &widget_dir, 0, &extra);
        TestServer {
            child,
            _tmp: tmp,
            widget_dir,
            base: format!("http://example.localhost:{port}"),
            port,
            stdout_line,
            spawned_at,
            stderr,
            extra,
            exe: exe.to_path_buf(),
        }
    }

    /// Stops the server (hard, if it still runs) and starts a new one on the
    /// same port, folder and flags, as a developer restarting `amo-emu` would.
    pub fn restart(&mut self) {
        self.kill_hard();
        let Spawned(child, line, port, stderr, spawned_at) =
            spawn(&self.exe, &self.widget_dir, self.port, &self.extra);
        assert_eq!(port, self.port);
        self.child = child;
        self.stdout_line = line;
        self.stderr = stderr;
        self.spawned_at = spawned_at;
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Everything the server printed on stderr so far. To check that
    /// something was *not* printed, use [`TestServer::settled_stderr`]: the
    /// pipe may not have been read yet.
    pub fn stderr(&self) -> String {
        self.stderr.text.lock().unwrap().clone()
    }

    /// Waits until stderr contains `needle` (the server logs asynchronously).
    pub fn wait_stderr(&self, needle: &str) -> String {
        let deadline = Instant::now() + STDERR_WAIT;
        let mut text = self.stderr.text.lock().unwrap();
        while !text.contains(needle) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "stderr never contained {needle:?}:\n{text}"
            );
            text = self.stderr.grew.wait_timeout(text, left).unwrap().0;
        }
        text.clone()
    }

    /// Stderr once the server has logged that its watcher is armed, which
    /// it does after everything start-up prints: what start-up did not say
    /// by then, it did not say.
    pub fn settled_stderr(&self) -> String {
        self.wait_stderr(amo_emu::watch::ARMED_LOG)
    }

    /// `POST path` with a JSON body, as (status, JSON answer or null).
    pub fn post_json(&self, path: &str, body: &Value) -> (u16, Value) {
        off_runtime(|| {
            let res = self
                .http()
                .post(self.url(path))
                .header("Content-Type", "application/json")
                .body(body.to_string())
                .send()
                .unwrap();
            let status = res.status().as_u16();
            let text = res.text().unwrap();
            (status, serde_json::from_str(&text).unwrap_or(Value::Null))
        })
    }

    /// Installs (or saves) widget `code` with `settings` through
    /// `POST /api/v4/widgets/<code>`, as the settings modal does.
    pub fn install(&self, code: &str, settings: Value) {
        let (status, body) = self.post_json(&format!("/api/v4/widgets/{code}"), &settings);
        assert_eq!(status, 200, "install {code}: {body}");
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

    /// A raw subscriber to this server's live-reload stream, past its
    /// `hello` (which it checks).
    pub fn subscribe(&self) -> sse::Subscriber {
        let events = sse::Subscriber::connect(self.port, "");
        let hello = events.next();
        assert_eq!(hello["type"], "hello", "{hello}");
        events
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

    /// The id of the account's first lead, as `GET /api/v4/leads` lists it.
    pub fn first_lead_id(&self) -> u64 {
        off_runtime(|| {
            let body: serde_json::Value = self
                .http()
                .get(self.url("/api/v4/leads?limit=1"))
                .send()
                .unwrap()
                .json()
                .unwrap();
            body["_embedded"]["leads"][0]["id"].as_u64().unwrap()
        })
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

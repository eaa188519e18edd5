//! Start-up and memory benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench startup` builds the release binary, then, for each
//! folder below, N times: spawns `amo-emu serve <folder> --port 0`,
//! measures the time from spawn to the first successful
//! `GET /settings/widgets/` and to the watcher being armed (its log line),
//! and reads the idle resident memory (VmRSS) after a page and the API have
//! been served. Prints min / p50 / max.
//!
//! Folders: a copy of `sample-widget` ("bare"), and the same copy with a
//! `node_modules/` of 30 000 small files next to it, served as is and with
//! `--watch-all` (which watches and fingerprints them).

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::Duration;

/// The test support, shared: the same server the tests start (`cargo bench`
/// builds the binary it starts with the release profile).
#[path = "../tests/common/mod.rs"]
mod common;

use common::process::vm_rss_kib;
use common::TestServer;

const RUNS: usize = 20;
/// Files in the planted `node_modules/`: a small web project's dependencies.
const NODE_MODULES_FILES: usize = 30_000;
/// Files per package folder in it.
const FILES_PER_PACKAGE: usize = 20;
/// How often the first request is retried while the server starts: the
/// resolution of the start-up figure.
const RETRY: Duration = Duration::from_micros(200);
/// Pause before reading memory, so it is the idle figure, not the peak of
/// the requests just served.
const SETTLE: Duration = Duration::from_millis(200);

struct Figures {
    first_200: Vec<Duration>,
    armed: Vec<Duration>,
    rss_kib: Vec<u64>,
}

fn main() {
    println!("binary: {}", env!("CARGO_BIN_EXE_amo-emu"));
    let tmp = tempfile::tempdir().unwrap();
    let bare = tmp.path().join("bare/sample-widget");
    common::fixture::copy_dir(&common::repo().join("sample-widget"), &bare);
    let heavy = tmp.path().join("heavy/sample-widget");
    common::fixture::copy_dir(&common::repo().join("sample-widget"), &heavy);
    plant_node_modules(&heavy);

    let rows = [
        ("bare sample-widget", measure(&bare, &[])),
        ("+ node_modules/ (30 000 files)", measure(&heavy, &[])),
        (
            "+ node_modules/, --watch-all",
            measure(&heavy, &["--watch-all"]),
        ),
    ];

    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("\namo-emu start-up, {RUNS} runs each (ms; min / p50 / max):");
    println!(
        "  {:<32} {:>26} {:>26}",
        "", "spawn → first 200", "spawn → watcher armed"
    );
    for (name, f) in &rows {
        println!(
            "  {name:<32} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {:>8.1} {:>8.1}",
            ms(f.first_200[0]),
            ms(f.first_200[RUNS / 2]),
            ms(f.first_200[RUNS - 1]),
            ms(f.armed[0]),
            ms(f.armed[RUNS / 2]),
            ms(f.armed[RUNS - 1]),
        );
    }
    let p50 = |f: &Figures| ms(f.first_200[RUNS / 2]);
    println!(
        "  ratio node_modules / bare, first 200 at p50: {:.2} (target ≤ 1.5)",
        p50(&rows[1].1) / p50(&rows[0].1)
    );
    println!("\nidle resident memory after serving a page, the API and jQuery (VmRSS, MiB; min / p50 / max):");
    for (name, f) in &rows {
        let mib = |k: u64| k as f64 / 1024.0;
        println!(
            "  {name:<32} {:>8.1} {:>8.1} {:>8.1}",
            mib(f.rss_kib[0]),
            mib(f.rss_kib[RUNS / 2]),
            mib(f.rss_kib[RUNS - 1])
        );
    }
}

/// Starts a server on `dir` [`RUNS`] times and measures each start-up.
fn measure(dir: &Path, flags: &[&str]) -> Figures {
    let mut f = Figures {
        first_200: Vec::new(),
        armed: Vec::new(),
        rss_kib: Vec::new(),
    };
    for _ in 0..RUNS {
        let served = TestServer::start_in(dir, flags);
        let port = served.port;
        while get(port, "/settings/widgets/") != 200 {
            std::thread::sleep(RETRY);
        }
        f.first_200.push(served.spawned_at.elapsed());
        served.wait_stderr(amo_emu::watch::ARMED_LOG);
        f.armed.push(served.spawned_at.elapsed());
        for path in [
            "/api/v4/widgets/sample_widget",
            "/amo-emu/modal/sample_widget",
            "/amo-emu/assets/vendor/jquery/jquery.js",
        ] {
            assert_eq!(get(port, path), 200, "{path}");
        }
        std::thread::sleep(SETTLE);
        f.rss_kib.push(vm_rss_kib(served.pid()));
    }
    f.first_200.sort();
    f.armed.sort();
    f.rss_kib.sort();
    f
}

/// A `node_modules/` of [`NODE_MODULES_FILES`] small files in package
/// folders, as `npm install` leaves it.
fn plant_node_modules(widget: &Path) {
    for i in 0..NODE_MODULES_FILES {
        let package = widget.join(format!("node_modules/pkg-{:04}/lib", i / FILES_PER_PACKAGE));
        if i % FILES_PER_PACKAGE == 0 {
            std::fs::create_dir_all(&package).unwrap();
        }
        std::fs::write(
            package.join(format!("m{i}.js")),
            format!("module.exports = {i};\n"),
        )
        .unwrap();
    }
}

fn get(port: u16, path: &str) -> u16 {
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return 0;
    };
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: example.localhost:{port}\r\nConnection: close\r\n\r\n"
    );
    if s.write_all(req.as_bytes()).is_err() {
        return 0;
    }
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    String::from_utf8_lossy(&buf)
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0)
}

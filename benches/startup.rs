//! Start-up and memory benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench startup` builds the release binary, then N times:
//! spawns `amo-emu serve sample-widget --port 0` on a temp copy, measures the
//! time from spawn to the first successful `GET /settings/widgets/`, and
//! reads the idle resident memory (VmRSS) after a page and the API have been
//! served. Prints min / p50 / max.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 20;

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "amo-emu"])
        .current_dir(&root)
        .status()
        .expect("cargo build");
    assert!(status.success());
    let bin = root.join("target/release/amo-emu");

    let mut startup = Vec::new();
    let mut rss = Vec::new();
    for _ in 0..RUNS {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("sample-widget");
        copy_dir(&root.join("sample-widget"), &dir);
        let started = Instant::now();
        let mut child = Command::new(&bin)
            .args(["serve", dir.to_str().unwrap(), "--port", "0"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port: u16 = line
            .rsplit(':')
            .next()
            .unwrap()
            .split('/')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        while get(port, "/settings/widgets/") != 200 {
            std::thread::sleep(Duration::from_micros(200));
        }
        startup.push(started.elapsed());
        for path in [
            "/api/v4/widgets/sample_widget",
            "/amo-emu/modal/sample_widget",
            "/amo-emu/assets/vendor/jquery/jquery.js",
        ] {
            assert_eq!(get(port, path), 200, "{path}");
        }
        std::thread::sleep(Duration::from_millis(200));
        rss.push(vm_rss_kib(child.id()));
        child.kill().unwrap();
        child.wait().unwrap();
    }
    startup.sort();
    rss.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!("amo-emu start-up ({RUNS} runs, spawn → first 200 on /settings/widgets/):");
    println!(
        "  min {:.1} ms   p50 {:.1} ms   max {:.1} ms",
        ms(startup[0]),
        ms(startup[RUNS / 2]),
        ms(startup[RUNS - 1])
    );
    println!("idle resident memory after serving a page, the API and jQuery (VmRSS):");
    println!(
        "  min {:.1} MiB   p50 {:.1} MiB   max {:.1} MiB",
        rss[0] as f64 / 1024.0,
        rss[RUNS / 2] as f64 / 1024.0,
        rss[RUNS - 1] as f64 / 1024.0
    );
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

fn vm_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn copy_dir(from: &Path, to: &Path) {
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

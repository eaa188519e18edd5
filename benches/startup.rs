//! Start-up and memory benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench startup` builds the release binary, then N times:
//! spawns `amo-emu serve sample-widget --port 0` on a temp copy, measures the
//! time from spawn to the first successful `GET /settings/widgets/`, and
//! reads the idle resident memory (VmRSS) after a page and the API have been
//! served. Prints min / p50 / max.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

const RUNS: usize = 20;

mod support;

fn main() {
    let bin = support::release_binary();
    let mut startup = Vec::new();
    let mut rss = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let served = support::Served::start(&bin);
        let port = served.port;
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
        rss.push(vm_rss_kib(served.child.id()));
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

//! Hot-reload latency benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench reload` drives a real headless Chromium against the
//! release `amo-emu` serving a temp copy of `sample-widget`, with the settings
//! modal open, and performs N edits of each kind:
//!
//! * `script.js` — the edit appends `window.__bench = {i, at: Date.now()}`;
//!   the latency is `at` (when the new code ran in the page, with the modal
//!   back) minus the time of the save. Measured twice: swapped in place (the
//!   default) and with a full page reload (a second server with `--no-hot`);
//! * `style.css` — the edit changes the colour of a probe element; a page-side
//!   poll (every ~4 ms, the browser's timer clamp) records when the new colour
//!   applies;
//! * `manifest.json` — the edit bumps the version; a script installed on
//!   every new document records when the runtime is ready again with the new
//!   version (the modal reopened).
//!
//! It also measures, from a raw SSE subscriber, the server-side latency from
//! the save to the message on the wire. If Vite can be installed from npm
//! (into `target/bench-vite`), the same script and CSS edits are measured
//! against Vite's dev server on an equivalent plain page, side by side: an
//! edit of a module that accepts its own updates (Vite's HMR, in place) and
//! of the entry module (a full reload).

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chromiumoxide::browser::Browser;
use chromiumoxide::Page;
use common::browser::TestBrowser;
use common::sse::Subscriber;
use common::TestServer;

const EDITS: usize = 20;
const VITE_VERSION: &str = "8.3.8";

/// `AMO_EMU_BENCH_TRACE=1`: also print where the last swap spent its time.
fn tracing() -> bool {
    std::env::var_os("AMO_EMU_BENCH_TRACE").is_some()
}

fn now_ms() -> f64 {
    ms_since_epoch(SystemTime::now())
}

fn ms_since_epoch(at: SystemTime) -> f64 {
    at.duration_since(UNIX_EPOCH).unwrap().as_secs_f64() * 1000.0
}

/// The test support, shared: the same server and browser the tests drive
/// (`cargo bench` builds the binary it starts with the release profile).
#[path = "../tests/common/mod.rs"]
mod common;

/// Flags added to every server started here: `AMO_EMU_BENCH_ARGS`, e.g.
/// "--debounce 3" to compare debounce settings.
fn bench_args() -> Vec<String> {
    std::env::var("AMO_EMU_BENCH_ARGS")
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

/// `sample-widget` served with `flags` and [`bench_args`].
fn serve(flags: &[&str]) -> TestServer {
    let extra = bench_args();
    let args: Vec<&str> = flags
        .iter()
        .copied()
        .chain(extra.iter().map(String::as_str))
        .collect();
    TestServer::start_with("sample-widget", &args)
}

#[tokio::main]
async fn main() {
    let root = common::repo();
    let Some(test_browser) = TestBrowser::launch("the reload benchmark").await else {
        return;
    };
    let browser = &test_browser.browser;

    let amo = bench_amo_emu(browser).await;
    let vite = match bench_vite(browser, &root).await {
        Ok(v) => Some(v),
        Err(e) => {
            println!("\nVite: not measured ({e})");
            None
        }
    };

    println!("\nsave → new code running in the page, {EDITS} edits each (ms):");
    println!("  {:<34} {:>7} {:>7} {:>7}", "", "p50", "p95", "max");
    for (name, samples) in &amo {
        print_row(&format!("amo-emu {name}"), samples);
    }
    if let Some(vite) = &vite {
        for (name, samples) in vite {
            print_row(&format!("vite {VITE_VERSION} {name}"), samples);
        }
        for (name, samples) in vite {
            if let Some((_, ours)) = amo.iter().find(|(n, _)| n == name) {
                println!(
                    "  ratio amo-emu / vite, {name}: p50 {:.2}, p95 {:.2}",
                    pct(ours, 50) / pct(samples, 50),
                    pct(ours, 95) / pct(samples, 95)
                );
            }
        }
    }
    test_browser.close().await;
}

fn pct(samples: &[f64], p: usize) -> f64 {
    let mut s = samples.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    s[((s.len() - 1) * p / 100).min(s.len() - 1)]
}

fn print_row(name: &str, samples: &[f64]) {
    if samples.is_empty() {
        println!("  {name:<34} (no samples)");
        return;
    }
    let max = samples.iter().cloned().fold(f64::MIN, f64::max);
    println!(
        "  {name:<34} {:>7.1} {:>7.1} {:>7.1}",
        pct(samples, 50),
        pct(samples, 95),
        max
    );
}

async fn eval_f64(page: &Page, js: &str) -> Option<f64> {
    page.evaluate(js)
        .await
        .ok()?
        .into_value::<Option<f64>>()
        .ok()
        .flatten()
}

/// Idle time between two edits, as between two saves by a person; it also
/// keeps one edit's work from overlapping the next one's measurement.
const BETWEEN_EDITS: Duration = Duration::from_millis(150);

/// Polls a page expression that yields a timestamp (ms since the epoch)
/// once the change has landed; `None` if it never does (a missed update is
/// reported, not hidden).
async fn landed(page: &Page, js: &str) -> Option<f64> {
    let start = Instant::now();
    loop {
        if let Some(at) = eval_f64(page, js).await {
            tokio::time::sleep(BETWEEN_EDITS).await;
            return Some(at);
        }
        if start.elapsed() > Duration::from_secs(10) {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// Adds a latency sample, or counts a miss.
fn record(samples: &mut Vec<f64>, misses: &mut usize, landed_at: Option<f64>, saved: f64) {
    match landed_at {
        Some(at) => samples.push(at - saved),
        None => *misses += 1,
    }
}

const CSS_PROBE: &str = "(() => { let p = document.querySelector('.bench-probe'); if (!p) { p = document.createElement('div'); p.className = 'bench-probe'; p.textContent = 'x'; document.body.append(p); } window.__cssAt = null; const want = window.__cssWant; const tick = () => { if (getComputedStyle(p).color === want) { window.__cssAt = Date.now(); } else { setTimeout(tick, 0); } }; tick(); return true; })()";

async fn wait_ready(page: &Page, js: &str) {
    let start = Instant::now();
    while !page
        .evaluate(js)
        .await
        .ok()
        .and_then(|v| v.into_value::<bool>().ok())
        .unwrap_or(false)
    {
        assert!(start.elapsed() < Duration::from_secs(20), "timed out: {js}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A tab on the marketplace with the settings modal open, as a developer
/// working on their widget has it.
async fn open_modal(browser: &Browser, port: u16) -> Page {
    let base = format!("http://example.localhost:{port}");
    let page = browser.new_page("about:blank").await.unwrap();
    page.evaluate_on_new_document(
        "new MutationObserver(() => { if (document.documentElement && document.documentElement.dataset.amoEmuReady && !window.__readyAt) window.__readyAt = Date.now(); }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-amo-emu-ready']});",
    )
    .await
    .unwrap();
    page.goto(format!("{base}/settings/widgets/"))
        .await
        .unwrap();
    wait_ready(
        &page,
        "document.documentElement.dataset.amoEmuReady === 'marketplace'",
    )
    .await;
    page.evaluate("document.querySelector('.widget-card').click()")
        .await
        .unwrap();
    wait_ready(
        &page,
        "!!document.querySelector('.modal.sample_widget[data-amo-emu-ready]')",
    )
    .await;
    page
}

/// EDITS saves of a stylesheet (`save` writes one that colours the probe
/// `colour`), each timed until the page's probe shows the new colour: the
/// same measure for amo-emu and Vite.
async fn css_edits(page: &Page, misses: &mut usize, save: impl Fn(&str)) -> Vec<f64> {
    let mut css = Vec::new();
    for i in 0..EDITS {
        let colour = format!("rgb({}, 7, 9)", i + 1);
        page.evaluate(format!("window.__cssWant = '{colour}'"))
            .await
            .unwrap();
        page.evaluate(CSS_PROBE).await.unwrap();
        let saved = now_ms();
        save(&colour);
        let at = landed(page, "window.__cssAt").await;
        record(&mut css, misses, at, saved);
    }
    css
}

/// EDITS saves of script.js, each timed until its code ran in the page with
/// the modal back (`landed` waits for the widget's callbacks to have run).
async fn script_edits(page: &Page, dir: &Path, misses: &mut usize) -> Vec<f64> {
    let script = dir.join("script.js");
    let script0 = std::fs::read_to_string(&script).unwrap();
    let mut js = Vec::new();
    for i in 0..EDITS {
        if tracing() {
            // About when the save happens, on the page's clock.
            let _ = page.evaluate("window.__savedAt = Date.now()").await;
        }
        let saved = now_ms();
        std::fs::write(
            &script,
            format!("{script0}\nwindow.__bench = {{i: {i}, at: Date.now()}};\n"),
        )
        .unwrap();
        let at = landed(page, &format!("window.__bench && window.__bench.i === {i} && document.querySelector('.modal.sample_widget[data-amo-emu-ready]') ? window.__bench.at : null")).await;
        record(&mut js, misses, at, saved);
    }
    js
}

async fn bench_amo_emu(browser: &Browser) -> Vec<(String, Vec<f64>)> {
    let mut misses = 0;
    // The same edits with --no-hot, for the cost of a full reload.
    let reloads = {
        let served = serve(&["--no-hot"]);
        let page = open_modal(browser, served.port).await;
        let samples = script_edits(&page, &served.widget_dir, &mut misses).await;
        page.close().await.unwrap();
        samples
    };

    let served = serve(&[]);
    let (port, dir) = (served.port, served.widget_dir.clone());
    let page = open_modal(browser, port).await;
    let script = dir.join("script.js");
    let style = dir.join("style.css");
    let manifest = dir.join("manifest.json");
    let style0 = std::fs::read_to_string(&style).unwrap();
    let manifest0 = std::fs::read_to_string(&manifest).unwrap();
    let mut man = Vec::new();
    let js = script_edits(&page, &dir, &mut misses).await;
    if tracing() {
        let trace: String = page
            .evaluate("JSON.stringify({saved: window.__savedAt - performance.timeOrigin, marker: window.__bench.at - performance.timeOrigin, marks: performance.getEntriesByType('mark').slice(-5).map(m => [m.name, Math.round(m.startTime)]), res: performance.getEntriesByType('resource').slice(-6).map(e => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize])})")
            .await
            .unwrap()
            .into_value()
            .unwrap();
        println!("trace of the last swap: {trace}");
    }
    let css = css_edits(&page, &mut misses, |colour| {
        std::fs::write(
            &style,
            format!("{style0}\n.bench-probe {{ color: {colour}; }}\n"),
        )
        .unwrap()
    })
    .await;
    for i in 0..EDITS {
        let version = format!("1.0.{}", i + 100);
        let saved = now_ms();
        std::fs::write(
            &manifest,
            manifest0.replace(
                "\"version\": \"1.0.0\"",
                &format!("\"version\": \"{version}\""),
            ),
        )
        .unwrap();
        let at = landed(&page, &format!("JSON.parse(document.getElementById('amo-emu-boot').textContent).widget.version === '{version}' && document.querySelector('.modal.sample_widget[data-amo-emu-ready]') ? window.__readyAt : null")).await;
        record(&mut man, &mut misses, at, saved);
    }
    if misses > 0 {
        println!("amo-emu: {misses} edits never showed up in the page within 10 s");
    }
    // The server's part alone, with the page closed: save → message on the wire.
    page.close().await.unwrap();
    let sse = Subscriber::connect(port, "");
    let mut wire = Vec::new();
    for i in 0..EDITS {
        let (path, kind) = if i % 2 == 0 {
            (&script, "code")
        } else {
            (&style, "css")
        };
        let body = std::fs::read_to_string(path).unwrap();
        let saved = now_ms();
        std::fs::write(path, format!("{body}\n/* wire {i} */\n")).unwrap();
        wire.push(arrival_of(&sse, kind) - saved);
        std::thread::sleep(BETWEEN_EDITS);
    }
    drop(served);
    vec![
        ("script.js, in place".into(), js),
        ("script.js, full reload".into(), reloads),
        ("style.css, in place".into(), css),
        ("manifest.json, full reload".into(), man),
        ("server: save → SSE message".into(), wire),
    ]
}

/// When the next message of type `kind` arrived (ms since the epoch).
fn arrival_of(sse: &Subscriber, kind: &str) -> f64 {
    loop {
        let (message, at) = sse.next_timed();
        if message["type"] == kind {
            return ms_since_epoch(at);
        }
    }
}

async fn bench_vite(browser: &Browser, root: &Path) -> Result<Vec<(String, Vec<f64>)>, String> {
    let cache = root.join("target/bench-vite");
    let vite_bin = cache.join("node_modules/.bin/vite");
    if !vite_bin.exists() {
        std::fs::create_dir_all(&cache).map_err(|e| e.to_string())?;
        std::fs::write(cache.join("package.json"), "{\"private\": true}\n")
            .map_err(|e| e.to_string())?;
        let ok = Command::new("npm")
            .args([
                "install",
                "--silent",
                "--no-audit",
                "--no-fund",
                &format!("vite@{VITE_VERSION}"),
            ])
            .current_dir(&cache)
            .status()
            .map_err(|e| format!("npm: {e}"))?;
        if !ok.success() {
            return Err("npm install vite failed".into());
        }
    }
    let site = cache.join("site");
    std::fs::create_dir_all(&site).map_err(|e| e.to_string())?;
    std::fs::write(site.join("index.html"), "<!doctype html><html><body><div id=app>app</div><script type=module src=/main.js></script></body></html>\n").unwrap();
    let main0 = "import './style.css';\nimport './hot.js';\ndocument.documentElement.dataset.ready = '1';\n";
    std::fs::write(site.join("main.js"), main0).unwrap();
    // A module that accepts its own updates: Vite's HMR runs the new version
    // in place, the counterpart of amo-emu's swap. main.js accepts nothing,
    // so an edit there reloads the page.
    let hot0 = "if (import.meta.hot) import.meta.hot.accept();\n";
    std::fs::write(site.join("hot.js"), hot0).unwrap();
    std::fs::write(
        site.join("style.css"),
        "body { font-family: sans-serif; }\n",
    )
    .unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut vite: Child = Command::new(&vite_bin)
        .args([
            "--port",
            &port.to_string(),
            "--strictPort",
            "--host",
            "127.0.0.1",
        ])
        .current_dir(&site)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let mut out = BufReader::new(vite.stdout.take().unwrap());
    let start = Instant::now();
    let mut buf = String::new();
    while !buf.contains("Local") {
        let mut line = String::new();
        if out.read_line(&mut line).unwrap_or(0) == 0 || start.elapsed() > Duration::from_secs(30) {
            let _ = vite.kill();
            return Err("vite did not start".into());
        }
        buf.push_str(&line);
    }
    std::thread::spawn(move || {
        let mut sink = String::new();
        let _ = out.read_to_string(&mut sink);
    });

    let page = browser
        .new_page(format!("http://127.0.0.1:{port}/"))
        .await
        .map_err(|e| e.to_string())?;
    wait_ready(&page, "document.documentElement.dataset.ready === '1'").await;
    let (mut hot, mut js, mut misses) = (Vec::new(), Vec::new(), 0);
    for (file, body0, samples) in [("hot.js", hot0, &mut hot), ("main.js", main0, &mut js)] {
        for i in 0..EDITS {
            let saved = now_ms();
            std::fs::write(
                site.join(file),
                format!("{body0}window.__bench = {{i: {i}, at: Date.now()}};\n"),
            )
            .unwrap();
            let at = landed(
                &page,
                &format!("window.__bench && window.__bench.i === {i} ? window.__bench.at : null"),
            )
            .await;
            record(samples, &mut misses, at, saved);
        }
        let _ = page.evaluate("window.__bench = null").await;
    }
    wait_ready(&page, "document.documentElement.dataset.ready === '1'").await;
    let css = css_edits(&page, &mut misses, |colour| {
        std::fs::write(
            site.join("style.css"),
            format!("body {{ font-family: sans-serif; }}\n.bench-probe {{ color: {colour}; }}\n"),
        )
        .unwrap()
    })
    .await;
    if misses > 0 {
        println!("vite: {misses} edits never showed up in the page within 10 s");
    }
    let _ = vite.kill();
    let _ = vite.wait();
    Ok(vec![
        ("script.js, in place".into(), hot),
        ("script.js, full reload".into(), js),
        ("style.css, in place".into(), css),
    ])
}

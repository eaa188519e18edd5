//! Page-load benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench pageload` drives a real headless Chromium against the
//! release `amo-emu` serving a temp copy of `sample-widget`, installed, so
//! its callbacks run on a lead card and on its own page under Settings. For
//! each page kind it navigates a tab to the page N times, with the cache
//! warm (as a returning developer has it), plus one cold load after the
//! browser's cache is cleared, and measures from the navigation's start
//! (the page's time origin) to the start of the widget's first callback
//! (`render`), read from the runtime's trace bus (`runtime/core/trace.js`,
//! which buffers every event from page start) once the page is ready; and to
//! the page being ready (all the page's callbacks run, `data-amo-emu-ready`).
//! The marketplace runs no callback until a tile is clicked, so only its
//! "ready" is measured. Everything is measured twice: with the inspector
//! (the default) and with `serve --no-inspector`; with
//! `AMO_EMU_BENCH_BASELINE=<another amo-emu binary>`, for that build too.
//! The servers take turns load by load in the same tab, so a busy machine
//! slows each row alike.
//!
//! Where the time goes: `AMO_EMU_BENCH_TRACE=1` also prints, for a warm
//! load of each page, the resources it fetched (start and end on the page's
//! clock, bytes over the wire: 0 is the memory or disk cache) and the
//! runtime's marks; `AMO_EMU_BENCH_CHROME_TRACE=1` Chromium's trace of the
//! main thread, self time per event; `AMO_EMU_BENCH_PROFILE=1` the
//! JavaScript CPU profile per script and function. `AMO_EMU_BENCH_ONLY=card`
//! measures only the page kinds whose name contains it.

use std::time::{Duration, Instant};

use chromiumoxide::cdp::browser_protocol::network::ClearBrowserCacheParams;
use chromiumoxide::Page;
use common::browser::TestBrowser;
use common::TestServer;
use serde_json::json;

/// The test support, shared: the same server and browser the tests drive
/// (`cargo bench` builds the binary it starts with the release profile).
#[path = "../tests/common/mod.rs"]
mod common;

/// Warm navigations per page kind.
const LOADS: usize = 30;
const CODE: &str = "sample_widget";

fn tracing() -> bool {
    std::env::var_os("AMO_EMU_BENCH_TRACE").is_some()
}

/// One page kind: where it is, and the `data-amo-emu-ready` it reaches.
struct Kind {
    name: &'static str,
    path: String,
    ready: &'static str,
    /// Whether the widget's callbacks run on load.
    callbacks: bool,
}

/// What one load measured, in ms since the navigation started.
struct Load {
    first_callback: Option<f64>,
    ready: f64,
}

/// The page's timings once it is ready: the first `callback` event on the
/// trace bus (its start: the event is emitted when the call returns, `ms`
/// after it began) and when the ready marker was set (seen by a mutation
/// observer installed before any of the page's scripts).
const READ: &str = r#"(async () => {
  const css = document.querySelector('link[rel=stylesheet][href*="/amo-emu/assets-"]').href;
  const trace = await import(css.replace(/(\/amo-emu\/assets-[0-9a-f]+\/).*$/, '$1runtime/core/trace.js'));
  let first = null;
  const stop = trace.subscribe((e) => { if (first === null && e.kind === 'callback') first = e.at - (e.sync_ms || 0); });
  stop();
  return JSON.stringify({ first, ready: window.__readyAt });
})()"#;

const READY_HOOK: &str = "new MutationObserver(() => { if (document.documentElement && document.documentElement.dataset.amoEmuReady && !window.__readyAt) window.__readyAt = performance.now(); }).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-amo-emu-ready']});";

/// Where the last load spent its time (`AMO_EMU_BENCH_TRACE`).
const BREAKDOWN: &str = r#"JSON.stringify({
  nav: (() => { const n = performance.getEntriesByType('navigation')[0]; return { responseEnd: Math.round(n.responseEnd), domInteractive: Math.round(n.domInteractive), dcl: Math.round(n.domContentLoadedEventEnd), load: Math.round(n.loadEventEnd) }; })(),
  marks: performance.getEntriesByType('mark').map(m => [m.name, Math.round(m.startTime)]),
  resources: performance.getEntriesByType('resource').map(e => [e.name.replace(location.origin, '').replace(/\/amo-emu\/assets-[0-9a-f]+\//, '~/'), Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize]),
})"#;

async fn wait_ready(page: &Page, ready: &str) {
    let js = format!(
        "document.documentElement.dataset.amoEmuReady === '{ready}' && window.__readyAt !== undefined"
    );
    let start = Instant::now();
    loop {
        let done = page
            .evaluate(js.as_str())
            .await
            .ok()
            .and_then(|v| v.into_value::<bool>().ok())
            .unwrap_or(false);
        if done {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {ready}"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

async fn load(page: &Page, url: &str, kind: &Kind) -> Load {
    page.goto(url).await.expect("navigate");
    wait_ready(page, kind.ready).await;
    let text: String = page
        .evaluate(READ)
        .await
        .expect("read the timings")
        .into_value()
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    Load {
        first_callback: v["first"].as_f64(),
        ready: v["ready"].as_f64().expect("ready time"),
    }
}

/// One row's figures: the cold load, then LOADS warm ones.
struct Row {
    cold: Load,
    warm: Vec<Load>,
}

/// `kind` on each of `servers`, in one tab, taking turns load by load, so
/// a busy machine slows them alike: a cold load on each (the browser's
/// cache cleared first), then LOADS rounds of warm ones.
async fn measure(browser: &TestBrowser, servers: &[&TestServer], kind: &Kind) -> Vec<Row> {
    let page = browser.browser.new_page("about:blank").await.unwrap();
    page.evaluate_on_new_document(READY_HOOK).await.unwrap();
    let urls: Vec<String> = servers.iter().map(|s| s.url(&kind.path)).collect();
    let mut rows = Vec::new();
    for url in &urls {
        page.execute(ClearBrowserCacheParams::default())
            .await
            .unwrap();
        let cold = load(&page, url, kind).await;
        // Its cache filled again before the next one's cold load.
        load(&page, url, kind).await;
        rows.push(Row {
            cold,
            warm: Vec::new(),
        });
    }
    for _ in 0..LOADS {
        for (url, row) in urls.iter().zip(&mut rows) {
            row.warm.push(load(&page, url, kind).await);
        }
    }
    for url in &urls {
        if profiling() {
            profile(&page, url, kind).await;
        }
        if std::env::var_os("AMO_EMU_BENCH_CHROME_TRACE").is_some() {
            chrome_trace(&page, url, kind).await;
        }
        if tracing() {
            load(&page, url, kind).await;
            let text: String = page
                .evaluate(BREAKDOWN)
                .await
                .unwrap()
                .into_value()
                .unwrap();
            println!("trace of a warm load of {} from {url}: {text}", kind.name);
        }
    }
    page.close().await.unwrap();
    if kind.callbacks {
        assert!(
            rows.iter()
                .all(|r| r.warm.iter().all(|l| l.first_callback.is_some())),
            "{}: a load ran no callback",
            kind.name
        );
    }
    rows
}

fn profiling() -> bool {
    std::env::var_os("AMO_EMU_BENCH_PROFILE").is_some()
}

/// `AMO_EMU_BENCH_PROFILE=1`: the JavaScript CPU profile of 10 warm loads,
/// self time summed per script (ms per load), "(program)" being the
/// browser's own work (parsing, style, layout) and "(idle)" waiting.
async fn profile(page: &Page, url: &str, kind: &Kind) {
    use chromiumoxide::cdp::js_protocol::profiler::{
        EnableParams, SetSamplingIntervalParams, StartParams, StopParams,
    };
    const RUNS: usize = 10;
    page.execute(EnableParams::default()).await.unwrap();
    page.execute(SetSamplingIntervalParams::new(100))
        .await
        .unwrap();
    let mut per_url: std::collections::HashMap<String, f64> = Default::default();
    let mut per_fn: std::collections::HashMap<String, f64> = Default::default();
    for _ in 0..RUNS {
        page.execute(StartParams::default()).await.unwrap();
        load(page, url, kind).await;
        let prof = page
            .execute(StopParams::default())
            .await
            .unwrap()
            .result
            .profile;
        let by_id: std::collections::HashMap<
            i64,
            &chromiumoxide::cdp::js_protocol::profiler::ProfileNode,
        > = prof.nodes.iter().map(|n| (n.id, n)).collect();
        let samples = prof.samples.clone().unwrap_or_default();
        let deltas = prof.time_deltas.clone().unwrap_or_default();
        for (i, id) in samples.iter().enumerate() {
            let dt = deltas.get(i + 1).copied().unwrap_or(0) as f64 / 1000.0;
            let node = by_id[id];
            let cf = &node.call_frame;
            let file = cf
                .url
                .rsplit('/')
                .next()
                .filter(|f| !f.is_empty())
                .unwrap_or(&cf.function_name)
                .to_string();
            *per_url.entry(file.clone()).or_default() += dt / RUNS as f64;
            *per_fn
                .entry(format!("{file} {}:{}", cf.function_name, cf.line_number))
                .or_default() += dt / RUNS as f64;
        }
    }
    for (title, map) in [("script", &per_url), ("function", &per_fn)] {
        let mut rows: Vec<_> = map.iter().collect();
        rows.sort_by(|a, b| b.1.partial_cmp(a.1).unwrap());
        println!("profile of {} by {title} (ms per load):", kind.name);
        for (name, ms) in rows.iter().take(25) {
            println!("  {ms:>7.2}  {name}");
        }
    }
}

/// `AMO_EMU_BENCH_CHROME_TRACE=1`: Chromium's own trace of 5 warm loads,
/// self time per event name on the renderer's main thread (ms per load),
/// from the navigation request to the page being ready.
async fn chrome_trace(page: &Page, url: &str, kind: &Kind) {
    use chromiumoxide::cdp::browser_protocol::tracing::{
        EndParams, EventDataCollected, EventTracingComplete, StartParams, TraceConfig,
    };
    use futures_util::StreamExt;
    const RUNS: usize = 5;
    let mut data = page.event_listener::<EventDataCollected>().await.unwrap();
    let mut done = page.event_listener::<EventTracingComplete>().await.unwrap();
    let config = TraceConfig {
        included_categories: Some(
            [
                "devtools.timeline",
                "v8.execute",
                "blink",
                "loading",
                "disabled-by-default-devtools.timeline",
                "v8",
                "disabled-by-default-v8.compile",
                "blink.resource",
                "toplevel",
                "mojom",
            ]
            .map(String::from)
            .to_vec(),
        ),
        ..Default::default()
    };
    let params = StartParams {
        trace_config: Some(config),
        ..Default::default()
    };
    page.execute(params).await.unwrap();
    for _ in 0..RUNS {
        load(page, url, kind).await;
    }
    page.execute(EndParams::default()).await.unwrap();
    let mut events: Vec<serde_json::Value> = Vec::new();
    loop {
        tokio::select! {
            Some(batch) = data.next() => events.extend(batch.value.iter().cloned()),
            Some(_) = done.next() => break,
        }
    }
    while let Ok(Some(batch)) = tokio::time::timeout(Duration::from_millis(200), data.next()).await
    {
        events.extend(batch.value.iter().cloned());
    }
    // The renderer main thread(s): named CrRendererMain in the metadata.
    let mains: std::collections::HashSet<(i64, i64)> = events
        .iter()
        .filter(|e| e["name"] == "thread_name" && e["args"]["name"] == "CrRendererMain")
        .map(|e| (e["pid"].as_i64().unwrap(), e["tid"].as_i64().unwrap()))
        .collect();
    let mut xs: Vec<(f64, f64, String)> = events
        .iter()
        .filter(|e| e["ph"] == "X")
        .filter(|e| {
            mains.contains(&(
                e["pid"].as_i64().unwrap_or(0),
                e["tid"].as_i64().unwrap_or(0),
            ))
        })
        .map(|e| {
            (
                e["ts"].as_f64().unwrap_or(0.0),
                e["dur"].as_f64().unwrap_or(0.0),
                e["name"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    xs.sort_by(|a, b| {
        a.0.partial_cmp(&b.0)
            .unwrap()
            .then(b.1.partial_cmp(&a.1).unwrap())
    });
    // Self time: each event's duration minus its children's.
    let mut selfs: std::collections::HashMap<String, f64> = Default::default();
    let mut stack: Vec<(f64, String)> = Vec::new(); // (end, name)
    for (ts, dur, name) in &xs {
        while stack.last().is_some_and(|top| top.0 <= *ts) {
            stack.pop();
        }
        if let Some(parent) = stack.last() {
            *selfs.entry(parent.1.clone()).or_default() -= dur;
        }
        *selfs.entry(name.clone()).or_default() += dur;
        stack.push((ts + dur, name.clone()));
    }
    let mut rows: Vec<_> = selfs.into_iter().collect();
    rows.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap());
    println!(
        "chrome trace of {}: main-thread self time by event (ms per load):",
        kind.name
    );
    for (name, us) in rows.iter().take(30) {
        println!("  {:>7.2}  {name}", us / 1000.0 / RUNS as f64);
    }
}

fn pct(samples: &[f64], p: usize) -> f64 {
    let mut s = samples.to_vec();
    s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    s[((s.len() - 1) * p / 100).min(s.len() - 1)]
}

fn served(exe: &std::path::Path, flags: &[&str]) -> TestServer {
    let server = TestServer::start_binary(exe, "sample-widget", flags, |_| {});
    server.install(CODE, json!({"api_key": "bench-key"}));
    server
}

#[tokio::main]
async fn main() {
    let Some(browser) = TestBrowser::launch("the page-load benchmark").await else {
        return;
    };
    // `AMO_EMU_BENCH_BASELINE=<path to another amo-emu build>`: the same
    // rows for that build too, measured in turn with this one.
    let mut builds = vec![("", common::built_binary())];
    if let Some(path) = std::env::var_os("AMO_EMU_BENCH_BASELINE") {
        builds.insert(0, ("baseline ", std::path::PathBuf::from(path)));
    }
    let lead = {
        let server = served(&builds[0].1, &[]);
        let leads: serde_json::Value = common::off_runtime(|| {
            server
                .http()
                .get(server.url("/api/v4/leads?limit=1"))
                .send()
                .unwrap()
                .json()
                .unwrap()
        });
        leads["_embedded"]["leads"][0]["id"]
            .as_u64()
            .expect("a lead in the fixture")
    };
    let kinds = [
        Kind {
            name: "lead card",
            path: format!("/leads/detail/{lead}"),
            ready: "crm",
            callbacks: true,
        },
        Kind {
            name: "widget's own page",
            path: format!("/settings/widgets/{CODE}/"),
            ready: "advanced-settings",
            callbacks: true,
        },
        Kind {
            name: "marketplace",
            path: "/settings/widgets/".into(),
            ready: "marketplace",
            callbacks: false,
        },
    ];
    let mut servers = Vec::new();
    for (setup, flags) in [
        ("with inspector", &[][..]),
        ("--no-inspector", &["--no-inspector"][..]),
    ] {
        for (label, exe) in &builds {
            servers.push((format!("{label}{{}}, {setup}"), served(exe, flags)));
        }
    }
    // `AMO_EMU_BENCH_ONLY=card`: only the page kinds whose name has it.
    let only = std::env::var("AMO_EMU_BENCH_ONLY").unwrap_or_default();
    let mut rows = Vec::new();
    for kind in kinds.iter().filter(|k| k.name.contains(only.as_str())) {
        let each: Vec<&TestServer> = servers.iter().map(|(_, s)| s).collect();
        let measured = measure(&browser, &each, kind).await;
        for ((name, _), row) in servers.iter().zip(measured) {
            rows.push((name.replace("{}", kind.name), kind.callbacks, row));
        }
    }

    println!(
        "\nnavigation → the widget's first callback (render) / → page ready, ms; {LOADS} warm loads each, and one cold:"
    );
    println!(
        "  {:<47} {:>7} {:>7} {:>7} | {:>7} {:>7} {:>7}",
        "", "cb p50", "cb p90", "cb cold", "rdy p50", "rdy p90", "rdy cld"
    );
    for (name, callbacks, row) in &rows {
        let ready: Vec<f64> = row.warm.iter().map(|l| l.ready).collect();
        let cb: Vec<f64> = row.warm.iter().filter_map(|l| l.first_callback).collect();
        let first = if *callbacks && !cb.is_empty() {
            format!(
                "{:>7.1} {:>7.1} {:>7}",
                pct(&cb, 50),
                pct(&cb, 90),
                row.cold
                    .first_callback
                    .map_or("—".into(), |c| format!("{c:.1}"))
            )
        } else {
            format!("{:>7} {:>7} {:>7}", "—", "—", "—")
        };
        println!(
            "  {name:<47} {first} | {:>7.1} {:>7.1} {:>7.1}",
            pct(&ready, 50),
            pct(&ready, 90),
            row.cold.ready
        );
    }
    browser.close().await;
}

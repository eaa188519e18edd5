//! Account write benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench writes` serves `sample-widget` with the release
//! binary, opens the leads list in headless Chromium (a tab that redraws
//! after every write, as a developer's open page does), and creates 1 000
//! leads through `POST /api/v4/leads` in batches of 50 while another thread
//! reads `GET /api/v4/leads` pages as fast as it can. It prints the write
//! throughput, the batch latency and the read latency measured while the
//! writes were being made durable. Without Chromium the tab is left out
//! (and the output says so).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[path = "../tests/common/mod.rs"]
mod common;

use common::browser::{eval, wait_for, TestBrowser};
use common::TestServer;
use serde_json::{json, Value};

const LEADS: usize = 1_000;
const BATCH: usize = 50;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = Arc::new(TestServer::start("sample-widget"));
    let browser = TestBrowser::launch("bench writes").await;
    let tab = match &browser {
        Some(b) => {
            let page = b.open(&server.url("/leads/list/")).await;
            wait_for(&page, "document.documentElement.dataset.amoEmuReady === 'crm' && Number(document.documentElement.dataset.amoEmuMessages || 0) >= 1", "the list").await;
            Some(page)
        }
        None => None,
    };

    let writing = Arc::new(AtomicBool::new(true));
    let reader = {
        let (server, writing) = (server.clone(), writing.clone());
        std::thread::spawn(move || {
            let http = server.http();
            let mut latencies = Vec::new();
            let mut page = 1;
            while writing.load(Ordering::Relaxed) {
                let start = Instant::now();
                let res = http
                    .get(server.url(&format!("/api/v4/leads?limit=50&page={page}")))
                    .send()
                    .expect("read");
                let ok = res.status().is_success();
                let _ = res.bytes();
                latencies.push(start.elapsed());
                assert!(ok, "a read failed");
                page = page % 5 + 1;
            }
            latencies
        })
    };

    let writes = {
        let server = server.clone();
        tokio::task::spawn_blocking(move || {
            let http = server.http();
            let mut batches = Vec::new();
            let started = Instant::now();
            for b in 0..LEADS / BATCH {
                let items: Vec<Value> = (0..BATCH)
                    .map(|i| json!({"name": format!("Bench lead {b}-{i}"), "price": i * 100, "request_id": format!("{b}-{i}")}))
                    .collect();
                let start = Instant::now();
                let res = http
                    .post(server.url("/api/v4/leads"))
                    .header("Content-Type", "application/json")
                    .body(Value::Array(items).to_string())
                    .send()
                    .expect("write");
                assert!(res.status().is_success(), "a batch failed: {}", res.status());
                let _ = res.bytes();
                batches.push(start.elapsed());
            }
            (started.elapsed(), batches)
        })
        .await
        .unwrap()
    };
    writing.store(false, Ordering::Relaxed);
    let mut reads = reader.join().unwrap();
    let (total, mut batches) = writes;
    batches.sort();
    reads.sort();

    let redraws = match &tab {
        Some(page) => {
            // The tab catches up with the last write.
            wait_for(page, "document.querySelectorAll('#list_table tr[data-id]').length > 0 && Number(document.documentElement.dataset.amoEmuRedrawn || 0) >= 1", "the redraws").await;
            let n: String = eval(
                page,
                "document.documentElement.dataset.amoEmuRedrawn || '0'",
            )
            .await;
            format!("{n} redraws of the open leads list")
        }
        None => "no browser: no open tab".to_owned(),
    };
    println!(
        "writes: {LEADS} leads in {} batches of {BATCH} in {:.2} s = {:.0} leads/s; batch p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms ({redraws})",
        LEADS / BATCH,
        total.as_secs_f64(),
        LEADS as f64 / total.as_secs_f64(),
        ms(percentile(&batches, 0.5)),
        ms(percentile(&batches, 0.95)),
        ms(*batches.last().unwrap()),
    );
    println!(
        "reads: {} pages of 50 leads during the writes; p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        reads.len(),
        ms(percentile(&reads, 0.5)),
        ms(percentile(&reads, 0.95)),
        ms(*reads.last().unwrap()),
    );
    if let Some(b) = browser {
        b.close().await;
    }
}

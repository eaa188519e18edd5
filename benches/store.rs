//! Account store benchmark (not a test: it prints numbers).
//!
//! `cargo bench --bench store` opens a store in a temp folder, then one
//! thread makes `WRITES` durable writes (each a copy of the account, one
//! lead renamed, written and fsync'd) while another reads snapshots as fast
//! as it can. It prints the write rate and the read latency percentiles
//! measured *while writes were being made durable*: reads take the current
//! `Arc` and must not wait for a write's fsync (tens of milliseconds on
//! slow disks), so their p99 stays in microseconds.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use amo_emu::account::{Store, StoreError};

const WRITES: usize = 200;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    let dir = tempfile::tempdir().expect("temp folder");
    let (store, _) = Store::open(dir.path());
    let store = Arc::new(store);
    let writing = Arc::new(AtomicBool::new(true));

    let reader = {
        let (store, writing) = (store.clone(), writing.clone());
        std::thread::spawn(move || {
            let mut latencies = Vec::new();
            while writing.load(Ordering::Relaxed) {
                let start = Instant::now();
                let snapshot = store.snapshot();
                latencies.push(start.elapsed());
                std::hint::black_box(snapshot.entities.leads.len());
            }
            latencies
        })
    };

    let start = Instant::now();
    let mut write_times = Vec::with_capacity(WRITES);
    for i in 0..WRITES {
        let one = Instant::now();
        store
            .update(|s| {
                s.entities.leads[0].name = format!("renamed {i}");
                Ok::<_, StoreError>(())
            })
            .expect("write");
        write_times.push(one.elapsed());
    }
    let elapsed = start.elapsed();
    writing.store(false, Ordering::Relaxed);
    let mut reads = reader.join().expect("reader");
    reads.sort();
    write_times.sort();

    println!(
        "store: {WRITES} durable writes in {:.2} s ({:.0} writes/s); write p50 {:.2} ms, p95 {:.2} ms",
        elapsed.as_secs_f64(),
        WRITES as f64 / elapsed.as_secs_f64(),
        percentile(&write_times, 0.5).as_secs_f64() * 1e3,
        percentile(&write_times, 0.95).as_secs_f64() * 1e3,
    );
    println!(
        "store: {} reads during the writes; read p50 {:.2} µs, p99 {:.2} µs, max {:.0} µs",
        reads.len(),
        percentile(&reads, 0.5).as_secs_f64() * 1e6,
        percentile(&reads, 0.99).as_secs_f64() * 1e6,
        reads.last().unwrap().as_secs_f64() * 1e6,
    );
}

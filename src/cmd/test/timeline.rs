//! What the runtime's timeline (`window.__amoEmuTrace()`, the trace bus)
//! says about a page: failed and unsettled callbacks, rule violations,
//! errors that escaped the widget; notices and failed requests to other
//! hosts as warnings. Computed in the page, read once the widget's
//! Promises settled.

use std::time::{Duration, Instant};

use chromiumoxide::Page;
use serde::Deserialize;

use super::page::{eval, WAIT};

/// What the timeline says about a page (computed in the page by [`VERDICT`]).
#[derive(Debug, Default, Deserialize)]
pub struct Verdict {
    pub failures: Vec<String>,
    pub warnings: Vec<String>,
    /// Callbacks whose Promise has not settled.
    pub pending: Vec<String>,
    /// How many callbacks ran.
    pub ran: usize,
}

/// The timeline read in the page: failed and unsettled callbacks, rule
/// violations, errors that escaped the widget; notices and failed requests
/// to other hosts as warnings.
const VERDICT: &str = r#"(() => {
  if (typeof window.__amoEmuTrace !== 'function') return { failures: ["the page did not start amo-emu's runtime"], warnings: [], pending: [], ran: 0 };
  const trace = window.__amoEmuTrace();
  const calls = new Map();
  for (const e of trace) if (e.kind === 'callback') calls.set(e.call, e);
  const failures = [], warnings = [], pending = [];
  for (const e of calls.values()) {
    if (e.result === 'threw') failures.push(`callback ${e.name} threw ${e.error}`);
    else if (e.result === 'rejected') failures.push(`callback ${e.name} rejected its Promise: ${e.error}`);
    else if (e.result === 'pending') pending.push(e.name);
  }
  const errors = new Set();
  for (const e of trace) {
    if (e.kind === 'violation') failures.push(`inspector rule ${e.rule}: ${e.text}`);
    if (e.kind === 'error') { failures.push(e.text); errors.add(e.text); }
  }
  for (const e of trace) {
    if (e.kind === 'notice' && !errors.has(e.text) && !/^Widget callback /.test(e.text)) warnings.push(e.text);
    if (e.kind === 'request' && !e.status && e.outcome) warnings.push(`request ${e.method} ${e.url} failed: ${e.outcome}`);
  }
  return { failures: [...new Set(failures)], warnings: [...new Set(warnings)], pending, ran: calls.size };
})()"#;

/// Waits for the widget's Promises to settle (up to [`WAIT`]) and reads the
/// timeline.
pub async fn settle(page: &Page) -> Verdict {
    let started = Instant::now();
    loop {
        let verdict: Verdict = eval(page, VERDICT, "the timeline")
            .await
            .unwrap_or_default();
        if verdict.pending.is_empty() || started.elapsed() > WAIT {
            return verdict;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

//! Sending account webhooks: after a write is durable, each subscriber
//! whose settings match gets one POST of amoCRM's form body
//! (`account::webhooks::body`) from the server, as amoCRM sends it, with
//! amoCRM's 2-second bound. Sending never blocks or undoes the write: it
//! runs on its own task, and every delivery and its outcome is printed to
//! the terminal and kept (the newest [`KEPT`]) for the inspector, which
//! can send one again.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

use actix_web::web;
use serde::Serialize;
use serde_json::Value;

use super::outgoing::{self, Report};
use super::state::AppState;
use crate::account::store::now;
use crate::account::webhooks::{self, Happened, EVENT_NAMES};
use crate::live_reload::Message;

/// amoCRM waits 2 s for a subscriber's answer (docs/api-v4-writes.md §9.3).
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// How many deliveries the inspector can list.
const KEPT: usize = 200;
const FORM: &str = "application/x-www-form-urlencoded";

/// One POST to one subscriber.
#[derive(Debug, Clone, Serialize)]
pub struct Delivery {
    pub id: u64,
    /// Unix seconds when it was sent.
    pub at: u64,
    pub destination: String,
    /// The settings it carries (`status_lead` …).
    pub events: Vec<String>,
    /// The form body as sent.
    pub body: String,
    /// `None` while in flight.
    pub report: Option<Report>,
}

#[derive(Default)]
pub struct Deliveries {
    log: Mutex<(u64, VecDeque<Delivery>)>,
}

impl Deliveries {
    /// The kept deliveries, newest first.
    pub fn list(&self) -> Vec<Delivery> {
        let log = self.lock();
        log.1.iter().rev().cloned().collect()
    }

    pub fn get(&self, id: u64) -> Option<Delivery> {
        self.lock().1.iter().find(|d| d.id == id).cloned()
    }

    fn start(&self, destination: &str, events: Vec<String>, body: String) -> u64 {
        let mut log = self.lock();
        log.0 += 1;
        let id = log.0;
        log.1.push_back(Delivery {
            id,
            at: now(),
            destination: destination.to_owned(),
            events,
            body,
            report: None,
        });
        while log.1.len() > KEPT {
            log.1.pop_front();
        }
        id
    }

    fn finish(&self, id: u64, report: Report) {
        if let Some(d) = self.lock().1.iter_mut().find(|d| d.id == id) {
            d.report = Some(report);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (u64, VecDeque<Delivery>)> {
        self.log.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Sends what `happened` to every subscriber that asked for it. Returns at
/// once; the sending runs on its own tasks.
pub fn dispatch(state: &web::Data<AppState>, happened: &[Happened]) {
    if happened.is_empty() {
        return;
    }
    let snapshot = state.store.snapshot();
    let all: Vec<String> = EVENT_NAMES.iter().map(|s| (*s).to_owned()).collect();
    let subscribers = snapshot
        .webhooks
        .iter()
        .filter(|w| !w.disabled)
        .map(|w| (w.destination.clone(), w.settings.clone()))
        .chain(
            state
                .config
                .webhooks
                .iter()
                .map(|url| (url.clone(), all.clone())),
        );
    for (destination, settings) in subscribers {
        let Some(pairs) = webhooks::body(&settings, happened, &snapshot.entities, &state.account)
        else {
            continue;
        };
        let mut events: Vec<String> = happened
            .iter()
            .map(Happened::setting)
            .filter(|s| settings.contains(s))
            .collect();
        events.dedup();
        let body = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        send(state, destination, events, body);
    }
}

/// Sends delivery `id` again (the inspector's "Send again").
pub fn resend(state: &web::Data<AppState>, id: u64) -> Option<u64> {
    let d = state.deliveries.get(id)?;
    Some(send(state, d.destination, d.events, d.body))
}

fn send(
    state: &web::Data<AppState>,
    destination: String,
    events: Vec<String>,
    body: String,
) -> u64 {
    let id = state
        .deliveries
        .start(&destination, events.clone(), body.clone());
    let state = state.clone();
    tokio::spawn(async move {
        let report = outgoing::post(
            "account webhook",
            &destination,
            FORM,
            body.clone(),
            Value::String(body),
            TIMEOUT,
        )
        .await;
        let line = format!(
            "[webhook] {} → {destination}: {}",
            events.join(", "),
            report.summary()
        );
        if report.ok {
            tracing::info!("{line}");
        } else {
            tracing::warn!("{line}");
        }
        let delivery = serde_json::json!({
            "id": id,
            "destination": destination,
            "events": events,
            "ok": report.ok,
            "outcome": report.outcome,
            "status": report.status,
            "elapsed_ms": report.elapsed_ms,
            "error": report.error,
        });
        state.deliveries.finish(id, report);
        state.live.publish(Message::Webhook { delivery });
    });
    id
}

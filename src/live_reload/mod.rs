//! The live-reload channel to the browser: typed messages over Server-Sent
//! Events at [`EVENTS_PATH`].
//!
//! Two kinds of information travel: *events* (reload now, swap this
//! stylesheet) that only matter to tabs connected when they happen, and the
//! *status* (the widget loads, or these diagnostics) that a tab opened later
//! must see at once. Events go through a broadcast channel. The status sits
//! in a `tokio::sync::watch`, as trunk keeps its build state: each
//! subscription holds its own receiver, whose current value is the `hello`
//! (with the server instance id: a tab that reconnects to a restarted server
//! sees a new id and reloads) and whose every later change becomes an
//! `error` message. Reading the value and hearing of changes are one
//! operation on one channel, so no change made while a tab connects can fall
//! between the two.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use tokio::sync::{broadcast, watch};

use crate::widget::DiagnosticView;

/// Where browsers subscribe.
pub const EVENTS_PATH: &str = "/amo-emu/events";
/// At most this many tabs are connected at once; more get 503.
pub const MAX_SUBSCRIBERS: usize = 64;
/// A comment line every so often keeps proxies and the browser from timing
/// the stream out and lets the server notice closed tabs.
pub const KEEPALIVE: Duration = Duration::from_secs(15);
/// How soon a tab retries after losing the stream (the browser's default is
/// about 3 s): a restarted `amo-emu` is found again almost at once.
pub const RETRY: Duration = Duration::from_millis(250);

/// One message to the browser, serialised as `{"type": …, …}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Message {
    /// First message on every connection: who the server is and the
    /// current status, so a late tab shows a current error at once.
    Hello { instance: String, status: Status },
    /// Reload the page (the place is restored by the client).
    Reload { paths: Vec<String> },
    /// The widget's code changed (scripts, templates, other files it may
    /// load; stylesheets and images may come along): swap it in place, as
    /// docs/platform.md §12.7 describes. The client falls back to a reload when the page
    /// cannot swap.
    Code { paths: Vec<String> },
    /// Swap these stylesheets in place (paths relative to the widget folder).
    Css { paths: Vec<String> },
    /// Refresh these images in place.
    Images { paths: Vec<String> },
    /// The widget folder no longer loads (or fails differently): show an
    /// overlay. Sent by each subscription when the status becomes an error;
    /// recovering is told by the `reload` that follows the fix.
    Error { diagnostics: Vec<DiagnosticView> },
    /// The account's records changed (whoever changed them): open pages
    /// that show them redraw, the inspector lists the change.
    Account { changes: Vec<AccountChange> },
    /// An account webhook was sent and this is what happened (the
    /// inspector's timeline, with a way to send it again).
    Webhook { delivery: serde_json::Value },
    /// Something happened between the integration's backend and the
    /// account: a code sent, tokens issued, a request refused, the disable
    /// hook called (the inspector's timeline; the settings modal shows a
    /// code's delivery).
    Integration { event: serde_json::Value },
}

/// One changed record, as pages and the inspector hear of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountChange {
    /// `leads`, `contacts`, `companies`, `tasks`.
    pub entity: &'static str,
    pub id: u64,
    /// The webhook setting it would trigger (`status_lead`, `note_lead` …).
    pub event: String,
}

/// Whether the widget folder currently loads.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "state", rename_all = "lowercase")]
pub enum Status {
    Ok,
    Error { diagnostics: Vec<DiagnosticView> },
}

/// How a change to the widget's code reaches an open tab (`--no-hot`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeUpdates {
    /// Swap the widget's modules in place (the default).
    SwapInPlace,
    /// Reload the whole page.
    ReloadPage,
}

impl Message {
    /// The SSE frame for this message.
    pub fn frame(&self) -> String {
        format!(
            "data: {}\n\n",
            serde_json::to_string(self).expect("messages serialise")
        )
    }
}

/// The publishing side, owned by the server state.
pub struct LiveReload {
    instance: String,
    events: broadcast::Sender<Message>,
    status: watch::Sender<Status>,
    subscribers: Arc<AtomicUsize>,
}

impl Default for LiveReload {
    fn default() -> Self {
        Self::new()
    }
}

impl LiveReload {
    pub fn new() -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        LiveReload {
            instance: format!("{:x}-{:x}", std::process::id(), nanos),
            events: broadcast::channel(64).0,
            status: watch::channel(Status::Ok).0,
            subscribers: Arc::new(AtomicUsize::new(0)),
        }
    }

    pub fn instance(&self) -> &str {
        &self.instance
    }

    /// Sends an event to every connected tab.
    pub fn publish(&self, message: Message) {
        tracing::debug!("live reload: {message:?}");
        let _ = self.events.send(message);
    }

    /// Records the current status; returns whether it changed. Every tab
    /// hears of a change to an error on its own subscription.
    pub fn set_status(&self, status: Status) -> bool {
        self.status.send_if_modified(|current| {
            let changed = *current != status;
            *current = status;
            changed
        })
    }

    pub fn status(&self) -> Status {
        self.status.borrow().clone()
    }

    /// A new subscription, or `None` when too many tabs are connected.
    pub fn subscribe(&self) -> Option<Subscription> {
        let previous = self.subscribers.fetch_add(1, Ordering::SeqCst);
        if previous >= MAX_SUBSCRIBERS {
            self.subscribers.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        // Events first: one published while this runs is then received
        // (at worst after a hello that already reflects it), never lost.
        let events = self.events.subscribe();
        let mut status = self.status.subscribe();
        let current = status.borrow_and_update().clone();
        Some(Subscription {
            hello: Some(Message::Hello {
                instance: self.instance.clone(),
                status: current,
            }),
            events,
            status,
            count: self.subscribers.clone(),
        })
    }

    pub fn subscribers(&self) -> usize {
        self.subscribers.load(Ordering::SeqCst)
    }
}

/// One connected tab: the hello, then the events and status changes as
/// they come.
pub struct Subscription {
    hello: Option<Message>,
    events: broadcast::Receiver<Message>,
    /// Marked seen at the value the hello carried.
    status: watch::Receiver<Status>,
    count: Arc<AtomicUsize>,
}

impl Subscription {
    /// The next frame to send: a message, or a keep-alive comment. `None`
    /// when the server is shutting down.
    pub async fn next_frame(&mut self) -> Option<String> {
        if let Some(hello) = self.hello.take() {
            return Some(format!("retry: {}\n{}", RETRY.as_millis(), hello.frame()));
        }
        loop {
            tokio::select! {
                changed = self.status.changed() => {
                    changed.ok()?;
                    let status = self.status.borrow_and_update().clone();
                    // Recovering is told by the reload the fix publishes.
                    if let Status::Error { diagnostics } = status {
                        return Some(Message::Error { diagnostics }.frame());
                    }
                }
                received = self.events.recv() => return match received {
                    Ok(message) => Some(message.frame()),
                    // A tab that fell behind missed events: a reload is the safe catch-up.
                    Err(broadcast::error::RecvError::Lagged(_)) => Some(Message::Reload { paths: Vec::new() }.frame()),
                    Err(broadcast::error::RecvError::Closed) => None,
                },
                () = tokio::time::sleep(KEEPALIVE) => return Some(": keep-alive\n\n".to_owned()),
            }
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.count.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests;

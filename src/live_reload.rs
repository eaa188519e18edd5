//! The live-reload channel to the browser: typed messages over Server-Sent
//! Events at [`EVENTS_PATH`].
//!
//! Two kinds of information travel: *events* (reload now, swap this
//! stylesheet) that only matter to tabs connected when they happen, and the
//! *status* (the widget loads, or these diagnostics) that a tab opened later
//! must see at once. Events go through a broadcast channel; the status sits
//! in a `tokio::sync::watch` and is replayed in the `hello` every new
//! subscriber gets, together with the server instance id (a tab that
//! reconnects to a restarted server sees a new id and reloads).

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
    /// spec §12.7 describes. The client falls back to a reload when the page
    /// cannot swap.
    Code { paths: Vec<String> },
    /// Swap these stylesheets in place (paths relative to the widget folder).
    Css { paths: Vec<String> },
    /// Refresh these images in place.
    Images { paths: Vec<String> },
    /// The widget folder no longer loads: show an overlay.
    Error { diagnostics: Vec<DiagnosticView> },
    /// The widget loads again: remove the overlay.
    Ok,
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
    Swap,
    /// Reload the whole page.
    Reload,
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

    /// Records the current status; returns whether it changed.
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
        Some(Subscription {
            hello: Some(Message::Hello {
                instance: self.instance.clone(),
                status: self.status(),
            }),
            events: self.events.subscribe(),
            count: self.subscribers.clone(),
        })
    }

    pub fn subscribers(&self) -> usize {
        self.subscribers.load(Ordering::SeqCst)
    }
}

/// One connected tab: the hello, then the events as they come.
pub struct Subscription {
    hello: Option<Message>,
    events: broadcast::Receiver<Message>,
    count: Arc<AtomicUsize>,
}

impl Subscription {
    /// The next frame to send: a message, or a keep-alive comment. `None`
    /// when the server is shutting down.
    pub async fn next_frame(&mut self) -> Option<String> {
        if let Some(hello) = self.hello.take() {
            return Some(format!("retry: {}\n{}", RETRY.as_millis(), hello.frame()));
        }
        tokio::select! {
            received = self.events.recv() => match received {
                Ok(message) => Some(message.frame()),
                // A tab that fell behind missed events: a reload is the safe catch-up.
                Err(broadcast::error::RecvError::Lagged(_)) => Some(Message::Reload { paths: Vec::new() }.frame()),
                Err(broadcast::error::RecvError::Closed) => None,
            },
            () = tokio::time::sleep(KEEPALIVE) => Some(": keep-alive\n\n".to_owned()),
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.count.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diag() -> DiagnosticView {
        DiagnosticView {
            severity: "error",
            location: "w/manifest.json:7:5".into(),
            message: "expected `,` or `}`".into(),
            json_path: None,
            hint: Some("fix the JSON syntax".into()),
            text: "w/manifest.json:7:5: error: expected `,` or `}`".into(),
        }
    }

    /// The browser runtime (assets/runtime/live/client.js) parses exactly
    /// these shapes; a change here must change it too.
    #[test]
    fn wire_format_is_stable() {
        let cases = [
            (
                Message::Reload {
                    paths: vec!["script.js".into()],
                },
                r#"{"type":"reload","paths":["script.js"]}"#,
            ),
            (
                Message::Code {
                    paths: vec!["script.js".into(), "templates/x.twig".into()],
                },
                r#"{"type":"code","paths":["script.js","templates/x.twig"]}"#,
            ),
            (
                Message::Css {
                    paths: vec!["style.css".into()],
                },
                r#"{"type":"css","paths":["style.css"]}"#,
            ),
            (
                Message::Images {
                    paths: vec!["images/logo.png".into()],
                },
                r#"{"type":"images","paths":["images/logo.png"]}"#,
            ),
            (Message::Ok, r#"{"type":"ok"}"#),
            (
                Message::Error {
                    diagnostics: vec![diag()],
                },
                r#"{"type":"error","diagnostics":[{"location":"w/manifest.json:7:5","message":"expected `,` or `}`","json_path":null,"hint":"fix the JSON syntax","text":"w/manifest.json:7:5: error: expected `,` or `}`"}]}"#,
            ),
            (
                Message::Hello {
                    instance: "i1".into(),
                    status: Status::Ok,
                },
                r#"{"type":"hello","instance":"i1","status":{"state":"ok"}}"#,
            ),
            (
                Message::Hello {
                    instance: "i1".into(),
                    status: Status::Error {
                        diagnostics: vec![],
                    },
                },
                r#"{"type":"hello","instance":"i1","status":{"state":"error","diagnostics":[]}}"#,
            ),
        ];
        for (message, json) in cases {
            assert_eq!(serde_json::to_string(&message).unwrap(), json);
            assert_eq!(message.frame(), format!("data: {json}\n\n"));
        }
    }

    #[tokio::test]
    async fn late_subscribers_get_the_current_status_first() {
        let live = LiveReload::new();
        live.set_status(Status::Error {
            diagnostics: vec![diag()],
        });
        let mut sub = live.subscribe().unwrap();
        let hello = sub.next_frame().await.unwrap();
        assert!(
            hello.contains(r#""type":"hello""#) && hello.contains(r#""state":"error""#),
            "{hello}"
        );
        live.publish(Message::Ok);
        assert_eq!(sub.next_frame().await.unwrap(), Message::Ok.frame());
    }

    #[test]
    fn subscriptions_are_limited_and_released() {
        let live = LiveReload::new();
        let subs: Vec<_> = (0..MAX_SUBSCRIBERS)
            .map(|_| live.subscribe().unwrap())
            .collect();
        assert!(live.subscribe().is_none());
        drop(subs);
        assert_eq!(live.subscribers(), 0);
        assert!(live.subscribe().is_some());
    }
}

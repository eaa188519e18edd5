//! A raw subscriber to the live-reload stream: what a tab receives, read as
//! Server-Sent Events over a plain `TcpStream`, each message timestamped on
//! arrival (the reload benchmark measures with it too).

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

use amo_emu::live_reload::EVENTS_PATH;
use serde_json::Value;

/// How long a test waits for the next message before it fails.
pub const MESSAGE_WAIT: Duration = Duration::from_secs(10);

/// One open stream; the connection closes when it is dropped.
pub struct Subscriber {
    rx: mpsc::Receiver<(Value, SystemTime)>,
}

impl Subscriber {
    /// Subscribes on 127.0.0.1:`port` as a tab on `example.localhost`,
    /// with `extra_headers` (each ending in `\r\n`).
    pub fn connect(port: u16, extra_headers: &str) -> Subscriber {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(
            stream,
            "GET {EVENTS_PATH} HTTP/1.1\r\nHost: example.localhost:{port}\r\nAccept: text/event-stream\r\n{extra_headers}\r\n"
        )
        .unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                if let Some(data) = line.strip_prefix("data: ") {
                    let message = serde_json::from_str(data).unwrap();
                    if tx.send((message, SystemTime::now())).is_err() {
                        return;
                    }
                }
            }
        });
        Subscriber { rx }
    }

    /// The next message, and when it arrived; fails after [`MESSAGE_WAIT`].
    pub fn next_timed(&self) -> (Value, SystemTime) {
        self.rx
            .recv_timeout(MESSAGE_WAIT)
            .expect("a live-reload message")
    }

    /// The next message; fails after [`MESSAGE_WAIT`].
    pub fn next(&self) -> Value {
        self.next_timed().0
    }

    /// Messages up to and including the first that names `path` among its
    /// paths; fails if none does within [`MESSAGE_WAIT`] of the last.
    pub fn until_path(&self, path: &str) -> Vec<Value> {
        let mut seen = Vec::new();
        loop {
            let message = self.next();
            let names = paths(&message).contains(&path.to_owned());
            seen.push(message);
            if names {
                return seen;
            }
        }
    }
}

/// The `paths` a message names (none for `hello`, `error`, `ok`).
pub fn paths(message: &Value) -> Vec<String> {
    message["paths"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|p| p.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

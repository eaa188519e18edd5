//! A stand-in for an integration's backend in the OAuth tests: a plain
//! `std` TCP server on 127.0.0.1 that records every request (method, path,
//! query) and answers `200 ok`, or, when started [`OAuthBackend::silent`],
//! accepts and never answers (a backend that hangs), so the emulator's
//! 3-second bound can be seen.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// One request as the backend received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    /// The path without the query.
    pub path: String,
    /// The query's pairs, percent-decoded (a repeated name keeps the last).
    pub query: BTreeMap<String, String>,
    /// Request line and headers as sent.
    pub head: String,
}

impl Received {
    /// The query value `name`, or a failure naming the request.
    pub fn param(&self, name: &str) -> &str {
        self.query.get(name).unwrap_or_else(|| {
            panic!(
                "{} {} has no {name}: {:?}",
                self.method, self.path, self.query
            )
        })
    }
}

#[derive(Default)]
struct Log {
    requests: Mutex<Vec<Received>>,
    grew: Condvar,
}

pub struct OAuthBackend {
    pub port: u16,
    log: Arc<Log>,
}

impl OAuthBackend {
    /// Answers every request `200 ok` at once.
    pub fn start() -> OAuthBackend {
        Self::spawn(true)
    }

    /// Records every request and never answers it (the connection is held
    /// open for a minute).
    pub fn silent() -> OAuthBackend {
        Self::spawn(false)
    }

    fn spawn(answers: bool) -> OAuthBackend {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let log = Arc::new(Log::default());
        let sink = log.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let sink = sink.clone();
                std::thread::spawn(move || serve_one(stream, &sink, answers));
            }
        });
        OAuthBackend { port, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Every request received so far.
    pub fn requests(&self) -> Vec<Received> {
        self.log.requests.lock().unwrap().clone()
    }

    /// Waits (up to 15 s) until `n` requests to `path` have arrived and
    /// returns them in order.
    pub fn wait_path(&self, path: &str, n: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut got = self.log.requests.lock().unwrap();
        loop {
            let matching: Vec<Received> = got.iter().filter(|r| r.path == path).cloned().collect();
            if matching.len() >= n {
                return matching;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "the backend got {} request(s) to {path}, not {n}; all it got: {:?}",
                matching.len(),
                got.iter()
                    .map(|r| format!("{} {}", r.method, r.path))
                    .collect::<Vec<_>>()
            );
            got = self.log.grew.wait_timeout(got, left).unwrap().0;
        }
    }

    /// The `n`-th (1-based) request to `path`, once it has arrived.
    pub fn nth(&self, path: &str, n: usize) -> Received {
        self.wait_path(path, n).swap_remove(n - 1)
    }
}

fn serve_one(mut stream: TcpStream, log: &Log, answers: bool) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    while !raw.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&raw).into_owned();
    let head = head.split("\r\n\r\n").next().unwrap_or("").to_owned();
    let line = head.lines().next().unwrap_or("");
    let mut parts = line.split(' ');
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query: BTreeMap<String, String> =
        serde_urlencoded::from_str::<Vec<(String, String)>>(query)
            .unwrap_or_default()
            .into_iter()
            .collect();
    log.requests.lock().unwrap().push(Received {
        method,
        path: path.to_owned(),
        query,
        head,
    });
    log.grew.notify_all();
    if answers {
        let _ = stream.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok",
        );
    } else {
        std::thread::sleep(Duration::from_secs(60));
    }
}

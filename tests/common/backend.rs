//! A tiny HTTP/1.1 server on 127.0.0.1 standing in for a widget's own
//! backend: it records every request as received and answers each with one
//! fixed response, and sends no CORS headers (so only a server-side proxy
//! can read its answers from the emulator's pages).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub struct Backend {
    pub port: u16,
    /// Each request as text: request line, headers, blank line, body.
    pub requests: Arc<Mutex<Vec<String>>>,
}

impl Backend {
    /// Serves `status` with `extra_headers` (e.g. `Location: …\r\n`) and a
    /// JSON `body` to every request, on its own thread, until the test ends.
    pub fn start(status: &str, extra_headers: &str, body: &str) -> Backend {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        let response = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra_headers}Connection: close\r\n\r\n{body}",
            body.len()
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Some(text) = read_request(&stream) {
                    log.lock().unwrap().push(text);
                }
                let mut stream = stream;
                let _ = stream.write_all(response.as_bytes());
            }
        });
        Backend { port, requests }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// Waits until a request has arrived and returns the first one.
    pub fn first_request(&self) -> String {
        self.wait_requests(1).remove(0)
    }

    /// Waits until `n` requests have arrived and returns them all.
    pub fn wait_requests(&self, n: usize) -> Vec<String> {
        let start = Instant::now();
        loop {
            let got = self.requests.lock().unwrap().clone();
            if got.len() >= n {
                return got;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "the backend got {} request(s), not {n}: {got:?}",
                got.len()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn read_request(mut stream: &TcpStream) -> Option<String> {
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    loop {
        let n = stream.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        raw.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&raw);
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .lines()
                .find_map(|l| {
                    let (name, value) = l.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length")
                        .then(|| value.trim().parse::<usize>().ok())
                        .flatten()
                })
                .unwrap_or(0);
            if raw.len() >= end + 4 + length {
                break;
            }
        }
    }
    Some(String::from_utf8_lossy(&raw).into_owned())
}

/// A loopback port nothing listens on (bound, then released).
pub fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

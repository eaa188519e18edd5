//! HTTP/1.1 written by hand over a `TcpStream`, for security tests: no client
//! library gets the chance to normalise `..`, percent-escapes, backslashes or
//! the `Host` header before the server sees them.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// How long a raw exchange may take before the test fails.
const RAW_TIMEOUT: Duration = Duration::from_secs(10);

/// A response as bytes, with the status line and headers picked out.
#[derive(Debug)]
pub struct RawResponse {
    pub status: u16,
    /// `(lower-case name, value)` in the order received.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Everything the server sent, headers included.
    pub raw: Vec<u8>,
}

impl RawResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn body_text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `request` exactly as given to 127.0.0.1:`port` and reads the
/// response until the server closes the connection (send `Connection:
/// close`) or the declared length has arrived.
pub fn exchange(port: u16, request: &[u8]) -> RawResponse {
    try_exchange(port, request).unwrap_or_else(|e| panic!("raw HTTP exchange failed: {e}"))
}

/// [`exchange`] for tests that expect the server to die mid-way: any I/O
/// failure or incomplete answer is an error instead of a panic.
pub fn try_exchange(port: u16, request: &[u8]) -> std::io::Result<RawResponse> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(RAW_TIMEOUT))?;
    stream.set_write_timeout(Some(RAW_TIMEOUT))?;
    // The server may answer (413, 431) and close before the whole request is
    // written; what it answered is what matters.
    let _ = stream.write_all(request);
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                raw.extend_from_slice(&buf[..n]);
                if complete(&raw) {
                    break;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset && !raw.is_empty() => break,
            Err(e) => return Err(e),
        }
    }
    parse(raw).ok_or_else(|| std::io::Error::other("no complete response"))
}

fn head_end(raw: &[u8]) -> Option<usize> {
    raw.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}

/// Whether a response with a `Content-Length` has fully arrived.
fn complete(raw: &[u8]) -> bool {
    let Some(end) = head_end(raw) else {
        return false;
    };
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(n) => raw.len() >= end + n,
        // HEAD answers and 204/304 have no body to wait for.
        None => head.starts_with("http/1.1 204") || head.starts_with("http/1.1 304"),
    }
}

fn parse(raw: Vec<u8>) -> Option<RawResponse> {
    let end = head_end(&raw)?;
    let head = String::from_utf8_lossy(&raw[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or("");
    let status = status_line.split(' ').nth(1)?.parse().ok()?;
    let headers = lines
        .filter(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Some(RawResponse {
        status,
        headers,
        body: raw[end..].to_vec(),
        raw,
    })
}

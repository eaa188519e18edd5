//! The live-reload stream at the protocol level: what a tab receives after
//! each kind of file change, read as raw Server-Sent Events.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::sync::mpsc;
use std::time::Duration;

use common::TestServer;
use serde_json::Value;

/// Subscribes to `/amo-emu/events` and returns each `data:` payload as JSON.
fn subscribe(server: &TestServer, extra_headers: &str) -> mpsc::Receiver<Value> {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        stream,
        "GET /amo-emu/events HTTP/1.1\r\nHost: example.localhost:{}\r\nAccept: text/event-stream\r\n{extra_headers}\r\n",
        server.port
    )
    .unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines() {
            let Ok(line) = line else { return };
            if let Some(data) = line.strip_prefix("data: ") {
                let _ = tx.send(serde_json::from_str(data).unwrap());
            }
        }
    });
    rx
}

fn next(rx: &mpsc::Receiver<Value>) -> Value {
    rx.recv_timeout(Duration::from_secs(10))
        .expect("a live-reload message")
}

#[test]
fn each_kind_of_change_sends_its_message() {
    let server = TestServer::start("sample-widget");
    let rx = subscribe(&server, "");
    let hello = next(&rx);
    assert_eq!(hello["type"], "hello");
    assert_eq!(hello["status"]["state"], "ok");
    assert!(hello["instance"].as_str().is_some_and(|s| !s.is_empty()));

    let dir = &server.widget_dir;
    let style = std::fs::read_to_string(dir.join("style.css")).unwrap();
    std::fs::write(dir.join("style.css"), format!("{style}\n/* changed */\n")).unwrap();
    let css = next(&rx);
    assert_eq!(
        css,
        serde_json::json!({"type": "css", "paths": ["style.css"]})
    );

    // Same bytes again: nothing to do.
    std::fs::write(dir.join("style.css"), format!("{style}\n/* changed */\n")).unwrap();
    std::fs::write(dir.join("notes.swp"), "editor noise").unwrap();
    assert!(
        rx.recv_timeout(Duration::from_millis(400)).is_err(),
        "no message for unchanged content or editor files"
    );

    std::fs::write(dir.join("images/logo_small.png"), b"not really a png").unwrap();
    assert_eq!(next(&rx)["type"], "images");

    std::fs::write(dir.join("templates/settings_hint.twig"), "{{ changed }}").unwrap();
    let code = next(&rx);
    assert_eq!(
        code,
        serde_json::json!({"type": "code", "paths": ["templates/settings_hint.twig"]})
    );

    let en = std::fs::read_to_string(dir.join("i18n/en.json")).unwrap();
    std::fs::write(dir.join("i18n/en.json"), format!("{en}\n")).unwrap();
    assert_eq!(
        next(&rx),
        serde_json::json!({"type": "reload", "paths": ["i18n/en.json"]}),
        "a translation reshapes the page around the widget: a reload"
    );

    let manifest = std::fs::read_to_string(dir.join("manifest.json")).unwrap();
    std::fs::write(dir.join("manifest.json"), "{ broken").unwrap();
    let error = next(&rx);
    assert_eq!(error["type"], "error");
    assert!(
        error["diagnostics"][0]["location"]
            .as_str()
            .unwrap()
            .ends_with("manifest.json:1:3"),
        "{error}"
    );

    // A late subscriber sees the broken state at once.
    let late = subscribe(&server, "");
    assert_eq!(next(&late)["status"]["state"], "error");

    std::fs::write(dir.join("manifest.json"), manifest).unwrap();
    assert_eq!(next(&rx)["type"], "reload", "recovering reloads the tabs");
    assert_eq!(next(&late)["type"], "reload");
}

#[test]
fn polling_mode_sees_changes_too() {
    let server = TestServer::start_with("sample-widget", &["--poll"]);
    server.wait_stderr("polling");
    let rx = subscribe(&server, "");
    assert_eq!(next(&rx)["type"], "hello");
    let script = server.widget_dir.join("script.js");
    let body = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, format!("{body}\n// polled\n")).unwrap();
    assert_eq!(
        next(&rx),
        serde_json::json!({"type": "code", "paths": ["script.js"]})
    );
}

#[test]
fn with_no_hot_code_changes_reload() {
    let server = TestServer::start_with("sample-widget", &["--no-hot"]);
    let rx = subscribe(&server, "");
    assert_eq!(next(&rx)["type"], "hello");
    let script = server.widget_dir.join("script.js");
    let body = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, format!("{body}\n// changed\n")).unwrap();
    assert_eq!(
        next(&rx),
        serde_json::json!({"type": "reload", "paths": ["script.js"]})
    );
    let style = std::fs::read_to_string(server.widget_dir.join("style.css")).unwrap();
    std::fs::write(
        server.widget_dir.join("style.css"),
        format!("{style}\n/* x */\n"),
    )
    .unwrap();
    assert_eq!(next(&rx)["type"], "css", "stylesheets are still swapped");
}

#[test]
fn the_stream_refuses_other_sites() {
    let server = TestServer::start("sample-widget");
    for headers in [
        "Origin: http://evil.example\r\n",
        "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: cors\r\n",
    ] {
        let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        write!(stream, "GET /amo-emu/events HTTP/1.1\r\nHost: example.localhost:{}\r\n{headers}Connection: close\r\n\r\n", server.port).unwrap();
        let mut status = String::new();
        BufReader::new(stream).read_line(&mut status).unwrap();
        assert!(status.starts_with("HTTP/1.1 403"), "{headers:?} → {status}");
    }
}

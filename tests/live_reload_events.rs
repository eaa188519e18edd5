//! The live-reload stream at the protocol level: what a tab receives after
//! each kind of file change, read as raw Server-Sent Events; a save right
//! after start-up; the folders the watcher leaves out unless `--watch-all`.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;

use common::sse::Subscriber;
use common::TestServer;
use serde_json::{json, Value};

fn subscribe(server: &TestServer, extra_headers: &str) -> Subscriber {
    Subscriber::connect(server.port, extra_headers)
}

fn next(rx: &Subscriber) -> Value {
    rx.next()
}

fn append(path: &Path, text: &str) {
    let mut body = std::fs::read_to_string(path).unwrap();
    body.push_str(text);
    std::fs::write(path, body).unwrap();
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
    assert_eq!(css, json!({"type": "css", "paths": ["style.css"]}));

    // Same bytes again, and editor noise: nothing to do. The image saved
    // after them is the next message, so nothing came in between.
    std::fs::write(dir.join("style.css"), format!("{style}\n/* changed */\n")).unwrap();
    std::fs::write(dir.join("notes.swp"), "editor noise").unwrap();
    std::fs::write(dir.join("images/logo_small.png"), b"not really a png").unwrap();
    assert_eq!(
        next(&rx),
        json!({"type": "images", "paths": ["images/logo_small.png"]}),
        "no message for unchanged content or editor files"
    );

    std::fs::write(dir.join("templates/settings_hint.twig"), "{{ changed }}").unwrap();
    let code = next(&rx);
    assert_eq!(
        code,
        json!({"type": "code", "paths": ["templates/settings_hint.twig"]})
    );

    let en = std::fs::read_to_string(dir.join("i18n/en.json")).unwrap();
    std::fs::write(dir.join("i18n/en.json"), format!("{en}\n")).unwrap();
    assert_eq!(
        next(&rx),
        json!({"type": "reload", "paths": ["i18n/en.json"]}),
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
    assert_eq!(next(&rx), json!({"type": "code", "paths": ["script.js"]}));
}

#[test]
fn with_no_hot_code_changes_reload() {
    let server = TestServer::start_with("sample-widget", &["--no-hot"]);
    let rx = subscribe(&server, "");
    assert_eq!(next(&rx)["type"], "hello");
    let script = server.widget_dir.join("script.js");
    let body = std::fs::read_to_string(&script).unwrap();
    std::fs::write(&script, format!("{body}\n// changed\n")).unwrap();
    assert_eq!(next(&rx), json!({"type": "reload", "paths": ["script.js"]}));
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

/// Files planted in the widget folder's root so the watcher's first
/// fingerprint of the folder takes a while (hundreds of milliseconds in a
/// debug build): long enough for a save to land in the middle of it.
const BULK_FILES: usize = 3000;
/// Start-ups per run of the early-save test: each is a new chance to race.
const EARLY_SAVE_ROUNDS: usize = 4;

#[test]
fn a_save_right_after_start_up_is_never_missed() {
    for round in 0..EARLY_SAVE_ROUNDS {
        let server = TestServer::start_prepared("sample-widget", &[], |dir| {
            for i in 0..BULK_FILES {
                std::fs::write(dir.join(format!("bulk-{i:04}.txt")), i.to_string()).unwrap();
            }
        });
        // As soon as the URL is printed: a tab connects, the developer saves.
        let rx = server.subscribe();
        append(
            &server.widget_dir.join("style.css"),
            &format!("\n/* early save {round} */\n"),
        );
        let seen = rx.until_path("style.css");
        assert_eq!(
            seen.last().unwrap()["type"],
            "css",
            "round {round}: {seen:?}"
        );
    }
}

#[test]
fn node_modules_is_served_but_not_watched_unless_watch_all() {
    let plant = |dir: &Path| {
        std::fs::create_dir_all(dir.join("node_modules/lib")).unwrap();
        std::fs::write(dir.join("node_modules/lib/index.js"), "define([], {});").unwrap();
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        std::fs::write(dir.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    };
    let server = TestServer::start_prepared("sample-widget", &[], plant);
    let log = server.settled_stderr();
    assert!(
        log.contains("not .git/, node_modules/: start with --watch-all"),
        "the terminal says what is left out and how to watch it: {log}"
    );
    let rx = server.subscribe();
    append(
        &server.widget_dir.join("node_modules/lib/index.js"),
        "\n// npm\n",
    );
    append(&server.widget_dir.join(".git/HEAD"), "\n");
    append(&server.widget_dir.join("style.css"), "\n/* after */\n");
    assert_eq!(
        next(&rx),
        json!({"type": "css", "paths": ["style.css"]}),
        "nothing for node_modules/ or .git/; the stylesheet comes next"
    );
    // Still served: a widget may load a library from there.
    let served = common::off_runtime(|| {
        server
            .http()
            .get(server.url("/upl/sample_widget/widget/node_modules/lib/index.js"))
            .send()
            .unwrap()
            .text()
            .unwrap()
    });
    assert!(served.ends_with("// npm\n"), "{served}");

    let all = TestServer::start_prepared("sample-widget", &["--watch-all"], plant);
    assert!(!all.settled_stderr().contains("--watch-all to watch"));
    let rx = all.subscribe();
    append(
        &all.widget_dir.join("node_modules/lib/index.js"),
        "\n// npm\n",
    );
    assert_eq!(
        next(&rx),
        json!({"type": "code", "paths": ["node_modules/lib/index.js"]})
    );
}

#[test]
fn a_folder_created_after_start_up_is_watched() {
    let server = TestServer::start("sample-widget");
    server.settled_stderr();
    let rx = server.subscribe();
    let lib = server.widget_dir.join("lib");
    std::fs::create_dir(&lib).unwrap();
    std::fs::write(lib.join("a.js"), "define([], {});").unwrap();
    let seen = rx.until_path("lib/a.js");
    assert_eq!(seen.last().unwrap()["type"], "code", "{seen:?}");
    // Now a change deep inside it, once the folder is watched.
    std::fs::create_dir(lib.join("deep")).unwrap();
    std::fs::write(lib.join("deep/b.js"), "define([], {});").unwrap();
    let seen = rx.until_path("lib/deep/b.js");
    assert_eq!(seen.last().unwrap()["type"], "code", "{seen:?}");
    // A skipped name created later stays unwatched.
    std::fs::create_dir(server.widget_dir.join("node_modules")).unwrap();
    std::fs::write(server.widget_dir.join("node_modules/x.js"), "x").unwrap();
    append(&server.widget_dir.join("style.css"), "\n/* after */\n");
    assert_eq!(next(&rx), json!({"type": "css", "paths": ["style.css"]}));
}

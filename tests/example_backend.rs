//! `examples/oauth-backend.mjs`, run with `node` against a real
//! `amo-emu serve` whose redirect URI, disable hook and account webhook
//! point at it: the widget installed by its page's own request, then the
//! example's output says it exchanged the code, read the account, got the
//! webhook of a lead change, refreshed its token on request and verified
//! the disable hook's signature. Without Node.js >= 18 the test is skipped
//! loudly (a failure under `AMO_EMU_REQUIRE_ALL=1`).

mod common;

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use common::backend::closed_port;
use common::oauth::{call, disable_as_page, identity, install_as_page, session_cookie, As};
use common::{off_runtime, skip, TestServer};
use serde_json::{json, Value};

/// The example's major Node.js version requirement (global `fetch`).
const NODE_MAJOR: u32 = 18;

/// `node`'s major version, or why it cannot be used.
fn node() -> Result<u32, String> {
    let out = Command::new("node")
        .arg("--version")
        .output()
        .map_err(|e| format!("`node` cannot be run ({e}); install Node.js >= {NODE_MAJOR}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    let major = text
        .trim()
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .ok_or_else(|| format!("`node --version` said {text:?}"))?;
    if major < NODE_MAJOR {
        return Err(format!("node {text} is older than {NODE_MAJOR}"));
    }
    Ok(major)
}

/// The running example: its stdout collected as it comes; killed on drop.
struct Example {
    child: Child,
    out: Arc<(Mutex<String>, Condvar)>,
}

impl Example {
    fn start(port: u16, server: &TestServer) -> Example {
        let script = common::repo().join("examples/oauth-backend.mjs");
        let mut child = Command::new("node")
            .arg(script)
            .env("PORT", port.to_string())
            .env("AMO_URL", &server.base)
            .env("WIDGET_DIR", &server.widget_dir)
            .env_remove("CLIENT_ID")
            .env_remove("CLIENT_SECRET")
            .env_remove("REDIRECT_URI")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start node");
        let out = Arc::new((Mutex::new(String::new()), Condvar::new()));
        for mut pipe in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let sink = out.clone();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = pipe.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    sink.0
                        .lock()
                        .unwrap()
                        .push_str(&String::from_utf8_lossy(&buf[..n]));
                    sink.1.notify_all();
                }
            });
        }
        Example { child, out }
    }

    /// Waits (up to 15 s) until the example has printed `needle`; all it
    /// printed so far.
    fn wait(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut text = self.out.0.lock().unwrap();
        while !text.contains(needle) {
            let left = deadline.saturating_duration_since(Instant::now());
            let exited = self.child.try_wait().ok().flatten();
            assert!(
                !left.is_zero() && exited.is_none(),
                "the example never printed {needle:?} (exit: {exited:?}); it printed:\n{text}"
            );
            let step = left.min(Duration::from_millis(200));
            text = self.out.1.wait_timeout(text, step).unwrap().0;
        }
        text.clone()
    }
}

impl Drop for Example {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_example_backend_goes_through_the_whole_dance() {
    if let Err(why) = node() {
        skip(
            "the_example_backend_goes_through_the_whole_dance",
            &why,
            &[],
        );
        return;
    }
    let port = closed_port();
    let at = |path: &str| format!("http://127.0.0.1:{port}{path}");
    let server = TestServer::start_with(
        "sample-widget",
        &[
            "--redirect-uri",
            &at("/callback"),
            "--disable-hook",
            &at("/disable"),
            "--webhook",
            &at("/webhooks"),
        ],
    );
    let id = identity(&server);
    let mut example = Example::start(port, &server);
    example.wait("backend listening");

    // Installed by the modal's own request: the code goes to the example.
    let cookie = session_cookie(&server);
    install_as_page(&server, &cookie);
    example.wait("exchanged the code");
    example.wait("account: Example Trading Co. (id 30441694");

    // A lead changed in the account: the example gets the webhook.
    let (status, body) = call(
        &server,
        "GET",
        "/api/v4/leads?limit=1",
        As::Page(&cookie),
        None,
        &[],
    );
    assert_eq!(status, 200, "{body}");
    let leads: Value = serde_json::from_str(&body).unwrap();
    let lead = leads["_embedded"]["leads"][0]["id"].as_u64().unwrap();
    let (status, body) = call(
        &server,
        "PATCH",
        &format!("/api/v4/leads/{lead}"),
        As::Page(&cookie),
        Some(&json!({"name": "Renamed by the example test"})),
        &[],
    );
    assert_eq!(status, 200, "{body}");
    example.wait(&format!("webhook: leads update #{lead}"));

    // A refresh on request, and the API still answers with the new token.
    let refreshed = off_runtime(|| {
        reqwest::blocking::get(at("/refresh"))
            .unwrap()
            .status()
            .as_u16()
    });
    assert_eq!(refreshed, 200);
    example.wait("refreshed: access token");
    let account = off_runtime(|| {
        reqwest::blocking::get(at("/account"))
            .unwrap()
            .text()
            .unwrap()
    });
    assert!(account.contains("Example Trading Co."), "{account}");

    // Disabled: the example verifies the hook's signature and drops tokens.
    disable_as_page(&server, &cookie);
    let printed = example.wait("disable hook: signature verified, account 30441694");
    assert!(
        !printed.contains(&id.client_secret),
        "the example printed the secret:\n{printed}"
    );
    for bad in ["error", "failed", "bad signature"] {
        assert!(!printed.contains(bad), "{bad}:\n{printed}");
    }
    let stderr = server.wait_stderr(": disable hook http://127.0.0.1");
    let line = stderr
        .lines()
        .find(|l| l.contains(": disable hook http://127.0.0.1"))
        .unwrap();
    assert!(
        line.contains("200 OK"),
        "the example answered the hook: {line}"
    );
}

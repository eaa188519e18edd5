//! The account store under faults, driven through the real binary: kill -9
//! in the middle of a burst of saves, a folder that cannot be written, a
//! read-only and a full filesystem, a corrupt or hand-edited state file, two
//! tabs saving at once, and Ctrl-C. After each, the state on disk (and in
//! the server's memory) is one whole state, never a torn one.
//!
//! The read-only and full-disk cases mount a tiny tmpfs over `.amo-emu/`,
//! which needs root (CI runs as root, and `.ci/run` sets
//! `AMO_EMU_REQUIRE_ALL=1`, so there they must run); elsewhere they say
//! SKIPPED loudly, and the `.amo-emu`-is-a-file case still covers a failing
//! write.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::browser::{
    click, notice, open_settings_modal, screenshot, session, type_into, wait_for,
};
use common::raw_http::{exchange, try_exchange, RawResponse};
use common::{off_runtime, TestServer};
use serde_json::{json, Value};

/// The `recorder` fixture's code.
const CODE: &str = "recorder";
/// Size of the `custom_data` payload of a burst save: big enough that a
/// write takes a while, so a kill is likely to land in the middle of one.
const PAYLOAD: usize = 200 * 1024;
/// Kill-and-restart rounds; each kill lands at a different point of a save.
const KILL_ROUNDS: usize = 20;
/// How long a server may take to exit after Ctrl-C before the test fails.
const EXIT_LIMIT: Duration = Duration::from_secs(10);

/// A save body whose two fields are derived from `id`, so a torn or mixed
/// state is recognisable: `login` names the id, `custom_data` repeats it.
fn body(id: usize, payload: usize) -> Value {
    let unit = format!("<{id}>");
    json!({
        "login": format!("save-{id}"),
        "custom_data": unit.repeat(payload / unit.len() + 1),
    })
}

/// The id a stored settings object was made from, if it is whole.
fn whole_id(settings: &Value, payload: usize) -> Option<usize> {
    let id: usize = settings["login"]
        .as_str()?
        .strip_prefix("save-")?
        .parse()
        .ok()?;
    (settings == &body(id, payload)).then_some(id)
}

fn save_request(port: u16, body: &Value) -> Vec<u8> {
    let body = body.to_string();
    format!(
        "POST /api/v4/widgets/{CODE} HTTP/1.1\r\nHost: example.localhost:{port}\r\nOrigin: http://example.localhost:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn save(server: &TestServer, body: &Value) -> RawResponse {
    exchange(server.port, &save_request(server.port, body))
}

fn state_file(server: &TestServer) -> PathBuf {
    server.widget_dir.join(".amo-emu/state.json")
}

/// The saved settings of the widget as the file on disk holds them.
fn settings_on_disk(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let state: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        panic!(
            "{} is not valid JSON ({e}): {}",
            path.display(),
            String::from_utf8_lossy(&bytes)
        )
    });
    state["widgets"][CODE]["settings"].clone()
}

fn settings_in_memory(server: &TestServer) -> Value {
    server.widget_api(CODE)["settings"].clone()
}

fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// Saves from `threads` threads until `stop`; records each id it sent and
/// each id the server acknowledged.
struct Burst {
    stop: Arc<AtomicBool>,
    acked: Arc<AtomicUsize>,
    sent: Arc<Mutex<BTreeSet<usize>>>,
    handles: Vec<std::thread::JoinHandle<Vec<u16>>>,
}

impl Burst {
    fn start(port: u16, threads: usize, first_id: usize, payload: usize) -> Burst {
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(AtomicUsize::new(0));
        let sent = Arc::new(Mutex::new(BTreeSet::new()));
        let handles = (0..threads)
            .map(|t| {
                let (stop, acked, sent) = (stop.clone(), acked.clone(), sent.clone());
                std::thread::spawn(move || {
                    let mut statuses = Vec::new();
                    let mut n = 0;
                    while !stop.load(Ordering::Relaxed) {
                        let id = first_id + t * 100_000 + n;
                        n += 1;
                        sent.lock().unwrap().insert(id);
                        match try_exchange(port, &save_request(port, &body(id, payload))) {
                            Ok(res) => {
                                statuses.push(res.status);
                                acked.fetch_add(1, Ordering::Relaxed);
                            }
                            Err(_) => break, // the server is gone
                        }
                    }
                    statuses
                })
            })
            .collect();
        Burst {
            stop,
            acked,
            sent,
            handles,
        }
    }

    fn wait_for_acks(&self, n: usize) {
        let start = std::time::Instant::now();
        while self.acked.load(Ordering::Relaxed) < n {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "saves never completed"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// Stops the threads; returns every status they got and every id sent.
    fn finish(self) -> (Vec<u16>, BTreeSet<usize>) {
        self.stop.store(true, Ordering::Relaxed);
        let statuses = self
            .handles
            .into_iter()
            .flat_map(|h| h.join().unwrap())
            .collect();
        let sent = self.sent.lock().unwrap().clone();
        (statuses, sent)
    }
}

#[test]
fn kill_9_during_a_burst_of_saves_leaves_one_whole_state() {
    let mut server = TestServer::start("tests/fixtures/recorder");
    let mut leftovers = 0;
    for round in 0..KILL_ROUNDS {
        let burst = Burst::start(server.port, 2, round * 1_000_000, PAYLOAD);
        // Kill at a different point of the burst each round.
        burst.wait_for_acks(1 + round % 4);
        std::thread::sleep(Duration::from_micros((round as u64 * 337) % 2000));
        server.kill_hard();
        let (_, sent) = burst.finish();

        let dir = server.widget_dir.join(".amo-emu");
        leftovers += files_in(&dir)
            .iter()
            .filter(|f| f.ends_with(".tmp"))
            .count();
        let on_disk = settings_on_disk(&state_file(&server));
        let id = whole_id(&on_disk, PAYLOAD).unwrap_or_else(|| {
            panic!(
                "round {round}: torn state on disk: login {}",
                on_disk["login"]
            )
        });
        assert!(
            sent.contains(&id),
            "round {round}: the state holds save {id}, which was never sent"
        );

        server.restart();
        assert!(
            !files_in(&dir).iter().any(|f| f.ends_with(".tmp")),
            "round {round}: the restart removes temp files left by the kill"
        );
        let err = server.settled_stderr();
        assert!(
            !err.contains("not valid") && !err.contains("moved aside"),
            "round {round}: {err}"
        );
        assert_eq!(
            settings_in_memory(&server),
            on_disk,
            "round {round}: the restarted server reads what is on disk"
        );
    }
    // Not an assertion (timing decides it), but worth seeing in the log.
    eprintln!(
        "kill -9 landed mid-write (a temp file was left) in {leftovers} of {KILL_ROUNDS} rounds"
    );
}

#[test]
fn a_folder_that_cannot_be_written_fails_the_save_and_keeps_the_old_state() {
    let server = TestServer::start("tests/fixtures/recorder");
    let old = body(1, 64);
    assert_eq!(save(&server, &old).status, 200);
    let dir = server.widget_dir.join(".amo-emu");
    // Outside the widget folder, so the live-reload watcher does not react.
    let aside = server.widget_dir.with_file_name("amo-emu-moved");
    let before = std::fs::read(state_file(&server)).unwrap();

    // `.amo-emu` replaced by a plain file: every write into it fails, even as root.
    std::fs::rename(&dir, &aside).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
    let res = save(&server, &body(2, 64));
    assert_eq!(res.status, 500, "{}", res.body_text());
    assert_eq!(res.header("content-type"), Some("application/problem+json"));
    let problem: Value = serde_json::from_slice(&res.body).unwrap();
    let detail = problem["detail"].as_str().unwrap();
    assert!(
        detail.contains("cannot write") && detail.contains("previous settings are kept"),
        "{detail}"
    );
    assert_eq!(settings_in_memory(&server), old);
    assert_eq!(std::fs::read(aside.join("state.json")).unwrap(), before);

    // Disabling fails the same way and the widget stays installed.
    let res = exchange(
        server.port,
        format!(
            "DELETE /api/v4/widgets/{CODE} HTTP/1.1\r\nHost: example.localhost:{0}\r\nOrigin: http://example.localhost:{0}\r\nConnection: close\r\n\r\n",
            server.port
        )
        .as_bytes(),
    );
    assert_eq!(res.status, 500, "{}", res.body_text());
    assert_eq!(server.widget_api(CODE)["is_active_in_account"], json!(true));

    // Once the folder is back, saving works again.
    std::fs::remove_file(&dir).unwrap();
    std::fs::rename(&aside, &dir).unwrap();
    let new = body(3, 64);
    assert_eq!(save(&server, &new).status, 200);
    assert_eq!(settings_on_disk(&state_file(&server)), new);
}

/// A tmpfs mounted for one test; unmounted (lazily, so it cannot fail on a
/// busy mount) when dropped.
struct Mount(PathBuf);

impl Mount {
    /// Mounts a tmpfs of `size` at `dir`, or says why not.
    fn tmpfs(dir: &Path, size: &str) -> Result<Mount, String> {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let out = Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size},mode=0755"),
                "tmpfs",
            ])
            .arg(dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).trim().to_owned());
        }
        Ok(Mount(dir.to_owned()))
    }

    fn remount(&self, mode: &str) {
        let out = Command::new("mount")
            .args(["-o", &format!("remount,{mode}")])
            .arg(&self.0)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "remount {mode}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Starts the recorder with a tmpfs of `size` over its `.amo-emu/`, or
/// None (after saying SKIPPED) when this machine does not allow mounting.
fn server_on_tmpfs(test: &str, size: &str) -> Option<(TestServer, Mount)> {
    let mut mount = None;
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], |dir| {
        mount = Some(Mount::tmpfs(&dir.join(".amo-emu"), size));
    });
    match mount.unwrap() {
        Ok(m) => Some((server, m)),
        Err(why) => {
            common::skip(
                test,
                &format!("cannot mount a tmpfs ({why}); needs root"),
                &[],
            );
            None
        }
    }
}

#[test]
fn a_read_only_filesystem_fails_the_save_and_keeps_the_old_state() {
    let Some((server, mount)) = server_on_tmpfs(
        "a_read_only_filesystem_fails_the_save_and_keeps_the_old_state",
        "1m",
    ) else {
        return;
    };
    let old = body(1, 64);
    assert_eq!(save(&server, &old).status, 200);
    let before = std::fs::read(state_file(&server)).unwrap();

    mount.remount("ro");
    let res = save(&server, &body(2, 64));
    assert_eq!(res.status, 500, "{}", res.body_text());
    assert!(
        res.body_text().contains("Read-only file system"),
        "{}",
        res.body_text()
    );
    assert_eq!(settings_in_memory(&server), old);
    assert_eq!(std::fs::read(state_file(&server)).unwrap(), before);

    mount.remount("rw");
    let new = body(3, 64);
    assert_eq!(save(&server, &new).status, 200);
    assert_eq!(settings_on_disk(&state_file(&server)), new);
    drop(server);
}

#[test]
fn a_full_disk_fails_the_save_and_keeps_the_old_state() {
    let Some((server, _mount)) =
        server_on_tmpfs("a_full_disk_fails_the_save_and_keeps_the_old_state", "64k")
    else {
        return;
    };
    let old = body(1, 64);
    assert_eq!(save(&server, &old).status, 200);
    let before = std::fs::read(state_file(&server)).unwrap();

    // Fill the filesystem to the last byte.
    let filler = server.widget_dir.join(".amo-emu/filler");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&filler).unwrap();
        let chunk = [0u8; 1024];
        while f.write_all(&chunk).and_then(|_| f.flush()).is_ok() {}
        while f.write_all(&chunk[..1]).is_ok() {}
    }
    let res = save(&server, &body(2, 4096));
    assert_eq!(res.status, 500, "{}", res.body_text());
    assert!(
        res.body_text().contains("No space left"),
        "{}",
        res.body_text()
    );
    assert_eq!(settings_in_memory(&server), old);
    assert_eq!(std::fs::read(state_file(&server)).unwrap(), before);
    assert!(
        !files_in(&server.widget_dir.join(".amo-emu"))
            .iter()
            .any(|f| f.ends_with(".tmp")),
        "the failed write left its temp file behind"
    );

    std::fs::remove_file(&filler).unwrap();
    let new = body(3, 4096);
    assert_eq!(save(&server, &new).status, 200);
    assert_eq!(settings_on_disk(&state_file(&server)), new);
}

/// State files a person or a crash could leave behind, none of them loadable.
const CORRUPT_STATES: [(&str, &[u8]); 6] = [
    (
        "truncated",
        b"{\"schema\":1,\"widgets\":{\"recorder\":{\"installed\":tr",
    ),
    ("empty", b""),
    ("not JSON", b"this is not json"),
    (
        "wrong type",
        b"{\"widgets\":{\"recorder\":{\"installed\":\"yes\"}}}",
    ),
    ("an array", b"[1,2,3]"),
    ("binary", b"\x00\xff\xfe\x01"),
];

#[test]
fn a_corrupt_state_file_is_moved_aside_reported_and_the_server_starts() {
    for (what, bytes) in CORRUPT_STATES {
        let server = TestServer::start_prepared("tests/fixtures/recorder", &[], |dir| {
            std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
            std::fs::write(dir.join(".amo-emu/state.json"), bytes).unwrap();
        });
        let err = server.wait_stderr("moved aside");
        assert!(err.contains("state.json is not valid"), "{what}: {err}");
        let dir = server.widget_dir.join(".amo-emu");
        let kept: Vec<String> = files_in(&dir)
            .into_iter()
            .filter(|f| f.starts_with("state.json.corrupt-"))
            .collect();
        assert_eq!(kept.len(), 1, "{what}: {kept:?}");
        assert_eq!(
            std::fs::read(dir.join(&kept[0])).unwrap(),
            bytes,
            "{what}: kept byte for byte"
        );
        assert!(
            err.contains(&kept[0]),
            "{what}: stderr names the file it was moved to: {err}"
        );

        let api = server.widget_api(CODE);
        assert_eq!(api["is_active_in_account"], json!(false), "{what}");
        let new = body(7, 64);
        assert_eq!(save(&server, &new).status, 200, "{what}");
        assert_eq!(settings_on_disk(&state_file(&server)), new, "{what}");
        assert_eq!(
            std::fs::read(dir.join(&kept[0])).unwrap(),
            bytes,
            "{what}: the saved-aside copy is never overwritten"
        );
    }
}

#[test]
fn a_hand_edited_valid_state_file_is_loaded() {
    let server = TestServer::start_prepared("tests/fixtures/recorder", &[], |dir| {
        std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
        std::fs::write(
            dir.join(".amo-emu/state.json"),
            "{\n  \"widgets\": {\n    \"recorder\": {\n      \"installed\": true,\n      \"settings\": { \"login\": \"typed by hand\" }\n    }\n  }\n}\n",
        )
        .unwrap();
    });
    let api = server.widget_api(CODE);
    assert_eq!(api["is_active_in_account"], json!(true));
    assert_eq!(api["settings"]["login"], json!("typed by hand"));
    let err = server.settled_stderr();
    assert!(!err.contains("moved aside"), "{err}");
}

#[test]
fn two_tabs_saving_at_once_leave_one_whole_body() {
    let server = TestServer::start("tests/fixtures/recorder");
    let port = server.port;
    let burst = Burst::start(port, 2, 0, PAYLOAD);
    // A third tab reads while the two write: every read is whole too.
    let mut reads = 0;
    while burst.acked.load(Ordering::Relaxed) < 60 {
        let now = settings_in_memory(&server);
        if now != json!({}) {
            assert!(
                whole_id(&now, PAYLOAD).is_some(),
                "a read saw a torn state: {}",
                now["login"]
            );
            reads += 1;
        }
    }
    let (statuses, sent) = burst.finish();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    assert!(reads > 0);
    let on_disk = settings_on_disk(&state_file(&server));
    let id = whole_id(&on_disk, PAYLOAD).expect("the file holds one whole body");
    assert!(sent.contains(&id));
    assert_eq!(
        settings_in_memory(&server),
        on_disk,
        "memory and disk agree"
    );
}

#[test]
fn ctrl_c_exits_promptly_with_status_0_and_the_state_intact() {
    let mut server = TestServer::start("tests/fixtures/recorder");
    let burst = Burst::start(server.port, 2, 0, PAYLOAD);
    burst.wait_for_acks(5);
    server.signal(libc::SIGINT);
    let status = server
        .wait_exit(EXIT_LIMIT)
        .expect("still running after Ctrl-C");
    let (_, sent) = burst.finish();
    assert!(
        status.success(),
        "exit status {status:?}; stderr: {}",
        server.stderr()
    );
    let on_disk = settings_on_disk(&state_file(&server));
    let id = whole_id(&on_disk, PAYLOAD).expect("the file holds one whole body");
    assert!(sent.contains(&id));
    assert!(
        !files_in(&server.widget_dir.join(".amo-emu"))
            .iter()
            .any(|f| f.ends_with(".tmp")),
        "a graceful stop leaves no temp file"
    );
}

#[test]
fn sigterm_exits_with_status_0() {
    let mut server = TestServer::start("tests/fixtures/recorder");
    assert_eq!(save(&server, &body(1, 64)).status, 200);
    server.signal(libc::SIGTERM);
    let status = server
        .wait_exit(EXIT_LIMIT)
        .expect("still running after SIGTERM");
    assert!(status.success(), "exit status {status:?}");
    assert_eq!(settings_on_disk(&state_file(&server)), body(1, 64));
}

/// What a person sees when the disk refuses the save: the modal names the
/// failure, and the API still reports the old settings.
#[tokio::test]
async fn the_modal_shows_a_failed_save() {
    let Some((browser, server)) =
        session("modal_shows_failed_save", "tests/fixtures/recorder").await
    else {
        return;
    };
    let old = json!({"login": "old login"});
    off_runtime(|| assert_eq!(save(&server, &old).status, 200));
    let page = open_settings_modal(&browser, &server.base, CODE).await;

    let dir = server.widget_dir.join(".amo-emu");
    // Moved outside the widget folder, so the live-reload watcher ignores it.
    std::fs::rename(&dir, server.widget_dir.with_file_name("amo-emu-moved")).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();

    type_into(&page, "input[name=\"login\"]", "new login").await;
    click(&page, &format!(".modal.{CODE} .js-widget-save")).await;
    wait_for(
        &page,
        "document.querySelector('.amo-emu-notice_error') && !document.querySelector('.amo-emu-notice').hidden",
        "the error notice",
    )
    .await;
    let said = notice(&page).await;
    screenshot(&page, "store-fault-save-failed").await;
    assert!(
        said.contains("not saved") && said.contains("cannot write"),
        "{said}"
    );
    assert!(said.contains("previous settings are kept"), "{said}");
    assert_eq!(settings_in_memory(&server), old);
    browser.close().await;
}

/// `POST /api/v4/leads` with batch `n`: `size` leads named `b<n>-<i>`.
fn leads_request(port: u16, n: usize, size: usize) -> Vec<u8> {
    let items: Vec<Value> = (0..size)
        .map(|i| json!({"name": format!("b{n}-{i}"), "price": n}))
        .collect();
    let body = Value::Array(items).to_string();
    format!(
        "POST /api/v4/leads HTTP/1.1\r\nHost: example.localhost:{port}\r\nOrigin: http://example.localhost:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

/// Every lead name the account holds after a restart, through the API.
fn lead_names(server: &TestServer) -> Vec<(u64, String)> {
    let mut out = Vec::new();
    for page in 1.. {
        let res = exchange(
            server.port,
            format!("GET /api/v4/leads?limit=250&page={page} HTTP/1.1\r\nHost: example.localhost:{}\r\nConnection: close\r\n\r\n", server.port).as_bytes(),
        );
        if res.status == 204 {
            break;
        }
        let body: Value = serde_json::from_slice(&res.body).unwrap();
        for l in body["_embedded"]["leads"].as_array().unwrap() {
            out.push((
                l["id"].as_u64().unwrap(),
                l["name"].as_str().unwrap().to_owned(),
            ));
        }
    }
    out
}

#[test]
fn kill_9_during_a_burst_of_lead_creates_keeps_every_acknowledged_batch_whole() {
    const SIZE: usize = 20;
    let mut server = TestServer::start("sample-widget");
    let mut acked_all = BTreeSet::new();
    for round in 0..6 {
        let port = server.port;
        let stop = Arc::new(AtomicBool::new(false));
        let acked = Arc::new(Mutex::new(BTreeSet::new()));
        let writer = {
            let (stop, acked) = (stop.clone(), acked.clone());
            std::thread::spawn(move || {
                let mut n = round * 10_000;
                while !stop.load(Ordering::Relaxed) {
                    match try_exchange(port, &leads_request(port, n, SIZE)) {
                        Ok(res) if res.status == 200 => {
                            acked.lock().unwrap().insert(n);
                        }
                        Ok(res) => panic!("batch {n}: {}", res.status),
                        Err(_) => break,
                    }
                    n += 1;
                }
            })
        };
        let start = std::time::Instant::now();
        while acked.lock().unwrap().len() < 1 + round % 3 {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "no batch completed"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_micros((round as u64 * 571) % 3000));
        server.kill_hard();
        stop.store(true, Ordering::Relaxed);
        writer.join().unwrap();
        acked_all.extend(acked.lock().unwrap().iter().copied());

        server.restart();
        let leads = lead_names(&server);
        let mut ids: Vec<u64> = leads.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            leads.len(),
            "round {round}: an id was given twice"
        );
        let mut per_batch: std::collections::BTreeMap<usize, usize> = Default::default();
        for (_, name) in &leads {
            if let Some(n) = name
                .strip_prefix('b')
                .and_then(|r| r.split('-').next())
                .and_then(|n| n.parse().ok())
            {
                *per_batch.entry(n).or_default() += 1;
            }
        }
        for (n, count) in &per_batch {
            assert_eq!(
                *count, SIZE,
                "round {round}: batch {n} is torn ({count} of {SIZE})"
            );
        }
        for n in &acked_all {
            assert!(
                per_batch.contains_key(n),
                "round {round}: acknowledged batch {n} was lost"
            );
        }
    }
}

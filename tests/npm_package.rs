//! The npm distribution (issue #22): `scripts/npm-package` packs the
//! `amo-emu` launcher and the `@amo-emu/linux-x64` package around the binary
//! cargo built, both tarballs go into a fresh project with no registry at
//! all, and the binary runs through them: `npx amo-emu --version`, then
//! `npx amo-emu serve` answering a page and stopping on Ctrl-C.
//!
//! Needs `npm` (and `node`) on PATH; without them the test is skipped loudly,
//! and fails under `AMO_EMU_REQUIRE_ALL=1` (CI). It runs on x86_64 Linux
//! only, the one platform package a test machine's build can fill.

mod common;

/// The name the skip message uses.
const TEST: &str = "npm_package";

#[test]
fn npx_runs_the_binary_from_the_packed_tarballs() {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    linux_x64::run();
    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    eprintln!(
        "\n*** SKIPPED {TEST}: runs on x86_64 Linux only (it packs this build as @amo-emu/linux-x64) ***\n"
    );
}

#[cfg(all(target_os = "linux", target_arch = "x86_64"))]
mod linux_x64 {
    use std::fs::File;
    use std::os::unix::process::CommandExt;
    use std::path::{Path, PathBuf};
    use std::process::{Child, Command, Stdio};
    use std::time::{Duration, Instant};

    use super::{common, TEST};

    /// `<dir>/<program>` for the first PATH folder that has it.
    fn on_path(program: &str) -> Option<PathBuf> {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .map(|dir| dir.join(program))
            .find(|p| p.is_file())
    }

    /// `program` (npm, npx or the packing script) set up so that nothing can
    /// reach a registry: offline, a registry address nothing listens on, and
    /// a cache of its own that starts empty. Whatever needed the network
    /// would fail, so passing proves the install is local.
    fn offline(program: impl AsRef<std::ffi::OsStr>, cache: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("npm_config_offline", "true")
            .env("npm_config_registry", "http://127.0.0.1:9/")
            .env("npm_config_cache", cache)
            .env("npm_config_audit", "false")
            .env("npm_config_fund", "false")
            .env("npm_config_update_notifier", "false");
        cmd
    }

    /// Runs `cmd` to the end, failing the test with its output unless it
    /// succeeds; its stdout.
    fn run_ok(cmd: &mut Command, what: &str) -> String {
        let out = cmd
            .stdin(Stdio::null())
            .output()
            .unwrap_or_else(|e| panic!("cannot run {what}: {e}"));
        assert!(
            out.status.success(),
            "{what} failed ({}):\nstdout:\n{}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// The `npx … serve` process group (npm, the `sh -c` it runs, the node
    /// launcher and amo-emu), killed outright if the test ends early.
    struct Group(Child);

    impl Group {
        fn signal(&self, signal: i32) {
            let pgid = i32::try_from(self.0.id()).expect("pid fits in i32");
            // SAFETY: killpg(2) on the group this test created, valid signal.
            unsafe { libc::killpg(pgid, signal) };
        }
    }

    impl Drop for Group {
        fn drop(&mut self) {
            self.signal(libc::SIGKILL);
            let _ = self.0.wait();
        }
    }

    /// Whether process `pid` has exited (gone, or a zombie nobody reaped yet).
    fn exited(pid: u32) -> bool {
        match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
            // The state follows the parenthesised command name.
            Ok(stat) => stat
                .rsplit_once(')')
                .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
            Err(_) => true,
        }
    }

    pub fn run() {
        for tool in ["npm", "npx", "node"] {
            if on_path(tool).is_none() {
                common::skip(
                    TEST,
                    &format!("{tool} not found on PATH (install Node.js >= 18 with npm)"),
                    &[],
                );
                return;
            }
        }
        let tmp = tempfile::tempdir().unwrap();
        let cache = tmp.path().join("npm-cache");
        let out = tmp.path().join("out");

        // 1. The two tarballs, from this build's binary.
        let printed = run_ok(
            offline(common::repo().join("scripts/npm-package"), &cache)
                .arg("linux-x64")
                .arg(common::built_binary())
                .arg("--wrapper")
                .arg("--out")
                .arg(&out),
            "scripts/npm-package linux-x64 <binary> --wrapper",
        );
        let tarballs: Vec<&str> = printed.lines().collect();
        let version = env!("CARGO_PKG_VERSION");
        assert_eq!(tarballs.len(), 2, "one tarball a line:\n{printed}");
        let (platform_tgz, wrapper_tgz) = (tarballs[0], tarballs[1]);
        assert!(
            platform_tgz.ends_with(&format!("amo-emu-linux-x64-{version}.tgz")),
            "{platform_tgz}"
        );
        assert!(
            wrapper_tgz.ends_with(&format!("amo-emu-{version}.tgz")),
            "{wrapper_tgz}"
        );

        // 2. A fresh project installing both, with no registry.
        //
        // Why this works offline: the platform tarball named on the command
        // line becomes a top-level dependency, and it satisfies the
        // launcher's optional dependency on @amo-emu/linux-x64@<version>, so
        // npm never asks a registry for it. The other four optional
        // dependencies (darwin, win32, linux-arm64) are looked up, fail
        // (ENOTCACHED: offline, empty cache) and, being optional, are left
        // out, as they would be on a linux-x64 machine anyway. No
        // --omit=optional: that would drop the platform package too.
        let project = tmp.path().join("project");
        std::fs::create_dir(&project).unwrap();
        run_ok(
            offline("npm", &cache)
                .args(["init", "-y"])
                .current_dir(&project),
            "npm init -y",
        );
        run_ok(
            offline("npm", &cache)
                .args(["install", "--no-audit", "--no-fund", "--offline"])
                .args([platform_tgz, wrapper_tgz])
                .current_dir(&project),
            "npm install <platform.tgz> <wrapper.tgz> --offline",
        );
        assert!(
            project
                .join("node_modules/@amo-emu/linux-x64/bin/amo-emu")
                .is_file(),
            "the platform package's binary is installed"
        );

        // 3. `npx amo-emu --version` runs the binary through the launcher.
        let shown = run_ok(
            offline("npx", &cache)
                .args(["--no-install", "amo-emu", "--version"])
                .current_dir(&project),
            "npx --no-install amo-emu --version",
        );
        assert_eq!(shown.trim(), format!("amo-emu {version}"));

        // 4. `npx amo-emu serve` answers, and stops on Ctrl-C (SIGINT to the
        // whole foreground group, as a terminal sends it).
        let widget = tmp.path().join("sample-widget");
        common::fixture::assemble(&common::repo().join("sample-widget"), &widget);
        let ready = tmp.path().join("ready.json");
        let log = tmp.path().join("serve.log");
        let log_file = File::create(&log).unwrap();
        let mut group = Group(
            offline("npx", &cache)
                .args(["--no-install", "amo-emu", "serve"])
                .arg(&widget)
                .args(["--port", "0", "--ready-file"])
                .arg(&ready)
                .current_dir(&project)
                .stdin(Stdio::null())
                .stdout(log_file.try_clone().unwrap())
                .stderr(log_file)
                .process_group(0)
                .spawn()
                .expect("start npx amo-emu serve"),
        );
        let started = Instant::now();
        let (port, server_pid) = loop {
            let signal = std::fs::read_to_string(&ready)
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok());
            if let Some(signal) = signal {
                let port = signal["port"].as_u64().expect("port in the ready file") as u16;
                let pid = signal["pid"].as_u64().expect("pid in the ready file") as u32;
                break (port, pid);
            }
            if let Some(status) = group.0.try_wait().unwrap() {
                panic!(
                    "npx amo-emu serve exited ({status}) before it was ready:\n{}",
                    std::fs::read_to_string(&log).unwrap_or_default()
                );
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "npx amo-emu serve was not ready within 60 s:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        };

        let http = reqwest::blocking::Client::builder()
            .resolve("localhost", ([127, 0, 0, 1], port).into())
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .build()
            .unwrap();
        // Host: localhost:<port>, the address being 127.0.0.1.
        let res = http
            .get(format!("http://localhost:{port}/settings/widgets/"))
            .send()
            .expect("GET /settings/widgets/ through npx amo-emu serve");
        assert_eq!(res.status().as_u16(), 200, "GET /settings/widgets/");

        group.signal(libc::SIGINT);
        let stopping = Instant::now();
        while group.0.try_wait().unwrap().is_none() {
            assert!(
                stopping.elapsed() < Duration::from_secs(5),
                "npx amo-emu serve still runs 5 s after SIGINT:\n{}",
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        while !exited(server_pid) {
            assert!(
                stopping.elapsed() < Duration::from_secs(5),
                "npx exited but amo-emu (pid {server_pid}) still runs 5 s after SIGINT"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

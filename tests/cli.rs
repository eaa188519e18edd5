//! The command line as a user meets it: help, startup line, and one-line
//! errors with a hint and exit code 2 for bad input.

mod common;

use std::process::Command;

use clap::CommandFactory;

use common::TestServer;

fn amo_emu(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(args)
        .output()
        .expect("run amo-emu")
}

/// Every flag of every subcommand, taken from the clap definition itself, so
/// a new flag is covered without editing this test.
#[test]
fn help_teaches_every_flag_with_examples() {
    let cli = amo_emu::cli::Cli::command();
    let mut checked = 0;
    for sub in cli.get_subcommands() {
        let out = amo_emu(&[sub.get_name(), "--help"]);
        assert!(out.status.success());
        let help = String::from_utf8(out.stdout).unwrap();
        for arg in sub.get_arguments() {
            let shown = match arg.get_long() {
                Some(long) => format!("--{long}"),
                None => {
                    let names = arg.get_value_names().unwrap_or_default();
                    names.first().map_or("", |n| n.as_str()).to_owned()
                }
            };
            // A positional shows as <DIR> when required, [DIR] when not.
            let listed = if arg.get_long().is_some() {
                help.contains(&shown)
            } else {
                help.contains(&format!("<{shown}>")) || help.contains(&format!("[{shown}]"))
            };
            assert!(listed, "--help lacks {shown}:\n{help}");
            assert!(
                arg.get_help()
                    .is_some_and(|h| !h.to_string().trim().is_empty()),
                "{shown} has no help text"
            );
            checked += 1;
        }
        // Each subcommand's help ends with examples of that subcommand.
        let example = format!("amo-emu {} ", sub.get_name());
        for example in ["Examples:", example.as_str()] {
            assert!(help.contains(example), "--help lacks {example}:\n{help}");
        }
    }
    assert!(
        checked >= 10,
        "only {checked} arguments found: is the definition read?"
    );
}

#[test]
fn missing_folder_is_one_line_with_a_hint_and_exit_code_2() {
    let out = amo_emu(&["serve", "/definitely/not/here"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("error: /definitely/not/here is not a folder"),
        "{err}"
    );
    assert!(lines[1].trim_start().starts_with("hint:"), "{err}");
}

#[test]
fn folder_without_manifest_is_refused_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = amo_emu(&["serve", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("has no manifest.json"), "{err}");
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn invalid_code_is_refused_with_exit_code_2() {
    let out = amo_emu(&["serve", "sample-widget", "--code", "bad code\""]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("invalid widget code"));
}

#[test]
fn a_busy_port_is_a_clear_error() {
    let server = TestServer::start("sample-widget");
    let port = server.port.to_string();
    let out = amo_emu(&["serve", "sample-widget", "--port", &port]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("already in use") && err.contains("--port 0"),
        "{err}"
    );
}

#[test]
fn startup_line_names_the_widget_and_the_real_url() {
    let server = TestServer::start("sample-widget");
    let line = server.stdout_line.trim();
    assert!(
        line.starts_with(concat!(
            "amo-emu ",
            env!("CARGO_PKG_VERSION"),
            " — serving widget \"sample_widget\""
        )),
        "{line}"
    );
    assert!(
        line.ends_with(&format!(
            "at http://example.localhost:{}/settings/widgets/",
            server.port
        )),
        "{line}"
    );
}

#[test]
fn code_flag_changes_where_the_widget_is_served() {
    let server = TestServer::start_with("sample-widget", &["--code", "my_code"]);
    let api = server.widget_api("my_code");
    assert_eq!(api["code"], "my_code");
    let res = common::off_runtime(|| {
        server
            .http()
            .get(server.url("/upl/my_code/widget/manifest.json"))
            .send()
            .unwrap()
    });
    assert_eq!(res.status(), 200);
}

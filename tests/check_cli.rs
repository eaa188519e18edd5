//! `amo-emu check`: one fixture per rule under tests/fixtures/check/ (each an
//! overlay on `_base`: the files that differ, `remove.txt` for files to
//! delete, `args.txt` for extra flags), with the human and JSON output kept
//! as plain expected files under tests/snapshots/check/. Regenerate them
//! after an intended change with `UPDATE_SNAPSHOTS=1 cargo test --test check_cli`
//! and read the diff.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixture::{self, copy_dir};
use common::repo;

/// Overlay files that configure the test, not the widget.
const CONTROL_FILES: &[&str] = &["remove.txt", "args.txt"];

/// Bytes added to logo_main.png for the E005 case (the limit is 300 KB).
const PADDING: usize = 301 * 1024;

fn fixtures() -> PathBuf {
    repo().join("tests/fixtures/check")
}

/// Builds `<tmp>/<case>` from `_base` plus the case's overlay.
fn assemble(case: &str, tmp: &Path) -> (PathBuf, Vec<String>) {
    let dir = tmp.join(case);
    fixture::assemble(&fixtures().join("_base"), &dir);
    let overlay = fixtures().join(case);
    copy_dir(&overlay, &dir);
    let mut args = Vec::new();
    for control in CONTROL_FILES {
        let _ = std::fs::remove_file(dir.join(control));
    }
    if let Ok(list) = std::fs::read_to_string(overlay.join("remove.txt")) {
        for rel in list.lines().filter(|l| !l.is_empty()) {
            std::fs::remove_file(dir.join(rel)).unwrap();
        }
    }
    if let Ok(extra) = std::fs::read_to_string(overlay.join("args.txt")) {
        args.extend(extra.split_whitespace().map(str::to_owned));
    }
    if case == "e005-image-too-large" {
        let logo = dir.join("images/logo_main.png");
        let mut bytes = std::fs::read(&logo).unwrap();
        bytes.extend(std::iter::repeat(0u8).take(PADDING));
        std::fs::write(&logo, bytes).unwrap();
    }
    (dir, args)
}

/// Runs `amo-emu check <case> [args]` from `cwd`; returns exit code and stdout.
fn check(cwd: &Path, case: &str, args: &[String]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .current_dir(cwd)
        .arg("check")
        .arg(case)
        .args(args)
        .output()
        .expect("run amo-emu check");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn compare(name: &str, actual: &str) -> Option<String> {
    let path = repo().join("tests/snapshots/check").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != actual).then(|| format!("--- {}\n+++ actual\n{actual}", path.display()))
}

#[test]
fn every_rule_fixture_matches_its_snapshots() {
    let mut cases: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('_'))
        .collect();
    cases.sort();
    assert!(cases.len() > 20, "{cases:?}");
    let tmp = tempfile::tempdir().unwrap();
    let mut mismatches = Vec::new();
    for case in &cases {
        let (_, args) = assemble(case, tmp.path());
        let (code, human) = check(tmp.path(), case, &args);
        let mut json_args = args.clone();
        json_args.extend(["--format".into(), "json".into()]);
        let (json_code, json) = check(tmp.path(), case, &json_args);
        assert_eq!(code, json_code, "{case}: the format changed the exit code");
        let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
        let errors = parsed["errors"].as_u64().unwrap();
        assert_eq!(code, i32::from(errors > 0), "{case}: exit code vs errors");
        // The case's name says which rule it is about: that rule must fire.
        let rule = case.split('-').next().unwrap().to_uppercase();
        if rule != "CLEAN" {
            assert!(
                parsed["diagnostics"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|d| d["code"] == rule.as_str()),
                "{case}: {rule} did not fire:\n{human}"
            );
        } else {
            assert_eq!(parsed["diagnostics"], serde_json::json!([]), "{human}");
        }
        mismatches.extend(compare(
            &format!("{case}.txt"),
            &format!("exit: {code}\n{human}"),
        ));
        mismatches.extend(compare(&format!("{case}.json"), &json));
    }
    assert!(
        mismatches.is_empty(),
        "{} snapshot(s) differ (UPDATE_SNAPSHOTS=1 to accept):\n{}",
        mismatches.len(),
        mismatches.join("\n")
    );
}

#[test]
fn usage_errors_exit_2_and_rules_are_listed() {
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["check", "/definitely/not/here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["check", "--format", "yaml", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["check", "--rules"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    for line in table.lines() {
        let code = line.split_whitespace().next().unwrap();
        assert!(
            readme.contains(&format!("| `{code}` |")),
            "README's rule table lacks {code}"
        );
    }
}

#[test]
fn help_teaches_each_verb_with_examples() {
    for verb in ["check", "pack", "new"] {
        let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
            .args([verb, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(
            help.contains("Examples:") && help.contains(&format!("amo-emu {verb} ")),
            "{verb} --help:\n{help}"
        );
    }
}

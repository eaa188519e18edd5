//! `amo-emu test` as a widget developer's CI runs it: the sample passes
//! every location it declares; fixtures that break in one place each fail
//! exactly that case with the right message; the JSON and JUnit reports
//! parse; no usable browser is exit status 2 with one line saying how to
//! get one. Each run drives a real headless Chromium (skipped loudly
//! without one, fatal under AMO_EMU_REQUIRE_ALL=1).

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::browser::{chromium_path, REQUIRE_BROWSER};
use serde_json::Value;

/// Runs `amo-emu test` on fixture `name` (assembled into a temp folder of
/// that name) with `extra` arguments; None when there is no browser.
fn run(test: &str, name: &str, extra: &[&str]) -> Option<(Output, tempfile::TempDir)> {
    let browser = chromium_path();
    if browser.is_none() {
        common::skip(
            &format!("`amo-emu test` case `{test}`"),
            "no Chromium found (apt-get install chromium, or set AMO_EMU_CHROMIUM)",
            &[REQUIRE_BROWSER],
        );
        return None;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(Path::new(name).file_name().unwrap());
    common::fixture::assemble(&common::repo().join(name), &dir);
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .arg("test")
        .arg(&dir)
        .arg("--browser")
        .arg(browser.unwrap())
        .args(extra)
        .output()
        .unwrap();
    Some((out, tmp))
}

/// The JSON report of a run with `--format json`.
fn report(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// Case name → (passed, failures joined).
fn cases(report: &Value) -> Vec<(String, bool, String)> {
    report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let failures: Vec<&str> = c["failures"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .collect();
            (
                c["name"].as_str().unwrap().to_owned(),
                c["passed"].as_bool().unwrap(),
                failures.join("; "),
            )
        })
        .collect()
}

#[test]
fn the_sample_widget_passes_every_location_it_declares() {
    let Some((out, tmp)) = run(
        "sample",
        "sample-widget",
        &["--format", "json", "--junit", "junit.xml"],
    ) else {
        return;
    };
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report(&out);
    assert_eq!(report["version"], 1);
    assert_eq!(report["widget"], "sample_widget");
    let names: Vec<String> = cases(&report)
        .into_iter()
        .map(|(n, ok, f)| {
            assert!(ok, "{n} failed: {f}");
            n
        })
        .collect();
    assert_eq!(
        names,
        [
            "settings",
            "advanced_settings",
            "digital_pipeline",
            "lead_sources",
            "lcard"
        ]
    );
    assert_eq!(
        (report["passed"].as_u64(), report["failed"].as_u64()),
        (Some(5), Some(0))
    );
    // The required field the sample has but no settings file gave is
    // filled, and said so.
    let settings = &report["cases"][0];
    assert!(
        settings["warnings"].to_string().contains("api_key"),
        "{settings}"
    );
    drop(tmp);
    // --junit is relative to the working directory.
    let xml = std::fs::read_to_string("junit.xml").unwrap();
    std::fs::remove_file("junit.xml").unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("tests"), Some("5"));
    assert_eq!(suite.attribute("failures"), Some("0"));
    let testcases: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(testcases.len(), 5);
    assert!(doc.descendants().all(|n| !n.has_tag_name("failure")));
}

/// `fixture` fails exactly case `failing`, with `needle` in its failures;
/// every other case passes. Checks the human output and the JUnit XML too.
fn fails_exactly(test: &str, fixture: &str, failing: &str, needle: &str) {
    let junit = tempfile::NamedTempFile::new().unwrap();
    let junit_path = junit.path().to_str().unwrap().to_owned();
    let Some((out, _tmp)) = run(test, fixture, &["--format", "json", "--junit", &junit_path])
    else {
        return;
    };
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report(&out);
    for (name, passed, failures) in cases(&report) {
        if name == failing {
            assert!(!passed, "{name} should fail");
            assert!(failures.contains(needle), "{name}: {failures}");
        } else {
            assert!(passed, "{name} should pass: {failures}");
        }
    }
    assert_eq!(report["failed"], 1);
    let xml = std::fs::read_to_string(&junit_path).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let failed: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase") && n.children().any(|c| c.has_tag_name("failure")))
        .map(|n| n.attribute("name").unwrap())
        .collect();
    assert_eq!(failed, [failing]);

    // The same run, read as a person reads it.
    let Some((human, _tmp)) = run(test, fixture, &["--only", failing]) else {
        return;
    };
    let text = String::from_utf8_lossy(&human.stdout);
    assert!(
        text.contains(&format!("test {failing} ... FAILED")),
        "{text}"
    );
    assert!(text.contains(&format!("---- {failing} ----")), "{text}");
    assert!(
        text.contains("test result: FAILED. 0 passed; 1 failed"),
        "{text}"
    );
    assert_eq!(human.status.code(), Some(1));
}

#[test]
fn a_card_render_that_throws_fails_the_card_case_with_its_line() {
    fails_exactly(
        "card_throws",
        "tests/fixtures/test-card-throws",
        "lcard",
        "callback render threw Error: the card block broke (script.js:",
    );
}

#[test]
fn an_alert_fails_the_settings_case_with_the_inspector_rule_and_nothing_hangs() {
    fails_exactly(
        "alert",
        "tests/fixtures/rule-alert",
        "settings",
        "inspector rule alert",
    );
}

#[test]
fn a_list_action_that_throws_fails_the_list_case() {
    fails_exactly(
        "list_throws",
        "tests/fixtures/test-list-throws",
        "llist",
        "callback leads.selected threw TypeError: the list action broke (script.js:",
    );
}

#[test]
fn an_onsave_that_never_settles_fails_the_settings_case() {
    fails_exactly(
        "onsave_never",
        "tests/fixtures/rule-onsave-never",
        "settings",
        "onSave",
    );
}

#[test]
fn a_hidden_rating_fails_the_settings_case_with_the_inspector_rule() {
    fails_exactly(
        "hides_rating",
        "tests/fixtures/rule-hides-rating",
        "settings",
        "inspector rule",
    );
}

#[test]
fn without_a_usable_browser_it_exits_2_saying_how_to_get_one() {
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args([
            "test",
            "sample-widget",
            "--browser",
            "/definitely/not/a/browser",
        ])
        .current_dir(common::repo())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("the browser /definitely/not/a/browser does not exist"),
        "{err}"
    );
    assert!(err.contains("apt install chromium"), "{err}");
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .args(["test", "sample-widget"])
        .env("CHROME", "/no/such/chrome")
        .current_dir(common::repo())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_widget_amo_emu_new_makes_passes_and_carries_its_ci_workflow() {
    let Some(browser) = chromium_path() else {
        common::skip(
            "`amo-emu test` of a new widget",
            "no Chromium found (apt-get install chromium, or set AMO_EMU_CHROMIUM)",
            &[REQUIRE_BROWSER],
        );
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("fresh-widget");
    let made = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .arg("new")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let workflow = std::fs::read_to_string(dir.join(".github/workflows/widget.yml")).unwrap();
    for step in [
        "amo-emu check .",
        "amo-emu test . --junit",
        "amo-emu pack .",
    ] {
        assert!(workflow.contains(step), "the workflow lacks {step}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .arg("test")
        .arg(&dir)
        .arg("--browser")
        .arg(browser)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("test settings ... ok"), "{text}");
}

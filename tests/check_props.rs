//! Property test of the manifest/i18n parser and the rule set: whatever
//! manifest.json and i18n/en.json hold (arbitrary JSON shaped like a
//! manifest, arbitrary JSON, arbitrary bytes), loading and checking never
//! panic, and `amo-emu check` always exits 0, 1 or 2.
//!
//! `AMO_EMU_CHECK_CASES=<n>` runs more in-process cases.

use std::path::Path;
use std::process::Command;

use amo_emu::widget::check::{check_folder, Scope};
use amo_emu::widget::{report, Widget};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Map, Value};

/// In-process cases unless `AMO_EMU_CHECK_CASES` says otherwise.
const DEFAULT_CASES: u32 = 400;
/// Cases that run the binary (a process each, so fewer).
const PROCESS_CASES: u32 = 24;

/// Keys a manifest has, so arbitrary values land where the rules look.
const KEYS: &[&str] = &[
    "widget",
    "name",
    "description",
    "short_description",
    "version",
    "interface_version",
    "init_once",
    "locale",
    "installation",
    "is_showcase",
    "code",
    "locations",
    "settings",
    "type",
    "required",
    "dp",
    "advanced",
    "title",
    "tour",
    "is_tour",
    "action_multiple",
    "en",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        prop_oneof![
            Just("Y".to_owned()),
            Just("text".to_owned()),
            Just("custom".to_owned()),
            Just("settings.a".to_owned()),
            Just("digital_pipeline".to_owned()),
            Just("lcard".to_owned()),
            Just("en".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..6).prop_map(|kv| {
                Value::Object(
                    kv.into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// A manifest: mostly the real shape with arbitrary parts, sometimes any JSON.
fn manifest() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        (json_value(), json_value(), json_value(), json_value()).prop_map(|(w, loc, set, dp)| {
            let mut widget = json!({"name": "widget.name", "locale": ["en"]});
            if let (Value::Object(base), Value::Object(extra)) = (&mut widget, w) {
                base.extend(extra);
            }
            serde_json::to_vec_pretty(
                &json!({"widget": widget, "locations": loc, "settings": set, "dp": dp}),
            )
            .unwrap()
        }),
        json_value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        prop::collection::vec(any::<u8>(), 0..200),
    ]
}

fn i18n() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        json_value().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        prop::collection::vec(any::<u8>(), 0..80),
    ]
}

fn write(dir: &Path, manifest: &[u8], i18n: &[u8]) {
    std::fs::create_dir_all(dir.join("i18n")).unwrap();
    std::fs::write(dir.join("manifest.json"), manifest).unwrap();
    std::fs::write(dir.join("i18n/en.json"), i18n).unwrap();
}

#[test]
fn loading_and_checking_never_panic() {
    let cases = std::env::var("AMO_EMU_CHECK_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("w");
    let mut runner = TestRunner::new(Config::with_cases(cases));
    runner
        .run(&(manifest(), i18n()), |(m, t)| {
            write(&dir, &m, &t);
            let _ = Widget::load(&dir, None);
            let found = check_folder(
                &dir,
                Scope {
                    scan_script: true,
                    public: true,
                },
            );
            let _ = report::human(&dir, &found);
            let doc = report::json(&dir, &found);
            prop_assert!(doc["errors"].as_u64().unwrap() as usize <= found.len());
            Ok(())
        })
        .unwrap();
}

#[test]
fn the_check_command_always_exits_0_1_or_2() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("w");
    let mut runner = TestRunner::new(Config::with_cases(PROCESS_CASES));
    runner
        .run(&(manifest(), i18n(), any::<bool>()), |(m, t, as_json)| {
            write(&dir, &m, &t);
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_amo-emu"));
            cmd.arg("check").arg(&dir);
            if as_json {
                cmd.args(["--format", "json"]);
            }
            let out = cmd.output().unwrap();
            let code = out.status.code();
            prop_assert!(
                matches!(code, Some(0..=2)),
                "exit {code:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            if as_json {
                let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
                prop_assert_eq!(doc["errors"].as_u64().unwrap() > 0, code == Some(1));
            }
            Ok(())
        })
        .unwrap();
}

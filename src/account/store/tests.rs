//! The store's promises (whole or nothing, durable, a corrupt or old
//! file read safely, readers keep their snapshot), checked on a
//! temporary folder.

use super::*;
use serde_json::json;

/// A change's own refusal, as a route's error type would be.
#[derive(Debug)]
enum Refused {
    Invalid,
    Store,
}

impl From<StoreError> for Refused {
    fn from(_: StoreError) -> Self {
        Refused::Store
    }
}

#[test]
fn a_reader_holds_its_snapshot_while_a_write_replaces_it() {
    let d = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(d.path());
    let before = store.snapshot();
    store
        .update(|s| {
            s.widgets.entry("w".into()).or_default().installed = true;
            Ok::<_, StoreError>(())
        })
        .unwrap();
    assert!(
        !before.widgets.contains_key("w"),
        "a snapshot never changes"
    );
    assert!(store.snapshot().widgets["w"].installed);
}

#[test]
fn persists_and_reopens() {
    let d = tempfile::tempdir().unwrap();
    let (store, warn) = Store::open(d.path());
    assert!(warn.is_none());
    store
        .update(|s| {
            let w = s.widgets.entry("w".into()).or_default();
            w.installed = true;
            w.settings.insert("login".into(), json!("anna"));
            Ok::<_, StoreError>(())
        })
        .unwrap();
    let (again, _) = Store::open(d.path());
    assert!(again.widget("w").installed);
    assert_eq!(again.widget("w").settings["login"], json!("anna"));
}

#[test]
fn old_state_files_load_with_default_pipelines_and_no_sources() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join(STATE_DIR)).unwrap();
    std::fs::write(
        d.path().join(STATE_DIR).join(STATE_FILE),
        r#"{"schema":1,"widgets":{"w":{"installed":true,"settings":{},"updated_at":1}}}"#,
    )
    .unwrap();
    let (store, warn) = Store::open(d.path());
    assert!(warn.is_none());
    let s = store.snapshot();
    assert!(s.widgets["w"].installed);
    assert_eq!(s.widgets["w"].pipeline_id, None);
    assert_eq!(s.pipelines, Pipelines::default());
    assert!(s.sources.items.is_empty() && s.dp_triggers.items.is_empty());
}

#[test]
fn update_that_fails_changes_nothing_and_writes_nothing() {
    let d = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(d.path());
    let r: Result<(), Refused> = store.update(|s| {
        s.widgets.entry("w".into()).or_default().installed = true;
        Err(Refused::Invalid)
    });
    assert!(matches!(r, Err(Refused::Invalid)));
    assert!(!store.widget("w").installed);
    assert!(!d.path().join(STATE_DIR).join(STATE_FILE).exists());
}

#[test]
fn corrupt_file_is_moved_aside_and_reported() {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join(STATE_DIR)).unwrap();
    std::fs::write(d.path().join(STATE_DIR).join(STATE_FILE), "{ not json").unwrap();
    let (store, warn) = Store::open(d.path());
    assert!(warn.unwrap().contains("moved aside"));
    assert!(!store.widget("w").installed);
    let kept: Vec<_> = std::fs::read_dir(d.path().join(STATE_DIR))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).unwrap(),
        "{ not json"
    );
}

#[test]
fn failed_write_keeps_old_state_in_memory_and_on_disk() {
    let d = tempfile::tempdir().unwrap();
    let (store, _) = Store::open(d.path());
    let install = |s: &mut AccountState| {
        s.widgets.entry("w".into()).or_default().installed = true;
        Ok::<_, StoreError>(())
    };
    store.update(install).unwrap();
    let file = d.path().join(STATE_DIR).join(STATE_FILE);
    let before = std::fs::read(&file).unwrap();
    // Replace the folder by a plain file: every write into it now fails,
    // even for root (unlike permission bits).
    let dir = d.path().join(STATE_DIR);
    std::fs::rename(&dir, d.path().join("moved")).unwrap();
    std::fs::write(&dir, "not a folder").unwrap();
    let r = store.update(|s| {
        s.widgets.entry("w".into()).or_default().installed = false;
        Ok::<_, StoreError>(())
    });
    assert!(matches!(r, Err(StoreError::Write { .. })));
    assert!(
        store.widget("w").installed,
        "memory must keep the old state"
    );
    assert_eq!(
        std::fs::read(d.path().join("moved").join(STATE_FILE)).unwrap(),
        before
    );
}

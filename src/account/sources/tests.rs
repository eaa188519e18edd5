//! The all-or-nothing rules of the Sources operations, checked on the
//! model (the HTTP shapes are tested in `tests/sources_api.rs`).

use super::*;
use serde_json::json;

use crate::account::pipelines::Pipelines;

fn setup() -> (Sources, Pipelines) {
    (Sources::default(), Pipelines::default())
}

#[test]
fn creates_with_defaults_and_increasing_ids() {
    let (mut s, p) = setup();
    let out = s
        .create(
            "w",
            &p,
            &[
                json!({"name": "A", "external_id": "a"}),
                json!({"name": "B", "external_id": "b", "request_id": "x"}),
            ],
            1,
        )
        .unwrap();
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].source.pipeline_id, p.main().unwrap().id);
    assert_eq!(out[1].source.id, out[0].source.id + 1);
    assert_eq!(out[0].request_id, "0");
    assert_eq!(out[1].request_id, "x");
}

#[test]
fn one_bad_item_rejects_the_whole_batch() {
    let (mut s, p) = setup();
    let e = s
        .create(
            "w",
            &p,
            &[
                json!({"name": "A", "external_id": "a"}),
                json!({"name": "B"}),
            ],
            1,
        )
        .unwrap_err();
    let SourcesError::Invalid(items) = e else {
        panic!()
    };
    assert_eq!(items[0].request_id, "1");
    assert_eq!(items[0].errors[0].path, "external_id");
    assert!(s.items.is_empty());
}

#[test]
fn external_id_rules() {
    let (mut s, p) = setup();
    let long = "x".repeat(37);
    for (bad, code) in [
        (json!(long), ErrorCode::TooLong),
        (json!("tab\there"), ErrorCode::InvalidCharacters),
        (json!("кириллица"), ErrorCode::InvalidCharacters),
        (json!(12), ErrorCode::InvalidType),
        (json!(""), ErrorCode::NotBlank),
    ] {
        let e = s
            .create("w", &p, &[json!({"name": "A", "external_id": bad})], 1)
            .unwrap_err();
        let SourcesError::Invalid(items) = e else {
            panic!()
        };
        assert_eq!(items[0].errors[0].code, code, "{bad}");
    }
    let ok = "with spaces ~ 36 chars.............";
    assert!(s
        .create("w", &p, &[json!({"name": "A", "external_id": ok})], 1)
        .is_ok());
    // unique per integration, not across integrations
    assert!(s
        .create("w", &p, &[json!({"name": "A", "external_id": ok})], 1)
        .is_err());
    assert!(s
        .create("other", &p, &[json!({"name": "A", "external_id": ok})], 1)
        .is_ok());
}

#[test]
fn limits_per_request_and_per_integration() {
    let (mut s, p) = setup();
    let items: Vec<Value> = (0..51)
        .map(|i| json!({"name": "n", "external_id": i.to_string()}))
        .collect();
    assert!(matches!(
        s.create("w", &p, &items, 1),
        Err(SourcesError::Request(_))
    ));
    s.create("w", &p, &items[..50], 1).unwrap();
    let more: Vec<Value> = (100..150)
        .map(|i| json!({"name": "n", "external_id": i.to_string()}))
        .collect();
    s.create("w", &p, &more, 1).unwrap();
    assert_eq!(s.of("w").count(), 100);
    let e = s
        .create("w", &p, &[json!({"name": "n", "external_id": "x"})], 1)
        .unwrap_err();
    assert!(matches!(e, SourcesError::Request(m) if m.contains("100")));
}

#[test]
fn patch_keeps_external_id_and_one_default() {
    let (mut s, p) = setup();
    let a = s
        .create(
            "w",
            &p,
            &[json!({"name": "A", "external_id": "a", "default": true})],
            1,
        )
        .unwrap()[0]
        .source
        .id;
    let b = s
        .create("w", &p, &[json!({"name": "B", "external_id": "b"})], 1)
        .unwrap()[0]
        .source
        .id;
    let e = s
        .update_one("w", &p, a, &json!({"external_id": "changed"}), 2)
        .unwrap_err();
    assert!(
        matches!(e, SourcesError::Invalid(ref i) if i[0].errors[0].code == ErrorCode::Immutable)
    );
    s.update_batch(
        "w",
        &p,
        &[json!({"id": b, "default": true, "name": "B2"})],
        2,
    )
    .unwrap();
    assert!(!s.get("w", a).unwrap().default);
    assert!(s.get("w", b).unwrap().default);
    assert_eq!(s.get("w", b).unwrap().name, "B2");
    assert!(s.update_one("w", &p, 999, &json!({}), 2).unwrap().is_none());
}

#[test]
fn delete_batch_with_an_unknown_id_deletes_nothing() {
    let (mut s, p) = setup();
    let a = s
        .create("w", &p, &[json!({"name": "A", "external_id": "a"})], 1)
        .unwrap()[0]
        .source
        .id;
    let e = s
        .delete_batch("w", &[json!({"id": a}), json!({"id": 5})])
        .unwrap_err();
    assert!(matches!(e, SourcesError::UnknownIds(ref i) if i[0].request_id == "1"));
    assert_eq!(s.of("w").count(), 1);
    assert_eq!(s.delete_batch("w", &[json!({"id": a})]).unwrap(), 1);
    assert!(!s.delete_one("w", a));
}

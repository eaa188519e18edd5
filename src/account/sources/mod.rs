//! Lead sources (spec §10.2, §11.2): what an integration creates through
//! `/api/v4/sources`, kept in the account state, plus the rules amoCRM
//! enforces on them. Every operation checks the whole request first and
//! changes nothing unless all of it is valid.
//!
//! Pure: no HTTP. The routes turn [`SourcesError`] into problem+json.
//!
//! What a request gets wrong by itself is checked in `validate.rs`; the rules
//! that compare it with the stored sources are checked here, by the
//! operation that then writes, so they see the same state the write changes.

mod validate;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::pipelines::Pipelines;
use validate::Patch;

/// Most sources one `POST`/`PATCH`/`DELETE` may carry (documented).
pub const MAX_PER_REQUEST: usize = 50;
/// Most active sources one integration may have (documented).
pub const MAX_ACTIVE_PER_INTEGRATION: usize = 100;
/// Longest `external_id` (documented: 36 printable ASCII characters).
pub const MAX_EXTERNAL_ID_LEN: usize = 36;
/// Longest `name`. amoCRM does not document one; 255 is its usual limit
/// for names (UNCONFIRMED).
pub const MAX_NAME_LEN: usize = 255;
/// The first id handed out; amoCRM's source ids are 4–6 digit numbers.
const FIRST_ID: u64 = 10_251;

/// A lead source of one integration (the widget with `lead_sources`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: u64,
    /// The widget (integration) that owns it.
    pub widget_code: String,
    pub name: String,
    pub external_id: String,
    pub pipeline_id: u64,
    pub default: bool,
    pub origin_code: Option<String>,
    /// `[{type, params, pages}]` as sent (shape checked on write).
    pub services: Vec<Value>,
    pub created_at: u64,
    pub updated_at: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Sources {
    /// The id the next created source gets (0: not started yet).
    #[serde(default)]
    pub next_id: u64,
    #[serde(default)]
    pub items: Vec<Source>,
}

/// The `code` of a field-level error. `NotBlank`, `InvalidType` and
/// `NotSupportedChoice` are codes amoCRM uses; it documents `EntityNotFound`
/// for sources; the others are the emulator's names for documented rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    NotBlank,
    InvalidType,
    TooLong,
    InvalidCharacters,
    NotUnique,
    NotSupportedChoice,
    EntityNotFound,
    Immutable,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::NotBlank => "NotBlank",
            ErrorCode::InvalidType => "InvalidType",
            ErrorCode::TooLong => "TooLong",
            ErrorCode::InvalidCharacters => "InvalidCharacters",
            ErrorCode::NotUnique => "NotUnique",
            ErrorCode::NotSupportedChoice => "NotSupportedChoice",
            ErrorCode::EntityNotFound => "EntityNotFound",
            ErrorCode::Immutable => "Immutable",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    pub code: ErrorCode,
    pub path: String,
    pub detail: String,
}

/// The errors of one item of a batch, under its `request_id`.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemErrors {
    pub request_id: String,
    pub errors: Vec<FieldError>,
}

/// Why a write was refused. Nothing was changed.
#[derive(Debug, Clone, PartialEq)]
pub enum SourcesError {
    /// The request as a whole is wrong (not an array, too many items, …).
    Request(String),
    /// Some items are invalid (400, `validation-errors`).
    Invalid(Vec<ItemErrors>),
    /// A batch names ids that do not exist (400, documented `EntityNotFound`
    /// shape under `errors`).
    UnknownIds(Vec<ItemErrors>),
}

/// A written source and the `request_id` to echo for it.
#[derive(Debug, Clone)]
pub struct Written {
    pub source: Source,
    pub request_id: String,
}

/// Builds a [`FieldError`]; shared with `validate.rs`, which reports most of them.
fn err(code: ErrorCode, path: impl Into<String>, detail: impl Into<String>) -> FieldError {
    FieldError {
        code,
        path: path.into(),
        detail: detail.into(),
    }
}

impl Sources {
    /// The sources of integration `owner`, in creation order.
    pub fn of<'a>(&'a self, owner: &'a str) -> impl Iterator<Item = &'a Source> + 'a {
        self.items.iter().filter(move |s| s.widget_code == owner)
    }

    pub fn get(&self, owner: &str, id: u64) -> Option<&Source> {
        self.items
            .iter()
            .find(|s| s.widget_code == owner && s.id == id)
    }

    fn take_id(&mut self) -> u64 {
        let id = self.next_id.max(FIRST_ID);
        self.next_id = id + 1;
        id
    }

    /// A source marked `default` is the only default one of its integration
    /// (UNCONFIRMED: amoCRM does not say what two defaults mean).
    fn keep_one_default(&mut self, owner: &str, id: u64) {
        for s in self.items.iter_mut() {
            if s.widget_code == owner && s.id != id {
                s.default = false;
            }
        }
    }

    /// `POST /api/v4/sources`: all items are created, or none.
    pub fn create(
        &mut self,
        owner: &str,
        pipelines: &Pipelines,
        items: &[Value],
        now: u64,
    ) -> Result<Vec<Written>, SourcesError> {
        validate::check_batch_size(items)?;
        let active = self.of(owner).count();
        if active + items.len() > MAX_ACTIVE_PER_INTEGRATION {
            return Err(SourcesError::Request(format!(
                "an integration may have at most {MAX_ACTIVE_PER_INTEGRATION} active sources: it has {active}, and this request adds {}",
                items.len()
            )));
        }
        let Some(main) = pipelines.main() else {
            return Err(SourcesError::Request(
                "the account has no pipeline to attach sources to".into(),
            ));
        };
        let taken: HashSet<String> = self.of(owner).map(|s| s.external_id.clone()).collect();
        let mut in_request: HashSet<String> = HashSet::new();
        let mut all_errors = Vec::new();
        let mut parsed = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let (p, mut errors) = validate::parse_new_item(item, pipelines);
            if let Some(ext) = &p.external_id {
                if taken.contains(ext) {
                    errors.push(err(
                        ErrorCode::NotUnique,
                        "external_id",
                        format!("the integration already has a source with external_id {ext:?}"),
                    ));
                } else if !in_request.insert(ext.clone()) {
                    errors.push(err(
                        ErrorCode::NotUnique,
                        "external_id",
                        format!("external_id {ext:?} appears twice in this request"),
                    ));
                }
            }
            let request_id = p.request_id.clone().unwrap_or_else(|| i.to_string());
            if errors.is_empty() {
                parsed.push((p, request_id));
            } else {
                all_errors.push(ItemErrors { request_id, errors });
            }
        }
        if !all_errors.is_empty() {
            return Err(SourcesError::Invalid(all_errors));
        }
        let mut out = Vec::new();
        for (p, request_id) in parsed {
            let source = Source {
                id: self.take_id(),
                widget_code: owner.to_owned(),
                name: p.name.unwrap_or_default(),
                external_id: p.external_id.unwrap_or_default(),
                pipeline_id: p.pipeline_id.unwrap_or(main.id),
                default: p.default.unwrap_or(false),
                origin_code: p.origin_code.flatten(),
                services: p.services.unwrap_or_default(),
                created_at: now,
                updated_at: now,
            };
            if source.default {
                self.keep_one_default(owner, source.id);
            }
            self.items.push(source.clone());
            out.push(Written { source, request_id });
        }
        Ok(out)
    }

    /// `PATCH /api/v4/sources`: every item names an existing `id`; all are
    /// updated, or none.
    pub fn update_batch(
        &mut self,
        owner: &str,
        pipelines: &Pipelines,
        items: &[Value],
        now: u64,
    ) -> Result<Vec<Written>, SourcesError> {
        validate::check_batch_size(items)?;
        let mut all_errors = Vec::new();
        let mut parsed = Vec::new();
        let mut seen = HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let (p, mut errors) = validate::parse_item(item, pipelines);
            let request_id = p.request_id.clone().unwrap_or_else(|| i.to_string());
            match p.id {
                None if item.is_object() && !errors.iter().any(|e| e.path == "id") => {
                    errors.push(err(
                        ErrorCode::NotBlank,
                        "id",
                        "each item must name the id to update",
                    ))
                }
                Some(id) if self.get(owner, id).is_none() => errors.push(err(
                    ErrorCode::EntityNotFound,
                    "id",
                    format!("the integration has no source {id}"),
                )),
                Some(id) if !seen.insert(id) => errors.push(err(
                    ErrorCode::NotUnique,
                    "id",
                    format!("source {id} appears twice in this request"),
                )),
                _ => {}
            }
            if let (Some(id), Some(ext)) = (p.id, &p.external_id) {
                errors.extend(self.immutable_external_id(owner, id, ext));
            }
            if errors.is_empty() {
                parsed.push((p, request_id));
            } else {
                all_errors.push(ItemErrors { request_id, errors });
            }
        }
        if !all_errors.is_empty() {
            return Err(SourcesError::Invalid(all_errors));
        }
        Ok(parsed
            .into_iter()
            .map(|(p, request_id)| {
                let id = p.id.expect("checked above");
                Written {
                    source: self.apply(owner, id, p, now),
                    request_id,
                }
            })
            .collect())
    }

    /// `PATCH /api/v4/sources/{id}`. `Ok(None)`: no such source (404).
    pub fn update_one(
        &mut self,
        owner: &str,
        pipelines: &Pipelines,
        id: u64,
        item: &Value,
        now: u64,
    ) -> Result<Option<Written>, SourcesError> {
        if self.get(owner, id).is_none() {
            return Ok(None);
        }
        let (mut p, mut errors) = validate::parse_item(item, pipelines);
        let request_id = p.request_id.clone().unwrap_or_else(|| "0".to_owned());
        if p.id.is_some_and(|body_id| body_id != id) {
            errors.push(err(
                ErrorCode::NotSupportedChoice,
                "id",
                format!(
                    "the body names id {} but the URL names {id}",
                    p.id.unwrap_or(0)
                ),
            ));
        }
        if let Some(ext) = &p.external_id {
            errors.extend(self.immutable_external_id(owner, id, ext));
        }
        if !errors.is_empty() {
            return Err(SourcesError::Invalid(vec![ItemErrors {
                request_id,
                errors,
            }]));
        }
        p.id = Some(id);
        Ok(Some(Written {
            source: self.apply(owner, id, p, now),
            request_id,
        }))
    }

    fn immutable_external_id(&self, owner: &str, id: u64, ext: &str) -> Option<FieldError> {
        let current = self.get(owner, id)?;
        (current.external_id != ext).then(|| {
            err(
                ErrorCode::Immutable,
                "external_id",
                format!(
                    "external_id cannot be changed (source {id} has {:?})",
                    current.external_id
                ),
            )
        })
    }

    fn apply(&mut self, owner: &str, id: u64, p: Patch, now: u64) -> Source {
        let s = self
            .items
            .iter_mut()
            .find(|s| s.widget_code == owner && s.id == id)
            .expect("checked by the caller");
        if let Some(v) = p.name {
            s.name = v;
        }
        if let Some(v) = p.pipeline_id {
            s.pipeline_id = v;
        }
        if let Some(v) = p.default {
            s.default = v;
        }
        if let Some(v) = p.origin_code {
            s.origin_code = v;
        }
        if let Some(v) = p.services {
            s.services = v;
        }
        s.updated_at = now;
        let out = s.clone();
        if out.default {
            self.keep_one_default(owner, id);
        }
        out
    }

    /// `DELETE /api/v4/sources` with `[{"id": 1}, …]`: all or none.
    pub fn delete_batch(&mut self, owner: &str, items: &[Value]) -> Result<usize, SourcesError> {
        validate::check_batch_size(items)?;
        let mut ids = Vec::new();
        let mut invalid = Vec::new();
        let mut unknown = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let request_id = i.to_string();
            match item.get("id").map(|v| v.as_u64()) {
                Some(Some(id)) if self.get(owner, id).is_some() => ids.push(id),
                Some(Some(id)) => unknown.push(ItemErrors {
                    request_id,
                    errors: vec![err(
                        ErrorCode::EntityNotFound,
                        "id",
                        format!("the integration has no source {id}"),
                    )],
                }),
                _ => invalid.push(ItemErrors {
                    request_id,
                    errors: vec![err(
                        ErrorCode::InvalidType,
                        "id",
                        "each item must be {\"id\": <source id>}",
                    )],
                }),
            }
        }
        if !invalid.is_empty() {
            return Err(SourcesError::Invalid(invalid));
        }
        if !unknown.is_empty() {
            return Err(SourcesError::UnknownIds(unknown));
        }
        self.items
            .retain(|s| !(s.widget_code == owner && ids.contains(&s.id)));
        Ok(ids.len())
    }

    /// `DELETE /api/v4/sources/{id}`: whether it existed.
    pub fn delete_one(&mut self, owner: &str, id: u64) -> bool {
        let before = self.items.len();
        self.items
            .retain(|s| !(s.widget_code == owner && s.id == id));
        self.items.len() != before
    }
}

/// The API model of a source (spec §11.2).
pub fn api_model(s: &Source, request_id: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), s.id.into());
    m.insert("name".into(), s.name.clone().into());
    m.insert("pipeline_id".into(), s.pipeline_id.into());
    m.insert("external_id".into(), s.external_id.clone().into());
    m.insert("default".into(), s.default.into());
    m.insert(
        "origin_code".into(),
        s.origin_code.clone().map_or(Value::Null, Value::String),
    );
    m.insert("services".into(), Value::Array(s.services.clone()));
    if let Some(r) = request_id {
        m.insert("request_id".into(), r.into());
    }
    m.insert(
        "_links".into(),
        serde_json::json!({"self": {"href": format!("/api/v4/sources/{}", s.id)}}),
    );
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
}

//! The Sources operations behind each endpoint (create, update one or a
//! batch, delete one or a batch), each all-or-nothing: the whole request is
//! checked first, against the stored sources too (unique and immutable
//! `external_id`, existing ids, the per-integration limit), and only then
//! is anything changed.

use std::collections::HashSet;

use serde_json::Value;

use super::validate::{self, Patch};
use super::{
    err, ErrorCode, FieldError, ItemErrors, Source, Sources, SourcesError, Written,
    MAX_ACTIVE_PER_INTEGRATION,
};
use crate::account::pipelines::Pipelines;

/// The first id handed out; amoCRM's source ids are 4–6 digit numbers.
const FIRST_ID: u64 = 10_251;

/// The items of a batch request as they are checked: the valid ones with
/// their `request_id`, and the errors of the others.
#[derive(Default)]
struct Batch {
    valid: Vec<(Patch, String)>,
    invalid: Vec<ItemErrors>,
}

impl Batch {
    /// Files item `index` of the request under its own `request_id`, or
    /// its index when it has none (as amoCRM numbers the items it answers).
    fn add(&mut self, item: Patch, index: usize, errors: Vec<FieldError>) {
        let request_id = item.request_id.clone().unwrap_or_else(|| index.to_string());
        if errors.is_empty() {
            self.valid.push((item, request_id));
        } else {
            self.invalid.push(ItemErrors { request_id, errors });
        }
    }

    /// The valid items, if every item is valid (a batch is all or nothing).
    fn finish(self) -> Result<Vec<(Patch, String)>, SourcesError> {
        if self.invalid.is_empty() {
            Ok(self.valid)
        } else {
            Err(SourcesError::Invalid(self.invalid))
        }
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
        let mut batch = Batch::default();
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
            batch.add(p, i, errors);
        }
        let parsed = batch.finish()?;
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
        let mut batch = Batch::default();
        let mut seen = HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let (p, mut errors) = validate::parse_item(item, pipelines);
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
            batch.add(p, i, errors);
        }
        let parsed = batch.finish()?;
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

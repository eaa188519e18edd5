//! The rules an incoming Sources API request breaks on its own, without
//! looking at the sources already stored: JSON shapes, lengths, characters,
//! required fields, and whether a named pipeline exists.
//!
//! Kept apart from the store operations in `ops.rs` so those read as the
//! all-or-nothing flow they implement, and so each field's rules have
//! one place to live. The rules that depend on the stored sources (unique and
//! immutable `external_id`, existing ids, the per-integration limit) stay
//! with the operations, next to the state the write then changes.
//!
//! Every error of an item is collected, not only the first, so one
//! `validation-errors` answer tells the developer everything to fix.

use serde_json::Value;

use super::{err, ErrorCode, FieldError, SourcesError};
use super::{MAX_EXTERNAL_ID_LEN, MAX_NAME_LEN, MAX_PER_REQUEST};
use crate::account::pipelines::Pipelines;

/// The fields one item sets; `None` means "not sent", so an update keeps the
/// stored value (`origin_code: Some(None)` is an explicit `null`).
#[derive(Debug, Default)]
pub(super) struct Patch {
    pub(super) id: Option<u64>,
    pub(super) name: Option<String>,
    pub(super) external_id: Option<String>,
    pub(super) pipeline_id: Option<u64>,
    pub(super) default: Option<bool>,
    pub(super) origin_code: Option<Option<String>>,
    pub(super) services: Option<Vec<Value>>,
    pub(super) request_id: Option<String>,
}

/// Reads one item, collecting every field error (not only the first).
pub(super) fn parse_item(item: &Value, pipelines: &Pipelines) -> (Patch, Vec<FieldError>) {
    let mut p = Patch::default();
    let mut errors = Vec::new();
    let Some(obj) = item.as_object() else {
        errors.push(err(
            ErrorCode::InvalidType,
            "",
            "each item must be a JSON object",
        ));
        return (p, errors);
    };
    if let Some(v) = obj.get("request_id") {
        match v {
            Value::String(s) => p.request_id = Some(s.clone()),
            Value::Number(n) => p.request_id = Some(n.to_string()),
            _ => errors.push(err(
                ErrorCode::InvalidType,
                "request_id",
                "request_id must be a string",
            )),
        }
    }
    if let Some(v) = obj.get("id") {
        match v.as_u64() {
            Some(id) => p.id = Some(id),
            None => errors.push(err(
                ErrorCode::InvalidType,
                "id",
                "id must be a positive integer",
            )),
        }
    }
    if let Some(v) = obj.get("name") {
        match v.as_str() {
            Some(s) if s.trim().is_empty() => {
                errors.push(err(ErrorCode::NotBlank, "name", "name must not be blank"))
            }
            Some(s) if s.chars().count() > MAX_NAME_LEN => errors.push(err(
                ErrorCode::TooLong,
                "name",
                format!("name must be at most {MAX_NAME_LEN} characters"),
            )),
            Some(s) => p.name = Some(s.to_owned()),
            None => errors.push(err(ErrorCode::InvalidType, "name", "name must be a string")),
        }
    }
    if let Some(v) = obj.get("external_id") {
        match v.as_str() {
            Some("") => errors.push(err(
                ErrorCode::NotBlank,
                "external_id",
                "external_id must not be empty",
            )),
            Some(s) if s.len() > MAX_EXTERNAL_ID_LEN => errors.push(err(
                ErrorCode::TooLong,
                "external_id",
                format!(
                    "external_id must be at most {MAX_EXTERNAL_ID_LEN} characters (got {})",
                    s.chars().count()
                ),
            )),
            Some(s) if !s.chars().all(|c| (' '..='~').contains(&c)) => errors.push(err(
                ErrorCode::InvalidCharacters,
                "external_id",
                "external_id may contain only printable ASCII characters (spaces allowed)",
            )),
            Some(s) => p.external_id = Some(s.to_owned()),
            None => errors.push(err(
                ErrorCode::InvalidType,
                "external_id",
                "external_id must be a string (send numbers as \"123\")",
            )),
        }
    }
    if let Some(v) = obj.get("pipeline_id") {
        match v.as_u64() {
            Some(id) if pipelines.get(id).is_some() => p.pipeline_id = Some(id),
            Some(id) => errors.push(err(
                ErrorCode::NotSupportedChoice,
                "pipeline_id",
                format!("the account has no pipeline {id} (see GET /api/v4/leads/pipelines)"),
            )),
            None => errors.push(err(
                ErrorCode::InvalidType,
                "pipeline_id",
                "pipeline_id must be an integer",
            )),
        }
    }
    if let Some(v) = obj.get("default") {
        match v.as_bool() {
            Some(b) => p.default = Some(b),
            None => errors.push(err(
                ErrorCode::InvalidType,
                "default",
                "default must be true or false",
            )),
        }
    }
    if let Some(v) = obj.get("origin_code") {
        match v {
            Value::Null => p.origin_code = Some(None),
            Value::String(s) => p.origin_code = Some(Some(s.clone())),
            _ => errors.push(err(
                ErrorCode::InvalidType,
                "origin_code",
                "origin_code must be a string or null",
            )),
        }
    }
    if let Some(v) = obj.get("services") {
        match check_services(v) {
            Ok(list) => p.services = Some(list),
            Err(mut e) => errors.append(&mut e),
        }
    }
    (p, errors)
}

/// [`parse_item`] plus what creating needs: a new source has no stored
/// fields to fall back on, so `name` and `external_id` must be sent. A field
/// already reported as malformed is not reported again as missing.
pub(super) fn parse_new_item(item: &Value, pipelines: &Pipelines) -> (Patch, Vec<FieldError>) {
    let (p, mut errors) = parse_item(item, pipelines);
    let is_object = item.is_object();
    if is_object && p.name.is_none() && !errors.iter().any(|e| e.path == "name") {
        errors.push(err(ErrorCode::NotBlank, "name", "name is required"));
    }
    if is_object && p.external_id.is_none() && !errors.iter().any(|e| e.path == "external_id") {
        errors.push(err(
            ErrorCode::NotBlank,
            "external_id",
            "external_id is required (your integration's id for this source)",
        ));
    }
    (p, errors)
}

/// `services`: `[{type: string, params?: object, pages?: [{id, name, link}]}]`.
fn check_services(v: &Value) -> Result<Vec<Value>, Vec<FieldError>> {
    let Some(list) = v.as_array() else {
        return Err(vec![err(
            ErrorCode::InvalidType,
            "services",
            "services must be an array",
        )]);
    };
    let mut errors = Vec::new();
    for (i, s) in list.iter().enumerate() {
        let path = format!("services.{i}");
        let Some(o) = s.as_object() else {
            errors.push(err(
                ErrorCode::InvalidType,
                path,
                "each service must be an object",
            ));
            continue;
        };
        if !o.get("type").is_some_and(Value::is_string) {
            errors.push(err(
                ErrorCode::InvalidType,
                format!("{path}.type"),
                "type must be a string, e.g. \"whatsapp\"",
            ));
        }
        if o.get("params").is_some_and(|p| !p.is_object()) {
            errors.push(err(
                ErrorCode::InvalidType,
                format!("{path}.params"),
                "params must be an object",
            ));
        }
        if let Some(pages) = o.get("pages") {
            let ok = pages
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_object));
            if !ok {
                errors.push(err(
                    ErrorCode::InvalidType,
                    format!("{path}.pages"),
                    "pages must be an array of {id, name, link} objects",
                ));
            }
        }
    }
    if errors.is_empty() {
        Ok(list.clone())
    } else {
        Err(errors)
    }
}

/// The per-request bounds (at least one item, at most [`MAX_PER_REQUEST`]),
/// checked before any item is read: a batch outside them is refused as a
/// whole, not item by item.
pub(super) fn check_batch_size(items: &[Value]) -> Result<(), SourcesError> {
    if items.is_empty() {
        return Err(SourcesError::Request(
            "the body is an empty array; send at least one source".into(),
        ));
    }
    if items.len() > MAX_PER_REQUEST {
        return Err(SourcesError::Request(format!(
            "at most {MAX_PER_REQUEST} sources per request (got {})",
            items.len()
        )));
    }
    Ok(())
}

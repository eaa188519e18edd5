//! Lead sources (docs/platform.md §10.2, §11.2): what an integration creates through
//! `/api/v4/sources`, kept in the account state, plus the rules amoCRM
//! enforces on them. Every operation checks the whole request first and
//! changes nothing unless all of it is valid.
//!
//! No HTTP here. The routes turn [`SourcesError`] into problem+json.
//!
//! This file holds the model and the limits. What a request gets wrong by
//! itself is checked in `validate.rs`; the rules that compare it with the
//! stored sources are checked in `ops.rs`, by the operation that then
//! writes, so they see the same state the write changes.

mod ops;
#[cfg(test)]
mod tests;
mod validate;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Most sources one `POST`/`PATCH`/`DELETE` may carry (documented).
pub const MAX_PER_REQUEST: usize = 50;
/// Most active sources one integration may have (documented).
pub const MAX_ACTIVE_PER_INTEGRATION: usize = 100;
/// Longest `external_id` (documented: 36 printable ASCII characters).
pub const MAX_EXTERNAL_ID_LEN: usize = 36;
/// Longest `name`. amoCRM does not document one; 255 is its usual limit
/// for names (UNCONFIRMED).
pub const MAX_NAME_LEN: usize = 255;

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

pub use crate::validation::{ErrorCode, FieldError, ItemErrors};

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

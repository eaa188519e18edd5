//! A value that fails validation, as amoCRM reports it in
//! `validation-errors`: the dot path into the request (`custom_fields_values.0.field_id`,
//! `settings.login`), amoCRM's code and a sentence. Shared by the checks in
//! `widget` (settings values against the manifest), `account` (writes to
//! records) and the one problem+json mapping in `server::http`. Types only;
//! imports nothing of the crate.

/// One invalid value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub path: String,
    pub code: ErrorCode,
    pub detail: String,
}

/// amoCRM's codes. `InvalidType` and `NotSupportedChoice` are documented
/// for every API (docs/api-v4-writes.md §3), the others by the Sources API
/// (docs/platform.md); `FieldMissing` is not in the docs (UNCONFIRMED) and
/// names a field a request must carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    InvalidType,
    NotSupportedChoice,
    NotBlank,
    TooLong,
    InvalidCharacters,
    NotUnique,
    EntityNotFound,
    Immutable,
    FieldMissing,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidType => "InvalidType",
            ErrorCode::NotSupportedChoice => "NotSupportedChoice",
            ErrorCode::NotBlank => "NotBlank",
            ErrorCode::TooLong => "TooLong",
            ErrorCode::InvalidCharacters => "InvalidCharacters",
            ErrorCode::NotUnique => "NotUnique",
            ErrorCode::EntityNotFound => "EntityNotFound",
            ErrorCode::Immutable => "Immutable",
            ErrorCode::FieldMissing => "FieldMissing",
        }
    }
}

/// The errors of one item of a batch, under its `request_id` (the one the
/// client sent, else the item's position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemErrors {
    pub request_id: String,
    pub errors: Vec<FieldError>,
}

impl FieldError {
    pub fn new(path: impl Into<String>, code: ErrorCode, detail: impl Into<String>) -> Self {
        FieldError {
            path: path.into(),
            code,
            detail: detail.into(),
        }
    }
}

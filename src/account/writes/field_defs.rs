//! Creating and changing custom field definitions
//! (`POST`/`PATCH /api/v4/<entity>/custom_fields`): `name` and `type` on
//! create, the type one amoCRM has, a `code` unique among the entity's
//! fields, `enums` for the choice types (`[{value, sort?}]`; on PATCH an
//! enum with an `id` keeps it, one without is new, one left out is
//! removed). No I/O.

use serde_json::Value;

use super::item::{invalid_type, not_supported, ErrorCode, Item};
use super::{Actor, Written};
use crate::account::entities::{CustomField, EntityKind, FieldEnum};
use crate::account::AccountState;

/// The field types amoCRM has (docs/api-v4-writes.md §4).
pub const FIELD_TYPES: [&str; 25] = [
    "text",
    "numeric",
    "checkbox",
    "select",
    "multiselect",
    "date",
    "url",
    "textarea",
    "radiobutton",
    "streetaddress",
    "smart_address",
    "birthday",
    "legal_entity",
    "date_time",
    "price",
    "category",
    "items",
    "tracking_data",
    "linked_entity",
    "chained_list",
    "monetary",
    "file",
    "payer",
    "supplier",
    "multitext",
];

/// Types whose values are chosen from `enums`.
const CHOICE_TYPES: [&str; 4] = ["select", "multiselect", "radiobutton", "category"];
/// The first id of a field or an enum made through the API (above the
/// fixture's).
const FIRST_FIELD_ID: u64 = 1_090_001;
const FIRST_ENUM_ID: u64 = 2_500_001;

fn fields_mut(state: &mut AccountState, kind: EntityKind) -> Option<&mut Vec<CustomField>> {
    let f = &mut state.entities.custom_fields;
    match kind {
        EntityKind::Leads => Some(&mut f.leads),
        EntityKind::Contacts => Some(&mut f.contacts),
        EntityKind::Companies => Some(&mut f.companies),
        EntityKind::Tasks => None,
    }
}

/// The next id of `counter` (`custom_fields`, `enums`): above every one
/// given, in the fixture or before.
fn next(state: &mut AccountState, counter: &str, first: u64) -> u64 {
    let f = &state.entities.custom_fields;
    let all = f.leads.iter().chain(&f.contacts).chain(&f.companies);
    let max = if counter == "enums" {
        all.flat_map(|d| d.enums.iter().flatten().map(|e| e.id))
            .max()
    } else {
        all.map(|d| d.id).max()
    };
    let id = state.ids.last(counter).max(max.unwrap_or(0)).max(first - 1) + 1;
    state.ids.set(counter, id);
    id
}

/// `enums` of an item: `(id if kept, value, sort)`.
fn enums(item: &mut Item) -> Option<Vec<(Option<u64>, String, u32)>> {
    let list = item.array("enums")?;
    let mut out = Vec::new();
    for (i, e) in list.iter().enumerate() {
        match e.get("value").and_then(Value::as_str) {
            Some(v) => out.push((
                e.get("id").and_then(Value::as_u64),
                v.to_owned(),
                e.get("sort")
                    .and_then(Value::as_u64)
                    .unwrap_or(((i + 1) * 10) as u64) as u32,
            )),
            None => item
                .errors
                .push(invalid_type(&format!("enums.{i}.value"), "string")),
        }
    }
    Some(out)
}

/// Reports `code` when another field of `kind` (not `except`) has it.
fn check_code(
    item: &mut Item,
    state: &AccountState,
    kind: EntityKind,
    code: Option<&str>,
    except: Option<u64>,
) {
    let Some(code) = code else {
        return;
    };
    let taken = state.entities.custom_fields(kind).iter().any(|f| {
        Some(f.id) != except
            && f.code
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(code))
    });
    if taken {
        item.error(
            "code",
            ErrorCode::NotUnique,
            format!(
                "the {} already have a field with code {code:?}",
                kind.api_name()
            ),
        );
    }
}

pub fn create(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    _actor: &Actor,
) -> Option<Written> {
    if kind == EntityKind::Tasks {
        item.error(
            "",
            ErrorCode::NotSupportedChoice,
            "tasks have no custom fields",
        );
        return None;
    }
    let name = item.string("name");
    let field_type = item.string("type");
    let code = item.string("code");
    let sort = item.u64("sort");
    let is_api_only = item.bool("is_api_only");
    let enums = enums(item);
    item.raw("group_id");
    item.raw("required_statuses");
    item.raw("remind");
    item.raw("settings");
    if name.is_none() && item.errors.iter().all(|e| e.path != "name") {
        item.error("name", ErrorCode::FieldMissing, "a field needs its name");
    }
    match &field_type {
        Some(t) if FIELD_TYPES.contains(&t.as_str()) => {}
        Some(t) => item.errors.push(not_supported(
            "type",
            format!("{t:?}; types: {}", FIELD_TYPES.join(", ")),
        )),
        None if item.errors.iter().all(|e| e.path != "type") => item.error(
            "type",
            ErrorCode::FieldMissing,
            "a field needs its type (text, select …)",
        ),
        None => {}
    }
    check_code(item, state, kind, code.as_deref(), None);
    if !item.errors.is_empty() {
        return None;
    }
    let field_type = field_type?;
    let id = next(state, "custom_fields", FIRST_FIELD_ID);
    let enums = match enums {
        Some(list) if CHOICE_TYPES.contains(&field_type.as_str()) || field_type == "multitext" => {
            Some(
                list.into_iter()
                    .map(|(_, value, sort)| FieldEnum {
                        id: next(state, "enums", FIRST_ENUM_ID),
                        value,
                        sort,
                    })
                    .collect(),
            )
        }
        _ => None,
    };
    let fields = fields_mut(state, kind)?;
    let sort = sort.map_or(500 + fields.len() as u32, |s| s as u32);
    fields.push(CustomField {
        id,
        name: name?,
        field_type,
        code: code.map(|c| c.to_uppercase()),
        sort,
        is_api_only: is_api_only.unwrap_or(false),
        is_predefined: false,
        is_deletable: true,
        enums,
    });
    Some(Written {
        id,
        ..Written::default()
    })
}

pub fn update(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    _actor: &Actor,
) -> Option<Written> {
    let Some(id) = item.u64("id") else {
        if item.errors.iter().all(|e| e.path != "id") {
            item.error(
                "id",
                ErrorCode::FieldMissing,
                "each item of a PATCH names its field by id",
            );
        }
        return None;
    };
    if !state
        .entities
        .custom_fields(kind)
        .iter()
        .any(|f| f.id == id)
    {
        item.error(
            "id",
            ErrorCode::NotSupportedChoice,
            format!("the {} have no field {id}", kind.api_name()),
        );
        return None;
    }
    let name = item.string("name");
    let code = item.string("code");
    let sort = item.u64("sort");
    let is_api_only = item.bool("is_api_only");
    let enums = enums(item);
    item.raw("type");
    item.raw("group_id");
    item.raw("required_statuses");
    item.raw("remind");
    item.raw("settings");
    check_code(item, state, kind, code.as_deref(), Some(id));
    if !item.errors.is_empty() {
        return None;
    }
    let new_enums = enums;
    let mut made = Vec::new();
    if let Some(list) = &new_enums {
        for (kept, _, _) in list {
            if kept.is_none() {
                made.push(next(state, "enums", FIRST_ENUM_ID));
            }
        }
    }
    let field = fields_mut(state, kind)?.iter_mut().find(|f| f.id == id)?;
    if let Some(n) = name {
        field.name = n;
    }
    if let Some(c) = code {
        field.code = Some(c.to_uppercase());
    }
    if let Some(s) = sort {
        field.sort = s as u32;
    }
    if let Some(a) = is_api_only {
        field.is_api_only = a;
    }
    if let Some(list) = new_enums {
        let mut fresh = made.into_iter();
        field.enums = Some(
            list.into_iter()
                .map(|(kept, value, sort)| FieldEnum {
                    id: kept.or_else(|| fresh.next()).unwrap_or(0),
                    value,
                    sort,
                })
                .collect(),
        );
    }
    Some(Written {
        id,
        ..Written::default()
    })
}

//! Adding notes to a lead, contact or company (docs/api-v4-writes.md §6):
//! the record must exist, the type must be one amoCRM lets a client create,
//! and `params` is kept as given (each type's keys are the widget's
//! business; the card's feed reads the ones it shows). No I/O.

use serde_json::{json, Value};

use super::item::{invalid_type, not_supported, ErrorCode, Item};
use super::records::entity_of;
use super::{Actor, Applied, Written};
use crate::account::entities::{EntityKind, Note, NOTE_TYPES};
use crate::account::webhooks::{Action, Happened};
use crate::account::AccountState;

/// The first note id: 8 digits, like amoCRM's.
const FIRST_NOTE_ID: u64 = 42_709_301;

pub fn add(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    path_id: Option<u64>,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let entity_id = entity_of(item, state, kind, path_id, || {
        format!(
            "a note added through /api/v4/{}/notes names its record by entity_id",
            kind.api_name()
        )
    });
    let note_type = item.string("note_type");
    match &note_type {
        Some(t) if NOTE_TYPES.contains(&t.as_str()) => {}
        Some(t) => item.errors.push(not_supported(
            "note_type",
            format!("{t:?}; types: {NOTE_TYPES:?}"),
        )),
        None if item.errors.iter().all(|e| e.path != "note_type") => item.error(
            "note_type",
            ErrorCode::FieldMissing,
            "a note needs its note_type (common, call_in …)",
        ),
        None => {}
    }
    let params = match item.raw("params") {
        None => serde_json::Map::new(),
        Some(Value::Object(m)) => m.clone(),
        Some(_) => {
            item.errors.push(invalid_type("params", "array"));
            serde_json::Map::new()
        }
    };
    let created_by = item.u64("created_by");
    let responsible = item.u64("responsible_user_id");
    item.raw("is_need_to_trigger_digital_pipeline");
    if !item.errors.is_empty() {
        return None;
    }
    let entity_id = entity_id?;
    let id = state
        .ids
        .last("notes")
        .max(state.entities.notes.iter().map(|n| n.id).max().unwrap_or(0))
        .max(FIRST_NOTE_ID - 1)
        + 1;
    state.ids.set("notes", id);
    let by = created_by.unwrap_or(actor.user_id);
    let note = Note {
        id,
        entity_id,
        entity_type: kind,
        created_by: by,
        updated_by: by,
        created_at: actor.now,
        updated_at: actor.now,
        responsible_user_id: responsible.unwrap_or(by),
        group_id: 0,
        note_type: note_type?,
        params,
    };
    state.history.record(
        note.added_event(),
        kind,
        entity_id,
        actor.user_id,
        actor.now,
        json!([]),
        json!([{"note": {"id": id}}]),
    );
    state.entities.notes.push(note);
    out.happened.push(Happened {
        kind,
        id: entity_id,
        action: Action::Note { note_id: id },
    });
    Some(Written {
        id,
        request_id: String::new(),
        updated_at: actor.now,
        entity_id: Some(entity_id),
        name: None,
        ..Written::default()
    })
}

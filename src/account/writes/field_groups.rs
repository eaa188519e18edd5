//! Creating and deleting custom field groups
//! (`POST /api/v4/<entity>/custom_fields/groups`, `DELETE …/groups/<id>`):
//! a group needs its `name`; ids are `<entity>_<number>`, never reused.
//! No I/O.

use super::item::{ErrorCode, Item};
use super::Written;
use crate::account::entities::{EntityKind, FieldGroup};
use crate::account::AccountState;

/// The first group number given (amoCRM's look like timestamps).
const FIRST_GROUP: u64 = 1_591_001;

pub fn add(state: &mut AccountState, kind: EntityKind, item: &mut Item) -> Option<Written> {
    if kind == EntityKind::Tasks {
        item.error(
            "",
            ErrorCode::NotSupportedChoice,
            "tasks have no custom fields",
        );
        return None;
    }
    let name = item.string("name");
    let sort = item.u64("sort");
    if name.is_none() && item.errors.iter().all(|e| e.path != "name") {
        item.error("name", ErrorCode::FieldMissing, "a group needs its name");
    }
    if !item.errors.is_empty() {
        return None;
    }
    let n = state.ids.last("field_groups").max(FIRST_GROUP - 1) + 1;
    state.ids.set("field_groups", n);
    let groups = &mut state.entities.field_groups;
    let sort = sort.map_or(10 * (groups.len() as u32 + 1), |s| s as u32);
    groups.push(FieldGroup {
        id: format!("{}_{n}", kind.api_name()),
        entity_type: kind,
        name: name?,
        sort,
    });
    Some(Written {
        id: n,
        ..Written::default()
    })
}

/// Removes group `id` of `kind`; false when there is none.
pub fn delete(state: &mut AccountState, kind: EntityKind, id: &str) -> bool {
    let before = state.entities.field_groups.len();
    state
        .entities
        .field_groups
        .retain(|g| !(g.entity_type == kind && g.id == id));
    state.entities.field_groups.len() != before
}

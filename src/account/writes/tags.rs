//! Adding tags to a kind's tag dictionary (`POST /api/v4/<kind>/tags`,
//! docs/api-v4-writes.md §7.1): each item names a tag and, for leads,
//! may give its colour; a name the dictionary already has answers that
//! tag's id and creates nothing. No record changes, so nothing is
//! recorded in the history or announced. No I/O.

use super::item::{ErrorCode, Item};
use super::Written;
use crate::account::entities::{tag_id, EntityKind};
use crate::account::tags::{names, StoredTag};
use crate::account::AccountState;

pub fn add(state: &mut AccountState, kind: EntityKind, item: &mut Item) -> Option<Written> {
    let name = item.string("name").map(|n| n.trim().to_owned());
    // Only lead tags have a colour; elsewhere `color` is reported unread.
    let color = (kind == EntityKind::Leads)
        .then(|| item.string("color"))
        .flatten();
    let name = match name {
        Some(n) if !n.is_empty() => n,
        _ => {
            if item.errors.iter().all(|e| e.path != "name") {
                item.error("name", ErrorCode::FieldMissing, "a tag needs its name");
            }
            return None;
        }
    };
    if !item.errors.is_empty() {
        return None;
    }
    let existing = names(&state.entities, &state.tags, kind);
    let color = if existing.contains(&name) {
        state.tags.color(kind, &name)
    } else {
        state.tags.of_mut(kind)?.push(StoredTag {
            name: name.clone(),
            color: color.clone(),
        });
        color
    };
    Some(Written {
        id: tag_id(&name),
        name: Some(name),
        color,
        ..Written::default()
    })
}

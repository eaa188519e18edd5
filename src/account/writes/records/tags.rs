//! A record's tags as an item changes them: `_embedded.tags` (replacing),
//! `tags_to_add` and `tags_to_delete`, by name or by id of a tag the
//! kind's records already carry, and the history events of the change.
//! No I/O.

use serde_json::{json, Value};

use super::shared::Shared;
use crate::account::entities::{tag_id, EntityKind};
use crate::account::writes::item::{not_supported, Item};
use crate::account::writes::Actor;
use crate::account::AccountState;

/// Every tag name of `kind` (its tag dictionary), for tags given by id.
pub(super) fn existing_tags(state: &AccountState, kind: EntityKind) -> Vec<String> {
    crate::account::tags::names(&state.entities, &state.tags, kind)
}

/// Tags given as `[{id}|{name}]` under `key`, as names.
pub(super) fn tag_list(item: &mut Item, key: &'static str, existing: &[String]) -> Vec<String> {
    match item.array(key) {
        Some(list) => tags_from(list, key, existing, &mut item.errors),
        None => Vec::new(),
    }
}

pub(super) fn tags_from(
    list: &[Value],
    at: &str,
    existing: &[String],
    errors: &mut Vec<crate::account::writes::FieldError>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (i, t) in list.iter().enumerate() {
        if let Some(name) = t.get("name").and_then(Value::as_str) {
            out.push(name.to_owned());
        } else if let Some(id) = t.get("id").and_then(Value::as_u64) {
            match existing.iter().find(|n| tag_id(n) == id) {
                Some(name) => out.push(name.clone()),
                None => errors.push(not_supported(
                    format!("{at}.{i}.id"),
                    format!("no tag {id}"),
                )),
            }
        } else {
            errors.push(not_supported(
                format!("{at}.{i}"),
                "give a tag's id or name",
            ));
        }
    }
    out
}

/// `_embedded.tags` (`null` detaches them all).
pub(super) fn embedded_tags(
    item: &mut Item,
    kind: EntityKind,
    state: &AccountState,
    emb: &serde_json::Map<String, Value>,
) -> Option<Vec<String>> {
    Some(match emb.get("tags")? {
        Value::Null => Vec::new(),
        Value::Array(list) => tags_from(
            list,
            "_embedded.tags",
            &existing_tags(state, kind),
            &mut item.errors,
        ),
        _ => {
            item.errors.push(crate::account::writes::item::invalid_type(
                "_embedded.tags",
                "array",
            ));
            Vec::new()
        }
    })
}

/// Applies tag changes to `tags` and says which names came and went.
pub(super) fn retag(
    tags: &mut Vec<String>,
    s: &Shared,
    emb_tags: Option<Vec<String>>,
) -> (Vec<String>, Vec<String>) {
    let before = tags.clone();
    if let Some(all) = emb_tags {
        *tags = all;
    }
    for t in &s.tags_to_add {
        if !tags.contains(t) {
            tags.push(t.clone());
        }
    }
    tags.retain(|t| !s.tags_to_delete.contains(t));
    tags.dedup();
    let added = tags
        .iter()
        .filter(|t| !before.contains(t))
        .cloned()
        .collect();
    let removed = before.into_iter().filter(|t| !tags.contains(t)).collect();
    (added, removed)
}

pub(super) fn history_tags(
    state: &mut AccountState,
    kind: EntityKind,
    id: u64,
    actor: &Actor,
    added: &[String],
    removed: &[String],
) {
    for t in added {
        state.history.record(
            "entity_tag_added",
            kind,
            id,
            actor.user_id,
            actor.now,
            json!([]),
            json!([{"tag": {"name": t}}]),
        );
    }
    for t in removed {
        state.history.record(
            "entity_tag_deleted",
            kind,
            id,
            actor.user_id,
            actor.now,
            json!([{"tag": {"name": t}}]),
            json!([]),
        );
    }
}

//! Creating and changing tasks (docs/api-v4-writes.md §5): `text` and
//! `complete_till` are required on create, the record a task is about must
//! exist, completing one (`is_completed` with a `result`) is recorded as
//! amoCRM records it. No I/O.

use serde_json::{json, Value};

use super::item::{not_supported, ErrorCode, Item};
use super::records::{exists, next_id, patched};
use super::{Actor, Applied, Written};
use crate::account::entities::{EntityKind, Task, TaskResult};
use crate::account::webhooks::{Action, Happened};
use crate::account::AccountState;

/// amoCRM's built-in task types (1 follow-up / call, 2 meeting).
const TASK_TYPES: [u64; 2] = [1, 2];

/// The `entity_id`/`entity_type` pair of an item, checked.
fn about(item: &mut Item, state: &AccountState) -> Option<Option<(EntityKind, u64)>> {
    let id = item.u64("entity_id");
    let kind = item.string("entity_type");
    match (id, kind) {
        (None, None) => Some(None),
        (Some(id), Some(k)) => {
            match EntityKind::from_api_name(&k).filter(|k| *k != EntityKind::Tasks) {
                Some(kind) if exists(state, kind, id) => Some(Some((kind, id))),
                Some(kind) => {
                    item.errors.push(not_supported(
                        "entity_id",
                        format!("no {} with id {id}", kind.singular()),
                    ));
                    None
                }
                None => {
                    item.errors.push(not_supported(
                        "entity_type",
                        format!("{k:?}: leads, contacts or companies"),
                    ));
                    None
                }
            }
        }
        (Some(_), None) => {
            item.error(
                "entity_type",
                ErrorCode::FieldMissing,
                "entity_id needs entity_type",
            );
            None
        }
        (None, Some(_)) => {
            item.error(
                "entity_id",
                ErrorCode::FieldMissing,
                "entity_type needs entity_id",
            );
            None
        }
    }
}

fn result(item: &mut Item) -> Option<TaskResult> {
    let r = item.object("result")?;
    match r.get("text") {
        Some(Value::String(t)) => Some(TaskResult { text: t.clone() }),
        _ => {
            item.errors
                .push(super::item::invalid_type("result.text", "string"));
            None
        }
    }
}

fn task_type(item: &mut Item) -> Option<u64> {
    let t = item.u64("task_type_id")?;
    if !TASK_TYPES.contains(&t) {
        item.errors.push(not_supported(
            "task_type_id",
            format!("{t}: the account has types {TASK_TYPES:?}"),
        ));
    }
    Some(t)
}

fn responsible(item: &mut Item, actor: &Actor) -> Option<u64> {
    let id = item.u64("responsible_user_id")?;
    if !actor.users.contains(&id) {
        item.errors.push(not_supported(
            "responsible_user_id",
            format!("no user {id} in the account"),
        ));
    }
    Some(id)
}

pub fn create(
    state: &mut AccountState,
    item: &mut Item,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let text = item.string("text");
    let complete_till = item.u64("complete_till");
    if text.is_none() && item.errors.iter().all(|e| e.path != "text") {
        item.error("text", ErrorCode::FieldMissing, "a task needs its text");
    }
    if complete_till.is_none() && item.errors.iter().all(|e| e.path != "complete_till") {
        item.error(
            "complete_till",
            ErrorCode::FieldMissing,
            "a task needs its deadline (complete_till, Unix seconds)",
        );
    }
    let about = about(item, state);
    let task_type_id = task_type(item);
    let responsible_user_id = responsible(item, actor);
    let is_completed = item.bool("is_completed");
    let result = result(item);
    let duration = item.u64("duration");
    let created_by = item.u64("created_by");
    let created_at = item.u64("created_at");
    item.raw("updated_by");
    item.raw("updated_at");
    if !item.errors.is_empty() {
        return None;
    }
    let about = about?;
    let id = next_id(state, EntityKind::Tasks);
    let created_at = created_at.unwrap_or(actor.now);
    state.entities.tasks.push(Task {
        id,
        text: text?,
        responsible_user_id: responsible_user_id.unwrap_or(actor.user_id),
        group_id: 0,
        created_by: created_by.unwrap_or(actor.user_id),
        updated_by: created_by.unwrap_or(actor.user_id),
        created_at,
        updated_at: created_at,
        entity_id: about.map(|a| a.1),
        entity_type: about.map(|a| a.0),
        is_completed: is_completed.unwrap_or(false),
        task_type_id: task_type_id.unwrap_or(1),
        duration: duration.unwrap_or(0),
        complete_till: complete_till?,
        result,
    });
    state.history.record(
        "task_added",
        EntityKind::Tasks,
        id,
        actor.user_id,
        actor.now,
        json!([]),
        json!([]),
    );
    out.happened.push(Happened {
        kind: EntityKind::Tasks,
        id,
        action: Action::Add,
    });
    Some(Written {
        id,
        request_id: String::new(),
        updated_at: created_at,
        entity_id: None,
        name: None,
        ..Written::default()
    })
}

pub fn update(
    state: &mut AccountState,
    item: &mut Item,
    path_id: Option<u64>,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let id = patched(item, state, EntityKind::Tasks, path_id)?;
    let text = item.string("text");
    let complete_till = item.u64("complete_till");
    let about = about(item, state);
    let task_type_id = task_type(item);
    let responsible_user_id = responsible(item, actor);
    let is_completed = item.bool("is_completed");
    let result = result(item);
    let duration = item.u64("duration");
    item.raw("updated_by");
    item.raw("updated_at");
    if !item.errors.is_empty() {
        return None;
    }
    let about = about?;
    let task = state.entities.tasks.iter_mut().find(|t| t.id == id)?;
    let mut events = Vec::new();
    let mut actions = vec![Action::Update];
    if let Some(text) = text {
        if text != task.text {
            events.push((
                "task_text_changed",
                json!([{"task": {"text": task.text}}]),
                json!([{"task": {"text": text}}]),
            ));
            task.text = text;
        }
    }
    if let Some(t) = complete_till {
        if t != task.complete_till {
            events.push((
                "task_deadline_changed",
                json!([{"task_deadline": {"timestamp": task.complete_till}}]),
                json!([{"task_deadline": {"timestamp": t}}]),
            ));
            task.complete_till = t;
        }
    }
    if let Some(t) = task_type_id {
        if t != task.task_type_id {
            events.push((
                "task_type_changed",
                json!([{"task_type": {"id": task.task_type_id}}]),
                json!([{"task_type": {"id": t}}]),
            ));
            task.task_type_id = t;
        }
    }
    if let Some(user) = responsible_user_id {
        if user != task.responsible_user_id {
            actions.push(Action::Responsible {
                old_user_id: task.responsible_user_id,
            });
            task.responsible_user_id = user;
        }
    }
    if let Some((kind, entity)) = about {
        task.entity_type = Some(kind);
        task.entity_id = Some(entity);
    }
    if let Some(done) = is_completed {
        if done && !task.is_completed {
            events.push(("task_completed", json!([]), json!([])));
        }
        task.is_completed = done;
    }
    if let Some(r) = result {
        events.push(("task_result_added", json!([]), json!([{"note": {"id": 0}}])));
        task.result = Some(r);
    }
    if let Some(d) = duration {
        task.duration = d;
    }
    task.updated_by = actor.user_id;
    task.updated_at = actor.now;
    let updated_at = task.updated_at;
    for (event, before, after) in events {
        state.history.record(
            event,
            EntityKind::Tasks,
            id,
            actor.user_id,
            actor.now,
            before,
            after,
        );
    }
    out.happened
        .extend(actions.into_iter().map(|action| Happened {
            kind: EntityKind::Tasks,
            id,
            action,
        }));
    Some(Written {
        id,
        request_id: String::new(),
        updated_at,
        entity_id: None,
        name: None,
        ..Written::default()
    })
}

//! Creating and changing leads, contacts and companies: the fields API v4
//! takes for each (docs/api-v4-writes.md §1–2), checked against the
//! account (users, pipelines and stages, custom field definitions, linked
//! records), with the history events and [`Happened`] entries each change
//! makes. Pure.

use serde_json::{json, Value};

use super::custom_fields;
use super::item::{not_supported, ErrorCode, Item};
use super::{Actor, Applied, Written};
use crate::account::entities::{
    tag_id, Company, Contact, ContactLink, EntityKind, FieldValues, Lead, Task,
};
use crate::account::pipelines::{LOST_STATUS_ID, WON_STATUS_ID};
use crate::account::webhooks::{Action, Happened};
use crate::account::AccountState;

pub fn exists(state: &AccountState, kind: EntityKind, id: u64) -> bool {
    let e = &state.entities;
    match kind {
        EntityKind::Leads => e.get::<Lead>(id).is_some(),
        EntityKind::Contacts => e.get::<Contact>(id).is_some(),
        EntityKind::Companies => e.get::<Company>(id).is_some(),
        EntityKind::Tasks => e.get::<Task>(id).is_some(),
    }
}

/// The id under `key` of an item, which must name an existing record of
/// `kind`; `missing` says why the item needs it when it is absent.
pub fn named_record(
    item: &mut Item,
    state: &AccountState,
    key: &'static str,
    kind: EntityKind,
    missing: impl FnOnce() -> String,
) -> Option<u64> {
    match item.u64(key) {
        Some(id) if exists(state, kind, id) => Some(id),
        Some(id) => {
            item.errors.push(not_supported(
                key,
                format!("no {} with id {id}", kind.singular()),
            ));
            None
        }
        None => {
            if item.errors.iter().all(|e| e.path != key) {
                item.error(key, ErrorCode::FieldMissing, missing());
            }
            None
        }
    }
}

/// The record of `kind` an item is about: the path's `path_id` (then the
/// item's `entity_id` is not read), else the item's `entity_id`.
pub fn entity_of(
    item: &mut Item,
    state: &AccountState,
    kind: EntityKind,
    path_id: Option<u64>,
    missing: impl FnOnce() -> String,
) -> Option<u64> {
    match path_id {
        Some(id) => {
            item.raw("entity_id");
            Some(id)
        }
        None => named_record(item, state, "entity_id", kind, missing),
    }
}

/// The fields leads, contacts and companies share, as one item gave them
/// (`None`: not given).
struct Shared {
    name: Option<String>,
    responsible_user_id: Option<u64>,
    created_by: Option<u64>,
    updated_by: Option<u64>,
    created_at: Option<u64>,
    updated_at: Option<u64>,
    fields: Vec<custom_fields::FieldChange>,
    tags_to_add: Vec<String>,
    tags_to_delete: Vec<String>,
}

fn shared(item: &mut Item, kind: EntityKind, state: &AccountState, actor: &Actor) -> Shared {
    let name = item.string("name");
    let responsible_user_id = item.u64("responsible_user_id");
    if let Some(id) = responsible_user_id {
        if !actor.users.contains(&id) {
            item.errors.push(not_supported(
                "responsible_user_id",
                format!(
                    "no user {id} in the account; its users are {:?}",
                    actor.users
                ),
            ));
        }
    }
    let created_by = item.u64("created_by");
    let updated_by = item.u64("updated_by");
    let created_at = item.u64("created_at");
    let updated_at = item.u64("updated_at");
    let definitions = state.entities.custom_fields(kind).to_vec();
    let fields = match item.array("custom_fields_values") {
        Some(values) => custom_fields::read(values, &definitions, &mut item.errors),
        None => Vec::new(),
    };
    let existing = existing_tags(state, kind);
    let tags_to_add = tag_list(item, "tags_to_add", &existing);
    let tags_to_delete = tag_list(item, "tags_to_delete", &existing);
    Shared {
        name,
        responsible_user_id,
        created_by,
        updated_by,
        created_at,
        updated_at,
        fields,
        tags_to_add,
        tags_to_delete,
    }
}

/// Every tag name of `kind` (its tag dictionary), for tags given by id.
fn existing_tags(state: &AccountState, kind: EntityKind) -> Vec<String> {
    crate::account::tags::names(&state.entities, &state.tags, kind)
}

/// Tags given as `[{id}|{name}]` under `key`, as names.
fn tag_list(item: &mut Item, key: &'static str, existing: &[String]) -> Vec<String> {
    match item.array(key) {
        Some(list) => tags_from(list, key, existing, &mut item.errors),
        None => Vec::new(),
    }
}

fn tags_from(
    list: &[Value],
    at: &str,
    existing: &[String],
    errors: &mut Vec<super::FieldError>,
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

/// `_embedded` of an item: its tags and (leads, contacts) linked records.
struct Embedded {
    tags: Option<Vec<String>>,
    contacts: Option<Vec<ContactLink>>,
    company_id: Option<Option<u64>>,
}

/// The `_embedded` keys each kind reads (`source` is documented for leads
/// and not emulated; any other key is reported as ignored).
fn embedded_keys(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Leads => &["tags", "contacts", "companies"],
        EntityKind::Contacts => &["tags", "companies"],
        _ => &["tags"],
    }
}

/// `linked`: the links a caller has already read (complex leads), so the
/// item's own `_embedded.contacts`/`companies` are not read here.
fn embedded(
    item: &mut Item,
    kind: EntityKind,
    state: &AccountState,
    linked: Option<Linked>,
) -> Embedded {
    let mut out = Embedded {
        tags: None,
        contacts: None,
        company_id: None,
    };
    if let Some(l) = linked {
        out.contacts = l
            .contact_id
            .map(|id| vec![ContactLink { id, is_main: true }]);
        out.company_id = l.company_id.map(Some);
    }
    let Some(emb) = item.object("_embedded") else {
        return out;
    };
    for key in emb.keys() {
        let read_by_caller = linked.is_some() && (key == "contacts" || key == "companies");
        if !embedded_keys(kind).contains(&key.as_str()) && !read_by_caller {
            item.ignore(format!("_embedded.{key}"));
        }
    }
    out.tags = embedded_tags(item, kind, state, emb);
    if linked.is_some() {
        return out;
    }
    let e = &state.entities;
    if kind == EntityKind::Leads {
        if let Some(list) = emb.get("contacts").and_then(Value::as_array) {
            let mut links = Vec::new();
            for (i, c) in list.iter().enumerate() {
                match c.get("id").and_then(Value::as_u64) {
                    Some(id) if e.get::<Contact>(id).is_some() => links.push(ContactLink {
                        id,
                        is_main: c
                            .get("is_main")
                            .is_some_and(|m| m == &json!(true) || m == "true"),
                    }),
                    other => item.errors.push(not_supported(
                        format!("_embedded.contacts.{i}.id"),
                        format!(
                            "no contact {}",
                            other.map_or("(none)".into(), |id| id.to_string())
                        ),
                    )),
                }
            }
            // The main contact first, as the model keeps them.
            links.sort_by_key(|l| !l.is_main);
            let has_main = links.iter().any(|l| l.is_main);
            if let (false, Some(first)) = (has_main, links.first_mut()) {
                first.is_main = true;
            }
            out.contacts = Some(links);
        }
    }
    if kind != EntityKind::Companies {
        if let Some(list) = emb.get("companies").and_then(Value::as_array) {
            out.company_id = Some(None);
            if let Some(c) = list.first() {
                match c.get("id").and_then(Value::as_u64) {
                    Some(id) if e.get::<Company>(id).is_some() => out.company_id = Some(Some(id)),
                    other => item.errors.push(not_supported(
                        "_embedded.companies.0.id",
                        format!(
                            "no company {}",
                            other.map_or("(none)".into(), |id| id.to_string())
                        ),
                    )),
                }
            }
        }
    }
    out
}

/// `_embedded.tags` (`null` detaches them all).
fn embedded_tags(
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
            item.errors
                .push(super::item::invalid_type("_embedded.tags", "array"));
            Vec::new()
        }
    })
}

/// The contact and company a new record is linked to when its caller has
/// made or found them (`/api/v4/leads/complex`), instead of the item's
/// `_embedded.contacts`/`companies`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Linked {
    pub contact_id: Option<u64>,
    pub company_id: Option<u64>,
}

/// Applies tag changes to `tags` and says which names came and went.
fn retag(
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

/// The next id of `kind`: above every id it ever gave (ids are never reused).
pub fn next_id(state: &mut AccountState, kind: EntityKind) -> u64 {
    let e = &state.entities;
    let max = match kind {
        EntityKind::Leads => e.leads.iter().map(|l| l.id).max(),
        EntityKind::Contacts => e.contacts.iter().map(|c| c.id).max(),
        EntityKind::Companies => e.companies.iter().map(|c| c.id).max(),
        EntityKind::Tasks => e.tasks.iter().map(|t| t.id).max(),
    }
    .unwrap_or(0);
    let last = state.ids.last(kind.api_name());
    let id = last.max(max) + 1;
    state.ids.set(kind.api_name(), id);
    id
}

fn history_tags(
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

pub fn create(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    create_linked(state, kind, item, None, actor, out)
}

/// [`create`], linked to `linked` when given (then the item's own
/// `_embedded.contacts`/`companies` are the caller's and not read here).
pub fn create_linked(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    linked: Option<Linked>,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let s = shared(item, kind, state, actor);
    let emb = embedded(item, kind, state, linked);
    let lead_place = if kind == EntityKind::Leads {
        Some(place(item, state, None))
    } else {
        None
    };
    let price = if kind == EntityKind::Leads {
        item.u64("price")
    } else {
        None
    };
    let (first_name, last_name) = if kind == EntityKind::Contacts {
        (item.string("first_name"), item.string("last_name"))
    } else {
        (None, None)
    };
    if kind == EntityKind::Leads {
        item.raw("closed_at");
        item.raw("loss_reason_id");
    }
    if !item.errors.is_empty() {
        return None;
    }
    let id = next_id(state, kind);
    let created_by = s.created_by.unwrap_or(actor.user_id);
    let created_at = s.created_at.unwrap_or(actor.now);
    let updated_at = s.updated_at.unwrap_or(created_at);
    let responsible = s.responsible_user_id.unwrap_or(actor.user_id);
    let mut values: Vec<FieldValues> = Vec::new();
    custom_fields::apply(&mut values, s.fields.clone());
    let mut tags = Vec::new();
    let (added_tags, _) = retag(&mut tags, &s, emb.tags.clone());
    let mut name_out = None;
    match kind {
        EntityKind::Leads => {
            let (pipeline_id, status_id) = lead_place.flatten().expect("checked above");
            let closed = status_id == WON_STATUS_ID || status_id == LOST_STATUS_ID;
            state.entities.leads.push(Lead {
                id,
                name: s.name.clone().unwrap_or_else(|| format!("Lead #{id}")),
                price: price.unwrap_or(0),
                responsible_user_id: responsible,
                group_id: 0,
                status_id,
                pipeline_id,
                created_by,
                updated_by: s.updated_by.unwrap_or(created_by),
                created_at,
                updated_at,
                closed_at: closed.then_some(actor.now),
                is_deleted: false,
                custom_fields_values: values,
                tags,
                contacts: emb.contacts.unwrap_or_default(),
                company_id: emb.company_id.flatten(),
            });
        }
        EntityKind::Contacts => {
            let name = s.name.clone().unwrap_or_else(|| {
                [first_name.as_deref(), last_name.as_deref()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            name_out = Some(name.clone());
            state.entities.contacts.push(Contact {
                id,
                name,
                first_name: first_name.unwrap_or_default(),
                last_name: last_name.unwrap_or_default(),
                responsible_user_id: responsible,
                group_id: 0,
                created_by,
                updated_by: s.updated_by.unwrap_or(created_by),
                created_at,
                updated_at,
                is_deleted: false,
                custom_fields_values: values,
                tags,
                company_id: emb.company_id.flatten(),
            });
        }
        EntityKind::Companies => {
            let name = s.name.clone().unwrap_or_default();
            name_out = Some(name.clone());
            state.entities.companies.push(Company {
                id,
                name,
                responsible_user_id: responsible,
                group_id: 0,
                created_by,
                updated_by: s.updated_by.unwrap_or(created_by),
                created_at,
                updated_at,
                is_deleted: false,
                custom_fields_values: values,
                tags,
            });
        }
        EntityKind::Tasks => unreachable!("tasks are written by tasks.rs"),
    }
    let event = format!("{}_added", kind.singular());
    state.history.record(
        &event,
        kind,
        id,
        actor.user_id,
        actor.now,
        json!([]),
        json!([]),
    );
    history_tags(state, kind, id, actor, &added_tags, &[]);
    out.happened.push(Happened {
        kind,
        id,
        action: Action::Add,
    });
    Some(Written {
        id,
        request_id: String::new(),
        updated_at,
        entity_id: None,
        name: name_out,
        ..Written::default()
    })
}

/// A lead's `(pipeline_id, status_id)` from the item, defaulting as amoCRM
/// does: the given pipeline's (else the main one's) first stage after
/// "Incoming leads"; `current` is the lead's place when it is an update.
/// `None` after reporting an unknown pipeline or stage.
fn place(item: &mut Item, state: &AccountState, current: Option<(u64, u64)>) -> Option<(u64, u64)> {
    let pipeline_id = item.u64("pipeline_id");
    let status_id = item.u64("status_id");
    let pipelines = &state.pipelines;
    let pipeline = match (pipeline_id, status_id, current) {
        (Some(id), _, _) => match pipelines.get(id) {
            Some(p) => p,
            None => {
                item.errors
                    .push(not_supported("pipeline_id", format!("no pipeline {id}")));
                return None;
            }
        },
        // A stage alone: the pipeline that has it (won/lost: the current
        // or main pipeline).
        (None, Some(s), cur) => match cur
            .and_then(|(p, _)| pipelines.get(p))
            .filter(|p| p.status(s).is_some())
            .or_else(|| pipelines.iter().find(|p| p.status(s).is_some()))
        {
            Some(p) => p,
            None => {
                item.errors.push(not_supported(
                    "status_id",
                    format!("no stage {s} in any pipeline"),
                ));
                return None;
            }
        },
        (None, None, Some(cur)) => return Some(cur),
        (None, None, None) => pipelines.main()?,
    };
    let status = match status_id {
        Some(s) => match pipeline.status(s) {
            Some(st) => st.id,
            None => {
                item.errors.push(not_supported(
                    "status_id",
                    format!("no stage {s} in pipeline {}", pipeline.id),
                ));
                return None;
            }
        },
        None => match current {
            Some((p, s)) if p == pipeline.id => s,
            _ => {
                pipeline
                    .statuses
                    .iter()
                    .find(|s| s.kind != crate::account::pipelines::StatusKind::Incoming)
                    .or(pipeline.statuses.first())?
                    .id
            }
        },
    };
    Some((pipeline.id, status))
}

pub fn update(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    path_id: Option<u64>,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let id = match path_id {
        Some(id) => {
            item.raw("id");
            id
        }
        None => match item.u64("id") {
            Some(id) if exists(state, kind, id) => id,
            Some(id) => {
                item.error(
                    "id",
                    ErrorCode::NotSupportedChoice,
                    format!("no {} with id {id}", kind.singular()),
                );
                return None;
            }
            None => {
                item.error(
                    "id",
                    ErrorCode::FieldMissing,
                    "each item of a PATCH names its record by id",
                );
                return None;
            }
        },
    };
    let s = shared(item, kind, state, actor);
    let emb = embedded(item, kind, state, None);
    let current_place = state
        .entities
        .get::<Lead>(id)
        .map(|l| (l.pipeline_id, l.status_id));
    let new_place = if kind == EntityKind::Leads {
        place(item, state, current_place)
    } else {
        None
    };
    let price = if kind == EntityKind::Leads {
        item.u64("price")
    } else {
        None
    };
    let (first_name, last_name) = if kind == EntityKind::Contacts {
        (item.string("first_name"), item.string("last_name"))
    } else {
        (None, None)
    };
    if kind == EntityKind::Leads {
        item.raw("closed_at");
        item.raw("loss_reason_id");
    }
    if !item.errors.is_empty() {
        return None;
    }
    let by = s.updated_by.unwrap_or(actor.user_id);
    let updated_at = s.updated_at.unwrap_or(actor.now).max(actor.now);
    let mut events: Vec<(&str, Value, Value)> = Vec::new();
    let mut actions = vec![Action::Update];
    let mut name_out = None;
    macro_rules! common {
        ($r:expr) => {{
            let r = $r;
            if let Some(name) = &s.name {
                if *name != r.name {
                    events.push(("name_field_changed", json!([{"name_field_value": {"name": r.name}}]), json!([{"name_field_value": {"name": name}}])));
                    r.name = name.clone();
                }
            }
            if let Some(user) = s.responsible_user_id {
                if user != r.responsible_user_id {
                    events.push(("entity_responsible_changed", json!([{"responsible_user": {"id": r.responsible_user_id}}]), json!([{"responsible_user": {"id": user}}])));
                    actions.push(Action::Responsible { old_user_id: r.responsible_user_id });
                    r.responsible_user_id = user;
                }
            }
            let before = r.custom_fields_values.clone();
            custom_fields::apply(&mut r.custom_fields_values, s.fields.clone());
            for f in changed_fields(&before, &r.custom_fields_values) {
                events.push(("custom_field_value_changed", json!([]), json!([{"custom_field_value": {"field_id": f.field_id, "field_type": f.field_type, "text": f.texts().collect::<Vec<_>>().join(", ")}}])));
            }
            let (added, removed) = retag(&mut r.tags, &s, emb.tags.clone());
            r.updated_by = by;
            r.updated_at = updated_at;
            (added, removed)
        }};
    }
    let (added, removed) = match kind {
        EntityKind::Leads => {
            let lead = state.entities.leads.iter_mut().find(|l| l.id == id)?;
            let tags = common!(&mut *lead);
            if let Some(price) = price {
                if price != lead.price {
                    events.push((
                        "sale_field_changed",
                        json!([{"sale_field_value": {"sale": lead.price}}]),
                        json!([{"sale_field_value": {"sale": price}}]),
                    ));
                    lead.price = price;
                }
            }
            if let Some((pipeline_id, status_id)) = new_place {
                if (pipeline_id, status_id) != (lead.pipeline_id, lead.status_id) {
                    events.push((
                        "lead_status_changed",
                        json!([{"lead_status": {"id": lead.status_id, "pipeline_id": lead.pipeline_id}}]),
                        json!([{"lead_status": {"id": status_id, "pipeline_id": pipeline_id}}]),
                    ));
                    actions.push(Action::Status {
                        old_status_id: lead.status_id,
                        old_pipeline_id: lead.pipeline_id,
                    });
                    let closed = status_id == WON_STATUS_ID || status_id == LOST_STATUS_ID;
                    lead.closed_at = if closed { Some(actor.now) } else { None };
                    lead.pipeline_id = pipeline_id;
                    lead.status_id = status_id;
                }
            }
            if let Some(links) = emb.contacts {
                lead.contacts = links;
            }
            if let Some(company) = emb.company_id {
                lead.company_id = company;
            }
            tags
        }
        EntityKind::Contacts => {
            let c = state.entities.contacts.iter_mut().find(|c| c.id == id)?;
            let tags = common!(&mut *c);
            if let Some(f) = first_name {
                c.first_name = f;
            }
            if let Some(l) = last_name {
                c.last_name = l;
            }
            if let Some(company) = emb.company_id {
                c.company_id = company;
            }
            name_out = Some(c.name.clone());
            tags
        }
        EntityKind::Companies => {
            let c = state.entities.companies.iter_mut().find(|c| c.id == id)?;
            let tags = common!(&mut *c);
            name_out = Some(c.name.clone());
            tags
        }
        EntityKind::Tasks => unreachable!("tasks are written by tasks.rs"),
    };
    for (event, before, after) in events {
        state
            .history
            .record(event, kind, id, actor.user_id, actor.now, before, after);
    }
    history_tags(state, kind, id, actor, &added, &removed);
    out.happened.extend(
        actions
            .into_iter()
            .map(|action| Happened { kind, id, action }),
    );
    Some(Written {
        id,
        request_id: String::new(),
        updated_at,
        entity_id: None,
        name: name_out,
        ..Written::default()
    })
}

/// The fields whose values differ between `before` and `after`.
fn changed_fields<'a>(before: &[FieldValues], after: &'a [FieldValues]) -> Vec<&'a FieldValues> {
    after
        .iter()
        .filter(|a| !before.iter().any(|b| b == *a))
        .collect()
}

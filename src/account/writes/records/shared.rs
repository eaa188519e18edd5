//! The fields of a lead, contact or company item that creating and
//! changing read alike: the shared fields, `_embedded` links and a lead's
//! pipeline and stage (tags in `tags.rs`). No I/O.

use serde_json::{json, Value};

pub(super) use super::tags::*;
use super::Linked;
use crate::account::entities::{Company, Contact, ContactLink, EntityKind};
use crate::account::writes::custom_fields;
use crate::account::writes::item::{not_supported, Item};
use crate::account::writes::Actor;
use crate::account::AccountState;

/// The fields leads, contacts and companies share, as one item gave them
/// (`None`: not given).
pub(super) struct Shared {
    pub(super) name: Option<String>,
    pub(super) responsible_user_id: Option<u64>,
    pub(super) created_by: Option<u64>,
    pub(super) updated_by: Option<u64>,
    pub(super) created_at: Option<u64>,
    pub(super) updated_at: Option<u64>,
    pub(super) fields: Vec<custom_fields::FieldChange>,
    pub(super) tags_to_add: Vec<String>,
    pub(super) tags_to_delete: Vec<String>,
}

pub(super) fn shared(
    item: &mut Item,
    kind: EntityKind,
    state: &AccountState,
    actor: &Actor,
) -> Shared {
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

/// `_embedded` of an item: its tags and (leads, contacts) linked records.
pub(super) struct Embedded {
    pub(super) tags: Option<Vec<String>>,
    pub(super) contacts: Option<Vec<ContactLink>>,
    pub(super) company_id: Option<Option<u64>>,
}

/// The `_embedded` keys each kind reads (`source` is documented for leads
/// and not emulated; any other key is reported as ignored).
pub(super) fn embedded_keys(kind: EntityKind) -> &'static [&'static str] {
    match kind {
        EntityKind::Leads => &["tags", "contacts", "companies"],
        EntityKind::Contacts => &["tags", "companies"],
        _ => &["tags"],
    }
}

/// `linked`: the links a caller has already read (complex leads), so the
/// item's own `_embedded.contacts`/`companies` are not read here.
pub(super) fn embedded(
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

/// A lead's `(pipeline_id, status_id)` from the item, defaulting as amoCRM
/// does: the given pipeline's (else the main one's) first stage after
/// "Incoming leads"; `current` is the lead's place when it is an update.
/// `None` after reporting an unknown pipeline or stage.
pub(super) fn place(
    item: &mut Item,
    state: &AccountState,
    current: Option<(u64, u64)>,
) -> Option<(u64, u64)> {
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

/// The fields only one kind has: a lead's budget, a contact's first and
/// last name. A lead's `closed_at` and `loss_reason_id` are read and not
/// kept (amo-emu sets `closed_at` itself when a lead is won or lost).
pub(super) struct KindFields {
    pub(super) price: Option<u64>,
    pub(super) first_name: Option<String>,
    pub(super) last_name: Option<String>,
}

pub(super) fn kind_fields(item: &mut Item, kind: EntityKind) -> KindFields {
    let mut out = KindFields {
        price: None,
        first_name: None,
        last_name: None,
    };
    match kind {
        EntityKind::Leads => {
            out.price = item.u64("price");
            item.raw("closed_at");
            item.raw("loss_reason_id");
        }
        EntityKind::Contacts => {
            out.first_name = item.string("first_name");
            out.last_name = item.string("last_name");
        }
        _ => {}
    }
    out
}

//! Creating a lead, contact or company from an API v4 item (and, for
//! `/api/v4/leads/complex`, with the contact and company made for it).
//! No I/O.

use serde_json::json;

use super::shared::*;
use super::{next_id, Linked};
use crate::account::entities::{Company, Contact, EntityKind, FieldValues, Lead};
use crate::account::pipelines::{LOST_STATUS_ID, WON_STATUS_ID};
use crate::account::webhooks::{Action, Happened};
use crate::account::writes::custom_fields;
use crate::account::writes::item::Item;
use crate::account::writes::{Actor, Applied, Written};
use crate::account::AccountState;

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
    let KindFields {
        price,
        first_name,
        last_name,
    } = kind_fields(item, kind);
    if lead_place == Some(None) && item.errors.is_empty() {
        // A state.json whose pipelines list is empty: nowhere to put a lead.
        item.error(
            "pipeline_id",
            crate::validation::ErrorCode::NotSupportedChoice,
            "the account has no pipeline (see pipelines in .amo-emu/state.json)",
        );
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
            let (pipeline_id, status_id) = lead_place.flatten()?;
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

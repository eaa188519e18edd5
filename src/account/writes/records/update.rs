//! Changing a lead, contact or company from an API v4 item: only the
//! fields it carries, each change recorded in the history (name, budget,
//! stage, responsible, custom fields, tags) and announced as `Happened`
//! (an update, plus a stage or responsible change). No I/O.

use serde_json::{json, Value};

use super::patched;
use super::shared::*;
use crate::account::entities::{EntityKind, FieldValues, Lead};
use crate::account::pipelines::{LOST_STATUS_ID, WON_STATUS_ID};
use crate::account::webhooks::{Action, Happened};
use crate::account::writes::custom_fields;
use crate::account::writes::item::Item;
use crate::account::writes::{Actor, Applied, Written};
use crate::account::AccountState;

pub fn update(
    state: &mut AccountState,
    kind: EntityKind,
    item: &mut Item,
    path_id: Option<u64>,
    actor: &Actor,
    out: &mut Applied,
) -> Option<Written> {
    let id = patched(item, state, kind, path_id)?;
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
    let KindFields {
        price,
        first_name,
        last_name,
    } = kind_fields(item, kind);
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

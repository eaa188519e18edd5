//! Records as API v2's `GET /api/v2/<entity>` shows them
//! (docs/api-v4-writes.md §11, from a documented sample): flat items with
//! `sale` for the price, `main_contact`, `company`, `contacts` and
//! `pipeline` as `{id, _links}` references (`{}` when there is none),
//! `closed_at`/`closest_task_at` as `0` when unset, `tags` as `{id, name}`
//! and `custom_fields` as `{id, name, code?, values: [{value, enum?}],
//! is_system}`, every `_links.self` as `{href, method}`. The contact,
//! company, task and note items follow the lead's pattern with API v2's
//! own names (`element_id`, `element_type`, `complete_till_at`,
//! `task_type`, numeric `note_type`, `text`); their details are
//! UNCONFIRMED (no stored sample). No I/O.

use serde_json::{json, Map, Value};

use crate::account::entities::{
    tag_id, Company, Contact, Entities, EntityKind, FieldValues, Lead, Note, Task,
};

/// `{self: {href, method: "get"}}`.
pub fn links(href: String) -> Value {
    json!({"self": {"href": href, "method": "get"}})
}

/// Where API v2 shows record `id` of `kind`.
pub fn href(kind: EntityKind, id: u64) -> String {
    format!("/api/v2/{}?id={id}", kind.api_name())
}

/// `{id, _links}` of one record, or `{}`.
fn one_ref(kind: EntityKind, id: Option<u64>) -> Value {
    match id {
        Some(id) => json!({"id": id, "_links": links(href(kind, id))}),
        None => json!({}),
    }
}

/// `{id: [...], _links}` of several records, or `{}`.
fn many_ref(kind: EntityKind, ids: Vec<u64>) -> Value {
    if ids.is_empty() {
        return json!({});
    }
    let list: Vec<String> = ids.iter().map(u64::to_string).collect();
    json!({"id": ids, "_links": links(format!("/api/v2/{}?id={}", kind.api_name(), list.join(",")))})
}

fn tags(tags: &[String]) -> Value {
    tags.iter()
        .map(|t| json!({"id": tag_id(t), "name": t}))
        .collect()
}

/// `custom_fields` with `is_system` from the field's definition; an
/// enum's id is sent as `enum` (a string, as v2 clients read it).
fn custom_fields(e: &Entities, kind: EntityKind, values: &[FieldValues]) -> Value {
    let definitions = e.custom_fields(kind);
    values
        .iter()
        .map(|f| {
            let values: Vec<Value> = f
                .values
                .iter()
                .map(|v| {
                    let mut m = Map::new();
                    m.insert("value".into(), v.value.clone());
                    if let Some(id) = v.enum_id {
                        m.insert("enum".into(), id.to_string().into());
                    }
                    Value::Object(m)
                })
                .collect();
            let is_system = definitions
                .iter()
                .find(|d| d.id == f.field_id)
                .is_some_and(|d| d.is_predefined);
            let mut m = json!({"id": f.field_id, "name": f.field_name, "values": values, "is_system": is_system});
            if let Some(code) = &f.field_code {
                m["code"] = code.clone().into();
            }
            m
        })
        .collect()
}

/// The deadline of the nearest open task about the record, or 0.
fn closest_task_at(e: &Entities, kind: EntityKind, id: u64) -> u64 {
    e.tasks_of(kind, id)
        .iter()
        .filter(|t| !t.is_completed)
        .map(|t| t.complete_till)
        .min()
        .unwrap_or(0)
}

/// `company` of a lead or contact: `{id, name, _links}`, or `{}`.
fn company_ref(e: &Entities, id: Option<u64>) -> Value {
    let company = id.and_then(|id| e.get::<Company>(id));
    let mut v = one_ref(EntityKind::Companies, company.map(|c| c.id));
    if let Some(c) = company {
        v["name"] = c.name.clone().into();
    }
    v
}

pub fn lead(e: &Entities, l: &Lead, account_id: u64) -> Value {
    let main = l.contacts.first().map(|c| c.id);
    json!({
        "id": l.id,
        "name": l.name,
        "responsible_user_id": l.responsible_user_id,
        "created_by": l.created_by,
        "created_at": l.created_at,
        "updated_at": l.updated_at,
        "account_id": account_id,
        "is_deleted": l.is_deleted,
        "main_contact": one_ref(EntityKind::Contacts, main),
        "group_id": l.group_id,
        "company": company_ref(e, l.company_id),
        "closed_at": l.closed_at.unwrap_or(0),
        "closest_task_at": closest_task_at(e, EntityKind::Leads, l.id),
        "tags": tags(&l.tags),
        "custom_fields": custom_fields(e, EntityKind::Leads, &l.custom_fields_values),
        "contacts": many_ref(EntityKind::Contacts, l.contacts.iter().map(|c| c.id).collect()),
        "status_id": l.status_id,
        "sale": l.price,
        "pipeline": {"id": l.pipeline_id, "_links": links(format!("/api/v2/pipelines?id={}", l.pipeline_id))},
        "_links": links(href(EntityKind::Leads, l.id)),
    })
}

pub fn contact(e: &Entities, c: &Contact, account_id: u64) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "responsible_user_id": c.responsible_user_id,
        "created_by": c.created_by,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
        "account_id": account_id,
        "updated_by": c.updated_by,
        "group_id": c.group_id,
        "company": company_ref(e, c.company_id),
        "leads": many_ref(EntityKind::Leads, e.leads_of_contact(c.id).iter().map(|l| l.id).collect()),
        "closest_task_at": closest_task_at(e, EntityKind::Contacts, c.id),
        "tags": tags(&c.tags),
        "custom_fields": custom_fields(e, EntityKind::Contacts, &c.custom_fields_values),
        "customers": {},
        "_links": links(href(EntityKind::Contacts, c.id)),
    })
}

pub fn company(e: &Entities, c: &Company, account_id: u64) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "responsible_user_id": c.responsible_user_id,
        "created_by": c.created_by,
        "created_at": c.created_at,
        "updated_at": c.updated_at,
        "account_id": account_id,
        "updated_by": c.updated_by,
        "group_id": c.group_id,
        "contacts": many_ref(EntityKind::Contacts, e.contacts_of_company(c.id).iter().map(|x| x.id).collect()),
        "leads": many_ref(EntityKind::Leads, e.leads_of_company(c.id).iter().map(|l| l.id).collect()),
        "closest_task_at": closest_task_at(e, EntityKind::Companies, c.id),
        "tags": tags(&c.tags),
        "custom_fields": custom_fields(e, EntityKind::Companies, &c.custom_fields_values),
        "customers": {},
        "_links": links(href(EntityKind::Companies, c.id)),
    })
}

pub fn task(t: &Task, account_id: u64) -> Value {
    json!({
        "id": t.id,
        "element_id": t.entity_id.unwrap_or(0),
        "element_type": t.entity_type.map_or(0, |k| k.element_type()),
        "complete_till_at": t.complete_till,
        "is_completed": t.is_completed,
        "task_type": t.task_type_id,
        "created_by": t.created_by,
        "created_at": t.created_at,
        "updated_at": t.updated_at,
        "account_id": account_id,
        "group_id": t.group_id,
        "responsible_user_id": t.responsible_user_id,
        "duration": t.duration,
        "text": t.text,
        "result": t.result.as_ref().map_or(json!({}), |r| json!({"text": r.text})),
        "_links": links(href(EntityKind::Tasks, t.id)),
    })
}

pub fn note(n: &Note, account_id: u64) -> Value {
    json!({
        "id": n.id,
        "responsible_user_id": n.responsible_user_id,
        "created_by": n.created_by,
        "created_at": n.created_at,
        "updated_at": n.updated_at,
        "account_id": account_id,
        "group_id": n.group_id,
        "is_editable": true,
        "element_id": n.entity_id,
        "element_type": n.entity_type.element_type(),
        "attachment": "",
        "note_type": n.legacy_type(),
        "text": n.text(),
        "params": n.params,
        "_links": links(format!("/api/v2/notes?id={}&type={}", n.id, n.entity_type.singular())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lead_in_v2s_shape() {
        let e = Entities::default();
        let l = e
            .leads
            .iter()
            .find(|l| !l.contacts.is_empty() && l.company_id.is_some())
            .unwrap();
        let v = lead(&e, l, 7);
        assert_eq!(v["sale"], l.price);
        assert_eq!(v["main_contact"]["id"], l.contacts[0].id);
        assert_eq!(v["contacts"]["id"][0], l.contacts[0].id);
        assert_eq!(v["company"]["id"], l.company_id.unwrap());
        assert!(v["company"]["name"].is_string());
        assert_eq!(v["pipeline"]["id"], l.pipeline_id);
        assert_eq!(v["_links"]["self"]["method"], "get");
        assert_eq!(v["account_id"], 7);
        let alone = e.leads.iter().find(|l| l.company_id.is_none());
        if let Some(alone) = alone {
            assert_eq!(lead(&e, alone, 7)["company"], json!({}));
        }
    }
}

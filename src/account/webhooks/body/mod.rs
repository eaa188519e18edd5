//! The body amoCRM POSTs to a webhook subscriber after a change
//! (docs/api-v4-writes.md §9): `application/x-www-form-urlencoded` with
//! PHP-style keys (`leads[status][0][id]=…`), every value a string,
//! companies under `contacts` with `[type]=company`, tasks under the
//! singular `task`, notes as `leads[note][0][note][…]`, and
//! `account[subdomain|id|_links][self]` last. No I/O.

use super::{Action, Happened};
use crate::account::entities::{
    Company, Contact, Entities, EntityKind, FieldValues, Lead, Note, Task,
};
use crate::account::Account;

/// The form body for one subscriber: the changes it subscribed to, each
/// group indexed from 0, then the account. `None` when nothing matched.
pub fn body(
    settings: &[String],
    happened: &[Happened],
    entities: &Entities,
    account: &Account,
) -> Option<Vec<(String, String)>> {
    let mut pairs = Vec::new();
    let mut counters: Vec<(String, usize)> = Vec::new();
    for h in happened
        .iter()
        .filter(|h| settings.iter().any(|s| *s == h.setting()))
    {
        let group = format!("{}[{}]", top_key(h.kind), h.action.name());
        let index = match counters.iter_mut().find(|(g, _)| *g == group) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counters.push((group.clone(), 0));
                0
            }
        };
        let prefix = format!("{group}[{index}]");
        let before = pairs.len();
        record_fields(&mut pairs, &prefix, h, entities, account);
        if pairs.len() == before {
            // The record is gone (a later change in the same batch removed
            // it): send its id, as a deletion does.
            pairs.push((format!("{prefix}[id]"), h.id.to_string()));
        }
    }
    if pairs.is_empty() {
        return None;
    }
    pairs.push(("account[subdomain]".into(), account.subdomain.clone()));
    pairs.push(("account[id]".into(), account.id.to_string()));
    pairs.push((
        "account[_links][self]".into(),
        format!(
            "https://{}.{}",
            account.subdomain,
            crate::account::BASE_DOMAIN
        ),
    ));
    Some(pairs)
}

/// Companies travel under `contacts`, tasks under the singular `task`.
fn top_key(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Leads => "leads",
        EntityKind::Contacts | EntityKind::Companies => "contacts",
        EntityKind::Tasks => "task",
    }
}

fn record_fields(
    out: &mut Vec<(String, String)>,
    prefix: &str,
    h: &Happened,
    e: &Entities,
    account: &Account,
) {
    let mut put = |k: &str, v: String| out.push((format!("{prefix}[{k}]"), v));
    if let Action::Note { note_id } = h.action {
        if let Some(n) = e.notes.iter().find(|n| n.id == note_id) {
            note_fields(&mut put, n, account);
            if h.kind != EntityKind::Leads {
                put("type", h.kind.singular().to_owned());
            }
        }
        return;
    }
    match h.kind {
        EntityKind::Leads => {
            if let Some(l) = e.get::<Lead>(h.id) {
                lead_fields(&mut put, l, h.action, account);
            }
        }
        EntityKind::Contacts => {
            if let Some(c) = e.get::<Contact>(h.id) {
                common(
                    &mut put,
                    c.id,
                    &c.name,
                    c.responsible_user_id,
                    c.created_by,
                    c.updated_by,
                    c.created_at,
                    c.updated_at,
                    account,
                );
                if let Some(company) = c.company_id.and_then(|id| e.get::<Company>(id)) {
                    put("linked_company_id", company.id.to_string());
                    put("company_name", company.name.clone());
                }
                custom_fields(&mut put, &c.custom_fields_values);
                tags(&mut put, &c.tags);
                put("type", "contact".into());
            }
        }
        EntityKind::Companies => {
            if let Some(c) = e.get::<Company>(h.id) {
                common(
                    &mut put,
                    c.id,
                    &c.name,
                    c.responsible_user_id,
                    c.created_by,
                    c.updated_by,
                    c.created_at,
                    c.updated_at,
                    account,
                );
                custom_fields(&mut put, &c.custom_fields_values);
                tags(&mut put, &c.tags);
                put("type", "company".into());
            }
        }
        EntityKind::Tasks => {
            if let Some(t) = e.get::<Task>(h.id) {
                task_fields(&mut put, t, account);
            }
        }
    }
    if let Action::Responsible { old_user_id } = h.action {
        put("old_responsible_user_id", old_user_id.to_string());
    }
}

#[allow(clippy::too_many_arguments)]
fn common(
    put: &mut impl FnMut(&str, String),
    id: u64,
    name: &str,
    responsible: u64,
    created_by: u64,
    updated_by: u64,
    created_at: u64,
    updated_at: u64,
    account: &Account,
) {
    put("id", id.to_string());
    put("name", name.to_owned());
    put("responsible_user_id", responsible.to_string());
    put("date_create", created_at.to_string());
    put("last_modified", updated_at.to_string());
    put("created_user_id", created_by.to_string());
    put("modified_user_id", updated_by.to_string());
    put("account_id", account.id.to_string());
    put("created_at", created_at.to_string());
    put("updated_at", updated_at.to_string());
}

fn lead_fields(put: &mut impl FnMut(&str, String), l: &Lead, action: Action, account: &Account) {
    put("id", l.id.to_string());
    put("name", l.name.clone());
    put("status_id", l.status_id.to_string());
    if let Action::Status {
        old_status_id,
        old_pipeline_id,
    } = action
    {
        put("old_status_id", old_status_id.to_string());
        put("old_pipeline_id", old_pipeline_id.to_string());
    }
    put("price", l.price.to_string());
    put("responsible_user_id", l.responsible_user_id.to_string());
    put("last_modified", l.updated_at.to_string());
    put("modified_user_id", l.updated_by.to_string());
    put("created_user_id", l.created_by.to_string());
    put("date_create", l.created_at.to_string());
    put("pipeline_id", l.pipeline_id.to_string());
    put("account_id", account.id.to_string());
    custom_fields(put, &l.custom_fields_values);
    tags(put, &l.tags);
    put("created_at", l.created_at.to_string());
    put("updated_at", l.updated_at.to_string());
}

fn task_fields(put: &mut impl FnMut(&str, String), t: &Task, account: &Account) {
    put("id", t.id.to_string());
    if let (Some(id), Some(kind)) = (t.entity_id, t.entity_type) {
        put("element_id", id.to_string());
        put("element_type", kind.element_type().to_string());
    }
    put("task_type", t.task_type_id.to_string());
    put("date_create", datetime(t.created_at));
    put("last_modified", datetime(t.updated_at));
    put("text", t.text.clone());
    put("status", u8::from(t.is_completed).to_string());
    put("account_id", account.id.to_string());
    put("created_user_id", t.created_by.to_string());
    put("responsible_user_id", t.responsible_user_id.to_string());
    put("complete_till", datetime(t.complete_till));
    put("complete_before", t.complete_till.to_string());
    if let Some(result) = &t.result {
        put("result][text", result.text.clone());
    }
    put("created_at", t.created_at.to_string());
    put("updated_at", t.updated_at.to_string());
}

fn note_fields(put: &mut impl FnMut(&str, String), n: &Note, account: &Account) {
    let mut note = |k: &str, v: String| put(&format!("note][{k}"), v);
    note("id", n.id.to_string());
    note("text", n.text());
    note("note_type", n.legacy_type().to_string());
    note("element_type", n.entity_type.element_type().to_string());
    note("element_id", n.entity_id.to_string());
    note("date_create", n.created_at.to_string());
    note("group_id", n.group_id.to_string());
    note("account_id", account.id.to_string());
    note("created_by", n.created_by.to_string());
    note("modified_by", n.updated_by.to_string());
    note("main_user_id", n.responsible_user_id.to_string());
    note("created_at", n.created_at.to_string());
    note("updated_at", n.updated_at.to_string());
}

fn custom_fields(put: &mut impl FnMut(&str, String), values: &[FieldValues]) {
    for (i, f) in values.iter().enumerate() {
        put(&format!("custom_fields][{i}][id"), f.field_id.to_string());
        put(&format!("custom_fields][{i}][name"), f.field_name.clone());
        if let Some(code) = &f.field_code {
            put(&format!("custom_fields][{i}][code"), code.clone());
        }
        let is_date = matches!(f.field_type.as_str(), "date" | "date_time" | "birthday");
        for (j, v) in f.values.iter().enumerate() {
            let text = match &v.value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if is_date {
                put(&format!("custom_fields][{i}][values][{j}"), text);
                continue;
            }
            put(&format!("custom_fields][{i}][values][{j}][value"), text);
            if let Some(id) = v.enum_id {
                put(
                    &format!("custom_fields][{i}][values][{j}][enum"),
                    id.to_string(),
                );
            }
        }
    }
}

fn tags(put: &mut impl FnMut(&str, String), tags: &[String]) {
    for (i, t) in tags.iter().enumerate() {
        put(
            &format!("tags][{i}][id"),
            crate::account::entities::tag_id(t).to_string(),
        );
        put(&format!("tags][{i}][name"), t.clone());
    }
}

/// `Y-m-d H:i:s` in UTC, the task dates' format (amoCRM uses the account's
/// time zone: UNCONFIRMED which, so UTC is sent).
fn datetime(ts: u64) -> String {
    let c = crate::account::dates::civil(ts);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
        c.year, c.month, c.day, c.hour, c.minute, c.second
    )
}

#[cfg(test)]
mod tests;

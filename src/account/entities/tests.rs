//! Unit tests of the entity model: the fixture's consistency and the API
//! v4 list semantics (paging, id filter, query).

use super::*;
use crate::account::pipelines::Pipelines;
use crate::account::Account;

#[test]
fn fixture_is_deterministic_and_sized_like_a_small_account() {
    let a = Entities::default();
    assert_eq!(a, Entities::default());
    assert_eq!(a.leads.len(), 30);
    assert_eq!(a.contacts.len(), 24);
    assert_eq!(a.companies.len(), 8);
    assert_eq!(a.tasks.len(), 8);
}

#[test]
fn fixture_links_users_stages_and_records_that_exist() {
    let a = Entities::default();
    let users: Vec<u64> = Account::default().users.iter().map(|u| u.id).collect();
    let pipelines = Pipelines::default();
    for l in &a.leads {
        assert!(users.contains(&l.responsible_user_id));
        let p = pipelines.get(l.pipeline_id).unwrap();
        assert!(p.status(l.status_id).is_some(), "lead {} stage", l.id);
        for c in &l.contacts {
            assert!(
                a.get::<Contact>(c.id).is_some(),
                "lead {} contact {}",
                l.id,
                c.id
            );
        }
        assert!(l.company_id.map_or(true, |c| a.get::<Company>(c).is_some()));
    }
    for c in &a.contacts {
        assert!(c
            .company_id
            .map_or(true, |id| a.get::<Company>(id).is_some()));
        assert!(!values_by_code(&c.custom_fields_values, fields::PHONE).is_empty());
        assert!(!values_by_code(&c.custom_fields_values, fields::EMAIL).is_empty());
    }
    for t in &a.tasks {
        let kind = t.entity_type.unwrap();
        let id = t.entity_id.unwrap();
        let found = match kind {
            EntityKind::Leads => a.get::<Lead>(id).is_some(),
            EntityKind::Contacts => a.get::<Contact>(id).is_some(),
            _ => true,
        };
        assert!(found, "task {} points at {kind:?} {id}", t.id);
    }
    assert!(a.leads.iter().any(|l| l.contacts.len() == 2));
    assert!(a.leads.iter().any(|l| l.contacts.is_empty()));
}

#[test]
fn ids_are_unique_across_contacts_and_companies() {
    let a = Entities::default();
    let mut ids: Vec<u64> = a
        .contacts
        .iter()
        .map(|c| c.id)
        .chain(a.companies.iter().map(|c| c.id))
        .collect();
    let n = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn list_pages_like_api_v4() {
    let a = Entities::default();
    let first = list(
        &a.leads,
        &ListQuery {
            limit: 25,
            ..ListQuery::default()
        },
    );
    assert_eq!(
        (first.items.len(), first.page, first.has_next),
        (25, 1, true)
    );
    let second = list(
        &a.leads,
        &ListQuery {
            page: 2,
            limit: 25,
            ..ListQuery::default()
        },
    );
    assert_eq!((second.items.len(), second.has_next), (5, false));
    assert_eq!(second.items[0].id, a.leads[25].id);
    let all = list(&a.leads, &ListQuery::default());
    assert_eq!((all.items.len(), all.limit), (30, DEFAULT_LIMIT));
    let capped = list(
        &a.leads,
        &ListQuery {
            limit: 10_000,
            ..ListQuery::default()
        },
    );
    assert_eq!(capped.limit, MAX_LIMIT);
}

#[test]
fn list_filters_by_id_and_query() {
    let a = Entities::default();
    let ids = vec![a.contacts[3].id, a.contacts[5].id];
    let got = list(
        &a.contacts,
        &ListQuery {
            ids: ids.clone(),
            ..ListQuery::default()
        },
    );
    assert_eq!(got.items.iter().map(|c| c.id).collect::<Vec<_>>(), ids);
    let email =
        values_by_code(&a.contacts[2].custom_fields_values, fields::EMAIL)[0].to_uppercase();
    let got = list(
        &a.contacts,
        &ListQuery {
            query: Some(email),
            ..ListQuery::default()
        },
    );
    assert_eq!(got.items.len(), 1);
    assert_eq!(got.items[0].id, a.contacts[2].id);
    let none = list(
        &a.companies,
        &ListQuery {
            query: Some("no such thing".into()),
            ..ListQuery::default()
        },
    );
    assert!(none.items.is_empty() && !none.has_next);
}

#[test]
fn reverse_links_are_derived() {
    let a = Entities::default();
    let lead = a.leads.iter().find(|l| l.contacts.len() == 2).unwrap();
    let contacts = a.contacts_of_lead(lead);
    assert_eq!(contacts.len(), 2);
    assert!(a
        .leads_of_contact(contacts[0].id)
        .iter()
        .any(|l| l.id == lead.id));
    let company = lead.company_id.unwrap();
    assert!(a.leads_of_company(company).iter().any(|l| l.id == lead.id));
    assert!(!a.contacts_of_company(company).is_empty());
}

#[test]
fn serialises_with_api_v4_field_names() {
    let a = Entities::default();
    let v = serde_json::to_value(&a.leads[0]).unwrap();
    for key in [
        "id",
        "name",
        "price",
        "status_id",
        "pipeline_id",
        "responsible_user_id",
        "custom_fields_values",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let cf = &v["custom_fields_values"][0];
    assert!(cf.get("field_id").is_some() && cf["values"][0].get("value").is_some());
}

#[test]
fn missing_parts_are_filled_and_edits_survive() {
    let mut edited = Entities::default();
    edited.leads[0].name = "Edited by hand".into();
    let mut v = serde_json::to_value(&edited).unwrap();
    v.as_object_mut().unwrap().remove("tasks");
    let back: Entities = serde_json::from_value(v).unwrap();
    assert_eq!(back.leads[0].name, "Edited by hand");
    assert_eq!(back.tasks, Entities::default().tasks);
}

#[test]
fn only_edited_parts_are_written_to_the_state_file() {
    let a = Entities::default();
    assert!(a.is_default());
    assert_eq!(serde_json::to_string(&a).unwrap(), "{}");
    let mut edited = Entities::default();
    edited.tasks[0].text = "Edited".into();
    let v = serde_json::to_value(&edited).unwrap();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["tasks"]);
    let back: Entities = serde_json::from_value(v).unwrap();
    assert_eq!(back, edited);
}

#[test]
fn a_hand_edit_in_the_state_file_survives_a_save() {
    use crate::account::store::{Store, STATE_DIR};
    let d = tempfile::tempdir().unwrap();
    let mut leads = Entities::default().leads;
    leads[3].name = "Renamed in state.json".into();
    std::fs::create_dir_all(d.path().join(STATE_DIR)).unwrap();
    let state = serde_json::json!({"schema": 1, "entities": {"leads": leads}});
    std::fs::write(
        d.path().join(STATE_DIR).join("state.json"),
        state.to_string(),
    )
    .unwrap();
    let (store, warn) = Store::open(d.path());
    assert!(warn.is_none());
    store
        .update(|s| {
            s.widgets.entry("w".into()).or_default().installed = true;
            Ok::<(), crate::account::StoreError>(())
        })
        .unwrap();
    let (again, _) = Store::open(d.path());
    let s = again.snapshot();
    assert_eq!(s.entities.leads[3].name, "Renamed in state.json");
    assert_eq!(s.entities.contacts, Entities::default().contacts);
    let text = std::fs::read_to_string(d.path().join(STATE_DIR).join("state.json")).unwrap();
    assert!(text.contains("Renamed in state.json") && !text.contains("\"first_name\""));
}

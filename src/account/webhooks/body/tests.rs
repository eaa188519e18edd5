//! amoCRM's webhook form bodies, checked key by key.

use super::*;

#[test]
fn datetime_is_civil_utc() {
    assert_eq!(datetime(0), "1970-01-01 00:00:00");
    assert_eq!(datetime(1_726_572_758), "2024-09-17 11:32:38");
    assert_eq!(datetime(951_782_400), "2000-02-29 00:00:00");
}

#[test]
fn a_stage_change_is_sent_in_the_documented_keys() {
    let e = Entities::default();
    let lead = &e.leads[0];
    let h = Happened {
        kind: EntityKind::Leads,
        id: lead.id,
        action: Action::Status {
            old_status_id: 1,
            old_pipeline_id: 2,
        },
    };
    let account = Account::default();
    let pairs = body(&["status_lead".into()], &[h], &e, &account).unwrap();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(
        get("leads[status][0][id]"),
        Some(lead.id.to_string().as_str())
    );
    assert_eq!(
        get("leads[status][0][status_id]"),
        Some(lead.status_id.to_string().as_str())
    );
    assert_eq!(get("leads[status][0][old_status_id]"), Some("1"));
    assert_eq!(get("account[subdomain]"), Some("example"));
    assert_eq!(get("account[id]"), Some(account.id.to_string().as_str()));
    assert!(body(&["add_lead".into()], &[h], &e, &account).is_none());
}

#[test]
fn companies_go_under_contacts_and_tasks_under_task() {
    let e = Entities::default();
    let account = Account::default();
    let hs = [
        Happened {
            kind: EntityKind::Companies,
            id: e.companies[0].id,
            action: Action::Add,
        },
        Happened {
            kind: EntityKind::Contacts,
            id: e.contacts[0].id,
            action: Action::Add,
        },
        Happened {
            kind: EntityKind::Tasks,
            id: e.tasks[0].id,
            action: Action::Update,
        },
    ];
    let all: Vec<String> = vec![
        "add_company".into(),
        "add_contact".into(),
        "update_task".into(),
    ];
    let pairs = body(&all, &hs, &e, &account).unwrap();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("contacts[add][0][type]"), Some("company"));
    assert_eq!(get("contacts[add][1][type]"), Some("contact"));
    assert_eq!(
        get("task[update][0][id]"),
        Some(e.tasks[0].id.to_string().as_str())
    );
}

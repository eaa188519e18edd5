//! The v2 → v4 item translation, checked item by item.

use super::*;

#[test]
fn a_v2_lead_from_a_form_reads_as_a_v4_lead() {
    let e = Entities::default();
    let contact = e.contacts[0].id;
    let form = json!({"add": {"0": {"name": "From v2", "sale": "5000", "tags": "a, b",
        "contacts_id": {"0": contact.to_string()}, "request_id": "7", "made_up": "x"}}});
    let body = numbered_as_arrays(form);
    let item = &body["add"][0];
    let v4 = record(EntityKind::Leads, Action::Add, item, &e);
    assert_eq!(v4["price"], 5000);
    assert_eq!(v4["name"], "From v2");
    assert_eq!(
        v4["_embedded"]["tags"],
        json!([{"name": "a"}, {"name": "b"}])
    );
    assert_eq!(v4["_embedded"]["contacts"], json!([{"id": contact}]));
    assert_eq!(v4["made_up"], "x", "passed on, so the write reports it");
    assert!(v4.get("sale").is_none());
}

#[test]
fn an_update_adds_and_unlinks_contacts_of_the_lead() {
    let e = Entities::default();
    let lead = e.leads.iter().find(|l| l.contacts.len() == 1).unwrap();
    let other = e
        .contacts
        .iter()
        .find(|c| c.id != lead.contacts[0].id)
        .unwrap()
        .id;
    let item = json!({"id": lead.id, "contacts_id": [other]});
    let v4 = record(EntityKind::Leads, Action::Update, &item, &e);
    assert_eq!(
        v4["_embedded"]["contacts"],
        json!([{"id": lead.contacts[0].id}, {"id": other}])
    );
    let item =
        json!({"id": lead.id, "unlink": {"contacts_id": [lead.contacts[0].id], "company_id": 1}});
    let v4 = record(EntityKind::Leads, Action::Update, &item, &e);
    assert_eq!(v4["_embedded"]["contacts"], json!([]));
    assert_eq!(v4["_embedded"]["companies"], json!([]));
}

#[test]
fn custom_fields_tasks_notes_and_paths() {
    let e = Entities::default();
    let phone = e
        .custom_fields(EntityKind::Contacts)
        .iter()
        .find(|f| f.code.as_deref() == Some("PHONE"))
        .unwrap();
    let v4 = record(
        EntityKind::Contacts,
        Action::Add,
        &json!({"custom_fields": [{"id": phone.id, "values": [{"value": "+7 900", "enum": "MOB"}]}]}),
        &e,
    );
    assert_eq!(
        v4["custom_fields_values"],
        json!([{"field_id": phone.id, "values": [{"enum_code": "MOB", "value": "+7 900"}]}])
    );
    let t = task(
        &json!({"element_id": "5", "element_type": "2", "complete_till_at": 9, "task_type": 1, "text": "x", "is_completed": "1"}),
    );
    assert_eq!(
        t,
        json!({"entity_id": 5, "entity_type": "leads", "complete_till": 9, "task_type_id": 1, "text": "x", "is_completed": true})
    );
    let n = note(&json!({"element_id": 5, "element_type": 2, "note_type": 4, "text": "hi"}));
    assert_eq!(n["note_type"], "common");
    assert_eq!(n["params"]["text"], "hi");
    assert_eq!(
        note_kind(&json!({"element_type": "3"})),
        Some(EntityKind::Companies)
    );
    assert_eq!(note_kind(&json!({"element_type": 12})), None);
    assert_eq!(v2_path(EntityKind::Leads, "price"), "sale");
    assert_eq!(
        v2_path(EntityKind::Leads, "custom_fields_values.0.field_id"),
        "custom_fields.0.id"
    );
    assert_eq!(
        v2_path(EntityKind::Leads, "_embedded.contacts.0.id"),
        "contacts_id"
    );
    assert_eq!(
        v2_path(EntityKind::Tasks, "complete_till"),
        "complete_till_at"
    );
}

//! Linking and unlinking, checked through `apply` as the API would.

use super::*;
use crate::account::writes::{apply, Write};

#[test]
fn a_new_link_announces_both_records_and_records_both_histories() {
    let mut state = AccountState::default();
    let lead = state.entities.leads[0].clone();
    let contact = state
        .entities
        .contacts
        .iter()
        .find(|c| !lead.contacts.iter().any(|l| l.id == c.id))
        .unwrap()
        .id;
    let actor = Actor {
        user_id: 504141,
        users: vec![504141],
        now: 1_900_000_000,
    };
    let item = json!({"to_entity_id": contact, "to_entity_type": "contacts"});
    let write = |unlink| Write::link(EntityKind::Leads, Some(lead.id), vec![item.clone()], unlink);
    let applied = apply(&mut state, write(false), &actor).unwrap();
    let update = |kind, id| Happened {
        kind,
        id,
        action: Action::Update,
    };
    assert_eq!(
        applied.happened,
        [
            update(EntityKind::Leads, lead.id),
            update(EntityKind::Contacts, contact)
        ]
    );
    let linked: Vec<_> = state
        .history
        .events
        .iter()
        .filter(|e| e.event_type == "entity_linked")
        .map(|e| (e.entity_type, e.value_after.clone()))
        .collect();
    assert_eq!(linked.len(), 2);
    assert_eq!(
        linked[0].1,
        json!([{"link": {"entity": {"type": "contact", "id": contact}}}])
    );
    assert_eq!(state.entities.leads[0].updated_at, actor.now);
    // Linking again changes nothing and announces nothing.
    let again = apply(&mut state, write(false), &actor).unwrap();
    assert!(again.happened.is_empty());
    let undone = apply(&mut state, write(true), &actor).unwrap();
    assert_eq!(undone.happened.len(), 2);
    assert!(!state.entities.leads[0]
        .contacts
        .iter()
        .any(|c| c.id == contact));
}

#[test]
fn one_main_contact_comes_first() {
    let link = |id, is_main| ContactLink { id, is_main };
    let mut c = vec![link(1, false), link(2, false), link(3, true)];
    one_main(&mut c);
    assert_eq!(c, [link(3, true), link(1, false), link(2, false)]);
    let mut c = vec![link(1, false), link(2, false)];
    one_main(&mut c);
    assert_eq!(c, [link(1, true), link(2, false)]);
    let mut none: Vec<ContactLink> = Vec::new();
    one_main(&mut none);
}

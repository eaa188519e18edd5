//! The links between records as API v4's links endpoints name them
//! (`/api/v4/<entity>/<id>/links`, docs/api-v4-writes.md §7.2): a
//! [`Link`] from one record to another, with `main_contact` for a lead's
//! contacts. The model keeps each link once (on the lead: its contacts and
//! company; on the contact: its company); here they are read from either
//! end. Data only: no I/O.

use serde_json::{json, Value};

use super::{Company, Contact, Entities, EntityKind, Lead};

/// One link from record `entity_id` of `entity` to `to_id` of `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    pub entity: EntityKind,
    pub entity_id: u64,
    pub to: EntityKind,
    pub to_id: u64,
    /// A lead's contact: whether it is the main one.
    pub main_contact: Option<bool>,
}

impl Link {
    /// `metadata` as the API answers it: `{main_contact}` for a lead's
    /// contact, else `null`.
    pub fn metadata(&self) -> Value {
        match self.main_contact {
            Some(main) => json!({"main_contact": main}),
            None => Value::Null,
        }
    }
}

/// Which kinds a record of `kind` links to (amoCRM's own list, plus
/// contact → leads, the other end of lead → contacts).
pub fn linkable(kind: EntityKind) -> &'static [EntityKind] {
    match kind {
        EntityKind::Leads => &[EntityKind::Contacts, EntityKind::Companies],
        EntityKind::Contacts => &[EntityKind::Companies, EntityKind::Leads],
        EntityKind::Companies => &[EntityKind::Contacts, EntityKind::Leads],
        EntityKind::Tasks => &[],
    }
}

/// Every link of record `id` of `kind`, in amoCRM's order (contacts, then
/// companies, then leads); links to records that are gone are skipped.
pub fn links_of(e: &Entities, kind: EntityKind, id: u64) -> Vec<Link> {
    let link = |to, to_id, main_contact| Link {
        entity: kind,
        entity_id: id,
        to,
        to_id,
        main_contact,
    };
    let mut out = Vec::new();
    match kind {
        EntityKind::Leads => {
            if let Some(l) = e.get::<Lead>(id) {
                for c in l
                    .contacts
                    .iter()
                    .filter(|c| e.get::<Contact>(c.id).is_some())
                {
                    out.push(link(EntityKind::Contacts, c.id, Some(c.is_main)));
                }
                if let Some(c) = l.company_id.filter(|c| e.get::<Company>(*c).is_some()) {
                    out.push(link(EntityKind::Companies, c, None));
                }
            }
        }
        EntityKind::Contacts => {
            if let Some(c) = e.get::<Contact>(id) {
                if let Some(company) = c.company_id.filter(|c| e.get::<Company>(*c).is_some()) {
                    out.push(link(EntityKind::Companies, company, None));
                }
                for l in e.leads_of_contact(id) {
                    out.push(link(EntityKind::Leads, l.id, None));
                }
            }
        }
        EntityKind::Companies => {
            if e.get::<Company>(id).is_some() {
                for c in e.contacts_of_company(id) {
                    out.push(link(EntityKind::Contacts, c.id, None));
                }
                for l in e.leads_of_company(id) {
                    out.push(link(EntityKind::Leads, l.id, None));
                }
            }
        }
        EntityKind::Tasks => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_reads_the_same_from_both_ends() {
        let e = Entities::default();
        let lead = e
            .leads
            .iter()
            .find(|l| !l.contacts.is_empty() && l.company_id.is_some())
            .unwrap();
        let from_lead = links_of(&e, EntityKind::Leads, lead.id);
        assert_eq!(from_lead[0].to, EntityKind::Contacts);
        assert_eq!(from_lead[0].main_contact, Some(true));
        assert_eq!(from_lead.last().unwrap().to, EntityKind::Companies);
        let contact = from_lead[0].to_id;
        assert!(links_of(&e, EntityKind::Contacts, contact)
            .iter()
            .any(|l| l.to == EntityKind::Leads && l.to_id == lead.id));
        let company = lead.company_id.unwrap();
        assert!(links_of(&e, EntityKind::Companies, company)
            .iter()
            .any(|l| l.to == EntityKind::Leads && l.to_id == lead.id));
        assert!(links_of(&e, EntityKind::Leads, 1).is_empty());
    }
}

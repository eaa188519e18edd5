//! The tags of each kind of record (`/api/v4/{leads,contacts,companies}/tags`).
//! amoCRM keeps a tag dictionary per entity type (docs/api-v4-writes.md
//! §7.1); amo-emu keeps tags by name on the records, so the dictionary a
//! list shows is the names the records carry plus the tags created through
//! `POST …/tags` and not (or no longer) on any record, which are stored in
//! [`Tags`]. A tag's id is derived from its name
//! ([`super::entities::tag_id`]), so it is the same wherever it is shown.
//! Only lead tags have a colour, as in amoCRM. Data only: no I/O.

use serde::{Deserialize, Serialize};

use super::entities::{tag_id, Entities, EntityKind};

/// Tags created through `POST /api/v4/<kind>/tags`, per kind (stored in
/// `state.json` under `tags` once there is one).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tags {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<StoredTag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<StoredTag>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub companies: Vec<StoredTag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredTag {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// One tag as the API shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    pub id: u64,
    pub name: String,
    pub color: Option<String>,
}

impl Tags {
    pub fn is_empty(&self) -> bool {
        self.leads.is_empty() && self.contacts.is_empty() && self.companies.is_empty()
    }

    /// The stored tags of `kind` (tasks have none).
    pub fn of(&self, kind: EntityKind) -> &[StoredTag] {
        match kind {
            EntityKind::Leads => &self.leads,
            EntityKind::Contacts => &self.contacts,
            EntityKind::Companies => &self.companies,
            EntityKind::Tasks => &[],
        }
    }

    /// The stored tags of `kind`, to add to; `None` for tasks.
    pub fn of_mut(&mut self, kind: EntityKind) -> Option<&mut Vec<StoredTag>> {
        match kind {
            EntityKind::Leads => Some(&mut self.leads),
            EntityKind::Contacts => Some(&mut self.contacts),
            EntityKind::Companies => Some(&mut self.companies),
            EntityKind::Tasks => None,
        }
    }

    /// The colour given to lead tag `name` when it was created, if any.
    pub fn color(&self, kind: EntityKind, name: &str) -> Option<String> {
        self.of(kind)
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.color.clone())
    }
}

/// Every tag name of `kind`: on its records or in the dictionary, once
/// each, sorted.
pub fn names(entities: &Entities, tags: &Tags, kind: EntityKind) -> Vec<String> {
    let on_records: Vec<&String> = match kind {
        EntityKind::Leads => entities.leads.iter().flat_map(|l| &l.tags).collect(),
        EntityKind::Contacts => entities.contacts.iter().flat_map(|c| &c.tags).collect(),
        EntityKind::Companies => entities.companies.iter().flat_map(|c| &c.tags).collect(),
        EntityKind::Tasks => Vec::new(),
    };
    let mut all: Vec<String> = on_records
        .into_iter()
        .cloned()
        .chain(tags.of(kind).iter().map(|t| t.name.clone()))
        .collect();
    all.sort();
    all.dedup();
    all
}

/// Every tag of `kind` as the API shows it, sorted by name.
pub fn all(entities: &Entities, tags: &Tags, kind: EntityKind) -> Vec<Tag> {
    names(entities, tags, kind)
        .into_iter()
        .map(|name| Tag {
            id: tag_id(&name),
            color: tags.color(kind, &name),
            name,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dictionary_is_the_records_tags_plus_the_stored_ones() {
        let mut e = Entities::default();
        e.leads[0].tags = vec!["hot".into(), "vip".into()];
        e.leads[1].tags = vec!["hot".into()];
        let mut tags = Tags::default();
        tags.leads.push(StoredTag {
            name: "new".into(),
            color: Some("DDEBB5".into()),
        });
        let lead_tags = names(&e, &tags, EntityKind::Leads);
        for n in ["hot", "vip", "new"] {
            assert_eq!(lead_tags.iter().filter(|x| *x == n).count(), 1, "{n}");
        }
        let new = all(&e, &tags, EntityKind::Leads)
            .into_iter()
            .find(|t| t.name == "new")
            .unwrap();
        assert_eq!(new.id, tag_id("new"));
        assert_eq!(new.color.as_deref(), Some("DDEBB5"));
        assert!(!names(&e, &tags, EntityKind::Companies).contains(&"new".to_owned()));
    }
}

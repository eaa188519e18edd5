//! The private v2 JSON API's names (`/private/api/v2/json/<entity>/list`
//! and `/set`) over API v2's: the private API is the older generation of
//! the same fields (`date_create`, `last_modified`, `price`,
//! `linked_company_id`, `created_user_id` …), so a `set` item is renamed
//! to a v2 item ([`to_v2_item`]) and written as one, and a `list` item is
//! the v2 model renamed back ([`from_v2_model`]). The names are from
//! widgets' and a popular client library's code (dotzero/amocrm-php);
//! the list items' exact fields are UNCONFIRMED. No I/O.

use serde_json::{json, Map, Value};

use crate::account::entities::EntityKind;

/// `(private name, v2 name)` of the fields the two spell differently.
const RENAMED: [(&str, &str); 7] = [
    ("date_create", "created_at"),
    ("last_modified", "updated_at"),
    ("created_user_id", "created_by"),
    ("modified_user_id", "updated_by"),
    ("price", "sale"),
    ("linked_company_id", "company_id"),
    ("complete_till", "complete_till_at"),
];

/// A private `set` item as an API v2 item (other keys kept as they are).
pub fn to_v2_item(item: &Value) -> Value {
    let Value::Object(m) = item else {
        return item.clone();
    };
    let renamed = m.iter().map(|(k, v)| {
        let key = RENAMED
            .iter()
            .find(|(private, _)| private == k)
            .map_or(k.as_str(), |(_, v2)| v2);
        (key.to_owned(), v.clone())
    });
    Value::Object(renamed.collect())
}

/// The `id` of a v2 `{id, _links}` reference, or 0 for `{}`.
fn ref_id(v: &Value) -> Value {
    v.get("id").cloned().unwrap_or(json!(0))
}

/// A v2 list item (`account::legacy::models`) as the private API lists
/// it: the old names, references flattened to ids
/// (`main_contact_id`, `linked_company_id`, `linked_leads_id`,
/// `pipeline_id`), contacts and companies typed (`type`), tasks with
/// `status` 0/1, and no `_links`.
pub fn from_v2_model(kind: EntityKind, v2: Value) -> Value {
    let Value::Object(m) = v2 else {
        return v2;
    };
    let mut out = Map::new();
    for (key, value) in m {
        let private = RENAMED
            .iter()
            .find(|(_, v2)| *v2 == key)
            .map(|(private, _)| *private);
        match (key.as_str(), private) {
            (_, Some(name)) => {
                out.insert(name.into(), value);
            }
            ("_links" | "customers", _) => {}
            ("is_deleted", _) => {
                out.insert("deleted".into(), value);
            }
            ("closed_at", _) => {
                out.insert("date_close".into(), value);
            }
            ("closest_task_at", _) => {
                out.insert("closest_task".into(), value);
            }
            ("main_contact", _) => {
                out.insert("main_contact_id".into(), ref_id(&value));
            }
            ("pipeline", _) => {
                out.insert("pipeline_id".into(), ref_id(&value));
            }
            ("company", _) => {
                out.insert("linked_company_id".into(), ref_id(&value));
                if kind == EntityKind::Contacts {
                    let name = value.get("name").cloned().unwrap_or(json!(""));
                    out.insert("company_name".into(), name);
                }
            }
            ("leads", _) => {
                let ids = value.get("id").cloned().unwrap_or(json!([]));
                out.insert("linked_leads_id".into(), ids);
            }
            // A lead's contacts and a company's contacts are not listed
            // on the item in the private API (`contacts/links` has them).
            ("contacts", _) => {}
            ("is_completed", _) => {
                out.insert("status".into(), json!(u8::from(value == json!(true))));
            }
            _ => {
                out.insert(key, value);
            }
        }
    }
    match kind {
        EntityKind::Contacts => {
            out.insert("type".into(), "contact".into());
        }
        EntityKind::Companies => {
            out.insert("type".into(), "company".into());
        }
        _ => {}
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_go_both_ways() {
        let item = json!({"name": "x", "price": 5, "date_create": 1, "last_modified": 2, "linked_company_id": 3});
        assert_eq!(
            to_v2_item(&item),
            json!({"name": "x", "sale": 5, "created_at": 1, "updated_at": 2, "company_id": 3})
        );
        let v2 = json!({"id": 1, "sale": 5, "updated_at": 2, "main_contact": {"id": 9, "_links": {}},
                        "company": {}, "pipeline": {"id": 4}, "_links": {}});
        assert_eq!(
            from_v2_model(EntityKind::Leads, v2),
            json!({"id": 1, "price": 5, "last_modified": 2, "main_contact_id": 9,
                   "linked_company_id": 0, "pipeline_id": 4})
        );
        let contact = from_v2_model(
            EntityKind::Contacts,
            json!({"id": 2, "company": {"id": 7, "name": "Acme"}, "leads": {"id": [1]}}),
        );
        assert_eq!(contact["company_name"], "Acme");
        assert_eq!(contact["linked_leads_id"], json!([1]));
        assert_eq!(contact["type"], "contact");
    }
}

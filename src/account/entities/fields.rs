//! Custom fields of the emulated account: their definitions per entity type
//! (what `GET /api/v4/{leads,contacts,companies}/custom_fields` answers) and
//! the value shape entities carry (`custom_fields_values` in API v4).
//!
//! The system phone and e-mail fields are `multitext` with the enum codes
//! amoCRM itself uses (`WORK`, `MOB`, `PRIV` …): widgets look values up by
//! `field_code == "PHONE"` and `enum_code`, so those codes must be the real
//! ones. Data only: no HTTP, no I/O.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One choice of a `select`/`multitext` field (`enums[]` in API v4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldEnum {
    pub id: u64,
    /// For `multitext`, the enum code (`WORK`); for `select`, the label.
    pub value: String,
    pub sort: u32,
}

/// A custom field definition (`_embedded.custom_fields[]` in API v4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomField {
    pub id: u64,
    pub name: String,
    /// `text`, `numeric`, `select`, `multitext`, `date`, `url`, `textarea` …
    #[serde(rename = "type")]
    pub field_type: String,
    /// `PHONE`, `EMAIL`, `POSITION`, `WEB`, `ADDRESS` for system fields.
    pub code: Option<String>,
    pub sort: u32,
    pub is_api_only: bool,
    pub is_predefined: bool,
    pub is_deletable: bool,
    pub enums: Option<Vec<FieldEnum>>,
}

impl CustomField {
    /// The enum with this code (multitext) or label (select).
    pub fn enum_by_value(&self, value: &str) -> Option<&FieldEnum> {
        self.enums.as_ref()?.iter().find(|e| e.value == value)
    }
}

/// One value of a field on an entity (`values[]` in API v4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldValue {
    /// A string, or a Unix timestamp for `date` fields.
    pub value: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enum_id: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enum_code: Option<String>,
}

/// The values of one field on an entity (`custom_fields_values[]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldValues {
    pub field_id: u64,
    pub field_name: String,
    pub field_code: Option<String>,
    pub field_type: String,
    pub values: Vec<FieldValue>,
}

impl FieldValues {
    /// The values of `field`, filled from its definition; for an enum field
    /// `(enum, value)` pairs, where `enum` is the enum's code or label.
    pub fn new(field: &CustomField, values: &[(&str, Value)]) -> FieldValues {
        FieldValues {
            field_id: field.id,
            field_name: field.name.clone(),
            field_code: field.code.clone(),
            field_type: field.field_type.clone(),
            values: values
                .iter()
                .map(|(enum_value, value)| {
                    let e = field.enum_by_value(enum_value);
                    let is_multitext = field.field_type == "multitext";
                    FieldValue {
                        value: value.clone(),
                        enum_id: e.map(|e| e.id),
                        enum_code: e.filter(|_| is_multitext).map(|e| e.value.clone()),
                    }
                })
                .collect(),
        }
    }

    /// The values as plain strings (dates as their number).
    pub fn texts(&self) -> impl Iterator<Item = String> + '_ {
        self.values.iter().map(|v| match &v.value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        })
    }
}

/// The field definitions of each entity type (tasks have none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomFields {
    pub leads: Vec<CustomField>,
    pub contacts: Vec<CustomField>,
    pub companies: Vec<CustomField>,
}

/// Field codes widgets look values up by.
pub const PHONE: &str = "PHONE";
pub const EMAIL: &str = "EMAIL";
pub const POSITION: &str = "POSITION";
pub const WEB: &str = "WEB";
pub const ADDRESS: &str = "ADDRESS";

/// amoCRM's enum codes of the phone field, in its order.
const PHONE_ENUMS: [&str; 6] = ["WORK", "WORKDD", "MOB", "FAX", "HOME", "OTHER"];
/// amoCRM's enum codes of the e-mail field, in its order.
const EMAIL_ENUMS: [&str; 3] = ["WORK", "PRIV", "OTHER"];

/// First field id; ids of fields created together count up, 6-digit like
/// amoCRM's.
const FIRST_FIELD_ID: u64 = 1_081_201;
/// First enum id; 6-7 digits like amoCRM's.
const FIRST_ENUM_ID: u64 = 2_403_311;

/// Hands out consecutive field and enum ids so every definition below gets
/// a unique, stable one.
struct Ids {
    field: u64,
    enum_id: u64,
}

impl Ids {
    fn field(
        &mut self,
        name: &str,
        field_type: &str,
        code: Option<&str>,
        enums: &[&str],
    ) -> CustomField {
        let id = self.field;
        self.field += 1;
        let enums = (!enums.is_empty()).then(|| {
            enums
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    self.enum_id += 1;
                    FieldEnum {
                        id: self.enum_id,
                        value: (*v).to_owned(),
                        sort: 2 * (i as u32 + 1),
                    }
                })
                .collect()
        });
        let predefined = code.is_some();
        CustomField {
            id,
            name: name.to_owned(),
            field_type: field_type.to_owned(),
            code: code.map(str::to_owned),
            sort: 500 + (id - FIRST_FIELD_ID) as u32,
            is_api_only: false,
            is_predefined: predefined,
            is_deletable: !predefined,
            enums,
        }
    }
}

impl Default for CustomFields {
    /// The system fields of a new account plus a few custom ones of each
    /// common type (text, select, date), as a real account soon has.
    fn default() -> Self {
        let mut ids = Ids {
            field: FIRST_FIELD_ID,
            enum_id: FIRST_ENUM_ID,
        };
        let contacts = vec![
            ids.field("Position", "text", Some(POSITION), &[]),
            ids.field("Phone", "multitext", Some(PHONE), &PHONE_ENUMS),
            ids.field("Email", "multitext", Some(EMAIL), &EMAIL_ENUMS),
            ids.field("Birthday", "birthday", None, &[]),
        ];
        let companies = vec![
            ids.field("Phone", "multitext", Some(PHONE), &PHONE_ENUMS),
            ids.field("Email", "multitext", Some(EMAIL), &EMAIL_ENUMS),
            ids.field("Web", "url", Some(WEB), &[]),
            ids.field("Address", "textarea", Some(ADDRESS), &[]),
        ];
        let leads = vec![
            ids.field(
                "Product",
                "select",
                None,
                &["Starter plan", "Business plan", "Enterprise plan"],
            ),
            ids.field("Delivery date", "date", None, &[]),
            ids.field("Comment", "text", None, &[]),
            ids.field("Order number", "numeric", None, &[]),
        ];
        CustomFields {
            leads,
            contacts,
            companies,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn phone_values_carry_amocrm_enum_codes() {
        let f = CustomFields::default();
        let phone = f
            .contacts
            .iter()
            .find(|c| c.code.as_deref() == Some(PHONE))
            .unwrap();
        let v = FieldValues::new(phone, &[("MOB", json!("+7 900 111-22-33"))]);
        assert_eq!(v.values[0].enum_code.as_deref(), Some("MOB"));
        assert_eq!(
            v.values[0].enum_id,
            phone.enum_by_value("MOB").map(|e| e.id)
        );
        assert_eq!(v.field_code.as_deref(), Some(PHONE));
    }

    #[test]
    fn field_and_enum_ids_are_unique() {
        let f = CustomFields::default();
        let all: Vec<_> = f
            .leads
            .iter()
            .chain(&f.contacts)
            .chain(&f.companies)
            .collect();
        let mut ids: Vec<_> = all.iter().map(|c| c.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all.len());
        let mut enums: Vec<_> = all
            .iter()
            .flat_map(|c| c.enums.iter().flatten().map(|e| e.id))
            .collect();
        let n = enums.len();
        enums.sort_unstable();
        enums.dedup();
        assert_eq!(enums.len(), n);
    }
}

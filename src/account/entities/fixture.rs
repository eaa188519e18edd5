//! The default records of the emulated account: 30 leads, 24 contacts,
//! 8 companies and 8 tasks, built from fixed name lists with index
//! arithmetic, so every run (and every test) sees the same data without
//! any randomness.
//!
//! Responsible users are the account's users ([`Account::default`]),
//! stages are the default pipeline's ([`Pipelines::default`]), fields are
//! [`CustomFields::default`]'s.

use serde_json::json;

use super::fields::{CustomField, CustomFields, FieldValues, ADDRESS, EMAIL, PHONE, POSITION, WEB};
use super::{Company, Contact, ContactLink, EntityKind, Lead, Task};
use crate::account::pipelines::{Pipelines, LOST_STATUS_ID, WON_STATUS_ID};
use crate::account::Account;

/// Ids count up from these by [`ID_STEP`], like records created one after
/// another in a busy account (8-digit for leads, contacts and companies).
const FIRST_LEAD_ID: u64 = 18_412_301;
const FIRST_CONTACT_ID: u64 = 27_610_401;
const FIRST_COMPANY_ID: u64 = 27_611_903;
const FIRST_TASK_ID: u64 = 5_120_201;
const ID_STEP: u64 = 7;
/// 2026-11-02 09:00 UTC: the oldest record; later ones follow at
/// [`CREATED_STEP`] intervals.
const CREATED_BASE: u64 = 1_793_610_000;
/// 5 h 20 min between records.
const CREATED_STEP: u64 = 19_200;
/// A task is due this long after its creation (3 days).
const TASK_DUE_AFTER: u64 = 259_200;

const LEADS: usize = 30;
const FIRST_NAMES: [&str; 12] = [
    "Olga", "Dmitry", "Maria", "Sergey", "Elena", "Pavel", "Irina", "Alexey", "Natalia", "Ivan",
    "Tatiana", "Mikhail",
];
const LAST_NAMES: [&str; 8] = [
    "Kuznetsov",
    "Sokolov",
    "Popov",
    "Lebedev",
    "Novikov",
    "Morozov",
    "Volkov",
    "Fedorov",
];
const CONTACTS: usize = 24;
const POSITIONS: [&str; 5] = [
    "Director",
    "Purchasing manager",
    "Accountant",
    "Head of sales",
    "Office manager",
];
const COMPANIES: [(&str, &str); 8] = [
    ("Northwind Logistics", "northwind.example"),
    ("Blue Harbor Foods", "blueharbor.example"),
    ("Vector Print", "vectorprint.example"),
    ("Greenline Farms", "greenline.example"),
    ("Atlas Machinery", "atlas-machinery.example"),
    ("Lumen Dental Clinic", "lumen-dental.example"),
    ("Polar Star Hotels", "polarstar.example"),
    ("Brightside Studio", "brightside.example"),
];
const DEALS: [&str; 6] = [
    "Annual subscription",
    "Office equipment",
    "Website redesign",
    "Spare parts order",
    "Training course",
    "Support contract",
];
const PRICES: [u64; 7] = [45_000, 120_000, 18_500, 260_000, 9_900, 74_000, 150_000];
const COMMENTS: [&str; 4] = [
    "Asked for a call back after lunch",
    "Wants a discount for a 2-year contract",
    "",
    "Send the offer in English",
];
const TASKS: [(&str, u64); 8] = [
    ("Call back about the offer", 1),
    ("Send the contract draft", 1),
    ("Meeting at the client's office", 2),
    ("Confirm delivery date", 1),
    ("Prepare a demo", 2),
    ("Follow up on the invoice", 1),
    ("Introduce the new manager", 2),
    ("Check the signed papers", 1),
];

fn users() -> Vec<u64> {
    Account::default().users.iter().map(|u| u.id).collect()
}

fn field<'a>(fields: &'a [CustomField], code_or_name: &str) -> &'a CustomField {
    fields
        .iter()
        .find(|f| f.code.as_deref() == Some(code_or_name) || f.name == code_or_name)
        .expect("fixture field exists in CustomFields::default")
}

fn created(n: usize) -> u64 {
    CREATED_BASE + n as u64 * CREATED_STEP
}

fn slug(s: &str) -> String {
    s.to_lowercase().replace(' ', ".")
}

pub(super) fn contacts() -> Vec<Contact> {
    let fields = CustomFields::default().contacts;
    let users = users();
    (0..CONTACTS)
        .map(|i| {
            let first = FIRST_NAMES[i % FIRST_NAMES.len()];
            let last = LAST_NAMES[(i * 3 + 1) % LAST_NAMES.len()];
            // Russian surnames take an "a" for women; every other first name
            // in the list is a woman's.
            let last = if i % 2 == 0 {
                format!("{last}a")
            } else {
                last.to_owned()
            };
            let company = COMPANIES[i % COMPANIES.len()];
            let mut phones = vec![(
                "WORK",
                json!(format!("+7 495 {:03}-{:02}-{:02}", 200 + i, 10 + i, 30 + i)),
            )];
            if i % 3 == 0 {
                phones.push((
                    "MOB",
                    json!(format!("+7 916 {:03}-{:02}-{:02}", 400 + i, 20 + i, 50 + i)),
                ));
            }
            let mut values = vec![
                FieldValues::new(
                    field(&fields, POSITION),
                    &[("", json!(POSITIONS[i % POSITIONS.len()]))],
                ),
                FieldValues::new(field(&fields, PHONE), &phones),
                FieldValues::new(
                    field(&fields, EMAIL),
                    &[(
                        "WORK",
                        json!(format!("{}.{}@{}", slug(first), slug(&last), company.1)),
                    )],
                ),
            ];
            if i % 4 == 1 {
                values.push(FieldValues::new(
                    field(&fields, "Birthday"),
                    &[("", json!(created(0) - (i as u64 + 25) * 31_557_600))],
                ));
            }
            let at = created(i);
            Contact {
                id: FIRST_CONTACT_ID + i as u64 * ID_STEP,
                name: format!("{first} {last}"),
                first_name: first.to_owned(),
                last_name: last,
                responsible_user_id: users[i % users.len()],
                group_id: 0,
                created_by: users[0],
                updated_by: users[i % users.len()],
                created_at: at,
                updated_at: at + CREATED_STEP / 2,
                is_deleted: false,
                custom_fields_values: values,
                tags: if i % 5 == 0 {
                    vec!["vip".to_owned()]
                } else {
                    vec![]
                },
                // Every fourth contact is a private person without a company.
                company_id: (i % 4 != 3).then(|| company_id(i % COMPANIES.len())),
            }
        })
        .collect()
}

fn company_id(n: usize) -> u64 {
    FIRST_COMPANY_ID + n as u64 * ID_STEP
}

fn contact_id(n: usize) -> u64 {
    FIRST_CONTACT_ID + n as u64 * ID_STEP
}

pub(super) fn companies() -> Vec<Company> {
    let fields = CustomFields::default().companies;
    let users = users();
    COMPANIES
        .iter()
        .enumerate()
        .map(|(i, (name, domain))| {
            let at = created(i);
            Company {
                id: company_id(i),
                name: (*name).to_owned(),
                responsible_user_id: users[i % users.len()],
                group_id: 0,
                created_by: users[0],
                updated_by: users[0],
                created_at: at,
                updated_at: at,
                is_deleted: false,
                custom_fields_values: vec![
                    FieldValues::new(
                        field(&fields, PHONE),
                        &[(
                            "WORK",
                            json!(format!("+7 495 100-{:02}-{:02}", 10 + i, 40 + i)),
                        )],
                    ),
                    FieldValues::new(
                        field(&fields, EMAIL),
                        &[("WORK", json!(format!("info@{domain}")))],
                    ),
                    FieldValues::new(
                        field(&fields, WEB),
                        &[("", json!(format!("https://{domain}")))],
                    ),
                    FieldValues::new(
                        field(&fields, ADDRESS),
                        &[("", json!(format!("{} Lenina St., Moscow", 3 + 7 * i)))],
                    ),
                ],
                tags: vec![],
            }
        })
        .collect()
}

pub(super) fn leads() -> Vec<Lead> {
    let fields = CustomFields::default().leads;
    let users = users();
    let pipelines = Pipelines::default();
    let pipeline = pipelines.main().expect("the default pipeline exists");
    let statuses: Vec<u64> = pipeline.statuses.iter().map(|s| s.id).collect();
    let product = field(&fields, "Product");
    let products: Vec<&str> = product
        .enums
        .iter()
        .flatten()
        .map(|e| e.value.as_str())
        .collect();
    (0..LEADS)
        .map(|i| {
            let status_id = statuses[(i * 5) % statuses.len()];
            let at = created(i);
            let closed = status_id == WON_STATUS_ID || status_id == LOST_STATUS_ID;
            // Two contacts on every third lead, one on the rest, none on every
            // seventh (a lead straight from a web form).
            let contacts = match i % 7 {
                6 => vec![],
                _ if i % 3 == 0 => vec![
                    ContactLink {
                        id: contact_id(i % CONTACTS),
                        is_main: true,
                    },
                    ContactLink {
                        id: contact_id((i + 8) % CONTACTS),
                        is_main: false,
                    },
                ],
                _ => vec![ContactLink {
                    id: contact_id(i % CONTACTS),
                    is_main: true,
                }],
            };
            let company_id =
                (!contacts.is_empty() && i % 4 != 3).then(|| company_id(i % COMPANIES.len()));
            let mut values = vec![
                FieldValues::new(
                    product,
                    &[(
                        products[i % products.len()],
                        json!(products[i % products.len()]),
                    )],
                ),
                FieldValues::new(
                    field(&fields, "Delivery date"),
                    &[("", json!(at + TASK_DUE_AFTER * (1 + i as u64 % 4)))],
                ),
                FieldValues::new(
                    field(&fields, "Order number"),
                    &[("", json!(format!("{}", 1040 + i)))],
                ),
            ];
            let comment = COMMENTS[i % COMMENTS.len()];
            if !comment.is_empty() {
                values.push(FieldValues::new(
                    field(&fields, "Comment"),
                    &[("", json!(comment))],
                ));
            }
            let name = match company_id {
                Some(c) => format!(
                    "{} for {}",
                    DEALS[i % DEALS.len()],
                    COMPANIES[((c - FIRST_COMPANY_ID) / ID_STEP) as usize].0
                ),
                None => format!("{} #{}", DEALS[i % DEALS.len()], 1040 + i),
            };
            Lead {
                id: FIRST_LEAD_ID + i as u64 * ID_STEP,
                name,
                price: PRICES[i % PRICES.len()],
                responsible_user_id: users[i % users.len()],
                group_id: 0,
                status_id,
                pipeline_id: pipeline.id,
                created_by: users[0],
                updated_by: users[i % users.len()],
                created_at: at,
                updated_at: at + CREATED_STEP,
                closed_at: closed.then_some(at + 2 * CREATED_STEP),
                is_deleted: false,
                custom_fields_values: values,
                tags: if i % 4 == 0 {
                    vec!["website".to_owned()]
                } else {
                    vec![]
                },
                contacts,
                company_id,
            }
        })
        .collect()
}

pub(super) fn tasks() -> Vec<Task> {
    let users = users();
    TASKS
        .iter()
        .enumerate()
        .map(|(i, (text, task_type_id))| {
            let at = created(LEADS + i);
            let (entity_type, entity_id) = if i % 2 == 0 {
                (EntityKind::Leads, FIRST_LEAD_ID + (i * 3) as u64 * ID_STEP)
            } else {
                (EntityKind::Contacts, contact_id(i * 2))
            };
            Task {
                id: FIRST_TASK_ID + i as u64 * ID_STEP,
                text: (*text).to_owned(),
                responsible_user_id: users[i % users.len()],
                group_id: 0,
                created_by: users[0],
                updated_by: users[0],
                created_at: at,
                updated_at: at,
                entity_id: Some(entity_id),
                entity_type: Some(entity_type),
                is_completed: i == 7,
                task_type_id: *task_type_id,
                duration: if *task_type_id == 2 { 3600 } else { 0 },
                complete_till: at + TASK_DUE_AFTER,
            }
        })
        .collect()
}

//! One record's card (`/leads/detail/<id>` …): its fields laid out as the
//! card's left panel (`#card_fields`), its people with their phones and
//! e-mails (a lead's contacts, a company's people and its own numbers, a
//! contact itself), and the data `APP.data.current_card` and
//! `get_current_card_contacts_data()` answer from. `id == 0` is amoCRM's
//! "new lead" form: empty inputs, no contacts.

use askama::Template;
use serde::Serialize;
use serde_json::{Map, Value};

use super::card_form::{custom_field, stage_select, user_select, FormField, Input};
use super::feed::FeedNote;
use super::{card_href, format_date, CrmParts};
use crate::account::entities::{
    fields, values_by_code, Company, Contact, Entities, Entity, EntityKind, FieldValues, Lead,
};
use crate::account::pipelines::Pipelines;
use crate::account::Account;
use crate::views::Chrome;

#[derive(Template)]
#[template(path = "pages/crm_card.html")]
pub struct CardPage {
    pub chrome: Chrome,
    pub crm: CrmParts,
    pub name: String,
    /// `lead`, `contact`, `company`: the form's input names (`lead[NAME]`).
    pub singular: &'static str,
    pub is_new: bool,
    /// `leads`, `contacts`, `companies`: where Save sends the changes.
    pub entity: &'static str,
    pub id: u64,
    /// The card's fields, system ones first, then custom fields.
    pub fields: Vec<FormField>,
    /// The feed's notes, oldest first (none on a new card).
    pub notes: Vec<FeedNote>,
    /// The record's tags, shown under its name.
    pub tags: Vec<String>,
    pub phones: Vec<Reachable>,
    pub emails: Vec<Reachable>,
    /// The lead's contacts or the company's people, each with a link.
    pub people: Vec<Person>,
    /// Whether the card lists people (a lead's contacts, a company's).
    pub show_people: bool,
    pub back_href: &'static str,
    pub back_title: &'static str,
}

/// A phone number or e-mail on the card, and whose it is.
#[derive(Debug, Clone, Serialize)]
pub struct Reachable {
    pub value: String,
    pub contact_id: u64,
    pub contact_name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub id: u64,
    pub name: String,
    pub href: String,
    pub phones: Vec<String>,
    pub emails: Vec<String>,
}

/// `APP.data.current_card` before the runtime wraps `attributes` in a
/// Backbone-like model.
#[derive(Debug, Serialize)]
pub struct CardData {
    pub id: u64,
    pub element_type: u8,
    pub entity: &'static str,
    /// The record as API v4 returns it (empty object for a new card).
    pub attributes: Value,
    /// Custom field id → its values (one string, or a list for phones).
    pub fields: Map<String, Value>,
    pub contacts: Vec<Person>,
    pub main_user: u64,
}

fn field_text(f: &FieldValues) -> String {
    let dated = matches!(f.field_type.as_str(), "date" | "birthday" | "date_time");
    f.values
        .iter()
        .map(|v| match (&v.value, dated) {
            (Value::Number(n), true) => n.as_u64().map_or_else(|| n.to_string(), format_date),
            (Value::String(s), _) => s.clone(),
            (other, _) => other.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn field_map(values: &[FieldValues]) -> Map<String, Value> {
    values
        .iter()
        .map(|f| {
            let texts: Vec<Value> = f.texts().map(Value::String).collect();
            let v = match f.field_type.as_str() {
                "multitext" => Value::Array(texts),
                _ => texts.into_iter().next().unwrap_or(Value::Null),
            };
            (f.field_id.to_string(), v)
        })
        .collect()
}

impl Person {
    /// Whoever `values` belong to, with their phones and e-mails; `href`
    /// links their card (empty on the card itself).
    fn new(id: u64, name: &str, values: &[FieldValues], href: String) -> Person {
        Person {
            id,
            name: name.to_owned(),
            href,
            phones: values_by_code(values, fields::PHONE),
            emails: values_by_code(values, fields::EMAIL),
        }
    }
}

/// A contact as a card lists it, linking to its own card.
fn person(c: &Contact) -> Person {
    let href = card_href(Contact::KIND, c.id).unwrap_or_default();
    Person::new(c.id, &c.name, &c.custom_fields_values, href)
}

fn reachable(people: &[Person], pick: fn(&Person) -> &Vec<String>) -> Vec<Reachable> {
    people
        .iter()
        .flat_map(|p| {
            pick(p).iter().map(|v| Reachable {
                value: v.clone(),
                contact_id: p.id,
                contact_name: p.name.clone(),
            })
        })
        .collect()
}

/// The row naming the record's company, when it has one that exists.
fn company_row(entities: &Entities, company_id: Option<u64>) -> Option<FormField> {
    let company = entities.get::<Company>(company_id?)?;
    Some(FormField::read_only("Company", company.name.clone()))
}

/// What every card takes from its record, whatever the kind.
struct CardRecord {
    name: String,
    /// The record as API v4 returns it.
    attributes: Value,
    values: Vec<FieldValues>,
    /// The responsible user (`main_user`).
    main_user: u64,
}

impl CardRecord {
    fn of(record: &impl Entity) -> Option<CardRecord> {
        Some(CardRecord {
            name: record.name().to_owned(),
            attributes: serde_json::to_value(record).ok()?,
            values: record.custom_fields_values().to_vec(),
            main_user: record.responsible_user_id(),
        })
    }

    /// amoCRM's "new lead" form: nothing filled in, the current user
    /// responsible.
    fn new_lead(account: &Account) -> CardRecord {
        CardRecord {
            name: String::new(),
            attributes: Value::Object(Map::new()),
            values: vec![],
            main_user: account.current_user_id.get(),
        }
    }
}

/// What a card shows and hands to the runtime, or `None` when the record
/// does not exist (`id == 0` for leads is the new-lead form).
pub struct CardModel {
    pub name: String,
    pub fields: Vec<FormField>,
    pub notes: Vec<FeedNote>,
    pub tags: Vec<String>,
    pub people: Vec<Person>,
    /// A company's own phones and e-mails.
    pub own: Option<Person>,
    pub data: CardData,
}

impl CardModel {
    /// Whose phones and e-mails the card shows: a company's own (its
    /// people have theirs on their own cards), else the card's people.
    fn all_people(&self) -> Vec<Person> {
        match &self.own {
            Some(own) => vec![own.clone()],
            None => self.people.clone(),
        }
    }
    pub fn phones(&self) -> Vec<Reachable> {
        reachable(&self.all_people(), |p| &p.phones)
    }
    pub fn emails(&self) -> Vec<Reachable> {
        reachable(&self.all_people(), |p| &p.emails)
    }

    pub fn build(
        kind: EntityKind,
        id: u64,
        entities: &Entities,
        pipelines: &Pipelines,
        account: &Account,
    ) -> Option<CardModel> {
        let defs = entities.custom_fields(kind);
        // Custom fields in definition order, phones and e-mails left to the
        // rows below the form (clickable, as `add_action` makes them).
        let custom_rows = |values: &[FieldValues]| -> Vec<FormField> {
            defs.iter()
                .filter(|d| {
                    d.code
                        .as_deref()
                        .map_or(true, |c| c != fields::PHONE && c != fields::EMAIL)
                })
                .map(|d| {
                    let v = values.iter().find(|v| v.field_id == d.id);
                    custom_field(d, v, v.map(field_text).unwrap_or_default())
                })
                .collect()
        };
        let s = kind.singular();
        let name_field =
            |name: &str| FormField::text("Name", format!("{s}[NAME]"), name.to_owned());
        let (record, mut rows, people) = match kind {
            EntityKind::Leads if id == 0 => {
                let rows = vec![
                    name_field(""),
                    FormField::number("Budget", format!("{s}[PRICE]"), 0),
                    stage_select(s, pipelines, None),
                ];
                (CardRecord::new_lead(account), rows, vec![])
            }
            EntityKind::Leads => {
                let l = entities.get::<Lead>(id)?;
                let mut rows = vec![
                    name_field(&l.name),
                    FormField::number("Budget", format!("{s}[PRICE]"), l.price),
                    stage_select(s, pipelines, Some((l.pipeline_id, l.status_id))),
                    user_select(s, account, l.responsible_user_id),
                ];
                rows.extend(company_row(entities, l.company_id));
                let people = entities.contacts_of_lead(l).into_iter().map(person);
                (CardRecord::of(l)?, rows, people.collect())
            }
            EntityKind::Contacts => {
                let c = entities.get::<Contact>(id)?;
                let mut rows = vec![
                    name_field(&c.name),
                    user_select(s, account, c.responsible_user_id),
                ];
                rows.extend(company_row(entities, c.company_id));
                (CardRecord::of(c)?, rows, vec![person(c)])
            }
            EntityKind::Companies => {
                let c = entities.get::<Company>(id)?;
                let rows = vec![
                    name_field(&c.name),
                    user_select(s, account, c.responsible_user_id),
                ];
                let people = entities.contacts_of_company(c.id).into_iter().map(person);
                (CardRecord::of(c)?, rows, people.collect())
            }
            EntityKind::Tasks => return None,
        };
        if id != 0 {
            rows.extend(custom_rows(&record.values));
        }
        let notes = entities
            .notes_of(kind, id)
            .into_iter()
            .map(|n| FeedNote::new(n, account))
            .collect();
        let CardRecord {
            name,
            attributes,
            values,
            main_user,
        } = record;
        let tags = attributes["tags"]
            .as_array()
            .map(|t| {
                t.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        // A company's own phone and e-mail are on its card, clickable as a
        // contact's are.
        let own =
            (kind == EntityKind::Companies).then(|| Person::new(id, &name, &values, String::new()));
        Some(CardModel {
            data: CardData {
                id,
                element_type: kind.element_type(),
                entity: kind.api_name(),
                attributes,
                fields: field_map(&values),
                contacts: people.clone(),
                main_user,
            },
            name,
            fields: rows,
            notes,
            tags,
            people,
            own,
        })
    }
}

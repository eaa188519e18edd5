//! `GET /private/api/contact_search.php?SEARCH=…`, amoCRM's oldest contact
//! lookup, still called by telephony widgets to name a caller. It answers
//! XML; the widgets seen read `contact > id`, `contact > name` and
//! `contact > company > name` (`$(res).find(…)`), which is what this
//! emulates, from the account's contacts (`views::legacy`). A `SEARCH`
//! with five digits or more is a phone number, matched on its last ten
//! digits whatever the formatting; otherwise the name and field values
//! are searched as API v4's `query` does. Nothing found: `204`.
//! UNCONFIRMED: the root elements and the fields beyond those three.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use askama::Template;

use crate::account::entities::{
    fields::EMAIL, fields::PHONE, values_by_code, Company, Contact, Entities, Entity,
};
use crate::server::http::ignored_param;
use crate::server::query::pairs;
use crate::server::state::AppState;
use crate::views::legacy::{ContactSearchXml, FoundCompany, FoundContact};

pub const PATH: &str = "/private/api/contact_search.php";
/// Digits that make a search a phone number, and how many are compared.
const PHONE_DIGITS: (usize, usize) = (5, 10);

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(PATH, web::get().to(search));
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Whether contact `c` is what `search` looks for.
fn matches(c: &Contact, search: &str) -> bool {
    let wanted = digits(search);
    if wanted.len() >= PHONE_DIGITS.0 {
        let tail = &wanted[wanted.len().saturating_sub(PHONE_DIGITS.1)..];
        return values_by_code(&c.custom_fields_values, PHONE)
            .iter()
            .any(|p| digits(p).ends_with(tail));
    }
    c.search_text().contains(&search.to_lowercase())
}

fn found(e: &Entities, c: &Contact) -> FoundContact {
    FoundContact {
        id: c.id,
        name: c.name.clone(),
        responsible_user_id: c.responsible_user_id,
        company: c
            .company_id
            .and_then(|id| e.get::<Company>(id))
            .map(|co| FoundCompany {
                id: co.id,
                name: co.name.clone(),
            }),
        phones: values_by_code(&c.custom_fields_values, PHONE),
        emails: values_by_code(&c.custom_fields_values, EMAIL),
    }
}

async fn search(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let mut search = String::new();
    for (key, value) in pairs(req.query_string()) {
        if key.eq_ignore_ascii_case("search") {
            search = value.trim().to_owned();
        } else {
            ignored_param(&state, req.path(), &key, "SEARCH");
        }
    }
    let snapshot = state.store.snapshot();
    let e = &snapshot.entities;
    let contacts: Vec<FoundContact> = e
        .contacts
        .iter()
        .filter(|c| !search.is_empty() && matches(c, &search))
        .map(|c| found(e, c))
        .collect();
    if contacts.is_empty() {
        return HttpResponse::NoContent().finish();
    }
    match (ContactSearchXml { contacts }).render() {
        Ok(xml) => HttpResponse::Ok()
            .content_type("application/xml; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(xml),
        Err(e) => HttpResponse::InternalServerError().body(format!("template error: {e}")),
    }
}

//! amoCRM's legacy API v2 (`/api/v2/{leads,contacts,companies,tasks,notes}`,
//! docs/api-v4-writes.md §11) over the same records API v4 reads and
//! writes: [`models`] shows a record in v2's shape, [`items`] turns v2's
//! `add`/`update` items into API v4 items, so a v2 write is an
//! `account::writes::Write` like any other and a legacy widget and a v4
//! widget see the same data; [`private`] renames the private v2 JSON
//! API's fields to v2's and back. No I/O: the HTTP side is
//! `server::routes::legacy`.

pub mod items;
pub mod models;
pub mod private;

use crate::account::entities::EntityKind;

/// API v2's `element_type` (1 contact, 2 lead, 3 company) as a kind; 12
/// (customers) and others are not emulated.
pub fn kind_of_element_type(n: u64) -> Option<EntityKind> {
    EntityKind::RECORDS
        .into_iter()
        .find(|k| u64::from(k.element_type()) == n)
}

/// API v2's `type` of notes and tasks (`lead`, `contact`, `company`; also
/// the v4 plural) as a kind.
pub fn kind_of_type(name: &str) -> Option<EntityKind> {
    EntityKind::RECORDS
        .into_iter()
        .find(|k| k.singular() == name || k.api_name() == name)
}

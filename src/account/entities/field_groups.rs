//! Groups of custom fields (`/api/v4/<entity>/custom_fields/groups`): the
//! tabs a card sorts its fields into. A new account has none besides the
//! card's main tab, which the API does not list (UNCONFIRMED); groups made
//! through the API get amoCRM-like string ids (`leads_1591234`). Data only: no I/O.

use serde::{Deserialize, Serialize};

use super::EntityKind;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldGroup {
    /// `<entity>_<number>`, as amoCRM spells group ids.
    pub id: String,
    pub entity_type: EntityKind,
    pub name: String,
    pub sort: u32,
}

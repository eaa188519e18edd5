//! Notes: the feed of a lead, contact or company card (`/api/v4/<entity>/notes`).
//! A note has a type (`common`, `call_in`, `service_message` …) and the
//! `params` that type carries (docs/api-v4-writes.md §6); the text a card
//! shows is read from them here, once. Data only: no HTTP, no I/O.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::EntityKind;

/// The note types a write may create, as amoCRM names them.
pub const NOTE_TYPES: [&str; 11] = [
    "common",
    "call_in",
    "call_out",
    "service_message",
    "extended_service_message",
    "message_cashier",
    "geolocation",
    "sms_in",
    "sms_out",
    "attachment",
    "invoice_paid",
];

/// amoCRM's numeric note types (webhooks, API v2) and API v4's names: 4
/// text, 5 file, 10/11 calls, 25 service message, 102/103 SMS (the last
/// two and 25 from third-party code: UNCONFIRMED). The first number of a
/// name is the one sent.
const LEGACY_TYPES: [(u8, &str); 8] = [
    (4, "common"),
    (5, "attachment"),
    (10, "call_in"),
    (11, "call_out"),
    (25, "service_message"),
    (25, "extended_service_message"),
    (102, "sms_in"),
    (103, "sms_out"),
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: u64,
    pub entity_id: u64,
    /// Which kind of record the note is on (`leads`, `contacts`, `companies`).
    pub entity_type: EntityKind,
    pub created_by: u64,
    pub updated_by: u64,
    pub created_at: u64,
    pub updated_at: u64,
    pub responsible_user_id: u64,
    pub group_id: u64,
    pub note_type: String,
    #[serde(default)]
    pub params: Map<String, Value>,
}

impl Note {
    /// What the card's feed shows as the note's body.
    pub fn text(&self) -> String {
        let s = |k: &str| self.params.get(k).and_then(Value::as_str).unwrap_or("");
        match self.note_type.as_str() {
            "call_in" | "call_out" => {
                let dir = if self.note_type == "call_in" {
                    "Incoming"
                } else {
                    "Outgoing"
                };
                let secs = self
                    .params
                    .get("duration")
                    .and_then(Value::as_u64)
                    .unwrap_or(0);
                format!("{dir} call {} ({}:{:02})", s("phone"), secs / 60, secs % 60)
            }
            "service_message" | "extended_service_message" => {
                format!("{}: {}", s("service"), s("text"))
            }
            "sms_in" | "sms_out" => format!("SMS {}: {}", s("phone"), s("text")),
            "geolocation" => format!("{} {}", s("text"), s("address")),
            "attachment" => s("file_name").to_owned(),
            _ => s("text").to_owned(),
        }
    }

    /// amoCRM's numeric note type, as webhooks and API v2 send it (see
    /// `LEGACY_TYPES`; others are sent as 4, a text note).
    pub fn legacy_type(&self) -> u8 {
        LEGACY_TYPES
            .iter()
            .find(|(_, name)| *name == self.note_type)
            .map_or(4, |(n, _)| *n)
    }

    /// The note type API v4 names the numeric `note_type` of API v2.
    pub fn type_of_legacy(number: u64) -> Option<&'static str> {
        LEGACY_TYPES
            .iter()
            .find(|(n, _)| u64::from(*n) == number)
            .map(|(_, name)| *name)
    }

    /// The `history` event type its creation records.
    pub fn added_event(&self) -> &'static str {
        match self.note_type.as_str() {
            "call_in" => "incoming_call",
            "call_out" => "outgoing_call",
            "sms_in" => "incoming_sms",
            "sms_out" => "outgoing_sms",
            "service_message" | "extended_service_message" => "service_note_added",
            "geolocation" => "geo_note_added",
            "attachment" => "attachment_note_added",
            _ => "common_note_added",
        }
    }
}

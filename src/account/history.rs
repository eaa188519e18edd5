//! The account's history (`GET /api/v4/events`): one event per change a
//! write made, recorded in the same store update as the change itself, so
//! history and records can never disagree. Event ids are strings, as
//! amoCRM's are; the log keeps the newest [`MAX_EVENTS`]. Data only: no I/O.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::entities::EntityKind;

/// How many events the log keeps (the oldest are dropped first).
pub const MAX_EVENTS: usize = 5_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// 26 characters like amoCRM's ULID-style ids; increasing.
    pub id: String,
    /// `lead_added`, `lead_status_changed`, `common_note_added` …
    #[serde(rename = "type")]
    pub event_type: String,
    pub entity_id: u64,
    pub entity_type: EntityKind,
    pub created_by: u64,
    pub created_at: u64,
    pub value_after: Value,
    pub value_before: Value,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Oldest first.
    #[serde(default)]
    pub events: Vec<Event>,
    /// The last sequence number given (ids are never reused).
    #[serde(default)]
    pub last_seq: u64,
}

impl History {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.last_seq == 0
    }

    /// Records one event.
    #[allow(clippy::too_many_arguments)]
    pub fn record(
        &mut self,
        event_type: &str,
        kind: EntityKind,
        entity_id: u64,
        by: u64,
        at: u64,
        before: Value,
        after: Value,
    ) {
        self.last_seq += 1;
        self.events.push(Event {
            id: format!("01{at:010x}{:014x}", self.last_seq),
            event_type: event_type.to_owned(),
            entity_id,
            entity_type: kind,
            created_by: by,
            created_at: at,
            value_after: after,
            value_before: before,
        });
        if self.events.len() > MAX_EVENTS {
            let excess = self.events.len() - MAX_EVENTS;
            self.events.drain(..excess);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_increase_and_the_log_is_bounded() {
        let mut h = History::default();
        for i in 0..(MAX_EVENTS + 3) {
            h.record(
                "lead_added",
                EntityKind::Leads,
                i as u64,
                1,
                100,
                json!([]),
                json!([]),
            );
        }
        assert_eq!(h.events.len(), MAX_EVENTS);
        assert_eq!(h.events[0].entity_id, 3);
        assert!(h.events[0].id < h.events[1].id);
        assert_eq!(h.events[0].id.len(), 26);
    }
}

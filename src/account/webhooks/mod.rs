//! Account webhooks (`/api/v4/webhooks`): who is subscribed to which
//! events, what a write did in webhook terms ([`Happened`]), and (in
//! `body.rs`) the form body amoCRM POSTs to a subscriber after a change.
//! No I/O: sending it is the server's.

mod body;

pub use body::body;

use serde::{Deserialize, Serialize};

use super::entities::EntityKind;

/// Every event name a subscription may list (docs/api-v4-writes.md §9.1).
pub const EVENT_NAMES: [&str; 33] = [
    "add_lead",
    "update_lead",
    "delete_lead",
    "restore_lead",
    "status_lead",
    "responsible_lead",
    "note_lead",
    "add_contact",
    "update_contact",
    "delete_contact",
    "restore_contact",
    "responsible_contact",
    "note_contact",
    "add_company",
    "update_company",
    "delete_company",
    "restore_company",
    "responsible_company",
    "note_company",
    "add_customer",
    "update_customer",
    "delete_customer",
    "responsible_customer",
    "note_customer",
    "add_task",
    "update_task",
    "delete_task",
    "responsible_task",
    "add_talk",
    "update_talk",
    "add_chat_template_review",
    "add_message",
    "add_outgoing_message",
];

/// How many webhooks an account may have (docs/api-v4-writes.md §9.1).
pub const MAX_WEBHOOKS: usize = 100;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Webhook {
    pub id: u64,
    pub destination: String,
    pub created_at: u64,
    pub updated_at: u64,
    pub created_by: u64,
    pub sort: u64,
    pub disabled: bool,
    pub settings: Vec<String>,
}

/// What a write did to one record, in webhook terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Add,
    Update,
    /// A lead moved to another stage (also an `Update`).
    Status {
        old_status_id: u64,
        old_pipeline_id: u64,
    },
    /// The responsible user changed (also an `Update`).
    Responsible {
        old_user_id: u64,
    },
    /// A note was added to the record.
    Note {
        note_id: u64,
    },
}

impl Action {
    fn name(self) -> &'static str {
        match self {
            Action::Add => "add",
            Action::Update => "update",
            Action::Status { .. } => "status",
            Action::Responsible { .. } => "responsible",
            Action::Note { .. } => "note",
        }
    }
}

/// One change to one record: what webhooks, the inspector and open pages
/// are told after the write is durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Happened {
    pub kind: EntityKind,
    pub id: u64,
    pub action: Action,
}

impl Happened {
    /// The subscription setting that asks for it (`status_lead`).
    pub fn setting(&self) -> String {
        format!("{}_{}", self.action.name(), self.kind.singular())
    }
}

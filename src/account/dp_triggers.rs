//! Digital Pipeline triggers (docs/platform.md §10.1): a widget's automatic action
//! placed under a pipeline stage, with the values of its `dp.settings`
//! fields as saved from the trigger form. These values are what the DP
//! webhook sends as `action.settings.widget.settings`.
//!
//! Also the events a trigger fires on ([`DpEvent`]), which the trigger form
//! offers and the webhook payload names.
//!
//! No I/O: the caller checks the values against the widget's manifest; this
//! module checks that the pipeline and the stage exist.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::pipelines::Pipelines;

/// First trigger id; amoCRM's DP action ids are plain increasing numbers.
const FIRST_ID: u64 = 3_001;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Trigger {
    pub id: u64,
    pub widget_code: String,
    pub pipeline_id: u64,
    pub status_id: u64,
    /// `dp.settings` field code → value, as the form's inputs held them.
    pub settings: Map<String, Value>,
    pub created_at: u64,
    pub updated_at: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Triggers {
    #[serde(default)]
    pub next_id: u64,
    #[serde(default)]
    pub items: Vec<Trigger>,
}

/// The DP events a lead trigger can send (docs/platform.md §10.1 table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DpEvent {
    /// Lead created in the trigger's stage.
    LeadAdded,
    /// Lead moved into the trigger's stage.
    LeadStatusChanged,
    /// Moved between stages inside a stretched trigger (`action_multiple`).
    LeadAppearedInStatus,
}

impl DpEvent {
    pub fn type_id(self) -> u8 {
        match self {
            DpEvent::LeadAdded => 1,
            DpEvent::LeadStatusChanged => 14,
            DpEvent::LeadAppearedInStatus => 15,
        }
    }

    pub fn type_code(self) -> &'static str {
        match self {
            DpEvent::LeadAdded => "lead_added",
            DpEvent::LeadStatusChanged => "lead_status_changed",
            DpEvent::LeadAppearedInStatus => "lead_appeared_in_status",
        }
    }

    pub fn direction(self) -> &'static str {
        match self {
            DpEvent::LeadAdded | DpEvent::LeadStatusChanged => "went_to_trigger",
            DpEvent::LeadAppearedInStatus => "went_in_trigger",
        }
    }
}

/// Why a trigger write was refused (nothing changed).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum TriggerError {
    #[error("the account has no pipeline {0}")]
    UnknownPipeline(u64),
    #[error("pipeline {pipeline_id} has no stage {status_id}")]
    UnknownStatus { pipeline_id: u64, status_id: u64 },
    #[error("there is no trigger {0}")]
    UnknownTrigger(u64),
}

impl Triggers {
    pub fn get(&self, id: u64) -> Option<&Trigger> {
        self.items.iter().find(|t| t.id == id)
    }

    /// The triggers under one stage, oldest first.
    pub fn in_status(&self, pipeline_id: u64, status_id: u64) -> impl Iterator<Item = &Trigger> {
        self.items
            .iter()
            .filter(move |t| t.pipeline_id == pipeline_id && t.status_id == status_id)
    }

    pub fn create(
        &mut self,
        pipelines: &Pipelines,
        widget_code: &str,
        pipeline_id: u64,
        status_id: u64,
        settings: Map<String, Value>,
        now: u64,
    ) -> Result<Trigger, TriggerError> {
        let pipeline = pipelines
            .get(pipeline_id)
            .ok_or(TriggerError::UnknownPipeline(pipeline_id))?;
        if pipeline.status(status_id).is_none() {
            return Err(TriggerError::UnknownStatus {
                pipeline_id,
                status_id,
            });
        }
        let id = self.next_id.max(FIRST_ID);
        self.next_id = id + 1;
        let trigger = Trigger {
            id,
            widget_code: widget_code.to_owned(),
            pipeline_id,
            status_id,
            settings,
            created_at: now,
            updated_at: now,
        };
        self.items.push(trigger.clone());
        Ok(trigger)
    }

    /// Replaces the saved values of trigger `id`.
    pub fn update(
        &mut self,
        id: u64,
        settings: Map<String, Value>,
        now: u64,
    ) -> Result<Trigger, TriggerError> {
        let t = self
            .items
            .iter_mut()
            .find(|t| t.id == id)
            .ok_or(TriggerError::UnknownTrigger(id))?;
        t.settings = settings;
        t.updated_at = now;
        Ok(t.clone())
    }

    pub fn delete(&mut self, id: u64) -> Result<(), TriggerError> {
        let before = self.items.len();
        self.items.retain(|t| t.id != id);
        if self.items.len() == before {
            return Err(TriggerError::UnknownTrigger(id));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triggers_live_under_existing_stages_only() {
        let p = Pipelines::default();
        let main = p.main().unwrap();
        let mut t = Triggers::default();
        let status = main.statuses[1].id;
        let made = t.create(&p, "w", main.id, status, Map::new(), 1).unwrap();
        assert_eq!(t.in_status(main.id, status).count(), 1);
        assert_eq!(
            t.create(&p, "w", main.id, 1, Map::new(), 1),
            Err(TriggerError::UnknownStatus {
                pipeline_id: main.id,
                status_id: 1
            })
        );
        assert_eq!(
            t.create(&p, "w", 5, status, Map::new(), 1),
            Err(TriggerError::UnknownPipeline(5))
        );
        let mut values = Map::new();
        values.insert("message".into(), "hi".into());
        assert_eq!(
            t.update(made.id, values, 2).unwrap().settings["message"],
            "hi"
        );
        t.delete(made.id).unwrap();
        assert_eq!(
            t.delete(made.id),
            Err(TriggerError::UnknownTrigger(made.id))
        );
    }
}

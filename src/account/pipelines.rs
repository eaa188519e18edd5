//! The lead pipelines of the emulated account and their stages (statuses),
//! as amoCRM models them (`GET /api/v4/leads/pipelines`). Stored in the
//! account state so a developer can rename stages or add a pipeline by
//! editing `.amo-emu/state.json`; absent, the defaults below apply.
//!
//! Data only: no HTTP, no I/O.

use serde::{Deserialize, Serialize};

/// amoCRM's fixed id of the "won" stage, the same in every pipeline.
pub const WON_STATUS_ID: u64 = 142;
/// amoCRM's fixed id of the "lost" stage, the same in every pipeline.
pub const LOST_STATUS_ID: u64 = 143;

/// Id of the default pipeline: a 7-digit number like amoCRM's.
const DEFAULT_PIPELINE_ID: u64 = 7_431_205;
/// First stage id of the default pipeline; the next stages count up by 3,
/// as ids of stages created together do in amoCRM.
const FIRST_STATUS_ID: u64 = 61_204_117;

/// What kind of stage a status is (`type` in the API).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    /// An ordinary stage (`type: 0`).
    Regular,
    /// "Incoming leads" (unsorted, `type: 1`): where new leads land.
    Incoming,
}

impl StatusKind {
    pub fn api_type(self) -> u8 {
        match self {
            StatusKind::Regular => 0,
            StatusKind::Incoming => 1,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Status {
    pub id: u64,
    pub name: String,
    pub sort: u32,
    /// `#rrggbb`, one of amoCRM's stage colours.
    pub color: String,
    pub kind: StatusKind,
    pub is_editable: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pipeline {
    pub id: u64,
    pub name: String,
    pub sort: u32,
    pub is_main: bool,
    pub is_unsorted_on: bool,
    pub is_archive: bool,
    /// In board order: incoming first, won and lost last.
    pub statuses: Vec<Status>,
}

impl Pipeline {
    pub fn status(&self, id: u64) -> Option<&Status> {
        self.statuses.iter().find(|s| s.id == id)
    }
}

/// All pipelines of the account. Never empty when built by `Default`; a
/// state file may list others.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Pipelines(pub Vec<Pipeline>);

impl Pipelines {
    pub fn get(&self, id: u64) -> Option<&Pipeline> {
        self.0.iter().find(|p| p.id == id)
    }

    /// The main pipeline (`is_main`), else the first one.
    pub fn main(&self) -> Option<&Pipeline> {
        self.0.iter().find(|p| p.is_main).or_else(|| self.0.first())
    }

    pub fn iter(&self) -> impl Iterator<Item = &Pipeline> {
        self.0.iter()
    }
}

impl Default for Pipelines {
    /// One pipeline, "Sales", with the stages a new amoCRM account has.
    fn default() -> Self {
        let stage = |n: u64, name: &str, color: &str, kind| Status {
            id: FIRST_STATUS_ID + 3 * n,
            name: name.to_owned(),
            sort: 10 * (n as u32 + 1),
            color: color.to_owned(),
            kind,
            is_editable: kind == StatusKind::Regular,
        };
        let closed = |id, name: &str, sort, color: &str| Status {
            id,
            name: name.to_owned(),
            sort,
            color: color.to_owned(),
            kind: StatusKind::Regular,
            is_editable: false,
        };
        Pipelines(vec![Pipeline {
            id: DEFAULT_PIPELINE_ID,
            name: "Sales".to_owned(),
            sort: 1,
            is_main: true,
            is_unsorted_on: true,
            is_archive: false,
            statuses: vec![
                stage(0, "Incoming leads", "#c1c1c1", StatusKind::Incoming),
                stage(1, "Contact made", "#99ccff", StatusKind::Regular),
                stage(2, "Negotiation", "#ffff99", StatusKind::Regular),
                stage(3, "Decision", "#ffcc66", StatusKind::Regular),
                closed(WON_STATUS_ID, "Won", 10_000, "#ccff66"),
                closed(LOST_STATUS_ID, "Lost", 11_000, "#d5d8db"),
            ],
        }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_pipeline_has_incoming_first_and_won_lost_last() {
        let p = Pipelines::default();
        let main = p.main().unwrap();
        assert_eq!(main.name, "Sales");
        let names: Vec<_> = main.statuses.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Incoming leads",
                "Contact made",
                "Negotiation",
                "Decision",
                "Won",
                "Lost"
            ]
        );
        assert_eq!(main.statuses[0].kind.api_type(), 1);
        assert_eq!(main.statuses[4].id, WON_STATUS_ID);
        assert_eq!(main.statuses[5].id, LOST_STATUS_ID);
        let mut ids: Vec<_> = main.statuses.iter().map(|s| s.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 6);
    }
}

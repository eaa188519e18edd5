//! The last id given to each kind of record, kept with the state so an id
//! is never given twice, even after its record is gone (amoCRM's ids only
//! grow). Data only: no I/O.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Ids(BTreeMap<String, u64>);

impl Ids {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The last id given for `kind` (`leads`, `notes` …), 0 if none yet.
    pub fn last(&self, kind: &str) -> u64 {
        self.0.get(kind).copied().unwrap_or(0)
    }

    pub fn set(&mut self, kind: &str, id: u64) {
        self.0.insert(kind.to_owned(), id);
    }
}

//! What the user did in the emulated account, persisted in
//! `<widget>/.amo-emu/state.json`.
//!
//! Writes are all-or-nothing: the new state is written to a temporary file in
//! the same folder, flushed to disk, then renamed over the old one, and only
//! then replaces the in-memory copy. A failed write leaves both the file and
//! the memory as they were. A file that does not parse is moved aside (never
//! deleted) and reported.
//!
//! Reads are copy-on-write: the current state is an `Arc` that a write
//! replaces whole once its file is durable, so a reader takes the `Arc`
//! (a pointer copy under a lock held for nanoseconds) and never waits for a
//! write's fsync, and never sees half a change. Writers queue on their own
//! lock.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::dp_triggers::Triggers;
use super::entities::Entities;
use super::history::History;
use super::ids::Ids;
use super::oauth::Grants;
use super::pipelines::Pipelines;
use super::salesbot::Salesbots;
use super::sources::Sources;
use super::tags::Tags;
use super::webhooks::Webhook;

/// Folder inside the widget folder that holds the emulator's own files.
pub const STATE_DIR: &str = ".amo-emu";
const STATE_FILE: &str = "state.json";
/// Name parts of the temporary file a save writes before renaming it.
const TEMP_PREFIX: &str = ".state-";
const TEMP_SUFFIX: &str = ".tmp";
/// Bumped when the file layout changes incompatibly.
const SCHEMA: u32 = 1;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AccountState {
    #[serde(default = "schema")]
    pub schema: u32,
    /// Widget code → its state in this account.
    #[serde(default)]
    pub widgets: BTreeMap<String, WidgetState>,
    /// Lead pipelines and their stages (defaults when absent).
    #[serde(default)]
    pub pipelines: Pipelines,
    /// Lead sources created through `/api/v4/sources`.
    #[serde(default)]
    pub sources: Sources,
    /// Widgets' Digital Pipeline triggers and their saved values.
    #[serde(default)]
    pub dp_triggers: Triggers,
    /// Leads, contacts, companies and tasks (the fixture when absent;
    /// each missing part filled on its own; written only once changed).
    #[serde(default, skip_serializing_if = "Entities::is_default")]
    pub entities: Entities,
    /// What changed in the records (`GET /api/v4/events`), written with
    /// the change itself.
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub history: History,
    /// Tags created through `POST /api/v4/<kind>/tags` (the records carry
    /// the others by name).
    #[serde(default, skip_serializing_if = "Tags::is_empty")]
    pub tags: Tags,
    /// The last id given to each kind of record (never reused).
    #[serde(default, skip_serializing_if = "Ids::is_empty")]
    pub ids: Ids,
    /// Account webhooks (`/api/v4/webhooks`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub webhooks: Vec<Webhook>,
    /// What the account granted the integration's backend (OAuth codes
    /// and tokens, as hashes and ids).
    #[serde(default, skip_serializing_if = "Grants::is_empty")]
    pub oauth: Grants,
    /// Bots saved in the Salesbot designer.
    #[serde(default, skip_serializing_if = "Salesbots::is_empty")]
    pub salesbots: Salesbots,
}

fn schema() -> u32 {
    SCHEMA
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct WidgetState {
    pub installed: bool,
    /// Field code → value, in the formats of docs/platform.md §2.4. Kept after Disable so
    /// a later install starts from the previous values.
    #[serde(default)]
    pub settings: Map<String, Value>,
    /// Seconds since the Unix epoch of the last change.
    #[serde(default)]
    pub updated_at: u64,
    /// The pipeline the widget was added to as a lead source
    /// (`get_pipeline_id()`, `pipeline_id` in the widgets API).
    #[serde(default)]
    pub pipeline_id: Option<u64>,
}

/// A write that could not be made durable. A change's own error type takes
/// it through `From`, so [`Store::update`] has one `Result` to answer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

pub struct Store {
    path: PathBuf,
    /// The state readers see; replaced whole, never changed in place.
    current: RwLock<Arc<AccountState>>,
    /// Held by a writer from copying the state to publishing the next one,
    /// so writes are serialised without ever blocking a reader.
    writer: Mutex<()>,
}

impl Store {
    /// Opens (or starts) the store of the widget folder `widget_dir`. The
    /// second value is a warning to show, if the old file had to be set aside.
    pub fn open(widget_dir: &Path) -> (Store, Option<String>) {
        let path = widget_dir.join(STATE_DIR).join(STATE_FILE);
        remove_stale_temp_files(&widget_dir.join(STATE_DIR));
        let (state, warning) = match std::fs::read(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (AccountState::default(), None),
            Err(e) => (
                AccountState::default(),
                Some(format!(
                    "cannot read {}: {e}; starting from an empty account",
                    path.display()
                )),
            ),
            Ok(bytes) => match serde_json::from_slice::<AccountState>(&bytes) {
                Ok(state) => (state, None),
                Err(e) => {
                    let aside = path.with_extension(format!("json.corrupt-{}", now()));
                    let moved = std::fs::rename(&path, &aside);
                    let what = match moved {
                        Ok(()) => format!("moved aside to {}", aside.display()),
                        Err(err) => format!("could not move it aside ({err}); it will be overwritten on the next save"),
                    };
                    (
                        AccountState::default(),
                        Some(format!(
                            "{} is not valid ({e}); {what}; starting from an empty account",
                            path.display()
                        )),
                    )
                }
            },
        };
        (
            Store {
                path,
                current: RwLock::new(Arc::new(state)),
                writer: Mutex::new(()),
            },
            warning,
        )
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn widget(&self, code: &str) -> WidgetState {
        self.snapshot()
            .widgets
            .get(code)
            .cloned()
            .unwrap_or_default()
    }

    /// The current state. Cheap (an `Arc` clone) and never waits on a write.
    pub fn snapshot(&self) -> Arc<AccountState> {
        // A panic elsewhere cannot leave a half-made state behind this lock
        // (states are replaced whole), so a poisoned lock is safe to reuse.
        self.current
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Applies `change` to a copy of the state, writes the copy atomically
    /// and only then makes it current. A change that returns `Err` is dropped
    /// whole: nothing is written and the current state stays as it was; a
    /// write that fails is the same `Err`, through `E: From<StoreError>`.
    /// Validation that depends on the current state belongs in `change`, so
    /// two concurrent requests cannot both pass a uniqueness check; updates
    /// are serialised, so the last one wins whole.
    pub fn update<R, E: From<StoreError>>(
        &self,
        change: impl FnOnce(&mut AccountState) -> Result<R, E>,
    ) -> Result<R, E> {
        let _writer = self.lock_writer();
        let mut next = AccountState::clone(&self.snapshot());
        let out = change(&mut next)?;
        next.schema = SCHEMA;
        write_atomically(&self.path, &next).map_err(|source| StoreError::Write {
            path: self.path.clone(),
            source,
        })?;
        *self.current.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(next);
        Ok(out)
    }

    fn lock_writer(&self) -> MutexGuard<'_, ()> {
        // The guard protects no data, only the order of writers.
        self.writer.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Seconds since the Unix epoch.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Deletes temp files a killed process left mid-save. They never hold the
/// state (the rename is what publishes it), so nothing is lost.
fn remove_stale_temp_files(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn write_atomically(path: &Path, state: &AccountState) -> std::io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
    bytes.push(b'\n');
    write_file_atomically(path, &bytes)
}

/// Writes `bytes` to `path` whole or not at all, and durably: a temporary
/// file in the same folder (only its owner may read it), flushed, renamed
/// over `path`, the rename flushed. Shared by everything amo-emu keeps in
/// `.amo-emu/` (the state, the integration's keys).
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().expect("a file in a folder");
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    // Make the rename itself durable.
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests;

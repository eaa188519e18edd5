//! What the server knows: the configuration, the current widget snapshot,
//! the emulated account and its store. Routes only read it (the store is the
//! one place that writes, and it does so atomically).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use crate::account::{Account, Store};
use crate::live_reload::{CodeUpdates, DiagnosticMessage, LiveReload, Message, Status};
use crate::watch::Change;
use crate::widget::{LoadFailure, Widget, WidgetCode};

/// Settings fixed for the lifetime of the server.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The widget folder as the user typed it (for messages).
    pub dir: PathBuf,
    /// The same folder, canonical: the only root files are served from.
    pub root: PathBuf,
    pub code_override: Option<WidgetCode>,
    /// The interface locale: `--locale`, then the top bar's switcher.
    pub locale: crate::account::LiveLocale,
    /// Extra `Host` names accepted besides loopback and `*.localhost`.
    pub allowed_hosts: Vec<String>,
    /// `--dp-webhook-url`: where the DP test webhook goes instead of the
    /// manifest's `dp.webhook_url`.
    pub dp_webhook_url: Option<String>,
    /// How open tabs take a change to the widget's code (`--no-hot`).
    pub code_updates: CodeUpdates,
}

/// One load of the widget folder: the code it is served under, and either
/// the widget or why it could not be loaded.
#[derive(Debug)]
pub struct Loaded {
    pub code: WidgetCode,
    pub result: Result<Widget, LoadFailure>,
}

pub struct AppState {
    pub config: ServerConfig,
    pub account: Account,
    pub store: Store,
    /// The current snapshot of the widget folder; replaced whole on reload,
    /// so a request sees one consistent version from start to end.
    widget: RwLock<Arc<Loaded>>,
    /// The channel to the browser tabs.
    pub live: LiveReload,
    /// Fingerprint of the diagnostics last printed, so the terminal shows a
    /// problem once, not on every request.
    last_reported: Mutex<u64>,
}

impl AppState {
    /// Builds the state and loads the widget folder for the first time.
    pub fn new(config: ServerConfig, store: Store) -> Self {
        let placeholder = Loaded {
            code: WidgetCode::from_folder(&config.dir),
            result: Err(LoadFailure {
                diagnostics: Vec::new(),
            }),
        };
        let state = AppState {
            config,
            account: Account::default(),
            store,
            widget: RwLock::new(Arc::new(placeholder)),
            live: LiveReload::new(),
            last_reported: Mutex::new(0),
        };
        state.reload();
        state
    }

    /// Reacts to changed files: re-reads the folder and tells the tabs how
    /// to catch up (an overlay for a folder that no longer loads).
    pub fn files_changed(&self, changes: &[Change]) {
        let names: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
        let was_ok = self.widget().result.is_ok();
        let loaded = self.reload();
        let message = match &loaded.result {
            Err(failure) => Message::Error {
                diagnostics: failure
                    .diagnostics
                    .iter()
                    .map(DiagnosticMessage::from)
                    .collect(),
            },
            Ok(_) => Message::for_changes(changes, !was_ok, self.config.code_updates),
        };
        match &message {
            Message::Error { .. } => tracing::info!(
                "changed: {} → the widget does not load (overlay shown)",
                names.join(", ")
            ),
            Message::Css { .. } => {
                tracing::info!("changed: {} → stylesheet swapped", names.join(", "))
            }
            Message::Images { .. } => {
                tracing::info!("changed: {} → images refreshed", names.join(", "))
            }
            Message::Code { .. } => {
                tracing::info!("changed: {} → code swapped in place", names.join(", "))
            }
            _ => tracing::info!("changed: {} → reload", names.join(", ")),
        }
        self.live.publish(message);
    }

    /// The current widget snapshot.
    pub fn widget(&self) -> Arc<Loaded> {
        self.widget
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Re-reads the widget folder and makes the result (and the status the
    /// tabs see) current.
    pub fn reload(&self) -> Arc<Loaded> {
        let loaded = self.load();
        *self.widget.write().unwrap_or_else(|p| p.into_inner()) = loaded.clone();
        self.live.set_status(match &loaded.result {
            Ok(_) => Status::Ok,
            Err(f) => Status::Error {
                diagnostics: f.diagnostics.iter().map(DiagnosticMessage::from).collect(),
            },
        });
        loaded
    }

    fn load(&self) -> Arc<Loaded> {
        let result = Widget::load(&self.config.dir, self.config.code_override.as_ref());
        let code = match &result {
            Ok(w) => w.code.clone(),
            Err(_) => self
                .config
                .code_override
                .clone()
                .unwrap_or_else(|| WidgetCode::from_folder(&self.config.dir)),
        };
        let loaded = Arc::new(Loaded { code, result });
        self.report(&loaded);
        loaded
    }

    /// Prints the widget's diagnostics to the terminal when they change.
    pub fn report(&self, loaded: &Loaded) {
        let diagnostics = match &loaded.result {
            Ok(w) => &w.warnings,
            Err(f) => &f.diagnostics,
        };
        let mut h = DefaultHasher::new();
        for d in diagnostics {
            d.to_string().hash(&mut h);
        }
        let fingerprint = h.finish() | 1;
        let mut last = self.last_reported.lock().unwrap_or_else(|p| p.into_inner());
        if *last == fingerprint {
            return;
        }
        let first = *last == 0;
        *last = fingerprint;
        match &loaded.result {
            Err(_) => tracing::error!(
                "the widget in {} cannot be loaded:",
                self.config.dir.display()
            ),
            Ok(_) if !diagnostics.is_empty() => tracing::warn!("the widget loaded with warnings:"),
            Ok(_) if !first => tracing::info!("the widget loads cleanly again"),
            Ok(_) => {}
        }
        for d in diagnostics {
            eprintln!("{d}");
        }
    }
}

//! What the server knows: the configuration, the current widget snapshot,
//! the emulated account and its store, the live-reload channel and which
//! notices were printed. It only holds: routes read it, the store writes
//! atomically, and `crate::dev` decides what a change to the folder
//! means and swaps the snapshot.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use crate::account::{Account, Store};
use crate::live_reload::{CodeUpdates, LiveReload};
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
    /// `--webhook`: URLs subscribed to every account webhook event.
    pub webhooks: Vec<String>,
    /// How open tabs take a change to the widget's code (`--no-hot`).
    pub code_updates: CodeUpdates,
    /// Whether pages carry the inspector (`--no-inspector` turns it off).
    pub inspector: bool,
}

/// One load of the widget folder: the code it is served under, and either
/// the widget (shared, so a handler can keep it without the whole load) or
/// why it could not be loaded.
#[derive(Debug)]
pub struct Loaded {
    pub code: WidgetCode,
    pub result: Result<Arc<Widget>, LoadFailure>,
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
    /// Fingerprint of the diagnostics last printed (0: none yet), so the
    /// terminal shows a problem once; `crate::dev` decides and prints.
    pub last_reported: Mutex<u64>,
    /// Which notices the terminal has shown (each is printed once).
    pub notices: super::notices::Notices,
    /// The account webhooks sent and their outcomes (the inspector's list).
    pub deliveries: super::account_webhooks::Deliveries,
}

impl AppState {
    /// Builds the state around the first snapshot of the folder
    /// (`crate::dev::start` reads it).
    pub fn new(config: ServerConfig, store: Store, first: Arc<Loaded>) -> Self {
        AppState {
            config,
            account: Account::default(),
            store,
            widget: RwLock::new(first),
            live: LiveReload::new(),
            notices: Default::default(),
            deliveries: Default::default(),
            last_reported: Mutex::new(0),
        }
    }

    /// The current widget snapshot.
    pub fn widget(&self) -> Arc<Loaded> {
        self.widget
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Makes `loaded` the current snapshot (see `crate::dev`).
    pub fn set_widget(&self, loaded: Arc<Loaded>) {
        *self.widget.write().unwrap_or_else(|p| p.into_inner()) = loaded;
    }
}

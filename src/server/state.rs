//! What the server knows: the configuration, the current widget snapshot,
//! the emulated account and its store, the live-reload channel and which
//! notices were printed. It only holds: routes read it, the store writes
//! atomically, and `crate::dev` decides what a change to the folder
//! means and swaps the snapshot.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};

use crate::account::oauth::{Identity, Principal, TokenKey};
use crate::account::{Account, Store, BASE_DOMAIN};
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
    /// The integration's OAuth identity and token key.
    pub integration: Integration,
    /// Whether pages carry the inspector (`--no-inspector` turns it off).
    pub inspector: bool,
    /// How long a bot run waits for `continue` (`--salesbot-wait`).
    pub salesbot_wait: std::time::Duration,
}

/// The integration behind the widget, as its backend sees it: its keys,
/// the key its tokens are signed with, and whether the API wants a token.
#[derive(Debug, Clone)]
pub struct Integration {
    pub identity: Identity,
    pub key: TokenKey,
    /// `--strict-auth`: a token is wanted even without a redirect URI.
    strict_auth: bool,
}

impl Integration {
    pub fn new(identity: Identity, key: TokenKey, strict_auth: bool) -> Self {
        Integration {
            identity,
            key,
            strict_auth,
        }
    }

    /// Whether API requests from outside amo-emu's pages need a Bearer
    /// token (OAuth configured, or `--strict-auth`), as on amoCRM always.
    pub fn requires_token(&self) -> bool {
        self.strict_auth || self.identity.configured()
    }

    /// Who tokens are issued to: the account and the user logged in now.
    pub fn principal(&self, account: &Account) -> Principal {
        Principal {
            account_id: account.id,
            user_id: account.current_user_id.get(),
            base_domain: BASE_DOMAIN.to_owned(),
        }
    }
}

/// One load of the widget folder: the code it is served under, and either
/// the widget (shared, so a handler can keep it without the whole load) or
/// why it could not be loaded.
#[derive(Debug)]
pub struct FolderSnapshot {
    pub code: WidgetCode,
    pub result: Result<Arc<Widget>, LoadFailure>,
}

pub struct AppState {
    pub config: ServerConfig,
    pub account: Account,
    pub store: Store,
    /// The current snapshot of the widget folder; replaced whole each time the folder is re-read,
    /// so a request sees one consistent version from start to end.
    widget: RwLock<Arc<FolderSnapshot>>,
    /// The channel to the browser tabs.
    pub live: LiveReload,
    /// Fingerprint of the diagnostics last printed (0: none yet), so the
    /// terminal shows a problem once; `crate::dev` decides and prints.
    pub last_reported: Mutex<u64>,
    /// Which notices the terminal has shown (each is printed once).
    pub notices: super::notices::Notices,
    /// The account webhooks sent and their outcomes (the inspector's list).
    pub deliveries: super::account_webhooks::Deliveries,
    /// The session cookie's value this run gives amo-emu's pages
    /// (`server::auth`): random, so no other server's cookie counts.
    pub session: String,
    /// The Salesbot runs in progress (in memory only).
    pub salesbot: super::salesbot::Runs,
}

impl AppState {
    /// Builds the state around the first snapshot of the folder
    /// (`crate::dev::start` reads it).
    pub fn new(config: ServerConfig, store: Store, first: Arc<FolderSnapshot>) -> Self {
        AppState {
            config,
            account: Account::default(),
            store,
            widget: RwLock::new(first),
            live: LiveReload::new(),
            notices: Default::default(),
            deliveries: Default::default(),
            session: crate::account::oauth::random_secret(43),
            salesbot: Default::default(),
            last_reported: Mutex::new(0),
        }
    }

    /// The current widget snapshot.
    pub fn widget(&self) -> Arc<FolderSnapshot> {
        self.widget
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// Makes `snapshot` the current snapshot (see `crate::dev`).
    pub fn set_widget(&self, snapshot: Arc<FolderSnapshot>) {
        *self.widget.write().unwrap_or_else(|p| p.into_inner()) = snapshot;
    }
}

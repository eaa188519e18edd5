//! The integration's identity, as amoCRM shows it on the integration's
//! "Keys and scopes" tab: `client_id` (the integration ID, a UUID),
//! `client_secret` (the secret key), the redirect URI the authorization
//! code goes to, and the URL amoCRM calls when the integration is
//! disabled (docs/oauth.md §1, §8). Kept per widget folder in
//! `.amo-emu/integration.json`, made on first `serve`, so a backend can
//! keep its configuration between runs; the command line may override
//! each value, and what it sets is written back.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::account::store::STATE_DIR;
use crate::widget::{read_json, Diagnostic};

pub const IDENTITY_FILE: &str = "integration.json";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    pub client_id: String,
    pub client_secret: String,
    /// Where the authorization code is sent on install; `None`: nowhere
    /// (OAuth not configured).
    #[serde(default)]
    pub redirect_uri: Option<String>,
    /// Called when the integration is disabled or uninstalled.
    #[serde(default)]
    pub disable_hook: Option<String>,
}

/// Values the command line sets over the file's.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub redirect_uri: Option<String>,
    pub disable_hook: Option<String>,
}

pub fn path(widget_dir: &Path) -> PathBuf {
    widget_dir.join(STATE_DIR).join(IDENTITY_FILE)
}

impl Identity {
    /// A new integration: a random UUID and a 64-character secret, as
    /// amoCRM makes them.
    pub fn generate() -> Identity {
        Identity {
            client_id: uuid::Uuid::new_v4().to_string(),
            client_secret: super::random_text(64),
            redirect_uri: None,
            disable_hook: None,
        }
    }

    /// Reads `.amo-emu/integration.json` (making it on first use), applies
    /// `overrides` and writes the file back when that changed it. A file
    /// that does not parse is an error at its line and column, and is left
    /// as it is.
    pub fn load(widget_dir: &Path, overrides: Overrides) -> Result<Identity, Box<Diagnostic>> {
        let file = path(widget_dir);
        let stored = if file.exists() {
            Some(read_json::<Identity>(&file).map_err(Box::new)?)
        } else {
            None
        };
        let mut identity = stored.clone().unwrap_or_else(Identity::generate);
        let set = |slot: &mut String, v: Option<String>| {
            if let Some(v) = v.filter(|v| !v.is_empty()) {
                *slot = v;
            }
        };
        set(&mut identity.client_id, overrides.client_id);
        set(&mut identity.client_secret, overrides.client_secret);
        if let Some(uri) = overrides.redirect_uri {
            identity.redirect_uri = Some(uri).filter(|u| !u.is_empty());
        }
        if let Some(uri) = overrides.disable_hook {
            identity.disable_hook = Some(uri).filter(|u| !u.is_empty());
        }
        if stored.as_ref() != Some(&identity) {
            save(&file, &identity).map_err(|e| {
                Box::new(Diagnostic::error(
                    &file,
                    format!("cannot write the integration's keys: {e}"),
                ))
            })?;
        }
        Ok(identity)
    }

    /// Whether OAuth is configured: there is somewhere to send codes.
    pub fn configured(&self) -> bool {
        self.redirect_uri.is_some()
    }
}

fn save(file: &Path, identity: &Identity) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(identity).expect("identity serialises") + "\n";
    crate::account::store::write_file_atomically(file, text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_kept_after_and_overridden_by_the_command_line() {
        let dir = tempfile::tempdir().unwrap();
        let first = Identity::load(dir.path(), Overrides::default()).unwrap();
        assert!(uuid::Uuid::parse_str(&first.client_id).is_ok());
        assert_eq!(first.client_secret.len(), 64);
        assert!(!first.configured());
        let again = Identity::load(dir.path(), Overrides::default()).unwrap();
        assert_eq!(first, again);
        let set = Identity::load(
            dir.path(),
            Overrides {
                redirect_uri: Some("http://localhost:9000/cb".into()),
                client_secret: Some("kept-from-real".into()),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(set.client_id, first.client_id);
        assert_eq!(set.client_secret, "kept-from-real");
        assert!(set.configured());
        assert_eq!(
            Identity::load(dir.path(), Overrides::default()).unwrap(),
            set
        );
    }

    #[test]
    fn a_broken_file_is_reported_at_its_position_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let file = path(dir.path());
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, "{\n  \"client_id\": 1,\n}").unwrap();
        let err = Identity::load(dir.path(), Overrides::default()).unwrap_err();
        assert!(err.location().contains(":2:"), "{}", err.location());
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            "{\n  \"client_id\": 1,\n}"
        );
    }
}

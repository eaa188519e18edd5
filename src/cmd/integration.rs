//! The integration's flags, shared by `serve` and `token`, and loading
//! what they configure: the identity in `.amo-emu/integration.json` with
//! the flags applied, and the key tokens are signed with.

use std::path::Path;

use super::CliError;
use crate::account::oauth::{Identity, Overrides, TokenKey};
use crate::server::state::Integration;

#[derive(Debug, Default, clap::Args)]
pub struct IntegrationArgs {
    /// The integration's redirect URI: installing the widget sends the
    /// authorization code there, as amoCRM does, and the API then wants a
    /// Bearer token from anything but amo-emu's own pages. Saved in
    /// .amo-emu/integration.json ("" clears it).
    #[arg(long = "redirect-uri", value_name = "URL", value_parser = parse_optional_url)]
    pub redirect_uri: Option<String>,

    /// Use this client_id (integration ID) instead of the generated one,
    /// e.g. your real integration's. Saved.
    #[arg(long = "client-id", value_name = "ID")]
    pub client_id: Option<String>,

    /// Use this client_secret instead of the generated one. Saved.
    #[arg(long = "client-secret", value_name = "SECRET")]
    pub client_secret: Option<String>,

    /// The integration's disable hook: called (GET, signed) when the widget
    /// is disabled or uninstalled. Saved ("" clears it).
    #[arg(long = "disable-hook", value_name = "URL", value_parser = parse_optional_url)]
    pub disable_hook: Option<String>,
}

/// An http(s) URL, or "" to clear a saved one.
fn parse_optional_url(s: &str) -> Result<String, String> {
    if s.is_empty() || crate::server::outgoing::is_http_url(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is not an http:// or https:// URL"))
    }
}

impl IntegrationArgs {
    /// The integration of the widget folder `dir`, with these flags applied.
    pub fn load(self, dir: &Path, strict_auth: bool) -> Result<Integration, CliError> {
        let identity = Identity::load(
            dir,
            Overrides {
                client_id: self.client_id,
                client_secret: self.client_secret,
                redirect_uri: self.redirect_uri,
                disable_hook: self.disable_hook,
            },
        )
        .map_err(|d| CliError::failure(d.to_string()))?;
        let key = TokenKey::load(dir).map_err(|e| {
            CliError::failure(format!(
                "cannot read or make the token key in {}: {e}",
                dir.join(crate::account::store::STATE_DIR).display()
            ))
        })?;
        Ok(Integration::new(identity, key, strict_auth))
    }
}

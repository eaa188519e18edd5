//! The call amoCRM makes to the integration's disable hook when a user
//! disables (or uninstalls) it (docs/oauth.md §8): a GET with the
//! account's id, the integration's `client_uuid` and a signature the
//! backend checks with its secret key, `HMAC-SHA256(client_uuid|account_id)`
//! in hex. No I/O: the server sends it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::identity::Identity;

/// The query pairs of the disable hook, in the documented order.
pub fn disable_query(identity: &Identity, account_id: u64) -> Vec<(&'static str, String)> {
    vec![
        ("account_id", account_id.to_string()),
        ("client_uuid", identity.client_id.clone()),
        ("signature", signature(identity, account_id)),
    ]
}

pub fn signature(identity: &Identity, account_id: u64) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(identity.client_secret.as_bytes())
        .expect("HMAC takes a key of any length");
    mac.update(format!("{}|{account_id}", identity.client_id).as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

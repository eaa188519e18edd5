//! The account's side of OAuth 2.0 for the integration's backend
//! (docs/oauth.md): who the integration is ([`identity`]), what the
//! account has granted it ([`grants`]: codes, refresh tokens, live access
//! tokens, kept in the account state), the token itself ([`token`]),
//! amoCRM's refusals ([`errors`]) and the disable hook ([`hook`]). The
//! server sends codes and hooks and answers `/oauth2/*`; nothing here
//! knows HTTP.

pub mod errors;
pub mod grants;
pub mod hook;
pub mod identity;
pub mod token;

pub use errors::OAuthError;
pub use grants::{Grants, Principal, TokenRequest, Tokens};
pub use identity::{Identity, Overrides};
pub use token::{shortened, Claims, TokenKey, TokenRefused};

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

fn random_bytes(n: usize) -> Vec<u8> {
    let mut bytes = vec![0u8; n];
    getrandom::fill(&mut bytes).expect("the operating system gives random bytes");
    bytes
}

/// A random secret of `len` letters and digits (a session, a key).
pub fn random_secret(len: usize) -> String {
    random_text(len)
}

/// `len` random letters and digits (rejection sampling keeps them uniform).
fn random_text(len: usize) -> String {
    let mut out = String::with_capacity(len);
    while out.len() < len {
        for b in random_bytes(len) {
            if (b as usize) < 248 && out.len() < len {
                out.push(ALNUM[b as usize % ALNUM.len()] as char);
            }
        }
    }
    out
}

/// `len` random hex digits.
fn random_hex(len: usize) -> String {
    random_bytes(len.div_ceil(2))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>()[..len]
        .to_owned()
}

#[cfg(test)]
mod tests;

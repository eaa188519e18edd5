//! The access token: a JWT carrying the claims amoCRM's carry (its
//! integration as `aud`, the user as `sub`, the account, expiry, scopes;
//! docs/oauth.md §4), signed with HS256 by a key kept in
//! `.amo-emu/token.key`. amoCRM signs with RS256 and its own private key,
//! which no backend can verify anyway; the claims are what a backend reads.
//! Checking a token here means: the signature is this emulator's, the
//! algorithm is the one it signs with, and it has not expired; whether it
//! was revoked is the grants' business ([`super::Grants`]).

use std::path::Path;

use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};

use crate::account::store::STATE_DIR;

const KEY_FILE: &str = "token.key";

/// The scopes amoCRM grants an integration that asks for all of them.
pub const SCOPES: [&str; 5] = [
    "crm",
    "files",
    "files_delete",
    "notifications",
    "push_notifications",
];

/// amoCRM's access-token claims (docs/oauth.md §4; `hash_uuid`,
/// `user_flags` and `api_domain` values are UNCONFIRMED in meaning).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// The integration's `client_id`.
    pub aud: String,
    /// The token's id: what revoking it removes.
    pub jti: String,
    pub iat: u64,
    pub nbf: u64,
    pub exp: u64,
    /// The user the token acts for, as a string.
    pub sub: String,
    pub grant_type: String,
    pub account_id: u64,
    pub base_domain: String,
    pub version: u32,
    pub scopes: Vec<String>,
    pub hash_uuid: String,
    pub user_flags: u32,
    pub api_domain: String,
}

/// Which kind of access token: one the OAuth grants issued (recorded, so
/// revoked one by one) or a long-lived one (`amo-emu token`, not recorded).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    OAuth,
    LongLived,
}

impl TokenKind {
    fn kid(self) -> &'static str {
        match self {
            TokenKind::OAuth => "oauth",
            TokenKind::LongLived => "long-lived",
        }
    }
}

/// The key tokens are signed with.
#[derive(Clone)]
pub struct TokenKey {
    encoding: EncodingKey,
    decoding: DecodingKey,
}

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(…)")
    }
}

/// Why a presented token was refused (the terminal and the inspector say
/// which; amoCRM's 401 body does not).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenRefused {
    #[error("no token was sent")]
    Missing,
    #[error("the token is not a JWT amo-emu signed ({0})")]
    Forged(String),
    #[error("the token expired")]
    Expired,
    #[error("the token was revoked (the integration was disabled, or a newer token replaced it)")]
    Revoked,
}

impl TokenKey {
    /// Reads `.amo-emu/token.key`, making a random one when there is
    /// none (or what is there is too short to be a key).
    pub fn load(widget_dir: &Path) -> std::io::Result<TokenKey> {
        let file = widget_dir.join(STATE_DIR).join(KEY_FILE);
        if let Ok(text) = std::fs::read_to_string(&file) {
            if text.trim().len() >= 32 {
                return Ok(TokenKey::from_secret(text.trim().as_bytes()));
            }
        }
        let secret = super::random_text(64);
        crate::account::store::write_file_atomically(&file, secret.as_bytes())?;
        Ok(TokenKey::from_secret(secret.as_bytes()))
    }

    fn from_secret(secret: &[u8]) -> TokenKey {
        TokenKey {
            encoding: EncodingKey::from_secret(secret).expect("an HMAC key of any length"),
            decoding: DecodingKey::from_secret(secret).expect("an HMAC key of any length"),
        }
    }

    #[cfg(test)]
    pub fn for_tests() -> TokenKey {
        TokenKey::from_secret(b"0123456789abcdef0123456789abcdef")
    }

    /// Signs `claims`; the header names the token's kind (`kid`), so a
    /// long-lived token is told from a day's one without a claim amoCRM's
    /// tokens lack.
    pub fn sign(&self, claims: &Claims, kind: TokenKind) -> String {
        let mut header = Header::new(Algorithm::HS256);
        header.kid = Some(kind.kid().to_owned());
        jsonwebtoken::encode(&header, claims, &self.encoding).expect("HS256 signing does not fail")
    }

    /// The claims of `token` if this key signed it and it has not expired
    /// at `now` (no leeway: amoCRM gives none that is documented).
    pub fn verify(&self, token: &str, now: u64) -> Result<(Claims, TokenKind), TokenRefused> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.validate_exp = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        let data = jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .map_err(|e| TokenRefused::Forged(e.to_string()))?;
        if data.claims.exp <= now {
            return Err(TokenRefused::Expired);
        }
        let kind = match data.header.kid.as_deref() {
            Some(k) if k == TokenKind::LongLived.kid() => TokenKind::LongLived,
            _ => TokenKind::OAuth,
        };
        Ok((data.claims, kind))
    }
}

/// `abcdef…wxyz`: a token or secret as the terminal and inspector show it,
/// never whole.
pub fn shortened(secret: &str) -> String {
    let n = secret.chars().count();
    if n <= 12 {
        return "…".into();
    }
    let head: String = secret.chars().take(6).collect();
    let tail: String = secret.chars().skip(n - 4).collect();
    format!("{head}…{tail}")
}

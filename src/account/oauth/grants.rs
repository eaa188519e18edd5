//! What the account has granted the integration: authorization codes not
//! yet exchanged, refresh tokens not yet used, and the access tokens that
//! still count. Kept in the account state, so every exchange, refresh and
//! revocation is one `Store::update`: a code or refresh token is used once
//! even under concurrent requests (the store's writer lock orders them),
//! and tokens survive a restart as amoCRM's do. Only SHA-256 hashes of
//! codes and refresh tokens are stored, so `state.json` holds no secret.
//! Long-lived tokens (`amo-emu token`) are not recorded at all: they are
//! made by another process than the running server, so they count by their
//! signature and lifetime, until the next revocation ([`Grants::revoked_at`]).
//! Lifetimes are amoCRM's (docs/oauth.md §2). No HTTP here.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::errors::OAuthError;
use super::identity::Identity;
use super::token::{Claims, TokenKey, TokenKind, TokenRefused, SCOPES};

/// An authorization code is exchanged within 20 minutes or never.
pub const CODE_TTL: u64 = 20 * 60;
/// An access token lasts a day (`expires_in: 86400`).
pub const ACCESS_TTL: u64 = 24 * 60 * 60;
/// A refresh token lasts three months and is used once.
pub const REFRESH_TTL: u64 = 90 * 24 * 60 * 60;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grants {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub codes: Vec<CodeGrant>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refresh: Vec<RefreshGrant>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub access: Vec<AccessGrant>,
    /// When every token was last revoked (Unix seconds; 0: never): a
    /// long-lived token issued before it no longer counts.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub revoked_at: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeGrant {
    pub hash: String,
    pub client_id: String,
    pub redirect_uri: String,
    pub expires_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefreshGrant {
    pub hash: String,
    pub client_id: String,
    pub user_id: u64,
    pub expires_at: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessGrant {
    pub jti: String,
    pub expires_at: u64,
}

/// Who the tokens are for: the account's facts that go into the claims.
#[derive(Debug, Clone)]
pub struct Principal {
    pub account_id: u64,
    pub user_id: u64,
    /// `amocrm.ru`.
    pub base_domain: String,
}

/// The answer of a successful `POST /oauth2/access_token`, in amoCRM's
/// key order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tokens {
    pub token_type: &'static str,
    pub expires_in: u64,
    pub server_time: u64,
    pub access_token: String,
    pub refresh_token: String,
}

/// A token request's fields (JSON or form), as sent.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct TokenRequest {
    pub client_id: Option<String>,
    pub client_secret: Option<String>,
    pub grant_type: Option<String>,
    pub code: Option<String>,
    pub refresh_token: Option<String>,
    pub redirect_uri: Option<String>,
}

pub fn hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a code or refresh token looks like: amoCRM's are long opaque
/// strings starting `def50200`.
fn opaque(len: usize) -> String {
    format!("def50200{}", super::random_hex(len))
}

impl Grants {
    fn prune(&mut self, now: u64) {
        self.codes.retain(|c| c.expires_at > now);
        self.refresh.retain(|r| r.expires_at > now);
        self.access.retain(|a| a.expires_at > now);
    }

    /// A new code for `identity`'s redirect URI (`None` when OAuth is not
    /// configured).
    pub fn issue_code(&mut self, identity: &Identity, now: u64) -> Option<String> {
        let redirect_uri = identity.redirect_uri.clone()?;
        self.prune(now);
        let code = opaque(248);
        self.codes.push(CodeGrant {
            hash: hash(&code),
            client_id: identity.client_id.clone(),
            redirect_uri,
            expires_at: now + CODE_TTL,
        });
        Some(code)
    }

    /// `POST /oauth2/access_token`, either grant.
    pub fn exchange(
        &mut self,
        identity: &Identity,
        req: &TokenRequest,
        who: &Principal,
        key: &TokenKey,
        now: u64,
    ) -> Result<Tokens, OAuthError> {
        let grant_type = req
            .grant_type
            .as_deref()
            .ok_or(OAuthError::Missing("grant_type"))?;
        if !matches!(grant_type, "authorization_code" | "refresh_token") {
            return Err(OAuthError::UnsupportedGrant(grant_type.to_owned()));
        }
        let client_id = req
            .client_id
            .as_deref()
            .ok_or(OAuthError::Missing("client_id"))?;
        if client_id != identity.client_id
            || req.client_secret.as_deref() != Some(identity.client_secret.as_str())
        {
            return Err(OAuthError::Client);
        }
        // Expired grants are refused with their own reason before pruning.
        if grant_type == "authorization_code" {
            let code = req.code.as_deref().ok_or(OAuthError::Missing("code"))?;
            let h = hash(code);
            let Some(i) = self.codes.iter().position(|c| c.hash == h) else {
                return Err(OAuthError::CodeRevoked);
            };
            let grant = self.codes[i].clone();
            if grant.expires_at <= now {
                self.codes.remove(i);
                return Err(OAuthError::CodeExpired);
            }
            if grant.client_id != client_id {
                return Err(OAuthError::CodeOtherClient);
            }
            if req.redirect_uri.as_deref() != Some(grant.redirect_uri.as_str()) {
                return Err(OAuthError::RedirectUri);
            }
            self.codes.remove(i);
            self.prune(now);
            Ok(self.issue(client_id, who.user_id, who, key, now))
        } else {
            let token = req
                .refresh_token
                .as_deref()
                .ok_or(OAuthError::Missing("refresh_token"))?;
            let h = hash(token);
            let Some(i) = self.refresh.iter().position(|r| r.hash == h) else {
                return Err(OAuthError::RefreshRevoked);
            };
            let grant = self.refresh.remove(i);
            if grant.expires_at <= now {
                return Err(OAuthError::RefreshExpired);
            }
            if grant.client_id != client_id {
                return Err(OAuthError::RefreshOtherClient);
            }
            self.prune(now);
            Ok(self.issue(client_id, grant.user_id, who, key, now))
        }
    }

    fn issue(
        &mut self,
        client_id: &str,
        user_id: u64,
        who: &Principal,
        key: &TokenKey,
        now: u64,
    ) -> Tokens {
        let (access_token, jti) = sign_access(
            (client_id, user_id),
            who,
            key,
            now,
            (ACCESS_TTL, TokenKind::OAuth),
        );
        self.access.push(AccessGrant {
            jti,
            expires_at: now + ACCESS_TTL,
        });
        let refresh_token = opaque(504);
        self.refresh.push(RefreshGrant {
            hash: hash(&refresh_token),
            client_id: client_id.to_owned(),
            user_id,
            expires_at: now + REFRESH_TTL,
        });
        Tokens {
            token_type: "Bearer",
            expires_in: ACCESS_TTL,
            server_time: now,
            access_token,
            refresh_token,
        }
    }

    /// Whether `token` is a live access token: signed here, not expired,
    /// not revoked. Its claims if so.
    pub fn check(&self, token: &str, key: &TokenKey, now: u64) -> Result<Claims, TokenRefused> {
        let (claims, kind) = key.verify(token, now)?;
        let live = match kind {
            TokenKind::OAuth => self.access.iter().any(|a| a.jti == claims.jti),
            TokenKind::LongLived => claims.iat > self.revoked_at,
        };
        if live {
            Ok(claims)
        } else {
            Err(TokenRefused::Revoked)
        }
    }

    /// Disabling the integration at `now`: every code and token stops
    /// working, long-lived ones included.
    pub fn revoke_all(&mut self, now: u64) {
        *self = Grants {
            revoked_at: now,
            ..Grants::default()
        };
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
            && self.refresh.is_empty()
            && self.access.is_empty()
            && self.revoked_at == 0
    }
}

/// A long-lived token for scripts (`amo-emu token`), `days` long. It is
/// not recorded: see the module's header.
pub fn long_lived_token(
    identity: &Identity,
    who: &Principal,
    key: &TokenKey,
    now: u64,
    days: u64,
) -> String {
    let ttl = days * 24 * 60 * 60;
    let to = (identity.client_id.as_str(), who.user_id);
    sign_access(to, who, key, now, (ttl, TokenKind::LongLived)).0
}

/// A signed access token of `ttl` seconds and its `jti`.
fn sign_access(
    (client_id, user_id): (&str, u64),
    who: &Principal,
    key: &TokenKey,
    now: u64,
    (ttl, kind): (u64, TokenKind),
) -> (String, String) {
    let jti = super::random_hex(64);
    let claims = Claims {
        aud: client_id.to_owned(),
        jti: jti.clone(),
        iat: now,
        nbf: now,
        exp: now + ttl,
        sub: user_id.to_string(),
        grant_type: String::new(),
        account_id: who.account_id,
        base_domain: who.base_domain.clone(),
        version: 2,
        scopes: SCOPES.iter().map(|s| (*s).to_owned()).collect(),
        hash_uuid: uuid::Uuid::new_v4().to_string(),
        user_flags: 0,
        api_domain: format!("api-b.{}", who.base_domain),
    };
    (key.sign(&claims, kind), jti)
}

//! amoCRM's answers to a token request it refuses (docs/oauth.md §3): the
//! OAuth error of league/oauth2-server, which amoCRM runs, in amoCRM's
//! problem shape `{hint, title, type, status, detail}`. One variant per
//! reason, so the terminal and the inspector can say which one it was.

use serde_json::Value;

/// The `type` amoCRM gives its OAuth problems.
const TYPE: &str = "https://developers.amocrm.ru/v3/errors/OAuthProblemJson";
/// league's `invalid_request`, as amoCRM words it.
const BAD_REQUEST: (&str, &str) = (
    "Некорректный запрос",
    "В запросе отсутствует ряд параметров или параметры невалидны",
);
/// league's `invalid_client`, as amoCRM words it.
const BAD_CLIENT: (&str, &str) = ("Некорректный клиент", "Авторизация клиента не прошла");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OAuthError {
    #[error("the request has no {0}")]
    Missing(&'static str),
    #[error("grant_type {0:?} is not authorization_code or refresh_token")]
    UnsupportedGrant(String),
    #[error("client_id or client_secret is not the integration's")]
    Client,
    #[error("the authorization code was already used, or never issued")]
    CodeRevoked,
    #[error("the authorization code expired (codes last 20 minutes)")]
    CodeExpired,
    #[error("the authorization code was issued to another integration")]
    CodeOtherClient,
    #[error("redirect_uri is not the one the code was sent to")]
    RedirectUri,
    #[error("the refresh token was already used (each is used once), or never issued")]
    RefreshRevoked,
    #[error("the refresh token expired (refresh tokens last 3 months)")]
    RefreshExpired,
    #[error("the refresh token was issued to another integration")]
    RefreshOtherClient,
}

impl OAuthError {
    /// 401 for a client that failed to authenticate and for refresh-token
    /// refusals (amoCRM's samples), 400 for the rest (UNCONFIRMED for the
    /// code refusals: league's status, no amoCRM sample).
    pub fn status(&self) -> u16 {
        match self {
            OAuthError::Client
            | OAuthError::RefreshRevoked
            | OAuthError::RefreshExpired
            | OAuthError::RefreshOtherClient => 401,
            _ => 400,
        }
    }

    /// league's hint for this refusal, if it gives one.
    fn hint(&self) -> Option<String> {
        Some(match self {
            OAuthError::Missing(what) => format!("Check the `{what}` parameter"),
            OAuthError::UnsupportedGrant(_) => "Check the `grant_type` parameter".into(),
            OAuthError::Client => return None,
            OAuthError::CodeRevoked => "Authorization code has been revoked".into(),
            OAuthError::CodeExpired => "Authorization code has expired".into(),
            OAuthError::CodeOtherClient => {
                "Authorization code was not issued to this client".into()
            }
            OAuthError::RedirectUri => "Invalid redirect URI".into(),
            OAuthError::RefreshRevoked => "Token has been revoked".into(),
            OAuthError::RefreshExpired => "Token has expired".into(),
            OAuthError::RefreshOtherClient => "Token is not linked to client".into(),
        })
    }

    /// amoCRM's body for this refusal, keys in its order.
    pub fn body(&self) -> Value {
        let (title, detail) = match self {
            OAuthError::Client => BAD_CLIENT,
            _ => BAD_REQUEST,
        };
        let mut body = serde_json::Map::new();
        if let Some(hint) = self.hint() {
            body.insert("hint".into(), hint.into());
        }
        body.insert("title".into(), title.into());
        body.insert("type".into(), TYPE.into());
        body.insert("status".into(), self.status().into());
        body.insert("detail".into(), detail.into());
        Value::Object(body)
    }
}

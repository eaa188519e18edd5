//! The grants' promises: a code once, within its lifetime, to its client
//! and redirect URI; refresh tokens rotate; revoking stops every token;
//! a token not signed here, or expired, is refused.

use super::grants::{CODE_TTL, REFRESH_TTL};
use super::*;

fn identity() -> Identity {
    Identity {
        client_id: "c1".into(),
        client_secret: "s1".into(),
        redirect_uri: Some("http://localhost:9/cb".into()),
        disable_hook: None,
    }
}

fn who() -> Principal {
    Principal {
        account_id: 7,
        user_id: 3,
        base_domain: "amocrm.ru".into(),
    }
}

fn code_request(code: &str) -> TokenRequest {
    TokenRequest {
        client_id: Some("c1".into()),
        client_secret: Some("s1".into()),
        grant_type: Some("authorization_code".into()),
        code: Some(code.into()),
        refresh_token: None,
        redirect_uri: Some("http://localhost:9/cb".into()),
    }
}

fn refresh_request(token: &str) -> TokenRequest {
    TokenRequest {
        grant_type: Some("refresh_token".into()),
        code: None,
        refresh_token: Some(token.into()),
        ..code_request("")
    }
}

#[test]
fn a_code_is_exchanged_once_for_tokens_that_work() {
    let (mut g, key) = (Grants::default(), TokenKey::for_tests());
    let code = g.issue_code(&identity(), 100).unwrap();
    let tokens = g
        .exchange(&identity(), &code_request(&code), &who(), &key, 110)
        .unwrap();
    assert_eq!(tokens.token_type, "Bearer");
    assert_eq!(tokens.expires_in, 86400);
    let claims = g.check(&tokens.access_token, &key, 120).unwrap();
    assert_eq!(
        (claims.aud.as_str(), claims.sub.as_str(), claims.account_id),
        ("c1", "3", 7)
    );
    assert_eq!(
        g.exchange(&identity(), &code_request(&code), &who(), &key, 111),
        Err(OAuthError::CodeRevoked)
    );
    assert!(!state_json_holds(&g, &code));
    assert!(!state_json_holds(&g, &tokens.refresh_token));
}

fn state_json_holds(g: &Grants, secret: &str) -> bool {
    serde_json::to_string(g).unwrap().contains(secret)
}

#[test]
fn a_code_is_refused_late_from_another_client_or_to_another_uri() {
    let (mut g, key) = (Grants::default(), TokenKey::for_tests());
    let code = g.issue_code(&identity(), 100).unwrap();
    let late = g.exchange(
        &identity(),
        &code_request(&code),
        &who(),
        &key,
        100 + CODE_TTL,
    );
    assert_eq!(late, Err(OAuthError::CodeExpired));

    let code = g.issue_code(&identity(), 100).unwrap();
    let mut wrong_uri = code_request(&code);
    wrong_uri.redirect_uri = Some("http://evil/cb".into());
    assert_eq!(
        g.exchange(&identity(), &wrong_uri, &who(), &key, 101),
        Err(OAuthError::RedirectUri)
    );
    let mut wrong_secret = code_request(&code);
    wrong_secret.client_secret = Some("guess".into());
    assert_eq!(
        g.exchange(&identity(), &wrong_secret, &who(), &key, 101),
        Err(OAuthError::Client)
    );
    // Neither refusal used the code up.
    assert!(g
        .exchange(&identity(), &code_request(&code), &who(), &key, 102)
        .is_ok());
}

#[test]
fn refresh_tokens_rotate_and_revoking_stops_everything() {
    let (mut g, key) = (Grants::default(), TokenKey::for_tests());
    let code = g.issue_code(&identity(), 100).unwrap();
    let first = g
        .exchange(&identity(), &code_request(&code), &who(), &key, 100)
        .unwrap();
    let second = g
        .exchange(
            &identity(),
            &refresh_request(&first.refresh_token),
            &who(),
            &key,
            200,
        )
        .unwrap();
    assert_ne!(first.access_token, second.access_token);
    assert_eq!(
        g.exchange(
            &identity(),
            &refresh_request(&first.refresh_token),
            &who(),
            &key,
            201
        ),
        Err(OAuthError::RefreshRevoked)
    );
    let late = g.exchange(
        &identity(),
        &refresh_request(&second.refresh_token),
        &who(),
        &key,
        200 + REFRESH_TTL,
    );
    assert_eq!(late, Err(OAuthError::RefreshExpired));
    assert!(g.check(&second.access_token, &key, 300).is_ok());
    g.revoke_all(300);
    assert_eq!(
        g.check(&second.access_token, &key, 300),
        Err(TokenRefused::Revoked)
    );
}

#[test]
fn tokens_not_signed_here_or_expired_are_refused() {
    let (g, key) = (Grants::default(), TokenKey::for_tests());
    let token = grants::long_lived_token(&identity(), &who(), &key, 100, 1);
    assert!(g.check(&token, &key, 100).is_ok());
    assert_eq!(
        g.check(&token, &key, 100 + 86400),
        Err(TokenRefused::Expired)
    );
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    parts[2] = parts[2].chars().rev().collect();
    assert!(matches!(
        g.check(&parts.join("."), &key, 100),
        Err(TokenRefused::Forged(_))
    ));
    // `alg: none` with the same claims.
    let none = format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{}.", parts[1]);
    assert!(matches!(
        g.check(&none, &key, 100),
        Err(TokenRefused::Forged(_))
    ));
    assert!(matches!(
        g.check("garbage", &key, 100),
        Err(TokenRefused::Forged(_))
    ));
}

#[test]
fn the_disable_hook_is_signed_with_the_secret() {
    // HMAC-SHA256 of "c1|7" with key "s1", computed with Python's hmac.
    let query = hook::disable_query(&identity(), 7);
    assert_eq!(query[0], ("account_id", "7".to_owned()));
    assert_eq!(query[1], ("client_uuid", "c1".to_owned()));
    assert_eq!(
        query[2].1,
        "5fb5145f155d0c7f994e7279638ee9d2aa0f4b52d7effd5e0c78cbc8e15e2a91"
    );
}

#[test]
fn shortened_never_shows_a_secret_whole() {
    let s = "def50200abcdefabcdefabcdef1234";
    let short = shortened(s);
    assert!(short.starts_with("def502") && short.ends_with("1234") && short.len() < s.len());
    assert_eq!(shortened("short"), "…");
}

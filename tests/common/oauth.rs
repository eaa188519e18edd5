//! What the OAuth tests do again and again: read the integration's
//! identity from `.amo-emu/integration.json`, take the page session cookie
//! as a browser would (from a page's `Set-Cookie`), call the API as a page
//! (cookie) or as a backend (Bearer), and exchange codes and refresh tokens
//! at `POST /oauth2/access_token`.

use serde_json::{json, Value};

use super::{off_runtime, TestServer};

/// `.amo-emu/integration.json` of the served folder.
#[derive(Debug, Clone)]
pub struct Identity {
    pub client_id: String,
    pub client_secret: String,
    pub redirect_uri: Option<String>,
}

pub fn identity(server: &TestServer) -> Identity {
    let file = server.widget_dir.join(".amo-emu/integration.json");
    let text =
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
    let v: Value = serde_json::from_str(&text).unwrap();
    Identity {
        client_id: v["client_id"].as_str().unwrap().to_owned(),
        client_secret: v["client_secret"].as_str().unwrap().to_owned(),
        redirect_uri: v["redirect_uri"].as_str().map(str::to_owned),
    }
}

/// The `Set-Cookie` header a page of the server sends (whole, attributes
/// included).
pub fn page_set_cookie(server: &TestServer) -> String {
    off_runtime(|| {
        let res = server
            .http()
            .get(server.url("/settings/widgets/"))
            .send()
            .unwrap();
        assert_eq!(res.status().as_u16(), 200);
        res.headers()
            .get_all("set-cookie")
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .find(|c| c.starts_with("amo_emu_session_"))
            .expect("a page sets the session cookie")
    })
}

/// The page session as a `Cookie` header value (`name=value`).
pub fn session_cookie(server: &TestServer) -> String {
    page_set_cookie(server)
        .split(';')
        .next()
        .unwrap()
        .trim()
        .to_owned()
}

/// How a request authenticates itself.
#[derive(Clone, Copy)]
pub enum As<'a> {
    Nobody,
    Page(&'a str),
    Bearer(&'a str),
}

/// `method path` with `auth` and an optional JSON body, as (status, body
/// text). `extra` headers are added as given.
pub fn call(
    server: &TestServer,
    method: &str,
    path: &str,
    auth: As<'_>,
    body: Option<&Value>,
    extra: &[(&str, &str)],
) -> (u16, String) {
    off_runtime(|| {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = server.http().request(method, server.url(path));
        match auth {
            As::Nobody => {}
            As::Page(cookie) => req = req.header("Cookie", cookie),
            As::Bearer(token) => req = req.header("Authorization", format!("Bearer {token}")),
        }
        for (name, value) in extra {
            req = req.header(*name, *value);
        }
        if let Some(b) = body {
            req = req
                .header("Content-Type", "application/json")
                .body(b.to_string());
        }
        let res = req.send().unwrap();
        (res.status().as_u16(), res.text().unwrap())
    })
}

/// Installs the sample widget as its settings modal does (the page's own
/// request, with the session cookie).
pub fn install_as_page(server: &TestServer, cookie: &str) {
    let (status, body) = call(
        server,
        "POST",
        "/api/v4/widgets/sample_widget",
        As::Page(cookie),
        Some(&json!({"api_key": "key-1234"})),
        &[],
    );
    assert_eq!(status, 200, "install: {body}");
}

/// Disables the sample widget as its settings modal's Disable does.
pub fn disable_as_page(server: &TestServer, cookie: &str) {
    let (status, body) = call(
        server,
        "DELETE",
        "/api/v4/widgets/sample_widget",
        As::Page(cookie),
        None,
        &[],
    );
    assert!((200..300).contains(&status), "disable: {status} {body}");
}

/// How a token request's fields travel.
#[derive(Debug, Clone, Copy)]
pub enum Body {
    Form,
    Json,
}

/// `POST /oauth2/access_token` with `fields`, as (status, JSON answer).
pub fn token_request(server: &TestServer, body: Body, fields: &[(&str, &str)]) -> (u16, Value) {
    off_runtime(|| {
        let req = server.http().post(server.url("/oauth2/access_token"));
        let req = match body {
            Body::Form => req
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(serde_urlencoded::to_string(fields).unwrap()),
            Body::Json => {
                let map: serde_json::Map<String, Value> = fields
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), Value::from(*v)))
                    .collect();
                req.header("Content-Type", "application/json")
                    .body(Value::Object(map).to_string())
            }
        };
        let res = req.send().unwrap();
        let status = res.status().as_u16();
        let text = res.text().unwrap();
        let value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("token answer {status} is not JSON ({e}): {text}"));
        (status, value)
    })
}

/// The fields of an `authorization_code` exchange of `code` by `id`.
pub fn code_fields<'a>(id: &'a Identity, code: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("client_id", id.client_id.as_str()),
        ("client_secret", id.client_secret.as_str()),
        ("grant_type", "authorization_code"),
        ("code", code),
        (
            "redirect_uri",
            id.redirect_uri.as_deref().expect("a redirect URI is set"),
        ),
    ]
}

/// The fields of a `refresh_token` request.
pub fn refresh_fields<'a>(id: &'a Identity, refresh: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("client_id", id.client_id.as_str()),
        ("client_secret", id.client_secret.as_str()),
        ("grant_type", "refresh_token"),
        ("refresh_token", refresh),
        (
            "redirect_uri",
            id.redirect_uri.as_deref().expect("a redirect URI is set"),
        ),
    ]
}

/// A successful token answer's two tokens, after checking its shape.
pub fn tokens_of(status: u16, answer: &Value) -> (String, String) {
    assert_eq!(status, 200, "token request refused: {answer}");
    assert_eq!(answer["token_type"], "Bearer", "{answer}");
    assert_eq!(answer["expires_in"], 86400, "{answer}");
    let access = answer["access_token"].as_str().expect("access_token");
    let refresh = answer["refresh_token"].as_str().expect("refresh_token");
    assert!(refresh.starts_with("def50200"), "{refresh}");
    (access.to_owned(), refresh.to_owned())
}

/// amoCRM's 401 for an API request it cannot authorize (docs/oauth.md §5).
pub fn is_amocrm_401(status: u16, body: &str) -> bool {
    status == 401
        && serde_json::from_str::<Value>(body).ok()
            == Some(json!({
                "title": "Unauthorized",
                "type": "https://httpstatus.es/401",
                "status": 401,
                "detail": "Неверный логин или пароль",
            }))
}

/// The claims of a JWT, read without checking its signature (as amoCRM's
/// own PHP client reads them).
pub fn claims(token: &str) -> Value {
    let payload = token.split('.').nth(1).expect("a JWT has a payload");
    serde_json::from_slice(&base64url_decode(payload)).expect("JWT claims are JSON")
}

const BASE64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (what JWTs use), by hand: the tests need
/// nothing else from a base64 crate.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut acc, mut bits) = (0u32, 0);
    for &b in bytes {
        acc = (acc << 8) | b as u32;
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            out.push(BASE64URL[((acc >> bits) & 63) as usize] as char);
        }
        acc &= (1 << bits) - 1;
    }
    if bits > 0 {
        out.push(BASE64URL[((acc << (6 - bits)) & 63) as usize] as char);
    }
    out
}

fn base64url_decode(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let v = BASE64URL
            .iter()
            .position(|&x| x == c)
            .unwrap_or_else(|| panic!("not base64url: {text}"));
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Hex HMAC-SHA256 of `message` keyed by `key`, computed here, not by the
/// emulator.
pub fn hmac_hex(key: &str, message: &str) -> String {
    use hmac::{Hmac, KeyInit, Mac};
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(key.as_bytes()).unwrap();
    mac.update(message.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

//! OAuth 2.0 for the integration's backend (docs/oauth.md), from outside:
//! a real `amo-emu serve` with a recording backend (tests/common/oauth_backend.rs)
//! as its redirect URI and disable hook. First the whole dance as a person
//! and a backend go through it (install in the settings modal in headless
//! Chromium, the code at the redirect URI, exchange, API calls, refresh,
//! Disable, the signed hook); then one refusal or edge per test, over HTTP.

mod common;

use std::sync::Barrier;
use std::time::{Duration, Instant};

use common::browser::TestBrowser;
use common::browser::{
    accept_dialogs, click, click_in_inspector, eval, open_settings_modal, screenshot, text,
    type_into, wait_for,
};
use common::oauth::{
    base64url, call, claims, code_fields, disable_as_page, hmac_hex, identity, install_as_page,
    is_amocrm_401, page_set_cookie, refresh_fields, session_cookie, token_request, tokens_of, As,
    Body, Identity,
};
use common::oauth_backend::OAuthBackend;
use common::{off_runtime, TestServer};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rstest::rstest;
use serde_json::{json, Value};

/// The example account's id (`Account::default()`).
const ACCOUNT_ID: &str = "30441694";
const MODAL: &str = ".modal.sample_widget";
/// The three API families a token opens: v4, v2 and the private v2.
const API_PATHS: [&str; 3] = [
    "/api/v4/account",
    "/api/v2/leads",
    "/private/api/v2/json/leads/list",
];

/// The sample widget served with `backend` as its redirect URI
/// (`/callback`) and disable hook (`/disable`).
fn serve_with(backend: &OAuthBackend, extra: &[&str]) -> TestServer {
    let callback = backend.url("/callback");
    let disable = backend.url("/disable");
    let mut args = vec![
        "--redirect-uri",
        callback.as_str(),
        "--disable-hook",
        disable.as_str(),
    ];
    args.extend_from_slice(extra);
    TestServer::start_with("sample-widget", &args)
}

/// A backend that went through the dance: the widget installed by its
/// page, the code exchanged.
struct Authorized {
    backend: OAuthBackend,
    server: TestServer,
    id: Identity,
    cookie: String,
    code: String,
    access: String,
    refresh: String,
}

fn authorized() -> Authorized {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);
    let cookie = session_cookie(&server);
    install_as_page(&server, &cookie);
    let code = backend.nth("/callback", 1).param("code").to_owned();
    let (status, answer) = token_request(&server, Body::Form, &code_fields(&id, &code));
    let (access, refresh) = tokens_of(status, &answer);
    Authorized {
        backend,
        server,
        id,
        cookie,
        code,
        access,
        refresh,
    }
}

fn get(server: &TestServer, path: &str, auth: As<'_>) -> (u16, String) {
    call(server, "GET", path, auth, None, &[])
}

// ---------------------------------------------------------------------------
// The acceptance test: the whole dance, installed and disabled by clicks.
// ---------------------------------------------------------------------------

#[tokio::test]
async fn install_in_the_modal_exchange_call_refresh_disable() {
    let Some(browser) =
        TestBrowser::launch("install_in_the_modal_exchange_call_refresh_disable").await
    else {
        return;
    };
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);

    // A person opens the modal, fills the required field and clicks Install.
    // The page carries no token: its session cookie is what lets it in.
    let page = open_settings_modal(&browser, &server.base, "sample_widget").await;
    type_into(&page, "input[name=\"api_key\"]", "key-1234").await;
    click(&page, &format!("{MODAL} .js-widget-install")).await;
    wait_for(
        &page,
        &format!("document.querySelector('{MODAL} .js-widget-uninstall')"),
        "the installed look",
    )
    .await;
    let cookies: String = eval(&page, "document.cookie").await;
    assert!(
        !cookies.contains("amo_emu_session"),
        "the session cookie is readable by the page's scripts: {cookies:?}"
    );
    let page_status: u16 = eval(&page, "fetch('/api/v4/account').then(r => r.status)").await;
    assert_eq!(
        page_status, 200,
        "the page's own API request, without a token"
    );

    // The backend received the code as amoCRM sends it on a widget install.
    let callback = backend.nth("/callback", 1);
    assert_eq!(callback.method, "GET");
    assert_eq!(callback.param("referer"), "example.amocrm.ru");
    assert_eq!(callback.param("client_id"), id.client_id);
    assert_eq!(callback.param("from_widget"), "1");
    assert_eq!(callback.param("platform"), "1");
    let code = callback.param("code").to_owned();
    assert!(code.starts_with("def50200"), "{code}");

    // The modal's OAuth line says where the code went and how that went;
    // its "Send a new code" sends another one without reinstalling.
    wait_for(
        &page,
        "(document.querySelector('[data-amo-emu-oauth-outcome]')?.textContent || '').includes('200 OK')",
        "the code's delivery on the modal's OAuth line",
    )
    .await;
    let line = text(&page, "[data-amo-emu-oauth-outcome]").await;
    assert!(
        line.contains(&format!("sent to {}", backend.url("/callback"))),
        "{line}"
    );
    screenshot(&page, "oauth-modal-installed").await;
    click(&page, ".amo-emu-oauth__send").await;
    let again = backend.nth("/callback", 2);
    assert_ne!(
        again.param("code"),
        code,
        "Send a new code sends a fresh code"
    );
    // The inspector lists the deliveries, each with its own Send a new code.
    click_in_inspector(&page, ".toggle").await;
    let entry = ".amo-emu-inspector__entry[data-kind=\"integration\"]";
    wait_for(
        &page,
        &format!("document.querySelector('{entry} .amo-emu-inspector__new-code')"),
        "the code's delivery on the inspector's timeline",
    )
    .await;
    let line = text(&page, entry).await;
    assert!(
        line.contains("200 OK") && line.contains("/callback"),
        "{line}"
    );
    click(&page, &format!("{entry} .amo-emu-inspector__new-code")).await;
    let third = backend.nth("/callback", 3);
    assert_ne!(third.param("code"), again.param("code"));

    // The backend exchanges it (form body) and calls the API with the token.
    let (status, answer) = token_request(&server, Body::Form, &code_fields(&id, &code));
    let (access, refresh) = tokens_of(status, &answer);
    let (status, body) = get(&server, "/api/v4/account", As::Bearer(&access));
    assert_eq!(status, 200, "{body}");
    let account: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(account["id"].to_string(), ACCOUNT_ID);
    let (status, body) = get(&server, "/api/v4/account", As::Nobody);
    assert!(is_amocrm_401(status, &body), "{status} {body}");

    // Refresh (JSON body): a new pair; the used refresh token is dead.
    let (status, answer) = token_request(&server, Body::Json, &refresh_fields(&id, &refresh));
    let (access2, refresh2) = tokens_of(status, &answer);
    assert_ne!(access2, access);
    assert_ne!(refresh2, refresh);
    let (status, answer) = token_request(&server, Body::Json, &refresh_fields(&id, &refresh));
    assert_eq!(status, 401, "{answer}");
    assert_eq!(answer["hint"], "Token has been revoked", "{answer}");
    assert_eq!(get(&server, "/api/v4/account", As::Bearer(&access2)).0, 200);

    // The person disables the widget in the modal.
    accept_dialogs(&page).await;
    click(&page, &format!("{MODAL} .js-widget-uninstall")).await;
    wait_for(
        &page,
        &format!("document.querySelector('{MODAL} .js-widget-install')"),
        "the not-installed look",
    )
    .await;

    // The disable hook arrives signed with the client secret.
    let hook = backend.nth("/disable", 1);
    assert_eq!(hook.method, "GET");
    assert_eq!(hook.param("account_id"), ACCOUNT_ID);
    assert_eq!(hook.param("client_uuid"), id.client_id);
    assert_eq!(
        hook.param("signature"),
        hmac_hex(&id.client_secret, &format!("{}|{ACCOUNT_ID}", id.client_id)),
        "the signature is HMAC-SHA256(client_uuid|account_id) keyed by the secret"
    );

    // Every token is dead now.
    for token in [&access, &access2] {
        let (status, body) = get(&server, "/api/v4/account", As::Bearer(token));
        assert!(is_amocrm_401(status, &body), "{status} {body}");
    }
    let (status, answer) = token_request(&server, Body::Json, &refresh_fields(&id, &refresh2));
    assert_eq!(status, 401, "{answer}");
    // The page itself keeps working.
    let page_status: u16 = eval(&page, "fetch('/api/v4/account').then(r => r.status)").await;
    assert_eq!(page_status, 200);
    browser.close().await;
}

// ---------------------------------------------------------------------------
// POST /oauth2/access_token refusals.
// ---------------------------------------------------------------------------

#[rstest]
#[case::wrong_secret("client_secret", "not-the-secret")]
#[case::unknown_client_id("client_id", "00000000-0000-4000-8000-000000000000")]
fn a_client_that_is_not_the_integration_is_refused(#[case] field: &str, #[case] value: &str) {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);
    install_as_page(&server, &session_cookie(&server));
    let code = backend.nth("/callback", 1).param("code").to_owned();
    let mut fields = code_fields(&id, &code);
    fields.iter_mut().find(|(k, _)| *k == field).unwrap().1 = value;
    let (status, answer) = token_request(&server, Body::Form, &fields);
    assert_eq!(status, 401, "{answer}");
    assert_eq!(
        answer,
        json!({
            "title": "Некорректный клиент",
            "type": "https://developers.amocrm.ru/v3/errors/OAuthProblemJson",
            "status": 401,
            "detail": "Авторизация клиента не прошла",
        })
    );
}

#[test]
fn a_code_is_exchanged_once() {
    let a = authorized();
    let (status, answer) = token_request(&a.server, Body::Form, &code_fields(&a.id, &a.code));
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["hint"], "Authorization code has been revoked");
    assert_eq!(answer["title"], "Некорректный запрос");
}

#[test]
fn a_code_is_refused_with_another_redirect_uri_and_still_counts() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);
    install_as_page(&server, &session_cookie(&server));
    let code = backend.nth("/callback", 1).param("code").to_owned();
    let elsewhere = backend.url("/callback/");
    let mut fields = code_fields(&id, &code);
    fields
        .iter_mut()
        .find(|(k, _)| *k == "redirect_uri")
        .unwrap()
        .1 = &elsewhere;
    let (status, answer) = token_request(&server, Body::Json, &fields);
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["hint"], "Invalid redirect URI", "{answer}");
    // The refusal did not use the code up.
    let (status, answer) = token_request(&server, Body::Json, &code_fields(&id, &code));
    tokens_of(status, &answer);
}

/// Sends the same token request from 8 threads released at once; the
/// statuses, sorted.
fn eight_at_once(server: &TestServer, fields: &[(&str, &str)]) -> Vec<u16> {
    let barrier = Barrier::new(8);
    let mut statuses: Vec<u16> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| {
                s.spawn(|| {
                    barrier.wait();
                    token_request(server, Body::Form, fields).0
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    statuses.sort_unstable();
    statuses
}

#[test]
fn one_code_sent_by_eight_requests_at_once_is_exchanged_once() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);
    install_as_page(&server, &session_cookie(&server));
    let code = backend.nth("/callback", 1).param("code").to_owned();
    let statuses = eight_at_once(&server, &code_fields(&id, &code));
    assert_eq!(statuses, [200, 400, 400, 400, 400, 400, 400, 400]);
}

#[test]
fn one_refresh_token_sent_by_eight_requests_at_once_is_used_once() {
    let a = authorized();
    let statuses = eight_at_once(&a.server, &refresh_fields(&a.id, &a.refresh));
    assert_eq!(statuses, [200, 401, 401, 401, 401, 401, 401, 401]);
}

// ---------------------------------------------------------------------------
// Tokens the API refuses.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum Forgery {
    /// One character of the signature changed.
    AlteredSignature,
    /// The claims changed (ten more years), the signature kept.
    AlteredClaims,
    /// `alg: none`, no signature, the genuine claims.
    AlgNone,
    /// The genuine claims signed HS256 with a key that is not the server's.
    OtherKey,
    /// Signed HS256 with the client secret (how widget disposable tokens
    /// are signed; not an access token).
    ClientSecretKey,
    /// The server's key, but HS512 (only HS256 is what it signs with).
    RightKeyOtherAlgorithm,
    /// The server's key and a live token's jti, but `exp` in the past.
    Expired,
    /// Not a JWT at all.
    Garbage,
}

fn sign(claims: &Value, alg: Algorithm, key: &[u8]) -> String {
    jsonwebtoken::encode(
        &Header::new(alg),
        claims,
        &EncodingKey::from_secret(key).unwrap(),
    )
    .unwrap()
}

fn server_key(server: &TestServer) -> Vec<u8> {
    std::fs::read_to_string(server.widget_dir.join(".amo-emu/token.key"))
        .unwrap()
        .trim()
        .as_bytes()
        .to_vec()
}

fn forge(a: &Authorized, how: Forgery) -> String {
    let genuine = &a.access;
    let parts: Vec<&str> = genuine.split('.').collect();
    let mut claims = claims(genuine);
    let now = amo_emu::account::store::now();
    match how {
        Forgery::AlteredSignature => {
            let mut sig: Vec<char> = parts[2].chars().collect();
            sig[0] = if sig[0] == 'A' { 'B' } else { 'A' };
            format!(
                "{}.{}.{}",
                parts[0],
                parts[1],
                sig.into_iter().collect::<String>()
            )
        }
        Forgery::AlteredClaims => {
            claims["exp"] = json!(now + 10 * 365 * 86400);
            let payload = base64url(claims.to_string().as_bytes());
            format!("{}.{payload}.{}", parts[0], parts[2])
        }
        Forgery::AlgNone => {
            let header = base64url(br#"{"alg":"none","typ":"JWT"}"#);
            format!("{header}.{}.", parts[1])
        }
        Forgery::OtherKey => sign(
            &claims,
            Algorithm::HS256,
            b"another-key-0123456789abcdef0123456789",
        ),
        Forgery::ClientSecretKey => sign(&claims, Algorithm::HS256, a.id.client_secret.as_bytes()),
        Forgery::RightKeyOtherAlgorithm => sign(&claims, Algorithm::HS512, &server_key(&a.server)),
        Forgery::Expired => {
            claims["iat"] = json!(now - 86400 - 60);
            claims["nbf"] = claims["iat"].clone();
            claims["exp"] = json!(now - 60);
            sign(&claims, Algorithm::HS256, &server_key(&a.server))
        }
        Forgery::Garbage => "not-a-jwt".into(),
    }
}

#[rstest]
#[case::altered_signature(Forgery::AlteredSignature)]
#[case::altered_claims(Forgery::AlteredClaims)]
#[case::alg_none(Forgery::AlgNone)]
#[case::other_key(Forgery::OtherKey)]
#[case::client_secret_key(Forgery::ClientSecretKey)]
#[case::right_key_other_algorithm(Forgery::RightKeyOtherAlgorithm)]
#[case::expired(Forgery::Expired)]
#[case::garbage(Forgery::Garbage)]
fn a_token_not_issued_live_by_amo_emu_is_refused_on_every_api(#[case] how: Forgery) {
    let a = authorized();
    let forged = forge(&a, how);
    assert_ne!(forged, a.access);
    for path in API_PATHS {
        let (status, body) = get(&a.server, path, As::Bearer(&a.access));
        assert_eq!(status, 200, "the genuine token on {path}: {body}");
        let (status, body) = get(&a.server, path, As::Bearer(&forged));
        assert!(
            is_amocrm_401(status, &body),
            "{how:?} on {path}: {status} {body}"
        );
        // Not even with the page's session cookie beside it.
        let (status, body) = call(
            &a.server,
            "GET",
            path,
            As::Bearer(&forged),
            None,
            &[("Cookie", &a.cookie)],
        );
        assert!(
            is_amocrm_401(status, &body),
            "{how:?} with the session cookie on {path}: {status} {body}"
        );
    }
}

// ---------------------------------------------------------------------------
// The page session.
// ---------------------------------------------------------------------------

#[test]
fn the_session_cookie_is_http_only_and_same_site_strict() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let set_cookie = page_set_cookie(&server);
    let attrs: Vec<&str> = set_cookie.split(';').map(str::trim).collect();
    assert!(
        attrs[0].starts_with(&format!("amo_emu_session_{}=", server.port)),
        "{set_cookie}"
    );
    assert!(
        attrs[0].len() > "amo_emu_session_=".len() + 30,
        "{set_cookie}"
    );
    for wanted in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(attrs.contains(&wanted), "{wanted} missing: {set_cookie}");
    }
}

#[rstest]
#[case::another_origin(&[("Origin", "http://evil.example")])]
#[case::cross_site_fetch(&[("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "cors")])]
#[case::cross_site_no_cors(&[("Sec-Fetch-Site", "cross-site"), ("Sec-Fetch-Mode", "no-cors")])]
#[case::same_site_other_port(&[("Sec-Fetch-Site", "same-site"), ("Sec-Fetch-Mode", "cors")])]
fn the_page_session_sent_from_another_site_is_refused(#[case] headers: &[(&str, &str)]) {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let cookie = session_cookie(&server);
    assert_eq!(
        get(&server, "/api/v4/account", As::Page(&cookie)).0,
        200,
        "the page's own request"
    );
    for (method, path) in [
        ("GET", "/api/v4/account"),
        ("GET", "/api/v4/leads"),
        ("DELETE", "/api/v4/widgets/sample_widget"),
    ] {
        let (status, body) = call(&server, method, path, As::Page(&cookie), None, headers);
        assert_eq!(status, 403, "{method} {path} with {headers:?}: {body}");
    }
}

#[test]
fn a_cross_site_navigation_which_carries_no_strict_cookie_gets_amocrm_401() {
    // What a browser sends when another site links to the API: a top-level
    // navigation, without the SameSite=Strict cookie.
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let (status, body) = call(
        &server,
        "GET",
        "/api/v4/account",
        As::Nobody,
        None,
        &[
            ("Sec-Fetch-Site", "cross-site"),
            ("Sec-Fetch-Mode", "navigate"),
            ("Sec-Fetch-Dest", "document"),
        ],
    );
    assert!(is_amocrm_401(status, &body), "{status} {body}");
}

// ---------------------------------------------------------------------------
// amo-emu token.
// ---------------------------------------------------------------------------

/// Runs `amo-emu token DIR --days N`; its stdout (the token alone) and
/// stderr.
fn amo_emu_token(dir: &std::path::Path, days: u64) -> (String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_amo-emu"))
        .arg("token")
        .arg(dir)
        .args(["--days", &days.to_string()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "amo-emu token failed: {stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "stdout is the token alone: {stdout:?}");
    (lines[0].to_owned(), stderr)
}

fn assert_lasts_days(token: &str, client_id: &str, days: u64) {
    let c = claims(token);
    let now = amo_emu::account::store::now();
    let exp = c["exp"].as_u64().unwrap();
    let want = now + days * 86400;
    assert!(
        exp.abs_diff(want) < 120,
        "exp {exp}, now + {days} days = {want}"
    );
    assert_eq!(c["aud"], client_id);
    assert_eq!(c["account_id"].to_string(), ACCOUNT_ID);
}

#[test]
fn a_long_lived_token_from_amo_emu_token_opens_the_api_until_the_widget_is_disabled() {
    let backend = OAuthBackend::start();
    let callback = backend.url("/callback");
    let disable = backend.url("/disable");
    let mut printed = None;
    let server = TestServer::start_prepared(
        "sample-widget",
        &["--redirect-uri", &callback, "--disable-hook", &disable],
        |dir| printed = Some(amo_emu_token(dir, 3)),
    );
    let (token, stderr) = printed.unwrap();
    let id = identity(&server);
    assert!(stderr.contains(&id.client_id), "{stderr}");
    assert_lasts_days(&token, &id.client_id, 3);
    for path in API_PATHS {
        let (status, body) = get(&server, path, As::Bearer(&token));
        assert_eq!(status, 200, "{path}: {body}");
    }
    let cookie = session_cookie(&server);
    install_as_page(&server, &cookie);
    disable_as_page(&server, &cookie);
    backend.nth("/disable", 1);
    let (status, body) = get(&server, "/api/v4/account", As::Bearer(&token));
    assert!(is_amocrm_401(status, &body), "{status} {body}");
}

/// A token printed while `serve` runs is accepted by it: long-lived tokens
/// are not recorded in the state the running server owns, they count by
/// their signature until the next disable.
#[test]
fn a_token_printed_while_serve_runs_is_accepted_by_it() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let (token, _) = amo_emu_token(&server.widget_dir, 30);
    assert_lasts_days(&token, &identity(&server).client_id, 30);
    let (status, body) = get(&server, "/api/v4/account", As::Bearer(&token));
    assert_eq!(
        status, 200,
        "the running serve refused the new token: {body}"
    );
}

// ---------------------------------------------------------------------------
// Anonymous requests.
// ---------------------------------------------------------------------------

#[test]
fn without_oauth_configured_an_anonymous_request_is_served_and_noted_once() {
    let server = TestServer::start("sample-widget");
    for path in ["/api/v4/account", "/api/v4/leads", "/api/v4/account"] {
        let (status, body) = get(&server, path, As::Nobody);
        assert_eq!(status, 200, "{path}: {body}");
    }
    // A token amo-emu did not issue is refused even so; its line comes
    // after the notes above, so once it is there they are all there.
    let (status, body) = get(&server, "/api/v4/account", As::Bearer("not-a-jwt"));
    assert!(is_amocrm_401(status, &body), "{status} {body}");
    let stderr = server.wait_stderr("[oauth] 401 GET /api/v4/account");
    assert_eq!(
        stderr.matches("amoCRM would answer 401").count(),
        1,
        "the note is printed once:\n{stderr}"
    );
}

#[test]
fn with_strict_auth_an_anonymous_request_gets_amocrm_401() {
    let server = TestServer::start_with("sample-widget", &["--strict-auth"]);
    let (status, body) = get(&server, "/api/v4/account", As::Nobody);
    assert!(is_amocrm_401(status, &body), "{status} {body}");
    let cookie = session_cookie(&server);
    assert_eq!(get(&server, "/api/v4/account", As::Page(&cookie)).0, 200);
}

// ---------------------------------------------------------------------------
// What the terminal shows.
// ---------------------------------------------------------------------------

#[test]
fn the_terminal_never_shows_the_secret_a_code_or_a_whole_token() {
    let a = authorized();
    let (status, answer) = token_request(&a.server, Body::Json, &refresh_fields(&a.id, &a.refresh));
    let (access2, refresh2) = tokens_of(status, &answer);
    // A refusal of a token prints it (shortened) with its reason.
    let forged = forge(&a, Forgery::OtherKey);
    assert_eq!(
        get(&a.server, "/api/v4/account", As::Bearer(&forged)).0,
        401
    );
    let mut wrong = refresh_fields(&a.id, &a.refresh);
    wrong[1].1 = "guessed";
    assert_eq!(token_request(&a.server, Body::Form, &wrong).0, 401);
    disable_as_page(&a.server, &a.cookie);
    let signature = a.backend.nth("/disable", 1).param("signature").to_owned();
    let stderr = a.server.wait_stderr("disable hook");
    assert!(stderr.contains("[oauth]"), "{stderr}");
    for (what, secret) in [
        ("client_secret", a.id.client_secret.as_str()),
        ("code", &a.code),
        ("access token", &a.access),
        ("refresh token", &a.refresh),
        ("second access token", &access2),
        ("second refresh token", &refresh2),
        ("refused token", &forged),
        ("hook signature", &signature),
    ] {
        assert!(
            !stderr.contains(secret),
            "stderr shows the {what}:\n{stderr}"
        );
    }
    // Shortened, they are there: the lines are useful.
    let short = format!("{}…{}", &a.access[..6], &a.access[a.access.len() - 4..]);
    assert!(stderr.contains(&short), "{short} not in:\n{stderr}");
}

// ---------------------------------------------------------------------------
// Backends that never answer.
// ---------------------------------------------------------------------------

/// The milliseconds of the first "failed after N ms" in `line`.
fn failed_after_ms(line: &str) -> u64 {
    let rest = line
        .split("failed after ")
        .nth(1)
        .unwrap_or_else(|| panic!("no 'failed after' in {line}"));
    rest.split(' ').next().unwrap().parse().unwrap()
}

fn line_with<'a>(stderr: &'a str, needle: &str) -> &'a str {
    stderr
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?}:\n{stderr}"))
}

#[test]
fn a_redirect_uri_that_never_answers_times_out_in_3_s_and_the_install_does_not_wait() {
    let silent = OAuthBackend::silent();
    let server = serve_with(&silent, &[]);
    let cookie = session_cookie(&server);
    let started = Instant::now();
    install_as_page(&server, &cookie);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "the install took {took:?}");
    silent.nth("/callback", 1);
    let stderr = server.wait_stderr("[oauth] the widget was installed: code");
    let line = line_with(&stderr, "[oauth] the widget was installed: code");
    assert!(line.contains("timed out"), "{line}");
    let ms = failed_after_ms(line);
    assert!((2900..6000).contains(&ms), "{line}");
}

#[test]
fn a_disable_hook_that_never_answers_times_out_in_3_s_and_the_disable_does_not_wait() {
    let live = OAuthBackend::start();
    let silent = OAuthBackend::silent();
    let callback = live.url("/callback");
    let hook = silent.url("/disable");
    let server = TestServer::start_with(
        "sample-widget",
        &["--redirect-uri", &callback, "--disable-hook", &hook],
    );
    let cookie = session_cookie(&server);
    install_as_page(&server, &cookie);
    let started = Instant::now();
    disable_as_page(&server, &cookie);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "the disable took {took:?}");
    silent.nth("/disable", 1);
    let stderr = server.wait_stderr(": disable hook ");
    let line = line_with(&stderr, ": disable hook ");
    assert!(line.contains("timed out"), "{line}");
    let ms = failed_after_ms(line);
    assert!((2900..6000).contains(&ms), "{line}");
}

// ---------------------------------------------------------------------------
// A new code, and the account of a token.
// ---------------------------------------------------------------------------

#[test]
fn a_new_code_is_sent_on_request_once_installed_and_not_before() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let id = identity(&server);
    let (status, body) = call(
        &server,
        "POST",
        "/amo-emu/integration/code",
        As::Nobody,
        None,
        &[],
    );
    assert_eq!(status, 409, "before install: {body}");
    assert!(backend.requests().is_empty());

    install_as_page(&server, &session_cookie(&server));
    let first = backend.nth("/callback", 1).param("code").to_owned();
    let (status, body) = call(
        &server,
        "POST",
        "/amo-emu/integration/code",
        As::Nobody,
        None,
        &[],
    );
    assert_eq!(status, 202, "{body}");
    let second = backend.nth("/callback", 2);
    assert_eq!(second.param("from_widget"), "1");
    let second = second.param("code").to_owned();
    assert_ne!(second, first);
    let (status, answer) = token_request(&server, Body::Form, &code_fields(&id, &second));
    tokens_of(status, &answer);
}

#[test]
fn a_new_code_without_a_redirect_uri_is_409() {
    let server = TestServer::start("sample-widget");
    server.install("sample_widget", json!({"api_key": "key-1234"}));
    let (status, body) = call(
        &server,
        "POST",
        "/amo-emu/integration/code",
        As::Nobody,
        None,
        &[],
    );
    assert_eq!(status, 409, "{body}");
    assert!(body.contains("--redirect-uri"), "{body}");
}

#[test]
fn the_subdomain_of_a_token_is_its_account_and_without_one_401() {
    let a = authorized();
    let (status, body) = get(
        &a.server,
        "/oauth2/account/subdomain",
        As::Bearer(&a.access),
    );
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        v,
        json!({"id": 30441694, "subdomain": "example", "domain": "example.amocrm.ru", "top_level_domain": "ru"})
    );
    let (status, body) = get(&a.server, "/oauth2/account/subdomain", As::Nobody);
    assert!(is_amocrm_401(status, &body), "{status} {body}");
    // The page session is not a token here: this is a backend's endpoint.
    let (status, body) = get(&a.server, "/oauth2/account/subdomain", As::Page(&a.cookie));
    assert!(is_amocrm_401(status, &body), "{status} {body}");
}

// ---------------------------------------------------------------------------
// Every way of disabling revokes and calls the hook.
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum DisableBy {
    /// `DELETE /api/v4/widgets/<code>` (the modal's Disable).
    ApiDelete,
    /// `POST /ajax/widgets/edit` with `widget_active=N` (amoCRM's old form).
    AjaxEdit,
    /// The inspector's Reset (`POST /amo-emu/reset`): an uninstall.
    InspectorReset,
}

#[rstest]
#[case::api_delete(DisableBy::ApiDelete)]
#[case::ajax_edit(DisableBy::AjaxEdit)]
#[case::inspector_reset(DisableBy::InspectorReset)]
fn disabling_revokes_every_token_and_calls_the_signed_hook(#[case] how: DisableBy) {
    let a = authorized();
    let (status, body) = match how {
        DisableBy::ApiDelete => call(
            &a.server,
            "DELETE",
            "/api/v4/widgets/sample_widget",
            As::Page(&a.cookie),
            None,
            &[],
        ),
        DisableBy::AjaxEdit => off_runtime(|| {
            let res = a
                .server
                .http()
                .post(a.server.url("/ajax/widgets/edit"))
                .header("Cookie", &a.cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body("action=edit&code=sample_widget&widget_active=N")
                .send()
                .unwrap();
            (res.status().as_u16(), res.text().unwrap())
        }),
        DisableBy::InspectorReset => call(
            &a.server,
            "POST",
            "/amo-emu/reset",
            As::Page(&a.cookie),
            Some(&json!({"confirm": true})),
            &[],
        ),
    };
    assert!((200..300).contains(&status), "{how:?}: {status} {body}");
    let hook = a.backend.nth("/disable", 1);
    assert_eq!(
        hook.param("signature"),
        hmac_hex(
            &a.id.client_secret,
            &format!("{}|{ACCOUNT_ID}", a.id.client_id)
        )
    );
    let (status, body) = get(&a.server, "/api/v4/account", As::Bearer(&a.access));
    assert!(is_amocrm_401(status, &body), "{how:?}: {status} {body}");
    let (status, answer) = token_request(&a.server, Body::Form, &refresh_fields(&a.id, &a.refresh));
    assert_eq!(status, 401, "{how:?}: {answer}");
    assert_eq!(answer["hint"], "Token has been revoked");
}

/// `serve --reset` over a folder whose widget is installed and holds a
/// long-lived token; the backend and the server.
fn serve_reset_of_an_installed_widget() -> (OAuthBackend, TestServer, String) {
    let backend = OAuthBackend::start();
    let callback = backend.url("/callback");
    let disable = backend.url("/disable");
    let mut printed = None;
    let server = TestServer::start_prepared(
        "sample-widget",
        &[
            "--redirect-uri",
            &callback,
            "--disable-hook",
            &disable,
            "--reset",
        ],
        |dir| {
            std::fs::create_dir_all(dir.join(".amo-emu")).unwrap();
            std::fs::write(
                dir.join(".amo-emu/state.json"),
                r#"{"schema":1,"widgets":{"sample_widget":{"installed":true,"settings":{"api_key":"k"},"updated_at":1}}}"#,
            )
            .unwrap();
            printed = Some(amo_emu_token(dir, 3).0);
        },
    );
    (backend, server, printed.unwrap())
}

#[test]
fn serve_reset_of_an_installed_widget_revokes_its_tokens() {
    let (_backend, server, token) = serve_reset_of_an_installed_widget();
    let (status, body) = get(&server, "/api/v4/account", As::Bearer(&token));
    assert!(is_amocrm_401(status, &body), "{status} {body}");
}

/// `serve --reset` of an installed widget is an uninstall: the signed
/// disable hook goes out, as with the inspector's Reset.
#[test]
fn serve_reset_of_an_installed_widget_calls_the_disable_hook() {
    let (backend, server, _token) = serve_reset_of_an_installed_widget();
    let id = identity(&server);
    let hook = backend.nth("/disable", 1);
    assert_eq!(
        hook.param("signature"),
        hmac_hex(&id.client_secret, &format!("{}|{ACCOUNT_ID}", id.client_id))
    );
}

/// `/ajax/widgets/edit` is amoCRM's session-authenticated form endpoint:
/// once OAuth is configured, a request with neither the page's session nor
/// a token is refused, so a script cannot install or disable the widget.
#[test]
fn ajax_widgets_edit_wants_the_page_session_once_oauth_is_configured() {
    let backend = OAuthBackend::start();
    let server = serve_with(&backend, &[]);
    let (status, body) = off_runtime(|| {
        let res = server
            .http()
            .post(server.url("/ajax/widgets/edit"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body("action=edit&code=sample_widget&widget_active=Y&settings%5Bapi_key%5D=k")
            .send()
            .unwrap();
        (res.status().as_u16(), res.text().unwrap())
    });
    assert_eq!(status, 401, "installed without a session: {body}");
}

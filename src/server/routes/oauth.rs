//! amoCRM's OAuth endpoints for the integration's backend (docs/oauth.md):
//! `POST /oauth2/access_token` (JSON or form; the `authorization_code` and
//! `refresh_token` grants, each code and refresh token used once, in one
//! store update) and `GET /oauth2/account/subdomain` (the account a token
//! belongs to), plus amo-emu's own `POST /amo-emu/integration/code`, which
//! sends a fresh code to the redirect URI without reinstalling (the
//! inspector's and the settings modal's button). Tokens are printed and
//! shown shortened, never whole.

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse, ResponseError};
use serde_json::json;

use crate::account::oauth::{shortened, OAuthError, TokenRequest, Tokens};
use crate::account::store::now;
use crate::account::BASE_DOMAIN;
use crate::live_reload::Message;
use crate::server::auth;
use crate::server::http::{JsonBody, Problem};
use crate::server::integration;
use crate::server::state::AppState;

pub const SEND_CODE_PATH: &str = "/amo-emu/integration/code";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/oauth2/access_token", web::post().to(access_token))
        .route("/oauth2/account/subdomain", web::get().to(subdomain))
        .route(SEND_CODE_PATH, web::post().to(send_code));
}

/// The store could not record the exchange, or amoCRM refused it.
enum Exchange {
    Refused(OAuthError),
    Store(String),
}

async fn access_token(body: JsonBody, state: web::Data<AppState>) -> HttpResponse {
    let request: TokenRequest = match body.object_or_form().and_then(|m| {
        serde_json::from_value(serde_json::Value::Object(m))
            .map_err(|e| Problem::new(StatusCode::BAD_REQUEST, format!("a token request: {e}")))
    }) {
        Ok(r) => r,
        Err(problem) => return problem.error_response(),
    };
    let grant = request.grant_type.clone().unwrap_or_default();
    let store_state = state.clone();
    let req = request.clone();
    let done = web::block(move || {
        let integration = &store_state.config.integration;
        let who = integration.principal(&store_state.account);
        store_state.store.update(|s| {
            s.oauth
                .exchange(&integration.identity, &req, &who, &integration.key, now())
                .map_err(Exchange::Refused)
        })
    })
    .await;
    let tokens: Result<Tokens, Exchange> = match done {
        Ok(result) => result,
        Err(e) => Err(Exchange::Store(e.to_string())),
    };
    match tokens {
        Ok(tokens) => {
            let line = format!(
                "[oauth] {grant}: issued access token {} and refresh token {} (expires in {} s)",
                shortened(&tokens.access_token),
                shortened(&tokens.refresh_token),
                tokens.expires_in
            );
            tracing::info!("{line}");
            state.live.publish(Message::Integration {
                event: json!({"type": "tokens", "grant_type": grant,
                    "access_token": shortened(&tokens.access_token),
                    "refresh_token": shortened(&tokens.refresh_token),
                    "expires_in": tokens.expires_in}),
            });
            HttpResponse::Ok()
                .content_type("application/json")
                .body(serde_json::to_string(&tokens).expect("tokens serialise"))
        }
        Err(Exchange::Refused(e)) => {
            tracing::warn!(
                "[oauth] {} POST /oauth2/access_token ({grant}): {e}",
                e.status()
            );
            state.live.publish(Message::Integration {
                event: json!({"type": "refused", "grant_type": grant, "status": e.status(), "reason": e.to_string()}),
            });
            HttpResponse::build(StatusCode::from_u16(e.status()).expect("a status"))
                .content_type("application/problem+json")
                .body(e.body().to_string())
        }
        Err(Exchange::Store(e)) => {
            tracing::error!("[oauth] the token exchange was not recorded: {e}");
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("{e}; no token was issued and the code or refresh token still counts"),
            )
            .error_response()
        }
    }
}

impl From<crate::account::StoreError> for Exchange {
    fn from(e: crate::account::StoreError) -> Self {
        Exchange::Store(e.to_string())
    }
}

/// `GET /oauth2/account/subdomain`: the account of the Bearer token.
async fn subdomain(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = auth::bearer(req.headers()).unwrap_or_default();
    if let Err(reason) = auth::check_token(&state, &token) {
        let shown = (!token.is_empty()).then_some(token.as_str());
        auth::report_refusal(&state, "GET /oauth2/account/subdomain", shown, &reason);
        return auth::unauthorized();
    }
    let top_level = BASE_DOMAIN.rsplit('.').next().unwrap_or("ru");
    HttpResponse::Ok().json(json!({
        "id": state.account.id,
        "subdomain": state.account.subdomain,
        "domain": format!("{}.{BASE_DOMAIN}", state.account.subdomain),
        "top_level_domain": top_level,
    }))
}

/// `POST /amo-emu/integration/code`: a fresh code to the redirect URI.
async fn send_code(state: web::Data<AppState>) -> Result<HttpResponse, Problem> {
    let installed = state.store.widget(state.widget().code.as_str()).installed;
    if !installed {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "the widget is not installed: amoCRM sends a code only to an installed integration",
        ));
    }
    if !integration::send_code(&state, "a new code was asked for") {
        return Err(Problem::new(
            StatusCode::CONFLICT,
            "no redirect URI is set: start amo-emu serve with --redirect-uri URL (or set redirect_uri in .amo-emu/integration.json)",
        ));
    }
    Ok(HttpResponse::Accepted().json(json!({"sent": true})))
}

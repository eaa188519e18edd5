//! The HTTP server: builds the actix app from the state and runs it.
//! Knows nothing of how the widget folder is watched (`crate::dev` reads it
//! again on a change and makes the new snapshot current here).

pub mod account_webhooks;
pub mod auth;
pub mod boot;
pub mod cache;
pub mod crm_proxy;
pub mod crm_writes;
pub mod dp_webhook;
pub mod embedded;
pub mod guard;
pub mod head;
pub mod http;
pub mod integration;
pub mod notices;
pub mod outgoing;
pub mod page;
pub mod probe;
pub mod query;
pub mod routes;
pub mod salesbot;
pub mod state;
pub mod system_sms;
pub mod terminal;

use std::net::{SocketAddr, TcpListener};

use actix_web::middleware::{from_fn, DefaultHeaders};
use actix_web::{web, App, HttpServer};

pub use state::{AppState, ServerConfig};

/// Builds the actix `App` for `state` (one per worker thread).
pub fn app(
    state: web::Data<AppState>,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(state)
        .app_data(web::PayloadConfig::new(http::MAX_JSON_BODY))
        .wrap(from_fn(auth::check))
        .wrap(from_fn(guard::check))
        .wrap(
            DefaultHeaders::new()
                .add(("X-Frame-Options", "SAMEORIGIN"))
                .add(("Referrer-Policy", "same-origin"))
                .add(routes::inspector::EVAL_REPORT_POLICY),
        )
        // Outermost: every check and route sees a HEAD as the GET it is.
        .wrap(from_fn(head::as_get))
        .configure(routes::configure)
        .default_service(web::to(routes::not_emulated::page))
}

/// Serves until Ctrl-C. `listener` is already bound, so the caller can print
/// the real address (with `--port 0`) before requests arrive.
pub async fn run(listener: TcpListener, state: web::Data<AppState>) -> std::io::Result<()> {
    HttpServer::new(move || app(state.clone()))
        .workers(2)
        .shutdown_timeout(2)
        .max_connection_rate(256)
        .listen(listener)?
        .run()
        .await
}

/// Binds the listening socket; the caller turns a taken port into advice.
pub fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    TcpListener::bind(addr)
}

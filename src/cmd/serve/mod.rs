//! `amo-emu serve <DIR>`: its flags ([`ServeArgs`]), checked once into a
//! `ServeConfig`, and its run: note the start-up moment, load the widget,
//! reset if asked, bind, print the URL, start the watcher (which arms
//! itself in the background), serve until Ctrl-C.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use actix_web::web;

use crate::account::Store;
use crate::cmd::CliError;
use crate::dev;
use crate::live_reload::CodeUpdates;
use crate::server::{self, AppState, ServerConfig};
use crate::watch;
use crate::widget::{WidgetCode, MANIFEST_FILE};

mod args;

pub use args::{Locale, ServeArgs, DEFAULT_PORT};

/// Everything `serve` needs, checked: the arguments turned into the
/// server's configuration and the rest of the run's settings in one place
/// (as miniserve's `MiniserveConfig::try_from_args`), so `run` only runs.
struct ServeConfig {
    server: ServerConfig,
    addr: SocketAddr,
    watch: WatchSettings,
    reset: bool,
    open: bool,
    ready_file: Option<PathBuf>,
}

/// How the folder is watched (`--debounce`, `--poll`, `--watch-all`).
struct WatchSettings {
    debounce: std::time::Duration,
    poll: bool,
    watch_all: bool,
}

impl ServeConfig {
    fn try_from_args(args: ServeArgs) -> Result<ServeConfig, CliError> {
        check_folder(&args.dir)?;
        let code_override = args
            .code
            .as_deref()
            .map(WidgetCode::parse)
            .transpose()
            .map_err(|e| CliError::usage(e.to_string(), "for example: --code my_widget"))?;
        let root = args.dir.canonicalize().map_err(|e| {
            CliError::failure(format!("cannot resolve {}: {e}", args.dir.display()))
        })?;
        let integration = args.integration.load(&args.dir, args.strict_auth)?;
        Ok(ServeConfig {
            server: ServerConfig {
                dir: args.dir,
                root,
                code_override,
                locale: crate::account::LiveLocale::new(args.locale.as_str()),
                allowed_hosts: args.allowed_hosts,
                dp_webhook_url: args.dp_webhook_url,
                webhooks: args.webhooks,
                code_updates: if args.no_hot {
                    CodeUpdates::ReloadPage
                } else {
                    CodeUpdates::SwapInPlace
                },
                integration,
                inspector: !args.no_inspector,
                salesbot_wait: std::time::Duration::from_secs(args.salesbot_wait),
            },
            addr: SocketAddr::new(args.host, args.port),
            watch: WatchSettings {
                debounce: std::time::Duration::from_millis(args.debounce),
                poll: args.poll,
                watch_all: args.watch_all,
            },
            reset: args.reset,
            open: args.open,
            ready_file: args.ready_file,
        })
    }
}

pub fn run(args: ServeArgs) -> Result<(), CliError> {
    let config = ServeConfig::try_from_args(args)?;
    // Before the widget is loaded: any file changed from here on is
    // reported by the watcher once it is armed, so the snapshot below never
    // goes stale unnoticed (see watch::since).
    let since = watch::Since::now(&config.server.root);
    let state = open_state(&config);
    let uninstalled = config.reset && reset(&state)?;
    let listener = listen(config.addr)?;
    let (url, fallback) = announce(&state, &listener)?;
    if let Some(path) = &config.ready_file {
        write_ready_file(path, &url, &listener)?;
    }
    start_watching(&state, &config, since);
    if config.open {
        // The default browser on macOS may be Safari, which cannot open *.localhost.
        let url = if cfg!(target_os = "macos") {
            &fallback
        } else {
            &url
        };
        if let Err(e) = opener::open_browser(url) {
            tracing::warn!("cannot open the browser ({e}); open {url} yourself");
        }
    }
    actix_web::rt::System::new()
        .block_on(async move {
            if uninstalled {
                // The disable hook goes out once there is a runtime to send it.
                server::integration::uninstalled(&state);
            }
            server::run(listener, state).await
        })
        .map_err(|e| CliError::failure(format!("server error: {e}")))
}

/// The account store opened (its warning printed) and the folder's first
/// snapshot loaded into the server's state.
fn open_state(config: &ServeConfig) -> web::Data<AppState> {
    let (store, store_warning) = Store::open(&config.server.dir);
    if let Some(w) = store_warning {
        tracing::warn!("{w}");
    }
    web::Data::new(dev::start(config.server.clone(), store))
}

/// A server started for another command (`amo-emu test`): the same app as
/// `serve`, on its own thread, without the watcher; stops with the process.
pub struct Background {
    pub port: u16,
    pub state: web::Data<AppState>,
}

/// Starts `serve` with `args` on a background thread and returns once it
/// listens.
pub fn start_in_background(args: ServeArgs) -> Result<Background, CliError> {
    let config = ServeConfig::try_from_args(args)?;
    let state = open_state(&config);
    let listener = listen(config.addr)?;
    let port = listener
        .local_addr()
        .map_err(|e| CliError::failure(e.to_string()))?
        .port();
    let served = state.clone();
    std::thread::spawn(move || {
        let _ = actix_web::rt::System::new().block_on(server::run(listener, served));
    });
    Ok(Background { port, state })
}

/// `--reset`: the widget forgotten and the records back to the fixture;
/// whether the widget was installed (then it was, in effect, uninstalled).
fn reset(state: &AppState) -> Result<bool, CliError> {
    let code = state.widget().code.to_string();
    let (forgotten, restored) = state
        .store
        .update(|s| {
            Ok::<_, crate::account::StoreError>((
                crate::account::reset::forget_widget(s, &code),
                crate::account::reset::restore_records(s),
            ))
        })
        .map_err(|e| CliError::failure(format!("--reset: {e}")))?;
    tracing::info!("--reset: widget {code} {forgotten}");
    tracing::info!("--reset: {restored}");
    Ok(forgotten.was_installed)
}

/// Binds `addr`, turning a taken port into advice, and warns when the
/// address is reachable from the network.
fn listen(addr: SocketAddr) -> Result<std::net::TcpListener, CliError> {
    let listener = server::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => CliError::usage(
            format!("port {} is already in use on {}", addr.port(), addr.ip()),
            "pick another with --port N, or --port 0 for any free port",
        ),
        _ => CliError::failure(format!("cannot listen on {addr}: {e}")),
    })?;
    if !addr.ip().is_loopback() {
        tracing::warn!(
            "listening on {} — the dev server (your widget's files and the emulated account) is reachable from your network. \
             Requests still need a local Host name: to open it from another machine, add --allowed-host <this machine's IP or name>. \
             Keep the default --host 127.0.0.1 unless you need this.",
            addr.ip()
        );
    }
    Ok(listener)
}

/// Prints what is served where (the real port, with `--port 0`) and the
/// Safari fallback; returns both URLs.
fn announce(
    state: &AppState,
    listener: &std::net::TcpListener,
) -> Result<(String, String), CliError> {
    let port = listener
        .local_addr()
        .map_err(|e| CliError::failure(e.to_string()))?
        .port();
    let url = format!(
        "http://{}.localhost:{port}/settings/widgets/",
        state.account.subdomain
    );
    let dir = state.config.dir.display();
    let what = match &state.widget().result {
        Ok(w) => format!("widget \"{}\" ({dir})", w.code),
        Err(_) => format!("widget folder {dir} (it does not load yet, see above)"),
    };
    println!(
        "amo-emu {} — serving {what} at {url}",
        env!("CARGO_PKG_VERSION")
    );
    // Safari does not resolve *.localhost names (Chrome and Firefox do).
    let fallback = format!("http://localhost:{port}/settings/widgets/");
    println!("  in Safari: {fallback} (there location.host has no account subdomain)");
    if let Ok(widget) = &state.widget().result {
        for line in widget.manifest.locations_not_run() {
            tracing::warn!("not run here: location {line}");
        }
    }
    let integration = &state.config.integration;
    let identity = &integration.identity;
    println!(
        "  integration: client_id {}, client_secret in {}; redirect URI {}; API {}",
        identity.client_id,
        crate::account::oauth::identity::path(&state.config.dir).display(),
        identity
            .redirect_uri
            .as_deref()
            .unwrap_or("none (--redirect-uri URL sends codes on install)"),
        if integration.requires_token() {
            "wants a Bearer token outside amo-emu's pages"
        } else {
            "served without a token (--strict-auth to want one)"
        }
    );
    Ok((url, fallback))
}

/// `--ready-file`: the URL, port and pid as JSON, written whole (a temp
/// file renamed into place), so a reader never sees half of it.
fn write_ready_file(
    path: &Path,
    url: &str,
    listener: &std::net::TcpListener,
) -> Result<(), CliError> {
    let port = listener
        .local_addr()
        .map_err(|e| CliError::failure(e.to_string()))?
        .port();
    let body = serde_json::json!({"url": url, "port": port, "pid": std::process::id()}).to_string();
    let fail =
        |e: std::io::Error| CliError::failure(format!("--ready-file {}: {e}", path.display()));
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, body).map_err(fail)?;
    std::fs::rename(&tmp, path).map_err(fail)
}

/// Arms the folder watcher in the background; each change goes to the
/// edit–reload loop.
fn start_watching(state: &web::Data<AppState>, config: &ServeConfig, since: watch::Since) {
    let state = state.clone();
    let watch_config = watch::WatchConfig {
        debounce: config.watch.debounce,
        poll: config.watch.poll,
        filter: watch::PathFilter {
            watch_all: config.watch.watch_all,
        },
        since: Some(since),
    };
    watch::spawn(&config.server.root, watch_config, move |changes| {
        dev::files_changed(&state, &changes)
    });
}

pub(super) fn check_folder(dir: &Path) -> Result<(), CliError> {
    if !dir.is_dir() {
        return Err(CliError::usage(
            format!("{} is not a folder", dir.display()),
            "pass the widget folder (the one holding manifest.json), e.g. amo-emu serve ./my-widget",
        ));
    }
    if !dir.join(MANIFEST_FILE).is_file() {
        return Err(CliError::usage(
            format!("{} has no {MANIFEST_FILE}", dir.display()),
            "an amoCRM widget folder starts with manifest.json; try the bundled example: amo-emu serve sample-widget",
        ));
    }
    Ok(())
}

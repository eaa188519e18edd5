//! `amo-emu serve <DIR>`: check the folder, note the start-up moment, load
//! the widget, bind, print the URL, start the watcher (which arms itself in
//! the background), serve until Ctrl-C.

use std::net::SocketAddr;
use std::path::Path;

use actix_web::web;

use crate::account::Store;
use crate::cli::{CliError, ServeArgs};
use crate::live_reload::CodeUpdates;
use crate::server::{self, AppState, ServerConfig};
use crate::watch;
use crate::widget::{WidgetCode, MANIFEST_FILE};

pub fn run(args: ServeArgs) -> Result<(), CliError> {
    let dir = args.dir.clone();
    check_folder(&dir)?;
    let code_override = args
        .code
        .as_deref()
        .map(WidgetCode::parse)
        .transpose()
        .map_err(|e| CliError::usage(e.to_string(), "for example: --code my_widget"))?;
    let root = dir
        .canonicalize()
        .map_err(|e| CliError::failure(format!("cannot resolve {}: {e}", dir.display())))?;

    // Before the widget is loaded: any file changed from here on is
    // reported by the watcher once it is armed, so the snapshot below never
    // goes stale unnoticed (see watch::since).
    let since = watch::Since::now(&root);
    let (store, store_warning) = Store::open(&dir);
    if let Some(w) = store_warning {
        tracing::warn!("{w}");
    }
    let config = ServerConfig {
        dir: dir.clone(),
        root: root.clone(),
        code_override,
        locale: args.locale.as_str().to_owned(),
        allowed_hosts: args.allowed_hosts.clone(),
        dp_webhook_url: args.dp_webhook_url.clone(),
        code_updates: if args.no_hot {
            CodeUpdates::Reload
        } else {
            CodeUpdates::Swap
        },
    };
    let state = web::Data::new(AppState::new(config, store));

    let addr = SocketAddr::new(args.host, args.port);
    let listener = server::bind(addr).map_err(|e| match e.kind() {
        std::io::ErrorKind::AddrInUse => CliError::usage(
            format!("port {} is already in use on {}", args.port, args.host),
            "pick another with --port N, or --port 0 for any free port",
        ),
        _ => CliError::failure(format!("cannot listen on {addr}: {e}")),
    })?;
    let bound = listener
        .local_addr()
        .map_err(|e| CliError::failure(e.to_string()))?;

    if !args.host.is_loopback() {
        tracing::warn!(
            "listening on {} — the dev server (your widget's files and the emulated account) is reachable from your network. \
             Requests still need a local Host name: to open it from another machine, add --allowed-host <this machine's IP or name>. \
             Keep the default --host 127.0.0.1 unless you need this.",
            args.host
        );
    }
    let url = format!(
        "http://{}.localhost:{}/settings/widgets/",
        state.account.subdomain,
        bound.port()
    );
    let loaded = state.widget();
    let what = match &loaded.result {
        Ok(w) => format!("widget \"{}\" ({})", w.code, dir.display()),
        Err(_) => format!(
            "widget folder {} (it does not load yet, see above)",
            dir.display()
        ),
    };
    println!(
        "amo-emu {} — serving {what} at {url}",
        env!("CARGO_PKG_VERSION")
    );

    {
        let state = state.clone();
        let config = watch::WatchConfig {
            debounce: std::time::Duration::from_millis(args.debounce),
            poll: args.poll,
            filter: watch::PathFilter {
                watch_all: args.watch_all,
            },
            since: Some(since),
        };
        watch::spawn(&root, config, move |changes| state.files_changed(&changes));
    }

    if args.open {
        if let Err(e) = opener::open_browser(&url) {
            tracing::warn!("cannot open the browser ({e}); open {url} yourself");
        }
    }

    actix_web::rt::System::new()
        .block_on(server::run(listener, state))
        .map_err(|e| CliError::failure(format!("server error: {e}")))
}

fn check_folder(dir: &Path) -> Result<(), CliError> {
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

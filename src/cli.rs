//! The command line: `amo-emu serve <DIR>` and its flags, with `--help` that
//! teaches. `main` prints any error as one line plus a hint and picks the
//! exit code: 2 for bad input from the user, 1 for anything else.

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::cmd;

/// Port used when `--port` is not given.
pub const DEFAULT_PORT: u16 = 3030;

const EXAMPLES: &str = "\
Examples:
  amo-emu serve ./my-widget                 serve a widget folder on http://example.localhost:3030/
  amo-emu serve ./my-widget --port 0        pick a free port (the printed URL is the real one)
  amo-emu serve ./my-widget --locale ru     show the widget's i18n/ru.json texts
  amo-emu serve ./my-widget --open          also open the browser

The widget folder is an unpacked amoCRM widget: manifest.json, script.js,
i18n/<locale>.json, images/. What you install and save is kept in
<widget>/.amo-emu/state.json (add .amo-emu/ to your .gitignore).";

#[derive(Debug, Parser)]
#[command(
    name = "amo-emu",
    version,
    about = "Run an amoCRM / Kommo widget locally: the integrations marketplace, its settings modal, and more.",
    long_about = None,
    after_help = EXAMPLES,
    propagate_version = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve a widget folder and emulate the amoCRM pages around it.
    #[command(after_help = EXAMPLES)]
    Serve(ServeArgs),
}

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Port to listen on; 0 picks a free one.
    #[arg(long, short, default_value_t = DEFAULT_PORT, value_name = "N")]
    pub port: u16,

    /// Address to bind. Keep the default (loopback) unless you know why:
    /// anything else exposes the dev server to your network.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDR")]
    pub host: IpAddr,

    /// Widget code to serve under (default: manifest widget.code, else the
    /// folder name in snake_case, e.g. my-widget → my_widget).
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,

    /// Interface language of the emulated user (APP.lang_id); picks
    /// i18n/<locale>.json, falling back to the manifest's first locale.
    #[arg(long, value_enum, default_value_t = Locale::En)]
    pub locale: Locale,

    /// Open the marketplace page in the default browser once serving.
    #[arg(long)]
    pub open: bool,

    /// Quiet time after a file change before the browser reloads, in
    /// milliseconds: merges an editor's multi-step save into one reload.
    #[arg(long, default_value_t = crate::watch::DEFAULT_DEBOUNCE.as_millis() as u64, value_name = "MS")]
    pub debounce: u64,

    /// Reload the whole page when the widget's code or templates change,
    /// instead of swapping them in place. Use it when a widget leaves
    /// something behind that its `destroy` callback does not clean up
    /// (timers, handlers outside its `.<code>` event namespace).
    #[arg(long)]
    pub no_hot: bool,

    /// Poll the folder for changes instead of using OS notifications (for
    /// network drives, containers, or when the OS watch limit is reached).
    #[arg(long)]
    pub poll: bool,

    /// Also watch node_modules/, bower_components/ and the VCS and editor
    /// folders (.git/, .hg/, .svn/, .idea/, .vscode/), which are left out
    /// by default so start-up does not grow with them. Their files are
    /// served either way.
    #[arg(long)]
    pub watch_all: bool,

    /// Also accept requests whose Host is NAME (e.g. a name in /etc/hosts).
    /// By default only localhost, *.localhost and loopback IPs are accepted,
    /// which defeats DNS-rebinding attacks. Repeatable.
    #[arg(long = "allowed-host", value_name = "NAME")]
    pub allowed_hosts: Vec<String>,

    /// Send the Digital Pipeline test webhook here instead of the manifest's
    /// dp.webhook_url (e.g. http://127.0.0.1:8080/amo/dp for a local backend).
    #[arg(long = "dp-webhook-url", value_name = "URL")]
    pub dp_webhook_url: Option<String>,
}

/// The interface languages amoCRM has (`APP.lang_id`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Locale {
    Ru,
    En,
    Es,
    Pt,
}

impl Locale {
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::Ru => "ru",
            Locale::En => "en",
            Locale::Es => "es",
            Locale::Pt => "pt",
        }
    }
}

/// An error for the user: one line, a hint, and an exit code.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct CliError {
    pub message: String,
    pub hint: Option<String>,
    pub code: u8,
}

impl CliError {
    /// Bad input from the user (exit code 2).
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            hint: Some(hint.into()),
            code: 2,
        }
    }

    /// Anything else that went wrong (exit code 1).
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            hint: None,
            code: 1,
        }
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Serve(args) => cmd::serve::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.message);
            if let Some(hint) = &e.hint {
                eprintln!("  hint: {hint}");
            }
            ExitCode::from(e.code)
        }
    }
}

fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("AMO_EMU_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    use std::io::IsTerminal;
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .without_time()
        .with_writer(std::io::stderr)
        .init();
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}

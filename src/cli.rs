//! The command line: the subcommands (`amo-emu serve <DIR>`, …) with
//! `--help` that teaches. Each subcommand's flags and its `run` live in
//! `cmd/<name>.rs`; this file lists them, sets up logging, and its `main`
//! runs the chosen one, prints any error as one line plus a hint and picks
//! the exit code ([`cmd::CliError`]).

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::cmd;

const EXAMPLES: &str = "\
Examples:
  amo-emu serve ./my-widget                 serve a widget folder on http://example.localhost:3030/
  amo-emu serve ./my-widget --port 0        pick a free port (the printed URL is the real one)
  amo-emu serve ./my-widget --locale ru     show the widget's i18n/ru.json texts
  amo-emu serve ./my-widget --open          also open the browser
  amo-emu serve ./my-widget --redirect-uri http://127.0.0.1:8080/callback
                                            send the OAuth code to your backend on install

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
    Serve(cmd::serve::ServeArgs),
    /// Check a widget folder as amoCRM's upload and moderation would.
    #[command(after_help = cmd::check::EXAMPLES)]
    Check(cmd::check::CheckArgs),
    /// Check a widget folder and write a deterministic widget.zip.
    #[command(after_help = cmd::pack::EXAMPLES)]
    Pack(cmd::pack::PackArgs),
    /// Create a new widget folder from a template that checks clean.
    #[command(after_help = cmd::new::EXAMPLES)]
    New(cmd::new::NewArgs),
    /// Print a long-lived API token for the widget folder's integration
    /// (for curl and scripts, as a private integration's token).
    #[command(after_help = cmd::token::EXAMPLES)]
    Token(cmd::token::TokenArgs),
    /// Run the widget through every location it declares in headless
    /// Chromium and report each like `cargo test` (for CI).
    #[command(after_help = cmd::test::EXAMPLES)]
    Test(cmd::test::TestArgs),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let result = match cli.command {
        Command::Serve(args) => cmd::serve::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Pack(args) => cmd::pack::run(args),
        Command::New(args) => cmd::new::run(args),
        Command::Token(args) => cmd::token::run(args),
        Command::Test(args) => cmd::test::run(args),
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
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn,chromiumoxide=off"));
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

//! `amo-emu token <DIR>`: prints a long-lived access token for the widget
//! folder's integration, as a private integration's "Generate long-lived
//! token" button does, for `curl` and scripts. A `serve` of the folder,
//! running or started later, accepts it by its signature until the widget
//! is next disabled (which revokes it, as every token).

use std::path::PathBuf;

use super::integration::IntegrationArgs;
use super::CliError;
use crate::account::oauth::grants::long_lived_token;
use crate::account::store::now;
use crate::account::Account;

pub const EXAMPLES: &str = "\
Examples:
  amo-emu token ./my-widget                 a token for a year
  amo-emu token ./my-widget --days 30       a token for 30 days
  curl -H \"Authorization: Bearer $(amo-emu token ./my-widget)\" http://example.localhost:3030/api/v4/account";

/// amoCRM offers 1 day to 5 years.
const MAX_DAYS: u64 = 5 * 366;

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// How long the token lasts, in days (1 to 1830, as amoCRM offers).
    #[arg(long, default_value_t = 365, value_name = "N",
          value_parser = clap::value_parser!(u64).range(1..=MAX_DAYS))]
    pub days: u64,

    #[command(flatten)]
    pub integration: IntegrationArgs,
}

pub fn run(args: TokenArgs) -> Result<(), CliError> {
    super::serve::check_folder(&args.dir)?;
    let integration = args.integration.load(&args.dir, false)?;
    // Not recorded in the account state: a running `serve` owns that file,
    // and accepts the token by its signature (account::oauth::grants).
    let who = integration.principal(&Account::default());
    let token = long_lived_token(
        &integration.identity,
        &who,
        &integration.key,
        now(),
        args.days,
    );
    eprintln!(
        "a long-lived token for integration {} ({} days), for `Authorization: Bearer …`:",
        integration.identity.client_id, args.days
    );
    println!("{token}");
    Ok(())
}

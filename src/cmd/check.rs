//! `amo-emu check <DIR>`: every problem that would make amoCRM refuse the
//! widget or make it misbehave, rustc-style or as JSON. Exit 0 when clean
//! (warnings allowed), 1 on errors, 2 on usage errors.

use std::io::Write;
use std::path::PathBuf;

use clap::ValueEnum;

use crate::cmd::CliError;
use crate::widget::check::{self, Scope, RULES};
use crate::widget::{report, Severity};

pub const EXAMPLES: &str = "\
Examples:
  amo-emu check ./my-widget                 list problems, rustc-style
  amo-emu check ./my-widget --public        also what moderation rejects (console.*, eval, alert, …)
  amo-emu check ./my-widget --format json   one JSON document for CI and editors
  amo-emu check --rules                     print the rule table (code, severity, meaning)

Exit status: 0 when there are no errors (warnings allowed), 1 when amoCRM
would refuse the widget, 2 when the command line is wrong. `amo-emu serve`
shows the same diagnostics in the terminal and the page while you work.";

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR", required_unless_present = "rules")]
    pub dir: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// The widget will be public: also apply moderation's code rules.
    #[arg(long)]
    pub public: bool,

    /// Print the rule table and exit.
    #[arg(long)]
    pub rules: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub fn run(args: CheckArgs) -> Result<(), CliError> {
    if args.rules {
        for r in RULES {
            let sev = match r.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            println!("{}  {sev:<7}  {}", r.code, r.summary);
        }
        return Ok(());
    }
    let dir = args.dir.expect("clap requires DIR without --rules");
    let errors = run_check(&dir, args.format, args.public)?;
    match errors {
        0 => Ok(()),
        n => Err(CliError::failure(format!(
            "{} has {n} error{}",
            dir.display(),
            if n == 1 { "" } else { "s" }
        ))),
    }
}

/// Checks `dir`, prints the report to stdout, returns the error count.
/// Shared with `amo-emu pack`, which runs the same checks first.
pub fn run_check(dir: &std::path::Path, format: Format, public: bool) -> Result<usize, CliError> {
    if !dir.is_dir() {
        return Err(CliError::usage(
            format!("{} is not a folder", dir.display()),
            "pass the widget folder (the one holding manifest.json), e.g. amo-emu check ./my-widget",
        ));
    }
    let diagnostics = check::check_folder(
        dir,
        Scope {
            scan_script: true,
            public,
        },
    );
    let text = match format {
        Format::Human => report::human(dir, &diagnostics),
        Format::Json => {
            serde_json::to_string_pretty(&report::json(dir, &diagnostics))
                .map_err(|e| CliError::failure(e.to_string()))?
                + "\n"
        }
    };
    // A closed pipe (`| head`) is not an error of the check.
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if format == Format::Human {
        // Not the widget's problem, so not a diagnostic: a note on stderr.
        if let Ok(parts) = crate::widget::load_parts(dir) {
            for line in parts.manifest.locations_not_run() {
                eprintln!("note: amo-emu serve does not run location {line}");
            }
        }
    }
    Ok(report::counts(&diagnostics).0)
}

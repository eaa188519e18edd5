//! `amo-emu test <DIR>`: the widget run through every location it declares,
//! in headless Chromium, against the server `serve` runs (in this process,
//! on a free loopback port, with a temporary copy of the folder and a fresh
//! account state unless `--state` gives one). Each location is one case
//! ([`plan`]), run as a person would ([`drive`]) and reported like
//! `cargo test`, as JSON or as JUnit XML ([`report`]). Exit status: 0 all
//! passed, 1 a case failed, 2 a bad command line or no usable browser.

mod browser;
mod drive;
mod install;
pub mod page;
mod plan;
mod report;
mod timeline;

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Parser;
use serde_json::{Map, Value};

use super::serve::{self, ServeArgs};
use super::CliError;
use crate::account::store::STATE_DIR;
use crate::widget::Widget;

pub const EXAMPLES: &str = "\
Examples:
  amo-emu test ./my-widget                      every location the widget declares
  amo-emu test ./my-widget --only lcard         one location
  amo-emu test ./my-widget --junit report.xml   also JUnit XML for CI
  amo-emu test ./my-widget --format json        a JSON report on stdout

Install sends the values in <DIR>/.amo-emu/test.json ({\"field code\": value}),
or --settings FILE; a required field left out is filled and warned about.";

/// Where the settings values Install sends are read from by default.
const DEFAULT_SETTINGS: &str = "test.json";
/// Folders not copied into the temporary widget folder.
const NOT_COPIED: &[&str] = &[STATE_DIR, "node_modules", ".git", ".hg", ".svn"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct TestArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// The settings values Install sends, as JSON (field code → value).
    /// Default: DIR/.amo-emu/test.json when it exists.
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,

    /// Start from this account state (a state.json) instead of a fresh one.
    #[arg(long, value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Run only this location's case (settings, advanced_settings,
    /// digital_pipeline, lead_sources, salesbot_designer, widget_page, lcard,
    /// ccard, comcard, llist, clist, tlist).
    #[arg(long, value_name = "LOCATION")]
    pub only: Option<String>,

    /// How the report is printed on stdout.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// Also write the report as JUnit XML to FILE.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,

    /// The Chromium or Chrome to drive (default: CHROME or CHROMIUM in the
    /// environment, else chromium / google-chrome on PATH or where they install).
    #[arg(long, value_name = "PATH")]
    pub browser: Option<PathBuf>,
}

pub fn run(args: TestArgs) -> Result<(), CliError> {
    serve::check_folder(&args.dir)?;
    let browser = browser::find(args.browser.as_deref())
        .ok_or_else(|| CliError::usage("no Chromium or Chrome found", browser::HOW_TO_INSTALL))?;
    if !browser.is_file() {
        return Err(CliError::usage(
            format!("the browser {} does not exist", browser.display()),
            browser::HOW_TO_INSTALL,
        ));
    }
    let settings = read_settings(&args)?;
    let widget = Widget::load(&args.dir, None).map_err(|f| {
        let first = f
            .diagnostics
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        CliError::failure(format!("the widget does not load: {first}"))
    })?;
    let cases = plan::cases(&widget.manifest, args.only.as_deref());
    if cases.is_empty() {
        return Err(CliError::usage(
            format!(
                "the widget declares no location {:?}",
                args.only.unwrap_or_default()
            ),
            "see the locations in `amo-emu test --help`",
        ));
    }
    let (_copy, folder) = temporary_copy(&args.dir, args.state.as_deref())?;
    let server = serve::start_in_background(serve_args(&folder, widget.code.as_str()))?;
    let base = format!(
        "http://{}.localhost:{}",
        server.state.account.subdomain, server.port
    );
    let code = widget.code.to_string();
    let outcomes = tokio::runtime::Runtime::new()
        .map_err(|e| CliError::failure(e.to_string()))?
        .block_on(async {
            let driver = drive::Driver::launch(&browser, base, code.clone())
                .await
                .map_err(|e| CliError::usage(e, browser::HOW_TO_INSTALL))?;
            if !cases.contains(&plan::Case::Settings) {
                driver.install(&settings).await.map_err(CliError::failure)?;
            }
            let mut outcomes = Vec::new();
            for case in &cases {
                outcomes.push(driver.run(case, &settings).await);
            }
            driver.close().await;
            Ok::<_, CliError>(outcomes)
        })?;
    let text = match args.format {
        Format::Human => report::human(&code, &outcomes),
        Format::Json => {
            serde_json::to_string_pretty(&report::json(&code, &outcomes)).unwrap_or_default() + "\n"
        }
    };
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    if let Some(path) = &args.junit {
        std::fs::write(path, report::junit(&code, &outcomes))
            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
    }
    match report::counts(&outcomes).1 {
        0 => Ok(()),
        n => Err(CliError::failure(format!(
            "{n} case{} failed",
            if n == 1 { "" } else { "s" }
        ))),
    }
}

/// The values Install sends: `--settings`, else `.amo-emu/test.json`, else none.
fn read_settings(args: &TestArgs) -> Result<Map<String, Value>, CliError> {
    let default = args.dir.join(STATE_DIR).join(DEFAULT_SETTINGS);
    let path = match &args.settings {
        Some(p) => p.clone(),
        None if default.is_file() => default,
        None => return Ok(Map::new()),
    };
    let value: Value = crate::widget::read_json(&path).map_err(|d| {
        CliError::usage(
            d.to_string(),
            "the settings file is a JSON object: {\"field code\": value}",
        )
    })?;
    match value {
        Value::Object(m) => Ok(m),
        _ => Err(CliError::usage(
            format!("{} is not a JSON object", path.display()),
            "the settings file is a JSON object: {\"field code\": value}",
        )),
    }
}

/// A temporary copy of the widget folder (without its state, dependencies
/// and VCS folders), with `state` as its account state when given: the
/// temporary folder (removed when dropped) and the copy in it, under the
/// folder's own name.
fn temporary_copy(
    dir: &Path,
    state: Option<&Path>,
) -> Result<(tempfile::TempDir, PathBuf), CliError> {
    let fail = |e: std::io::Error| CliError::failure(format!("cannot copy {}: {e}", dir.display()));
    let tmp = tempfile::tempdir().map_err(fail)?;
    let name = dir
        .canonicalize()
        .map_err(fail)?
        .file_name()
        .map(|n| n.to_owned())
        .unwrap_or_else(|| "widget".into());
    let target = tmp.path().join(name);
    copy_dir(dir, &target).map_err(fail)?;
    if let Some(state) = state {
        std::fs::create_dir_all(target.join(STATE_DIR)).map_err(fail)?;
        std::fs::copy(state, target.join(STATE_DIR).join("state.json")).map_err(|e| {
            CliError::usage(
                format!("cannot read --state {}: {e}", state.display()),
                "pass a state.json written by amo-emu serve",
            )
        })?;
    }
    Ok((tmp, target))
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let name = entry.file_name();
        if NOT_COPIED.iter().any(|n| name == *n) {
            continue;
        }
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_dir(&entry.path(), &to.join(&name))?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

/// `serve`'s arguments for the run: a free port, loopback, the widget code
/// the original folder is served under (the copy's folder name may differ).
fn serve_args(folder: &Path, code: &str) -> ServeArgs {
    #[derive(Parser)]
    struct Wrap {
        #[command(flatten)]
        serve: ServeArgs,
    }
    let folder = folder.to_string_lossy().into_owned();
    Wrap::parse_from([
        "amo-emu-test",
        folder.as_str(),
        "--port",
        "0",
        "--code",
        code,
    ])
    .serve
}

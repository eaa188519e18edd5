//! `amo-emu new <NAME>`: a ready widget folder from the embedded template,
//! which `amo-emu check` passes and `amo-emu serve` runs and installs.

use std::path::PathBuf;

use crate::cmd::CliError;
use crate::widget::scaffold::{self, DEFAULT_LOCALES, DEFAULT_LOCATIONS};

pub const EXAMPLES: &str = "\
Examples:
  amo-emu new my-widget                                   locations: settings; locale: en
  amo-emu new my-widget --locale ru,en                    one i18n/<locale>.json each
  amo-emu new my-widget --locations settings,advanced_settings,lead_sources,digital_pipeline
  amo-emu new my-widget --locations settings,lcard-1      any amoCRM location

Then:
  amo-emu serve my-widget      open the printed URL, install it from its tile
  amo-emu check my-widget      what amoCRM's upload would say
  amo-emu pack my-widget       write widget.zip for the upload form";

#[derive(Debug, clap::Args)]
pub struct NewArgs {
    /// The folder to create; its name becomes the widget's title.
    #[arg(value_name = "NAME")]
    pub name: PathBuf,

    /// Where the widget runs (comma-separated amoCRM locations).
    #[arg(long, value_delimiter = ',', default_values_t = DEFAULT_LOCATIONS.iter().map(|s| s.to_string()))]
    pub locations: Vec<String>,

    /// Languages (comma-separated); one i18n/<locale>.json each.
    #[arg(long, value_delimiter = ',', default_values_t = DEFAULT_LOCALES.iter().map(|s| s.to_string()))]
    pub locale: Vec<String>,
}

pub fn run(args: NewArgs) -> Result<(), CliError> {
    let dir = &args.name;
    let occupied =
        dir.exists() && std::fs::read_dir(dir).map_or(true, |mut entries| entries.next().is_some());
    if occupied {
        return Err(CliError::usage(
            format!(
                "{} already exists and is not an empty folder",
                dir.display()
            ),
            "pick a new folder name; amo-emu new never overwrites files",
        ));
    }
    let title = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            CliError::usage(
                format!("{} has no folder name", dir.display()),
                "e.g. amo-emu new my-widget",
            )
        })?;
    let files = scaffold::build(&title, &args.locations, &args.locale).map_err(|e| {
        CliError::usage(
            e.to_string(),
            "locations: settings, advanced_settings, lead_sources, digital_pipeline, lcard-1, llist-0, …; locales: en, ru, es, pt",
        )
    })?;
    for f in &files {
        let path = dir.join(&f.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                CliError::failure(format!("cannot create {}: {e}", parent.display()))
            })?;
        }
        std::fs::write(&path, &f.bytes)
            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
        println!("  created {}", path.display());
    }
    println!(
        "widget {title:?} is ready. Next: amo-emu serve {d}   (then: amo-emu check {d}, amo-emu pack {d})",
        d = dir.display()
    );
    Ok(())
}

//! `amo-emu pack <DIR>`: runs the checks, refuses on errors (unless
//! `--force`), optionally bumps `widget.version`, and writes a deterministic
//! `widget.zip` with manifest.json at its root and only the widget's files.

use std::path::PathBuf;

use clap::ValueEnum;

use crate::cmd::check::{run_check, Format};
use crate::cmd::CliError;
use crate::widget::pack::{self, Bump};
use crate::widget::MANIFEST_FILE;

pub const EXAMPLES: &str = "\
Examples:
  amo-emu pack ./my-widget                      check, then write ./widget.zip
  amo-emu pack ./my-widget -o dist/widget.zip   write it elsewhere
  amo-emu pack ./my-widget --bump patch         1.0.3 → 1.0.4 in manifest.json first
  amo-emu pack ./my-widget --force              pack even though check found errors

Left out: dotfiles and dot-folders (.git/, .amo-emu/, .env), node_modules/,
editor temp files (~, .swp, .tmp, .bak), zips, and symlinks leading out of
the folder. The same folder always gives the same bytes (fixed dates and
order), so an unchanged widget packs to an identical archive. amoCRM caches
a widget's files by widget.version: bump it for every upload.";

#[derive(Debug, clap::Args)]
pub struct PackArgs {
    /// The widget folder (the one holding manifest.json).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,

    /// Where to write the archive (amoCRM's upload form wants it named widget.zip).
    #[arg(long, short, default_value = "widget.zip", value_name = "FILE")]
    pub output: PathBuf,

    /// Pack even when the checks find errors.
    #[arg(long)]
    pub force: bool,

    /// Increase widget.version in manifest.json before packing (the rest of
    /// the file stays byte-identical).
    #[arg(long, value_enum, value_name = "PART")]
    pub bump: Option<BumpArg>,

    /// The widget will be public: also apply moderation's code rules.
    #[arg(long)]
    pub public: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BumpArg {
    Patch,
    Minor,
    Major,
}

pub fn run(args: PackArgs) -> Result<(), CliError> {
    let dir = &args.dir;
    let errors = run_check(dir, Format::Human, args.public)?;
    if errors > 0 && !args.force {
        return Err(CliError {
            message: format!("not packing: the checks found {errors} error(s)"),
            hint: Some("fix them, or pack anyway with --force".into()),
            code: 1,
        });
    }
    if let Some(part) = args.bump {
        let path = dir.join(MANIFEST_FILE);
        let text = std::fs::read_to_string(&path)
            .map_err(|e| CliError::failure(format!("cannot read {}: {e}", path.display())))?;
        let part = match part {
            BumpArg::Patch => Bump::Patch,
            BumpArg::Minor => Bump::Minor,
            BumpArg::Major => Bump::Major,
        };
        let (edited, old, new) = pack::bump(&text, part).map_err(|m| CliError {
            message: m,
            hint: Some(format!(
                "edit {} by hand, or pack without --bump",
                path.display()
            )),
            code: 1,
        })?;
        std::fs::write(&path, edited)
            .map_err(|e| CliError::failure(format!("cannot write {}: {e}", path.display())))?;
        println!("widget.version {old} → {new}");
    }
    let (entries, skipped) = pack::collect(dir)
        .map_err(|e| CliError::failure(format!("cannot read {}: {e}", dir.display())))?;
    if !entries.iter().any(|e| e.name == MANIFEST_FILE) {
        return Err(CliError::usage(
            format!("{} has no {MANIFEST_FILE} to pack", dir.display()),
            "pass the widget folder itself",
        ));
    }
    let bytes = pack::zip(&entries)
        .map_err(|e| CliError::failure(format!("cannot build the archive: {e}")))?;
    if let Some(parent) = args.output.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| CliError::failure(format!("cannot create {}: {e}", parent.display())))?;
    }
    std::fs::write(&args.output, &bytes)
        .map_err(|e| CliError::failure(format!("cannot write {}: {e}", args.output.display())))?;

    let width = entries
        .iter()
        .map(|e| e.size.to_string().len())
        .max()
        .unwrap_or(1);
    for e in &entries {
        println!("  {:>width$}  {}", e.size, e.name);
    }
    for s in &skipped {
        println!("  left out {}: {}", s.name, s.why);
    }
    let total: u64 = entries.iter().map(|e| e.size).sum();
    println!(
        "packed {} file{} ({total} bytes) into {} ({} bytes)",
        entries.len(),
        if entries.len() == 1 { "" } else { "s" },
        args.output.display(),
        bytes.len()
    );
    Ok(())
}

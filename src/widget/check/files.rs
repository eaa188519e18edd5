//! Rules on the folder's files (docs/platform.md §1.2, §1.3): script.js, the logos, their
//! byte size and their pixel size (read from the file header).

use std::path::Path;

use super::codes;
use crate::widget::diagnostic::Diagnostic;
use crate::widget::logos;
use crate::widget::manifest::{Area, Manifest};

/// amoCRM's limit for each logo file (docs/platform.md §1.3: "at most 300 KB"); read as
/// KiB, the more lenient reading.
pub const MAX_IMAGE_BYTES: u64 = 300 * 1024;

/// When a logo is required.
#[derive(Clone, Copy, PartialEq)]
enum Needed {
    Always,
    WithDigitalPipeline,
}

/// The logos of docs/platform.md §1.3: file stem, documented pixel size, when required.
const LOGOS: &[(&str, (u32, u32), Needed)] = &[
    ("logo_main", (400, 272), Needed::Always),
    ("logo_small", (108, 108), Needed::Always),
    ("logo", (130, 100), Needed::Always),
    ("logo_medium", (240, 84), Needed::Always),
    ("logo_min", (84, 84), Needed::Always),
    ("logo_dp", (174, 109), Needed::WithDigitalPipeline),
];

pub const SCRIPT_FILE: &str = "script.js";

pub(super) fn check(dir: &Path, manifest: Option<&Manifest>, out: &mut Vec<Diagnostic>) {
    if !dir.join(SCRIPT_FILE).is_file() {
        out.push(
            Diagnostic::warning(dir.join(SCRIPT_FILE), "script.js is missing: none of the widget's JavaScript runs")
                .code(codes::SCRIPT_MISSING)
                .hint("amoCRM's structure page marks it required, Kommo's does not; a widget without it only shows its settings"),
        );
    }
    let dp = manifest.is_some_and(|m| m.has_location(Area::DigitalPipeline));
    for &(stem, (w, h), needed) in LOGOS {
        let Some(file) = logos::find(dir, stem) else {
            if needed == Needed::Always || dp {
                let why = match needed {
                    Needed::Always => "amoCRM requires it",
                    Needed::WithDigitalPipeline => {
                        "the digital_pipeline location needs it for the trigger tile"
                    }
                };
                out.push(
                    Diagnostic::error(
                        dir.join("images").join(format!("{stem}.png")),
                        format!("images/{stem}.png is missing; {why}"),
                    )
                    .code(codes::LOGO_MISSING)
                    .hint(format!(
                        "add a {w}×{h} px PNG (jpeg and gif are accepted too), at most 300 KB"
                    )),
                );
            }
            continue;
        };
        check_image(&file, (w, h), out);
    }
}

fn check_image(file: &Path, (w, h): (u32, u32), out: &mut Vec<Diagnostic>) {
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0);
    if bytes > MAX_IMAGE_BYTES {
        out.push(
            Diagnostic::error(
                file,
                format!(
                    "the logo is {} KB; amoCRM's limit is 300 KB",
                    bytes.div_ceil(1024)
                ),
            )
            .code(codes::IMAGE_TOO_LARGE)
            .hint("export it smaller (a flat PNG at the documented size is a few KB)"),
        );
    }
    match imagesize::size(file) {
        Ok(size) if (size.width, size.height) == (w as usize, h as usize) => {}
        Ok(size) => out.push(
            Diagnostic::warning(file, format!("the logo is {}×{} px; amoCRM documents {w}×{h} px", size.width, size.height))
                .code(codes::LOGO_DIMENSIONS)
                .hint(format!("whether the upload refuses another size is unconfirmed; amoCRM shows it in a {w}×{h} box")),
        ),
        Err(e) => out.push(
            Diagnostic::warning(file, format!("cannot read the logo's pixel size ({e})"))
                .code(codes::LOGO_DIMENSIONS)
                .hint("save it as a real PNG, JPEG or GIF"),
        ),
    }
}

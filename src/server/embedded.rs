//! The emulator's own browser files (runtime, vendored libraries, CSS) and
//! the platform's system templates (`/tmpl/controls/*.twig`), embedded in the
//! binary so `amo-emu` is one file to install; served by `routes::assets`.
//!
//! Pages link them under [`asset_base`], a path that carries a fingerprint
//! of all of them, so the browser may keep them without asking again: a page
//! reload (every live reload) then costs the widget's own files, not forty
//! revalidations of jQuery and the runtime.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "assets/"]
#[exclude = "*.md"]
pub struct Assets;

/// `/amo-emu/assets-<fingerprint>/`: where pages link the assets from. The
/// fingerprint covers every embedded file's path and SHA-256, which
/// rust-embed computes at build time (release), so no body is hashed here.
pub fn asset_base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let mut h = DefaultHasher::new();
        for path in Assets::iter() {
            path.hash(&mut h);
            if let Some(file) = Assets::get(&path) {
                file.metadata.sha256_hash().hash(&mut h);
            }
        }
        format!("/amo-emu/assets-{:012x}/", h.finish() & 0xffff_ffff_ffff)
    })
}

/// The runtime's shared ES modules (all small), for `<link rel="modulepreload">`:
/// the browser then fetches them in parallel instead of level by level.
pub fn runtime_modules() -> Vec<String> {
    let mut modules: Vec<String> = Assets::iter()
        .filter(|p| p.starts_with("runtime/") && p.ends_with(".js"))
        .filter(|p| !p.starts_with("runtime/amd/") && !p.starts_with("runtime/pages/"))
        .map(|p| format!("{}{p}", asset_base()))
        .collect();
    modules.sort();
    modules
}

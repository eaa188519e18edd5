//! The emulator's own browser files (runtime, vendored libraries, CSS) and
//! the platform's system templates (`/tmpl/controls/*.twig`), embedded in the
//! binary so `amo-emu` is one file to install; served by `routes::assets`.
//!
//! Pages link them under [`asset_base`], a path that carries a fingerprint
//! of all of them, so the browser may keep them without asking again: a page
//! reload (every live reload) then costs the widget's own files, not forty
//! revalidations of jQuery and the runtime.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap};
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

/// The ES modules every page with a runtime loads as `<script type="module">`
/// besides its entry (`templates/base.html`), in that order; the
/// inspector's only with the inspector on.
const PAGE_SCRIPTS: [&str; 4] = [
    "runtime/net/observe.js",
    "runtime/net/account-address.js",
    INSPECTOR_SCRIPT,
    "runtime/live/client.js",
];
const INSPECTOR_SCRIPT: &str = "runtime/inspector/main.js";

/// The runtime modules a page whose entry is `runtime/<entry>` loads before
/// its code runs, for `<link rel="modulepreload">`: its module scripts and
/// everything they import (but the entry itself), so the browser fetches them in parallel instead
/// of level by level, and nothing the page does not import (the
/// inspector's panel, imported once the widget has started, is not in it).
/// Computed once per page kind from the embedded files.
pub fn page_modules(entry: &str, inspector: bool) -> Vec<String> {
    /// Per (entry, inspector on): the page's list.
    type Lists = HashMap<(String, bool), Vec<String>>;
    static LISTS: OnceLock<std::sync::Mutex<Lists>> = OnceLock::new();
    let lists = LISTS.get_or_init(Default::default);
    let mut lists = lists.lock().unwrap_or_else(|e| e.into_inner());
    lists
        .entry((entry.to_owned(), inspector))
        .or_insert_with(|| {
            let roots = PAGE_SCRIPTS
                .iter()
                .filter(|s| inspector || **s != INSPECTOR_SCRIPT)
                .map(|s| s.to_string())
                .chain(std::iter::once(format!("runtime/{entry}")));
            let own = format!("runtime/{entry}");
            import_closure(roots, |path| {
                Assets::get(path).map(|f| String::from_utf8_lossy(&f.data).into_owned())
            })
            .into_iter()
            // The template links the entry first, on its own.
            .filter(|p| *p != own)
            .map(|p| format!("{}{p}", asset_base()))
            .collect()
        })
        .clone()
}

/// `roots` and every module they import statically, transitively (paths
/// relative to the assets folder, sorted); `source` reads a module.
fn import_closure(
    roots: impl IntoIterator<Item = String>,
    source: impl Fn(&str) -> Option<String>,
) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = roots.into_iter().collect();
    while let Some(path) = todo.pop() {
        if !seen.insert(path.clone()) {
            continue;
        }
        let Some(text) = source(&path) else { continue };
        let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
        for spec in static_imports(&text) {
            if let Some(resolved) = resolve(dir, spec) {
                todo.push(resolved);
            }
        }
    }
    seen.into_iter().collect()
}

/// The relative specifiers of a module's static imports and re-exports
/// (`import … from './x.js'`, `import './x.js'`, `export … from '../y.js'`;
/// not `import('./z.js')`, which loads later). A plain scan for `from '…'`
/// and `import '…'`: a specifier that only looks like one (in a comment)
/// costs a preload, a missed one a round trip; neither changes behaviour.
fn static_imports(text: &str) -> Vec<&str> {
    let mut specs = Vec::new();
    for keyword in ["from", "import"] {
        let mut rest = text;
        while let Some(at) = rest.find(keyword) {
            let after = rest[at + keyword.len()..].trim_start();
            let word_start = at == 0
                || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '.');
            rest = &rest[at + keyword.len()..];
            if !word_start {
                continue;
            }
            let Some(quote) = after.chars().next().filter(|c| *c == '\'' || *c == '"') else {
                continue;
            };
            let body = &after[1..];
            if let Some(end) = body.find(quote) {
                let spec = &body[..end];
                if spec.starts_with("./") || spec.starts_with("../") {
                    specs.push(spec);
                }
            }
        }
    }
    specs
}

/// `spec` resolved against the folder `dir` (both relative to the assets
/// folder); None if it climbs out of it.
fn resolve(dir: &str, spec: &str) -> Option<String> {
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for part in spec.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            name => parts.push(name),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn imports_are_found_in_every_form() {
        let text = "import { a,\n  b } from './a.js';\nimport './b.js';\nexport { c } from \"../c.js\";\nconst x = import('./late.js');\nimport { boot } from 'bare';\n// imported from elsewhere\n";
        let mut found = static_imports(text);
        found.sort();
        assert_eq!(found, ["../c.js", "./a.js", "./b.js"]);
    }

    #[test]
    fn specifiers_resolve_against_the_module() {
        assert_eq!(
            resolve("runtime/pages", "../core/boot.js").unwrap(),
            "runtime/core/boot.js"
        );
        assert_eq!(
            resolve("runtime", "./setup.js").unwrap(),
            "runtime/setup.js"
        );
        assert_eq!(resolve("runtime", "../../x.js"), None);
    }

    /// Every page kind's list: its module scripts and entry, what they
    /// import, only modules that exist, and not what only another page uses.
    #[test]
    fn each_page_preloads_what_it_imports() {
        for entry in [
            "pages/crm.js",
            "pages/marketplace.js",
            "pages/advanced-settings.js",
            "pages/digital-pipeline.js",
            "pages/salesbot-designer.js",
            "pages/widget-page.js",
        ] {
            for inspector in [true, false] {
                let list = page_modules(entry, inspector);
                let base = asset_base();
                for module in &list {
                    let path = module.strip_prefix(base).unwrap();
                    assert!(
                        Assets::get(path).is_some(),
                        "{entry}: {path} is not embedded"
                    );
                }
                let has = |p: &str| list.iter().any(|m| m.ends_with(p));
                for needed in [
                    "runtime/net/observe.js",
                    "runtime/live/client.js",
                    "runtime/core/platform.js",
                    "runtime/setup.js",
                ] {
                    assert!(has(needed), "{entry}: {needed} missing");
                }
                assert_eq!(has("runtime/inspector/guards.js"), inspector, "{entry}");
                assert!(
                    !has("runtime/inspector/panel.js"),
                    "{entry}: the panel loads later"
                );
            }
        }
        let card = page_modules("pages/crm.js", true);
        assert!(card.iter().any(|m| m.ends_with("runtime/ui/crm-card.js")));
        assert!(!card.iter().any(|m| m.ends_with("runtime/ui/dp-actions.js")));
        assert!(!card
            .iter()
            .any(|m| m.ends_with("runtime/ui/salesbot-run.js")));
        let designer = page_modules("pages/salesbot-designer.js", false);
        assert!(designer
            .iter()
            .any(|m| m.ends_with("runtime/ui/salesbot-run.js")));
    }
}

//! The AMD module ids a widget may `require` that amo-emu does not provide,
//! and what to tell the developer when one is required (docs/platform.md §4.2).
//!
//! Two kinds exist. amoCRM's own internals (`lib/pages/list`, `lib/core/page`,
//! `lib/common/fn`, every `lib/...` other than the modal) are the platform's
//! private code: nothing public documents them, so nothing can emulate them.
//! And a documented library id that no npm package plausibly backs
//! (`colorpicker`). Every other documented id is a vendored library (see
//! `assets/runtime/core/platform-modules.js`). The runtime sends both kinds
//! here instead of letting RequireJS fail with a bare script error.

/// Documented platform module ids with no npm package known to back them:
/// the npm package `colorpicker` is an empty placeholder, and amoCRM's
/// picker is undocumented (which jQuery plugin it is is UNCONFIRMED).
pub const WITHOUT_PACKAGE: &[&str] = &["colorpicker"];

/// The prefix of amoCRM's internal module ids.
pub const INTERNAL_PREFIX: &str = "lib/";

/// The prefix real widgets also use for the platform's libraries
/// (`vendor/underscore`); the runtime maps the known ones to the library,
/// so any that reaches the server is one amo-emu does not have.
pub const VENDOR_PREFIX: &str = "vendor/";

/// Longest module id accepted; real ids are a few dozen characters.
pub const MAX_ID_LEN: usize = 200;

/// Why a required module is not there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// One of amoCRM's internal modules (`lib/...`).
    Internal,
    /// A documented library no npm package backs.
    WithoutPackage,
}

/// Which kind of missing module `id` is, or `None` when amo-emu does not
/// route it here (an unknown id, or a malformed one).
pub fn classify(id: &str) -> Option<Missing> {
    if !is_plain_id(id) {
        return None;
    }
    if id.starts_with(INTERNAL_PREFIX) {
        Some(Missing::Internal)
    } else if WITHOUT_PACKAGE.contains(&id) || id.starts_with(VENDOR_PREFIX) {
        Some(Missing::WithoutPackage)
    } else {
        None
    }
}

/// Letters, digits, `_`, `-`, `.` and `/`-separated segments, none empty or
/// `.`/`..`: what an AMD id looks like, and nothing a message or a URL could
/// be tricked with.
fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        })
}

/// The message shown in the terminal and the page. `required_by` is the
/// widget file that asked for it (as the runtime saw it), if known.
pub fn message(id: &str, kind: Missing, required_by: Option<&str>) -> String {
    let by = required_by
        .filter(|f| !f.is_empty())
        .map(|f| format!(", required by {f},"))
        .unwrap_or_default();
    match kind {
        Missing::Internal => format!(
            "amoCRM's internal module {id}{by} is not emulated by amo-emu: it is the platform's private code, with no public documentation to emulate it from"
        ),
        Missing::WithoutPackage => format!(
            "the platform module {id}{by} is not emulated by amo-emu: no npm package is known to back it"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_and_packageless_ids_are_classified() {
        assert_eq!(classify("lib/pages/list"), Some(Missing::Internal));
        assert_eq!(classify("lib/common/fn"), Some(Missing::Internal));
        assert_eq!(classify("colorpicker"), Some(Missing::WithoutPackage));
        assert_eq!(classify("vendor/something"), Some(Missing::WithoutPackage));
        assert_eq!(classify("backbone"), None);
    }

    #[test]
    fn malformed_ids_are_not_routed() {
        for id in [
            "",
            "lib/../x",
            "lib//x",
            "lib/x y",
            "lib/<script>",
            "lib/\u{0}",
        ] {
            assert_eq!(classify(id), None, "{id:?}");
        }
        assert_eq!(classify(&format!("lib/{}", "a".repeat(MAX_ID_LEN))), None);
    }

    #[test]
    fn the_message_names_the_module_and_the_requiring_file() {
        let text = message("lib/pages/list", Missing::Internal, Some("script.js"));
        assert!(text.starts_with(
            "amoCRM's internal module lib/pages/list, required by script.js, is not emulated"
        ));
        let text = message("colorpicker", Missing::WithoutPackage, None);
        assert!(text.starts_with("the platform module colorpicker is not emulated"));
    }
}

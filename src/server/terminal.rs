//! What reaches the developer's terminal from outside the server: notices
//! printed once each, and text a page (or a remote answer) supplied, made
//! safe to print. Every route that prints such text goes through
//! [`terminal_safe`], so there is one rule for what may reach the terminal.
//! What has been printed is remembered in `server::notices`; this module
//! prints and does not decide what a notice says.

use crate::server::notices::Seen;
use crate::server::state::AppState;

/// Prints `line` to the terminal unless `key` was printed before; true if
/// it printed. Shared by the page's notices and those the server raises.
pub fn print_once(state: &AppState, key: &str, line: &str) -> bool {
    match state.notices.first(key) {
        Seen::New => {
            tracing::warn!("{}", terminal_safe(line));
            true
        }
        Seen::JustFull => {
            tracing::warn!(
                "too many different notices from the page; further ones are shown in the page only"
            );
            false
        }
        Seen::Again | Seen::Full => false,
    }
}

/// `text` with control characters escaped (`\u{1b}`, `\n`), so a page
/// cannot send escape sequences to the developer's terminal, and what it
/// sent stays visible in the line.
pub fn terminal_safe(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_control() {
                c.escape_default().collect::<Vec<_>>()
            } else {
                vec![c]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_are_neutralised() {
        assert_eq!(terminal_safe("a\u{1b}[31mb\nc"), "a\\u{1b}[31mb\\nc");
        assert_eq!(terminal_safe("plain – ok"), "plain – ok");
    }
}

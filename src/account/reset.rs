//! Forgetting one widget in the emulated account, so its first-install flow
//! can be replayed: it is uninstalled, its saved settings values, its lead
//! sources and its Digital Pipeline actions are deleted. Pure: the caller
//! applies it through [`crate::account::Store::update`].

use std::fmt;

use super::AccountState;

/// What a reset removed, for the terminal and the page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub was_installed: bool,
    pub values: usize,
    pub sources: usize,
    pub dp_actions: usize,
}

/// Removes everything the account holds about widget `code`.
pub fn forget_widget(state: &mut AccountState, code: &str) -> Forgotten {
    let widget = state.widgets.remove(code).unwrap_or_default();
    let sources_before = state.sources.items.len();
    state.sources.items.retain(|s| s.widget_code != code);
    let triggers_before = state.dp_triggers.items.len();
    state.dp_triggers.items.retain(|t| t.widget_code != code);
    Forgotten {
        was_installed: widget.installed,
        values: widget.settings.len(),
        sources: sources_before - state.sources.items.len(),
        dp_actions: triggers_before - state.dp_triggers.items.len(),
    }
}

impl fmt::Display for Forgotten {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}; {} stored value(s), {} lead source(s) and {} Digital Pipeline action(s) deleted",
            if self.was_installed {
                "uninstalled"
            } else {
                "was not installed"
            },
            self.values,
            self.sources,
            self.dp_actions
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::WidgetState;

    #[test]
    fn forgets_only_the_named_widget() {
        let mut state = AccountState::default();
        let mut installed = WidgetState {
            installed: true,
            ..WidgetState::default()
        };
        installed.settings.insert("login".into(), "anna".into());
        state.widgets.insert("mine".into(), installed.clone());
        state.widgets.insert("other".into(), installed);
        let gone = forget_widget(&mut state, "mine");
        assert_eq!(
            gone,
            Forgotten {
                was_installed: true,
                values: 1,
                sources: 0,
                dp_actions: 0
            }
        );
        assert!(!state.widgets.contains_key("mine"));
        assert!(state.widgets.contains_key("other"));
        assert_eq!(forget_widget(&mut state, "mine"), Forgotten::default());
    }
}

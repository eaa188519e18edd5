//! Resetting the emulated account. [`forget_widget`] forgets one widget,
//! so its first-install flow can be replayed: it is uninstalled, its saved
//! settings values, its lead sources, its Digital Pipeline actions and its
//! Salesbots are deleted, and what the account granted its integration is revoked. [`restore_records`] brings the CRM records back to the fixture
//! (leads, contacts, companies, tasks, notes, history), keeping the ids
//! given so far so none is given twice, and the webhook subscriptions.
//! No I/O: the caller applies them through [`crate::account::Store::update`].

use std::fmt;

use super::AccountState;

/// What a reset removed, for the terminal and the page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    pub was_installed: bool,
    pub values: usize,
    pub sources: usize,
    pub dp_actions: usize,
    pub salesbots: usize,
}

/// Removes everything the account holds about widget `code`.
pub fn forget_widget(state: &mut AccountState, code: &str) -> Forgotten {
    let widget = state.widgets.remove(code).unwrap_or_default();
    state.oauth.revoke_all(super::store::now());
    let sources_before = state.sources.items.len();
    state.sources.items.retain(|s| s.widget_code != code);
    let triggers_before = state.dp_triggers.items.len();
    state.dp_triggers.items.retain(|t| t.widget_code != code);
    let salesbots = state.salesbots.forget_widget(code);
    Forgotten {
        salesbots,
        was_installed: widget.installed,
        values: widget.settings.len(),
        sources: sources_before - state.sources.items.len(),
        dp_actions: triggers_before - state.dp_triggers.items.len(),
    }
}

/// What a records reset removed, for the terminal and the page.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Restored {
    /// Whether anything differed from the fixture.
    pub changed: bool,
    pub notes: usize,
    pub events: usize,
}

/// Brings the records back to the fixture.
pub fn restore_records(state: &mut AccountState) -> Restored {
    let out = Restored {
        changed: !state.entities.is_default(),
        notes: state.entities.notes.len(),
        events: state.history.events.len(),
    };
    state.entities = Default::default();
    // The sequence stays, so an event id is never given twice either.
    state.history.events.clear();
    out
}

impl fmt::Display for Restored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.changed && self.events == 0 {
            return write!(f, "the records were already the fixture's");
        }
        write!(
            f,
            "records back to the fixture; {} note(s) and {} history event(s) deleted",
            self.notes, self.events
        )
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
        )?;
        if self.salesbots > 0 {
            write!(f, "; {} Salesbot(s) deleted", self.salesbots)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::WidgetState;

    #[test]
    fn restoring_records_keeps_the_ids_given() {
        let mut state = AccountState::default();
        state.entities.leads[0].name = "Edited".into();
        state.ids.set("leads", 99_999_999);
        state.history.record(
            "lead_added",
            crate::account::entities::EntityKind::Leads,
            1,
            1,
            1,
            serde_json::json!([]),
            serde_json::json!([]),
        );
        let r = restore_records(&mut state);
        assert!(r.changed);
        assert_eq!(r.events, 1);
        assert!(state.entities.is_default() && state.history.events.is_empty());
        assert_eq!(state.ids.last("leads"), 99_999_999);
        assert_eq!(state.history.last_seq, 1);
    }

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
                dp_actions: 0,
                salesbots: 0
            }
        );
        assert!(!state.widgets.contains_key("mine"));
        assert!(state.widgets.contains_key("other"));
        assert_eq!(forget_widget(&mut state, "mine"), Forgotten::default());
    }
}

//! The edit–reload loop, as the story of a save: the watcher reports
//! changed files ([`files_changed`]); the folder is read again into a new
//! snapshot, which becomes current for every request at once; the tabs are
//! told how to catch up (the lightest way that is still correct: a
//! stylesheet swap, a code swap, a page reload, or the overlay through the
//! live-reload status); the terminal prints the diagnostics when they
//! change. [`start`] does the first read, before the server answers.
//!
//! This module is the glue between `watch` and `server`: the server holds
//! what it decides (`server::state`) and knows nothing of the watcher.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::account::Store;
use crate::live_reload::{CodeUpdates, Message, Status};
use crate::server::state::{AppState, FolderSnapshot, ServerConfig};
use crate::watch::{Change, ChangeKind};
use crate::widget::{DiagnosticView, Widget, WidgetCode};

/// Reads the folder for the first time and builds the server state around
/// that snapshot (so no request ever sees a placeholder).
pub fn start(config: ServerConfig, store: Store) -> AppState {
    let snapshot = Arc::new(read_folder(&config));
    let state = AppState::new(config, store, snapshot.clone());
    make_current(&state, snapshot);
    state
}

/// Reacts to changed files: reads the folder again and tells the tabs how
/// to catch up (an overlay for a folder that no longer loads).
pub fn files_changed(state: &AppState, changes: &[Change]) {
    let names: Vec<&str> = changes.iter().map(|c| c.path.as_str()).collect();
    let was_ok = state.widget().result.is_ok();
    let snapshot = Arc::new(read_folder(&state.config));
    // An error reaches the tabs through the status this sets.
    make_current(state, snapshot.clone());
    let (message, outcome) = match &snapshot.result {
        Err(_) => (None, "the widget does not load (overlay shown)"),
        Ok(_) => {
            let message = message_for(changes, !was_ok, state.config.code_updates);
            let outcome = match &message {
                Message::Css { .. } => "stylesheet swapped",
                Message::Images { .. } => "images refreshed",
                Message::Code { .. } => "code swapped in place",
                _ => "reload",
            };
            (Some(message), outcome)
        }
    };
    tracing::info!("changed: {} → {outcome}", names.join(", "));
    if let Some(message) = message {
        state.live.publish(message);
    }
}

/// Makes a snapshot (and the status the tabs see) current; prints its
/// diagnostics if they changed.
fn make_current(state: &AppState, snapshot: Arc<FolderSnapshot>) {
    report(state, &snapshot);
    state.live.set_status(match &snapshot.result {
        Ok(_) => Status::Ok,
        Err(f) => Status::Error {
            diagnostics: f.diagnostics.iter().map(DiagnosticView::from).collect(),
        },
    });
    state.set_widget(snapshot);
}

/// One read of the folder, served under the code it names (or, when it does
/// not load, the code the command line or the folder name gives).
fn read_folder(config: &ServerConfig) -> FolderSnapshot {
    let result = Widget::load(&config.dir, config.code_override.as_ref()).map(Arc::new);
    let code = match &result {
        Ok(w) => w.code.clone(),
        Err(_) => config
            .code_override
            .clone()
            .unwrap_or_else(|| WidgetCode::from_folder(&config.dir)),
    };
    FolderSnapshot { code, result }
}

/// Prints the widget's diagnostics to the terminal when they change, so
/// the terminal shows a problem once, not on every save.
fn report(state: &AppState, snapshot: &FolderSnapshot) {
    let diagnostics = match &snapshot.result {
        Ok(w) => &w.diagnostics,
        Err(f) => &f.diagnostics,
    };
    let mut h = DefaultHasher::new();
    for d in diagnostics {
        d.to_string().hash(&mut h);
    }
    // Never 0, which means "nothing printed yet".
    let fingerprint = h.finish() | 1;
    let mut last = state
        .last_reported
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if *last == fingerprint {
        return;
    }
    let first = *last == 0;
    *last = fingerprint;
    match &snapshot.result {
        Err(_) => tracing::error!(
            "the widget in {} cannot be loaded:",
            state.config.dir.display()
        ),
        Ok(_) if !diagnostics.is_empty() => tracing::warn!("the widget loaded with warnings:"),
        Ok(_) if !first => tracing::info!("the widget loads cleanly again"),
        Ok(_) => {}
    }
    for d in diagnostics {
        eprintln!("{d}");
    }
}

/// How tabs catch up with `changes` in a widget folder that loads:
/// stylesheets alone are swapped, images alone refreshed; the widget's
/// own code is swapped in place (or the page reloaded, per `code`).
/// The manifest and translations, which shape the page around the
/// widget, and recovering from an error always reload the page.
pub fn message_for(changes: &[Change], recovered: bool, code: CodeUpdates) -> Message {
    let paths: Vec<String> = changes.iter().map(|c| c.path.clone()).collect();
    let all = |kind: ChangeKind| !changes.is_empty() && changes.iter().all(|c| c.kind == kind);
    let reshapes_page = changes
        .iter()
        .any(|c| matches!(c.kind, ChangeKind::Manifest | ChangeKind::Translation));
    if recovered {
        Message::Reload { paths }
    } else if all(ChangeKind::Style) {
        Message::Css { paths }
    } else if all(ChangeKind::Image) {
        Message::Images { paths }
    } else if reshapes_page || code == CodeUpdates::ReloadPage {
        Message::Reload { paths }
    } else {
        Message::Code { paths }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_lightest_way_to_catch_up() {
        use CodeUpdates::{ReloadPage, SwapInPlace};
        let ch = |p: &str| Change::new(std::path::Path::new(p));
        let kind = |changes: &[Change], code| match message_for(changes, false, code) {
            Message::Reload { .. } => "reload",
            Message::Code { .. } => "code",
            Message::Css { .. } => "css",
            Message::Images { .. } => "images",
            other => panic!("{other:?}"),
        };
        let css = [ch("style.css"), ch("css/extra.css")];
        assert_eq!(
            message_for(&css, false, SwapInPlace),
            Message::Css {
                paths: vec!["style.css".into(), "css/extra.css".into()]
            }
        );
        assert_eq!(
            message_for(&[ch("images/a.png")], false, SwapInPlace),
            Message::Images {
                paths: vec!["images/a.png".into()]
            }
        );
        let cases: [(&[Change], &str, &str); 8] = [
            (&[ch("script.js")], "code", "reload"),
            (&[ch("lib/helper.js")], "code", "reload"),
            (&[ch("templates/x.twig")], "code", "reload"),
            (&[ch("data/options.json")], "code", "reload"),
            (&[ch("style.css"), ch("script.js")], "code", "reload"),
            (
                &[ch("images/a.png"), ch("templates/x.twig")],
                "code",
                "reload",
            ),
            (&[ch("manifest.json"), ch("script.js")], "reload", "reload"),
            (&[ch("i18n/en.json")], "reload", "reload"),
        ];
        for (changes, swap, reload) in cases {
            assert_eq!(kind(changes, SwapInPlace), swap, "{changes:?}");
            assert_eq!(
                kind(changes, ReloadPage),
                reload,
                "{changes:?} with --no-hot"
            );
        }
        assert!(
            matches!(
                message_for(&[ch("script.js")], true, SwapInPlace),
                Message::Reload { .. }
            ),
            "recovering reloads"
        );
        assert!(
            matches!(message_for(&css, true, SwapInPlace), Message::Reload { .. }),
            "recovering reloads"
        );
    }
}

//! amo-emu: a local emulator of the amoCRM / Kommo integrations UI.
//!
//! Data flows one way: the widget folder is parsed into a [`widget::Widget`],
//! held in the server state, rendered into pages and JSON, run by the browser
//! runtime, and the user's actions land in the [`account`] store.

pub mod account;
pub mod cli;
pub mod cmd;
pub mod dev;
pub mod live_reload;
pub mod server;
pub mod validation;
pub mod views;
pub mod watch;
pub mod widget;

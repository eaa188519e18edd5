//! amo-emu's choices where the Salesbot docs are silent (docs/salesbot.md
//! marks each UNCONFIRMED), in one place; each has a row in the README's
//! "Where amo-emu knowingly differs" table.

/// How long a run waits for `continue` after a `widget_request` when
/// `serve --salesbot-wait` is not given, in seconds. amoCRM documents no
/// limit.
pub const DEFAULT_WAIT_SECS: u64 = 120;

/// The number `goto` gives the first step: the array index, from 0.
pub const FIRST_STEP: u64 = 0;

/// The first bot id and the first `continue_id` (plain increasing numbers,
/// as amoCRM's ids are).
pub const FIRST_BOT_ID: u64 = 8_101;
pub const FIRST_CONTINUE_ID: u64 = 510_001;

/// A `continue` that breaks a documented limit gets amoCRM's usual
/// validation answer (400, `validation-errors`): the docs give the limits,
/// not the answer (`server/routes/salesbot_api.rs`).
/// The status of a `continue` whose id no run waits on (unknown, already
/// used, or the run gave up).
pub const UNKNOWN_CONTINUE_STATUS: u16 = 404;

//! One module per subcommand.

pub mod check;
pub mod new;
pub mod pack;
pub mod serve;

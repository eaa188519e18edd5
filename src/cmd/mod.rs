//! One module per subcommand, each with its `XxxArgs` (clap) and `run()`;
//! `cli.rs` lists them. They share only [`CliError`].

pub mod check;
mod error;
pub mod integration;
pub mod new;
pub mod pack;
pub mod serve;
pub mod test;
pub mod token;

pub use error::CliError;

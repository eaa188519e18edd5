//! One module per subcommand, each with its `XxxArgs` (clap) and `run()`;
//! `cli.rs` lists them. They share only [`CliError`].

mod error;
pub mod serve;

pub use error::CliError;

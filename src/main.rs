//! `amo-emu` binary: hands over to `amo_emu::cli::main`, which parses the
//! command line, sets up logging, runs the subcommand and turns the outcome
//! into an exit code. All of it lives in the library so tests can drive the
//! same code in-process.

use std::process::ExitCode;

fn main() -> ExitCode {
    amo_emu::cli::main()
}

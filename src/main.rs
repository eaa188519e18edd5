//! `amo-emu` binary: parse the command line, set up logging, run, and turn the
//! outcome into an exit code. Everything else lives in the library so tests can
//! drive the same code in-process.

use std::process::ExitCode;

fn main() -> ExitCode {
    amo_emu::cli::main()
}

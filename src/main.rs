//! The `ggegraph` command line: argument parsing, printing and exit codes. All work is
//! done by the library.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("ggegraph: {err:#}");
            ExitCode::from(cli::exit_code(&err))
        }
    }
}

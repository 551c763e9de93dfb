//! The `ggegraph` command line: argument parsing, printing and exit codes. All work is
//! done by the library.

mod cli;

use clap::Parser;
use std::process::ExitCode;

/// Exit code after Ctrl-C, SIGTERM or SIGHUP (128 + SIGINT, as shells report Ctrl-C).
const INTERRUPTED: i32 = 130;

fn main() -> ExitCode {
    // SIGINT, SIGTERM and SIGHUP end the process without unwinding, so destructors that
    // would delete the temporary files of atomic writes never run: the handler deletes
    // them itself. Failing to install it (a handler already set by an embedding process)
    // is harmless.
    let _ = ctrlc::set_handler(|| {
        ggegraph::atomic::remove_pending();
        eprintln!(
            "ggegraph: interrupted; files being written were removed, earlier ones are complete"
        );
        std::process::exit(INTERRUPTED);
    });
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!(
                "ggegraph: {}",
                ggegraph::terminal::escape_line(&format!("{err:#}"))
            );
            ExitCode::from(cli::exit_code(&err))
        }
    }
}

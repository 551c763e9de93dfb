//! The `ggegraph` command line: argument parsing, printing and exit codes. All work is
//! done by the library.

mod cli;

use clap::Parser;
use std::process::ExitCode;

/// Exit code after Ctrl-C, SIGTERM or SIGHUP (128 + SIGINT, as shells report Ctrl-C).
const INTERRUPTED: i32 = 130;

fn main() -> ExitCode {
    // First, before anything opens a file: a closed standard stream gets /dev/null, so no
    // file takes its descriptor, and a closed stdout makes writing the answer an error.
    ggegraph::atomic::guard_standard_streams();
    // SIGINT, SIGTERM and SIGHUP end the process without unwinding, so destructors that
    // would delete the temporary files of atomic writes never run: the handler deletes
    // them itself. Failing to install it (a handler already set by an embedding process)
    // is harmless. The handler runs on a thread of its own: where no thread can be
    // started, it is not installed (it would catch the signals and leave them unheard),
    // and the signals keep their default action.
    let can_start_threads = std::thread::Builder::new()
        .spawn(|| ())
        .is_ok_and(|t| t.join().is_ok());
    if can_start_threads {
        let _ = ctrlc::set_handler(|| {
            ggegraph::atomic::remove_pending();
            eprintln!(
                "ggegraph: interrupted; files being written were removed, earlier ones are complete"
            );
            std::process::exit(INTERRUPTED);
        });
    }
    // Threads that cannot be started (a process limit) mean fewer threads, not a panic.
    ggegraph::threads::init();
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) if !e.use_stderr() => {
            // --help and --version: clap's own output on stdout.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            // No command at all: the help, on stderr, as a usage error.
            let _ = e.print();
            return ExitCode::from(2);
        }
        Err(e) => {
            // One line like every other error: clap's first line without its `error:`
            // prefix; the usage and tips that follow are one `--help` away.
            // The first paragraph, joined: "the following required arguments were not
            // provided:" is followed by the arguments, one per line.
            let text = e.render().to_string();
            let first: Vec<&str> = text
                .lines()
                .take_while(|l| !l.trim().is_empty())
                .map(str::trim)
                .collect();
            let first = first.join(" ");
            let first = first.strip_prefix("error: ").unwrap_or(&first);
            eprintln!(
                "ggegraph: {} (see --help)",
                ggegraph::terminal::escape_line(first)
            );
            return ExitCode::from(2);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!(
                "ggegraph: {}",
                ggegraph::terminal::escape_line(&cli::one_line(&err))
            );
            ExitCode::from(cli::exit_code(&err))
        }
    }
}

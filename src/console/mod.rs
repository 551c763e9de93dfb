//! What a command-line run does around the library's answer, kept here so the command
//! line (`src/cli/`) only declares arguments and maps them: where the answer goes
//! ([`output`]), the exit code and one-line message of an error ([`exit`]), the export
//! files ([`export`]), drawing a view ([`render`]), the ballots a user names ([`votes`]),
//! and the lines a run prints on standard error while it reads documents ([`load`]) and
//! writes the report ([`progress`]).

pub mod exit;
pub mod export;
pub mod load;
pub mod output;
pub mod progress;
pub mod render;
pub mod votes;

pub use exit::{BadInput, exit_code, one_line};
pub use load::{fail_on_document_errors, load_corpus, print_document_warnings, strict_code};
pub use output::{emit, is_broken_pipe, refuse_overwriting_input};

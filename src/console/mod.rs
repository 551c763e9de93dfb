//! What a command-line run does around the library's answer, kept here so the command
//! line (`src/cli/`) only declares arguments and maps them: the files a command reads and
//! the order it reads, refuses and writes them in ([`inputs`]), where the answer goes
//! ([`output`]), the exit code and one-line message of an error ([`exit`]), the export
//! files ([`export`]), drawing a view ([`render`]), the vote commands ([`votes`]), the
//! extractor's scores against targets ([`eval`]), the mention count and its speed line
//! ([`scan`]), and the lines a run prints on standard error while it reads documents
//! ([`load`]) and writes the report ([`progress`]), and the completion script and man
//! page ([`packaging`]).

pub mod eval;
pub mod exit;
pub mod export;
pub mod inputs;
pub mod load;
pub mod output;
pub mod packaging;
pub mod progress;
pub mod render;
pub mod scan;
pub mod votes;

pub use exit::{BadInput, exit_code, one_line};
pub use inputs::Inputs;
pub use load::{fail_on_document_errors, load_corpus, print_document_warnings, strict_code};
pub use output::{emit, is_broken_pipe, refuse_overwriting_input};

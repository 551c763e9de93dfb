//! `ggegraph completions SHELL` and `ggegraph man`: the shell completion script and the
//! man page, generated from the clap definition the parser uses (the caller passes it),
//! so they can never describe options the binary does not have.
//!
//! Both are rendered into memory and then written in one piece: clap_complete panics on a
//! failed write, and a closed pipe (`ggegraph man | head`) must stay a quiet exit.

use anyhow::{Context, Result};
use clap_complete::Shell;
use std::path::Path;

/// Writes the completion script of `command` for `shell` to `output` or stdout.
pub fn completions(mut command: clap::Command, shell: Shell, output: Option<&Path>) -> Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "ggegraph", &mut script);
    super::emit(output, |w| w.write_all(&script))
}

/// Writes the man page (roff, section 1) of `command` to `output` or stdout: the
/// commands, their one-line summaries and the global options; `ggegraph COMMAND --help`
/// has each command's options.
pub fn man(command: clap::Command, output: Option<&Path>) -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .context("rendering the man page")?;
    super::emit(output, |w| w.write_all(&page))
}

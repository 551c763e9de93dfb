//! `synth`: synthetic membership tables and corpora for benchmarks (see
//! `ggegraph::synth`).

use anyhow::Result;
use clap::{Args, Subcommand};
use ggegraph::console::emit;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    #[command(subcommand)]
    what: SynthCommand,
}

#[derive(Debug, Subcommand)]
enum SynthCommand {
    /// A membership CSV (`state,group,start,end`): N groups of 15-25 of the 193 member
    /// states, the P5 drawn more often.
    ///
    /// Example: ggegraph synth memberships --groups 20000 --seed 1 -o m.csv
    Memberships {
        /// Number of groups.
        #[arg(long, value_name = "N")]
        groups: usize,
        /// Seed: the same seed gives the same file.
        #[arg(long, value_name = "S", default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        out: super::OutputFile,
    },
    /// A directory of .txt documents (1-4 MiB each, M MB in all) with membership
    /// sentences, resolution adoptions, statements and filler.
    ///
    /// Example: ggegraph synth corpus --mb 100 --dir /tmp/corpus --seed 1
    Corpus {
        /// Total size in MB (10^6 bytes).
        #[arg(long, value_name = "M")]
        mb: u64,
        /// Directory to write into (created if missing).
        #[arg(long, value_name = "DIR")]
        dir: PathBuf,
        /// Seed: the same seed gives the same files.
        #[arg(long, value_name = "S", default_value_t = 1)]
        seed: u64,
    },
    /// The UN short names of the 193 member states, one a line: the `names.txt` of
    /// `grep -o -F -f names.txt`, the baseline `scan` is compared with.
    ///
    /// Example: ggegraph synth names -o names.txt
    Names {
        #[command(flatten)]
        out: super::OutputFile,
    },
}

/// `synth`.
pub fn run(args: SynthArgs) -> Result<ExitCode> {
    match args.what {
        SynthCommand::Memberships { groups, seed, out } => {
            emit(out.path(), |w| {
                ggegraph::synth::write_memberships(w, groups, seed).map(|_| ())
            })?;
        }
        SynthCommand::Corpus { mb, dir, seed } => {
            ggegraph::console::scan::write_synthetic_corpus(&dir, mb, seed)?;
        }
        SynthCommand::Names { out } => {
            emit(out.path(), ggegraph::synth::write_names)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

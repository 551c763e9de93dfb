//! The files a command reads, as its flags name them (documents, `--strict`, a roll-call
//! dataset, a membership table), and the one way every command reads them: load, refuse
//! an `-o` that is one of them, write the answer, then `--strict`'s exit code. Kept here
//! so each command of `src/cli/` only fills an [`Inputs`] and names its answer.

use super::load::{LoadedMemberships, load_corpus, strict_code};
use super::{emit, refuse_overwriting_input};
use crate::analysis::RollCalls;
use crate::analysis::memberships::{KindFilter, Memberships};
use crate::corpus::{Corpus, CorpusOptions};
use anyhow::Result;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A roll-call dataset in the Voeten / `unvotes` shape (`--votes FILE --roll-calls FILE`).
#[derive(Debug, Clone)]
pub struct VoteFiles {
    /// The votes (`un_votes.csv`: `rcid,country,country_code,vote`).
    pub votes: PathBuf,
    /// The roll calls they belong to (`un_roll_calls.csv`).
    pub roll_calls: PathBuf,
}

/// A membership table (`--memberships FILE`, `--allow-unknown`).
#[derive(Debug, Clone)]
pub struct MembershipFile {
    /// The CSV (`state,group[,start,end]`).
    pub path: PathBuf,
    /// Keep states the gazetteer does not know instead of refusing the file.
    pub allow_unknown: bool,
}

/// Everything a command reads.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// The documents.
    pub corpus: CorpusOptions,
    /// `--strict`: exit code 3 when the corpus has findings.
    pub strict: bool,
    /// Votes added to the graph, when given.
    pub votes: Option<VoteFiles>,
    /// A membership table for the analyses, when given.
    pub memberships: Option<MembershipFile>,
}

impl Inputs {
    /// The roll-call files given, votes first.
    pub fn vote_paths(&self) -> impl Iterator<Item = &Path> {
        self.votes
            .iter()
            .flat_map(|v| [v.votes.as_path(), v.roll_calls.as_path()])
    }

    /// Loads the corpus (see [`load_corpus`]) and adds the dataset's votes on whole
    /// resolutions (and their dates) to its graph.
    pub fn load(&self) -> Result<Corpus> {
        let mut corpus = load_corpus(&self.corpus)?;
        if let Some(files) = &self.votes {
            corpus.add_roll_calls(&RollCalls::from_csv(&files.votes, &files.roll_calls)?);
        }
        Ok(corpus)
    }

    /// [`Inputs::load`], refusing an `output` that is one of the files read.
    pub fn load_refusing(&self, output: Option<&Path>) -> Result<Corpus> {
        let corpus = self.load()?;
        refuse_overwriting_input(output, self.vote_paths().chain(corpus.input_paths()))?;
        Ok(corpus)
    }

    /// Loads the corpus, writes the answer `print` gives (to `output` or stdout) and
    /// returns the exit code (3 for strict-mode findings).
    pub fn answer(
        &self,
        output: Option<&Path>,
        print: impl FnOnce(&mut dyn Write, &Corpus) -> io::Result<()>,
    ) -> Result<ExitCode> {
        let corpus = self.load_refusing(output)?;
        emit(output, |w| print(w, &corpus))?;
        Ok(self.strict_code(&corpus))
    }

    /// The exit code `--strict` gives this corpus (3 for findings).
    pub fn strict_code(&self, corpus: &Corpus) -> ExitCode {
        strict_code(self.strict, corpus)
    }

    /// The membership table when one is given, no larger than the documents' size limit.
    pub fn membership_table(&self) -> Result<Option<Memberships>> {
        let Some(file) = &self.memberships else {
            return Ok(None);
        };
        let max_bytes = self.corpus.limits.max_file_bytes;
        Ok(Some(Memberships::from_csv_limited(
            &file.path,
            file.allow_unknown,
            max_bytes,
        )?))
    }

    /// The memberships of `corpus` under the library's one rule
    /// ([`Corpus::memberships`]).
    pub fn memberships_of(&self, corpus: &Corpus) -> Result<Memberships> {
        Ok(corpus.memberships(self.membership_table()?))
    }

    /// The memberships of `kind`, and the documents when any are read (see
    /// [`super::load::load_memberships`]), refusing an `output` that is one of the files
    /// read.
    pub fn load_memberships(
        &self,
        kind: KindFilter,
        output: Option<&Path>,
    ) -> Result<LoadedMemberships> {
        let table = self.membership_table()?;
        let loaded = super::load::load_memberships(&self.corpus, table, kind.group_kind())?;
        let csv = self.memberships.as_ref().map(|f| f.path.as_path());
        refuse_overwriting_input(output, loaded.inputs(csv))?;
        Ok(loaded)
    }

    /// Loads the memberships of `kind`, writes what `print` makes of them to `output` and
    /// returns `--strict`'s exit code.
    pub fn answer_memberships(
        &self,
        kind: KindFilter,
        output: Option<&Path>,
        print: impl FnOnce(&mut dyn Write, &Memberships) -> io::Result<()>,
    ) -> Result<ExitCode> {
        let loaded = self.load_memberships(kind, output)?;
        emit(output, |w| print(w, &loaded.memberships))?;
        Ok(loaded.strict_code(self.strict))
    }
}

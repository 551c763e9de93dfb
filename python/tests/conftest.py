"""Fixtures of the Python package's tests: the `ggegraph` binary the answers are compared
with, and a small synthetic corpus.

The binary is `$GGEGRAPH_BIN`, else the newest of the repository's `target/debug/ggegraph`
and `target/release/ggegraph` (`cargo build` or `cargo test` makes it; `$CARGO_TARGET_DIR`
is looked in first). There is no skipping: a missing binary fails every comparison.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"


def _binary() -> Path:
    if os.environ.get("GGEGRAPH_BIN"):
        return Path(os.environ["GGEGRAPH_BIN"])
    targets = [REPO / "target"]
    if os.environ.get("CARGO_TARGET_DIR"):
        targets.insert(0, Path(os.environ["CARGO_TARGET_DIR"]))
    found = [
        t / profile / "ggegraph"
        for t in targets
        for profile in ("debug", "release")
        if (t / profile / "ggegraph").is_file()
    ]
    if not found:
        raise RuntimeError(
            "no ggegraph binary: run `cargo build` first or set GGEGRAPH_BIN"
        )
    return max(found, key=lambda p: p.stat().st_mtime)


class Cli:
    """Runs the `ggegraph` binary."""

    def __init__(self, path: Path):
        self.path = path

    def run(self, *args: str, stdin: str | None = None) -> str:
        done = subprocess.run(
            [str(self.path), *args],
            input=stdin,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, f"ggegraph {' '.join(args)}: {done.stderr}"
        return done.stdout

    def json(self, *args: str, stdin: str | None = None):
        return json.loads(self.run(*args, "--format", "json", stdin=stdin))

    def refuse(self, *args: str) -> tuple[int, str]:
        """Runs a command that must fail: its exit code and standard error."""
        done = subprocess.run(
            [str(self.path), *args], capture_output=True, text=True, check=False
        )
        assert done.returncode != 0, f"ggegraph {' '.join(args)} succeeded: {done.stdout}"
        return done.returncode, done.stderr


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli(_binary())


@pytest.fixture(scope="session")
def synth_corpus(cli: Cli, tmp_path_factory) -> Path:
    """`ggegraph synth corpus --mb 2 --seed 1`: a few synthetic documents."""
    directory = tmp_path_factory.mktemp("synth") / "corpus"
    cli.run("synth", "corpus", "--mb", "2", "--dir", str(directory), "--seed", "1")
    return directory


@pytest.fixture(scope="session")
def roll_calls() -> tuple[Path, Path]:
    """The made-up roll calls of the Rust tests (`tests/fixtures/votes/`)."""
    d = FIXTURES / "votes"
    return d / "un_votes.csv", d / "un_roll_calls.csv"


#: A sentence of our own with three states the gazetteer knows by names that are not ASCII
#: (or sit beside one that is not: "Perú" is not in the gazetteer, and is warned of).
WINDOWS_1252_TEXT = (
    "The 2014-2015 Group of Governmental Experts counted experts from Côte d'Ivoire, "
    "Türkiye, Perú and Kenya among its members.\n"
)


@pytest.fixture
def windows_1252_corpus(tmp_path: Path) -> Path:
    """A directory holding `experts.txt`, :data:`WINDOWS_1252_TEXT` in windows-1252 (not
    valid UTF-8: "ô" is the single byte 0xF4), and nothing else."""
    directory = tmp_path / "cp1252"
    directory.mkdir()
    (directory / "experts.txt").write_bytes(WINDOWS_1252_TEXT.encode("windows-1252"))
    return directory

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

"""`ggegraph.dask` on a LocalCluster of 2 worker processes gives the graph of `ggegraph
build --corpus DIR`, byte for byte in JSON; its Parquet dataset reads back."""

from __future__ import annotations

import random

import dask.bag as db
import pandas as pd
import pytest
from dask.distributed import Client, LocalCluster

import ggegraph
import ggegraph.dask
from conftest import REPO


@pytest.fixture(scope="module")
def client():
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        yield client


def test_dask_build_is_build_corpus_byte_for_byte(client, cli, synth_corpus):
    expected = cli.run("build", "--corpus", str(synth_corpus), "--format", "json")
    corpus = ggegraph.dask.build(synth_corpus)
    assert corpus.to_json() == expected
    # Both workers read documents.
    assert len(client.scheduler_info()["workers"]) == 2


def test_any_order_and_a_bag_of_found_documents_give_the_same_graph(client, cli, synth_corpus):
    # The seeds as documents of a second directory: references between documents
    # ("established by resolution 75/240") are resolved across workers.
    seeds = REPO / "seeds"
    expected = cli.run(
        "build", "--corpus", str(synth_corpus), "--corpus", str(seeds), "--no-bundled",
        "--format", "json",
    )
    files = ggegraph.find_documents([synth_corpus, seeds])
    assert len(files) > 10
    random.Random(7).shuffle(files)
    bag = db.from_sequence(files, npartitions=len(files))
    assert ggegraph.dask.build(bag, bundled=False).to_json() == expected
    graph = ggegraph.dask.build_graph([synth_corpus, seeds], bundled=False)
    local = ggegraph.build([synth_corpus, seeds], bundled=False)
    assert graph.number_of_nodes() == local.number_of_nodes()
    assert graph.number_of_edges() == local.number_of_edges()


def test_unreadable_documents_are_named_after_the_rest_are_read(client, synth_corpus, tmp_path):
    # A PDF whose cross-reference table is broken: unreadable in every build. (Two bytes
    # such as b"\x00\x01" are read as UTF-16 since the loader detects it without a BOM.)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really a pdf\n")
    files = ggegraph.find_documents([synth_corpus]) + [{"path": str(bad), "id": "bad.pdf"}]
    with pytest.raises(ggegraph.DocumentReadError, match="bad.pdf"):
        ggegraph.dask.build(db.from_sequence(files, npartitions=2))


def test_claims_as_a_parquet_dataset(client, synth_corpus, tmp_path):
    written = ggegraph.dask.write_parquet(synth_corpus, tmp_path / "claims")
    documents = [
        ggegraph.read_document(f["path"], f["id"])
        for f in ggegraph.find_documents([synth_corpus])
    ]
    rows = sum(len(d.claims()) for d in documents)
    assert rows > 1000
    assert sum(w["rows"] for w in written) == rows
    df = pd.read_parquet(tmp_path / "claims")
    assert len(df) == rows
    assert list(df.columns) == ggegraph.CLAIM_COLUMNS
    assert set(df["document"]) == {d.id for d in documents}


def test_a_named_encoding_reads_on_the_workers_what_load_reads(client, cli, synth_corpus, windows_1252_corpus):
    paths = [synth_corpus, windows_1252_corpus]
    local = ggegraph.load(paths, bundled=False, encoding="windows-1252")
    corpus = ggegraph.dask.build(paths, bundled=False, encoding="windows-1252")
    assert corpus.to_json() == local.to_json()
    assert corpus.to_json() == cli.run(
        "build", "--corpus", str(synth_corpus), "--corpus", str(windows_1252_corpus),
        "--no-bundled", "--encoding", "windows-1252", "--format", "json",
    )
    ours = [c for c in corpus.claims() if c["document"] == "experts.txt"]
    assert {c["subject"] for c in ours if c["relation"] == "member_of"} == {
        "state:CIV", "state:TUR", "state:KEN",
    }
    # The file alone, as a bag of paths; and its Parquet rows.
    path = windows_1252_corpus / "experts.txt"
    bag = db.from_sequence([str(path)], npartitions=1)
    alone = ggegraph.dask.build(bag, bundled=False, encoding="windows-1252")
    assert alone.to_json() == ggegraph.load(path, bundled=False, encoding="windows-1252").to_json()
    parts = windows_1252_corpus.parent / "parts"
    written = ggegraph.dask.write_parquet(windows_1252_corpus, parts, encoding="windows-1252")
    read = ggegraph.read_document(path, encoding="windows-1252")
    assert sum(w["rows"] for w in written) == len(read.claims()) > 0
    df = pd.read_parquet(parts)
    assert set(df.loc[df["relation"] == "member_of", "subject"]) == {
        "state:CIV", "state:TUR", "state:KEN",
    }


def test_without_an_encoding_or_with_an_unknown_one_the_workers_read_nothing(client, windows_1252_corpus):
    with pytest.raises(ggegraph.DocumentReadError, match="experts.txt:1: invalid UTF-8"):
        ggegraph.dask.build(windows_1252_corpus, bundled=False)
    wording = "unknown encoding 'klingon' (try windows-1252, iso-8859-2, shift_jis, gbk)"
    calls = [
        lambda: ggegraph.dask.claims_bag(windows_1252_corpus, encoding="klingon"),
        lambda: ggegraph.dask.build(windows_1252_corpus, encoding="klingon"),
        lambda: ggegraph.dask.write_parquet(
            windows_1252_corpus, windows_1252_corpus.parent / "parts", encoding="klingon"
        ),
    ]
    for call in calls:
        with pytest.raises(ValueError) as raised:
            call()
        assert str(raised.value) == wording
        assert not isinstance(raised.value, ggegraph.DocumentReadError)
    # Refused before the dataset's directory is made.
    assert not (windows_1252_corpus.parent / "parts").exists()

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

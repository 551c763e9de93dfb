"""The Python API gives the command line's answers: `build --format json`, `extract
--format json`, `comembership --format csv`, `continuity --format json`, `votes --format
json`, each compared with the binary's output for the same arguments."""

from __future__ import annotations

import io
import pickle

import networkx as nx
import pandas as pd
import pytest

import ggegraph
from conftest import REPO, WINDOWS_1252_TEXT


def provenance(p: dict) -> dict:
    """A provenance of the command line's JSON with every field present."""
    return {"page": None, "rule": "", **p}


def test_build_is_a_multidigraph_with_every_provenance_of_build_json(cli):
    g = ggegraph.build()
    expected = cli.json("build")
    assert isinstance(g, nx.MultiDiGraph)
    edges = {
        (e["source"], e["target"], e["relation"]): e for e in expected["edges"]
    }
    assert g.number_of_edges() == len(edges)
    records = 0
    for u, v, key, data in g.edges(keys=True, data=True):
        e = edges[(u, v, key)]
        assert data["relation"] == key
        assert data["status"] == e["status"]
        assert data["provenance"] == [provenance(p) for p in e["provenance"]]
        records += len(data["provenance"])
    assert records == sum(len(e["provenance"]) for e in expected["edges"])
    # Every entity, and every id a claim names, is a node; no other.
    ids = {e["id"] for e in expected["entities"]}
    ids |= {c["subject"] for c in expected["claims"]}
    ids |= {x for e in expected["edges"] for x in (e["source"], e["target"])}
    assert set(g.nodes) == ids
    for node in expected["nodes"]:
        attributes = g.nodes[node["id"]]["attributes"]
        assert attributes == {
            relation: [
                {"value": v["value"], "provenance": [provenance(p) for p in v["provenance"]]}
                for v in values
            ]
            for relation, values in node["attributes"].items()
        }


def test_node_attributes_are_typed():
    g = ggegraph.build()
    group = g.nodes["gge-2014-2015"]
    assert group["kind"] == "group"
    assert (group["start"], group["end"]) == (2014, 2015)
    assert isinstance(group["member_count"], int)
    brazil = g.nodes["state:BRA"]
    assert (brazil["iso3"], brazil["kind"]) == ("BRA", "state")
    assert isinstance(brazil["region"], str)
    # Where documents disagree (13 norms against 11), every value is kept, typed.
    norms = g.nodes["A/70/174"]["norm_count"]
    assert isinstance(norms, list) and all(isinstance(n, int) for n in norms)
    assert 11 in norms


def test_corpus_json_is_build_json_byte_for_byte(cli, synth_corpus):
    assert ggegraph.load().to_json() == cli.run("build", "--format", "json")
    assert ggegraph.load(synth_corpus, bundled=False).to_json() == cli.run(
        "build", "--corpus", str(synth_corpus), "--no-bundled", "--format", "json"
    )


def test_build_with_votes_is_build_with_votes(cli, roll_calls):
    votes, calls = roll_calls
    corpus = ggegraph.load(votes=votes, roll_calls=calls)
    assert corpus.to_json() == cli.run(
        "build", "--votes", str(votes), "--roll-calls", str(calls), "--format", "json"
    )
    with pytest.raises(ValueError, match="together"):
        ggegraph.load(votes=votes)


def flat(claim: dict) -> dict:
    """A claim of `extract --format json` as one flat row."""
    p = provenance(claim["provenance"])
    return {
        "subject": claim["subject"],
        "relation": claim["relation"],
        "object": claim["object"],
        **{k: p[k] for k in ("document", "page", "line", "column", "text", "status", "rule")},
    }


def test_extract_a_file_is_extract(cli):
    path = sorted((REPO / "seeds").glob("*.md"))[0]
    claims = ggegraph.extract(path)
    expected = cli.json("extract", str(path))
    assert claims == [flat(c) for c in expected["claims"]]
    assert claims and set(claims[0]) == set(ggegraph.CLAIM_COLUMNS)
    assert ggegraph.extract(str(path)) == claims


def test_extract_a_text_is_extract_from_stdin(cli):
    text = (
        "Experts from the following States were members of the GGE 2014/2015: "
        "Brazil, Kenya and the Russian Federation.\n\n"
        "Resolution 68/243 was adopted on 27 December 2013 without a vote.\n"
    )
    claims = ggegraph.extract(text)
    expected = cli.json("extract", "-", stdin=text)
    assert claims == [flat(c) for c in expected["claims"]]
    members = {c["subject"] for c in claims if c["relation"] == "member_of"}
    assert members == {"state:BRA", "state:KEN", "state:RUS"}
    rules = {c["rule"] for c in claims if c["relation"] == "member_of"}
    assert rules and "" not in rules
    full = ggegraph.extraction(text, name="note.txt")
    assert full["documents"] == [{"id": "note.txt", "path": "note.txt"}]


@pytest.mark.parametrize("weight", ["count", "jaccard", "overlap", "newman"])
def test_comembership_is_comembership_csv(cli, weight):
    df = ggegraph.comembership(weight=weight)
    expected = pd.read_csv(
        io.StringIO(cli.run("comembership", "--weight", weight, "--format", "csv")),
        dtype={"source": object, "target": object},
    )
    pd.testing.assert_frame_equal(df, expected)
    assert len(df) > 100


def test_comembership_options_are_the_command_lines(cli):
    corpus = ggegraph.load()
    df = ggegraph.comembership(corpus, kind="gge", min_weight=3, top=20)
    expected = pd.read_csv(
        io.StringIO(
            cli.run(
                "comembership", "--kind", "gge", "--min-weight", "3", "--top", "20",
                "--format", "csv",
            )
        ),
        dtype={"source": object, "target": object},
    )
    pd.testing.assert_frame_equal(df, expected)
    with pytest.raises(ValueError, match="weight"):
        ggegraph.comembership(corpus, weight="cosine")
    with pytest.raises(TypeError):
        ggegraph.comembership(corpus, bundled=False)


def test_continuity_is_continuity_json(cli):
    expected = cli.json("continuity")
    states = ggegraph.continuity()
    assert states.to_dict("records") == expected["states"]
    assert states.attrs["sequence"] == expected["sequence"]
    steps = ggegraph.transitions()
    assert steps.to_dict("records") == expected["transitions"]
    assert len(steps) == len(expected["sequence"]) - 1


def test_votes_are_votes_json(cli, roll_calls):
    votes, calls = roll_calls
    files = ["--votes", str(votes), "--roll-calls", str(calls)]
    corpus = ggegraph.load(votes=votes, roll_calls=calls)
    ballots = ggegraph.votes(corpus)
    expected = cli.json("votes", *files)
    assert ballots.to_dict("records") == [
        {"id": b["id"], "date": b["date"], **b["counts"]} for b in expected
    ]
    one = ggegraph.votes(votes=votes, roll_calls=calls, resolution="73/27")
    detail = cli.json("votes", "73/27", *files)
    by_vote = one.groupby("vote")["state"].apply(list).to_dict()
    assert by_vote.get("yes", []) == detail["yes"]
    assert by_vote.get("no", []) == detail["no"]
    assert by_vote.get("abstain", []) == detail["abstain"]
    assert by_vote.get("disputed", []) == detail["disputed"]
    assert list(one["state"]) == sorted(one["state"])
    with pytest.raises(ValueError, match="no recorded vote"):
        ggegraph.votes(corpus, resolution="99/999")


def test_documents_read_alone_pickle_and_merge_into_the_corpus(cli, synth_corpus):
    files = ggegraph.find_documents([synth_corpus])
    read = [ggegraph.read_document(f["path"], f["id"]) for f in files]
    back = pickle.loads(pickle.dumps(read))
    assert [d.claims() for d in back] == [d.claims() for d in read]
    assert back[0].document == {"id": files[0]["id"], "path": files[0]["path"]}
    assert len(back[0]) == len(read[0].claims()) > 1000
    read = back
    merged = ggegraph.merge(list(reversed(read)))
    assert merged.to_json() == ggegraph.load(synth_corpus).to_json()
    with pytest.raises(ValueError, match="twice"):
        ggegraph.merge(read + read[:1])


def test_unreadable_documents_are_named(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"binary \x00 file")
    with pytest.raises(ggegraph.DocumentReadError, match="bad.txt"):
        ggegraph.read_document(bad)
    with pytest.raises(ggegraph.DocumentReadError, match="bad.txt"):
        ggegraph.load(tmp_path)
    with pytest.raises(ggegraph.DocumentReadError, match="missing"):
        ggegraph.find_documents([tmp_path / "missing"])
    # It pickles (a Dask worker can send it back).
    error = pickle.loads(pickle.dumps(ggegraph.DocumentReadError("bad.txt: binary")))
    assert isinstance(error, ggegraph.DocumentReadError) and isinstance(error, ValueError)


def test_claims_written_as_parquet_read_back(tmp_path):
    import pyarrow.parquet as pq

    corpus = ggegraph.load()
    path = tmp_path / "claims.parquet"
    ggegraph.write_parquet(corpus, path)
    df = pd.read_parquet(path)
    assert len(df) == corpus.claim_count()
    assert list(df.columns) == ggegraph.CLAIM_COLUMNS
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    assert rows == corpus.claims()
    table = pq.read_table(path)
    assert table.num_rows == corpus.claim_count()
    assert str(table.schema.field("line").type) == "int64"
    assert set(df["relation"]) >= {"member_of", "sponsors", "adopted_on"}


def members(claims: list[dict]) -> set[str]:
    return {c["subject"] for c in claims if c["relation"] == "member_of"}


def test_a_named_encoding_reads_what_extract_encoding_reads(cli, windows_1252_corpus):
    path = windows_1252_corpus / "experts.txt"
    expected = cli.json("extract", str(path), "--encoding", "windows-1252")
    read = ggegraph.extraction(path, encoding="windows-1252")
    assert read["claims"] == [flat(c) for c in expected["claims"]]
    assert read["warnings"] == expected["warnings"]
    assert members(read["claims"]) == {"state:CIV", "state:TUR", "state:KEN"}
    civ = next(c for c in read["claims"] if c["subject"] == "state:CIV")
    assert (civ["object"], civ["rule"]) == ("gge-2014-2015", "experts-from")
    assert "Côte d'Ivoire, Türkiye, Perú and Kenya" in civ["text"]
    assert any("Perú" in w["message"] for w in read["warnings"])
    # Labels are read as browsers read them: latin1 is windows-1252.
    assert ggegraph.extract(str(path), encoding=" Latin1 ") == read["claims"]
    doc = ggegraph.read_document(path, encoding="windows-1252")
    assert members(doc.claims()) == members(read["claims"])


def test_without_an_encoding_the_file_is_refused_as_extract_refuses_it(cli, windows_1252_corpus):
    path = windows_1252_corpus / "experts.txt"
    code, stderr = cli.refuse("extract", str(path))
    assert code == 2
    with pytest.raises(ggegraph.DocumentReadError) as refused:
        ggegraph.extract(path)
    message = str(refused.value)
    assert "invalid UTF-8 at byte offset 66" in message and "--encoding" in message
    assert message in stderr
    with pytest.raises(ggegraph.DocumentReadError, match="invalid UTF-8 at byte offset 66"):
        ggegraph.read_document(path)
    with pytest.raises(ggegraph.DocumentReadError, match="experts.txt"):
        ggegraph.load(windows_1252_corpus, bundled=False)
    # Lossily, the states whose names hold a bad byte are lost, as with --lossy.
    with pytest.warns(Warning, match="decoded lossily"):
        lossy = ggegraph.extract(path, lossy=True)
    assert lossy == [flat(c) for c in cli.json("extract", str(path), "--lossy")["claims"]]
    assert members(lossy) == {"state:KEN"}


def test_load_with_an_encoding_is_build_with_encoding(cli, windows_1252_corpus):
    corpus = ggegraph.load(windows_1252_corpus, bundled=False, encoding="windows-1252")
    assert corpus.to_json() == cli.run(
        "build", "--corpus", str(windows_1252_corpus), "--no-bundled",
        "--encoding", "windows-1252", "--format", "json",
    )
    graph = ggegraph.build(windows_1252_corpus, bundled=False, encoding="windows-1252")
    assert graph.has_edge("state:CIV", "gge-2014-2015", key="member_of")
    assert graph.nodes["state:CIV"]["name"] == "Côte d'Ivoire"


def test_a_page_declaring_its_charset_is_read_in_it_before_the_named_one(cli, tmp_path):
    page = tmp_path / "page.html"
    body = WINDOWS_1252_TEXT.strip()
    page.write_bytes(
        f'<html><head><meta charset="windows-1252"><title>GGE</title></head>'
        f"<body><p>{body}</p></body></html>\n".encode("windows-1252")
    )
    claims = ggegraph.extract(page, encoding="shift_jis")
    expected = cli.json("extract", str(page), "--encoding", "shift_jis")
    assert claims == [flat(c) for c in expected["claims"]]
    assert members(claims) == {"state:CIV", "state:TUR", "state:KEN"}


def test_an_unknown_encoding_is_a_value_error_naming_it(cli, windows_1252_corpus):
    path = windows_1252_corpus / "experts.txt"
    _, stderr = cli.refuse("extract", str(path), "--encoding", "klingon")
    wording = "unknown encoding 'klingon' (try windows-1252, iso-8859-2, shift_jis, gbk)"
    assert wording in stderr
    calls = [
        lambda: ggegraph.extract(path, encoding="klingon"),
        lambda: ggegraph.extract("Kenya was a member of the GGE 2014/2015.", encoding="klingon"),
        lambda: ggegraph.read_document(path, encoding="klingon"),
        lambda: ggegraph.load(windows_1252_corpus, encoding="klingon"),
        lambda: ggegraph.build(windows_1252_corpus, encoding="klingon"),
        # The label is checked before anything is read, as the command line does.
        lambda: ggegraph.load(windows_1252_corpus / "missing", encoding="klingon"),
        lambda: ggegraph.read_document(windows_1252_corpus / "x.bin", encoding="klingon"),
    ]
    for call in calls:
        with pytest.raises(ValueError) as raised:
            call()
        assert str(raised.value) == wording
        assert not isinstance(raised.value, ggegraph.DocumentReadError)

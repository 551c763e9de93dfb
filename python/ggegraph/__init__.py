"""ggegraph from Python: the graph of UN cyber diplomacy documents, with provenance.

The Rust library does the work in this process (no subprocess); this package turns its
answers into the objects Python users work with::

    import ggegraph

    g = ggegraph.build()                      # networkx.MultiDiGraph of the bundled corpus
    g = ggegraph.build(corpus="my-docs/")     # plus your documents, as `ggegraph build --corpus`
    claims = ggegraph.extract("report.pdf")   # claims with provenance, one dict each
    df = ggegraph.comembership(weight="jaccard")    # pandas.DataFrame
    ggegraph.write_parquet(ggegraph.load(), "claims.parquet")

Every answer is the one the command line gives for the same arguments (the tests compare
them): `build` is `ggegraph build`, `comembership` is `ggegraph comembership --format
csv`, `continuity` and `transitions` are `ggegraph continuity --format json`, `votes` is
`ggegraph votes --format json`. `ggegraph.dask` runs the extraction on a Dask cluster.
"""

from __future__ import annotations

import os
from typing import Any, Iterable, Union

from ._ggegraph import (
    Corpus,
    DocumentClaims,
    DocumentReadError,
    encoding_name as _encoding_name,
    extract_paths as _extract_paths,
    extract_text as _extract_text,
    find_documents,
    load as _load,
    merge as _merge,
    read_document,
)

__all__ = [
    "CLAIM_COLUMNS",
    "Corpus",
    "DocumentClaims",
    "DocumentReadError",
    "build",
    "claims_table",
    "comembership",
    "continuity",
    "extract",
    "extraction",
    "find_documents",
    "load",
    "merge",
    "read_document",
    "to_networkx",
    "transitions",
    "votes",
    "write_parquet",
]

Paths = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]], None]

#: The columns of a claim row (`Corpus.claims`, `extract`, Parquet files), in order.
CLAIM_COLUMNS = [
    "subject",
    "relation",
    "object",
    "document",
    "page",
    "line",
    "column",
    "text",
    "status",
    "rule",
]


def _paths(paths: Paths) -> list[str]:
    if paths is None:
        return []
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(p) for p in paths]


def load(
    corpus: Paths = None,
    *,
    bundled: bool = True,
    verified_only: bool = False,
    votes: str | os.PathLike[str] | None = None,
    roll_calls: str | os.PathLike[str] | None = None,
    max_file_size: int | None = None,
    lossy: bool = False,
    follow_links: bool = False,
    encoding: str | None = None,
) -> Corpus:
    """Reads the bundled corpus (unless ``bundled=False``) and the files or directories
    of ``corpus`` into one graph, as ``ggegraph build --corpus PATH ...`` does.

    ``votes`` and ``roll_calls`` (both or neither) add a roll-call dataset, as
    ``--votes FILE --roll-calls FILE``. ``max_file_size`` (bytes), ``lossy``,
    ``follow_links`` and ``encoding`` are the command line's options of the same names
    (``--max-file-size``, ``--lossy``, ``--follow-links``, ``--encoding LABEL``):
    ``encoding`` is the encoding of files that are not UTF-8 and declare none
    (``windows-1252``, ``iso-8859-2``, ``shift_jis`` ...; an HTML page's ``<meta
    charset>`` comes first). An unknown label raises ``ValueError`` naming it, before
    anything is read.

    Raises :class:`DocumentReadError` naming every document that could not be read (the
    command line's exit 2), after reading the rest.
    """
    return _load(
        _paths(corpus),
        bundled=bundled,
        verified_only=verified_only,
        **_reading(max_file_size, lossy, follow_links, encoding),
        votes=None if votes is None else os.fspath(votes),
        roll_calls=None if roll_calls is None else os.fspath(roll_calls),
    )


def merge(
    documents: Iterable[DocumentClaims],
    *,
    bundled: bool = True,
    verified_only: bool = False,
    votes: str | os.PathLike[str] | None = None,
    roll_calls: str | os.PathLike[str] | None = None,
) -> Corpus:
    """Joins documents read by :func:`read_document` (in any process, in any order) with
    the bundled corpus unless ``bundled=False``: the corpus ``ggegraph build --corpus``
    builds from the same files, when each was read with the id :func:`find_documents`
    gives it. Raises ``ValueError`` for a document given twice."""
    return _merge(
        documents,
        bundled=bundled,
        verified_only=verified_only,
        votes=None if votes is None else os.fspath(votes),
        roll_calls=None if roll_calls is None else os.fspath(roll_calls),
    )


def _corpus(corpus: Corpus | Paths, options: dict[str, Any]) -> Corpus:
    if isinstance(corpus, Corpus):
        if options:
            raise TypeError(
                f"options {sorted(options)} are for reading a corpus; this one is read"
            )
        return corpus
    return load(corpus, **options)


def to_networkx(corpus: Corpus) -> "networkx.MultiDiGraph":  # noqa: F821
    """The corpus's graph as a ``networkx.MultiDiGraph``.

    Nodes are entity ids (``state:BRA``, ``gge-2014-2015``, ``A/RES/68/243``) with
    ``kind`` and ``name``; states also ``iso3`` and ``region``, groups ``start`` and
    ``end`` (ints). Each literal relation a document states of a node is an attribute
    (``adopted_on``, ``adoption``, ``member_count``, ``norm_count``, ``outcome``,
    ``report_adopted_on``): counts are ints, dates ISO strings (``--05-28`` for a day
    without a year), a list when documents give several values (see ``conflicts``), and
    ``attributes`` keeps each value with every provenance. Edges are keyed by their
    relation and carry ``relation``, ``status`` and ``provenance``: every place the edge
    is stated, each a dict with ``document``, ``page`` (None without pages), ``line``,
    ``column``, ``text`` (the quoted sentence), ``status`` and ``rule``.
    """
    import networkx as nx

    nodes, edges = corpus.graph_data()
    graph = nx.MultiDiGraph(name="ggegraph")
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    return graph


def build(corpus: Corpus | Paths = None, **options: Any) -> "networkx.MultiDiGraph":  # noqa: F821
    """The graph of ``ggegraph build``: the bundled corpus plus ``corpus`` (a path, a
    list of paths, or a :class:`Corpus` already loaded) as a ``networkx.MultiDiGraph``
    (see :func:`to_networkx`). ``options`` are those of :func:`load`."""
    return to_networkx(_corpus(corpus, options))


def extraction(
    text_or_path: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    name: str = "stdin",
    max_file_size: int | None = None,
    lossy: bool = False,
    follow_links: bool = False,
    encoding: str | None = None,
) -> dict[str, Any]:
    """What ``ggegraph extract --format json`` gives: ``documents``, ``entities``,
    ``claims`` (flat rows, see :data:`CLAIM_COLUMNS`) and ``warnings``.

    A ``pathlib.Path``, a list of paths, or a str naming an existing file or directory
    is read from disk (``ggegraph extract PATH``, no bundled corpus); any other str is
    the text of one document, read as ``ggegraph extract -`` reads standard input, with
    id ``name``. ``max_file_size``, ``lossy``, ``follow_links`` and ``encoding`` are
    those of :func:`load` (``--max-file-size``, ``--lossy``, ``--follow-links``,
    ``--encoding LABEL``); a text is already decoded, but an unknown ``encoding`` label
    still raises ``ValueError``.
    """
    if isinstance(text_or_path, str) and not _names_a_file(text_or_path):
        if encoding is not None:
            _encoding_name(encoding)
        return _extract_text(text_or_path, name=name)
    return _extract_paths(
        _paths(text_or_path), **_reading(max_file_size, lossy, follow_links, encoding)
    )


def _reading(
    max_file_size: int | None, lossy: bool, follow_links: bool, encoding: str | None
) -> dict:
    """The reading options every entry point passes on to the extension, by name."""
    return {
        "max_file_size": max_file_size,
        "lossy": lossy,
        "follow_links": follow_links,
        "encoding": encoding,
    }


def _names_a_file(text: str) -> bool:
    return "\n" not in text and len(text) < 4096 and os.path.exists(text)


def extract(
    text_or_path: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    **options: Any,
) -> list[dict[str, Any]]:
    """The claims of a text or of files, one dict each with its provenance: ``subject``,
    ``relation``, ``object``, ``document``, ``page``, ``line``, ``column``, ``text``,
    ``status``, ``rule``, sorted. See :func:`extraction` for how ``text_or_path`` is read
    and the options."""
    return extraction(text_or_path, **options)["claims"]


def comembership(
    corpus: Corpus | Paths = None,
    *,
    weight: str = "count",
    kind: str = "all",
    min_weight: float | None = None,
    top: int | None = None,
    **options: Any,
) -> "pandas.DataFrame":  # noqa: F821
    """Who sat with whom: ``ggegraph comembership --format csv`` as a DataFrame with
    columns ``source``, ``target`` (state ids), ``weight`` (float) and ``shared`` (the
    number of groups both sat in), sorted by (source, target). ``weight`` is ``count``,
    ``jaccard``, ``overlap`` or ``newman`` (NetworkX's bipartite projections); ``kind``
    ``gge``, ``oewg`` or ``all``."""
    import pandas as pd

    columns = _corpus(corpus, options).comembership(
        weight=weight, kind=kind, min_weight=min_weight, top=top
    )
    return pd.DataFrame(
        {
            "source": pd.Series(columns["source"], dtype=object),
            "target": pd.Series(columns["target"], dtype=object),
            "weight": pd.Series(columns["weight"], dtype="float64"),
            "shared": pd.Series(columns["shared"], dtype="int64"),
        }
    )


def continuity(
    corpus: Corpus | Paths = None, *, kind: str = "gge", **options: Any
) -> "pandas.DataFrame":  # noqa: F821
    """Each state's run through the groups in time order (``ggegraph continuity``'s
    ``states``): columns ``id``, ``count``, ``longest_streak``, ``first``, ``last`` and
    ``groups`` (a list), one row per state, sorted by id. ``df.attrs["sequence"]`` is
    the groups in time order; :func:`transitions` gives the steps between them."""
    import pandas as pd

    c = _corpus(corpus, options).continuity(kind=kind)
    df = pd.DataFrame(
        c["states"],
        columns=["id", "count", "longest_streak", "first", "last", "groups"],
    )
    df = df.astype({"count": "int64", "longest_streak": "int64"})
    df.attrs["sequence"] = list(c["sequence"])
    return df


def transitions(
    corpus: Corpus | Paths = None, *, kind: str = "gge", **options: Any
) -> "pandas.DataFrame":  # noqa: F821
    """The steps between successive groups (``ggegraph continuity``'s
    ``transitions``): columns ``from``, ``to``, ``retained``, ``joined``, ``left`` (lists
    of state ids) and ``jaccard``, in time order."""
    import pandas as pd

    c = _corpus(corpus, options).continuity(kind=kind)
    return pd.DataFrame(
        c["transitions"],
        columns=["from", "to", "retained", "joined", "left", "jaccard"],
    ).astype({"jaccard": "float64"})


def votes(
    corpus: Corpus | Paths = None,
    *,
    resolution: str | None = None,
    **options: Any,
) -> "pandas.DataFrame":  # noqa: F821
    """Recorded votes (give ``votes=`` and ``roll_calls=`` files, as for :func:`load`,
    or a corpus loaded with them; documents can state votes too).

    Without ``resolution``: every ballot, as ``ggegraph votes --format json`` lists them
    (columns ``id``, ``date``, ``yes``, ``no``, ``abstain``), by date. With it (``73/27``,
    ``A/RES/73/27``): each state's vote on that ballot (columns ``state``, ``vote``:
    ``yes``, ``no``, ``abstain``, or ``disputed`` when sources disagree), by state.
    """
    import pandas as pd

    rows = _corpus(corpus, options).votes(resolution)
    if resolution is None:
        df = pd.DataFrame(rows, columns=["id", "date", "yes", "no", "abstain"])
        return df.astype({"yes": "int64", "no": "int64", "abstain": "int64"})
    return pd.DataFrame(rows, columns=["state", "vote"])


def _claim_rows(claims: Any) -> list[dict[str, Any]]:
    if isinstance(claims, Corpus):
        return claims.claims()
    rows: list[dict[str, Any]] = []
    for item in claims:
        if isinstance(item, DocumentClaims):
            rows.extend(item.claims())
        else:
            rows.append(item)
    return rows


def claims_table(claims: Any) -> "pyarrow.Table":  # noqa: F821
    """Claims as a ``pyarrow.Table`` with the columns of :data:`CLAIM_COLUMNS` (``page``,
    ``line`` and ``column`` int64, ``page`` null without pages; the rest strings).

    ``claims`` is a :class:`Corpus` (its merged claims), :class:`DocumentClaims` (what
    :func:`read_document` gives), or claim dicts (:func:`extract`)."""
    import pyarrow as pa

    schema = pa.schema(
        [
            (name, pa.int64() if name in ("page", "line", "column") else pa.string())
            for name in CLAIM_COLUMNS
        ]
    )
    rows = _claim_rows(claims)
    return pa.table(
        {name: [row[name] for row in rows] for name in CLAIM_COLUMNS}, schema=schema
    )


def write_parquet(claims: Any, path: str | os.PathLike[str], **options: Any) -> None:
    """Writes claims (see :func:`claims_table`) as one Parquet file, for Spark, DuckDB,
    Polars or pandas: ``duckdb.sql("select rule, count(*) from 'claims.parquet' group by
    rule")``. ``options`` go to ``pyarrow.parquet.write_table`` (``compression=...``)."""
    import pyarrow.parquet as pq

    pq.write_table(claims_table(claims), os.fspath(path), **options)

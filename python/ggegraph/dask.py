"""Extraction on a Dask cluster: the graph of ``ggegraph build --corpus DIR`` for a corpus
too large for one machine's cores.

Extraction is per document, so a corpus shards naturally: the files are listed where
this code runs (with the ids ``build --corpus`` gives them), a ``dask.bag`` maps
:func:`ggegraph.read_document` over them on the workers, and the documents' claims come
back as :class:`ggegraph.DocumentClaims` (they pickle compactly) to be merged by
:func:`ggegraph.merge`, the merge the command line runs. The result is the same graph, byte for byte in JSON, whichever worker
read which file and in whatever order they finish::

    from dask.distributed import Client
    import ggegraph.dask

    client = Client("tcp://scheduler:8786")            # or LocalCluster() for one machine
    corpus = ggegraph.dask.build("/shared/corpus")     # a ggegraph.Corpus
    graph = ggegraph.to_networkx(corpus)               # networkx.MultiDiGraph
    open("graph.json", "w").write(corpus.to_json())   # = ggegraph build --corpus ... --format json

The workers need ``ggegraph`` installed and the files at the same paths (a shared or
network file system). Functions use the active Dask client, or Dask's default scheduler
when there is none.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

import dask.bag as db

import ggegraph
from ggegraph import Corpus, DocumentClaims, DocumentReadError
from ggegraph._ggegraph import encoding_name as _encoding_name

__all__ = ["build", "build_graph", "claims_bag", "documents_bag", "write_parquet"]


def documents_bag(
    paths_or_bag: Any,
    *,
    follow_links: bool = False,
    npartitions: int | None = None,
) -> db.Bag:
    """The documents to read, as a bag of ``{"path", "id"}`` dicts.

    ``paths_or_bag`` is a path or a list of paths (files and directories, listed here by
    :func:`ggegraph.find_documents`, so ids are those of ``build --corpus``), or a bag
    already made: of such dicts, or of file paths (each then has its file name as id,
    as a file named on the command line). ``npartitions`` defaults to one file per
    partition for up to 1,000 files.
    """
    if isinstance(paths_or_bag, db.Bag):
        return paths_or_bag.map(_as_file)
    paths = [paths_or_bag] if isinstance(paths_or_bag, (str, os.PathLike)) else paths_or_bag
    files = ggegraph.find_documents(
        [os.fspath(p) for p in paths], follow_links=follow_links
    )
    if npartitions is None:
        npartitions = max(1, min(len(files), 1000))
    return db.from_sequence(files, npartitions=npartitions)


def _as_file(item: Any) -> dict[str, str]:
    if isinstance(item, dict):
        return {"path": item["path"], "id": item["id"]}
    path = os.fspath(item)
    return {"path": path, "id": os.path.basename(path)}


def _read(
    file: dict[str, str],
    max_file_size: int | None,
    lossy: bool,
    encoding: str | None = None,
) -> DocumentClaims | dict[str, Any]:
    """One document's claims, or the reason it could not be read (reported with the
    others once every document is read, as the command line does)."""
    try:
        return ggegraph.read_document(
            file["path"],
            file["id"],
            max_file_size=max_file_size,
            lossy=lossy,
            encoding=encoding,
        )
    except DocumentReadError as e:
        return {"document": {"id": file["id"], "path": file["path"]}, "error": str(e)}


def claims_bag(
    paths_or_bag: Any,
    *,
    max_file_size: int | None = None,
    lossy: bool = False,
    follow_links: bool = False,
    encoding: str | None = None,
    npartitions: int | None = None,
) -> db.Bag:
    """A bag of what :func:`ggegraph.read_document` gives for each document (a
    :class:`ggegraph.DocumentClaims`, which pickles as the JSON of its claims), or, for a
    document that could not be read, ``{"document": ..., "error": message}``. Nothing is
    read until the bag is computed. ``paths_or_bag`` as for :func:`documents_bag`;
    ``max_file_size``, ``lossy``, ``follow_links`` and ``encoding`` are the command
    line's ``--max-file-size``, ``--lossy``, ``--follow-links`` and ``--encoding LABEL``
    (see :func:`ggegraph.load`). An unknown ``encoding`` label raises ``ValueError``
    naming it here, before the bag is made."""
    if encoding is not None:
        encoding = _encoding_name(encoding)
    files = documents_bag(
        paths_or_bag, follow_links=follow_links, npartitions=npartitions
    )
    return files.map(_read, max_file_size, lossy, encoding)


def _errors(documents: list[Any]) -> None:
    errors = [d["error"] for d in documents if isinstance(d, dict)]
    if errors:
        raise DocumentReadError("\n".join(errors))


def _merge(documents: Iterable[Any], **options: Any) -> Corpus:
    documents = list(documents)
    _errors(documents)
    return ggegraph.merge(documents, **options)


#: The options of :func:`ggegraph.load` that say how each file is read (the rest say how
#: the documents are merged).
_READ_OPTIONS = ("max_file_size", "lossy", "follow_links", "encoding")


def build(paths_or_bag: Any, *, npartitions: int | None = None, **options: Any) -> Corpus:
    """Reads the documents on the Dask workers and merges their claims here: the
    :class:`ggegraph.Corpus` of ``ggegraph build --corpus PATH...`` (its ``to_json()`` is
    that command's ``--format json`` output, byte for byte).

    ``paths_or_bag`` as for :func:`documents_bag`; ``options`` are the keyword options of
    :func:`ggegraph.load` (``bundled``, ``verified_only``, ``votes``, ``roll_calls``,
    ``max_file_size``, ``lossy``, ``follow_links``, ``encoding``: the command line's
    ``--max-file-size``, ``--lossy``, ``--follow-links``, ``--encoding LABEL``). Raises
    :class:`ggegraph.DocumentReadError` naming every document that could not be read,
    once all are read, and ``ValueError`` naming an unknown ``encoding`` label before
    any is read.
    """
    read = {k: options.pop(k) for k in _READ_OPTIONS if k in options}
    documents = claims_bag(paths_or_bag, npartitions=npartitions, **read).compute()
    return _merge(documents, **options)


def build_graph(paths_or_bag: Any, **options: Any) -> "networkx.MultiDiGraph":  # noqa: F821
    """:func:`build` as a ``networkx.MultiDiGraph`` (see :func:`ggegraph.to_networkx`)."""
    return ggegraph.to_networkx(build(paths_or_bag, **options))


def _write_partition(documents: list[Any], directory: str, index: int) -> list[dict[str, Any]]:
    _errors(documents)
    path = os.path.join(directory, f"part-{index:05d}.parquet")
    ggegraph.write_parquet(documents, path)
    return [{"path": path, "rows": sum(len(d) for d in documents)}]


def write_parquet(
    paths_or_bag: Any,
    directory: str | os.PathLike[str],
    *,
    max_file_size: int | None = None,
    lossy: bool = False,
    follow_links: bool = False,
    encoding: str | None = None,
    npartitions: int | None = None,
) -> list[dict[str, Any]]:
    """Reads the documents on the workers and writes their claims as a Parquet dataset,
    one ``part-NNNNN.parquet`` per partition, written by the worker that read it (so
    ``directory`` must be one every worker can write to). The columns are those of
    :func:`ggegraph.claims_table`; Spark, DuckDB, Polars and pandas read the directory
    as one table. These are each document's claims before the merge: a claim about a
    group the document names only by the resolution that set it up ("the OEWG
    established by resolution 75/240") waits for the merge to say which group that is,
    and is not among these rows; the merged claims are :func:`ggegraph.write_parquet`
    of :func:`build`. ``max_file_size``, ``lossy``, ``follow_links`` and ``encoding``
    are those of :func:`claims_bag` (the command line's options of the same names).
    Returns ``{"path", "rows"}`` per file written.
    """
    bag = claims_bag(
        paths_or_bag,
        max_file_size=max_file_size,
        lossy=lossy,
        follow_links=follow_links,
        encoding=encoding,
        npartitions=npartitions,
    )
    directory = os.fspath(directory)
    os.makedirs(directory, exist_ok=True)
    return _write_parts(bag, directory)


def _write_parts(bag: db.Bag, directory: str) -> list[dict[str, Any]]:
    import dask

    delayed = [
        dask.delayed(_write_partition)(part, directory, i)
        for i, part in enumerate(bag.to_delayed())
    ]
    return [row for rows in dask.compute(*delayed) for row in rows]

"""Dask integration: quotes from a Dask bag of texts, one pipeline per worker.

Install with ``pip install "quotekit[dask]"``. This module is optional and
is not imported by ``import quotekit``; import it as ``quotekit.dask``.

Each worker process builds its pipeline once, on its first partition, and
keeps it for every later partition with the same configuration; partitions
are parsed in batches through Stanza like :func:`quotekit.parse_articles`.
The default ``on_error="record"`` puts an :class:`~quotekit.ErrorRecord` in
a bad article's place, so one bad article never costs its partition.

Example (not run by the doctests: it starts a cluster)::

    import dask.bag as db
    from dask.distributed import Client, LocalCluster
    import quotekit.dask as qd

    with LocalCluster(n_workers=2, threads_per_worker=1) as cluster, Client(cluster):
        texts = db.from_sequence(my_texts, npartitions=8)
        rows = qd.parse_bag(texts).map(qd.quote_rows).flatten().compute()
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ._workers import WorkerConfig
from .model import Article
from .pipeline import OnError, Pipeline
from .serialize import to_dict
from .tables import quote_rows

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["parse_bag", "quote_rows"]

Output = Literal["article", "dict"]


def _run_partition(
    texts: Sequence[object], config: WorkerConfig, batch_size: int, on_error: OnError, output: Output
) -> list[Any]:
    pipe = config.pipeline()
    out: list[Any] = []
    for r in pipe.pipe(list(texts), batch_size=batch_size, on_error=on_error):
        out.append(to_dict(r) if output == "dict" and isinstance(r, Article) else r)
    return out


def parse_bag(
    bag: dask.bag.Bag,
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 16,
    on_error: OnError = "record",
    output: Output = "article",
) -> dask.bag.Bag:
    """Map a Dask bag of texts to a bag of results, in the same order.

    Args:
        bag: a :class:`dask.bag.Bag` of article texts.
        pipeline: the configuration to build on each worker (its extractors,
            model, device and NER choice); default: the default pipeline.
            Custom extractors must be picklable (module-level classes).
        batch_size: articles per Stanza call within a partition.
        on_error: as in :func:`quotekit.parse_articles`; ``"record"`` by
            default, so a bad article yields an :class:`~quotekit.ErrorRecord`
            (its ``index`` counts within the partition).
        output: ``"article"`` for :class:`~quotekit.Article` objects or
            ``"dict"`` for :func:`quotekit.to_dict` dictionaries (error
            records stay :class:`~quotekit.ErrorRecord`).

    Returns:
        A lazy bag; call ``.compute()`` or write it out.
    """
    if output not in ("article", "dict"):
        raise ValueError(f"output must be 'article' or 'dict', not {output!r}")
    config = WorkerConfig.of(pipeline)
    mapped: dask.bag.Bag = bag.map_partitions(  # type: ignore[no-untyped-call]
        _run_partition, config, batch_size, on_error, output
    )
    return mapped

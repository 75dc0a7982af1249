"""Spark integration: parse the texts of each partition with one pipeline per worker.

Install with ``pip install "quotekit[spark]"`` (PySpark; Java 17 or newer).
This module does not import PySpark: :class:`PartitionParser` is a plain
picklable callable for ``RDD.mapPartitions``. Spark's Python workers are
reused between tasks (``spark.python.worker.reuse``, on by default), and
each keeps the pipeline it builds, so the model loads once per worker
process rather than once per partition.

Example (not run by the doctests: it starts Spark)::

    from pyspark.sql import SparkSession
    from quotekit.spark import PartitionParser

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    texts = spark.read.json("articles.jsonl").select("text").rdd.map(lambda r: r.text)
    rows = texts.mapPartitions(PartitionParser(output="rows"))
    spark.createDataFrame(rows).write.parquet("quotes.parquet")
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs

from ._workers import WorkerConfig
from .model import Article
from .pipeline import OnError, Pipeline
from .serialize import to_dict, to_json
from .tables import quote_rows

__all__ = ["PartitionParser", "quote_rows"]

SparkOutput = Literal["json", "dict", "rows"]


@attrs.frozen(kw_only=True, init=False)
class PartitionParser:
    """A ``mapPartitions`` function: texts in, results out, in the same order.

    Args:
        pipeline: the configuration each worker rebuilds (extractors, model,
            device, NER); default: the default pipeline.
        batch_size: articles per Stanza call.
        on_error: as in :func:`quotekit.parse_articles`; ``"record"`` by
            default, so a bad article gives an error entry in its place.
        output: ``"json"`` (one JSON document per article, as
            :func:`quotekit.to_json`; a bad article gives
            ``{"error": ..., "message": ..., "index": ...}``), ``"dict"``
            (the same as dictionaries) or ``"rows"`` (flat rows, one per
            quote, see :func:`quotekit.tables.quote_rows`).

    Example:
        >>> from quotekit.spark import PartitionParser
        >>> f = PartitionParser(output="rows")
        >>> [(r["speaker_name"], r["cue"]) for r in f(["“We are ready,” Smith said."])]
        [('Smith', 'said')]
    """

    config: WorkerConfig
    batch_size: int
    on_error: OnError
    output: SparkOutput

    def __init__(
        self,
        *,
        pipeline: Pipeline | None = None,
        batch_size: int = 16,
        on_error: OnError = "record",
        output: SparkOutput = "json",
    ) -> None:
        if output not in ("json", "dict", "rows"):
            raise ValueError(f"output must be 'json', 'dict' or 'rows', not {output!r}")
        self.__attrs_init__(
            config=WorkerConfig.of(pipeline), batch_size=batch_size, on_error=on_error, output=output
        )

    def __call__(self, texts: Iterable[object]) -> Iterator[Any]:
        pipe = self.config.pipeline()
        for r in pipe.pipe(texts, batch_size=self.batch_size, on_error=self.on_error):
            if self.output == "rows":
                yield from quote_rows(r)
            elif isinstance(r, Article):
                yield to_json(r) if self.output == "json" else to_dict(r)
            else:
                err = {"error": r.error, "message": r.message, "index": r.index}
                yield json.dumps(err, ensure_ascii=False) if self.output == "json" else err

"""The Spark recipe (quotekit.spark.PartitionParser) in PySpark local mode."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import CASES, require

import quotekit
from quotekit import Article
from quotekit.spark import PartitionParser

pytestmark = [pytest.mark.model, pytest.mark.slow]

_SENTENCES = list(CASES.values())
ARTICLES: list[object] = [f"{a}\n\n{b}" for a, b in zip(_SENTENCES[0::2], _SENTENCES[1::2], strict=False)][
    :24
]
ARTICLES[5] = None


def test_partition_parser_in_process_keeps_order_and_errors() -> None:
    out = list(PartitionParser(output="dict")(iter(ARTICLES)))
    assert len(out) == len(ARTICLES)
    assert out[5]["error"] == "InvalidInputError"
    assert [d["text"] for d in out if "text" in d] == [t for t in ARTICLES if isinstance(t, str)]


def test_bad_output_choice_is_an_error() -> None:
    with pytest.raises(ValueError, match="output"):
        PartitionParser(output="csv")  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def spark() -> object:
    pyspark = require("pyspark", "the spark extra is not installed")
    if shutil.which("java") is None:
        pytest.skip("PySpark needs Java 17 or newer, and no java is on PATH")
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("quotekit-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    assert pyspark.__version__
    yield session
    session.stop()


@pytest.mark.ci_required
def test_map_partitions_in_local_mode(spark: object) -> None:
    sc = spark.sparkContext  # type: ignore[attr-defined]
    rdd = sc.parallelize(ARTICLES, 4)
    got = rdd.mapPartitions(PartitionParser(output="json")).collect()
    want = list(quotekit.parse_articles(ARTICLES, on_error="record"))
    assert len(got) == len(want) == len(ARTICLES)
    for g, w in zip(got, want, strict=True):
        if isinstance(w, Article):
            assert quotekit.from_json(g) == w
        else:
            assert json.loads(g)["error"] == w.error
    rows = rdd.mapPartitions(PartitionParser(output="rows")).collect()
    assert sum(1 for r in rows if r["error"]) == 1
    assert sum(1 for r in rows if not r["error"]) == sum(
        len(a.quotes) for a in want if isinstance(a, Article)
    )

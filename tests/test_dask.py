"""quotekit.dask on a real LocalCluster with two worker processes."""

from __future__ import annotations

import pytest
from conftest import CASES, require

import quotekit
from quotekit import Article, ErrorRecord

require("distributed", "the dask extra is not installed")

import dask.bag as db  # noqa: E402 - after the check that dask is there
from distributed import Client, LocalCluster  # noqa: E402

import quotekit.dask as qd  # noqa: E402

pytestmark = [pytest.mark.model, pytest.mark.slow, pytest.mark.ci_required]

# a few dozen short articles (two sentences each), with two bad items among them
_SENTENCES = list(CASES.values())
ARTICLES: list[object] = [f"{a}\n\n{b}" for a, b in zip(_SENTENCES[0::2], _SENTENCES[1::2], strict=False)][
    :40
]
ARTICLES[7] = None
ARTICLES[23] = b"\x00\x01 bytes, not text"


@pytest.fixture(scope="module")
def client() -> object:
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_bag_on_two_workers_matches_in_process(client: Client) -> None:
    bag = db.from_sequence(ARTICLES, npartitions=6)
    got = qd.parse_bag(bag, batch_size=4).compute()
    want = list(quotekit.parse_articles(ARTICLES, on_error="record"))
    assert len(got) == len(ARTICLES)
    assert [type(r).__name__ for r in got] == [type(r).__name__ for r in want]
    for g, w in zip(got, want, strict=True):
        if isinstance(w, Article):
            assert g == w  # same quotes, speakers and conditions, in input order
        else:
            assert isinstance(g, ErrorRecord)
            assert g.error == w.error == "InvalidInputError"
    # both workers did work, each with its own pipeline
    assert len(client.scheduler_info()["workers"]) == 2
    built = client.run(_pipelines_built)
    assert len(built) == 2
    assert all(n >= 1 for n in built.values())


def _pipelines_built() -> int:
    from quotekit import _workers

    return len(_workers._PIPELINES)


def test_bag_dicts_and_quote_rows(client: Client) -> None:
    bag = db.from_sequence(ARTICLES[:12], npartitions=4)
    dicts = qd.parse_bag(bag, output="dict").compute()
    assert [d["text"] for d in dicts if isinstance(d, dict)] == [
        t for t in ARTICLES[:12] if isinstance(t, str)
    ]
    rows = qd.parse_bag(bag).map(qd.quote_rows).flatten().compute()
    errors = [r for r in rows if r["error"]]
    assert len(errors) == 1
    assert errors[0]["error"].startswith("InvalidInputError")
    quotes = [r for r in rows if not r["error"]]
    n_quotes = sum(len(a.quotes) for a in quotekit.parse_articles(ARTICLES[:12], on_error="skip"))
    assert len(quotes) == n_quotes > 0
    assert all(r["content"] and r["kind"] in ("direct", "indirect", "mixed") for r in quotes)


def test_bad_output_choice_is_an_error() -> None:
    with pytest.raises(ValueError, match="output"):
        qd.parse_bag(db.from_sequence(["x"]), output="csv")  # type: ignore[arg-type]

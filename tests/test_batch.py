"""parse_articles: order, isolation of bad items, generators, processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import quotekit
from quotekit import Article, ErrorRecord

pytestmark = pytest.mark.model

TEXTS = [
    "“We are ready,” Smith said.",
    "Jones said the talks had failed.",
    "",
    "“No,” Brown told reporters.",
]


def test_order_is_kept_across_batches() -> None:
    out = list(quotekit.parse_articles(TEXTS * 3, batch_size=2))
    assert [a.text for a in out if isinstance(a, Article)] == TEXTS * 3


def test_bad_items_yield_records_in_place() -> None:
    items: list[object] = ["“Yes,” Smith said.", None, b"raw", "Jones said the talks had failed."]
    out = list(quotekit.parse_articles(items, on_error="record", batch_size=3))
    assert [type(x).__name__ for x in out] == ["Article", "ErrorRecord", "ErrorRecord", "Article"]
    rec = out[1]
    assert isinstance(rec, ErrorRecord)
    assert rec.index == 1
    assert rec.error == "InvalidInputError"


def test_skip_drops_only_the_bad_item() -> None:
    out = list(quotekit.parse_articles(["“Yes,” Smith said.", 7, "Jones said no."], on_error="skip"))
    assert [a.text for a in out if isinstance(a, Article)] == ["“Yes,” Smith said.", "Jones said no."]


def test_raise_is_the_default() -> None:
    with pytest.raises(quotekit.InvalidInputError):
        list(quotekit.parse_articles(["ok", None]))


def test_generator_is_consumed_lazily() -> None:
    pulled = []

    def gen() -> Iterator[str]:
        for i in range(100):
            pulled.append(i)
            yield f"“Line {i} is here,” Smith said."

    it = quotekit.parse_articles(gen(), batch_size=4)
    first = next(it)
    assert isinstance(first, Article)
    assert len(pulled) <= 4


def test_batched_equals_one_by_one() -> None:
    batched = list(quotekit.parse_articles(TEXTS, batch_size=4))
    single = [quotekit.parse_article(t) for t in TEXTS]
    assert batched == single


@pytest.mark.slow
def test_two_processes_give_the_same_results() -> None:
    items = TEXTS * 4
    par = list(quotekit.parse_articles(items, n_process=2, batch_size=3, on_error="record"))
    seq = list(quotekit.parse_articles(items, batch_size=3, on_error="record"))
    assert par == seq

"""The seed article through the bundled model, scored by the benchmark's rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotekit
from benchmarks.seed import score_seed

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result(seed_text: str) -> tuple[quotekit.Article, dict[str, object]]:
    gold = json.loads((ROOT / "seeds" / "aliyev_ceasefire.gold.json").read_text(encoding="utf-8"))
    art = quotekit.parse_article(seed_text)
    return art, score_seed(art, gold)


def test_all_gold_quotes_found(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    _, res = result
    assert res["matched"] == 11
    assert res["quotes_overlap"] == (1.0, 1.0, 1.0)
    # the exact spans too, as the benchmark reports them
    assert res["quotes_exact"] == (1.0, 1.0, 1.0)


def test_attributable_quotes_go_to_aliyev(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    art, res = result
    assert res["speaker_acc"] == 1.0
    named = [q for q in art.quotes if q.speaker is not None]
    assert len(named) == 10
    assert {q.speaker.name for q in named if q.speaker} == {"Ilham Aliyev"}


def test_one_speaker_with_every_mention(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    art, _ = result
    (aliyev,) = [s for s in art.speakers if s.name == "Ilham Aliyev"]
    texts = {m.text for m in aliyev.mentions}
    assert {"Aliyev", "he", "the Azerbaijani President", "Azerbaijani President Ilham Aliyev"} <= texts
    assert aliyev.kind.value == "person"
    assert aliyev.title == "Azerbaijani President"


def test_conditions_match_gold(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    _, res = result
    assert res["conditions"] == (1.0, 1.0, 1.0)
    assert res["condition_kind_acc"] == res["condition_holder_acc"] == res["condition_outcome_acc"] == 1.0
    assert res["negative_hits"] == []
    assert res["condition_negative_hits"] == []


def test_cues_and_addressees(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    _, res = result
    assert res["cue_acc"] == 1.0
    assert res["addressee_acc"] == 1.0


def test_every_span_is_the_text_it_claims(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    art, _ = result
    for s in art.spans():
        assert art.text[s.start : s.end] == s.text


def test_missing_opening_mark_is_reported(result: tuple[quotekit.Article, dict[str, object]]) -> None:
    art, _ = result
    assert any("no opening mark" in w for w in art.warnings)


def test_stanza_document_input_gives_the_same_result(seed_text: str) -> None:
    from quotekit._stanza import StanzaParser

    parser = StanzaParser()
    sdoc = parser._nlp(seed_text)  # a stanza.Document the user parsed themselves
    assert type(sdoc).__module__.startswith("stanza")
    assert quotekit.parse_article(sdoc) == quotekit.parse_article(seed_text)

"""Where reported speech ends: the learned right edge. Invented sentences pin
behaviour; the accuracy of the edge model is measured on the PolNeAR articles in the
benchmarks, not here."""

from __future__ import annotations

import json

import pytest
from conftest import model_pipeline

from quotekit import Pipeline, QuoteKind
from quotekit.extractors import Candidates
from quotekit.extractors._edge_model import WEIGHTS, EdgeScorer, cut_points, default_scorer, features
from quotekit.extractors._tree import tree_of
from quotekit.lexicon import ENGLISH

#: A scorer that cuts at every comma and nowhere else (the behaviour under test is the
#: cutting, not the shipped weights).
COMMA_CUTTER = EdgeScorer(weights={"mark=comma": 10.0}, bias=-5.0, threshold=0.5)
NEVER = EdgeScorer(weights={}, bias=-10.0, threshold=0.5)

SENTENCE = "The mayor said the bridge would reopen in May, a date the builders dispute."


def _chain(scorer: EdgeScorer | None) -> Pipeline:
    p = Pipeline()
    p.remove("candidates")
    p.add(Candidates(learned_edges=scorer is not None, edge_scorer=scorer), before="attribution")
    return p


def _indirect(p: Pipeline, text: str) -> list[str]:
    return [q.content.text for q in p(text).quotes if q.kind is not QuoteKind.DIRECT]


@pytest.mark.model
def test_the_rules_edge_takes_the_whole_clause() -> None:
    assert _indirect(_chain(None), SENTENCE) == [
        "the bridge would reopen in May, a date the builders dispute"
    ]


@pytest.mark.model
def test_an_accepted_cut_ends_the_content_at_the_mark() -> None:
    assert _indirect(_chain(COMMA_CUTTER), SENTENCE) == ["the bridge would reopen in May"]
    assert _indirect(_chain(NEVER), SENTENCE) == _indirect(_chain(None), SENTENCE)


@pytest.mark.model
def test_cut_places_are_clause_marks_inside_the_content_outside_direct_quotes() -> None:
    text = "She said the vote, which was close, went her way; the count took all night."
    doc = model_pipeline().parser.parse(text)
    tree = tree_of(doc, ENGLISH)
    quotes = [q for q in Candidates(lexicon=ENGLISH, learned_edges=False)(doc, ()) if q.cue is not None]
    assert quotes
    q = quotes[0]
    marks = [w.text for _, w in cut_points(tree, q)]
    assert marks
    assert set(marks) <= {",", ";"}
    # the sentence's last word is never a place; nor a mark inside a direct quote
    assert all(w.id < len(s.words) for s, w in cut_points(tree, q))
    assert cut_points(tree, q, direct=[q.content]) == []
    for i, (s, w) in enumerate(cut_points(tree, q)):
        f = features(text, tree, q, s, w, i)
        assert f[f"index={i}"] == 1.0
        assert any(k.startswith("mark=") for k in f)


@pytest.mark.model
def test_a_mixed_quote_cut_clear_of_its_quoted_words_becomes_indirect() -> None:
    text = (
        "He said the plan would “work wonders for the whole city” by spring, a view few of his aides share."
    )
    got = [(q.kind, q.content.text) for q in _chain(COMMA_CUTTER)(text).quotes]
    assert got == [(QuoteKind.MIXED, "the plan would “work wonders for the whole city” by spring")]
    text = (
        "He said the plan would work by spring, a view that his aides call “wishful thinking at its worst”."
    )
    got = [(q.kind, q.content.text) for q in _chain(COMMA_CUTTER)(text).quotes]
    # cut before the quoted words: reported speech alone, and the quoted words stand apart
    assert got == [
        (QuoteKind.INDIRECT, "the plan would work by spring"),
        (QuoteKind.DIRECT, "wishful thinking at its worst"),
    ]
    assert [q.kind for q in _chain(None)(text).quotes] == [QuoteKind.MIXED]


def test_the_shipped_edge_model_loads_with_its_card() -> None:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    assert data["card"]["trained_by"] == "python scripts/train_edges.py"
    scorer = default_scorer()
    assert scorer is not None
    assert 0.0 < scorer.threshold < 1.0
    assert scorer.weights


@pytest.mark.model
def test_a_condition_after_the_cut_is_still_the_speakers() -> None:
    # the edge ends the quote at the comma; the conditional clause after it was still
    # said by the mayor, and the conditions stage searches the rules' whole clause
    text = "The mayor said the bridge would reopen in May, if the state pays for the repairs."
    (q,) = [q for q in _chain(COMMA_CUTTER)(text).quotes if q.kind is not QuoteKind.DIRECT]
    assert q.content.text == "the bridge would reopen in May"
    assert [(c.trigger.text, c.condition.text) for c in q.conditions] == [
        ("if", "the state pays for the repairs")
    ]


@pytest.mark.model
def test_the_rule_that_found_the_content_votes_on_its_edge() -> None:
    text = "According to the mayor, the bridge will reopen in May, a date the builders dispute."
    doc = model_pipeline().parser.parse(text)
    tree = tree_of(doc, ENGLISH)
    (q,) = [q for q in Candidates(lexicon=ENGLISH, learned_edges=False)(doc, ()) if q.cue is not None]
    assert q.rule == "according_clause"
    places = cut_points(tree, q)
    assert places
    s, w = places[0]
    assert features(text, tree, q, s, w, 0)["rule=according_clause"] == 1.0
    by_rule = EdgeScorer(
        weights={"rule=according_clause": -10.0, "mark=comma": 10.0}, bias=-5.0, threshold=0.5
    )
    assert _indirect(_chain(by_rule), text) == _indirect(_chain(None), text)
    assert _indirect(_chain(COMMA_CUTTER), text) != _indirect(_chain(None), text)

"""The learned parts: class rules that propose, the condition acceptor, the speaker ranker,
rule ablation, provenance and confidences. Invented sentences pin behaviour; accuracy is
measured in the benchmarks, not here."""

from __future__ import annotations

import io
import json
import re

import pytest
from conftest import model_pipeline, run_model

import quotekit
from quotekit import Pipeline, PipelineConfigError
from quotekit.cli import main
from quotekit.extractors import Conditions
from quotekit.extractors._condition_model import WEIGHTS as CONDITION_WEIGHTS
from quotekit.extractors._condition_model import ConditionScorer
from quotekit.extractors._speaker_model import WEIGHTS as SPEAKER_WEIGHTS
from quotekit.extractors._speaker_model import SpeakerScorer
from quotekit.lexicon import ENGLISH
from quotekit.pipeline import _unique_ids


def _proposals(pipeline: Pipeline, text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    doc = pipeline.parser.parse(text)
    quotes: tuple[quotekit.Quote, ...] = ()
    for ext in pipeline.extractors:
        if ext.name == "conditions":
            break
        quotes = _unique_ids(ext(doc, quotes))
    return [
        (rules, c.trigger.text, c.condition.text, c.outcome.text if c.outcome else None)
        for cands in Conditions(lexicon=ENGLISH).candidates(doc, quotes)
        for c, rules, _ in cands
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "rule", "trigger", "condition", "outcome"),
    [
        (
            "“To keep the plant open, the owners must find a buyer,” she said.",
            "necessity",
            "must",
            "find a buyer",
            "keep the plant open",
        ),
        (
            "“We need more volunteers to staff the phones,” she said.",
            "necessity",
            "need",
            "more volunteers",
            "staff the phones",
        ),
        (
            "“Depending on the weather, we will go,” he said.",
            "contingency",
            "Depending on",
            "the weather",
            "we will go",
        ),
        (
            "“The only way to fix the budget is to raise the sales tax,” he said.",
            "sole_means",
            "only way",
            "raise the sales tax",
            "fix the budget",
        ),
    ],
)
def test_class_rules_propose(text: str, rule: str, trigger: str, condition: str, outcome: str) -> None:
    found = _proposals(model_pipeline(), text)
    assert any(rule in r and t == trigger and c == condition and o == outcome for r, t, c, o in found), found


@pytest.mark.model
def test_the_narrators_necessity_is_never_proposed() -> None:
    assert _proposals(model_pipeline(), "To win the state, the party must carry the suburbs.") == []


@pytest.mark.model
def test_conditions_record_rule_and_confidence() -> None:
    art = run_model("“We will sign if the border opens,” the minister said.")
    (c,) = art.conditions
    assert c.rule == "clauses"
    assert c.confidence is not None
    assert 0.0 <= c.confidence <= 1.0
    d = quotekit.to_dict(art)["conditions"][0]
    assert (d["rule"], d["confidence"]) == ("clauses", c.confidence)


@pytest.mark.model
def test_disable_rules_switches_a_rule_off() -> None:
    text = "“We will sign if the border opens,” the minister said."
    assert len(Pipeline(disable_rules={"clauses"})(text).conditions) == 0
    assert len(Pipeline(disable_rules={"without"})(text).conditions) == 1


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(PipelineConfigError, match="unknown rule"):
        Pipeline(disable_rules={"no_such_rule"})


def test_rules_command_lists_the_rules_in_order() -> None:
    out = io.StringIO()
    assert main(["rules"], out=out) == 0
    text = out.getvalue()
    assert text.index("clauses") < text.index("continued") < text.index("necessity")
    assert "model: condition acceptor" in text


@pytest.mark.model
def test_speaker_confidence_is_a_probability_for_every_named_speaker(seed_text: str) -> None:
    seed_article = run_model(seed_text)
    named = [q for q in seed_article.quotes if q.speaker is not None]
    assert named
    assert all(q.speaker_confidence is not None and 0.0 < q.speaker_confidence <= 1.0 for q in named)
    assert all(q.speaker_confidence is None for q in seed_article.quotes if q.speaker is None)


@pytest.mark.parametrize("path", [CONDITION_WEIGHTS, SPEAKER_WEIGHTS])
def test_shipped_weights_are_numbers_over_feature_names(path: object) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    assert data["card"]["trained_by"].startswith("python scripts/")
    for name, value in data["weights"].items():
        assert isinstance(value, float | int)
        # a feature name: a short identifier, or identifier=value pairs joined by '&' (no article text)
        assert re.fullmatch(r"[a-z_]+(=[A-Za-z_<=>0-9.+]+)?(&[a-z_]+(=[A-Za-z_<=>0-9.+]+)?)*", name), name


def test_scorers_load_what_the_training_scripts_write() -> None:
    assert ConditionScorer.load(CONDITION_WEIGHTS).threshold > 0
    assert SpeakerScorer.load(SPEAKER_WEIGHTS).weights


def test_every_rule_has_its_doc_in_order() -> None:
    from quotekit.extractors._condition_model import CLASS_RULES

    assert list(Conditions.rule_docs()) == [*Conditions.RULES, *(name for name, _ in CLASS_RULES)]


def test_the_speaker_rules_are_listed_in_the_order_they_are_tried() -> None:
    from quotekit.extractors._cues import SPEAKER_RULE_DOCS, SPEAKER_RULES, _by_name_nearby

    names = [r.__name__.removeprefix("_by_") for r in (*SPEAKER_RULES, _by_name_nearby)]
    assert list(SPEAKER_RULE_DOCS) == names
    out = io.StringIO()
    assert main(["rules"], out=out) == 0
    text = out.getvalue()
    assert (
        text.index("attribution")
        < text.index("titled_name")
        < text.index("name_nearby")
        < text.index("speakers")
    )

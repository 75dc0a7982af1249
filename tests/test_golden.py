"""The JSON layout pinned: golden files compared byte for byte, and the JSON
Schema in the docs validated against them. A layout change must bump
``SCHEMA_VERSION`` and regenerate the files (``python tests/test_golden.py``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import quotekit
from quotekit import (
    Article,
    Condition,
    ConditionKind,
    Extra,
    Quote,
    QuoteKind,
    Resolution,
    Span,
    Speaker,
    SpeakerKind,
)

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "data" / "golden"
SCHEMA = HERE.parent / "docs" / "_static" / f"quotekit-{quotekit.SCHEMA_VERSION}.schema.json"
SEED = HERE.parent / "seeds" / "aliyev_ceasefire.txt"

TEXT = (
    "Foreign Minister Ana Ruiz told reporters: “We will sign if the border opens.” "
    "The ministry said Lisbon must pay first, calling the offer “a fair start.”"
)


def constructed() -> Article:
    """A small article with every field of the layout set at least once."""
    t = TEXT

    def sp(s: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = t.index(s, i + 1)
        return Span.of(t, i, i + len(s))

    ruiz = Speaker(
        name="Ana Ruiz",
        label="Ana Ruiz",
        kind=SpeakerKind.PERSON,
        title="Foreign Minister",
        mentions=(sp("Foreign Minister Ana Ruiz"),),
        resolution=Resolution.NAME,
        quote_ids=("q1",),
        gender="female",
    )
    ministry = Speaker(
        name=None,
        label="The ministry",
        kind=SpeakerKind.ORGANISATION,
        mentions=(sp("The ministry"),),
        resolution=Resolution.UNRESOLVED,
        quote_ids=("q2",),
    )
    c1 = Condition(
        id="c1",
        kind=ConditionKind.CONDITIONAL_CLAUSE,
        condition=sp("the border opens"),
        trigger=sp("if"),
        outcome=sp("We will sign"),
        holder="Ana Ruiz",
        quote_id="q1",
    )
    c2 = Condition(
        id="c2",
        kind=ConditionKind.DEMAND,
        condition=sp("Lisbon must pay first"),
        trigger=sp("must"),
        holder="The ministry",
        quote_id="q2",
    )
    q1 = Quote(
        id="q1",
        kind=QuoteKind.DIRECT,
        content=sp("We will sign if the border opens."),
        cue=sp("told"),
        speaker_mention=sp("Foreign Minister Ana Ruiz"),
        speaker=ruiz,
        addressee=sp("reporters"),
        conditions=(c1,),
        extras=(
            Extra(namespace="sentiment", key="score", value=0.5),
            Extra(namespace="sentiment", key="label", value="pos"),
        ),
    )
    q2 = Quote(
        id="q2",
        kind=QuoteKind.MIXED,
        content=sp("Lisbon must pay first, calling the offer “a fair start.”"),
        cue=sp("said"),
        speaker_mention=sp("The ministry"),
        speaker=ministry,
        conditions=(c2,),
    )
    return Article(
        text=t,
        quotes=(q1, q2),
        speakers=(ruiz, ministry),
        conditions=(c1, c2),
        warnings=("a made-up warning",),
    )


def _cases() -> dict[str, str]:
    from conftest import run_model

    return {
        "constructed": quotekit.to_json(constructed(), indent=1),
        "seed": quotekit.to_json(run_model(SEED.read_text(encoding="utf-8")), indent=1),
    }


@pytest.mark.model
@pytest.mark.parametrize("name", ["constructed", "seed"])
def test_json_is_byte_for_byte_the_golden_file(name: str) -> None:
    got = _cases()[name]
    want = (GOLDEN / f"{name}.json").read_text(encoding="utf-8")
    assert got + "\n" == want


@pytest.mark.model
@pytest.mark.parametrize("name", ["constructed", "seed"])
def test_golden_files_follow_the_json_schema(name: str) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (in the dev extra) is not installed")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8")), schema)


def test_schema_rejects_a_layout_change() -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (in the dev extra) is not installed")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    d = quotekit.to_dict(constructed())
    d["quotes"][0]["speaker_name"] = "extra field"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(d, schema)


def test_constructed_article_round_trips() -> None:
    a = constructed()
    assert quotekit.from_json(quotekit.to_json(a)) == a
    for s in a.spans():
        assert a.text[s.start : s.end] == s.text


if __name__ == "__main__":  # regenerate the golden files
    sys.path.insert(0, str(HERE))
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, text in _cases().items():
        (GOLDEN / f"{name}.json").write_text(text + "\n", encoding="utf-8")
        print("wrote", GOLDEN / f"{name}.json")

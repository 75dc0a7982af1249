"""JSON: the gold file's field names, a schema version, lossless round trip."""

from __future__ import annotations

import json

import pytest
from conftest import extract_fixture

from quotekit import InvalidInputError, from_dict, from_json, to_dict, to_json


@pytest.mark.parametrize("name", ["d_after", "c_demand_must", "s_unnamed", "d_addressee", "i_coord"])
def test_round_trip_is_lossless(name: str) -> None:
    a = extract_fixture(name)
    assert from_json(to_json(a)) == a


def test_field_names_follow_the_gold_file() -> None:
    d = to_dict(extract_fixture("c_demand_must"))
    assert d["schema_version"] == "1.3"
    q = d["quotes"][0]
    assert {"id", "kind", "content", "speaker", "speaker_mention", "cue", "addressee"} <= set(q)
    assert set(q["content"]) == {"start", "end", "text"}
    assert q["speaker"]["name"] == "Smith"
    c = d["conditions"][0]
    assert {"id", "kind", "condition", "trigger", "outcome", "holder", "quote"} <= set(c)
    json.dumps(d)


def test_wrong_schema_version_is_refused() -> None:
    d = to_dict(extract_fixture("d_after"))
    d["schema_version"] = "0.1"
    with pytest.raises(InvalidInputError):
        from_dict(d)


def test_without_text_cannot_be_rebuilt() -> None:
    with pytest.raises(InvalidInputError):
        from_dict(to_dict(extract_fixture("d_after"), include_text=False))

"""Conditions: every trigger and kind, positions, and the traps."""

from __future__ import annotations

import pytest
from conftest import CASES, extract_fixture, run_model

from quotekit import Article

# name -> [(kind, trigger, condition, outcome)]
CONDITIONS: dict[str, list[tuple[str, str, str, str | None]]] = {
    "c_if_after": [("conditional_clause", "if", "they withdraw", "We will sign the deal")],
    "c_if_before": [("conditional_clause", "If", "they withdraw", "we will sign the deal")],
    "c_unless": [("conditional_clause", "unless", "they withdraw", "We will not sign")],
    "c_provided": [("conditional_clause", "provided that", "they withdraw", "We will sign")],
    "c_as_long_as": [("conditional_clause", "as long as", "they stop shooting", "We will talk")],
    "c_so_long_as": [("conditional_clause", "so long as", "they stop shooting", "We will talk")],
    "c_on_condition": [("conditional_clause", "on condition that", "they withdraw", "We will sign")],
    "c_only_if": [("conditional_clause", "only if", "they withdraw", "We will sign")],
    "c_in_case": [("conditional_clause", "in case", "they attack again", "We will stay")],
    "c_assuming": [("conditional_clause", "assuming that", "they withdraw", "We will sign")],
    "c_indirect": [("conditional_clause", "if", "the troops withdrew", "they would sign the deal")],
    "c_stated": [("stated", "only condition", "a full withdrawal", "peace")],
    "c_requires": [("stated", "requires", "a full withdrawal", "Peace")],
    "c_depends": [("stated", "depends on", "a full withdrawal", "Peace")],
    "c_demand_must": [("demand", "must", "Armenia must leave the region", "We are ready to talk")],
    "c_demand_should": [("demand", "should", "Russia should stop the attacks", "We want peace")],
    "i_coord": [("stated", "condition", "a withdrawal", None)],
    # traps: nothing
    "n_even_if": [],
    "n_as_if": [],
    "n_asked_if": [],
    "n_what_if": [],
    "n_if_any": [],
    "n_narrator": [],
    "n_unconditional": [],
    "n_opinion": [],
    "n_first_person": [],
    "i_asked": [],
}


def _rows(a: Article) -> list[tuple[str, str, str, str | None]]:
    return [
        (c.kind.value, c.trigger.text, c.condition.text, c.outcome.text if c.outcome else None)
        for c in a.conditions
    ]


@pytest.mark.parametrize("name", list(CONDITIONS))
def test_conditions_on_fixture(name: str) -> None:
    assert _rows(extract_fixture(name)) == CONDITIONS[name]


@pytest.mark.model
@pytest.mark.parametrize("name", list(CONDITIONS))
def test_conditions_through_model(name: str) -> None:
    assert _rows(run_model(CASES[name])) == CONDITIONS[name]


def test_condition_is_tied_to_its_quote_and_holder() -> None:
    a = extract_fixture("c_if_after")
    (c,) = a.conditions
    assert c.holder == "Smith"
    assert c.quote_id == a.quotes[0].id
    assert a.quotes[0].conditions == (c,)

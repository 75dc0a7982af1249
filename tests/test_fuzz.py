"""The parse fuzzer's short form, and the regressions its long runs found.

See ``tests/fuzz_parses.py`` for the mutations and the long run.
"""

from __future__ import annotations

import attrs
import pytest
from conftest import extract_fixture, fixture_docs, rules_pipeline
from fuzz_parses import all_docs, check, mutated_docs
from hypothesis import HealthCheck, given, settings

from quotekit import InvalidInputError
from quotekit.parsing import ParsedDoc, Sentence

DOCS = all_docs()


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(mutated_docs(DOCS))
def test_mutated_parses_give_valid_articles_or_a_clear_error(doc: ParsedDoc) -> None:
    check(rules_pipeline(), doc)


def _with_word(name: str, index: int, **changes: object) -> ParsedDoc:
    doc = fixture_docs()[name]
    s = doc.sentences[0]
    words = list(s.words)
    words[index] = attrs.evolve(words[index], **changes)
    return attrs.evolve(doc, sentences=(Sentence(index=0, words=tuple(words)), *doc.sentences[1:]))


# Found by the first long run (3,000 examples): a word whose offsets run past the
# end of the text crashed the candidates stage with an IndexError in trim()
# (surfacing as ExtractorError); now every document is checked first.
def test_offsets_past_the_text_are_a_clear_error() -> None:
    doc = _with_word("c_if_after", 11, start_char=40, end_char=400)
    with pytest.raises(InvalidInputError, match="outside the text"):
        rules_pipeline().extract(doc)


def test_offsets_going_backwards_are_a_clear_error() -> None:
    doc = _with_word("c_if_after", 12, start_char=0, end_char=3)
    with pytest.raises(InvalidInputError, match="backwards"):
        rules_pipeline().extract(doc)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"head": 99}, "not in 0"),
        ({"head": -1}, "not in 0"),
        ({"head": 4}, "its own head"),
    ],
)
def test_bad_heads_are_a_clear_error(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        rules_pipeline().extract(_with_word("c_if_after", 3, **changes))


# Found by the second long run (100,000 examples): a word with no characters in a
# name ("Ilham" + an empty word) crashed the speakers stage with an IndexError.
def test_empty_words_are_a_clear_error() -> None:
    doc = _with_word("s_surname", 1, start_char=1, end_char=1, text="")
    with pytest.raises(InvalidInputError, match="no characters"):
        rules_pipeline().extract(doc)


def test_head_cycles_are_a_clear_error() -> None:
    doc = _with_word("c_if_after", 12, head=4)  # said -> sign -> said
    with pytest.raises(InvalidInputError, match="cycle"):
        rules_pipeline().extract(doc)


def test_well_formed_fixtures_pass_the_check() -> None:
    for doc in DOCS:
        doc.check()
    assert extract_fixture("c_if_after").quotes

"""Linguistic knowledge as data: the :class:`Lexicon` of a language.

A lexicon holds all that quotekit knows of one language as data: reporting
verbs, quotation marks, titles, pronouns, condition triggers, function words,
each table with its source. The tables of a language live in its language pack,
a module of :mod:`quotekit.lang` (English: :mod:`quotekit.lang.en`, whose
:data:`ENGLISH` this module re-exports with its tables); the stages read the
lexicon the pipeline gives them (``Pipeline(lang=...)``), never module constants.
"""

from __future__ import annotations

import attrs

__all__ = [
    "ENGLISH",
    "LEXICONS",
    "Lexicon",
    "lexicon_for",
    "with_reporting_verbs",
    "ADDRESSEE_PREPOSITIONS",
    "COMMUNICATION_NOUNS",
    "CONDITIONAL_SUBORDINATORS",
    "CONDITION_NOUNS",
    "CONDITION_VERBS",
    "DOUBLE_QUOTES",
    "FEMALE_WORDS",
    "FIRST_PERSON",
    "MALE_WORDS",
    "NON_CONDITION_IF",
    "NON_CUE_PHRASES",
    "NP_CONTENT_VERBS",
    "NP_ONLY_VERBS",
    "ORGANISATION_WORDS",
    "REPORTING_VERBS",
    "REPORTING_VERBS_NEED_SUBJECT",
    "SINGLE_QUOTES",
    "SPEAKING_VERBS",
    "SPEECH_EVENT_NOUNS",
    "TELL_VERBS",
    "TIME_NOUNS",
    "TITLE_WORDS",
]


from .lang._base import Lexicon
from .lang.en import (
    ADDRESSEE_PREPOSITIONS,
    COMMUNICATION_NOUNS,
    CONDITION_NOUNS,
    CONDITION_VERBS,
    CONDITIONAL_SUBORDINATORS,
    DOUBLE_QUOTES,
    ENGLISH,
    FEMALE_WORDS,
    FIRST_PERSON,
    MALE_WORDS,
    NON_CONDITION_IF,
    NON_CUE_PHRASES,
    NP_CONTENT_VERBS,
    NP_ONLY_VERBS,
    ORGANISATION_WORDS,
    REPORTING_VERBS,
    REPORTING_VERBS_NEED_SUBJECT,
    SINGLE_QUOTES,
    SPEAKING_VERBS,
    SPEECH_EVENT_NOUNS,
    TELL_VERBS,
    TIME_NOUNS,
    TITLE_WORDS,
)

#: The lexicons available, by language code (one per language pack).
LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}


def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of ``lang``.

    Raises:
        PipelineConfigError: no lexicon for that language (the message lists those there are).
    """
    from .errors import PipelineConfigError  # noqa: PLC0415 - errors is a leaf module

    try:
        return LEXICONS[lang]
    except KeyError:
        raise PipelineConfigError(
            f"no lexicon for language {lang!r}; available: {', '.join(sorted(LEXICONS))}"
        ) from None


def with_reporting_verbs(lexicon: Lexicon, verbs: frozenset[str] | None) -> Lexicon:
    """``lexicon`` with its reporting verbs replaced (a stage's
    ``reporting_verbs=`` option), so every helper of the stage sees them."""
    return lexicon if verbs is None else attrs.evolve(lexicon, reporting_verbs=frozenset(verbs))

"""Linguistic knowledge as data: the :class:`Lexicon` of a language.

A lexicon holds all that quotekit knows of one language as data: reporting
verbs, quotation marks, titles, pronouns, condition triggers, function words,
each table with its source. The tables of a language live in its language pack,
a module of :mod:`quotekit.lang` (English: :mod:`quotekit.lang.en`, whose
:data:`ENGLISH` this module re-exports with its tables); the stages read the
lexicon the pipeline gives them (``Pipeline(lang=...)``), never module constants.
"""

from __future__ import annotations

from .lang import en as _en
from .lang._base import Lexicon
from .lang.en import *  # noqa: F403 - the English tables, re-exported as before the pack
from .lang.en import ENGLISH

__all__ = ["LEXICONS", "Lexicon", "lexicon_for", "stage_lexicon", "with_reporting_verbs"]
__all__ += _en.__all__

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


def stage_lexicon(stage: str, lexicon: Lexicon | None) -> Lexicon:
    """The language pack a stage was built for: a stage built without one (not in a
    pipeline, not through :func:`quotekit.extractors.make`) refuses to guess English.

    Raises:
        PipelineConfigError: ``lexicon`` is ``None`` (the message says how to build the
            stage for a language).

    Example:
        >>> from quotekit.lexicon import ENGLISH, stage_lexicon
        >>> stage_lexicon("conditions", ENGLISH).lang
        'en'
    """
    if lexicon is None:
        from .errors import PipelineConfigError  # noqa: PLC0415 - errors is a leaf module

        raise PipelineConfigError(
            f"the {stage!r} stage was built without a language: run it in a "
            f"Pipeline(lang=...), which hands it its language pack, or build it with "
            f"quotekit.extractors.make({stage!r}, lang) (or its lexicon= argument)"
        )
    return lexicon


def with_reporting_verbs(lexicon: Lexicon, verbs: frozenset[str] | None) -> Lexicon:
    """``lexicon`` with its reporting verbs replaced (a stage's
    ``reporting_verbs=`` option), so every helper of the stage sees them."""
    return lexicon if verbs is None else lexicon.replace(reporting_verbs=frozenset(verbs))

"""Language packs: one module per language, with all that quotekit knows of it.

A pack is a module ``quotekit.lang.<code>`` that defines its word tables (each
with its source) and ``LEXICON``, the :class:`~quotekit.lexicon.Lexicon` built
from them; :data:`quotekit.lexicon.LEXICONS` registers it and
``Pipeline(lang=<code>)`` reads it. The stages hold no words of any language
(their rules read the lexicon they are given), so a new language is a new pack
plus its parsing models. English is :mod:`quotekit.lang.en`.

Example:
    >>> from quotekit.lang import en
    >>> en.LEXICON.lang, "say" in en.LEXICON.reporting_verbs
    ('en', True)
"""

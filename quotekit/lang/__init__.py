"""Language packs: one module per language, with all that quotekit knows of it.

A pack is a module ``quotekit.lang.<code>`` that defines its word tables (each
with its source) and ``LEXICON``, the :class:`~quotekit.lexicon.Lexicon` built
from them; :data:`quotekit.lexicon.LEXICONS` registers it and
``Pipeline(lang=<code>)`` reads it. The stages hold no words of any language
(their rules read the lexicon they are given), so a new language is a new pack
plus its parsing models. English is :mod:`quotekit.lang.en`.

A pack fills the seven groups of a lexicon, grouped by what the words are, not by
the rule that reads them: ``cues`` (reporting verbs and nouns, what a cue's object,
addressee and topic look like), ``marks`` (quotation marks, the punctuation the
rules read), ``names`` (titles, name particles, nouns of people, organisations,
places, times and quantities), ``pronouns`` (by person, number, gender and what
they can stand for), ``function_words`` (determiners, prepositions, conjunctions,
subordinators, modals), ``conditions`` (condition triggers by class, with the words
of their look-alikes and edges), and ``syntax``: what is language code rather than
a word list, the treebank's tags and brackets, regular inflections, and the tests
built on them (``finite``, ``base_forms``). ``sources`` names the source of each
table.

Example:
    >>> from quotekit.lang import en
    >>> en.LEXICON.lang, "say" in en.LEXICON.cues.reporting_verbs
    ('en', True)
"""

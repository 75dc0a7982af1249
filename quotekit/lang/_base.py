"""The :class:`Lexicon` type: what a language pack fills in (a leaf module: the
packs and :mod:`quotekit.lexicon` import it, it imports none of them)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # pragma: no cover - a leaf module: no runtime import of the parse types
    from ..parsing import Word

__all__ = [
    "GROUPS",
    "ConditionTriggers",
    "CueWords",
    "FunctionWords",
    "Lexicon",
    "Marks",
    "NameWords",
    "Pronouns",
    "Syntax",
]


def _marks(*tables: Mapping[str, frozenset[str]] | frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for t in tables:
        if isinstance(t, frozenset):
            out |= t
        else:
            for k, v in t.items():
                out.add(k)
                out |= v
    return frozenset(out)


@attrs.frozen(kw_only=True)
class CueWords:
    """Speech cues: the verbs, nouns and phrases that make a word a cue (or keep it from being one), and what a cue's object, addressee and topic look like."""

    reporting_verbs: frozenset[str]
    reporting_verbs_need_subject: frozenset[str]
    non_cue_phrases: tuple[tuple[str, ...], ...]
    basic_speech_lemmas: frozenset[str]
    tell_verbs: frozenset[str]
    never_inverted_verbs: frozenset[str]
    np_content_verbs: frozenset[str]
    np_only_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    #: (the three below have empty defaults, so a language pack written before them
    #: still builds; empty, the rule that reads each does nothing)
    clause_object_verbs: frozenset[str] = frozenset()
    infinitive_not_speech_verbs: frozenset[str] = frozenset()
    speaking_manner_nouns: frozenset[str] = frozenset()
    topic_only_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    complement_verbs: frozenset[str]
    question_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    author_note_verbs: frozenset[str]
    communication_nouns: frozenset[str]
    speech_event_nouns: frozenset[str]
    headline_labels: frozenset[str]
    addressee_prepositions: frozenset[str]
    topic_prepositions: Mapping[str, frozenset[str]]
    any_topic_prepositions: frozenset[str]
    according_phrase: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Marks:
    """Quotation marks and the punctuation the rules read."""

    double_quotes: Mapping[str, frozenset[str]]
    closing_double: frozenset[str]
    opening_double_default: frozenset[str]
    single_quotes: Mapping[str, frozenset[str]]
    closing_only_marks: frozenset[str]
    quote_closing_punct: frozenset[str]
    clause_marks: frozenset[str]
    possessive_marks: frozenset[str]


@attrs.frozen(kw_only=True)
class NameWords:
    """Names, titles and the nouns of people, organisations, places, times and quantities."""

    title_words: frozenset[str]
    honorifics: frozenset[str]
    title_abbreviations: Mapping[str, str]
    name_abbreviations: frozenset[str]
    organisation_words: frozenset[str]
    organisation_nouns: frozenset[str]
    place_words: frozenset[str]
    person_nouns: frozenset[str]
    person_noun_endings: tuple[str, ...]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    name_connectors: frozenset[str]
    name_conjunctions: frozenset[str]
    name_chunk_ends: frozenset[str]
    affiliation_prepositions: frozenset[str]
    title_complement_prepositions: frozenset[str]
    byline_words: frozenset[str]
    acronym_skip: frozenset[str]
    female_first_names: frozenset[str]
    male_first_names: frozenset[str]
    time_nouns: frozenset[str]
    quantity_leads: frozenset[str]
    quantity_words: frozenset[str]
    approximators: frozenset[str]


@attrs.frozen(kw_only=True)
class Pronouns:
    """Pronouns and subjects by person, number, gender and what they can stand for."""

    first_person: frozenset[str]
    second_person: frozenset[str]
    narrator_pronouns: frozenset[str]
    interlocutor_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    object_pronouns: frozenset[str]
    organisation_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    person_relatives: frozenset[str]
    wh_relatives: frozenset[str]
    anaphoric_pronouns: frozenset[str]
    dummy_pronouns: frozenset[str]
    expletive_subjects: frozenset[str]
    non_speaker_subjects: frozenset[str]
    offer_subjects: frozenset[str]
    non_party_subjects: frozenset[str]


@attrs.frozen(kw_only=True)
class FunctionWords:
    """Closed classes: determiners, prepositions, conjunctions, complementisers, subordinators, modals and auxiliaries."""

    determiners: frozenset[str]
    definite_determiners: frozenset[str]
    indefinite_determiners: frozenset[str]
    articles: frozenset[str]
    definite_articles: frozenset[str]
    complementizers: frozenset[str]
    declarative_complementizers: frozenset[str]
    coordinators: frozenset[str]
    additive_conjunctions: frozenset[str]
    infinitive_marks: frozenset[str]
    non_finite_marks: frozenset[str]
    negators: frozenset[str]
    copula_lemmas: frozenset[str]
    have_lemmas: frozenset[str]
    got_lemmas: frozenset[str]
    need_lemmas: frozenset[str]
    future_modals: frozenset[str]
    obligation_modals: frozenset[str]
    inverting_modals: frozenset[str]
    wh_words: frozenset[str]
    genitive_prepositions: frozenset[str]
    comitative_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    benefactive_prepositions: frozenset[str]
    dependence_prepositions: frozenset[str]
    without_prepositions: frozenset[str]
    role_prepositions: frozenset[str]
    about_prepositions: frozenset[str]
    temporal_subordinators: frozenset[str]
    clause_subordinators: frozenset[str]
    adjunct_subordinators: frozenset[str]


@attrs.frozen(kw_only=True)
class ConditionTriggers:
    """Condition triggers by class (conditional subordinators, inverted conditionals, necessity, requirement, dependency, sole means, sufficiency, purpose, threats and demands) with the words that mark their look-alikes and their edges."""

    conditional_subordinators: tuple[tuple[str, ...], ...]
    if_subordinators: frozenset[tuple[str, ...]]
    participle_subordinators: frozenset[tuple[str, ...]]
    case_subordinators: frozenset[tuple[str, ...]]
    temporal_conditionals: tuple[tuple[str, ...], ...]
    inverted_conditionals: frozenset[str]
    non_condition_if: frozenset[str]
    non_condition_leads: frozenset[str]
    if_ellipses: frozenset[str]
    supposition_verbs: frozenset[str]
    condition_nouns: frozenset[str]
    condition_noun_modifiers: frozenset[str]
    condition_verbs: frozenset[str]
    stress_verbs: frozenset[str]
    necessity_modals: frozenset[str]
    necessity_adjectives: frozenset[str]
    past_necessity_forms: frozenset[str]
    requirement_have_forms: frozenset[str]
    requirement_adjectives: frozenset[str]
    requirement_subjects: frozenset[str]
    dependency_predicates: frozenset[str]
    sole_means_nouns: frozenset[str]
    sole_markers: frozenset[str]
    means_verbs: frozenset[str]
    sufficiency_words: frozenset[str]
    outcome_modals: frozenset[str]
    consequence_words: frozenset[str]
    infinitive_takers: frozenset[str]
    purpose_marks: frozenset[str]
    purpose_leads: frozenset[str]
    purpose_phrase: tuple[str, ...]
    bare_demand_modals: frozenset[str]
    to_demand_modals: frozenset[str]
    named_demand_modals: frozenset[str]
    named_demand_to_modals: frozenset[str]
    discourse_obligations: frozenset[str]
    offer_words: frozenset[str]
    list_continuations: frozenset[str]
    outcome_leads: frozenset[str]
    condition_leads: frozenset[str]
    clause_breaks: tuple[str, ...]
    clause_lead_words: frozenset[str]
    chain_gaps: frozenset[str]


@attrs.frozen(kw_only=True)
class Syntax:
    """What is language code rather than word lists: the treebank's tags and bracket tokens, regular inflections, and the tests built on them.

    Example:
        >>> from quotekit.lexicon import ENGLISH
        >>> "quip" in ENGLISH.syntax.base_forms("quipped")
        True
    """

    finite_tags: frozenset[str]
    participle_tags: frozenset[str]
    gerund_tags: frozenset[str]
    opening_brackets: frozenset[str]
    closing_brackets: frozenset[str]
    regular_inflections: tuple[tuple[str, str], ...]

    def finite(self, w: Word) -> bool:
        """A finite verb or auxiliary: by its features, or by the treebank's tags of
        finite verbs where the features are missing."""
        return w.upos in ("VERB", "AUX") and (w.feat("VerbForm") == "Fin" or w.xpos in self.finite_tags)

    # what a word's letters say: by case, whether it may be part of a name (scripts
    # and languages without case, or with every noun capitalised, give a pack of its
    # own a subclass of Syntax that overrides these)
    def capitalised(self, text: str) -> bool:
        """Begins with a capital letter: may be a word of a name ("Lee", not "lee")."""
        return text[:1].isupper()

    def starts_lower(self, text: str) -> bool:
        """Begins with a lower-case letter: a common word, not a name's."""
        return text[:1].islower()

    def lower_case(self, text: str) -> bool:
        """All its cased letters lower-case ("aides", not "iPhone")."""
        return text.islower()

    def all_caps(self, text: str) -> bool:
        """All its cased letters capitals: an acronym or a shouted word ("NATO")."""
        return text.isupper()

    def title_case(self, text: str) -> bool:
        """Capitalised and the rest lower-case, word by word ("Reuters")."""
        return text.istitle()

    def singulars(self, form: str) -> list[str]:
        """The singular forms a regular plural ``form`` may have ("aides": "aide";
        none for a word that is no regular plural)."""
        return [form[:-1]] if form.endswith("s") and len(form) > 1 else []

    def base_forms(self, form: str) -> list[str]:
        """The base forms a regular inflection of ``form`` may have, most likely first
        (``"praised"``: ``praise`` among them): each (ending, replacement) of
        ``regular_inflections`` that fits, and the stem with a doubled last letter
        undoubled ("quipped": "quip")."""
        form = form.lower()
        out = []
        for ending, base in self.regular_inflections:
            stem = form[: -len(ending)]
            if form.endswith(ending) and len(stem) > 1:
                out.append(stem + base)
                if not base and len(stem) > 2 and stem[-1] == stem[-2]:
                    out.append(stem[:-1])
        return out


#: The groups of a lexicon, by attribute name, and their types.
GROUPS: dict[str, type] = {
    "cues": CueWords,
    "marks": Marks,
    "names": NameWords,
    "pronouns": Pronouns,
    "function_words": FunctionWords,
    "conditions": ConditionTriggers,
    "syntax": Syntax,
}


@attrs.frozen(kw_only=True)
class Lexicon:
    """All linguistic knowledge of one language, as data (one owner), grouped by what
    the words are: ``cues`` (:class:`~quotekit.lang._base.CueWords`), ``marks`` (:class:`~quotekit.lang._base.Marks`),
    ``names`` (:class:`~quotekit.lang._base.NameWords`), ``pronouns`` (:class:`~quotekit.lang._base.Pronouns`),
    ``function_words`` (:class:`~quotekit.lang._base.FunctionWords`), ``conditions``
    (:class:`~quotekit.lang._base.ConditionTriggers`), and ``syntax`` (:class:`~quotekit.lang._base.Syntax`) for what is
    language code (the treebank's tags, inflections).

    Every stage takes its lexicon from the pipeline (``Pipeline(lang="en")``)
    and reads its word lists here, never from module constants; a new
    language is a new ``Lexicon`` plus its models. ``sources`` says where
    each table comes from (by table name).

    Example:
        >>> from quotekit.lexicon import ENGLISH
        >>> ENGLISH.lang, "say" in ENGLISH.cues.reporting_verbs
        ('en', True)
        >>> "\\u201f" in ENGLISH.quote_chars  # derived from the mark tables
        True
        >>> ENGLISH.replace(reporting_verbs=frozenset({"say"})).cues.reporting_verbs
        frozenset({'say'})
    """

    lang: str
    language_name: str
    #: the commonest words (a text with too few is warned about as another language)
    common_words: frozenset[str]
    cues: CueWords
    marks: Marks
    names: NameWords
    pronouns: Pronouns
    function_words: FunctionWords
    conditions: ConditionTriggers
    syntax: Syntax
    sources: Mapping[str, str] = attrs.field(factory=dict)

    #: Every quotation mark the mark tables know (opening and closing), derived.
    quote_chars: frozenset[str] = attrs.field(init=False)
    #: Titles without their abbreviation dot (``sen`` for ``sen.``), derived.
    title_stems: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # derived once per lexicon (the helpers test membership per word)
        m = self.marks
        marks = _marks(m.double_quotes, m.single_quotes, m.closing_double, m.opening_double_default)
        # the tokens a tokenizer makes of a doubled apostrophe or backtick (''...'', ``...'')
        object.__setattr__(self, "quote_chars", marks | {"''", "``"})
        object.__setattr__(self, "title_stems", frozenset(t.rstrip(".") for t in self.names.title_words))

    def tables(self) -> dict[str, object]:
        """Every table by its name (``reporting_verbs``, ...), across the groups."""
        return {f.name: getattr(getattr(self, g), f.name) for g in GROUPS for f in attrs.fields(GROUPS[g])}

    def replace(self, **tables: object) -> Lexicon:
        """This lexicon with the named tables replaced, wherever their group is
        (``replace(reporting_verbs=...)``); ``lang`` and ``language_name`` too.

        Raises:
            TypeError: a name is no table of the lexicon.
        """
        top: dict[str, Any] = {
            k: tables.pop(k) for k in ("lang", "language_name", "common_words", "sources") if k in tables
        }
        by_group: dict[str, dict[str, object]] = {}
        for name, value in tables.items():
            group = next((g for g, cls in GROUPS.items() if name in attrs.fields_dict(cls)), None)
            if group is None:
                raise TypeError(f"no lexicon table named {name!r}")
            by_group.setdefault(group, {})[name] = value
        groups: dict[str, Any] = {g: attrs.evolve(getattr(self, g), **v) for g, v in by_group.items()}
        return attrs.evolve(self, **top, **groups)

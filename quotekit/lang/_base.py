"""The :class:`Lexicon` type: what a language pack fills in (a leaf module: the
packs and :mod:`quotekit.lexicon` import it, it imports none of them)."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["Lexicon"]


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
class Lexicon:
    """All linguistic knowledge of one language, as data (one owner).

    Every stage takes its lexicon from the pipeline (``Pipeline(lang="en")``)
    and reads its word lists here, never from module constants; a new
    language is a new ``Lexicon`` plus its models. ``sources`` says where
    each table comes from.

    Example:
        >>> from quotekit.lexicon import ENGLISH
        >>> ENGLISH.lang, "say" in ENGLISH.reporting_verbs
        ('en', True)
        >>> "\\u201f" in ENGLISH.quote_chars  # derived from the mark tables
        True
    """

    lang: str
    language_name: str
    common_words: frozenset[str]
    # speech cues
    reporting_verbs: frozenset[str]
    reporting_verbs_need_subject: frozenset[str]
    non_cue_phrases: tuple[tuple[str, ...], ...]
    tell_verbs: frozenset[str]
    np_content_verbs: frozenset[str]
    np_only_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    addressee_prepositions: frozenset[str]
    communication_nouns: frozenset[str]
    speech_event_nouns: frozenset[str]
    topic_prepositions: Mapping[str, frozenset[str]]
    any_topic_prepositions: frozenset[str]
    non_speaker_subjects: frozenset[str]
    object_pronouns: frozenset[str]
    consequence_words: frozenset[str]
    title_abbreviations: Mapping[str, str]
    name_abbreviations: frozenset[str]
    closing_only_marks: frozenset[str]
    regular_inflections: tuple[tuple[str, str], ...]
    headline_labels: frozenset[str]
    naming_verbs: frozenset[str]
    never_inverted_verbs: frozenset[str]
    relative_pronouns: frozenset[str]
    time_nouns: frozenset[str]
    quantity_leads: frozenset[str]
    quantity_words: frozenset[str]
    # quotation marks
    double_quotes: Mapping[str, frozenset[str]]
    closing_double: frozenset[str]
    opening_double_default: frozenset[str]
    single_quotes: Mapping[str, frozenset[str]]
    # names and speakers
    title_words: frozenset[str]
    honorifics: frozenset[str]
    organisation_words: frozenset[str]
    organisation_nouns: frozenset[str]
    place_words: frozenset[str]
    organisation_pronouns: frozenset[str]
    person_nouns: frozenset[str]
    person_noun_endings: tuple[str, ...]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    name_connectors: frozenset[str]
    name_chunk_ends: frozenset[str]
    affiliation_prepositions: frozenset[str]
    object_control_verbs: frozenset[str]
    title_complement_prepositions: frozenset[str]
    person_relatives: frozenset[str]
    byline_words: frozenset[str]
    author_note_verbs: frozenset[str]
    acronym_skip: frozenset[str]
    determiners: frozenset[str]
    possessive_marks: frozenset[str]
    male_words: frozenset[str]
    female_first_names: frozenset[str]
    male_first_names: frozenset[str]
    female_words: frozenset[str]
    first_person: frozenset[str]
    # conditions
    conditional_subordinators: tuple[tuple[str, ...], ...]
    inverted_conditionals: frozenset[str]
    non_condition_if: frozenset[str]
    question_verbs: frozenset[str]
    asking_verbs: frozenset[str]
    if_ellipses: frozenset[str]
    condition_nouns: frozenset[str]
    condition_verbs: frozenset[str]
    necessity_modals: frozenset[str]
    necessity_adjectives: frozenset[str]
    dependency_predicates: frozenset[str]
    sole_means_nouns: frozenset[str]
    sole_markers: frozenset[str]
    non_condition_leads: frozenset[str]
    infinitive_takers: frozenset[str]
    clause_marks: frozenset[str]
    expletive_subjects: frozenset[str]
    past_necessity_forms: frozenset[str]
    means_verbs: frozenset[str]
    sufficiency_words: frozenset[str]
    outcome_modals: frozenset[str]
    requirement_subjects: frozenset[str]
    requirement_adjectives: frozenset[str]
    complement_verbs: frozenset[str]
    bare_demand_modals: frozenset[str]
    to_demand_modals: frozenset[str]
    named_demand_modals: frozenset[str]
    named_demand_to_modals: frozenset[str]
    discourse_obligations: frozenset[str]
    clause_subordinators: frozenset[str]
    adjunct_subordinators: frozenset[str]
    quote_closing_punct: frozenset[str]
    offer_words: frozenset[str]
    stress_verbs: frozenset[str]
    non_party_subjects: frozenset[str]
    list_continuations: frozenset[str]
    outcome_leads: frozenset[str]
    condition_leads: frozenset[str]
    clause_breaks: tuple[str, ...]
    complementizers: frozenset[str]
    coordinators: frozenset[str]
    about_prepositions: frozenset[str]
    topic_only_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    indefinite_determiners: frozenset[str]
    articles: frozenset[str]
    person_pronouns: frozenset[str]
    temporal_conditionals: tuple[tuple[str, ...], ...]
    condition_noun_modifiers: frozenset[str]
    requirement_have_forms: frozenset[str]
    purpose_marks: frozenset[str]
    purpose_leads: frozenset[str]
    offer_subjects: frozenset[str]
    # function words the rules read, by class (each a closed class of the language)
    infinitive_marks: frozenset[str]
    according_phrase: tuple[str, ...]
    purpose_phrase: tuple[str, ...]
    second_person: frozenset[str]
    interlocutor_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    anaphoric_pronouns: frozenset[str]
    dummy_pronouns: frozenset[str]
    wh_words: frozenset[str]
    wh_relatives: frozenset[str]
    copula_lemmas: frozenset[str]
    need_lemmas: frozenset[str]
    got_lemmas: frozenset[str]
    have_lemmas: frozenset[str]
    obligation_modals: frozenset[str]
    inverting_modals: frozenset[str]
    negators: frozenset[str]
    basic_speech_lemmas: frozenset[str]
    genitive_prepositions: frozenset[str]
    comitative_prepositions: frozenset[str]
    setting_prepositions: frozenset[str]
    benefactive_prepositions: frozenset[str]
    dependence_prepositions: frozenset[str]
    without_prepositions: frozenset[str]
    role_prepositions: frozenset[str]
    approximators: frozenset[str]
    non_finite_marks: frozenset[str]
    declarative_complementizers: frozenset[str]
    temporal_subordinators: frozenset[str]
    additive_conjunctions: frozenset[str]
    clause_lead_words: frozenset[str]
    name_conjunctions: frozenset[str]
    chain_gaps: frozenset[str]
    if_subordinators: frozenset[tuple[str, ...]]
    participle_subordinators: frozenset[tuple[str, ...]]
    case_subordinators: frozenset[tuple[str, ...]]
    supposition_verbs: frozenset[str]
    future_modals: frozenset[str]
    definite_articles: frozenset[str]
    narrator_pronouns: frozenset[str]
    # the treebank's tags and tokens (Penn Treebank in the English models)
    finite_tags: frozenset[str]
    participle_tags: frozenset[str]
    gerund_tags: frozenset[str]
    opening_brackets: frozenset[str]
    closing_brackets: frozenset[str]
    sources: Mapping[str, str] = attrs.field(factory=dict)

    #: Every quotation mark the mark tables know (opening and closing), derived.
    quote_chars: frozenset[str] = attrs.field(init=False)
    #: Titles without their abbreviation dot (``sen`` for ``sen.``), derived.
    title_stems: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # derived once per lexicon (the helpers test membership per word)
        marks = _marks(
            self.double_quotes, self.single_quotes, self.closing_double, self.opening_double_default
        )
        # the tokens a tokenizer makes of a doubled apostrophe or backtick (''...'', ``...'')
        object.__setattr__(self, "quote_chars", marks | {"''", "``"})
        object.__setattr__(self, "title_stems", frozenset(t.rstrip(".") for t in self.title_words))

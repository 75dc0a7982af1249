"""Finding a cue's speaker mention: the dependency subject, checked against
the noun phrase next to the verb (the small default parser often attaches
the subject wrongly, while news prose almost always puts it right beside
the verb)."""

from __future__ import annotations

import itertools
import re

import attrs

from ..lexicon import Lexicon
from ..model import Span
from ..parsing import Sentence, Word
from ._tree import (
    NOMINAL,
    Tree,
    after_mark,
    before_parenthesis,
    governor_with_subject,
    mention_span,
    present_participle,
    surface_np,
    trim,
)

#: The longest aside (in words) between a name and its cue ("X, R-Ky., said").
MAX_ASIDE_WORDS = 25

#: An aside must leave at least one word before its opening comma.
MIN_ASIDE_START = 2


@attrs.frozen
class Attribution:
    """A cue with the speaker mention and addressee found for it."""

    cue: Span | None
    speaker: Span | None
    addressee: Span | None
    speaker_word: int | None = None  # id of the mention's head in the cue's sentence
    #: the rule that found ``speaker`` (a name of :data:`SPEAKER_RULE_DOCS` or of
    #: :data:`ATTRIBUTION_RULE_DOCS`), ``None`` without a speaker
    rule: str | None = None


def _mention_of(
    text: str, sent: Sentence, cue: Word, tree: Tree, disabled: frozenset[str]
) -> tuple[str, Span | None, int | None]:
    """The name of the speaker rule that decides the mention of ``cue``, the mention
    and the id of its head word; a mention never reaches back across a quotation mark
    (``...Congress,” Rep. X said``: ``Rep. X``). ``disabled`` names speaker rules to
    skip (ablation)."""
    name, (sp, head) = speaker_rule(text, sent, cue, tree, disabled)
    return (name, *_adjusted(text, sent, cue, tree, sp, head))


def _adjusted(
    text: str, sent: Sentence, cue: Word, tree: Tree, sp: Span | None, head: int | None
) -> tuple[Span | None, int | None]:
    """A sieve's mention as the attribution keeps it (no hearer, a plural title with
    its name, no opening phrase, nothing across a quotation mark)."""
    if sp is not None and sp.text.lower() in tree.lx.pronouns.object_pronouns:
        return None, None  # "told me": the hearer, not the speaker
    if sp is not None and head is not None:
        # "Senate aides said": a plural title or person noun the tagger read as a verb
        # belongs to the mention of the name before it
        nxt = next((w for w in sent.words if w.start_char >= sp.end), None)
        if (
            nxt is not None
            and nxt.id == cue.id - 1
            and tree.lx.syntax.lower_case(nxt.text)
            and nxt.upos in ("VERB", "NOUN")
            and any(
                one in tree.lx.names.title_words or one in tree.lx.names.person_nouns
                for one in tree.lx.syntax.singulars(nxt.text)
            )
        ):
            sp = Span.of(text, sp.start, nxt.end_char)
            head = nxt.id
    if sp is not None and head is not None:
        # "In a Reuters interview Smith declared": an opening phrase without its
        # comma, parsed into the subject; the name after its last common noun
        inside = [w for w in sent.words if sp.start <= w.start_char and w.end_char <= sp.end]
        if inside and inside[0].upos == "ADP" and sent.word(head).upos == "PROPN":
            nouns = [w for w in inside if w.id < head and w.upos == "NOUN"]
            if nouns:
                sp = Span.of(text, sent.word(nouns[-1].id + 1).start_char, sp.end)
    if sp is not None:
        # a quotation mark standing as a word of its own (not the apostrophe of "CNN's")
        marks = [w for w in sent.words if sp.start <= w.start_char < sp.end and w.text in tree.quote_chars]
        if marks:
            rest = trim(text, marks[-1].end_char, sp.end, ",;:")
            return (rest, head) if rest is not None else (None, None)
    return sp, head


def _subjects(sent: Sentence, verb: Word, tree: Tree) -> list[Word]:
    """The verb's active subjects, the likelier speaker first. A passive subject of a
    verb with no passive auxiliary is a tagger's slip ("“...!” one person tweeted",
    ``tweeted`` read as a participle): it counts."""
    passive = bool(tree.kids(sent, verb.id, "aux:pass"))
    subj = [
        k
        for k in tree.kids(sent, verb.id, "nsubj")
        if (k.deprel != "nsubj:pass" or not passive)
        and k.lemma.lower() not in tree.lx.names.time_nouns
        # "who in 2010 said": a number in a prepositional phrase read as a subject
        and not (k.upos == "NUM" and tree.kids(sent, k.id, "case"))
    ]
    # two subjects (a misparse of "“The talks are over,” an official said"): the nearer one
    subj.sort(key=lambda k: (abs(k.id - verb.id), k.id))
    # ... but "Jane Doe, one of the mayor's aides, said" read as two subjects: the name
    # before the description set off by commas
    if len(subj) > 1 and subj[0].upos != "PROPN":
        named = [
            k
            for k in subj[1:]
            if k.upos == "PROPN"
            and k.id < subj[0].id
            and any(sent.word(i).text == "," for i in range(k.id + 1, subj[0].id))
        ]
        if named:
            subj = [min(named, key=lambda k: k.id)]
        else:
            # "The paper, long an advocate of reform, writes": a noun phrase closed by a
            # comma, then an aside closed by a comma before the verb: the first
            head = [
                k
                for k in subj[1:]
                if k.upos in NOMINAL
                and k.id + 1 < subj[0].id
                and sent.word(k.id + 1).text == ","
                and any(sent.word(i).text == "," for i in range(subj[0].id + 1, verb.id))
            ]
            if head:
                subj = [min(head, key=lambda k: k.id)]
    return subj


#: Proper nouns that make a full name (a given name and a surname).
MIN_FULL_NAME = 2

#: Hyphens that join the parts of a word the tokenizer split (``Ohio-based``).
HYPHENS = frozenset({"-", "\u2010"})


def _quantity_start(sent: Sentence, first: int, tree: Tree) -> int:
    """Id of the first word of the quantity before the noun phrase starting at
    ``first`` (``about half of | the voters``, ``nearly 4 in | 10``); ``first`` when
    none."""
    i = first - 1
    while i >= 1:
        w = sent.word(i)
        if not (
            w.upos == "NUM"
            or w.text.lower() in tree.lx.names.quantity_leads | tree.lx.names.quantity_words
            or w.text in HYPHENS
        ):
            break
        i -= 1
    return i + 1


def _counted(sent: Sentence, ids: list[int], tree: Tree) -> bool:
    """The phrase of ``ids`` with the quantity before it counts something: it holds a
    number or a quantity word (``4 in 10``, ``half of the voters``)."""
    start = _quantity_start(sent, ids[0], tree)
    words = [sent.word(i) for i in range(start, ids[-1] + 1)]
    return any(w.upos == "NUM" or w.text.lower() in tree.lx.names.quantity_words for w in words)


def _with_quantity(
    text: str, sent: Sentence, left: tuple[Span, list[int]], tree: Tree
) -> tuple[Span, list[int]]:
    """``about half of the voters said``: the noun phrase before a cue with the
    quantity that opens it, when it counts something."""
    sp, ids = left
    start = _quantity_start(sent, ids[0], tree)
    if start == ids[0] or not _counted(sent, ids, tree):
        return left
    while (
        start < ids[0]
        and sent.word(start).upos in ("ADP", "PUNCT")
        and sent.word(start).text.lower() not in tree.lx.names.approximators
    ):
        start += 1  # "of half of ...": not from a preposition
    new = list(range(start, ids[0])) + ids
    return Span.of(text, sent.word(start).start_char, sp.end), new


#: A speaker rule's answer: the mention and its head word's id; ``None`` when the
#: rule does not apply (the next rule is tried).
Found = tuple[Span | None, int | None]


@attrs.frozen
class _Cue:
    """What every speaker rule of a cue reads: the cue in its sentence, whether it
    follows a closing mark, its subject's mention (if any, not across a quotation
    mark), and the noun phrases right before and after it."""

    text: str
    sent: Sentence
    cue: Word
    tree: Tree
    follows_mark: bool
    dep: tuple[Span, Word] | None
    left: tuple[Span, list[int]] | None
    right: tuple[Span, list[int]] | None

    @classmethod
    def of(cls, text: str, sent: Sentence, cue: Word, tree: Tree) -> _Cue:
        subj = _subjects(sent, cue, tree)
        dep: tuple[Span, Word] | None = None
        if subj and subj[0].text.lower() not in tree.lx.pronouns.non_speaker_subjects:
            sp = mention_span(text, sent, subj[0], tree)
            if sp is not None and (
                not _across_quote(sent, sp, cue, tree) or _quote_in_aside(sent, sp, cue, tree)
            ):
                dep = (sp, subj[0])
        left = _not_time(
            sent, surface_np(text, sent, cue, direction=-1, lexicon=tree.lx), tree.lx.names.time_nouns
        )
        if left is not None and _across_quote(sent, left[0], cue, tree):
            left = None
        right = _not_time(
            sent, surface_np(text, sent, cue, direction=+1, lexicon=tree.lx), tree.lx.names.time_nouns
        )
        if right is not None and right[0].text.lower() in tree.lx.pronouns.object_pronouns:
            right = None  # "told me": the hearer
        return cls(text, sent, cue, tree, after_mark(sent, cue, tree.quote_chars), dep, left, right)


def _by_titled_name(c: _Cue) -> Found | None:
    """``“...,” added Rep. X``: a cue right after the closing mark takes the titled
    name after it, whatever the parser hung the cue on or tagged it."""
    return _titled_name_after(c.text, c.sent, c.cue) if c.follows_mark else None


def _by_subject(c: _Cue) -> Found | None:
    """The cue's subject (``Lee said``, inverted ``said Lee``); when words other than
    adverbs stand between a subject before the cue and the cue, the noun phrase right
    before the cue unless it is part of that subject."""
    if c.dep is None:
        return None
    sp, head = c.dep
    if head.id < c.cue.id and c.left is not None:
        gap = [w for w in c.sent.words if sp.end <= w.start_char and w.end_char <= c.cue.start_char]
        lsp, lids = c.left
        if not all(w.upos in ("ADV", "AUX", "PART") for w in gap) and not set(lids) <= set(
            c.tree.subtree(c.sent, head.id)
        ):
            return lsp, _head_of(c.sent, lids)
    return sp, head.id


def _by_inverted(c: _Cue) -> Found | None:
    """``“...,” said a lawyer close to the company``, ``..., noted Jane Doe.``: the
    noun phrase after the cue, inverted (with its post-modifier after a mark); never
    after a verb of telling (the hearer), a name right before the cue, or a
    participle with no subject after it."""
    text, sent, cue, tree, right = c.text, c.sent, c.cue, c.tree, c.right
    if right is None or cue.lemma.lower() in tree.lx.cues.never_inverted_verbs:
        return None
    # "..., noted Jane Doe." closing the sentence: a postposed inverted cue the parser
    # coordinated with the clause before it, the name its object
    closing = cue.lemma.lower() not in tree.lx.cues.tell_verbs and _closing_name(sent, cue, right[1])
    postmodified = c.follows_mark and _postmodified(sent, cue, right[1])
    if not (
        (cue.deprel in ("root", "parataxis", "ccomp") or c.follows_mark or closing)
        and (_inverted(sent, cue, right[1], tree.lx.pronouns.relative_pronouns) or postmodified)
        and _adjacent_name(text, sent, cue, tree)[0] is None
        and (
            cue.feat("VerbForm") not in ("Ger", "Part")
            or ((c.follows_mark or closing) and cue.feat("Tense") == "Past")
        )
    ):
        return None
    rsp, rids = right
    if postmodified:
        end = _phrase_end(sent, rids[-1] + 1, hyphens_inside=False)
        rsp = Span.of(text, rsp.start, sent.word(end).end_char)
    return rsp, _head_of(sent, rids)


def _by_name_after_dash(c: _Cue) -> Found | None:
    """``... ― Jones boasted``: after a dash, a name right before a coordinated cue is
    its subject, not the subject of the clause it was coordinated with."""
    sent, cue = c.sent, c.cue
    if not (cue.deprel == "conj" and cue.id > 1 and sent.word(cue.id - 1).upos == "PROPN"):
        return None
    adj, adj_head = _adjacent_name(c.text, sent, cue, c.tree)
    if adj is None:
        return None
    first = next(w.id for w in sent.words if w.start_char >= adj.start)
    return (adj, adj_head) if first > 1 and sent.word(first - 1).text in CLAUSE_DASHES else None


def _by_with_absolute(c: _Cue) -> Found | None:
    """``..., with 18 percent saying she has their vote``: a participle cue right after the
    noun phrase that ``with`` introduces has that phrase as its speaker (not a phrase
    with a name after ``of``: ``with footage of Hale saying``, Hale speaks)."""
    if c.left is None or not present_participle(c.cue):
        return None
    lsp, lids = _with_quantity(c.text, c.sent, c.left, c.tree)
    if (
        lids[-1] != c.cue.id - 1
        or lids[0] <= 1
        or c.sent.word(lids[0] - 1).text.lower() not in c.tree.lx.function_words.comitative_prepositions
    ):
        return None
    words = [c.sent.word(i) for i in lids]
    if any(
        w.text.lower() in c.tree.lx.function_words.genitive_prepositions and nxt.upos == "PROPN"
        for w, nxt in itertools.pairwise(words)
    ):
        return None  # "with footage of Hale saying": the name speaks (the rules after this one)
    return lsp, _head_of(c.sent, lids)


def _by_governor(c: _Cue) -> Found | None:
    """A cue without a subject (``saying``, ``and stated``) takes the subject of the
    nearest verb above it that has one: of two such subjects not joined by ``and``,
    the same choice as for a cue's own; a relative pronoun's noun (``X, the director
    of Y and who also spoke at Z, told W``)."""
    text, sent, cue, tree = c.text, c.sent, c.cue, c.tree
    gov = governor_with_subject(sent, cue, tree)
    if gov is not None and _opens_content(sent, cue, gov[1]) and gov[0].head:
        # the parser hung the cue on the verb it reports: the speaker is above that verb
        gov = governor_with_subject(sent, sent.word(gov[0].head), tree)
    if gov is None:
        return None
    if len(tree.kids(sent, gov[0].id, "nsubj")) > 1:
        lo, hi = sorted(k.id for k in tree.kids(sent, gov[0].id, "nsubj"))[:2]
        if not any(sent.word(i).upos == "CCONJ" for i in range(lo + 1, hi)):
            gov = (gov[0], (_subjects(sent, gov[0], tree) or [gov[1]])[0])
    if (
        gov[1].text.lower() in tree.lx.pronouns.person_relatives
        and gov[0].deprel.startswith("acl")
        and gov[0].head
    ):
        noun = _relative_noun(sent, gov[0], gov[1], tree)
        sp = (
            _before(text, sent, mention_span(text, sent, noun, tree), gov[1])
            if noun.upos in RELATIVE_NOUNS
            else None
        )
        if sp is not None and not _inside_other_quote(sent, sp, cue, tree):
            return sp, noun.id
    if gov[0].id == cue.id or _opens_content(sent, cue, gov[1]):
        return None
    sp = mention_span(text, sent, gov[1], tree)
    if (
        sp is not None
        and gov[1].text.lower() not in tree.lx.pronouns.non_speaker_subjects
        # the governor's subject is not inside the quote the cue follows (an odd
        # number of marks between them), though a quoted phrase may lie between
        and not _inside_other_quote(sent, sp, cue, tree)
    ):
        return sp, gov[1].id
    return None


def _opens_content(sent: Sentence, cue: Word, subject: Word) -> bool:
    """``..., saying Clinton would win``: a subject after the cue with no punctuation
    between opens what the cue reports (the parser hung the cue on the reported
    verb); it is not the cue's speaker (unlike ``Saying he was tired, Lee left``)."""
    return subject.id > cue.id and not any(w.upos == "PUNCT" for w in sent.words[cue.id : subject.id - 1])


def _by_count(c: _Cue) -> Found | None:
    """``Roughly 3 in 10 say ...``: the tagger read the core verb as a noun after a
    count; the count from its start is the source."""
    sent, cue, tree = c.sent, c.cue, c.tree
    if cue.upos == "VERB" or cue.lemma.lower() not in tree.lx.cues.basic_speech_lemmas or cue.id <= 1:
        return None
    start = _quantity_start(sent, cue.id, tree)
    if (
        start < cue.id
        and _counted(sent, [cue.id - 1], tree)
        and (start == 1 or sent.word(start - 1).upos == "PUNCT")
    ):
        return Span.of(c.text, sent.word(start).start_char, sent.word(cue.id - 1).end_char), cue.id - 1
    return None


def _by_noun_phrase_before(c: _Cue) -> Found | None:
    """The noun phrase right before a main-clause cue, with the count that opens it
    (``about half of the voters said``), when a punctuation mark, a coordinator or
    the sentence's start stands before it."""
    if c.left is None or c.cue.deprel not in ("root", "parataxis", "ccomp", "conj"):
        return None
    lsp, lids = _with_quantity(c.text, c.sent, c.left, c.tree)
    prev = c.sent.word(lids[0] - 1) if lids[0] > 1 else None
    if prev is None or prev.upos == "PUNCT" or prev.lemma.lower() in c.tree.lx.function_words.coordinators:
        return lsp, _head_of(c.sent, lids)
    return None


def _by_relative_pronoun(c: _Cue) -> Found | None:
    """``Stevie Wonder, who said``: the noun the relative clause hangs on; ``Tom Hale,
    now the council leader, who in 2012 said``, however the parser hung the clause:
    the name before the comma."""
    text, sent, cue, tree = c.text, c.sent, c.cue, c.tree
    rel = [
        k for k in tree.kids(sent, cue.id, "nsubj") if k.text.lower() in tree.lx.pronouns.relative_pronouns
    ]
    if not rel:
        return None
    if cue.deprel.startswith("acl") and cue.head:
        noun = _relative_noun(sent, cue, rel[0], tree)
        if noun.upos in RELATIVE_NOUNS:
            sp = _before(text, sent, mention_span(text, sent, noun, tree), rel[0])
            if sp is not None:
                return sp, noun.id
    return _name_before_relative(text, sent, rel[0])


def _by_named_participle(c: _Cue) -> Found | None:
    """``House Speaker Jo Park, R-Iowa, despite admitting that ...``: a participle on a
    name is that person's."""
    sent, cue = c.sent, c.cue
    if not (cue.deprel.startswith("acl") and present_participle(cue) and cue.head):
        return None
    named = sent.word(cue.head)
    if named.upos == "PROPN" and named.id < cue.id:
        sp = mention_span(c.text, sent, named, c.tree)
        if sp is not None and not _inside_other_quote(sent, sp, cue, c.tree):
            return sp, named.id
    return None


def _by_name_nearby(c: _Cue) -> Found:
    """The last resort: the noun phrase before an aside set off by commas (``Mitch
    McConnell, R-Ky., said``), else a name right before a main-clause cue (or the
    name a gerund follows: ``footage of Hale saying``), else a name opening the
    sentence."""
    text, sent, cue, tree = c.text, c.sent, c.cue, c.tree
    aside = _before_aside(text, sent, cue, tree)
    if aside[0] is not None:
        return aside
    if cue.deprel in ("root", "parataxis", "ccomp", "conj") or (
        cue.deprel.startswith("acl") and present_participle(cue)
    ):
        adjacent = _adjacent_name(text, sent, cue, tree)
        if adjacent[0] is not None:
            return adjacent
    return _opening_name(text, sent, cue, tree)


#: The speaker rules of a cue, in the order they are tried (a sieve: the first that
#: applies decides).
SPEAKER_RULES = (
    _by_titled_name,
    _by_subject,
    _by_inverted,
    _by_name_after_dash,
    _by_with_absolute,
    _by_governor,
    _by_count,
    _by_noun_phrase_before,
    _by_relative_pronoun,
    _by_named_participle,
)


#: One line per speaker rule, in :data:`SPEAKER_RULES` order, the last resort last
#: (``quotekit rules``; a test checks the names against the functions).
SPEAKER_RULE_DOCS: dict[str, str] = {
    "titled_name": "A titled name right after a cue that follows the closing mark: '\u201c...,\u201d added Rep. Jo Park'.",
    "subject": "The cue's subject, or the noun phrase right before the cue outside it: 'the mayor said'.",
    "inverted": "The noun phrase after an inverted cue: '\u201c...,\u201d said a lawyer close to the firm'.",
    "name_after_dash": "A name right before a coordinated cue after a dash: '... \u2015 Jones boasted'.",
    "with_absolute": "The phrase 'with' introduces right before a participle cue: 'with 3 in 10 saying ...'.",
    "governor": "The subject of the nearest verb above a subjectless cue: 'Lee left, saying ...'.",
    "count": "A count before 'say' read as a noun: 'Roughly 3 in 10 say ...'.",
    "noun_phrase_before": "The noun phrase opening the clause right before the cue: 'about half of the voters said'.",
    "relative_pronoun": "The noun a relative clause hangs on: 'Jo Park, who said ...'.",
    "named_participle": "The name a participle hangs on: 'Jo Park, R-Iowa, despite admitting that ...'.",
    "name_nearby": "Last resort: the phrase before an aside, a name next to the cue, a name opening the sentence.",
}


_SPEAKER_RULE_NAMES = frozenset(SPEAKER_RULE_DOCS)


def speaker_rule_docs() -> dict[str, str]:
    """Each speaker rule of a cue by name, in the order tried, with its one-line doc.

    Example:
        >>> list(speaker_rule_docs())[:3]
        ['titled_name', 'subject', 'inverted']
    """
    return dict(SPEAKER_RULE_DOCS)


def speaker_rule(
    text: str, sent: Sentence, cue: Word, tree: Tree, disabled: frozenset[str] = frozenset()
) -> tuple[str, Found]:
    """The speaker rule that decides the mention of ``cue`` (its name in
    :data:`SPEAKER_RULE_DOCS`) and what it found: the first rule not in ``disabled``
    that applies."""
    c = _Cue.of(text, sent, cue, tree)
    for rule in SPEAKER_RULES:
        name = rule.__name__.removeprefix("_by_")
        if name in disabled:
            continue
        found = rule(c)
        if found is not None:
            return name, found
    if "name_nearby" in disabled:
        return "name_nearby", (None, None)
    return "name_nearby", _by_name_nearby(c)


#: The nouns a relative clause can describe.
RELATIVE_NOUNS = ("PROPN", "NOUN")


def _before(text: str, sent: Sentence, sp: Span | None, rel: Word) -> Span | None:
    """The mention ``sp`` up to the relative pronoun ``rel`` it runs into, if it does."""
    if sp is None or not sp.start < rel.start_char < sp.end:
        return sp
    words = [w for w in sent.words if sp.start <= w.start_char and w.end_char <= rel.start_char]
    while words and words[-1].upos == "PUNCT":
        words.pop()
    return Span.of(text, words[0].start_char, words[-1].end_char) if words else None


def _relative_noun(sent: Sentence, verb: Word, rel: Word, tree: Tree) -> Word:
    """The word a relative clause (``verb``, its subject ``rel``) describes: the noun it
    hangs on, or the name that noun is in apposition to ("Jane Doe, the director of Y
    and who ..."). For "who", a person, not a name inside a prepositional phrase: "John
    Doe, a clerk at the Water Board who told ..." is John Doe."""
    noun = sent.word(verb.head)
    while (
        rel.text.lower() in tree.lx.pronouns.person_relatives
        and noun.upos == "PROPN"
        and noun.deprel.split(":")[0] in ("nmod", "obl")
        and tree.kids(sent, noun.id, "case")
        and noun.head
        and sent.word(noun.head).upos == "NOUN"
    ):
        noun = sent.word(noun.head)
    if noun.deprel == "appos" and noun.head and sent.word(noun.head).upos == "PROPN":
        noun = sent.word(noun.head)
    return noun


def _opening_name(text: str, sent: Sentence, cue: Word, tree: Tree) -> tuple[Span | None, int | None]:
    """``Jane Doe (D), ..., called for X, saying that ...``: a participle after a comma
    that no parse path gave a speaker takes the name that opens its sentence (a title
    before it allowed)."""
    if not present_participle(cue) or cue.id <= 1 or sent.word(cue.id - 1).text != ",":
        return None, None
    titles = tree.lx.names.title_words | tree.lx.names.honorifics
    i = 1
    while i < cue.id and (
        sent.word(i).text.lower() in titles or sent.word(i).text.lower().rstrip(".") + "." in titles
    ):
        i += 1  # "Attorney General", "Sen."
    lo = i
    while i < cue.id and sent.word(i).upos == "PROPN" and tree.lx.syntax.capitalised(sent.word(i).text):
        i += 1
    if i == lo or i >= cue.id:
        return None, None
    # a full name set off by a comma, or the subject of the sentence's main verb
    set_off = i - lo >= 2 and sent.word(i).text in (",", "(")  # noqa: PLR2004 - first and last name
    root = next((w for w in sent.words if w.head == 0), None)
    subject = root is not None and any(k.id in range(lo, i) for k in tree.kids(sent, root.id, "nsubj"))
    if not (set_off or subject):
        return None, None
    return Span.of(text, sent.word(1).start_char, sent.word(i - 1).end_char), i - 1


#: Marks that set off a clause of its own inside a sentence.
CLAUSE_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--", ";"})


def _closing_name(sent: Sentence, cue: Word, ids: list[int]) -> bool:
    """``..., noted Jane Doe.``: the cue right after a comma, then a proper name
    (words ``ids``) that ends the sentence or comes before an aside."""
    if cue.id <= 1 or sent.word(cue.id - 1).text != "," or not ids or min(ids) != cue.id + 1:
        return False
    if not any(sent.word(i).upos == "PROPN" for i in ids):
        return False
    after = [w for w in sent.words if w.id > max(ids)]
    return not after or after[0].text in (",", ".", ";")


def _adjacent_name(text: str, sent: Sentence, cue: Word, tree: Tree) -> tuple[Span | None, int | None]:
    """A name right before a cue that the parser gave no subject (``... of the
    Daily Post Hale said``, ``Cole on Tuesday said``): its subject."""
    i = cue.id - 1
    before = sent.word(i) if i >= 1 else None
    if (
        before is not None
        and before.upos == "AUX"
        and tree.lx.syntax.capitalised(before.text)
        and before.text.lower() not in tree.lx.names.title_words
        and cue.feat("Tense") == "Past"
        and cue.feat("VerbForm") == "Fin"
    ):
        # "May said": a capitalised modal right before a past-tense verb is a name
        return Span.of(text, before.start_char, before.end_char), before.id
    while i >= 1 and sent.word(i).upos in ("ADV", "AUX", "PART"):
        i -= 1
    i = before_parenthesis(sent, i, MAX_ASIDE_WORDS)  # "Tom Reed (R-Ohio) said"
    if i > 1 and sent.word(i).lemma.lower() in tree.lx.names.time_nouns and sent.word(i - 1).upos == "ADP":
        i -= 2  # "on Tuesday"
    if i < 1:
        return None, None
    w = sent.word(i)
    # "In a statement, Husted said": a capitalised word inside the sentence, tagged as a
    # verb right before the cue, is a name (two verbs do not stand side by side)
    verb_name = (
        w.upos == "VERB" and i == cue.id - 1 and i > 1 and w.lemma.lower() not in tree.lx.cues.reporting_verbs
    )
    if (
        (w.upos != "PROPN" and not verb_name)
        or not tree.lx.syntax.capitalised(w.text)
        or w.text.lower() in tree.lx.names.title_words
    ):
        return None, None
    lo = i
    # the words of one name: "Pat Moran" (a flat name), not "Daily Post" + "Hale"
    while (
        lo > 1
        and sent.word(lo - 1).upos == "PROPN"
        and (
            (sent.word(lo).deprel == "flat" and sent.word(lo).head == lo - 1)
            or sent.word(lo - 1).deprel == "flat"
        )
    ):
        lo -= 1
    return Span.of(text, sent.word(lo).start_char, w.end_char), _head_of(sent, list(range(lo, i + 1)))


def _name_before_relative(text: str, sent: Sentence, rel: Word) -> tuple[Span, int] | None:
    """The proper name a ``, who`` clause follows: right before the comma, or before
    an apposition set off by commas (``X, now the majority leader, who``)."""
    k = rel.id - 1
    if k < 1 or sent.word(k).text != ",":
        return None
    for _ in range(2):  # the name itself, or the name before one apposition
        end = k - 1
        if end >= 1 and sent.word(end).upos == "PROPN":
            start = end
            while start > 1 and sent.word(start - 1).upos == "PROPN":
                start -= 1
            ids = list(range(start, end + 1))
            return Span.of(text, sent.word(start).start_char, sent.word(end).end_char), _head_of(sent, ids)
        j = end
        while j >= 1 and sent.word(j).text != "," and end - j < MAX_ASIDE_WORDS:
            j -= 1
        if j < 1 or sent.word(j).text != ",":
            return None
        k = j
    return None


def _across_quote(sent: Sentence, mention: Span, cue: Word, tree: Tree) -> bool:
    """A quotation mark stands between the mention and its cue: the mention is in
    the quote ("“City Hall is a lonely place,” said X": not "City Hall"), or in
    a quoted title ("on Radio Nine's “The Week,” Jo Park said")."""
    lo, hi = (mention.end, cue.start_char) if mention.end <= cue.start_char else (cue.end_char, mention.start)
    return any(lo <= w.start_char and w.end_char <= hi and w.text in tree.quote_chars for w in sent.words)


def _quote_in_aside(sent: Sentence, mention: Span, cue: Word, tree: Tree) -> bool:
    """The quotation marks between a subject and its cue after it pair up inside an
    aside the subject opens with a comma: ``Lee, who calls him a “fraud,” said``
    (the quotation is the aside's, the subject is outside it)."""
    if mention.end > cue.start_char:
        return False
    between = [w for w in sent.words if mention.end <= w.start_char and w.end_char <= cue.start_char]
    return (
        bool(between) and between[0].text == "," and sum(w.text in tree.quote_chars for w in between) % 2 == 0
    )


def _inside_other_quote(sent: Sentence, mention: Span, cue: Word, tree: Tree) -> bool:
    """An odd number of quotation marks between the mention and its cue: one of
    them is inside a quote the other is outside of."""
    lo, hi = (mention.end, cue.start_char) if mention.end <= cue.start_char else (cue.end_char, mention.start)
    return (
        sum(lo <= w.start_char and w.end_char <= hi and w.text in tree.quote_chars for w in sent.words) % 2
        == 1
    )


#: A word of a person's name: "Justin", "Bamberg", an initial "B." (not "R-Ky.").
_PERSON_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.)$")


def _before_aside(text: str, sent: Sentence, cue: Word, tree: Tree) -> tuple[Span | None, int | None]:
    i = cue.id - 1
    while i >= 1 and sent.word(i).upos in ("ADV", "AUX", "PART"):
        i -= 1
    if i < 1 or sent.word(i).text != ",":
        return None, None
    j = i - 1
    finite = False
    while j >= 1 and sent.word(j).text != "," and i - j <= MAX_ASIDE_WORDS:
        # (not a verb right after an article or adjective: "a former United States
        # envoy" with "United" or "envoy" read as a verb)
        finite = finite or (
            sent.word(j).upos == "VERB"
            and sent.word(j).feat("VerbForm") == "Fin"
            and not (j > 1 and sent.word(j - 1).upos in ("DET", "ADJ"))
        )
        j -= 1
    if j < MIN_ASIDE_START or sent.word(j).text != ",":
        return None, None
    aside = [sent.word(x) for x in range(j + 1, i)]
    before = [sent.word(x) for x in range(1, j)]
    if (
        len(aside) >= 2  # noqa: PLR2004 - a first name and a surname at least
        and all(w.upos == "PROPN" and _PERSON_WORD.match(w.text) for w in aside)
        and any(w.upos == "NOUN" and tree.lx.syntax.lower_case(w.text) for w in before[-MAX_ASIDE_WORDS:])
    ):
        # "one of the club's lawyers, Ann Lee, said": a description, then
        # the name in apposition
        return Span.of(text, aside[0].start_char, aside[-1].end_char), _head_of(sent, [w.id for w in aside])
    if finite and sent.word(j + 1).text.lower() not in tree.lx.pronouns.relative_pronouns:
        return None, None  # a clause, not an aside (a relative clause is one: "X, who runs Y, said")
    return _phrase_before(text, sent, j, tree.lx)


def _phrase_before(text: str, sent: Sentence, comma: int, lx: Lexicon) -> tuple[Span | None, int | None]:
    """The noun phrase that ends right before word ``comma`` and starts its clause
    (after a punctuation mark, a conjunction, an adverb, ``that`` or the sentence's
    start), with a noun or name in it."""
    ids: list[int] = []
    k = comma - 1
    while k >= 1 and (
        sent.word(k).upos in ("PROPN", "NOUN", "ADJ", "DET") or sent.word(k).text in (".", "-")
    ):
        ids.insert(0, k)
        k -= 1
    starts_clause = (
        k < 1
        or sent.word(k).upos in ("PUNCT", "CCONJ", "SCONJ", "ADV")
        or sent.word(k).text.lower() in lx.function_words.declarative_complementizers
    )
    if not starts_clause or not ids or not any(sent.word(x).upos in ("PROPN", "NOUN") for x in ids):
        return None, None
    sp = Span.of(text, sent.word(ids[0]).start_char, sent.word(ids[-1]).end_char)
    return sp, _head_of(sent, ids)


def _not_time(
    sent: Sentence, np: tuple[Span, list[int]] | None, time_nouns: frozenset[str]
) -> tuple[Span, list[int]] | None:
    """The noun phrase, unless its head is a time ("said Monday")."""
    if np is None:
        return None
    head = sent.word(_head_of(sent, np[1]))
    return None if head.lemma.lower() in time_nouns or head.upos == "NUM" else np


def _inverted(sent: Sentence, cue: Word, rids: list[int], relative: frozenset[str]) -> bool:
    """ "..., said the minister." : the NP after the cue ends the clause."""
    after = rids[-1] + 1
    if after > len(sent.words):
        return True
    nxt = sent.word(after)
    return nxt.upos in ("PUNCT", "ADP", "SCONJ", "CCONJ") or nxt.text.lower() in relative


def _titled_name_after(text: str, sent: Sentence, cue: Word) -> tuple[Span, int] | None:
    """``"...," said Ohio-based party strategist Ann Park.``: right after a cue that
    follows a closing quotation mark, a noun phrase of modifiers and title words that
    ends in a full name (two or more proper nouns) before the next punctuation mark or
    the sentence's end, with no finite verb: the inverted source, the name its head,
    however the parser split it (two subjects, an object)."""
    last = _phrase_end(sent, cue.id, hyphens_inside=True)
    ids = list(range(cue.id + 1, last + 1))
    name = 0
    while name < len(ids) and sent.word(ids[-1 - name]).upos == "PROPN":
        name += 1
    if name < MIN_FULL_NAME or name == len(ids):
        return None
    before = ids[: len(ids) - name]
    # the word before the name a title word (a tagger may read "ally" as an adverb),
    # the phrase not opened by an adverb ("said also Jane Roe")
    if (
        sent.word(before[-1]).upos not in ("NOUN", "PROPN", "ADJ", "ADV")
        or sent.word(before[0]).upos == "ADV"
    ):
        return None
    if any(sent.word(i).feat("VerbForm") == "Fin" or sent.word(i).upos == "AUX" for i in before):
        return None
    return Span.of(text, sent.word(ids[0]).start_char, sent.word(last).end_char), last


def _phrase_end(sent: Sentence, start: int, *, hyphens_inside: bool) -> int:
    """The last word id of a phrase read on the surface from word ``start``: up to the
    next punctuation mark (with ``hyphens_inside``, a hyphen inside a word such as
    ``Ohio-based`` does not end it) or the sentence's end."""
    end = start
    while end < len(sent.words):
        nxt = sent.word(end + 1)
        if nxt.upos == "PUNCT" and not (hyphens_inside and nxt.text in HYPHENS):
            break
        end += 1
    return end


def _postmodified(sent: Sentence, cue: Word, rids: list[int]) -> bool:
    """``"...," said a lawyer close to the company.``: right after the cue, a noun
    phrase whose next word is an adjective opening a post-modifier (no verb up to the
    clause's end): the inverted subject with its modifier."""
    if not rids or rids[0] != cue.id + 1:
        return False
    after = rids[-1] + 1
    if after > len(sent.words) or sent.word(after).upos != "ADJ":
        return False
    end = _phrase_end(sent, after, hyphens_inside=False)
    return not any(sent.word(i).upos in ("VERB", "AUX") for i in range(after, end + 1))


def _head_of(sent: Sentence, ids: list[int]) -> int:
    idset = set(ids)
    for i in ids:
        if sent.word(i).head not in idset:
            return i
    return ids[-1]


def attribute(
    text: str, sent: Sentence, cue: Word, tree: Tree, disabled: frozenset[str] = frozenset()
) -> Attribution:
    """Cue span, speaker mention and addressee of a reporting verb (``disabled``:
    speaker rules to skip).

    The search runs once per cue and document: its answer is kept with the
    document's :class:`~quotekit.extractors._tree.Tree`, so the candidates stage (which
    reads a cue's source to delimit its content) and the attribution stage share it."""
    disabled = disabled & _SPEAKER_RULE_NAMES  # (the attribution's other rules are not the search's)
    key = (sent.index, cue.id, disabled)
    done = tree.attributions.get(key)
    if done is None:
        done = tree.attributions[key] = _attribute(text, sent, cue, tree, disabled)
    return done


def _attribute(text: str, sent: Sentence, cue: Word, tree: Tree, disabled: frozenset[str]) -> Attribution:
    from ._tree import addressee_of  # noqa: PLC0415 - avoid a cycle at import

    rule, speaker, head = _mention_of(text, sent, cue, tree, disabled)
    addressee = addressee_of(text, sent, cue, tree)
    if addressee is None and cue.deprel.startswith("conj"):
        gov = sent.word(cue.head) if cue.head else None
        if gov is not None:
            addressee = addressee_of(text, sent, gov, tree)
    return Attribution(
        cue=Span.of(text, cue.start_char, cue.end_char),
        speaker=speaker,
        addressee=addressee,
        speaker_word=head,
        rule=None if speaker is None else rule,
    )


def inherit(text: str, sent: Sentence, cue: Word, tree: Tree, done: list[Attribution]) -> Attribution | None:
    """``X stated that A and stated that B`` / ``X said A, adding B``: the second
    cue shares X (the attribution of the previous cue of the sentence, in ``done``)."""
    if not done or tree.kids(sent, cue.id, "nsubj"):
        return None
    prev = done[-1]
    coordinated = any(
        k.lemma.lower() in tree.lx.function_words.coordinators for k in tree.kids(sent, cue.id, "cc")
    )
    # "X said in a statement, adding that B": a participle hanging on the previous cue
    participle = (
        present_participle(cue)
        and cue.id > 1
        and sent.word(cue.id - 1).text == ","
        and prev.cue is not None
        and prev.cue.start < cue.start_char
    )
    if not (coordinated or participle) or prev.speaker is None:
        return None
    return attrs.evolve(prev, cue=Span.of(text, cue.start_char, cue.end_char))


def according_cue(text: str, sent: Sentence, tree: Tree, w: Word) -> Attribution | None:
    """``according to X`` at ``w``: the cue (both words) and its source, X."""
    if (
        w.id >= len(sent.words)
        or (w.text.lower(), sent.word(w.id + 1).text.lower()) != tree.lx.cues.according_phrase
    ):
        return None
    src = according_source(text, sent, tree, w)
    if src is None:
        return None
    return Attribution(
        cue=Span.of(text, w.start_char, sent.word(w.id + 1).end_char), speaker=src, addressee=None
    )


def according_source(text: str, sent: Sentence, tree: Tree, according: Word) -> Span | None:
    """The source of ``according to X``: the phrase headed by the first nominal
    after ``to`` (climbing compounds and possessives to their head)."""
    words = sent.words
    src: Word | None = None
    for x in words[according.id + 1 :]:
        if x.upos in ("NOUN", "PROPN", "PRON"):
            src = x
            while (
                src.head
                and sent.word(src.head).id > according.id
                and sent.word(src.head).upos in ("NOUN", "PROPN")
                and src.deprel in ("compound", "flat", "amod", "nmod:poss")
            ):
                src = sent.word(src.head)
            break
    sp = None if src is None else mention_span(text, sent, src, tree)
    after_to = next(
        (x for x in words[according.id :] if x.text.lower() == tree.lx.cues.according_phrase[-1]), None
    )
    if sp is not None and after_to is not None and sp.start <= after_to.start_char < sp.end:
        # "according to the organizer X", "to" hung inside the phrase: not part of it
        rest = [x for x in words if x.start_char > after_to.start_char and x.end_char <= sp.end]
        sp = Span.of(text, rest[0].start_char, sp.end) if rest else None
    return sp


#: A headline source label: at most this many words before the colon.
MAX_HEADLINE_SOURCE_WORDS = 4
#: ... and at least this many words after it.
MIN_HEADLINE_CLAIM_WORDS = 3


@attrs.frozen
class HeadlineSource:
    """``Poll: the mayor leads in the north`` as an article's first line: who (the label
    before the colon), the colon (the cue) and what they said."""

    source: Span
    cue: Span
    content: Span


def headline_source(text: str, tree: Tree) -> HeadlineSource | None:
    """The source label of the article's headline, when its first line is ``X: Y``
    with ``X`` a name or a noun of one to four capitalised words (``Poll``, ``City
    Hall``, ``Dr. Ada Okafor``) that is no genre label (``Breaking:``,
    ``Analysis:``) and ``Y`` a statement of at least three words (not a question).
    Found once per document (the candidates and attribution stages both ask)."""
    if "headline_source" not in tree.found:
        tree.found["headline_source"] = _headline_source(text, tree)
    found = tree.found["headline_source"]
    return found if isinstance(found, HeadlineSource) else None


def _headline_source(text: str, tree: Tree) -> HeadlineSource | None:
    nl = text.find("\n")
    colon = text.find(":", 0, nl)
    if nl < 0 or colon < 0 or not text[nl:].strip():
        return None
    left = trim(text, 0, colon)
    right = trim(text, colon + 1, nl)
    if left is None or right is None or right.text.endswith("?"):
        return None
    words = left.text.split()
    if not 1 <= len(words) <= MAX_HEADLINE_SOURCE_WORDS or len(right.text.split()) < MIN_HEADLINE_CLAIM_WORDS:
        return None
    if not _headline_name(tree, left, words):
        return None
    return HeadlineSource(source=left, cue=Span.of(text, colon, colon + 1), content=right)


def _headline_name(tree: Tree, left: Span, words: list[str]) -> bool:
    """The words before a headline's colon name a source: capitalised, not shouted
    (``FIX IS IN:``, though ``NY:`` is a name), no article first, no label
    (``Analysis:``), and tagged as a noun phrase ending in a noun or name."""
    lx = tree.lx
    if (
        not all(lx.syntax.capitalised(w) for w in words)
        or (lx.syntax.all_caps(left.text) and len(left.text) > 3)  # noqa: PLR2004 - "FIX IS IN:", not "NY:"
        or words[0].lower() in lx.function_words.articles
        or left.text.lower() in lx.cues.headline_labels
        or words[-1].lower() in lx.cues.headline_labels
    ):
        return False
    sent = tree.sentence_at(left.start)
    if sent is None:
        return False
    tagged = [w for w in sent.words if left.start <= w.start_char and w.end_char <= left.end]
    return (
        bool(tagged)
        and tagged[-1].upos in ("PROPN", "NOUN")
        and not any(w.upos in ("VERB", "AUX", "ADJ", "ADV", "INTJ") for w in tagged)
    )

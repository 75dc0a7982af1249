"""Stage 1, ``candidates``: find what was said.

Direct quotes come from quotation marks on the raw text (see ``_marks``);
reported speech from the dependency parse: the complement clause of a
reporting verb (``X said (that) Q``), the main clause of a postposed
``..., X said``, ``according to X``, and coordinated cues sharing a subject
(``X stated that A and stated that B``). This stage finds spans only: the
content and, for reported speech, the cue that makes it speech; speaker
mentions and addressees are the ``attribution`` stage's (the cue's subject
is still looked at here where it decides a span: reported speech never
contains its own speaker).

A short quoted fragment (fewer than :data:`MIN_QUOTE_WORDS` words, no final
punctuation) with no cue next to it is a scare quote or a title, not a quote;
inside reported speech it makes that quote ``mixed``. A quotation in a noun
phrase's slot (after a determiner, possessive or preposition), capitalised like a
title and with no finite verb, is a name (``ABC's “This Week,”``), cue or not.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from typing import ClassVar

import attrs

from ..errors import QuotekitWarning
from ..lexicon import Lexicon, stage_lexicon, with_reporting_verbs
from ..model import Quote, QuoteKind, Span
from ..parsing import ParsedDoc, Sentence, Word
from ._cues import CLAUSE_DASHES, Attribution, according_cue, attribute, headline_source, inherit
from ._edge_model import EdgeScorer, trim_quote
from ._edge_model import default_scorer as default_edge_scorer
from ._marks import TRANSCRIPT_LABEL, QuoteRun, scan, scan_single
from ._tree import (
    Tree,
    finite,
    governor_with_subject,
    is_reporting,
    known_lemma,
    present_participle,
    punct_like,
    run_around,
    span_of,
    tree_of,
    trim,
)

__all__ = ["MIN_QUOTE_WORDS", "Candidates"]

#: A quoted stretch ending in punctuation needs this many words to stand alone.
MIN_SENTENCE_QUOTE_WORDS = 2
#: Reported speech running into a quoted fragment needs this many words before it.
MIN_MIXED_LEAD_WORDS = 2
#: ``"...", said X``: at most this many words between the cue and its subject.
MAX_INVERTED_GAP = 2
#: How many words after a cue a split clause may start.
MAX_SPLIT_LOOKAHEAD = 6
#: ``told X ...``: at most this many words name the hearer.
MAX_HEARER_WORDS = 10
#: Reported content needs this many words to be a clause.
MIN_CLAUSE_WORDS = 3
#: A closing quotation mark and the punctuation before it.
MIN_CLOSING = 2
#: A cue after a closing quotation mark stands within this many words of it.
MAX_CUE_AFTER_WORDS = 5


#: A quoted stretch with fewer words than this and no final punctuation is
#: kept only when a cue stands next to it.
MIN_QUOTE_WORDS = 4

#: The rules that find quotes, by name, in the order they run, with their one-line
#: docs (``quotekit rules``; ``Quote.rule`` names them).
QUOTE_RULE_DOCS: dict[str, str] = {
    "quotation_marks": "Words between a pair of double quotation marks: '\u201cWe will win,\u201d she said.'",
    "unmatched_mark": "A quote recovered around a mark with no partner (to the paragraph's end, or from "
    "its sentence's start before a cue).",
    "single_quotes": "Words between single quotation marks, with a cue near: '\u2018We will win,\u2019 she said.'",
    "narrated_lead": "A quotation closing on a comma before its cue, with the clause that leads into it: "
    "'He would win \u201cno matter what,\u201d Lee said.'",
    "named_content": "What a naming verb names: 'Lee called the plan a disaster'.",
    "surface_clause": "The clause after a reporting verb, by word order: 'Lee said the plan would fail'.",
    "complement_clause": "The reporting verb's complement clause in the parse, or the clause before a "
    "postposed cue: 'The plan will fail, Lee said.'",
    "noun_phrase": "What a verb of saying is about, a noun phrase: 'Lee criticized the plan'.",
    "according_clause": "The clause beside 'according to X': 'The plan will fail, according to Lee.'",
    "headline_claim": "A headline's claim after its source and colon: 'Mayor: taxes will fall'.",
}
_WORD = re.compile(r"\w+")
_END_PUNCT = frozenset(",.?!\u2026;:")


#: The most words of a source closing a sentence after a comma (", the source added").
MAX_TAIL_SOURCE_WORDS = 6


def _under_later_cue(sent: Sentence, w: Word, content: Span, tree: Tree) -> bool:
    """``w`` hangs (through any words) on a later cue that its own content takes in:
    "In a message posted Monday, Hale said ...", "Writing for a panel that all agreed
    X won, Y noted that ...": that cue speaks, not ``w``. Not when ``w`` is inside that
    cue's subject ("Lee's cousins, who asked ..., said"), nor for a cue before
    ``w`` ("Q, the source added" read as coordinated with Q's verb)."""
    below, seen = w, {w.id}
    while below.head and below.head not in seen:
        a = sent.word(below.head)
        if below.deprel.startswith("nsubj"):
            return False
        if a.id > w.id and content.start <= a.start_char < content.end and is_reporting(sent, a, tree):
            return True
        seen.add(a.id)
        below = a
    return False


def _adjunct_clause(sent: Sentence, cue: Word, rest: list[Word], tree: Tree) -> bool:
    """Whether the words after a cue, ``rest``, are an adverbial clause of time, reason
    or manner hung on the cue (``she added when the host expressed shock``): opened by
    such a subordinator whose clause is the cue's ``advcl``, with no complementizer in
    it (``said when asked that ...`` keeps its content)."""
    lx = tree.lx
    first = rest[0]
    if (
        first.text.lower()
        not in lx.function_words.clause_subordinators | lx.function_words.adjunct_subordinators
        or not first.head
    ):
        return False
    clause = sent.word(first.head)
    return (
        clause.deprel.startswith("advcl")
        and clause.head == cue.id
        and not any(x.text.lower() in lx.function_words.complementizers for x in rest[1:])
    )


def _source_ids(sent: Sentence, att: Attribution) -> list[int]:
    """Ids of the words of the attribution's source mention in ``sent``."""
    if att.speaker is None:
        return []
    return [x.id for x in sent.words if att.speaker.start <= x.start_char and x.end_char <= att.speaker.end]


def _source_start(sent: Sentence, w: Word, spk: list[int]) -> int:
    """Id of the first word of cue ``w`` with its source: the source's first word when
    it stands right before the cue (only adverbs, auxiliaries or particles between),
    else the cue's own."""
    if (
        spk
        and spk[-1] < w.id
        and all(sent.word(i).upos in ("ADV", "AUX", "PART") for i in range(spk[-1] + 1, w.id))
    ):
        return spk[0]
    return w.id


def _follows_direct(sent: Sentence, w: Word, att: Attribution, tree: Tree, direct: list[Span]) -> bool:
    """Whether cue ``w`` and its source come right after a direct quotation closed by a
    comma, question or exclamation mark in the same sentence (``“...,” she said``,
    ``“...?” asked Lee``): the cue's words are that quotation (not after a quoted name,
    which is no direct quote: ``on ABC's “This Week,” Lee said ...``; nor when the
    source stands before the quotation, which then lies in a clause of the source's
    own: ``Lee, who calls him a “fraud,” said ...``)."""
    lo = _source_start(sent, w, _source_ids(sent, att))
    before = [x for x in sent.words if x.id < lo]
    return (
        len(before) >= MIN_CLOSING
        and before[-1].text in tree.quote_chars
        and before[-2].text in tree.lx.marks.quote_closing_punct
        and any(
            d.start <= before[-2].start_char <= d.end
            and not (att.speaker is not None and att.speaker.end <= d.start)
            for d in direct
        )
    )


def _with_narrated_lead(text: str, tree: Tree, q: Quote) -> Quote:
    """``He would beat her “no matter what,” Lee said.``: a quotation that closes on a
    comma before its cue, opened inside a clause the sentence began without a cue of
    its own (a finite verb, no colon or other quotation before it): the speaker's
    paraphrase and words together, one mixed quote from the sentence's start."""
    sent = tree.sentence_at(q.content.start)
    if sent is None or not q.content.text.endswith(","):
        return q
    cue = _cue_word_after(tree, q.content.end)
    if cue is None:
        return q
    lead = [w for w in sent.words if w.end_char <= q.content.start]
    while lead and lead[-1].text in tree.quote_chars:
        lead.pop()
    words = [w for w in lead if w.upos != "PUNCT"]
    if (
        len(words) < MIN_CLAUSE_WORDS
        or not any(finite(w, tree.lx) for w in words)
        or any(w.text in tree.quote_chars or w.text == ":" or is_reporting(sent, w, tree) for w in lead)
    ):
        return q
    end = q.content.end
    if end < len(text) and text[end] in tree.quote_chars:
        end += 1
    return attrs.evolve(
        q,
        kind=QuoteKind.MIXED,
        content=Span.of(text, lead[0].start_char, end),
        cue=Span.of(text, cue.start_char, cue.end_char),
        rule="narrated_lead",
    )


def _parenthetical_lead(sent: Sentence, tree: Tree, lo: int, hi: int, right: list[Word]) -> Word | None:
    """``The bigger problem, he said, is money``: a source and cue set off by commas
    inside the sentence they report; the words before the first comma are the
    speaker's too (the reported clause runs on around the cue). Returns the first
    word of that lead: after any clause break (``;``, ``:``, a dash, ``, but``) and
    only when the lead holds no cue of its own and the sentence no quotation mark."""
    if lo <= 1 or hi >= len(sent.words) or not right:
        return None
    before, after = sent.word(lo - 1), sent.word(hi + 1)
    if before.text != "," or after.text != "," or right[0].id != hi + 2:
        return None
    lead = [x for x in sent.words if x.id < lo - 1]
    for k in range(len(lead) - 1, -1, -1):
        x = lead[k]
        if x.text in CLAUSE_DASHES or x.text in (";", ":"):
            lead = lead[k + 1 :]
            break
        if x.upos == "CCONJ" and k > 0 and lead[k - 1].text == ",":
            lead = lead[k + 1 :]
            break
    if (
        not [x for x in lead if x.upos != "PUNCT"]
        or any(is_reporting(sent, x, tree) for x in lead)
        or any(x.text in tree.quote_chars for x in sent.words)
    ):
        return None  # with a quotation in it the sentence is a mixed quote's business
    return lead[0]


def _runs_on(sent: Sentence, cue: Word, right: list[Word], tree: Tree) -> bool:
    """``The case would be helped, she said, by the new rules``: after a
    parenthetical source and cue, words with no verb of their own that finish the
    clause before it; not a participle or adverbial clause of the cue's own
    (``, she said, citing ...``, ``, he said, after the vote``), and not in a
    sentence with a quotation in it."""
    rest = right[1:] if right and right[0].upos == "PUNCT" else right
    if not rest:
        return False
    first = rest[0]
    return (
        len([x for x in rest if x.upos != "PUNCT"]) >= MIN_CLAUSE_WORDS
        and first.feat("VerbForm") not in ("Ger", "Part")
        and first.xpos not in tree.lx.syntax.participle_tags
        and not _adjunct_clause(sent, cue, rest, tree)
        and not any(x.text in tree.quote_chars for x in sent.words)
    )


def _past_hearer(w: Word, r: list[Word], tree: Tree) -> list[Word]:
    """The words after a verb of telling past its hearer (``told radio host Ann Lee``,
    a title the small tagger reads as a verb) and a time phrase after it (``told X
    on Thursday how ...``); ``r`` unchanged after any other cue."""
    lx = tree.lx
    if not r or w.lemma.lower() not in lx.cues.tell_verbs:
        return r
    k = 0
    while (
        k < len(r)
        and k < MAX_HEARER_WORDS
        and r[k].text.lower() not in lx.function_words.complementizers
        and (
            r[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM")
            or r[k].text in lx.marks.possessive_marks
            or r[k].text.lower() in lx.names.title_words | lx.names.person_nouns
        )
    ):
        k += 1
    if k + 1 < len(r) and r[k].upos == "ADP" and r[k + 1].lemma.lower() in lx.names.time_nouns:
        k += 2
    return r[k:]


#: How far after a cue an early ``that`` is looked for (``said on Monday in a
#: statement that ...``).
EARLY_THAT_WORDS = 12


def _after_early_that(sent: Sentence, r: list[Word], tree: Tree) -> tuple[list[Word], bool]:
    """``said on Monday in a statement that ...``: the words after an early ``that``
    (before any finite verb or other cue), and whether one was stripped."""
    for k, x in enumerate(r[:EARLY_THAT_WORDS]):
        if finite(x, tree.lx) or (x.deprel.startswith("acl") and is_reporting(sent, x, tree)):
            break  # (a "that" after another cue is that cue's: "said at X announcing that")
        if (
            x.text.lower() in tree.lx.function_words.declarative_complementizers
            and (x.upos == "SCONJ" or x.deprel == "mark" or k == 0)
            and k + 1 < len(r)
            and not any(y.text.lower() in tree.lx.function_words.about_prepositions for y in r[:k])
        ):
            return r[k + 1 :], True
    return r, False


def _second_cue(sent: Sentence, r: list[Word], tree: Tree) -> int:
    """Where the reported clause ``r`` stops before a second cue: a coordinated one
    (``and stated that ...``, ``and repeatedly says ...``), one with a name of its own
    after a dash, one with a subject of its own after a coordinator (``..., and
    farmers' unions warned that ...``), or a participial one (``, saying that ...``).
    ``len(r)`` when none."""
    for k, x in enumerate(r):
        if k == 0 or not (
            is_reporting(sent, x, tree)
            or (x.lemma.lower() in tree.lx.cues.np_only_verbs and x.upos == "VERB")
        ):
            continue
        j = k - 1
        while j > 0 and r[j].upos in ("ADV", "AUX", "PART"):
            j -= 1
        if r[j].lemma.lower() in tree.lx.function_words.coordinators:
            return j
        # "... ― Trump boasted, “...”": after a dash or semicolon, a name and
        # a cue of its own start another quote, however the name is attached
        m = j
        while m > 0 and r[m].upos == "PROPN" and r[m - 1].upos == "PROPN" and not punct_like(r[m - 1]):
            m -= 1  # (not a dash tagged PROPN)
        if m > 0 and r[j].upos in ("PROPN", "PRON") and r[m - 1].text in CLAUSE_DASHES:
            return m - 1
        subj = [
            i
            for s in tree.kids(sent, x.id, "nsubj")
            if s.id < x.id
            for i in tree.subtree(sent, s.id)
            if sent.word(i).deprel not in ("cc", "punct")  # "and" hung on the subject
        ]
        pos = {y.id: n for n, y in enumerate(r)}
        first = pos.get(min(subj)) if subj else None
        if (
            first is not None
            and first > 0
            and r[first - 1].lemma.lower() in tree.lx.function_words.coordinators
        ):
            return first - 1
        if r[j].text == "," and x.xpos in tree.lx.syntax.gerund_tags:
            return j
    return len(r)


def _clause_tail(sent: Sentence, w: Word, r: list[Word], tree: Tree, *, stripped: bool) -> list[Word]:
    """The reported clause without its closing punctuation, without a second source
    closing the sentence after a comma (``... that A, but B, the source added.``: the
    cue of its own quote), and without a leading complementizer unless one was
    stripped already (``said that if X, Y`` keeps its ``if``; so does ``said if X, Y``)."""
    while r and r[-1].upos == "PUNCT" and r[-1].text not in tree.quote_chars:
        r = r[:-1]
    if r and is_reporting(sent, r[-1], tree) and r[-1].id != w.id:
        k = len(r) - 2
        while (
            k > 0
            and r[k].upos in ("DET", "ADJ", "NOUN", "PROPN", "PRON")
            and len(r) - k <= MAX_TAIL_SOURCE_WORDS
        ):
            k -= 1
        if 0 < k < len(r) - 2 and r[k].text == ",":
            r = r[:k]
    if (
        not stripped
        and r
        and r[0].text.lower() in tree.lx.function_words.complementizers
        and r[0].upos in ("SCONJ", "PRON")
        and not _conditional_mark(sent, w, r[0], tree)
    ):
        r = r[1:]
    return r


def _conditional_mark(sent: Sentence, cue: Word, x: Word, tree: Tree) -> bool:
    """``said if he won, taxes would fall``: an ``if`` that opens an adverbial clause
    (a condition of what was said, which keeps it), not a complement clause
    (``asked if he would run``, where it stands for ``whether``: never after a verb
    of asking)."""
    head = sent.word(x.head) if x.head else None
    lx = tree.lx
    if (
        x.deprel != "mark"
        or head is None
        or cue.lemma.lower() in lx.cues.asking_verbs | lx.cues.question_verbs
    ):
        return False
    if head.deprel.split(":")[0] == "advcl":
        return True
    # the parser hung the if-clause on the cue: by word order, a clause up to a comma,
    # then a main clause with a finite verb of its own
    comma = next((w.id for w in sent.words if w.id > x.id and w.text == ","), None)
    if comma is None or not any(sent.word(i).upos in ("VERB", "AUX") for i in range(x.id + 1, comma)):
        return False
    rest = [w for w in sent.words if w.id > comma]
    return (
        bool(rest)
        and rest[0].upos not in ("CCONJ", "SCONJ", "PUNCT")
        and any(finite(w, tree.lx) for w in rest)
    )


def _postposed(
    text: str,
    sent: Sentence,
    w: Word,
    bounds: tuple[int, int],
    left: list[Word],
    right: list[Word],
    tree: Tree,
) -> Span | None:
    """``CLAUSE, X said.``: the clause before the comma that precedes the cue and its
    source (``bounds``: their first and last word ids); the whole sentence for ``A, X
    said, B``. A participle is no postposed cue (``, saying ...``) unless its speaker
    follows it (``..., noted Jane Doe.`` with ``noted`` tagged VBN)."""
    lo, hi = bounds
    words = sent.words
    participle = (w.feat("VerbForm") in ("Ger", "Part") or w.xpos in tree.lx.syntax.participle_tags) and not (
        hi > w.id and w.feat("Tense") == "Past"
    )
    adjacent = lo < w.id or hi > w.id
    if not (
        left
        and left[-1].text == ","
        and adjacent
        and not participle
        and any(finite(x, tree.lx) for x in left)
    ):
        return None
    body = left[:-1]
    if (
        right
        and words[hi].text == ","
        and (any(finite(x, tree.lx) for x in right) or _runs_on(sent, w, right, tree))
    ):
        # "A, X said, B" (not "A, said X, an economist": an apposition)
        body = [x for x in words if x.upos != "PUNCT" or x.id < words[-1].id]
    return span_of(text, sent, [x.id for x in body], lexicon=tree.lx)


def _clause_verb(sent: Sentence, cue: Word, x: Word, tree: Tree) -> bool:
    """Whether ``x`` is the verb of a clause after cue ``cue``: a finite verb, or a
    past participle the parser hung on the cue's object as a modifier when the cue
    takes a clause, not a noun phrase (``said the board approved the plan``, read as
    ``said [the board approved]``)."""
    if finite(x, tree.lx):
        return True
    if (
        x.deprel != "acl"
        or x.xpos not in tree.lx.syntax.participle_tags
        or cue.lemma.lower() not in tree.lx.cues.clause_object_verbs
        or tree.kids(sent, x.id, "aux", "aux:pass", "mark")
    ):
        return False
    noun = sent.word(x.head) if x.head else None
    return noun is not None and noun.head == cue.id and noun.deprel == "obj" and noun.id < x.id


def _n_words(s: str) -> int:
    return len(_WORD.findall(s))


def _cue_word_after(tree: Tree, end: int) -> Word | None:
    """The reporting verb right after the closing mark at ``end`` (within a few words,
    same sentence, before any other quotation mark), if any."""
    sent = tree.sentence_at(end)
    if sent is not None:
        for w in [w for w in sent.words if w.start_char > end][:MAX_CUE_AFTER_WORDS]:
            if w.text in tree.quote_chars:
                break
            if is_reporting(sent, w, tree):
                return w
    return None


def _cue_after(tree: Tree, end: int) -> bool:
    """Whether a reporting verb stands right after the closing mark at ``end``."""
    return _cue_word_after(tree, end) is not None


def _reporting_verb(tree: Tree, w: Word) -> bool:
    return w.upos in ("VERB", "AUX") and w.lemma.lower() in tree.lx.cues.reporting_verbs


def _verb_after(tree: Tree, end: int) -> bool:
    """Whether a reporting verb's lemma, tagged as a verb, is among the three
    words after the closing mark at ``end`` (``”, added X`` / ``”, she said``),
    whatever the parse hangs it on."""
    sent = tree.sentence_at(end + 1) or tree.sentence_at(end)
    if sent is None:
        return False
    for w in [w for w in sent.words if w.start_char > end][:3]:
        if w.text in tree.quote_chars:
            return False
        if _reporting_verb(tree, w):
            return True
    return False


def _verb_before(text: str, tree: Tree, pos: int, runs: list[QuoteRun]) -> bool:
    """Whether the paragraph of the opening mark at ``pos`` has a reporting
    verb outside quotation marks before it (``“...,” X said. “...``)."""
    lo = text.rfind("\n", 0, pos) + 1
    for sent in tree.doc.sentences:  # (runs over several paragraphs are rare)
        if sent.end_char <= lo:
            continue
        if sent.start_char >= pos:
            break
        for w in sent.words:
            if (
                lo <= w.start_char < pos
                and _reporting_verb(tree, w)
                and not any(r.start <= w.start_char < r.end for r in runs)
            ):
                return True
    return False


def _split_continued(text: str, tree: Tree, run: QuoteRun, runs: list[QuoteRun]) -> list[QuoteRun]:
    """A quote over several paragraphs that opens after an attribution in its
    first paragraph and whose last paragraph carries a cue of its own
    (``“A,” X said. “B ... | “C,” added Y.``) is two quotes: a paragraph that
    continues a quote has no attribution of its own, so B is X's and C is Y's
    (a quote left unclosed by mistake would otherwise give B to Y). A quote
    whose only cue comes at its end (``“A. | “B,” X said.``) stays whole.
    Returns ``[run]`` when there is nothing to split."""
    if (
        run.reopen_pos < 0
        or run.close_pos < 0
        or run.open_pos < 0
        or not _verb_after(tree, run.close_pos)
        or not _verb_before(text, tree, run.open_pos, runs)
    ):
        return [run]
    brk = text.rfind("\n", run.start, run.reopen_pos)
    if brk <= run.start:
        return [run]
    first = QuoteRun(
        open_pos=run.open_pos, close_pos=-1, start=run.start, end=brk, paragraphs=run.paragraphs - 1
    )
    last = QuoteRun(open_pos=run.reopen_pos, close_pos=run.close_pos, start=run.reopen_pos + 1, end=run.end)
    return [first, last]


#: The fewest and most words of a quoted name or title (``CNN's “New Day,”``); a
#: single word after a determiner may be a word quoted as said (``the “no” vote``).
MIN_QUOTED_NAME_WORDS = 2
MAX_QUOTED_NAME_WORDS = 7


def _quoted_name(tree: Tree, open_pos: int, content: Span) -> bool:
    """A quotation in a noun phrase's slot is a name or a title, not something said:
    right after a determiner, a possessive or a preposition (``the “Gang of Eight,”``,
    ``ABC's “This Week,”``, ``host of “The Late Show”``), two to a few words, each
    capitalised but the function words, no finite verb."""
    sent = tree.sentence_at(open_pos)
    if sent is None or open_pos < 0:
        return False
    prev = [w for w in sent.words if w.end_char <= open_pos]
    inside = [w for w in sent.words if content.start <= w.start_char and w.end_char <= content.end]
    words = [w for w in inside if not punct_like(w, tree.quote_chars)]
    if not prev or not MIN_QUOTED_NAME_WORDS <= len(words) <= MAX_QUOTED_NAME_WORDS:
        return False
    before = prev[-1]
    slot = (
        before.upos in ("DET", "ADP")
        or before.text in tree.lx.marks.possessive_marks
        or (before.upos == "PRON" and before.feat("Poss") == "Yes")
    )
    return (
        slot
        and all(
            w.upos in ("ADP", "DET", "CCONJ", "PART")
            or tree.lx.syntax.capitalised(w.text)
            or w.text[0].isdigit()
            for w in words
        )
        and not any(finite(w, tree.lx) for w in words)
    )


def _cue_near(text: str, tree: Tree, start: int, end: int) -> bool:
    """Whether a reporting verb stands right after the closing mark or right
    before the opening mark (within a few words, same sentence)."""
    if _cue_after(tree, end):
        return True
    sent = tree.sentence_at(start - 1)
    if sent is not None:
        before = [w for w in sent.words if w.end_char < start][-4:]
        for w in before:
            if is_reporting(sent, w, tree) and any(x.text in (":", ",") for x in before if x.id > w.id):
                return True
    return False


@attrs.define
class Candidates:
    """Finds direct quotes (quotation marks) and reported speech (parse).

    Args:
        reporting_verbs: lemmas that introduce speech (default: the lexicon's).
        min_quote_words: see :data:`MIN_QUOTE_WORDS`.
        learned_edges: ``True`` (default): the trained edge model
            (:mod:`quotekit.extractors._edge_model`, shipped weights) decides where
            reported speech ends when its clause runs on past a comma or dash;
            ``False``: the parse rules' edges stand.
        edge_scorer: an edge model to use instead of the shipped one (training and
            cross-validation).
    """

    reporting_verbs: frozenset[str] | None = None
    #: The language pack (``None``: the stage refuses to run until a pipeline or
    #: :func:`~quotekit.extractors.make` gives it one; no silent English).
    lexicon: Lexicon | None = None
    min_quote_words: int = MIN_QUOTE_WORDS
    learned_edges: bool = True
    edge_scorer: EdgeScorer | None = None
    name: str = "candidates"
    requires: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})
    #: Rules switched off (names from :meth:`rule_docs`; ``Pipeline(disable_rules=...)``).
    disabled: frozenset[str] = frozenset()
    #: The cue sieve's rules switched off (names from ``CUE_RULE_DOCS``; the pipeline
    #: sets the same ones on every stage that asks whether a word is a cue).
    cue_disabled: frozenset[str] = frozenset()
    #: the Quote fields this stage writes (``Pipeline`` checks the order)
    reads: ClassVar[frozenset[str]] = frozenset()
    writes: ClassVar[frozenset[str]] = frozenset({"id", "kind", "content", "cue", "rule"})

    @property
    def lx(self) -> Lexicon:
        """The language pack the stage was built for (:func:`~quotekit.lexicon.stage_lexicon`)."""
        return stage_lexicon(self.name, self.lexicon)

    @staticmethod
    def rule_docs() -> dict[str, str]:
        """The rules that find quotes, in the order they run (``quotekit rules``;
        ``Quote.rule`` names them)."""
        return dict(QUOTE_RULE_DOCS)

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        text = doc.text
        tree = tree_of(doc, with_reporting_verbs(self.lx, self.reporting_verbs), self.cue_disabled)
        direct = self._direct(doc, tree)
        indirect = self._indirect(doc, tree, direct)
        edges = self.edge_scorer or (default_edge_scorer() if self.learned_edges else None)
        if edges is not None:
            dspans = [q.content for q in direct]
            indirect = [
                trim_quote(text, tree, q, edges, dspans) if q.cue is not None else q for q in indirect
            ]
        headline = None if "headline_claim" in self.disabled else headline_source(text, tree)
        if headline is not None:
            # "Poll: the mayor leads in the north": the headline's claim, in place of any
            # reported speech the verb rules read into the headline line
            inside = any(headline.content.contains(d.content) for d in direct)
            indirect = [q for q in indirect if q.content.start > headline.content.end]
            kind = QuoteKind.MIXED if inside else QuoteKind.INDIRECT
            indirect.insert(
                0, Quote(id="", kind=kind, content=headline.content, cue=headline.cue, rule="headline_claim")
            )
        out = list(quotes)
        spans = [q.content for q in indirect]
        # a short fragment inside reported speech belongs to that (mixed) quote
        for q in direct:
            if any(s.contains(q.content) for s in spans):
                continue
            out.append(q if "narrated_lead" in self.disabled else _with_narrated_lead(text, tree, q))
        # reported speech nested in other reported speech belongs to the outer quote
        out.extend(
            q
            for q in indirect
            if not any(
                o is not q and o.content.contains(q.content) and o.content != q.content for o in indirect
            )
        )
        out.sort(key=lambda q: (q.content.start, q.content.end))
        return tuple(attrs.evolve(q, id=f"q{i + 1}") for i, q in enumerate(out)) if text else ()

    # -- direct quotes -------------------------------------------------
    def _direct(self, doc: ParsedDoc, tree: Tree) -> list[Quote]:
        text = doc.text
        res = scan(text, tree.lx)
        found = list(res.quotes)
        runs: list[QuoteRun] = [piece for r in found for piece in _split_continued(text, tree, r, found)]
        self._recover(text, tree, res.unmatched_close, res.unmatched_open, runs)
        # single-quoted quotes outside any double quote (British style)
        inside = [(r.start, r.end) for r in runs]
        for r in scan_single(text, tree.lx):
            if any(s <= r.open_pos and r.close_pos < e for s, e in inside):
                continue  # nested inside a double quote: part of it
            runs.append(r)
        out = []
        for r in sorted(runs, key=lambda r: r.start):
            q = self._direct_quote(text, tree, r)
            if q is not None:
                out.append(q)
        return out

    def _recover(
        self,
        text: str,
        tree: Tree,
        unmatched_close: tuple[int, ...],
        unmatched_open: tuple[int, ...],
        runs: list[QuoteRun],
    ) -> None:
        """Adds to ``runs`` the quotes recovered around unmatched marks (seed q11: an
        opening mark missing before a cue), with a warning for each mark either way."""
        for pos in unmatched_close:
            run = self._recover_open(text, tree, pos, runs)
            if run is not None:
                runs.append(run)
                warnings.warn(
                    f"closing quotation mark at {pos} has no opening mark; "
                    f"recovered the quote from {run.start}",
                    QuotekitWarning,
                    stacklevel=3,
                )
            else:
                warnings.warn(
                    f"closing quotation mark at {pos} has no opening mark; ignored",
                    QuotekitWarning,
                    stacklevel=3,
                )
        for pos in unmatched_open:
            run = self._recover_close(text, pos, runs)
            if run is not None:
                runs.append(run)
                warnings.warn(
                    f"opening quotation mark at {pos} is never closed; "
                    f"took the quote to the end of its paragraph",
                    QuotekitWarning,
                    stacklevel=3,
                )
            else:
                warnings.warn(
                    f"opening quotation mark at {pos} is never closed; ignored",
                    QuotekitWarning,
                    stacklevel=3,
                )

    def _direct_quote(self, text: str, tree: Tree, r: QuoteRun) -> Quote | None:
        """The direct quote of a quoted stretch: without a transcript label, long
        enough or with a cue near; a single-quoted stretch only with a cue near."""
        content = trim(text, r.start, r.end)
        if content is None:
            return None
        label = TRANSCRIPT_LABEL.match(content.text)
        if label is not None:  # "PENCE: Well, look, ...": the speaker's label is not what was said
            content = trim(text, content.start + label.end(), content.end) or content
        long_enough = _n_words(content.text) >= self.min_quote_words or (
            content.text[-1] in _END_PUNCT and _n_words(content.text) >= MIN_SENTENCE_QUOTE_WORDS
        )
        if r.single and not _cue_near(text, tree, r.open_pos, r.close_pos):
            return None
        if _quoted_name(tree, r.open_pos, content):
            return None
        if not long_enough and not _cue_near(
            text, tree, r.open_pos, r.close_pos if r.close_pos >= 0 else r.end
        ):
            return None
        rule = (
            "single_quotes"
            if r.single
            else ("unmatched_mark" if r.open_pos < 0 or r.close_pos < 0 else "quotation_marks")
        )
        if rule in self.disabled:
            return None
        return Quote(id="", kind=QuoteKind.DIRECT, content=content, rule=rule)

    def _recover_open(self, text: str, tree: Tree, pos: int, runs: list[QuoteRun]) -> QuoteRun | None:
        sent = tree.sentence_at(pos)
        if sent is None:
            return None
        after = [w for w in sent.words if w.start_char > pos][:5]
        if not any(is_reporting(sent, w, tree) for w in after):
            return None
        prev_end = max([r.close_pos + 1 for r in runs if r.close_pos < pos] + [0])
        start = sent.start_char
        if start < prev_end:
            return None
        if any(r.start <= start < r.end for r in runs):
            return None
        return QuoteRun(open_pos=-1, close_pos=pos, start=start, end=pos)

    def _recover_close(self, text: str, pos: int, runs: list[QuoteRun]) -> QuoteRun | None:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        nxt = [r.open_pos for r in runs if r.open_pos > pos]
        if nxt:
            end = min(end, *nxt)
        content = trim(text, pos + 1, end)
        if content is None or _n_words(content.text) < self.min_quote_words:
            return None
        return QuoteRun(open_pos=pos, close_pos=-1, start=pos + 1, end=content.end)

    # -- reported speech -----------------------------------------------
    def _indirect(self, doc: ParsedDoc, tree: Tree, direct: list[Quote]) -> list[Quote]:
        text = doc.text
        dspans = [q.content for q in direct]
        out: list[Quote] = []

        def in_direct(start: int, end: int) -> bool:
            return any(d.start - 1 <= start and end <= d.end + 1 for d in dspans)

        for sent in doc.sentences:
            done: list[Attribution] = []
            for w in sent.words:
                reporting, np_only, named = self._cue_class(text, sent, w, tree)
                if not reporting and not np_only and named is None:
                    continue
                if in_direct(w.start_char, w.end_char):
                    continue
                att = inherit(text, sent, w, tree, done) or attribute(text, sent, w, tree)
                if named is not None and att.speaker is None:
                    named = None
                    if not reporting and not np_only:
                        continue
                content, att, rule = self._reported_content(
                    text, sent, w, att, tree, reporting=reporting, named=named
                )
                if (
                    content is not None
                    and content.start > w.start_char
                    and _follows_direct(sent, w, att, tree, dspans)
                ):
                    # "“...,” she said, adding that ...", "“...,” he said when asked
                    # whether ...": the cue's words are the quotation before it
                    continue
                if content is None or in_direct(content.start, content.end):
                    continue  # (inside a direct quote: the cue of that quote)
                if _under_later_cue(sent, w, content, tree):
                    continue
                placed = self._beside_direct(text, sent, tree, att, content, dspans, named=named is not None)
                if placed is None:
                    continue
                content, kind = placed
                if att.addressee is not None and att.addressee.overlaps(content):
                    att = attrs.evolve(att, addressee=None)  # part of what was said, not its hearer
                done.append(att)
                # spans only: the attribution stage finds the speaker and addressee
                out.append(Quote(id="", kind=kind, content=content, cue=att.cue, rule=rule))
            if "according_clause" not in self.disabled:
                out.extend(self._according_to(text, sent, tree, in_direct))
        return out

    @staticmethod
    def _cue_class(text: str, sent: Sentence, w: Word, tree: Tree) -> tuple[bool, bool, Span | None]:
        """What kind of cue ``w`` is: a reporting verb; a verb whose content is a noun
        phrase only, with a subject (``np_only_verbs``); a naming verb with what it
        says (``calling him a coward``)."""
        reporting = is_reporting(sent, w, tree)
        np_only = (
            not reporting
            and "np_only_verb" not in tree.cue_off
            and w.lemma.lower() in tree.lx.cues.np_only_verbs
            and w.upos == "VERB"
            and (
                bool(tree.kids(sent, w.id, "nsubj"))
                # "angered the board by calling for an end to it": a participle whose
                # subject is the verb's above it (not one on a noun, "a resolution
                # calling for ...", whose noun is the one calling; not one opening the
                # sentence, which sets the occasion: "Speaking on a radio show, ...")
                or (
                    present_participle(w)
                    and w.deprel.split(":")[0] in ("advcl", "xcomp", "conj")
                    and w.id > 1
                    and governor_with_subject(sent, w, tree) is not None
                )
            )
        )
        named = (
            _naming_content(text, sent, w, tree)
            if "naming_verb" not in tree.cue_off
            and known_lemma(w, tree.lx.cues.naming_verbs, tree.lx) in tree.lx.cues.naming_verbs
            else None
        )
        return reporting, np_only, named

    def _reported_content(
        self,
        text: str,
        sent: Sentence,
        w: Word,
        att: Attribution,
        tree: Tree,
        *,
        reporting: bool,
        named: Span | None,
    ) -> tuple[Span | None, Attribution, str]:
        """What the cue reports, and the name of the rule that found it: what a naming
        verb names (``named_content``); for a reporting verb its clause by word order
        (``surface_clause``), else by the parse (``complement_clause``); for a verb of
        saying about something a noun phrase (``noun_phrase``: ``talked about the
        economy``, with its particle in the cue)."""
        off = self.disabled
        content, rule = (None if "named_content" in off else named), "named_content"
        if reporting and content is None and "surface_clause" not in off:
            content, rule = self._surface_content(text, sent, w, att, tree), "surface_clause"
        if reporting and content is None and "complement_clause" not in off:
            content, rule = self._content_of(text, sent, w, tree), "complement_clause"
        if (
            content is None
            and "noun_phrase" not in off
            and known_lemma(w, tree.lx.cues.np_content_verbs, tree.lx) in tree.lx.cues.np_content_verbs
            and att.speaker is not None
        ):
            found = self._np_content(text, sent, w, tree)
            if found is not None:
                content, particle = found
                rule = "noun_phrase"
                if particle is not None and particle.id == w.id + 1:
                    att = attrs.evolve(att, cue=Span.of(text, w.start_char, particle.end_char))
        return content, att, rule

    @staticmethod
    def _beside_direct(
        text: str,
        sent: Sentence,
        tree: Tree,
        att: Attribution,
        content: Span,
        dspans: list[Span],
        *,
        named: bool,
    ) -> tuple[Span, QuoteKind] | None:
        """The reported content beside the direct quotes it overlaps: none when it is
        a direct quote's cue (its source inside it, most of it quoted, or crossing a
        mark); a mixed quote running to the closing mark of a quoted fragment that
        closes in this sentence (``blasted the media for being “unbelievably
        dishonest.”``); else indirect."""
        overlap = [d for d in dspans if d.overlaps(content)]
        if overlap and att.speaker is not None and content.contains(att.speaker):
            return None  # "“Q,” Harry Bell, director of ..., said": the direct quote's cue
        tail = [
            d for d in overlap if content.start < d.start < content.end < d.end and d.end <= sent.end_char + 2
        ]
        if (
            tail
            and att.cue is not None
            and att.cue.end <= content.start
            and _n_words(text[content.start : tail[0].start]) >= MIN_MIXED_LEAD_WORDS
        ):
            end = max(d.end for d in tail)
            if end < len(text) and text[end] in tree.quote_chars:
                end += 1  # with its closing mark, as it has its opening one
            content = Span.of(text, content.start, end)
        cover = sum(min(d.end, content.end) - max(d.start, content.start) for d in overlap)
        if overlap and cover >= 0.6 * len(content) and not named:
            return None
        if any(d.start < content.start < d.end or d.start < content.end < d.end for d in overlap):
            return None  # crosses a quotation mark: the cue of that direct quote
        return content, QuoteKind.MIXED if overlap else QuoteKind.INDIRECT

    def _np_content(self, text: str, sent: Sentence, w: Word, tree: Tree) -> tuple[Span, Word | None] | None:
        """What a speech act is about, when it is a noun phrase: "criticized the deal",
        "called for new tariffs", "spoke about her ties to black churches".

        Returns the content and the preposition that belongs to the cue
        ("called for"), if any.
        """
        lx = tree.lx
        lemma = known_lemma(w, lx.cues.np_content_verbs, lx)
        not_content = lx.names.time_nouns | lx.cues.speech_event_nouns | lx.cues.speaking_manner_nouns
        objs: list[Word] = []
        rejected: list[int] = []
        for k in tree.kids(sent, w.id, "obj", "obl", "iobj", "xcomp"):
            if k.id < w.id:
                continue
            ok = k.upos not in ("PRON", "NUM") and k.lemma.lower() not in not_content
            if ok and k.deprel.startswith("obl"):
                # "spoke about X", "called for X", "pointed to X"; not "spoke on Monday"
                case = {c.lemma.lower() for c in tree.kids(sent, k.id, "case")}
                ok = bool(case & lx.cues.topic_prepositions.get(lemma, lx.cues.any_topic_prepositions))
            elif ok and lemma in lx.cues.topic_only_verbs:
                ok = False
            if ok:
                objs.append(k)
            else:
                rejected.append(k.id)
        if not objs:
            return None
        # a later phrase that is not a time ("spoke about her ties to the church")
        # belongs to the content; times and phrases before the object do not
        rejected = [
            i
            for i in rejected
            if i < objs[0].id
            or sent.word(i).lemma.lower() in not_content
            or sent.word(i).upos in ("NUM", "PRON")
            or sent.word(i).deprel == "obl:tmod"
        ]
        cut = rejected + [
            k.id
            for k in tree.kids(sent, w.id)
            if k.id > w.id
            and (
                k.deprel.split(":")[0] in ("conj", "parataxis", "cc", "punct")
                or k.deprel == "obl:tmod"
                # "described X as Y when he ran ...": a time or reason clause is not content
                or (
                    k.deprel == "advcl"
                    and not (
                        {m.lemma.lower() for m in tree.kids(sent, k.id, "mark")}
                        & tree.lx.function_words.non_finite_marks
                    )
                )
            )
        ]
        ids = [i for i in tree.subtree(sent, w.id, cut=cut) if i > w.id]
        first = min(min(tree.subtree(sent, o.id)) for o in objs)
        ids = run_around([i for i in ids if i >= first], objs[0].id, sent)
        while ids and sent.word(ids[-1]).upos == "PUNCT":
            ids.pop()
        particle = None
        if ids and sent.word(ids[0]).deprel == "case" and sent.word(ids[0]).head == objs[0].id:
            particle = sent.word(ids[0])
            ids = ids[1:]
        if not any(sent.word(i).upos in ("NOUN", "PROPN") for i in ids):
            return None
        sp = span_of(text, sent, ids, lexicon=tree.lx)
        return (sp, particle) if sp is not None else None

    def _surface_content(
        self, text: str, sent: Sentence, w: Word, att: Attribution, tree: Tree
    ) -> Span | None:
        """Reported speech by word order, robust to attachment errors.

        ``X said (that) CLAUSE`` takes the rest of the sentence; ``CLAUSE, X
        said.`` the part before the comma; ``A, X said, B`` the sentence.
        """
        if att.speaker is None:
            return None
        words = sent.words
        spk = _source_ids(sent, att)
        lo = hi = w.id
        if spk and spk[0] > w.id and spk[0] - w.id <= MAX_INVERTED_GAP:
            hi = spk[-1]
        else:
            lo = _source_start(sent, w, spk)
        right = [x for x in words if x.id > hi]
        while right and (right[-1].upos == "PUNCT" or right[-1].text in tree.quote_chars):
            right.pop()
        left = [x for x in words if x.id < lo]
        r = _past_hearer(w, list(right), tree)
        r, stripped = _after_early_that(sent, r, tree)
        while r and r[0].text in (":", ","):
            r = r[1:]
        if r and _adjunct_clause(sent, w, r, tree):
            r = []  # "she added when the host expressed shock": when, not what
        if (r and any(_clause_verb(sent, w, x, tree) for x in r) and r[0].upos != "ADP") or (
            r and r[0].text.lower() in tree.lx.function_words.declarative_complementizers
        ):
            r = _clause_tail(sent, w, r[: _second_cue(sent, r, tree)], tree, stripped=stripped)
            sp = span_of(text, sent, [x.id for x in r], lexicon=tree.lx)
            if (
                sp is not None
                and _n_words(sp.text) >= MIN_CLAUSE_WORDS
                and any(_clause_verb(sent, w, x, tree) for x in r)
            ):
                lead = _parenthetical_lead(sent, tree, lo, hi, r)
                return Span.of(text, lead.start_char, sp.end) if lead is not None else sp
        return _postposed(text, sent, w, (lo, hi), left, right, tree)

    def _content_of(self, text: str, sent: Sentence, w: Word, tree: Tree) -> Span | None:
        comps = tree.kids(sent, w.id, "ccomp")
        if not comps:
            # "X said: the economy is bad"
            comps = [
                k
                for k in tree.kids(sent, w.id, "parataxis")
                if k.id > w.id and any(x.text == ":" for x in sent.words if w.id < x.id < k.id)
            ]
        if comps:
            c = comps[0]
            cut = [k.id for k in tree.kids(sent, c.id, "conj") if is_reporting(sent, k, tree) or k.id == w.id]
            cut.append(w.id)
            ids = tree.subtree(sent, c.id, cut=cut)
            ids = run_around(ids, c.id, sent)
            # drop a cc left dangling before a cut conjunct
            ids = [i for i in ids if not (sent.word(i).deprel == "cc" and sent.word(i).head in cut)]
            if (
                ids
                and sent.word(ids[0]).deprel == "mark"
                and sent.word(ids[0]).lemma.lower() in tree.lx.function_words.complementizers
            ):
                ids.pop(0)
            while ids and sent.word(ids[-1]).deprel == "cc":
                ids.pop()
            first = next((i for i in ids if sent.word(i).upos != "PUNCT"), 0)
            if (
                first > 1
                and sent.word(first - 1).text == ","
                and c.upos not in ("VERB", "AUX")
                and not tree.kids(sent, c.id, "cop")
                and not any(finite(sent.word(i), tree.lx) for i in ids)
            ):
                return None  # "said Jane Doe, a builder in Ohio": an apposition, not speech
            sp = span_of(text, sent, ids, lexicon=tree.lx)
            if sp is not None and _n_words(sp.text) >= MIN_SENTENCE_QUOTE_WORDS:
                return sp
            return None
        # postposed cue: "The economy is bad, X said." (cue is parataxis of the clause)
        if w.deprel.split(":")[0] == "parataxis" and w.head and w.head < w.id:
            head = sent.word(w.head)
            ids = [i for i in tree.subtree(sent, head.id, cut=[w.id]) if i < w.id]
            sp = span_of(text, sent, ids, lexicon=tree.lx)
            if sp is not None and _n_words(sp.text) >= MIN_CLAUSE_WORDS:
                return sp
        return None

    def _according_to(
        self, text: str, sent: Sentence, tree: Tree, in_direct: Callable[[int, int], bool]
    ) -> list[Quote]:
        out = []
        words = sent.words
        for w in words:
            att = according_cue(text, sent, tree, w)
            if att is None or att.speaker is None or in_direct(w.start_char, att.speaker.end):
                continue  # inside quotation marks it is the quoted speaker's own source
            # the source delimits the content; the attribution stage names it
            speaker = att.speaker
            phrase_ids = [x.id for x in words if w.start_char <= x.start_char < speaker.end]
            before = [x.id for x in words if x.id < phrase_ids[0]]
            after = [x.id for x in words if x.id > phrase_ids[-1]]
            content = span_of(text, sent, after if len(after) > len(before) else before, lexicon=tree.lx)
            if content is None or _n_words(content.text) < MIN_CLAUSE_WORDS:
                continue
            if in_direct(content.start, content.end):
                continue
            out.append(
                Quote(id="", kind=QuoteKind.INDIRECT, content=content, cue=att.cue, rule="according_clause")
            )
        return out


def _naming_content(text: str, sent: Sentence, w: Word, tree: Tree) -> Span | None:
    """What a naming verb says: its object and the second predicate after it, as one
    span ("calling him a \u201ccoward\u201d", "described the plan as reckless"); the object
    may be a pronoun. None without both."""
    objs = [k for k in tree.kids(sent, w.id, "obj", "iobj") if k.id > w.id]
    if not objs:
        return None
    obj = objs[0]
    comps = [
        k
        for k in tree.kids(sent, w.id, "xcomp", "obj", "obl")
        if k.id > obj.id
        and (
            k.deprel.split(":")[0] != "obl"
            or {c.lemma.lower() for c in tree.kids(sent, k.id, "case")}
            & tree.lx.function_words.role_prepositions
        )
    ]
    if not comps:
        return None
    lo = min(tree.subtree(sent, obj.id))
    hi = max(tree.subtree(sent, comps[0].id))
    return span_of(text, sent, range(lo, hi + 1), lexicon=tree.lx)

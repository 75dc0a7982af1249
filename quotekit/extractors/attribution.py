"""Stage 2, ``attribution``: cue, speaker mention and addressee of every quote.

Every attribution rule lives here (with its helpers in ``_cues`` and
``_tree``); the candidates stage finds spans only.

Reported speech (indirect and mixed quotes) comes with its cue, the verb
whose complement it is; its speaker mention is that cue's subject, a subject
shared with the previous cue of the sentence (``X said A and added B``), or
the source of ``according to X``; its addressee is the hearer of the cue
(``told Fox News``) unless that lies inside what was said.

For each direct quote without a cue, the words of its sentence(s) outside
the quotation marks are searched for a reporting verb, in this order:

1. ``X said: “Q”`` / ``saying, “Q”``: a cue just before the opening mark,
   followed by a colon or comma;
2. ``“Q,” X said`` / ``“Q,” said X``: a cue within a few words after the
   closing mark (the split form ``“Q1,” he said, “Q2.”`` gives both halves
   the same cue);
3. any other cue before the opening mark in the same sentence
   (``X said that “Q”``), then any after the closing mark.

The speaker mention is the cue's subject (see ``_cues``). A quote with no cue
in its sentence continues the quote before it in the same or the previous
paragraph, or else the next quote in its paragraph, when that is
unambiguous: it takes that quote's cue and speaker mention (``“Q1,” he
said. “Q2.”``: both parts have the cue ``said``); a question with no cue (an
interviewer's) gets neither.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import ClassVar

import attrs

from ..lexicon import Lexicon, stage_lexicon, with_reporting_verbs
from ..model import Quote, QuoteKind, Span
from ..parsing import ParsedDoc, Sentence, Word
from ._cues import (
    Attribution,
    according_cue,
    according_source,
    attribute,
    headline_source,
    inherit,
    speaker_rule_docs,
)
from ._marks import TRANSCRIPT_LABEL
from ._tree import Tree, is_reporting, mention_span, present_participle, tree_of, trim

__all__ = ["Attributor", "NEAR_WORDS"]

#: ``X said: “Q”``: at most this many words between the cue and the opening mark.
MAX_INTRO_TAIL_WORDS = 3


#: How many words after a closing mark a ``said X`` cue may stand.
NEAR_WORDS = 6


#: The attribution rules around the speaker sieve of a cue, by name, with their
#: one-line docs (``quotekit rules``; ``Quote.mention_rule`` names them).
ATTRIBUTION_RULE_DOCS: dict[str, str] = {
    "transcript_label": "A transcript's speaker label inside the opening mark: '\u201cLEE: We will ...'.",
    "according_to": "The source of 'according to X' beside the quote: '\u201c...,\u201d according to Lee.'",
    "headline_source": "The source a headline names before its colon: 'Mayor: taxes will fall'.",
    "shared_subject": "A subject shared with the sentence's previous cue: 'Lee said A and added B'.",
}
#: The rules tried after the cue's sieve, by name, with their docs.
LATE_RULE_DOCS: dict[str, str] = {
    "dash_signature": "A name after a dash that follows the closing mark: '\u201c...\u201d \u2015 Jo Park'.",
    "continuation": "A cueless quote continues the quote before it (or the next in its paragraph).",
    "introduction": "A cueless quote after a sentence that introduces one named person.",
}


@attrs.define
class Attributor:
    """Attributes direct quotes to a cue and a speaker mention.

    Args:
        disabled: rules switched off (names from :meth:`rule_docs`;
            ``Pipeline(disable_rules=...)``): a switched-off rule is skipped and
            the next one is tried.
    """

    reporting_verbs: frozenset[str] | None = None  # default: the lexicon's
    #: The language pack (``None``: the stage refuses to run until a pipeline or
    #: :func:`~quotekit.extractors.make` gives it one; no silent English).
    lexicon: Lexicon | None = None
    name: str = "attribution"
    requires: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})
    disabled: frozenset[str] = frozenset()
    #: The cue sieve's rules switched off (names from ``CUE_RULE_DOCS``; the pipeline
    #: sets the same ones on every stage that asks whether a word is a cue).
    cue_disabled: frozenset[str] = frozenset()
    #: the Quote fields this stage reads and writes (``Pipeline`` checks the order)
    reads: ClassVar[frozenset[str]] = frozenset({"content", "kind"})
    reads_if_present: ClassVar[frozenset[str]] = frozenset({"cue"})
    writes: ClassVar[frozenset[str]] = frozenset({"cue", "speaker_mention", "addressee", "mention_rule"})

    @property
    def lx(self) -> Lexicon:
        """The language pack the stage was built for (:func:`~quotekit.lexicon.stage_lexicon`)."""
        return stage_lexicon(self.name, self.lexicon)

    @staticmethod
    def rule_docs() -> dict[str, str]:
        """The rules that find a quote's speaker mention, in the order they are tried
        (the first that applies decides; ``quotekit rules``): the forms around the
        cue, the cue's own sieve, then the rules for quotes without a cue."""
        return {**ATTRIBUTION_RULE_DOCS, **speaker_rule_docs(), **LATE_RULE_DOCS}

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        text = doc.text
        tree = tree_of(doc, with_reporting_verbs(self.lx, self.reporting_verbs), self.cue_disabled)
        marks = tree.quote_chars
        direct = [q for q in quotes if q.kind is QuoteKind.DIRECT]
        bounds = [
            (_open_pos(text, q.content.start, marks), _close_pos(text, q.content.end, marks)) for q in direct
        ]
        found: dict[str, Attribution] = {}
        for k, q in enumerate(direct):
            if q.cue is not None or q.speaker_mention is not None:
                continue
            prev_close = bounds[k - 1][1] if k > 0 else -1
            next_open = bounds[k + 1][0] if k + 1 < len(direct) else len(text) + 1
            att = None
            if "transcript_label" not in self.disabled:
                att = _transcript_label(text, q, tree.lx.marks.double_quotes)
            if att is None:
                att = self._find(text, tree, bounds[k][0], bounds[k][1], prev_close, next_open)
            if att is None and "dash_signature" not in self.disabled:
                sig = _dash_speaker(text, bounds[k][1])
                if sig is not None:
                    att = Attribution(cue=None, speaker=sig, addressee=None, rule="dash_signature")
            if att is not None:
                found[q.id] = att
        found.update(self._reported(text, tree, quotes))
        out = []
        for q in quotes:
            att = found.get(q.id)
            if att is not None:
                q = attrs.evolve(
                    q,
                    cue=att.cue,
                    speaker_mention=att.speaker,
                    addressee=att.addressee,
                    mention_rule=att.rule if att.speaker is not None else None,
                )
            out.append(q)
        if "continuation" not in self.disabled:
            out = self._continuations(text, out)
        if "introduction" not in self.disabled:
            out = self._introduced(text, tree, out)
        return tuple(out)

    def _find(
        self, text: str, tree: Tree, open_pos: int, close_pos: int, prev_close: int, next_open: int
    ) -> Attribution | None:
        before = self._words_before(text, tree, open_pos, prev_close)
        cues_before = [(s, w) for s, w in before if is_reporting(s, w, tree) or _colon_cue(s, w, tree)]
        after = self._words_after(text, tree, close_pos, next_open, bool(cues_before))
        cues_after = [(s, w) for s, w in after if is_reporting(s, w, tree)]
        # 0. "According to X, “Q”" / "“Q,” according to X"
        if "according_to" not in self.disabled:
            att = self._according(text, tree, open_pos, before, after, bool(cues_before), bool(cues_after))
            if att is not None:
                return attrs.evolve(att, rule="according_to")
        # "Hale said it would recount a story, in “...”": not the cue of "it" but the
        # cue whose clause holds it
        if cues_before:
            s, w = cues_before[-1]
            if any(
                k.text.lower() in tree.lx.pronouns.non_party_subjects for k in tree.kids(s, w.id, "nsubj")
            ):
                outer = [c for c in cues_before[:-1] if c[0] is s and w.id in tree.subtree(s, c[1].id)]
                if outer:  # (in text order: the cues after it are inside its clause)
                    cues_before = cues_before[: cues_before.index(outer[-1]) + 1]
        cue = self._nearest_cue(tree, before, after, cues_before, cues_after)
        return attribute(text, cue[0], cue[1], tree, self.disabled) if cue is not None else None

    @staticmethod
    def _words_before(text: str, tree: Tree, open_pos: int, prev_close: int) -> list[tuple[Sentence, Word]]:
        """The words of the opening mark's sentence before it (after the previous
        quote), or of the sentence before when that one ends on ``:`` right before it."""
        s_open = tree.sentence_at(open_pos)
        if s_open is None:
            return []
        before = [(s_open, w) for w in s_open.words if prev_close < w.start_char and w.end_char <= open_pos]
        if not before:
            # "He said:" ending the sentence (or paragraph) before the opening mark
            prev = _sentence_before(tree, s_open, open_pos)
            if (
                prev is not None
                and text[prev.end_char : open_pos].strip() in ("", ":")
                and any(w.text == ":" for w in prev.words[-2:])
            ):
                before = [(prev, w) for w in prev.words if prev_close < w.start_char]
        return before

    @staticmethod
    def _words_after(
        text: str, tree: Tree, close_pos: int, next_open: int, cued_before: bool
    ) -> list[tuple[Sentence, Word]]:
        """The words of the closing mark's sentence after it (before the next quote), or
        of the next sentence when the tokenizer ended the sentence at the mark."""
        s_close = tree.sentence_at(close_pos)
        if s_close is None:
            return []
        after = [(s_close, w) for w in s_close.words if w.start_char > close_pos and w.end_char <= next_open]
        # a full stop inside the marks ends the sentence when a cue stands before the
        # quote ("Cole says Hale's “...” She says ..."): the next sentence is not its
        full_stop = text[:close_pos].rstrip().endswith(".") and cued_before
        if not full_stop and all(
            # nothing after the mark in its sentence but punctuation or a title the
            # tokenizer cut off ("... deal,” Rep." + "Tom Hale ... said")
            w.upos == "PUNCT" or w.text.lower() in tree.lx.names.title_words
            for _, w in after
        ):
            # "“... ?” Trump said": the tokenizer ended the sentence at the closing mark
            nxt = _sentence_after(tree, s_close)
            if nxt is not None and "\n" not in text[close_pos : nxt.start_char]:
                after = [(nxt, w) for w in nxt.words if w.end_char <= next_open]
        return after

    @staticmethod
    def _according(
        text: str,
        tree: Tree,
        open_pos: int,
        before: list[tuple[Sentence, Word]],
        after: list[tuple[Sentence, Word]],
        cued_before: bool,
        cued_after: bool,
    ) -> Attribution | None:
        """``According to X, “Q”`` / ``“Q,” according to X``, when no other cue is
        nearer and only a short lead with a comma, or punctuation, stands between."""
        for s, w in before + after:
            att = according_cue(text, s, tree, w)
            if att is None or att.speaker is None:
                continue
            if w.start_char < open_pos:
                tail = [x for _, x in before if x.start_char >= att.speaker.end]
                if not cued_before and len(tail) <= MAX_INTRO_TAIL_WORDS and any(x.text == "," for x in tail):
                    return att
            else:
                lead = [x for _, x in after if x.end_char <= w.start_char and x.text not in tree.quote_chars]
                if not cued_after and all(x.upos == "PUNCT" for x in lead):
                    return att
        return None

    @staticmethod
    def _nearest_cue(
        tree: Tree,
        before: list[tuple[Sentence, Word]],
        after: list[tuple[Sentence, Word]],
        cues_before: list[tuple[Sentence, Word]],
        cues_after: list[tuple[Sentence, Word]],
    ) -> tuple[Sentence, Word] | None:
        """The cue of the quote: 1. ``X said: “Q”`` (the last cue before, a colon or
        comma after it); 2. ``“Q,” X said`` (the first cue after, within a few words,
        not in a clause of its own); 3. any cue of the sentence, before first."""
        if cues_before:
            s, w = cues_before[-1]
            main = _colon_main_clause(tree, before, (s, w))
            if main is not None:
                return main
            tail = [x for _, x in before if x.id > w.id]
            if len(tail) <= MAX_INTRO_TAIL_WORDS and any(x.text in (":", ",") for x in tail):
                return s, w
        if cues_after and not (cues_before and present_participle(cues_after[0][1])):
            # (a participle after the quote, ``X said, “Q,” adding that ...``, goes on
            # from the cue before it: it introduces what follows, not this quote)
            s, w = cues_after[0]
            lead = _outside_parentheses(
                [x for _, x in after if x.id < w.id and x.text not in tree.quote_chars], tree.lx
            )
            # not a cue in a clause of its own ("“Q,” when Cole attacked him")
            if len(lead) <= NEAR_WORDS and not (
                cues_before
                and any(
                    x.deprel == "mark" or x.lemma.lower() in tree.lx.function_words.temporal_subordinators
                    for x in lead
                )
            ):
                return s, w
        if cues_before:
            return cues_before[-1]
        if cues_after:
            return cues_after[0]
        return None

    def _reported(self, text: str, tree: Tree, quotes: tuple[Quote, ...]) -> dict[str, Attribution]:
        """Speaker mention and addressee of reported speech (the candidates stage
        gives its content and cue): the cue's subject, a subject shared with the
        previous cue of the sentence (``said A and added B``), the source of
        ``according to X``; an addressee inside what was said is none."""
        found: dict[str, Attribution] = {}
        done: dict[int, list[Attribution]] = {}
        reported = [q for q in quotes if q.kind is not QuoteKind.DIRECT and q.cue is not None]
        headline = (
            headline_source(text, tree) if reported and "headline_source" not in self.disabled else None
        )
        for q in sorted(reported, key=lambda q: q.cue.start if q.cue else 0):
            if q.speaker_mention is not None or q.cue is None:
                continue
            if headline is not None and q.cue == headline.cue:
                found[q.id] = Attribution(
                    cue=q.cue, speaker=headline.source, addressee=None, rule="headline_source"
                )
                continue
            sent = tree.sentence_at(q.cue.start)
            if sent is None:
                continue
            cue_word = next((w for w in sent.words if w.start_char == q.cue.start), None)
            if cue_word is None:
                continue
            if cue_word.text.lower() == tree.lx.cues.according_phrase[0]:
                src = (
                    None if "according_to" in self.disabled else according_source(text, sent, tree, cue_word)
                )
                found[q.id] = Attribution(cue=q.cue, speaker=src, addressee=None, rule="according_to")
                continue
            prev = done.setdefault(sent.index, [])
            shared = None if "shared_subject" in self.disabled else inherit(text, sent, cue_word, tree, prev)
            if shared is not None:
                shared = attrs.evolve(shared, rule="shared_subject")
            att = shared or attribute(text, sent, cue_word, tree, self.disabled)
            att = attrs.evolve(att, cue=q.cue)  # the cue as the candidates found it ("called for")
            if att.addressee is not None and att.addressee.overlaps(q.content):
                att = attrs.evolve(att, addressee=None)  # part of what was said, not its hearer
            prev.append(att)
            found[q.id] = att
        return found

    @staticmethod
    def _introduced(text: str, tree: Tree, quotes: list[Quote]) -> list[Quote]:
        """Direct quotes with neither cue nor speaker after an introduction."""
        out = []
        for q in quotes:
            if q.kind is QuoteKind.DIRECT and q.cue is None and q.speaker_mention is None:
                sp = _introduced_speaker(text, tree, q)
                if sp is not None:
                    q = attrs.evolve(q, speaker_mention=sp, mention_rule="introduction")
            out.append(q)
        return out

    def _continuations(self, text: str, quotes: list[Quote]) -> list[Quote]:
        """Unattributed direct quotes take the speaker of an adjacent quote."""
        out = list(quotes)
        order = sorted(range(len(out)), key=lambda i: out[i].content.start)
        for pos, i in enumerate(order):
            q = out[i]
            if q.kind is not QuoteKind.DIRECT or q.speaker_mention is not None or q.cue is not None:
                continue  # a quote with a cue of its own keeps it, even without a speaker
            prev = out[order[pos - 1]] if pos > 0 else None
            nxt = out[order[pos + 1]] if pos + 1 < len(order) else None
            # a question in a paragraph of its own is likely an interviewer's: no
            # speaker rather than a wrong one; in the speaker's own paragraph
            # ("“Q1,” she said. “Q2?”") it continues
            question = q.content.text.rstrip(",").endswith("?")
            donor = None
            if (
                prev is not None
                and prev.speaker_mention is not None
                and _paragraphs_between(text, prev.content.end, q.content.start) <= (0 if question else 1)
            ):
                donor = prev
            elif (
                not question
                and nxt is not None
                and nxt.speaker_mention is not None
                and _paragraphs_between(text, q.content.end, nxt.content.start) == 0
            ):
                donor = nxt
            if donor is not None:
                # the donor's cue attributes this part too ("“Q1,” he said. “Q2.”")
                out[i] = attrs.evolve(
                    q, speaker_mention=donor.speaker_mention, cue=donor.cue, mention_rule="continuation"
                )
        return out


def _outside_parentheses(words: list[Word], lx: Lexicon) -> list[Word]:
    """The words not inside ``( ... )``: "Sen. Claire McCaskill (D-Mo.) said" counts
    three words before its cue, not eight."""
    out: list[Word] = []
    depth = 0
    for w in words:
        if w.text in lx.syntax.opening_brackets:
            depth += 1
        elif w.text in lx.syntax.closing_brackets:
            depth = max(depth - 1, 0)
        elif depth == 0:
            out.append(w)
    return out


def _plain_sentence_before(text: str, tree: Tree, q: Quote) -> Sentence | None:
    """The sentence before the one ``q`` opens, in the same paragraph and with no
    quotation mark in it; ``None`` when the quote does not start its sentence."""
    here = tree.sentence_at(_open_pos(text, q.content.start, tree.quote_chars))
    if here is None:
        return None
    k = here.index - tree.doc.sentences[0].index
    if k == 0 or any(w.end_char <= q.content.start - 1 and w.upos != "PUNCT" for w in here.words):
        return None  # the quote does not start its sentence
    prev = tree.doc.sentences[k - 1]
    if "\n" in text[prev.end_char : q.content.start] or any(w.text in tree.quote_chars for w in prev.words):
        return None
    return prev


def _introduced_speaker(text: str, tree: Tree, q: Quote) -> Span | None:
    """The one person named as subject in the sentence right before ``q`` (same
    paragraph), when no other person is named there: ``Dennis Brooks moved
    last month. “It feels good.”``"""
    prev = _plain_sentence_before(text, tree, q)
    if prev is None:
        return None
    # proper nouns, and capitalised nouns inside the sentence (the small tagger
    # reads some surnames as common nouns)
    names = [
        w
        for w in prev.words
        if w.upos == "PROPN" or (w.upos == "NOUN" and tree.lx.syntax.capitalised(w.text) and w.id > 1)
    ]
    subjects = [w for w in names if w.deprel in ("nsubj", "nsubj:pass")]
    if len(subjects) != 1:
        return None
    sp = mention_span(text, prev, subjects[0], tree)
    if sp is None or any(not (sp.start <= w.start_char < sp.end) for w in names):
        return None  # another name in the sentence: ambiguous
    return sp


#: How far before a quote's content its transcript label may start.
MAX_LABEL_CHARS = 40


def _transcript_label(text: str, q: Quote, openers: Collection[str]) -> Attribution | None:
    """``"PENCE: Well, ...``: the speaker label of a transcript, between the
    opening mark and the content (the candidates stage left it out of the
    content); the colon is the cue."""
    if q.kind is not QuoteKind.DIRECT:
        return None
    lo = max(0, q.content.start - MAX_LABEL_CHARS)
    marks = [i for i in range(lo, q.content.start) if text[i] in openers]
    if not marks:
        return None
    m = TRANSCRIPT_LABEL.match(text, marks[-1] + 1)
    if m is None or m.end() != q.content.start:
        return None
    colon = m.start(1) + len(m.group(1))
    return Attribution(
        cue=Span.of(text, colon, colon + 1),
        speaker=Span.of(text, m.start(1), colon),
        addressee=None,
        rule="transcript_label",
    )


def _colon_main_clause(
    tree: Tree, before: list[tuple[Sentence, Word]], cue: tuple[Sentence, Word]
) -> tuple[Sentence, Word] | None:
    """``When Lee said X, Ruiz fired back: “Q”``: a quote after a main clause that ends
    on a colon is that clause's, its subject the speaker, when the only cue before it
    stands in an adverbial clause fronted before a comma (opened by a subordinator);
    the main verb introduces the quote whatever it is."""
    words = [w for s, w in before if s is cue[0] and w.text not in tree.quote_chars]
    if not words or words[-1].text != ":":
        return None
    sent, w = cue
    fw = tree.lx.function_words
    openers = fw.temporal_subordinators | fw.clause_subordinators | fw.adjunct_subordinators
    root = next((x for x in sent.words if x.head == 0), None)
    if root is None or root.upos != "VERB" or root.id == w.id or not w.id < root.id < words[-1].id:
        return None
    subjects = [k for k in tree.kids(sent, root.id, "nsubj") if k.upos in ("PROPN", "NOUN") and k.id > w.id]
    if (
        not subjects
        or sent.words[0].text.lower() not in openers
        or not any(x.text == "," for x in sent.words[w.id : subjects[0].id - 1])
    ):
        return None
    return sent, root


def _colon_cue(sent: Sentence, w: Word, tree: Tree) -> bool:
    """``The Daily Ledger reports:`` closing its sentence before a quote: a
    reporting verb right before the colon, whatever tag the small tagger gave it
    (it reads such "reports" as a plural noun)."""
    nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
    return (
        nxt is not None
        and nxt.text == ":"
        and w.id == len(sent.words) - 1
        and (
            (w.lemma.lower() in tree.lx.cues.reporting_verbs and w.upos in ("NOUN", "VERB"))
            # "Smith made the following remark:" (the speaker: the subject of "made")
            or (w.lemma.lower() in tree.lx.cues.communication_nouns and w.upos == "NOUN")
        )
        and w.id > 1
    )


def _sentence_before(tree: Tree, sent: Sentence, pos: int) -> Sentence | None:
    """The sentence before ``sent`` when the opening mark at ``pos`` starts ``sent``."""
    if any(w.end_char <= pos for w in sent.words):
        return None
    k = sent.index - tree.doc.sentences[0].index
    return tree.doc.sentences[k - 1] if k > 0 else None


#: ``“Q” ― Martha Aguilar``: a name after a dash that follows the closing mark
#: (reader comments, epigraphs), up to the end of its line.
_DASH_NAME = re.compile(
    '[ \t\u00a0]*[\u2015\u2014\u2013][ \t\u00a0]*([A-Z@](?:[^\n,;:.!?\u201c\u201d"]|\\.(?= ?[A-Z])){0,60})'
)


def _dash_speaker(text: str, close_pos: int) -> Span | None:
    m = _DASH_NAME.match(text, close_pos + 1)
    if m is None:
        return None
    end = m.end(1)
    rest = text[end : text.find("\n", end) if "\n" in text[end:] else len(text)]
    if rest.strip(" \t\u00a0"):
        return None  # the line goes on: not a signature
    return trim(text, m.start(1), end)


def _sentence_after(tree: Tree, sent: Sentence) -> Sentence | None:
    k = sent.index - tree.doc.sentences[0].index
    return tree.doc.sentences[k + 1] if k + 1 < len(tree.doc.sentences) else None


def _paragraphs_between(text: str, a: int, b: int) -> int:
    seg = text[a:b]
    return seg.count("\n\n") + (seg.count("\n") - 2 * seg.count("\n\n") > 0)


def _open_pos(text: str, start: int, marks: frozenset[str]) -> int:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and text[i] in marks:
        return i
    return start


def _close_pos(text: str, end: int, marks: frozenset[str]) -> int:
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i < len(text) and text[i] in marks:
        return i
    return max(end - 1, 0)

"""Stage 4, ``conditions``: the terms speakers attach to their statements.

Only the speaker's voice is searched: the content of each quote, for
stated conditions also the cue's own clause (``..., stressing the condition
for X``), and for requirements the sentences that carry reported speech on
after ``..., he said.`` in the same paragraph (``It had to include X``).
Conditions in the narrator's voice are left out by design: a condition needs
a holder, and the narrator is not one.

* ``conditional_clause``: an adverbial clause introduced by a conditional
  subordinator (``if``, ``only if``, ``unless``, ``provided (that)``, ``as/so
  long as``, ``on (the) condition (that)``, ``in case``, ``assuming (that)``,
  conditional ``once``), before or after its main clause; the outcome is the
  main clause. Not conditions: ``if``/``whether`` after a verb of asking or
  knowing (``asked if``), ``as if``, ``what if``, ``if any``, and concessive
  ``even if`` (a concession grants the outcome whatever happens: excluded).
* ``stated``: ``the (only) condition (for Y) is X``, ``the condition for X``,
  ``precondition``, ``prerequisite``, ``requirement``; ``Y requires X``,
  ``Y depends on X``. A demonstrative ``for this`` takes its outcome from the
  object of the speaker's previous statement.
* ``demand``: what another party must do (``must``, ``should``, ``has to``,
  ``needs to``, ``ought to`` with a subject that is not the speaker: no
  ``I``/``we``), reported only when the same quote also says what the
  speaker wants or offers (``we are ready``, ``we want``): that statement is
  the outcome. A ``should`` with no such counterpart is an opinion, not a
  condition.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

import attrs

from ..lexicon import Lexicon, stage_lexicon
from ..model import Condition, ConditionKind, Quote, QuoteKind, Span
from ..parsing import ParsedDoc, Sentence, Word
from ._condition_model import ConditionScorer, default_scorer, features, propose_classes
from ._condition_model import candidate as _condition
from ._condition_model import clip as _clip
from ._tree import (
    Tree,
    addressee_of,
    finite,
    is_reporting,
    punct_like,
    run_around,
    span_of,
    speech_scope,
    tree_of,
    trim,
)

__all__ = ["Conditions"]

#: Two candidate spans sharing more than this part of the shorter are one condition.
SAME_SPAN_SHARE = 0.5

#: Condition spans whose edges differ by at most this many characters are one candidate.
SAME_CANDIDATE_CHARS = 3

#: How many sentences after ``..., he said.`` may still be the speaker's reported words.
MAX_CONTINUED_SENTENCES = 2

#: ``X and Y must``: a coordinated subject needs a noun two words back.
MIN_COORDINATED_START = 2
#: ``said to them:``: at most this many words from the cue to the colon.
MAX_ADDRESS_WORDS = 4


def _same_span(a: Span, b: Span) -> bool:
    """Two condition spans that share most of the shorter one (one condition, proposed twice)."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > SAME_SPAN_SHARE * min(a.end - a.start, b.end - b.start)


#: Every rule of the stage, in order: its one-line doc with an invented example.
RULE_DOCS: dict[str, str] = {
    "clauses": "A conditional clause (if, unless, as long as, provided ...): 'we will sign if the border opens'.",
    "inverted": "An inverted conditional opening a clause after a comma: 'Y, should she fail to X'.",
    "stated": "A condition noun or dependency verb: 'our only condition is X', 'Y depends on X'.",
    "demands": "What another party must do, beside the speaker's offer: 'we are ready; they must leave'.",
    "requirements": "A requirement with need/have to and a purpose: 'we need funds to pay the staff'.",
    "named_demands": "What a named third party must do in a direct quote: 'the referee needs to check it'.",
    "addressed_demands": "A demand on the party the speaker reports addressing: 'I told them: you must go'.",
    "cue_clause": "A condition in the cue's own clause: '..., stressing the condition for X'.",
    "without": "'Without X, Y would ...': a stated condition opening a sentence.",
    "continued": "Requirements in reported speech that runs on after '..., he said.': 'It had to include X'.",
    "necessity": "A necessity with its purpose: 'to win the state, we have to carry the suburbs'.",
    "contingency": "A contingency predicate: 'depending on the weather, we will go'.",
    "sole_means": "A sole means: 'the only way to fix the budget is to raise the tax'.",
    "necessity_whole": "A necessity with the whole obliged clause: 'he has to call the board tonight to save the deal'.",
    "means_frames": "What it takes, what is enough: 'it'll take a tough negotiator to fix this'.",
    "sole_focus": "A restrictive focus on an outcome's agent: 'only a strike would bring the owners back'.",
    "inverted_any": "An inverted conditional anywhere: 'we will appeal should the court refuse'.",
}


def _by_hand(rules: tuple[str, ...]) -> bool:
    """Whether one of the stage's own rules proposed the candidate."""
    return any(r in Conditions.RULES for r in rules)


def _one_candidate(a: Condition, b: Condition) -> bool:
    """Two rules proposed the same candidate: same trigger, and condition spans that
    differ by at most :data:`SAME_CANDIDATE_CHARS` at each edge (a rule's vote)."""
    return (
        a.trigger == b.trigger
        and abs(a.condition.start - b.condition.start) <= SAME_CANDIDATE_CHARS
        and abs(a.condition.end - b.condition.end) <= SAME_CANDIDATE_CHARS
    )


def _word_at(sent: Sentence, char: int) -> int:
    """Id of the word of ``sent`` that starts at or after ``char``."""
    for w in sent.words:
        if w.start_char >= char:
            return w.id
    return len(sent.words) + 1


def _drop_lead(text: str, span: Span | None, lead: frozenset[str]) -> Span | None:
    """Drop a leading connective (``then``, ``and``, a complementizer ``that``)."""
    if span is None:
        return None
    first, _, rest = span.text.partition(" ")
    if first.lower() in lead and rest.strip():
        return trim(text, span.end - len(rest), span.end)
    return span


def _chained(text: str, previous: Span, trigger: Span, lx: Lexicon) -> bool:
    """The trigger follows the previous condition with only a comma, semicolon
    or ``or``/``and`` between them: the next condition of the same chain."""
    gap = text[previous.end : trigger.start].strip().lower()
    return gap in lx.conditions.chain_gaps


def _bounded(text: str, tree: Tree, cond: Span, outcome: Span | None) -> Span:
    """A condition ends where its clause ends: before the main clause that follows
    it ("If X, Y": up to the comma before Y, however the parser hung the words
    between), at the next coordinated condition or clause break ("Y if X, if
    Z; ..."), or at the first comma that closes a clause ("if he had waited
    his turn, the back and forth ...") unless a list or an aside goes on."""
    if outcome is not None and outcome.start > cond.start:
        end = outcome.start
        seg = text[cond.start : end]
        cut = seg.rstrip(" \t\n,;:\u201c\u201d\"'")
        if cut and seg[len(cut) :].strip().startswith(","):
            out = trim(text, cond.start, cond.start + len(cut))
            cond = out if out is not None else cond
    seg = cond.text
    stops = [seg.find(b) for b in tree.lx.conditions.clause_breaks if seg.find(b) > 0]
    words = [w for _, w in tree.words_in(cond.start, cond.end)]
    for w in words:
        if w.text != "," or w.start_char <= cond.start:
            continue
        before = [x for x in words if x.end_char <= w.start_char]
        after = [x for x in words if x.start_char > w.start_char]
        if (
            any(x.upos in ("VERB", "AUX") for x in before)
            and after
            and after[0].text.lower() not in tree.lx.conditions.list_continuations
            and after[0].upos not in ("CCONJ", "ADV", "NUM", "PART")
        ):
            stops.append(w.start_char - cond.start)
            break
    if stops:
        out = trim(text, cond.start, cond.start + min(stops), ",;:")
        if out is not None:
            return out
    return cond


#: Fewest words of a condition found by word order when the parse gives none.
MIN_SURFACE_CONDITION_WORDS = 2


def _outcome_edges(
    text: str, tree: Tree, sent: Sentence, main: Word, outcome: Span, cond: Span, content: Span
) -> Span:
    """The outcome from its clause's subject on: a main verb inside a raising or
    control chain ("they are going to | close the mill", "the council is bound to |
    raise the fee") takes the chain's finite verb and its subject, and a subject the
    outcome's words left out ("the plan | is dead") is taken in; never across
    the condition or the quote's start."""
    head = main
    chain = {main.id}
    while head.deprel.split(":")[0] == "xcomp" and head.head:
        up = sent.word(head.head)
        if not content.start <= up.start_char < content.end:
            break
        head = up
        chain.add(head.id)
    start, end = outcome.start, _outcome_end(text, tree, sent, main, chain, outcome)
    subjects = tree.kids(sent, head.id, "nsubj")
    if subjects:
        first = sent.word(min(tree.subtree(sent, subjects[0].id))).start_char
        if content.start <= first < start and not (cond.start < start and cond.end > first):
            start = first
    return Span.of(text, start, end)


def _subject_by_order(tree: Tree, sent: Sentence, start: int, end: int, cond: Span, content: Span) -> int:
    """Where an outcome with no subject of its own starts by word order, when the
    parser hung its subject elsewhere ("if A, his campaign | is over", with
    ``campaign`` under the condition's verb; "the plan | would fail if A"): after
    the condition and its comma when the condition comes first, else where the
    sentence or the quote's words begin. Never over a verb of saying or thinking
    ("I hope | the plan ...") and never across the condition."""
    inside = [w for w in sent.words if start <= w.start_char and w.end_char <= end]
    if not inside or any(w.deprel.split(":")[0] in ("nsubj", "csubj", "expl") for w in inside):
        return start
    if cond.end <= start:
        lo = cond.end
    elif cond.start >= end:
        lo = max(content.start, sent.start_char)
    else:
        return start
    gap = [w for w in sent.words if lo <= w.start_char and w.end_char <= start]
    while gap and (gap[0].upos == "PUNCT" or gap[0].text.lower() in tree.lx.function_words.complementizers):
        gap = gap[1:]
    if (
        not gap
        or gap[-1].text.lower()
        in tree.lx.function_words.coordinators  # "... and | would go": a verb of its own
        or any(is_reporting(sent, w, tree) for w in gap)
        or gap[0].start_char < content.start
    ):
        return start
    return gap[0].start_char


def _asked(tree: Tree, sent: Sentence, w: Word) -> bool:
    """``w``'s clause is an embedded question: marked by a complementizer that is also
    a wh-word (``whether``)."""
    fw = tree.lx.function_words
    return any(k.lemma.lower() in fw.complementizers & fw.wh_words for k in tree.kids(sent, w.id, "mark"))


def _opens_clause_first(sent: Sentence, w: Word, tree: Tree) -> bool:
    """``“Assuming the board agrees, we ...``: a participle subordinator first in its
    sentence (after punctuation and quotation marks only) with a finite verb before
    the next comma opens a clause, however the parser hung it."""
    if any(not punct_like(x, tree.quote_chars) for x in sent.words[: w.id - 1]):
        return False
    for x in sent.words[w.id :]:
        if x.text == ",":
            return False
        if finite(x, tree.lx):
            return True
    return False


def _phrase_not_clause(last: Word, nxt: Word | None, n_words: int) -> bool:
    """A subordinator that opens a phrase, not a clause: one ending in a noun followed
    by a preposition ("on (the) condition of anonymity"), or a comparison of measure
    ("runs as long as six hours": its last word a preposition before a number)."""
    if nxt is None:
        return False
    return (last.upos == "NOUN" and nxt.upos == "ADP") or (
        n_words > 1 and last.deprel == "case" and nxt.upos == "NUM"
    )


def _aside_cut(text: str, tree: Tree, outcome: Span, cond: Span) -> Span:
    """An outcome after its condition ends before a comma that opens a clause of its
    own by its first word, a relative or subordinating word or a contrasting
    coordinator (", which ...", ", because ...", ", but ..."), wherever the parser
    hung that clause."""
    if outcome.start < cond.end:
        return outcome
    fw = tree.lx.function_words
    openers = (
        tree.lx.pronouns.wh_relatives | fw.clause_subordinators | (fw.coordinators - fw.additive_conjunctions)
    )
    for m in re.finditer(r",\s+(\w+)", outcome.text):
        if m.start() > 0 and m.group(1).lower() in openers:
            cut = trim(text, outcome.start, outcome.start + m.start(), ",;:")
            return cut if cut is not None else outcome
    return outcome


def _outcome_end(text: str, tree: Tree, sent: Sentence, main: Word, chain: set[int], outcome: Span) -> int:
    """Where the outcome ends: before a closing quotation mark that ends the speaker's
    words ("the mill will close,'' the aide said"), and before a comma that opens a
    clause of its own on the main verb or a non-restrictive relative clause (", because
    ...", ", but ...", ", which ...")."""
    end = outcome.end
    for w in sent.words:
        if w.start_char < main.end_char or w.end_char > end:
            continue
        if w.upos == "PUNCT" and w.text in tree.lx.marks.closing_only_marks and w.end_char < end:
            end = w.start_char
            break
        rel = w.deprel.split(":")[0]
        if (w.head in chain and rel in ("advcl", "conj", "parataxis")) or w.deprel == "acl:relcl":
            first = sent.word(min(tree.subtree(sent, w.id)))
            before = first if first.text == "," else sent.word(first.id - 1) if first.id > 1 else None
            if before is not None and before.text == "," and before.start_char > main.start_char:
                end = before.start_char
                break
    cut = trim(text, outcome.start, end, ",;:")
    return cut.end if cut is not None else outcome.end


def _swallowed(text: str, sent: Sentence, cond: Span, outcome: Span) -> bool:
    """The "outcome" directly continues the condition and has no subject of its own."""
    if outcome.start < cond.end or text[cond.end : outcome.start].strip():
        return False
    words = [w for w in sent.words if outcome.start <= w.start_char and w.end_char <= outcome.end]
    return bool(words) and not any(w.deprel.startswith(("nsubj", "csubj", "expl")) for w in words)


#: How far after an inverted auxiliary its verb may stand (``should the plan fail``).
MAX_INVERTED_SUBJECT_WORDS = 3


def _inverted_after_clause(sent: Sentence, aux: Word, prev: Word, lx: Lexicon) -> bool:
    """``promised a new bridge should she win``: with no comma, an inverted ``should``
    still opens a condition when a clause ends right before it (a noun, name,
    adjective, adverb or number), a subject follows it and then a bare verb; never in
    a question. (``were`` and ``had`` after a noun are its verb: ``the voters were
    the losers``.)"""
    if (
        aux.text.lower() not in lx.function_words.inverting_modals
        or prev.upos not in ("NOUN", "PROPN", "ADJ", "ADV", "NUM")
        or sent.words[-1].text == "?"
    ):
        return False
    subj = sent.word(aux.id + 1)
    if subj.upos not in ("PRON", "PROPN", "DET", "NOUN") or subj.feat("PronType") in ("Int", "Rel"):
        return False
    for x in sent.words[aux.id + 1 : aux.id + 1 + MAX_INVERTED_SUBJECT_WORDS]:
        if x.upos in ("VERB", "AUX"):
            return x.feat("VerbForm") == "Inf"
    return False


def _run_on(text: str, tree: Tree, sent: Sentence, cond: Span) -> Span:
    """``if a deal is offered we will look at it``, ``if he had I'm sure he'd have won``:
    after the condition's own subject and verb, a subject pronoun right after a verb,
    auxiliary, negation or adverb opens a clause (no comma, conjunction or
    complementizer before it, no verb of saying or thinking above it); the parser hung that clause (the outcome) inside the
    condition. The condition ends before it."""
    words = [w for w in sent.words if cond.start <= w.start_char and w.end_char <= cond.end]
    lx = tree.lx
    subject = verb = False
    for k, w in enumerate(words):
        if w.deprel.startswith(("nsubj", "expl")):
            prev = words[k - 1] if k else None
            gov = sent.word(w.head) if w.head else None
            above = sent.word(gov.head) if gov is not None and gov.head else None
            if (
                subject
                and verb
                and w.upos == "PRON"
                and prev is not None
                # right after a verb, an auxiliary or a negation: not a noun's or an
                # adjective's complement (evidence they..., clear it...), nor after a wh-word
                and prev.upos in ("VERB", "AUX", "PART", "ADV")
                and prev.feat("PronType") not in ("Rel", "Int")
                and prev.lemma.lower() not in lx.cues.complement_verbs | lx.cues.reporting_verbs
                and not (
                    above is not None
                    and gov is not None
                    and gov.deprel.startswith("ccomp")
                    and cond.start <= above.start_char < cond.end
                    and above.lemma.lower() in lx.cues.complement_verbs | lx.cues.reporting_verbs
                )
            ):
                cut = trim(text, cond.start, w.start_char)
                return cut if cut is not None else cond
            subject = True
        elif subject and w.upos in ("VERB", "AUX"):
            verb = True
    return cond


def _coordinated_condition(
    text: str, sent: Sentence, cond: Span, outcome: Span | None, content: Span, lx: Lexicon
) -> tuple[Span, Span | None]:
    """``If the talks fail, and the strike goes on, the plant will close``: a clause
    joined to a leading condition by ``and`` is the condition's too; the outcome is
    the clause after the next comma (none when the sentence ends first). With no
    comma at all the ``and`` may as well open the outcome: nothing changes."""
    if outcome is None or outcome.start < cond.end:
        return cond, outcome
    gap = text[cond.end : outcome.start]
    if gap.strip(" ,\t\n").lower() not in lx.function_words.additive_conjunctions:
        return cond, outcome
    hi = min(sent.end_char, content.end)
    comma = text.find(",", outcome.start, hi)
    if comma < 0 and "," not in gap:
        return cond, outcome  # "if he wins our towns and our people suffer": a comma left out?
    stop = comma if comma >= 0 else hi
    longer = trim(text, cond.start, stop, ",.;:!?\u201d\u2019\"'")
    after = trim(text, comma + 1, hi, ",.;:!?\u201d\u2019\"'") if comma >= 0 else None
    return (longer, after) if longer is not None else (cond, outcome)


def _ends_in_complement_verb(tree: Tree, sent: Sentence, cond: Span) -> bool:
    """``if she thinks [that helps her case]``: the condition's last word is a verb of
    thinking or saying, so a subject right after it opens its complement."""
    before = [w for w in sent.words if w.end_char <= cond.end]
    return (
        bool(before)
        and before[-1].upos == "VERB"
        and before[-1].lemma.lower() in tree.lx.cues.complement_verbs
    )


def _surface_rest(
    text: str, tree: Tree, sent: Sentence, cond: Span, outcome: Span | None, content: Span
) -> Span:
    """The words the parser hung elsewhere that still belong to the condition.

    A misattached ``if`` leaves the clause short: ``if buyers who want a deal``
    (``were a little more patient`` hung on the main clause), ``assuming no
    change`` (``in interest rates ...`` elsewhere). The condition runs on, by word
    order, to the end of its clause (a comma, a semicolon or dash, the sentence's or
    quote's end, the outcome), over an aside (``more, not less, pressure``), as long
    as no word with a subject of its own comes in (that is the next clause)."""
    limit = min(content.end, sent.end_char)
    if outcome is not None and outcome.start >= cond.end:
        limit = min(limit, outcome.start)
    rest = [w for w in sent.words if w.start_char >= cond.end and w.end_char <= limit]
    complement = _ends_in_complement_verb(tree, sent, cond)
    end = cond.end
    k = 0
    # the condition's own parse may have stopped inside ", not less," (its closing comma next)
    _, comma, tail = cond.text.rpartition(",")
    open_aside = bool(comma) and tail.strip().lower().startswith("not ")
    while k < len(rest):
        w = rest[k]
        if w.text == "," and open_aside:
            open_aside = False
            k += 1
            continue
        if (
            w.text == ","
            and k + 1 < len(rest)
            and rest[k + 1].text.lower() in tree.lx.function_words.negators
        ):
            close = next((j for j in range(k + 1, len(rest)) if rest[j].text == ","), None)
            if close is None:
                break
            k = close + 1  # ", not less,": an aside
            continue
        if w.upos == "PUNCT" and w.text not in ("-", "'"):
            break
        if complement and k == 0 and w.deprel.startswith("nsubj"):
            end = w.end_char
            k += 1
            continue
        if (
            w.deprel.startswith(("nsubj", "csubj", "expl"))
            or w.lemma.lower() in tree.lx.function_words.coordinators
        ):
            return cond  # another clause begins: the parse may well be right
        end = w.end_char
        k += 1
    if end <= cond.end:
        return cond
    return Span.of(text, cond.start, end)


@attrs.define
class Conditions:
    """Finds conditional clauses, stated conditions and demands in quotes."""

    name: str = "conditions"
    requires: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})
    #: The language pack (``None``: the stage refuses to run until a pipeline or
    #: :func:`~quotekit.extractors.make` gives it one; no silent English).
    lexicon: Lexicon | None = None
    #: ``True``: the class rules propose too and the trained acceptor decides (the
    #: shipped weights; rules alone where the package has none); ``False``: the
    #: hand rules alone, as before the acceptor.
    learned: bool = True
    #: A scorer to use instead of the shipped one (training and cross-validation).
    scorer: ConditionScorer | None = None
    #: ``True``: a candidate of the stage's own rules stands whatever its probability
    #: (the acceptor decides the class rules' candidates only); ``False``: the acceptor
    #: decides every candidate. ``True`` by default: on the train articles'
    #: cross-validation the acceptor deciding everything scored below the hand rules
    #: with the class rules added (see the model card in ``models/scorers``).
    keep_rules: bool = True

    #: Rules switched off (names from :data:`RULE_DOCS`; ``Pipeline(disable_rules=...)``).
    disabled: frozenset[str] = frozenset()
    #: The cue sieve's rules switched off (names from ``CUE_RULE_DOCS``; the pipeline
    #: sets the same ones on every stage that asks whether a word is a cue).
    cue_disabled: frozenset[str] = frozenset()
    #: the Quote fields this stage reads and writes (``Pipeline`` checks the order)
    reads: ClassVar[frozenset[str]] = frozenset({"id", "content", "kind"})
    reads_if_present: ClassVar[frozenset[str]] = frozenset({"cue", "speaker"})
    writes: ClassVar[frozenset[str]] = frozenset({"conditions"})

    @property
    def lx(self) -> Lexicon:
        """The language pack the stage was built for (:func:`~quotekit.lexicon.stage_lexicon`)."""
        return stage_lexicon(self.name, self.lexicon)

    #: The stage's own rules, in order (the class rules of the acceptor follow them).
    RULES: ClassVar[tuple[str, ...]] = (
        "clauses",
        "inverted",
        "stated",
        "demands",
        "requirements",
        "named_demands",
        "addressed_demands",
        "cue_clause",
        "without",
        "continued",
    )

    @staticmethod
    def model_doc() -> str:
        """What the stage's trained model does, and whether the package ships it."""
        shipped = "shipped" if default_scorer() is not None else "not shipped: rules alone"
        return f"condition acceptor: decides the class rules' candidates ({shipped})"

    @staticmethod
    def rule_docs() -> dict[str, str]:
        """The stage's rules in order, each with its one-line doc (``quotekit rules``)."""
        return dict(RULE_DOCS)

    def _rule_candidates(
        self, text: str, tree: Tree, q: Quote, prev: Quote | None, contents: list[Span]
    ) -> list[tuple[str, Condition]]:
        calls = {
            "clauses": lambda: self._clauses(text, tree, q),
            "inverted": lambda: self._inverted(text, tree, q),
            "stated": lambda: self._stated(text, tree, q, prev),
            "demands": lambda: self._demands(text, tree, q),
            "requirements": lambda: self._requirements(text, tree, q),
            "named_demands": lambda: self._named_demands(text, tree, q),
            "addressed_demands": lambda: self._addressed_demands(text, tree, q),
            "cue_clause": lambda: self._cue_clause(text, tree, q),
            "without": lambda: self._without(text, tree, q),
            "continued": lambda: self._continued(text, tree, q, contents),
        }
        out: list[tuple[str, Condition]] = []
        for name in self.RULES:
            if name not in self.disabled:
                out += [(name, c) for c in calls[name]()]
        return out

    def _proposed(
        self, doc: ParsedDoc, quotes: tuple[Quote, ...], *, classes: bool
    ) -> Iterator[tuple[Tree, Quote, str | None, list[tuple[str, Condition]]]]:
        """Per quote: the tree, the quote, its holder, and what the rules propose in it
        (the class rules too with ``classes``) as ``(rule, condition)`` in text order."""
        text = doc.text
        tree = tree_of(doc, self.lx, self.cue_disabled)
        contents = [q.content for q in quotes]
        prev_by_speaker: dict[str, Quote] = {}
        for q in quotes:
            holder = (q.speaker.name or q.speaker.label) if q.speaker is not None else None
            # the rules search the speaker's words as the rules read them, a learned
            # edge that cut the quote shorter notwithstanding
            scope = speech_scope(tree, q.content)
            sq = q if scope == q.content else attrs.evolve(q, content=scope)
            found = self._rule_candidates(text, tree, sq, prev_by_speaker.get(holder or ""), contents)
            if classes:
                found += [(r, c) for r, c in propose_classes(text, tree, sq) if r not in self.disabled]
            yield tree, q, holder, sorted(found, key=lambda rc: rc[1].condition.start)
            if holder:
                prev_by_speaker[holder] = q

    def candidates(
        self, doc: ParsedDoc, quotes: tuple[Quote, ...]
    ) -> list[list[tuple[Condition, tuple[str, ...], dict[str, float]]]]:
        """Per quote, every candidate the rules propose (one per span and trigger),
        with the names of the rules that proposed it and its features: what the
        acceptor decides on, and what ``scripts/train_conditions.py`` fits it to."""
        out = []
        for tree, q, holder, found in self._proposed(doc, quotes, classes=True):
            merged: list[tuple[Condition, list[str]]] = []
            for rule, c in found:
                same = next((m for m in merged if _one_candidate(m[0], c)), None)
                if same is not None:
                    same[1].append(rule)
                else:
                    merged.append((attrs.evolve(c, holder=holder, quote_id=q.id), [rule]))
            out.append(
                [(c, tuple(rules), features(doc.text, tree, q, c, tuple(rules))) for c, rules in merged]
            )
        return out

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        scorer = self.scorer or (default_scorer() if self.learned else None)
        if scorer is None:
            return self._rules_only(doc, quotes)
        out = []
        for q, cands in zip(quotes, self.candidates(doc, quotes), strict=True):
            # a hand rule's candidate stands when the policy keeps them (its
            # probability recorded); the class rules' candidates are the model's call
            scored = [
                (self.keep_rules and _by_hand(rules), scorer.probability(f), c, rules)
                for c, rules, f in cands
            ]
            kept: list[Condition] = []
            for stands, p, c, rules in sorted(scored, key=lambda t: (not t[0], -t[1])):
                if any(_same_span(k.condition, c.condition) for k in kept):
                    continue
                if stands or p >= scorer.threshold:
                    kept.append(attrs.evolve(c, rule="+".join(rules), confidence=round(p, 4)))
            kept.sort(key=lambda c: c.condition.start)
            out.append(attrs.evolve(q, conditions=tuple(q.conditions) + tuple(kept)))
        return tuple(out)

    def _rules_only(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        out = []
        for _, q, holder, found in self._proposed(doc, quotes, classes=False):
            # one condition per span: keep the first kind found
            uniq: list[Condition] = []
            for rule, c in found:
                if not any(u.condition.overlaps(c.condition) and u.trigger == c.trigger for u in uniq):
                    uniq.append(attrs.evolve(c, holder=holder, quote_id=q.id, rule=rule))
            out.append(attrs.evolve(q, conditions=tuple(q.conditions) + tuple(uniq)))
        return tuple(out)

    # -- conditional clauses ---------------------------------------------
    def _clauses(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """Conditional clauses: each conditional subordinator of the quote (lexicon
        ``conditional_subordinators``) that opens a clause, with the clause it opens
        and the main clause it conditions."""
        res: list[Condition] = []
        words = self._clause_words(tree, q)
        low = [w.text.lower() for _, w in words]
        i = 0
        while i < len(words):
            match = next(
                (t for t in tree.lx.conditions.conditional_subordinators if tuple(low[i : i + len(t)]) == t),
                None,
            )
            if match is None:
                i += 1
                continue
            found = self._clause_at(text, tree, q, words, i, match)
            if found is not None:
                cond, trigger, outcome = found
                if (
                    res
                    and res[-1].outcome is not None
                    and _chained(text, res[-1].condition, trigger, tree.lx)
                ):
                    # "works fine if A, if B; if C": each condition of a chain has the chain's outcome
                    outcome = res[-1].outcome
                res.append(_condition(ConditionKind.CONDITIONAL_CLAUSE, cond, trigger, outcome))
            i += len(match)
        return res

    @staticmethod
    def _clause_words(tree: Tree, q: Quote) -> list[tuple[Sentence, Word]]:
        """The quote's words, with a trigger that stands just outside its opening mark
        (``He said that if “the court’s ruling demands ..., we will appeal.”``)."""
        words = tree.words_in(q.content.start, q.content.end)
        sent0 = tree.sentence_at(q.content.start)
        if q.kind is QuoteKind.DIRECT and sent0 is not None:
            lead = [w for w in sent0.words if w.end_char <= q.content.start]
            while lead and lead[-1].text in tree.quote_chars:
                lead.pop()
            for trig in tree.lx.conditions.conditional_subordinators:
                n = len(trig)
                if len(lead) >= n and tuple(w.text.lower() for w in lead[-n:]) == trig:
                    return [(sent0, w) for w in lead[-n:]] + words
        return words

    def _clause_at(
        self,
        text: str,
        tree: Tree,
        q: Quote,
        words: list[tuple[Sentence, Word]],
        i: int,
        match: tuple[str, ...],
    ) -> tuple[Span, Span, Span | None] | None:
        """The condition, trigger and outcome of the subordinator ``match`` at
        ``words[i]``, or ``None`` when it opens no conditional clause."""
        sent, first = words[i]
        last = words[i + len(match) - 1][1]
        if not self._is_conditional(sent, tree, words, i, match):
            return None
        clause_head = self._clause_head(sent, first, last)
        if clause_head is None:
            return None
        trig_ids = {words[i + k][1].id for k in range(len(match))}
        cond = self._clause_span(text, tree, q, sent, clause_head, trig_ids, last)
        if cond is None:
            return None
        main = sent.word(clause_head.head) if clause_head.head else None
        while main is not None and main.id in trig_ids and main.head:
            main = sent.word(main.head)
        outcome = self._main_clause(text, tree, q, sent, main, clause_head, trig_ids, cond)
        if main is None:
            # the parser made the condition the main clause: its subtree is the whole
            # sentence; the condition ends where its clause does, the rest follows
            cond = _bounded(text, tree, cond, None)
        trigger = Span.of(text, first.start_char, last.end_char)
        if outcome is None or outcome.overlaps(cond) or outcome.overlaps(trigger):
            outcome = self._surface_outcome(text, sent, q.content, first, cond)
        if main is not None and self._hung_on_saying(sent, tree, main, first, outcome):
            # "she said, 'If we do nothing, the deal is dead'", "groups worried that if
            # X, Y could happen": the condition hung on the verb of saying or thinking
            # before it; its outcome is the clause after the condition
            hi = min(sent.end_char, q.content.end)
            comma = text.find(",", cond.end, hi)
            after = trim(text, comma + 1 if comma >= 0 else cond.end, hi, ",.;:!?\u201d\u2019\"'")
            if after is not None and not after.overlaps(cond):
                outcome = after
        outcome = _drop_lead(text, outcome, tree.lx.conditions.outcome_leads)
        cond = _bounded(text, tree, cond, outcome)
        if outcome is not None and _swallowed(text, sent, cond, outcome):
            # "if buyers who want a deal were a little more patient,
            # they might get one": the parser hung the condition's own verb on the
            # main clause; the outcome is what follows the condition
            cond = _surface_rest(text, tree, sent, cond, None, q.content)
            outcome = _drop_lead(
                text,
                self._surface_outcome(text, sent, q.content, first, cond),
                tree.lx.conditions.outcome_leads,
            )
        else:
            cond = _surface_rest(text, tree, sent, cond, outcome, q.content)
        if first.id <= 2 or (  # noqa: PLR2004 - the first word or the one after a quote mark
            sent.word(first.id - 1).upos == "PUNCT"
        ):
            cond, outcome = _coordinated_condition(text, sent, cond, outcome, q.content, tree.lx)
        if outcome is not None:
            start = _subject_by_order(tree, sent, outcome.start, outcome.end, cond, q.content)
            outcome = _aside_cut(text, tree, Span.of(text, start, outcome.end), cond)
        return cond, trigger, outcome

    @staticmethod
    def _clause_span(
        text: str, tree: Tree, q: Quote, sent: Sentence, clause_head: Word, trig_ids: set[int], last: Word
    ) -> Span | None:
        """The words of the conditional clause: the clause head's subtree after the
        trigger (by word order when the trigger hung outside the quote), a thinking
        verb's complement, without a main clause run on after it."""
        ids = [j for j in tree.subtree(sent, clause_head.id) if j not in trig_ids and j > last.id]
        cond = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), q.content)
        if cond is None:
            # the trigger hung on a word outside the quote ("... if the land
            # loses value,” the paper reported"): the clause by word order
            rest: list[Word] = []
            for x in sent.words:
                if x.id <= last.id or x.start_char < q.content.start:
                    continue
                if x.end_char > q.content.end or (x.upos == "PUNCT" and x.text not in ("-", "'")):
                    break
                rest.append(x)
            if len(rest) < MIN_SURFACE_CONDITION_WORDS:
                return None
            cond = Span.of(text, rest[0].start_char, rest[-1].end_char)
        if _ends_in_complement_verb(tree, sent, cond):
            cond = _surface_rest(text, tree, sent, cond, None, q.content)  # its complement
        return _run_on(text, tree, sent, cond)

    @staticmethod
    def _main_clause(
        text: str,
        tree: Tree,
        q: Quote,
        sent: Sentence,
        main: Word | None,
        clause_head: Word,
        trig_ids: set[int],
        cond: Span,
    ) -> Span | None:
        """The outcome from the parse: the subtree of the word the condition hangs on,
        without the condition and the clauses coordinated after it; inside the quote."""
        if main is None or not q.content.start <= main.start_char < q.content.end:
            return None
        cut = [clause_head.id, *trig_ids] + [
            k.id for k in tree.kids(sent, main.id, "parataxis", "conj") if k.id > clause_head.id
        ]
        m_ids = list(tree.subtree(sent, main.id, cut=cut))
        m_ids = [j for j in m_ids if sent.word(j).deprel != "mark" or j != m_ids[0]]
        outcome = _clip(text, span_of(text, sent, run_around(m_ids, main.id), lexicon=tree.lx), q.content)
        if outcome is None:
            return None
        return _outcome_edges(text, tree, sent, main, outcome, cond, q.content)

    @staticmethod
    def _hung_on_saying(sent: Sentence, tree: Tree, main: Word, first: Word, outcome: Span | None) -> bool:
        """The condition hangs on a verb of saying or thinking before it (or a
        complementizer opens its clause), which the outcome found holds."""
        return (
            main.id < first.id
            and outcome is not None
            and outcome.start <= main.start_char < outcome.end
            and (
                is_reporting(sent, main, tree)
                or main.lemma.lower() in tree.lx.cues.complement_verbs
                # "are fearful that if X, Y": a complementizer opens the clause the
                # condition belongs to, whatever the condition was hung on
                or (
                    first.id > 1
                    and sent.word(first.id - 1).text.lower() in tree.lx.function_words.complementizers
                )
            )
        )

    def _inverted(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """``Were the court to X, it would Y`` / ``Y, should she fail to X``: an
        auxiliary before its subject, opening a clause, with a main clause beside it."""
        res = []
        for sent, w in tree.words_in(q.content.start, q.content.end):
            if (
                w.text.lower() not in tree.lx.conditions.inverted_conditionals
                or w.upos != "AUX"
                or w.id >= len(sent.words)
            ):
                continue
            before = [
                x for x in sent.words if x.id < w.id and x.upos != "PUNCT" and x.start_char >= q.content.start
            ]
            prev = sent.word(w.id - 1) if w.id > 1 else None
            initial = not before
            subj = sent.word(w.id + 1)
            if not initial and (
                prev is None or (prev.text != "," and not _inverted_after_clause(sent, w, prev, tree.lx))
            ):
                continue
            if (
                subj.upos not in ("PRON", "PROPN", "DET", "NOUN")
                or subj.text.lower() in tree.lx.pronouns.interlocutor_pronouns
            ):
                continue
            hi = min(sent.end_char, q.content.end)
            comma = text.find(",", subj.end_char, hi)
            if initial:
                if comma < 0:
                    continue
                cond = trim(text, subj.start_char, comma)
                outcome = trim(text, comma + 1, hi, ',.;:!?\u201d\u2019"')
            else:
                end = comma if comma >= 0 else hi
                cond = trim(text, subj.start_char, end, ',.;:!?\u201d\u2019"')
                outcome = trim(
                    text,
                    max(sent.start_char, q.content.start),
                    prev.start_char if prev is not None and prev.text == "," else w.start_char,
                    ",;:",
                )
            if cond is None or not any(
                x.upos == "VERB" for x in sent.words if cond.start <= x.start_char < cond.end
            ):
                continue
            trigger = Span.of(text, w.start_char, w.end_char)
            res.append(_condition(ConditionKind.CONDITIONAL_CLAUSE, cond, trigger, outcome))
        return res

    def _surface_outcome(
        self, text: str, sent: Sentence, bound: Span, first: Word, cond: Span
    ) -> Span | None:
        """The main clause by word order: after the condition's comma when the
        condition comes first, else from the sentence start to the trigger."""
        lo = max(sent.start_char, bound.start)
        hi = min(sent.end_char, bound.end)
        lead = text[lo : first.start_char].strip(" \t\n\"\u201c\u2018'")
        # "The lesson is that if X, Y": the condition opens the embedded clause
        opens = (
            bool(lead)
            and lead.split()[-1].lower() in self.lx.conditions.clause_lead_words
            and "," in text[cond.end : hi]
        )
        if lead == "" or opens:
            comma = text.find(",", cond.end, hi)
            sp = trim(text, comma + 1, hi, ',.;:!?\u201d\u2019"') if comma >= 0 else None
            if sp is None:
                # no comma: an inverted main clause ("Only if X will we sign")
                sp = trim(text, cond.end, hi, ',.;:!?\u201d\u2019"')
        else:
            sp = trim(text, lo, first.start_char, ',;:\u201c\u2018"')
        return sp if sp is not None and not sp.overlaps(cond) else None

    def _is_conditional(
        self, sent: Sentence, tree: Tree, words: list[tuple[Sentence, Word]], i: int, match: tuple[str, ...]
    ) -> bool:
        w = words[i][1]
        prev = sent.word(w.id - 1) if w.id > 1 else None
        nxt = sent.word(w.id + len(match)) if w.id + len(match) <= len(sent.words) else None
        if match in tree.lx.conditions.if_subordinators:
            return self._conditional_if(sent, tree, w, prev, nxt)
        if _phrase_not_clause(sent.word(w.id + len(match) - 1), nxt, len(match)):
            return False
        if match in tree.lx.conditions.participle_subordinators:
            return w.deprel == "mark" or (
                nxt is not None
                and nxt.upos in ("PRON", "PROPN", "DET", "NOUN")
                and (w.deprel in ("advcl", "mark", "case", "xcomp") or _opens_clause_first(sent, w, tree))
            )
        if match in tree.lx.conditions.temporal_conditionals:
            return w.deprel == "mark" and any(
                x.lemma.lower() in tree.lx.function_words.future_modals for x in sent.words
            )
        if match in tree.lx.conditions.case_subordinators:
            return nxt is not None and nxt.upos not in ("ADP", "PUNCT")
        return self._supposition(sent, tree, w, match)

    @staticmethod
    def _supposition(sent: Sentence, tree: Tree, w: Word, match: tuple[str, ...]) -> bool:
        """A subordinator opens a condition, unless it is a verb of supposition with
        no clause of its own."""
        if match[-1] in tree.lx.conditions.supposition_verbs:
            # "let's say they win": a supposition has a clause, not "let's say it plainly"
            say = sent.word(w.id + len(match) - 1)
            return any(
                min(tree.subtree(sent, k.id)) == say.id + 1
                for k in tree.kids(sent, say.id, "ccomp", "parataxis")
            )
        return True

    def _conditional_if(
        self, sent: Sentence, tree: Tree, w: Word, prev: Word | None, nxt: Word | None
    ) -> bool:
        """``if`` opens a condition: not after ``even``/``as``/``what`` or a verb of
        asking (lexicon ``non_condition_if``), not a hedge (``if so,``, ``if nothing
        else,``) nor a concession on an adverb (``if reluctantly``), not a question's
        ``if`` (= *whether*)."""
        lx = tree.lx
        if prev is not None and (
            prev.text.lower() in lx.conditions.non_condition_if
            or prev.lemma.lower() in lx.conditions.non_condition_if
        ):
            return False
        phrase: list[Word] = []  # the words after "if", up to the next punctuation
        for x in sent.words[w.id :]:
            if x.upos == "PUNCT":
                break
            phrase.append(x)
        if (
            phrase
            and (
                # "if so,", "if anything,", "if nothing else,": a hedge, at most one word and
                # no verb after it ("if not thousands of people would lose" is a condition)
                (
                    phrase[0].text.lower() in lx.conditions.if_ellipses
                    and len(phrase) <= 2  # noqa: PLR2004 - the hedge word and one more
                    and not any(x.upos in ("VERB", "AUX", "ADP") for x in phrase[1:])
                )
                # "explicitly, if anonymously,", "if less directly": a concession on an adverb
                or (len(phrase) <= 2 and all(x.upos == "ADV" for x in phrase))  # noqa: PLR2004
            )
        ):
            return False
        return not self._interrogative_if(sent, tree, w)

    @staticmethod
    def _interrogative_if(sent: Sentence, tree: Tree, w: Word) -> bool:
        """``if`` = *whether*: its clause is the complement of a verb of asking or
        knowing (``wonders if``), or hangs as an adverbial clause on such a verb
        right before it, past its objects only (``asked the mayor on Monday if``)."""
        clause = sent.word(w.head) if w.head else None
        gov = sent.word(clause.head) if clause is not None and clause.head else None
        if clause is None or gov is None:
            return False
        rel = clause.deprel.split(":")[0]
        if rel in ("ccomp", "csubj", "obj"):
            return gov.lemma.lower() in tree.lx.conditions.non_condition_if | tree.lx.cues.question_verbs
        return (
            rel == "advcl"
            and gov.lemma.lower() in tree.lx.cues.asking_verbs
            and gov.id < w.id
            and not any(x.upos == "PUNCT" for x in sent.words[gov.id : w.id - 1])
        )

    def _clause_head(self, sent: Sentence, first: Word, last: Word) -> Word | None:
        """The verb of the clause the trigger introduces."""
        for w in (last, first):
            if w.head and sent.word(w.head).id > last.id:
                return sent.word(w.head)
        # the trigger itself may head the clause (e.g. "provided" as advcl)
        for w in sent.words:
            if (
                w.id > last.id
                and w.head in (first.id, last.id)
                and w.upos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN")
            ):
                return w
        nxt = [w for w in sent.words if w.id > last.id and w.upos in ("VERB", "ADJ")]
        return nxt[0] if nxt else None

    # -- stated conditions -------------------------------------------------
    def _stated(self, text: str, tree: Tree, q: Quote, prev: Quote | None) -> list[Condition]:
        res = []
        for sent, w in tree.words_in(q.content.start, q.content.end):
            lemma = w.lemma.lower()
            if lemma in tree.lx.conditions.condition_nouns and w.upos in ("NOUN", "PROPN"):
                c = self._noun_condition(text, tree, sent, w, q.content, prev)
                if c is not None:
                    res.append(c)
            elif lemma in tree.lx.conditions.condition_verbs and w.upos == "VERB":
                obj = tree.kids(sent, w.id, "obj", "obl", "ccomp", "xcomp")
                subj = tree.kids(sent, w.id, "nsubj")
                if not obj or obj[0].upos == "PRON" or not subj:
                    continue  # "requiring X", "requires us": no stated dependency of a thing
                if _asked(tree, sent, w):
                    continue  # "only whether it requires X": a question, no requirement stated
                o = obj[0]
                if (
                    o.deprel == "ccomp"
                    or any(k.deprel == "xcomp" and k.id > o.id for k in tree.kids(sent, w.id, "xcomp"))
                    or any(
                        x.deprel == "mark" and x.lemma.lower() in tree.lx.function_words.infinitive_marks
                        for x in tree.kids(sent, o.id, "mark")
                    )
                ):
                    continue  # "the law requires the nominee to release ...": an obligation
                if subj[0].lemma.lower() in tree.lx.pronouns.relative_pronouns:
                    continue  # "a clot that required treatment", "people who depend on farming"
                ids = [
                    j
                    for j in tree.subtree(sent, o.id)
                    if sent.word(j).deprel != "case" or sent.word(j).head != o.id
                ]
                cond = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), q.content)
                outcome = (
                    _clip(
                        text, span_of(text, sent, tree.subtree(sent, subj[0].id), lexicon=tree.lx), q.content
                    )
                    if subj
                    else None
                )
                trig_end = w.end_char
                on = [k for k in tree.kids(sent, o.id, "case") if k.id == w.id + 1]
                if on:
                    trig_end = on[0].end_char
                if cond is not None:
                    res.append(
                        _condition(ConditionKind.STATED, cond, Span.of(text, w.start_char, trig_end), outcome)
                    )
        return res

    def _noun_condition(
        self,
        text: str,
        tree: Tree,
        sent: Sentence,
        w: Word,
        bound: Span,
        prev: Quote | None,
    ) -> Condition | None:
        trig_start = w.start_char
        for k in tree.kids(sent, w.id, "amod"):
            if k.lemma.lower() in tree.lx.conditions.condition_noun_modifiers and k.id == w.id - 1:
                trig_start = k.start_char
        trigger = Span.of(text, trig_start, w.end_char)
        # "the condition for Y is X": w is the subject of a copular X
        pred: Word | None = None
        if w.deprel.startswith("nsubj") and w.head:
            pred = sent.word(w.head)
        cond: Span | None = None
        if pred is not None and pred.upos == "ADJ":
            return None  # "his condition is stable": a state, not a condition
        if pred is not None and any(k.deprel == "cop" for k in tree.kids(sent, pred.id)):
            cut = [
                k.id
                for k in tree.kids(sent, pred.id)
                if k.deprel in ("nsubj", "cop", "punct", "parataxis")
                or (k.deprel == "mark" and k.id < pred.id)
            ]
            ids = tree.subtree(sent, pred.id, cut=cut)
            cond = _clip(text, span_of(text, sent, [j for j in ids if j > w.id], lexicon=tree.lx), bound)
        # outcome: "for Y" after the noun
        outcome: Span | None = None
        for_np = self._for_phrase(text, tree, sent, w)
        if cond is None and for_np is not None:
            # "the condition for X": X is the condition
            cond = _clip(text, for_np[0], bound)
            outcome = None
        elif for_np is not None:
            np_span, np_word = for_np
            if (
                np_word.upos == "PRON"
                and np_word.text.lower() in tree.lx.pronouns.anaphoric_pronouns
                and prev is not None
            ):
                outcome = self._object_of(text, tree, prev)
            else:
                outcome = np_span
        cond = _drop_lead(text, cond, tree.lx.conditions.condition_leads)
        if cond is None:
            return None
        if cond.overlaps(trigger):
            return None
        return _condition(ConditionKind.STATED, cond, trigger, outcome)

    def _for_phrase(self, text: str, tree: Tree, sent: Sentence, w: Word) -> tuple[Span, Word] | None:
        if (
            w.id + 1 > len(sent.words)
            or sent.word(w.id + 1).text.lower() not in tree.lx.function_words.benefactive_prepositions
        ):
            return None
        case = sent.word(w.id + 1)
        if not case.head:
            return None
        np = sent.word(case.head)
        ids = [j for j in tree.subtree(sent, np.id) if j != case.id]
        sp = span_of(text, sent, run_around(ids, np.id), lexicon=tree.lx)
        return (sp, np) if sp is not None else None

    def _object_of(self, text: str, tree: Tree, q: Quote) -> Span | None:
        """The object of a quote's main verb (the antecedent of ``this``)."""
        for sent, w in tree.words_in(q.content.start, q.content.end):
            if w.deprel in ("obj", "obl") and w.upos in ("NOUN", "PROPN"):
                return _clip(text, span_of(text, sent, tree.subtree(sent, w.id), lexicon=tree.lx), q.content)
        return None

    def _without(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """``Without X, Y would ...``: opening a sentence of the quote, with a modal or
        a risk in its main clause: a stated condition (what Y needs), Y its outcome."""
        res = []
        for sent, w in tree.words_in(q.content.start, q.content.end):
            if w.text.lower() not in tree.lx.function_words.without_prepositions:
                continue
            before = [x for x in sent.words if x.id < w.id and x.start_char >= q.content.start]
            if any(x.upos != "PUNCT" for x in before):
                continue  # not the sentence's opening
            hi = min(sent.end_char, q.content.end)
            comma = text.find(",", w.end_char, hi)
            if comma > 0:  # the main clause ends at a clause break (" — events that can ...")
                hi = min(
                    [hi]
                    + [k for b in tree.lx.conditions.clause_breaks if (k := text.find(b, comma + 1, hi)) > 0]
                )
            cond = trim(text, w.end_char, comma) if comma > 0 else None
            outcome = trim(text, comma + 1, hi, ',.;:!?\u201d\u2019"') if comma > 0 else None
            if cond is None or outcome is None:
                continue
            main = [x for x in sent.words if outcome.start <= x.start_char < outcome.end]
            if not any(x.lemma.lower() in tree.lx.conditions.consequence_words for x in main):
                continue  # "Without this network, she is made to ...": a description
            trig = Span.of(text, w.start_char, w.end_char)
            res.append(_condition(ConditionKind.STATED, cond, trig, outcome))
        return res

    def _cue_clause(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """``..., stressing the condition for X``: a condition stated in the cue's clause."""
        if q.cue is None:
            return []
        sent = tree.sentence_at(q.cue.start)
        if sent is None:
            return []
        res = []
        for w in sent.words:
            if q.content.start <= w.start_char < q.content.end:
                continue
            if w.lemma.lower() not in tree.lx.conditions.condition_nouns or not w.head:
                continue
            verb = sent.word(w.head)
            if verb.lemma.lower() not in tree.lx.conditions.stress_verbs:
                continue
            trig = Span.of(text, w.start_char, w.end_char)
            # the condition: "for X" after the noun, wherever the parser hung it
            for_np = self._for_phrase(text, tree, sent, w)
            if for_np is None:
                continue
            cond = for_np[0]
            outcome = trim(text, q.content.start, q.content.end, ",;:")
            res.append(_condition(ConditionKind.STATED, cond, trig, outcome))
        return res

    def _requirements(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """Requirements stated with ``need``/``have to`` and a purpose: ``we need
        money to pay our staff`` (condition: money; outcome: to pay ...), ``to
        fund X, the city needs to raise fees``, ``any treaty had to include
        X`` (a requirement on a thing, not an obligation of a person)."""
        res = []
        for sent, w in tree.words_in(q.content.start, q.content.end):
            res += self._requirements_at(text, tree, q, sent, w)
        return res

    def _requirements_at(self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word) -> list[Condition]:
        """The requirements stated at word ``w``, in the order the sub-rules try them."""
        lemma = w.lemma.lower()
        out: list[Condition] = []
        if lemma in tree.lx.function_words.need_lemmas and w.upos == "VERB":
            done, found = self._need_object(text, tree, q, sent, w)
            if done:
                return found
            out += self._need_fronted(text, tree, q, sent, w)
        if (
            lemma in tree.lx.function_words.need_lemmas
            and w.upos == "VERB"
            and not any(k.deprel in ("obj", "nsubj") for k in tree.kids(sent, w.id))
        ):
            out += self._needed(text, tree, q, sent, w)
        elif (
            lemma in tree.lx.conditions.requirement_adjectives
            and w.upos == "ADJ"
            and tree.kids(sent, w.id, "nsubj")
        ):
            out += self._required_for(text, tree, q, sent, w)
        if w.text.lower() in tree.lx.conditions.requirement_have_forms and w.id < len(sent.words):
            out += self._had_to(text, tree, q, sent, w)
        return out

    def _need_object(
        self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word
    ) -> tuple[bool, list[Condition]]:
        """``we need funds to pay the staff``: the object is the condition, the purpose
        after it the outcome. ``True`` first when the shape is there (the word's other
        sub-rules are then not tried)."""
        objs = [k for k in tree.kids(sent, w.id, "obj") if k.upos in ("NOUN", "PROPN")]
        purpose = self._purpose(text, tree, sent, w, after=True)
        if not (objs and purpose is not None and purpose.start > objs[0].start_char):
            return False, []
        ids = [j for j in tree.subtree(sent, objs[0].id) if j < _word_at(sent, purpose.start)]
        cond = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), q.content)
        trig = Span.of(text, w.start_char, w.end_char)
        return True, [_condition(ConditionKind.STATED, cond, trig, purpose)] if cond is not None else []

    def _need_fronted(self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word) -> list[Condition]:
        """``to fund X, the city needs to raise fees``: what is needed (the infinitive)
        for the fronted purpose."""
        xc = [k for k in tree.kids(sent, w.id, "xcomp") if k.upos == "VERB" and k.id > w.id]
        if not xc:
            return []
        fronted = self._purpose(text, tree, sent, xc[0], after=False)
        if fronted is None:
            fronted = self._purpose(text, tree, sent, w, after=False)
        if fronted is None:
            return []
        to = [k for k in tree.kids(sent, xc[0].id, "mark") if k.id == w.id + 1]
        ids = [j for j in tree.subtree(sent, xc[0].id) if j > w.id + len(to) and sent.word(j).upos != "PUNCT"]
        cond = _clip(text, span_of(text, sent, run_around(ids, xc[0].id), lexicon=tree.lx), q.content)
        trig = Span.of(text, w.start_char, (to[0] if to else w).end_char)
        return [_condition(ConditionKind.STATED, cond, trig, fronted)] if cond is not None else []

    def _needed(self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word) -> list[Condition]:
        """``the money was needed to keep X open``, ``the rules needed in order to run
        Y``: what is needed (the passive subject or the noun modified) for what."""
        purpose = self._purpose(text, tree, sent, w, after=True)
        passive = tree.kids(sent, w.id, "nsubj:pass")
        if purpose is None or not (passive or w.deprel == "acl"):
            return []
        if passive:
            ids = tree.subtree(sent, passive[0].id)
        else:
            ids = [
                j
                for j in tree.subtree(sent, w.head)
                if j < w.id and not (sent.word(j).head == w.head and sent.word(j).deprel == "case")
            ]
        cond = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), q.content)
        if cond is None:
            return []
        aux = [k for k in tree.kids(sent, w.id, "aux:pass") if k.id == w.id - 1]
        trig = Span.of(text, (aux[0] if aux else w).start_char, w.end_char)
        return [_condition(ConditionKind.STATED, cond, trig, purpose)]

    def _required_for(self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word) -> list[Condition]:
        """``stability is indispensable for the security of X``; of two subjects (a
        misparse of ``the argument is that X is ...``), the nearer."""
        needed = max(tree.kids(sent, w.id, "nsubj"), key=lambda k: (k.id < w.id, k.id))
        fors = [
            k
            for k in tree.kids(sent, w.id, "obl")
            if any(
                c.lemma.lower() in tree.lx.function_words.benefactive_prepositions
                for c in tree.kids(sent, k.id, "case")
            )
        ]
        if not fors or needed.upos not in ("NOUN", "PROPN"):
            return []
        cond = _clip(text, span_of(text, sent, tree.subtree(sent, needed.id), lexicon=tree.lx), q.content)
        ids = [
            j
            for j in tree.subtree(sent, fors[0].id)
            if sent.word(j).head != fors[0].id or sent.word(j).deprel != "case"
        ]
        outcome = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), q.content)
        if cond is None:
            return []
        trig = Span.of(text, w.start_char, tree.kids(sent, fors[0].id, "case")[0].end_char)
        return [_condition(ConditionKind.STATED, cond, trig, outcome)]

    def _had_to(self, text: str, tree: Tree, q: Quote, sent: Sentence, w: Word) -> list[Condition]:
        """``any treaty had to include X``: a requirement on a thing (a requirement
        noun, or a sentence-initial ``it``), not an obligation of a person."""
        to_word = sent.word(w.id + 1)
        subj = tree.kids(sent, w.id, "nsubj")
        xc = [k for k in tree.kids(sent, w.id, "xcomp") if k.upos in ("VERB", "AUX")]
        if to_word.text.lower() not in tree.lx.function_words.infinitive_marks or not subj or not xc:
            return []
        head = subj[0]
        if not (
            head.upos == "NOUN" and head.lemma.lower() in tree.lx.conditions.requirement_subjects
        ) and not (head.text.lower() in tree.lx.pronouns.dummy_pronouns and head.id == 1):
            return []
        ids = [j for j in tree.subtree(sent, xc[0].id) if j > to_word.id and sent.word(j).upos != "PUNCT"]
        cond = _clip(text, span_of(text, sent, run_around(ids, xc[0].id), lexicon=tree.lx), q.content)
        outcome = (
            None  # "It had to include X": the pronoun says nothing of what it is
            if head.upos == "PRON"
            else _clip(text, span_of(text, sent, tree.subtree(sent, head.id), lexicon=tree.lx), q.content)
        )
        if cond is None:
            return []
        return [
            _condition(ConditionKind.STATED, cond, Span.of(text, w.start_char, to_word.end_char), outcome)
        ]

    def _continued(self, text: str, tree: Tree, q: Quote, contents: list[Span]) -> list[Condition]:
        """Requirements in the reported speech that runs on after ``..., he said.``:
        the next sentences of the paragraph with no quote and no cue of their own
        (``It had to include the poorest countries``)."""
        if q.kind is QuoteKind.DIRECT or q.cue is None or q.cue.start < q.content.end:
            return []
        here = tree.sentence_at(q.cue.start)
        if here is None:
            return []
        res: list[Condition] = []
        first = here.index - tree.doc.sentences[0].index + 1
        prev_end = here.end_char
        for nxt in tree.doc.sentences[first : first + MAX_CONTINUED_SENTENCES]:
            if "\n" in text[prev_end : nxt.start_char]:
                break  # a new paragraph
            span = Span.of(text, nxt.start_char, nxt.end_char)
            if any(c.overlaps(span) for c in contents) or any(is_reporting(nxt, w, tree) for w in nxt.words):
                break  # a quote or a cue of its own: the reported speech has ended
            res += [
                c
                for c in self._requirements(text, tree, attrs.evolve(q, content=span))
                if c.trigger.text.split()[0].lower() in tree.lx.conditions.requirement_have_forms
            ]
            prev_end = nxt.end_char
        return res

    def _purpose(self, text: str, tree: Tree, sent: Sentence, w: Word, *, after: bool) -> Span | None:
        """A purpose clause of ``w`` (``to X``, ``in order to X``, ``in order for X
        to Y``), after or before it, without its ``to``/``in order``; failing the
        parse, the words of ``w``'s clause after an ``in order to`` right after it."""
        found = self._purpose_kid(text, tree, sent, w, after=after)
        if found is not None or not after:
            return found
        lows = [sent.word(j).text.lower() for j in range(w.id + 1, min(w.id + 4, len(sent.words) + 1))]
        if tuple(lows) != tree.lx.conditions.purpose_phrase:
            return None
        ids = [j for j in tree.subtree(sent, w.id) if j > w.id + 3 and sent.word(j).upos != "PUNCT"]
        if not ids:  # the purpose hung elsewhere: its words up to the clause's end
            j = w.id + 4
            while j <= len(sent.words) and sent.word(j).upos != "PUNCT":
                ids.append(j)
                j += 1
        return span_of(text, sent, run_around(ids, ids[0]), lexicon=tree.lx) if ids else None

    def _purpose_kid(self, text: str, tree: Tree, sent: Sentence, w: Word, *, after: bool) -> Span | None:
        """:meth:`_purpose` as the parse gives it: a purpose clause hung on ``w``."""
        for k in tree.kids(sent, w.id, "advcl", "xcomp", "obl"):
            if (k.id > w.id) != after:
                continue
            marks = [m for m in tree.kids(sent, k.id, "mark", "case") if m.id < k.id]
            if not marks or marks[0].text.lower() not in tree.lx.conditions.purpose_marks:
                continue
            ids = [j for j in tree.subtree(sent, k.id) if sent.word(j).upos != "PUNCT"]
            lead = {m.id for m in marks}
            first = min(ids)
            # drop "in order to" / "in order for" / "to"
            while first in ids and (
                first in lead or sent.word(first).text.lower() in tree.lx.conditions.purpose_leads
            ):
                ids.remove(first)
                first = min(ids) if ids else 0
            sp = span_of(text, sent, run_around(ids, k.id), lexicon=tree.lx) if ids and k.id in ids else None
            if sp is not None:
                return sp
        return None

    def _named_demands(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """``the referee needs to check the tape``: what a named third party must do,
        in a speaker's own quoted words, even without a stated price."""
        if q.kind is not QuoteKind.DIRECT:
            return []
        res = []
        for sent, w in tree.words_in(q.content.start, q.content.end):
            low = w.text.lower()
            if low in tree.lx.conditions.named_demand_modals:
                verb = sent.word(w.head) if w.head else None
                trig_end = w.end_char
            elif (
                low in tree.lx.conditions.named_demand_to_modals
                and w.id < len(sent.words)
                and sent.word(w.id + 1).text.lower() in tree.lx.function_words.infinitive_marks
            ):
                xc = [k for k in tree.kids(sent, w.id, "xcomp") if k.upos == "VERB"]
                verb = xc[0] if xc else None
                trig_end = sent.word(w.id + 1).end_char
            else:
                continue
            if verb is None:
                continue
            host = verb if low in tree.lx.conditions.named_demand_modals else w
            subj = [k for k in tree.kids(sent, host.id, "nsubj") if k.id < w.id]
            if not subj or subj[0].upos != "PROPN":
                continue
            lo = min(tree.subtree(sent, subj[0].id))
            clauses = [k.id for k in tree.kids(sent, verb.id, "advcl", "parataxis", "conj") if k.id > verb.id]
            ids = [
                j
                for j in tree.subtree(sent, verb.id, cut=clauses)
                if j > w.id and sent.word(j).upos != "PUNCT"
            ]
            # "... when most of us ...": a subordinate clause however it was attached
            stop = next(
                (
                    j
                    for j in sorted(ids)
                    if sent.word(j).text.lower() in tree.lx.function_words.clause_subordinators
                ),
                None,
            )
            if stop is not None:
                ids = [j for j in ids if j < stop]
            if not ids:
                continue
            cond = _clip(text, trim(text, sent.word(lo).start_char, sent.word(max(ids)).end_char), q.content)
            if cond is not None:
                res.append(
                    _condition(ConditionKind.DEMAND, cond, Span.of(text, w.start_char, trig_end), None)
                )
        return res

    def _addressed_demands(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        """``I went to them and said to them: 'You have to cut your emissions'``:
        inside a quote, words the speaker reports saying to a party (a cue with an
        addressee, then a colon) make ``you`` that party, not anyone; what it must
        do (``must``, ``have to``, ``need to``, ``have got to``) is a demand, its
        price left unsaid. ``You have to understand`` and the like are turns of
        speech, not demands."""
        if q.kind is not QuoteKind.DIRECT:
            return []
        words = tree.words_in(q.content.start, q.content.end)
        after = self._addressed_speech(tree, words)
        if after is None:
            return []
        res = []
        for sent, w in words:
            if w.start_char <= after:
                continue
            trig = self._obligation(sent, w, tree)
            if trig is None:
                continue
            verb, trig_end = trig
            # "'ve got to": the trigger takes the auxiliary
            trig_start = (
                sent.word(w.id - 1).start_char
                if w.lemma.lower() in tree.lx.function_words.got_lemmas
                else w.start_char
            )
            # the subject hangs on the verb of "must VERB", on the modal of "have to VERB"
            host = verb if w.text.lower() in tree.lx.conditions.named_demand_modals else w
            subj = [k for k in tree.kids(sent, host.id, "nsubj") if k.id < w.id]
            if not subj or subj[0].text.lower() not in tree.lx.pronouns.second_person:
                continue
            if verb.lemma.lower() in tree.lx.conditions.discourse_obligations or any(
                x.text == "?" for x in sent.words
            ):
                continue  # a turn of speech, or a question ("What do you have to lose?")
            ids = [j for j in tree.subtree(sent, verb.id) if j > w.id and sent.word(j).upos != "PUNCT"]
            if not ids:
                continue
            cond = _clip(text, trim(text, subj[0].start_char, sent.word(max(ids)).end_char), q.content)
            if cond is not None:
                res.append(_condition(ConditionKind.DEMAND, cond, Span.of(text, trig_start, trig_end), None))
        return res

    @staticmethod
    def _addressed_speech(tree: Tree, words: list[tuple[Sentence, Word]]) -> int | None:
        """The offset of the colon after ``said to them`` / ``told them`` in these
        words: speech reported as said to an addressee; None when there is none."""
        for sent, w in words:
            if w.lemma.lower() not in tree.lx.cues.reporting_verbs or w.upos not in ("VERB", "AUX"):
                continue
            if addressee_of(tree.doc.text, sent, w, tree) is None:
                continue
            colon = [x for x in sent.words[w.id : w.id + MAX_ADDRESS_WORDS] if x.text == ":"]
            if colon:
                return colon[0].start_char
        return None

    @staticmethod
    def _obligation(sent: Sentence, w: Word, tree: Tree) -> tuple[Word, int] | None:
        """(the verb obliged, the trigger's end) when ``w`` is ``must``, ``have to``,
        ``need to`` or the ``got`` of ``have got to``."""
        low = w.text.lower()
        nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
        if low in tree.lx.conditions.named_demand_modals and w.head:
            return sent.word(w.head), w.end_char
        to_modal = w.lemma.lower() in tree.lx.conditions.to_demand_modals or (
            w.lemma.lower() in tree.lx.function_words.got_lemmas
            and w.id > 1
            and sent.word(w.id - 1).lemma.lower() in tree.lx.function_words.have_lemmas
        )
        if (
            not to_modal
            or nxt is None
            or nxt.text.lower() not in tree.lx.function_words.infinitive_marks
            or w.upos not in ("VERB", "AUX")
        ):
            return None
        xc = [k for k in tree.kids(sent, w.id, "xcomp") if k.upos in ("VERB", "AUX")]
        if not xc:
            return None
        return xc[0], nxt.end_char

    # -- demands -------------------------------------------------------------
    def _demands(self, text: str, tree: Tree, q: Quote) -> list[Condition]:
        words = tree.words_in(q.content.start, q.content.end)
        offers = self._offers(text, tree, words, q.content)
        if not offers:
            return []
        res = []
        for sent, w in words:
            low = w.text.lower()
            trig_end = w.end_char
            bare = low in tree.lx.conditions.bare_demand_modals
            if bare:
                pass
            elif (
                w.lemma.lower() in tree.lx.conditions.to_demand_modals
                and w.id < len(sent.words)
                and sent.word(w.id + 1).text.lower() in tree.lx.function_words.infinitive_marks
            ):
                if w.upos not in ("VERB", "AUX"):
                    continue
                trig_end = sent.word(w.id + 1).end_char
            else:
                continue
            verb = sent.word(w.head) if w.head and bare else w
            after = [x.text.lower() for x in sent.words[w.id : w.id + 3]]
            if (
                bare
                and after[:1]
                and after[0] in tree.lx.function_words.copula_lemmas
                and any(t in tree.lx.function_words.wh_words for t in after[1:])
            ):
                continue  # "the real question should be why ...": rhetorical, no demand
            # the subject of the obligation: nearest nominal phrase before the modal
            start_word = self._subject_start(sent, w)
            if start_word is None:
                continue
            subj_text = sent.word(start_word).text.lower()
            if (
                subj_text in tree.lx.pronouns.first_person
                or subj_text in tree.lx.pronouns.non_party_subjects
                or subj_text in tree.lx.pronouns.second_person
            ):
                continue
            end_ids = [j for j in tree.subtree(sent, verb.id) if j > w.id and sent.word(j).upos != "PUNCT"]
            end_char = sent.word(max(end_ids)).end_char if end_ids else w.end_char
            cond = _clip(text, trim(text, sent.word(start_word).start_char, end_char), q.content)
            if cond is None:
                continue
            trigger = Span.of(text, w.start_char, trig_end)
            outcome = min(offers, key=lambda o: (0 if o[1] else 1, o[0].start))[0]
            res.append(_condition(ConditionKind.DEMAND, cond, trigger, outcome))
        return res

    def _subject_start(self, sent: Sentence, modal: Word) -> int | None:
        """Id of the first word of the noun phrase before the modal (with coordination)."""
        i = modal.id - 1
        while i >= 1 and sent.word(i).upos in ("ADV",):
            i -= 1
        if i < 1 or sent.word(i).upos not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            return None
        start = i
        while start > 1:
            p = sent.word(start - 1)
            if (
                p.upos in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                or (p.upos == "PRON" and p.feat("Poss") == "Yes")
                or p.text in self.lx.marks.possessive_marks
            ):
                start -= 1
            elif (
                p.upos == "CCONJ"
                and start > MIN_COORDINATED_START
                and sent.word(start - 2).upos in ("NOUN", "PROPN")
            ):
                start -= 2
            else:
                break
        while (
            sent.word(start).upos == "DET"
            and start < i
            and sent.word(start).text.lower() not in self.lx.function_words.articles
        ):
            start += 1
        return start

    def _offers(
        self, text: str, tree: Tree, words: list[tuple[Sentence, Word]], bound: Span
    ) -> list[tuple[Span, bool]]:
        """First-person statements of readiness or want: (span, has complement)."""
        res = []
        for sent, w in words:
            if w.lemma.lower() not in tree.lx.conditions.offer_words or w.upos not in ("ADJ", "VERB"):
                continue
            subj = tree.kids(sent, w.id, "nsubj")
            if not subj or subj[-1].text.lower() not in tree.lx.pronouns.offer_subjects:
                continue
            cut = [
                k.id
                for k in tree.kids(sent, w.id)
                if (
                    k.deprel.split(":")[0] in ("conj", "parataxis", "advcl", "ccomp", "punct", "cc")
                    and k.id > w.id
                )
                or (k.deprel in ("nsubj",) and k.id != subj[-1].id)
            ]
            ids = run_around(tree.subtree(sent, w.id, cut=cut), w.id)
            ids = [j for j in ids if j >= subj[-1].id]
            sp = _clip(text, span_of(text, sent, ids, lexicon=tree.lx), bound)
            if sp is None:
                continue
            has_comp = bool(tree.kids(sent, w.id, "obj", "xcomp", "obl"))
            res.append((sp, has_comp))
        return res

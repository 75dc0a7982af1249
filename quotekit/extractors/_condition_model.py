"""Rules propose, a model decides: the learned acceptor of the ``conditions`` stage.

Every condition rule of :mod:`quotekit.extractors.conditions` proposes candidates;
this module adds the class rules of issue 32 (necessity with a purpose, contingency
predicates, a sole means) and decides among all of them with a logistic
regression over features of the candidate: which rules proposed it (their votes),
its kind, the trigger's word class, the quote's kind, the subject's person, negation,
a question, a purpose clause, tense, lengths. The weights are fitted on the PolNeAR
train conditions by ``scripts/train_conditions.py`` and ship as numbers over these
features (no text of any article) in ``quotekit/models/scorers/conditions.json``.

Example:
    >>> s = ConditionScorer(weights={"rule=clauses": 2.0}, bias=-1.0, threshold=0.5)
    >>> s.probability({"rule=clauses": 1.0}) >= s.threshold
    True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ..lexicon import Lexicon
from ..model import Condition, ConditionKind, Quote, Span
from ..parsing import Sentence, Word
from ._linear import LinearScorer, bucket
from ._tree import Tree, run_around, span_of, trim

__all__ = ["ConditionScorer", "default_scorer", "features", "propose_classes"]

#: Where the trained weights ship.
WEIGHTS = Path(__file__).resolve().parent.parent / "models" / "scorers" / "conditions.json"
#: Word-count buckets of a condition span (upper bounds).
LENGTH_BUCKETS = (2, 5, 12, 25)
#: A fronted purpose (``To X, ...``) has at least ``to`` and a verb.
MIN_FRONTED_WORDS = 2


class ConditionScorer(LinearScorer):
    """The condition acceptor: a logistic regression over a candidate's features;
    ``threshold`` is the probability at which a class rule's candidate is kept."""


@lru_cache(maxsize=1)
def default_scorer() -> ConditionScorer | None:
    """The shipped scorer, or ``None`` when the package has none (rules decide alone)."""
    return ConditionScorer.load(WEIGHTS) if WEIGHTS.exists() else None


# -- features --------------------------------------------------------------


def _word_at(tree: Tree, char: int) -> tuple[Sentence, Word] | None:
    sent = tree.sentence_at(char)
    if sent is None:
        return None
    for w in sent.words:
        if w.start_char <= char < w.end_char or w.start_char >= char:
            return sent, w
    return None


_TRIGGER_WORDS: dict[int, frozenset[str]] = {}


def _trigger_words(lx: Lexicon) -> frozenset[str]:
    """The words of every condition trigger class of ``lx`` (its own feature values;
    any other trigger lemma is ``trig=other``), gathered once per lexicon."""
    words = _TRIGGER_WORDS.get(id(lx))
    if words is None:
        words = (
            lx.conditions.necessity_modals
            | lx.conditions.necessity_adjectives
            | lx.conditions.dependency_predicates
            | lx.conditions.condition_nouns
            | lx.conditions.condition_verbs
            | lx.conditions.sole_markers
            | {t for phrase in lx.conditions.conditional_subordinators for t in phrase}
        )
        _TRIGGER_WORDS[id(lx)] = words
    return words


def _person(tree: Tree, sent: Sentence, head: Word) -> str:
    subj = tree.kids(sent, head.id, "nsubj")
    if not subj and head.head:
        subj = tree.kids(sent, head.head, "nsubj")
    if not subj:
        return "none"
    s = subj[0]
    low = s.text.lower()
    if low in tree.lx.pronouns.first_person:
        return "1"
    if low in tree.lx.pronouns.second_person:
        return "2"
    return "pron3" if s.upos == "PRON" else "noun"


def features(text: str, tree: Tree, q: Quote, c: Condition, rules: tuple[str, ...]) -> dict[str, float]:
    """The features of one candidate condition proposed by ``rules`` (their votes)."""
    f: dict[str, float] = {f"rule={r}": 1.0 for r in rules}
    f[f"kind={c.kind.value}"] = 1.0
    f[f"votes={min(len(rules), 3)}"] = 1.0
    f[f"qkind={q.kind.value}"] = 1.0
    f["has_outcome"] = 1.0 if c.outcome is not None else 0.0
    f[f"clen={bucket(len(c.condition.text.split()), LENGTH_BUCKETS)}"] = 1.0
    f["holder"] = 1.0 if q.speaker is not None else 0.0
    f["outside_content"] = 0.0 if q.content.start <= c.trigger.start < q.content.end else 1.0
    at = _word_at(tree, c.trigger.start)
    if at is None:
        return f
    sent, w = at
    lemma = w.lemma.lower()
    lx = tree.lx
    f[f"trig={lemma if lemma in _trigger_words(lx) else 'other'}"] = 1.0
    f[f"trig_upos={w.upos}"] = 1.0
    head = sent.word(w.head) if w.head else w
    f[f"subj={_person(tree, sent, head)}"] = 1.0
    f["neg"] = (
        1.0
        if any(k.deprel == "advmod" and k.feat("Polarity") == "Neg" for k in tree.kids(sent, head.id))
        else 0.0
    )
    f["question"] = 1.0 if sent.words[-1].text == "?" else 0.0
    f["past"] = 1.0 if head.feat("Tense") == "Past" else 0.0
    if w.id > 1 and sent.word(w.id - 1).text.lower() in lx.conditions.non_condition_leads:
        f[f"lead={sent.word(w.id - 1).text.lower()}"] = 1.0
    f["purpose"] = 1.0 if _purpose_of(tree, sent, head) is not None else 0.0
    f["subj_expletive"] = (
        1.0
        if any(
            k.text.lower() in lx.pronouns.expletive_subjects
            for k in tree.kids(sent, head.id, "nsubj", "expl")
        )
        else 0.0
    )
    f["same_trigger_twice"] = (
        1.0 if any(x.text.lower() == w.text.lower() for x in sent.words if x.id != w.id) else 0.0
    )
    f["modal_past"] = 1.0 if w.text.lower() in lx.conditions.past_necessity_forms else 0.0
    f["outcome_before"] = 1.0 if c.outcome is not None and c.outcome.start < c.condition.start else 0.0
    f["sentence_initial"] = 1.0 if w.id <= 2 else 0.0  # noqa: PLR2004 - the first word or the one after a quote mark
    return f


# -- class rules ------------------------------------------------------------


def candidate(kind: ConditionKind, condition: Span, trigger: Span, outcome: Span | None) -> Condition:
    """A candidate condition; its id, holder, quote, rule and confidence are filled in by the stage."""
    return Condition(id="", kind=kind, condition=condition, trigger=trigger, outcome=outcome)


def _purpose_of(tree: Tree, sent: Sentence, w: Word) -> Word | None:
    """The head of a purpose clause (``to X``, ``in order to X``) hung on ``w``."""
    for k in tree.kids(sent, w.id, "advcl", "xcomp", "ccomp"):
        marks = [m for m in tree.kids(sent, k.id, "mark") if m.id < k.id]
        if marks and marks[0].text.lower() in tree.lx.conditions.purpose_marks and k.upos in ("VERB", "AUX"):
            return k
    return None


def clip(text: str, span: Span | None, bound: Span) -> Span | None:
    """``span`` cut to ``bound`` and trimmed of edge punctuation, or ``None``."""
    if span is None:
        return None
    s, e = max(span.start, bound.start), min(span.end, bound.end)
    return trim(text, s, e, ',;:\u201c\u201d"') if e > s else None


def _phrase(text: str, tree: Tree, sent: Sentence, root: Word, bound: Span, *, after: int = 0) -> Span | None:
    ids = [j for j in tree.subtree(sent, root.id) if j > after and sent.word(j).upos != "PUNCT"]
    if not ids or root.id not in ids:
        return None
    return clip(text, span_of(text, sent, run_around(ids, root.id), lexicon=tree.lx), bound)


def _clause_end(sent: Sentence, start: int, bound: Span, marks: frozenset[str]) -> int:
    """Id of the last word of the clause that runs from word ``start``: up to a clause
    punctuation mark, a quotation mark or the end of the quote."""
    last = start - 1
    for j in range(start, len(sent.words) + 1):
        w = sent.word(j)
        if w.start_char >= bound.end or w.text in marks or w.upos == "PUNCT":
            break
        last = j
    return last


def _words(text: str, sent: Sentence, first: int, last: int, bound: Span) -> Span | None:
    if last < first:
        return None
    return clip(text, trim(text, sent.word(first).start_char, sent.word(last).end_char), bound)


def _purpose_after(sent: Sentence, start: int, last: int, tree: Tree) -> int | None:
    """Id of the ``to`` (or ``in`` of ``in order to``) that opens a purpose clause
    between words ``start`` and ``last``: ``to`` before a verb, not the complement of
    a word that takes a ``to``-infinitive (``able to``, ``going to``)."""
    for j in range(start + 1, last):
        w, nxt = sent.word(j), sent.word(j + 1)
        low = w.text.lower()
        if j + 2 <= last and (low, sent.word(j + 1).text.lower()) == tree.lx.conditions.purpose_phrase[:2]:
            return j
        if low not in tree.lx.function_words.infinitive_marks or nxt.upos not in ("VERB", "AUX"):
            continue
        before = sent.word(j - 1)
        if (
            before.lemma.lower() in tree.lx.conditions.infinitive_takers
            or before.lemma.lower() in tree.lx.conditions.necessity_modals
        ):
            continue
        return j
    return None


def _fronted_purpose(text: str, sent: Sentence, bound: Span, tree: Tree) -> tuple[Span, int] | None:
    """A sentence-initial purpose (``To win the state, ...``): its span and the id of
    the comma that ends it."""
    ids = [w.id for w in sent.words if w.start_char >= bound.start and w.upos != "PUNCT"]
    if len(ids) < MIN_FRONTED_WORDS:
        return None
    first = sent.word(ids[0])
    k = ids[0]
    if (first.text.lower(), sent.word(k + 1).text.lower()) == tree.lx.conditions.purpose_phrase[:2]:
        k += 2
    elif first.text.lower() not in tree.lx.function_words.infinitive_marks:
        return None
    if k + 1 > len(sent.words) or sent.word(k + 1).upos not in ("VERB", "AUX"):
        return None
    end = _clause_end(sent, k + 1, bound, tree.lx.marks.clause_marks)
    if end >= len(sent.words) or sent.word(end + 1).text != ",":
        return None
    span = _words(text, sent, k + 1, end, bound)
    return (span, end + 1) if span is not None else None


def _necessity_trigger(sent: Sentence, w: Word, tree: Tree) -> int | None:
    """Id of the last word of a necessity trigger at ``w`` (``must``; ``have to``,
    ``need to``, ``got to``, ``ought to``: through the ``to``; ``need`` + object;
    an adjective of necessity after a copula), or ``None``."""
    lemma, low = w.lemma.lower(), w.text.lower()
    nxt = sent.word(w.id + 1) if w.id < len(sent.words) else None
    if low in tree.lx.function_words.obligation_modals or (
        lemma in tree.lx.function_words.obligation_modals and w.upos == "AUX"
    ):
        return w.id
    if lemma in tree.lx.conditions.necessity_modals and w.upos in ("VERB", "AUX") and nxt is not None:
        if nxt.text.lower() in tree.lx.function_words.infinitive_marks:
            return nxt.id
        if lemma in tree.lx.function_words.need_lemmas and nxt.upos in (
            "DET",
            "NOUN",
            "PROPN",
            "ADJ",
            "NUM",
            "PRON",
        ):
            return w.id
        return None
    if lemma in tree.lx.conditions.necessity_adjectives and w.upos == "ADJ":
        cop = tree.kids(sent, w.id, "cop")
        if cop or (w.id > 1 and sent.word(w.id - 1).lemma.lower() in tree.lx.function_words.copula_lemmas):
            return w.id
    return None


def necessity(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """A necessity in the speaker's words, with its purpose where the sentence has one:
    ``to win the state, we have to carry the suburbs``, ``she needs 60 votes to pass
    it``, ``the council must approve it`` (condition: what is necessary; outcome: the
    purpose). Whether it is a condition is the acceptor's decision."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        last_trig = _necessity_trigger(sent, w, tree)
        if last_trig is None:
            continue
        trigger = trim(text, w.start_char, sent.word(last_trig).end_char)
        if trigger is None:
            continue
        is_adj = w.upos == "ADJ"
        outcome = None
        if is_adj:  # "X is vital for Y": X is the condition, Y the outcome
            subj = tree.kids(sent, w.id, "nsubj", "csubj")
            cond = _phrase(text, tree, sent, subj[0], q.content) if subj else None
            end = _clause_end(sent, w.id + 1, q.content, marks)
            if end > w.id and sent.word(w.id + 1).text.lower() in tree.lx.conditions.purpose_marks:
                outcome = _words(text, sent, w.id + 2, end, q.content)
            kind = ConditionKind.STATED
        else:
            end = _clause_end(sent, last_trig + 1, q.content, marks)
            p = _purpose_after(sent, last_trig + 1, end, tree)
            cond = _words(text, sent, last_trig + 1, (p - 1) if p else end, q.content)
            if p is not None:
                lead = p + (
                    len(tree.lx.conditions.purpose_phrase)
                    if sent.word(p).text.lower() == tree.lx.conditions.purpose_phrase[0]
                    else 1
                )
                outcome = _words(text, sent, lead, end, q.content)
            else:
                fronted = _fronted_purpose(text, sent, q.content, tree)
                if fronted is not None and fronted[1] < w.id:
                    outcome = fronted[0]
            subj_first = _subject_first(sent, w, tree)
            subj_low = sent.word(subj_first).text.lower() if subj_first is not None else ""
            third = (
                subj_first is not None
                and subj_low not in tree.lx.pronouns.first_person
                and subj_low not in tree.lx.pronouns.second_person
            )
            kind = ConditionKind.DEMAND if third and outcome is None else ConditionKind.STATED
            if kind is ConditionKind.DEMAND and subj_first is not None and cond is not None:
                cond = clip(text, trim(text, sent.word(subj_first).start_char, cond.end), q.content)
        if cond is None:
            continue
        res.append(candidate(kind, cond, trigger, outcome))
    return res


def _subject_first(sent: Sentence, modal: Word, tree: Tree) -> int | None:
    """Id of the first word of the subject of the verb a modal belongs to."""
    verb = sent.word(modal.head) if modal.deprel.startswith("aux") and modal.head else modal
    subj = tree.kids(sent, verb.id, "nsubj", "nsubj:pass")
    if not subj:
        return None
    ids = tree.subtree(sent, subj[0].id)
    return min(ids) if ids else None


def contingency(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """A contingency predicate: ``the vote depends on turnout``, ``depending on the
    weather, we will ...``, ``aid is contingent on reform`` (condition: what follows
    ``on``; outcome: the subject, or the main clause of a ``depending on`` phrase)."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        if w.lemma.lower() not in tree.lx.conditions.dependency_predicates or w.upos not in ("VERB", "ADJ"):
            continue
        on = next(
            (
                j
                for j in range(w.id + 1, min(w.id + 3, len(sent.words)) + 1)
                if sent.word(j).text.lower() in tree.lx.function_words.dependence_prepositions
            ),
            None,
        )
        if on is None:
            continue
        end = _clause_end(sent, on + 1, q.content, marks)
        cond = _words(text, sent, on + 1, end, q.content)
        if cond is None:
            continue
        outcome = None
        subj = tree.kids(sent, w.id, "nsubj")
        if subj and subj[0].upos != "PRON":
            outcome = _phrase(text, tree, sent, subj[0], q.content)
        elif not subj and end < len(sent.words) and sent.word(end + 1).text == ",":
            outcome = _words(text, sent, end + 2, _clause_end(sent, end + 2, q.content, marks), q.content)
        res.append(
            candidate(
                ConditionKind.STATED, cond, Span.of(text, w.start_char, sent.word(on).end_char), outcome
            )
        )
    return res


def sole_means(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """A sole means: ``the only way to fix the budget is to raise the tax``, ``the only thing that
    will bring them back is a strike`` (condition: what the sole means is; outcome: what it
    is the means to)."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        if w.lemma.lower() not in tree.lx.conditions.sole_means_nouns or w.upos != "NOUN" or w.id < 2:  # noqa: PLR2004
            continue
        marker = sent.word(w.id - 1)
        if marker.text.lower() not in tree.lx.conditions.sole_markers:
            continue
        cop = next(
            (
                j
                for j in range(w.id + 1, len(sent.words) + 1)
                if sent.word(j).lemma.lower() in tree.lx.function_words.copula_lemmas
            ),
            None,
        )
        if cop is None or sent.word(cop).start_char >= q.content.end:
            continue
        end = _clause_end(sent, cop + 1, q.content, marks)
        first = cop + 1
        if first <= end and sent.word(first).text.lower() in tree.lx.function_words.infinitive_marks:
            first += 1
        cond = _words(text, sent, first, end, q.content)
        if cond is None:
            continue
        lead = (
            w.id
            + 1
            + (
                1
                if w.id + 1 < cop
                and sent.word(w.id + 1).text.lower()
                in tree.lx.function_words.infinitive_marks
                | tree.lx.function_words.declarative_complementizers
                else 0
            )
        )
        outcome = _words(text, sent, lead, cop - 1, q.content)
        res.append(
            candidate(ConditionKind.STATED, cond, Span.of(text, marker.start_char, w.end_char), outcome)
        )
    return res


def _extent(sent: Sentence, root: Word, tree: Tree, bound: Span) -> int:
    """Id of the last word of ``root``'s subtree inside the quote (punctuation aside)."""
    ids = [
        j
        for j in tree.subtree(sent, root.id)
        if sent.word(j).upos != "PUNCT" and sent.word(j).start_char < bound.end and j >= root.id
    ]
    return max(ids) if ids else root.id


def necessity_whole(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """The same necessity as :func:`necessity` with the whole obliged clause as the
    condition and no purpose split off (``he has to call the board tonight to save
    the deal``): the other reading of the same words, for the acceptor to weigh."""
    res = []
    for sent, w in tree.words_in(q.content.start, q.content.end):
        last_trig = _necessity_trigger(sent, w, tree)
        if last_trig is None or w.upos == "ADJ" or last_trig >= len(sent.words):
            continue
        verb = sent.word(w.head) if w.deprel.startswith("aux") and w.head else w
        xc = [k for k in tree.kids(sent, verb.id, "xcomp", "obj") if k.id > last_trig]
        root = xc[0] if xc else verb
        end = max(
            _extent(sent, root, tree, q.content),
            _clause_end(sent, last_trig + 1, q.content, tree.lx.marks.clause_marks),
        )
        cond = _words(text, sent, last_trig + 1, end, q.content)
        trigger = trim(text, w.start_char, sent.word(last_trig).end_char)
        if cond is not None and trigger is not None:
            res.append(candidate(ConditionKind.STATED, cond, trigger, None))
    return res


def means_frames(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """What it takes and what is enough: ``it'll take a tough negotiator to fix this``,
    ``it takes a full recount``, ``a single seat is enough to hold the majority``
    (condition: what it takes / what is enough; outcome: the purpose)."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        lemma = w.lemma.lower()
        if lemma in tree.lx.conditions.means_verbs and w.upos == "VERB":
            objs = [k for k in tree.kids(sent, w.id, "obj") if k.id > w.id]
            if not objs:
                continue
            end = _clause_end(sent, w.id + 1, q.content, marks)
            p = _purpose_after(sent, objs[0].id, end + 1, tree)
            cond = _words(text, sent, w.id + 1, (p - 1) if p else end, q.content)
            outcome = _words(text, sent, p + 1, end, q.content) if p else None
        elif (
            lemma in tree.lx.conditions.sufficiency_words
            and w.upos in ("ADJ", "ADV")
            and w.id < len(sent.words)
        ):
            if sent.word(w.id + 1).text.lower() not in tree.lx.function_words.infinitive_marks:
                continue
            subj = tree.kids(sent, w.id, "nsubj", "csubj")
            if not subj:
                continue
            cond = _phrase(text, tree, sent, subj[0], q.content)
            outcome = _words(text, sent, w.id + 2, _clause_end(sent, w.id + 2, q.content, marks), q.content)
        else:
            continue
        if cond is None:
            continue
        aux = [k for k in tree.kids(sent, w.id, "aux") if k.id < w.id]
        start = aux[0].start_char if aux and lemma in tree.lx.conditions.means_verbs else w.start_char
        res.append(candidate(ConditionKind.STATED, cond, Span.of(text, start, w.end_char), outcome))
    return res


def sole_focus(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """A restrictive focus on the agent of an outcome: ``only a strike would bring
    the owners back``, ``only a new majority can pass it`` (condition: the focused phrase;
    outcome: the rest of the clause)."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        if (
            w.text.lower() not in tree.lx.conditions.sole_markers
            or w.upos not in ("ADV", "ADJ")
            or w.id >= len(sent.words)
        ):
            continue
        head = sent.word(w.head) if w.head else None
        if head is None or head.upos not in ("NOUN", "PROPN") or not head.deprel.startswith("nsubj"):
            continue
        verb = sent.word(head.head) if head.head else None
        if verb is None or not any(
            k.text.lower() in tree.lx.conditions.outcome_modals for k in tree.kids(sent, verb.id, "aux")
        ):
            continue
        cond = _words(text, sent, w.id + 1, max(tree.subtree(sent, head.id)), q.content)
        outcome = _words(
            text,
            sent,
            max(tree.subtree(sent, head.id)) + 1,
            _clause_end(sent, verb.id, q.content, marks),
            q.content,
        )
        if cond is not None:
            res.append(
                candidate(ConditionKind.STATED, cond, Span.of(text, w.start_char, w.end_char), outcome)
            )
    return res


def inverted_any(text: str, tree: Tree, q: Quote) -> list[Condition]:
    """An inverted conditional anywhere in a clause: ``we will appeal should the court refuse``,
    ``had we known, ...`` (an auxiliary of the class before its subject and a verb,
    not a question)."""
    res = []
    marks = tree.lx.marks.clause_marks
    for sent, w in tree.words_in(q.content.start, q.content.end):
        if (
            w.text.lower() not in tree.lx.conditions.inverted_conditionals
            or w.upos != "AUX"
            or w.id + 2 > len(sent.words)
        ):
            continue
        if sent.words[-1].text == "?":
            continue
        prev = sent.word(w.id - 1) if w.id > 1 else None
        if prev is not None and prev.upos in ("NOUN", "PROPN", "PRON", "AUX", "PART"):
            continue  # "he should win": the subject before the auxiliary, no inversion
        subj = sent.word(w.id + 1)
        if subj.upos not in ("PRON", "PROPN", "DET", "NOUN"):
            continue
        end = _clause_end(sent, w.id + 1, q.content, marks)
        if not any(sent.word(j).upos == "VERB" for j in range(w.id + 2, end + 1)):
            continue
        cond = _words(text, sent, w.id + 1, end, q.content)
        if prev is None or prev.text in marks:
            nxt = end + 2
            outcome = (
                _words(text, sent, nxt, _clause_end(sent, nxt, q.content, marks), q.content)
                if nxt <= len(sent.words)
                else None
            )
        else:
            first = next(
                (x.id for x in sent.words if x.start_char >= q.content.start and x.upos != "PUNCT"), 1
            )
            outcome = _words(text, sent, first, w.id - 1, q.content)
        if cond is not None:
            res.append(
                candidate(
                    ConditionKind.CONDITIONAL_CLAUSE, cond, Span.of(text, w.start_char, w.end_char), outcome
                )
            )
    return res


#: The class rules this module adds to the stage's own, in order.
CLASS_RULES = (
    ("necessity", necessity),
    ("contingency", contingency),
    ("sole_means", sole_means),
    ("necessity_whole", necessity_whole),
    ("means_frames", means_frames),
    ("sole_focus", sole_focus),
    ("inverted_any", inverted_any),
)


def propose_classes(text: str, tree: Tree, q: Quote) -> list[tuple[str, Condition]]:
    """The class rules' candidates in quote ``q``, each with its rule's name."""
    return [(name, c) for name, rule in CLASS_RULES for c in rule(text, tree, q)]

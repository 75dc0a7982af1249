"""Where reported speech ends: the learned right edge of indirect and mixed quotes.

The parse rules of :class:`~quotekit.extractors.Candidates` take the whole
clause under a reporting verb as what was said. On news that clause often runs
on past what the speaker said, into the writer's own words after a comma:
``she said the plan would pass, a claim her rivals dispute``, ``he said he
would run, but he has since changed course``. Each clause mark inside the
content (comma, semicolon, dash) is a place the content could end; a logistic
regression over features of what follows the mark (its syntactic relation and
attachment, its first word's class, whether it is a clause of its own, lengths)
gives the probability that the speaker's words end there, and the content is
cut at the first place whose probability reaches the threshold.

The weights are fitted on the PolNeAR train articles by ``scripts/train_edges.py``
(5-fold cross-validation on the fixed folds) and ship as numbers over feature
names in ``quotekit/models/scorers/edges.json`` (no text of any article).

Example:
    >>> s = EdgeScorer(weights={"seg_rel=acl": 2.0}, bias=-1.0, threshold=0.5)
    >>> s.probability({"seg_rel=acl": 1.0}) >= s.threshold
    True
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import attrs

from ..model import Quote, QuoteKind, Span
from ..parsing import Sentence, Word
from ._linear import LinearScorer, bucket
from ._tree import Tree, finite, set_speech_scope, trim

__all__ = ["EdgeScorer", "cut_points", "default_scorer", "features", "trim_quote"]

#: Where the trained weights ship.
WEIGHTS = Path(__file__).resolve().parent.parent / "models" / "scorers" / "edges.json"
#: Word-count buckets of the part before and after a cut (upper bounds).
LENGTH_BUCKETS = (2, 4, 8, 15, 30)
#: Parts of speech whose lemma is a feature value (closed classes: the function
#: word that opens the part after a mark says most about it).
_CLOSED = frozenset({"SCONJ", "CCONJ", "PRON", "ADP", "DET", "PART", "AUX"})
#: Feature names of the clause marks (any other mark is a dash).
_MARK_NAMES = {",": "comma", ";": "semicolon", ":": "colon"}


class EdgeScorer(LinearScorer):
    """The right-edge model: a logistic regression over a cut place's features;
    ``threshold`` is the probability at which the content is cut there."""


@lru_cache(maxsize=1)
def default_scorer() -> EdgeScorer | None:
    """The shipped scorer, or ``None`` when the package has none (the rules' edges stand)."""
    return EdgeScorer.load(WEIGHTS) if WEIGHTS.exists() else None


def cut_points(tree: Tree, q: Quote, direct: Sequence[Span] = ()) -> list[tuple[Sentence, Word]]:
    """The clause marks (comma, semicolon, dash) inside ``q``'s content where it
    could end, in text order: with words of the content on both sides, outside
    direct quotes, and not the last word of their sentence. (Cutting also before
    a coordinator, subordinator or preposition with no mark before it was tried:
    train cross-validated F1 fell by 0.001 to 0.002.)"""
    words = tree.words_in(q.content.start, q.content.end)
    marks = tree.lx.marks.clause_marks
    out = []
    for i, (sent, w) in enumerate(words):
        if w.id == len(sent.words):
            continue
        if w.upos != "PUNCT" or w.text not in marks:
            continue
        before = [x for _, x in words[:i] if x.upos != "PUNCT"]
        after = [x for _, x in words[i + 1 :] if x.upos != "PUNCT"]
        if not before or not after:
            continue
        if any(d.start <= w.start_char < d.end for d in direct):
            continue
        out.append((sent, w))
    return out


def _segment_root(tree: Tree, sent: Sentence, mark: Word, end: int) -> Word | None:
    """The first word after ``mark`` (within the sentence and the content) whose
    head lies outside the part after the mark: the head of what follows."""
    ids = [w.id for w in sent.words if w.id > mark.id and w.end_char <= end]
    inside = set(ids)
    for i in ids:
        w = sent.word(i)
        if w.upos == "PUNCT":
            continue
        if w.head not in inside:
            return w
    return None


def _content_root(sent: Sentence, q: Quote) -> Word | None:
    """The highest word of the content in ``sent`` (its head outside the content)."""
    best: Word | None = None
    best_depth = 10**6
    for w in sent.words:
        if not (q.content.start <= w.start_char and w.end_char <= q.content.end) or w.upos == "PUNCT":
            continue
        depth, h, seen = 0, w.head, 0
        while h and seen < len(sent.words):
            depth += 1
            h = sent.word(h).head
            seen += 1
        if depth < best_depth:
            best, best_depth = w, depth
    return best


def _where(sent: Sentence, head: int, q: Quote, mark: Word, croot: Word | None, cue: Word | None) -> str:
    if head == 0:
        return "root"
    if cue is not None and head == cue.id:
        return "cue"
    if croot is not None and head == croot.id:
        return "content_root"
    h = sent.word(head)
    if h.start_char < q.content.start or h.end_char > q.content.end:
        return "outside"
    return "before" if h.id < mark.id else "after"


def features(text: str, tree: Tree, q: Quote, sent: Sentence, mark: Word, index: int) -> dict[str, float]:
    """The features of cutting ``q``'s content before ``mark`` (its ``index``-th cut place)."""
    f: dict[str, float] = {f"mark={_MARK_NAMES.get(mark.text, 'dash')}": 1.0, f"qkind={q.kind.value}": 1.0}
    f[f"index={min(index, 3)}"] = 1.0
    if q.rule:
        f[f"rule={q.rule}"] = 1.0  # the rule that found the content: its vote
    nxt = next((w for w in sent.words if w.id > mark.id and w.upos != "PUNCT"), None)
    if nxt is not None:
        f[f"next_upos={nxt.upos}"] = 1.0
        if nxt.upos in _CLOSED:
            f[f"next={nxt.lemma.lower()}"] = 1.0
        form = nxt.feat("VerbForm")
        if form:
            f[f"next_form={form}"] = 1.0
    prev = next((w for w in reversed(sent.words) if w.id < mark.id and w.upos != "PUNCT"), None)
    if prev is not None:
        f[f"prev_upos={prev.upos}"] = 1.0
    cue = None
    if q.cue is not None:
        cues = [w for w in sent.words if q.cue.start <= w.start_char < q.cue.end]
        cue = cues[0] if cues else None
    f["cue_here"] = 1.0 if cue is not None else 0.0
    if cue is not None:
        f["cue_before"] = 1.0 if cue.id < mark.id else 0.0
    croot = _content_root(sent, q)
    root = _segment_root(tree, sent, mark, q.content.end)
    if root is not None:
        rel = root.deprel.split(":")[0]
        f[f"seg_rel={rel}"] = 1.0
        f[f"seg_upos={root.upos}"] = 1.0
        where = _where(sent, root.head, q, mark, croot, cue)
        f[f"seg_head={where}"] = 1.0
        f[f"seg_rel={rel}&seg_head={where}"] = 1.0
        ids = tree.subtree(sent, root.id)
        f["seg_finite"] = 1.0 if any(finite(sent.word(i), tree.lx) for i in ids) else 0.0
        f["seg_subject"] = 1.0 if tree.kids(sent, root.id, "nsubj", "expl", "csubj") else 0.0
        form = root.feat("VerbForm")
        if form:
            f[f"seg_form={form}"] = 1.0
        # does the part after the mark reach the content's end, or is it an aside?
        f["seg_closes"] = 1.0 if ids and sent.word(ids[-1]).end_char >= q.content.end - 1 else 0.0
    if croot is not None:
        f[f"croot_upos={croot.upos}"] = 1.0
    n_before = sum(
        1 for w in sent.words if w.id < mark.id and w.start_char >= q.content.start and w.upos != "PUNCT"
    )
    n_after = sum(
        1 for w in sent.words if w.id > mark.id and w.end_char <= q.content.end and w.upos != "PUNCT"
    )
    f[f"before={bucket(n_before, LENGTH_BUCKETS)}"] = 1.0
    f[f"after={bucket(n_after, LENGTH_BUCKETS)}"] = 1.0
    f["after_longer"] = 1.0 if n_after > n_before else 0.0
    f["quote_mark_after"] = (
        1.0 if any(ch in tree.quote_chars for ch in text[mark.end_char : q.content.end]) else 0.0
    )
    return f


def trim_quote(text: str, tree: Tree, q: Quote, scorer: EdgeScorer, direct: Sequence[Span] = ()) -> Quote:
    """``q`` with its content cut at the first place the scorer accepts (unchanged
    where it accepts none); a mixed quote cut clear of its quoted words becomes indirect."""
    for i, (sent, mark) in enumerate(cut_points(tree, q, direct)):
        p = scorer.probability(features(text, tree, q, sent, mark, i))
        if p < scorer.threshold:
            continue
        content = trim(text, q.content.start, mark.start_char)
        if content is None:
            break
        kind = q.kind
        if kind is QuoteKind.MIXED and not any(d.overlaps(content) for d in direct):
            kind = QuoteKind.INDIRECT
        set_speech_scope(tree, content, q.content)
        return attrs.evolve(
            q, content=content, kind=kind, rule=f"{q.rule}+edge_model" if q.rule else "edge_model"
        )
    return q

"""Rules propose, a model decides: which entity a quote's speaker is.

The ``speakers`` stage's rules resolve each quote's source mention to a
:class:`~quotekit.Speaker` (names, surnames, pronouns by salience, titles,
descriptions). This module then ranks, for every quote, the entities the rules
found in the article (every resolved speaker), with the rules' own choice as
one feature among others: the mention's type (pronoun, name, description,
none), agreement in gender and number, how near the entity was last named or
quoted, whether it spoke the quote before or after, whether it is named inside
the quote itself, how often it speaks. A logistic regression over these
features, fitted on the 231 PolNeAR train articles with resolved speakers
(``scripts/train_speakers.py``), scores each (quote, entity) pair; the quote
goes to the best-scored entity, and its probability is the quote's
``speaker_confidence``. Weights ship as numbers over feature names in
``quotekit/models/scorers/speakers.json`` (no text of any article).

Example:
    >>> s = SpeakerScorer(weights={"rule_choice": 3.0}, bias=-1.0)
    >>> round(s.probability({"rule_choice": 1.0}), 3)
    0.881
"""

from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache
from pathlib import Path

import attrs

from ..lexicon import Lexicon
from ..model import Quote, Speaker, SpeakerKind
from ..parsing import ParsedDoc
from ._linear import LinearScorer, bucket
from ._tree import Tree, tree_of

__all__ = ["SpeakerScorer", "candidates", "default_scorer", "pair_features", "rerank"]

WEIGHTS = Path(__file__).resolve().parent.parent / "models" / "scorers" / "speakers.json"
#: Character-distance buckets (upper bounds) for "last named / last quoted".
DISTANCE_BUCKETS = (0, 200, 600, 1500, 4000)
#: Buckets of how many quotes an entity has.
COUNT_BUCKETS = (1, 2, 4, 8)
#: Recency ranks told apart (the nearest entity before the quote is rank 0).
MAX_RANK = 3


class SpeakerScorer(LinearScorer):
    """The speaker ranker: a conditional logit over a quote's options; :meth:`score`
    is an option's log-odds within them (its threshold is unused)."""


@lru_cache(maxsize=1)
def default_scorer() -> SpeakerScorer | None:
    """The shipped scorer, or ``None`` when the package has none (rules decide alone)."""
    return SpeakerScorer.load(WEIGHTS) if WEIGHTS.exists() else None


def _key(sp: Speaker) -> str:
    return (sp.name or sp.label).lower()


def candidates(quotes: tuple[Quote, ...]) -> list[Speaker]:
    """The entities the rules resolved in the article: one per name (or label)."""
    seen: dict[str, Speaker] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.name and _key(q.speaker) not in seen:
            seen[_key(q.speaker)] = q.speaker
    return list(seen.values())


def _subjects(tree: Tree) -> list[tuple[int, int, int, bool]]:
    """(start, end, sentence start, of the main verb) of every subject in the document."""
    out = []
    for sent in tree.doc.sentences:
        root = next((w for w in sent.words if w.head == 0), None)
        for w in sent.words:
            if w.deprel.startswith("nsubj"):
                ids = tree.subtree(sent, w.id)
                main = root is not None and w.head == root.id
                out.append((sent.word(ids[0]).start_char, sent.word(ids[-1]).end_char, sent.start_char, main))
    return out


class _Index:
    """Where each entity is named (its surname in the text, its mentions), named as a
    main clause's subject, and quoted."""

    def __init__(self, tree: Tree, quotes: tuple[Quote, ...], ents: list[Speaker]) -> None:
        text = tree.doc.text
        self.text = text
        self.sentence_starts = [s.start_char for s in tree.doc.sentences]
        any_subjects = _subjects(tree)
        subjects = [t for t in any_subjects if t[3]]
        contents = sorted((q.content.start, q.content.end) for q in quotes)
        self.subject: dict[str, list[int]] = {}
        self.subject_sentence: dict[str, set[int]] = {}
        self.any_subject: dict[str, list[int]] = {}
        self.named_outside: dict[str, list[int]] = {}
        self.named: dict[str, list[int]] = {}
        self.quoted: dict[str, list[int]] = {}
        for sp in ents:
            k = _key(sp)
            last = (sp.name or sp.label).split()[-1]
            pos = sorted(
                {m.start() for m in re.finditer(rf"\b{re.escape(last)}\b", text)}
                | {m.start for m in sp.mentions}
            )
            self.named[k] = pos
            hits = [(p, ss) for p in pos for (a, b, ss, _) in subjects if a <= p < b]
            self.subject[k] = sorted(p for p, _ in hits)
            self.subject_sentence[k] = {ss for _, ss in hits}
            self.any_subject[k] = sorted({p for p in pos for (a, b, _, _) in any_subjects if a <= p < b})
            self.named_outside[k] = [p for p in pos if not any(a <= p < b for a, b in contents)]
            self.quoted[k] = sorted(
                q.content.start for q in quotes if q.speaker is not None and _key(q.speaker) == k
            )
        self.order = sorted(range(len(quotes)), key=lambda i: quotes[i].content.start)

    @staticmethod
    def before(pos: list[int], at: int) -> int | None:
        i = bisect.bisect_left(pos, at) - 1
        return pos[i] if i >= 0 else None

    @staticmethod
    def after(pos: list[int], at: int) -> int | None:
        i = bisect.bisect_right(pos, at)
        return pos[i] if i < len(pos) else None


def _mention_type(q: Quote, lx: Lexicon) -> str:
    m = q.speaker_mention
    if m is None:
        return "none"
    words = m.text.lower().split()
    if len(words) == 1:
        pronoun = next(
            (
                kind
                for kind, table in (
                    ("pron_person", lx.pronouns.person_pronouns),
                    ("pron_plural", lx.pronouns.organisation_pronouns),
                    ("pron_first", lx.pronouns.first_person),
                )
                if words[0] in table
            ),
            None,
        )
        if pronoun is not None:
            return pronoun
    if words and words[0] in lx.function_words.articles:
        return "description"
    if q.content.start <= m.start < q.content.end:
        return "inside"
    return "name" if len(words) > 1 else "single"


def _gender_of(q: Quote, lx: Lexicon) -> str | None:
    m = q.speaker_mention
    if m is None:
        return None
    words = set(m.text.lower().split())
    if words & lx.pronouns.male_words:
        return "male"
    if words & lx.pronouns.female_words:
        return "female"
    return None


def pair_features(
    q: Quote,
    prev: Quote | None,
    nxt: Quote | None,
    sp: Speaker,
    idx: _Index,
    ranks: tuple[int, int, int, int],
    n_quotes: int,
    lx: Lexicon,
) -> dict[str, float]:
    """The features of "``sp`` is the speaker of ``q``"."""
    k = _key(sp)
    mtype = _mention_type(q, lx)
    rule = q.speaker is not None and _key(q.speaker) == k
    f: dict[str, float] = {
        "rule_choice": 1.0 if rule else 0.0,
        f"rule_choice&{mtype}": 1.0 if rule else 0.0,
        f"mtype={mtype}": 1.0,
        f"kind={sp.kind.value}&{mtype}": 1.0,
        f"qkind={q.kind.value}": 1.0,
        f"rank={min(ranks[0], MAX_RANK)}&{mtype}": 1.0,
        f"subject_rank={min(ranks[1], MAX_RANK + 1)}&{mtype}": 1.0,
        "prev_speaker": 1.0
        if prev is not None and prev.speaker is not None and _key(prev.speaker) == k
        else 0.0,
        "next_speaker": 1.0
        if nxt is not None and nxt.speaker is not None and _key(nxt.speaker) == k
        else 0.0,
        f"quotes={bucket(len(idx.quoted.get(k, ())), COUNT_BUCKETS)}": 1.0,
        "share": len(idx.quoted.get(k, ())) / max(1, n_quotes),
    }
    gender = _gender_of(q, lx)
    if gender is not None:
        f["gender_agree" if sp.gender == gender else ("gender_clash" if sp.gender else "gender_unknown")] = (
            1.0
        )
    if mtype == "pron_plural":
        f["plural&org" if sp.kind is SpeakerKind.ORGANISATION else "plural&other"] = 1.0
    b = idx.before(idx.named.get(k, []), q.content.start)
    f[f"named_before={bucket(q.content.start - b, DISTANCE_BUCKETS) if b is not None else 'never'}"] = 1.0
    a = idx.after(idx.named.get(k, []), q.content.end)
    f[f"named_after={bucket(a - q.content.end, DISTANCE_BUCKETS) if a is not None else 'never'}"] = 1.0
    inside = any(q.content.start <= p < q.content.end for p in idx.named.get(k, []))
    f["named_inside"] = 1.0 if inside else 0.0
    qb = idx.before(idx.quoted.get(k, []), q.content.start)
    f[f"quoted_before={bucket(q.content.start - qb, DISTANCE_BUCKETS) if qb is not None else 'never'}"] = 1.0
    para = idx.text.rfind("\n", 0, q.content.start) + 1
    f["named_in_paragraph"] = 1.0 if b is not None and b >= para else 0.0
    sb = idx.before(idx.subject.get(k, []), q.content.start)
    f["subject_in_paragraph"] = 1.0 if sb is not None and sb >= para else 0.0
    i = bisect.bisect_right(idx.sentence_starts, q.content.start) - 1
    prev_sent = idx.sentence_starts[i - 1] if i >= 1 else None
    f["subject_of_previous_sentence"] = 1.0 if prev_sent in idx.subject_sentence.get(k, set()) else 0.0
    here = idx.sentence_starts[i] if i >= 0 else None
    f["subject_of_this_sentence"] = 1.0 if here in idx.subject_sentence.get(k, set()) else 0.0
    f[f"any_subject_rank={min(ranks[2], MAX_RANK + 1)}&{mtype}"] = 1.0
    f[f"outside_rank={min(ranks[3], MAX_RANK + 1)}&{mtype}"] = 1.0
    f["named_previous_sentence"] = 1.0 if prev_sent is not None and b is not None and b >= prev_sent else 0.0
    if q.speaker_mention is not None and sp.name:
        mwords = set(q.speaker_mention.text.lower().split())
        f["mention_shares_name"] = 1.0 if mwords & set(sp.name.lower().split()) else 0.0
    return f


def _ranks(q: Quote, ents: list[Speaker], table: dict[str, list[int]]) -> dict[str, int]:
    """Each entity's rank by how recently ``table`` has it before the quote (0: last)."""
    last = {}
    for sp in ents:
        b = _Index.before(table.get(_key(sp), []), q.content.start)
        last[_key(sp)] = b if b is not None else -1
    order = sorted(last, key=lambda k: -last[k])
    return {k: i if last[k] >= 0 else MAX_RANK + 1 for i, k in enumerate(order)}


def examples(
    doc: ParsedDoc, quotes: tuple[Quote, ...], lx: Lexicon
) -> list[list[tuple[Speaker | None, dict[str, float]]]]:
    """Per quote (in the given order), each candidate entity with its features, and
    last the option to keep what the rules gave (``None``): an unnamed speaker (``a
    senior aide``), or no speaker at all."""
    ents = candidates(quotes)
    idx = _Index(tree_of(doc, lx), quotes, ents)
    pos = {i: r for r, i in enumerate(idx.order)}
    out: list[list[tuple[Speaker | None, dict[str, float]]]] = []
    for i, q in enumerate(quotes):
        r = pos[i]
        prev = quotes[idx.order[r - 1]] if r > 0 else None
        nxt = quotes[idx.order[r + 1]] if r + 1 < len(idx.order) else None
        named, subject = _ranks(q, ents, idx.named), _ranks(q, ents, idx.subject)
        any_subject, outside = _ranks(q, ents, idx.any_subject), _ranks(q, ents, idx.named_outside)
        row: list[tuple[Speaker | None, dict[str, float]]] = [
            (
                sp,
                pair_features(
                    q,
                    prev,
                    nxt,
                    sp,
                    idx,
                    (named[_key(sp)], subject[_key(sp)], any_subject[_key(sp)], outside[_key(sp)]),
                    len(quotes),
                    lx,
                ),
            )
            for sp in ents
        ]
        if q.speaker is None or not q.speaker.name:
            mtype = _mention_type(q, lx)
            keep = "keep_unnamed" if q.speaker is not None else "keep_none"
            row.append((None, {keep: 1.0, f"{keep}&{mtype}": 1.0, f"{keep}&qkind={q.kind.value}": 1.0}))
        out.append(row)
    return out


def rerank(
    doc: ParsedDoc, quotes: tuple[Quote, ...], scorer: SpeakerScorer, lx: Lexicon, *, decide: bool = False
) -> tuple[Quote, ...]:
    """Each quote's speaker scored by the ranker (a softmax over the article's
    entities and keeping the rules' unnamed or missing speaker).

    With ``decide`` the quote goes to the best-scored option; without it (the
    default) the rules' choice stands and its probability becomes
    ``speaker_confidence``. A quote without a speaker gets no confidence."""
    out = []
    for q, cands in zip(quotes, examples(doc, quotes, lx), strict=True):
        if not cands or (q.speaker is None and not decide):
            out.append(q)
            continue
        z = [scorer.score(f) for _, f in cands]
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        if decide:
            k = max(range(len(cands)), key=lambda j: z[j])
        else:
            current = _key(q.speaker) if q.speaker is not None and q.speaker.name else None
            k = next(
                (
                    j
                    for j, (sp, _) in enumerate(cands)
                    if (sp is None and current is None) or (sp is not None and _key(sp) == current)
                ),
                len(cands) - 1,
            )
        best = cands[k][0] or q.speaker
        how = q.speaker_rule if best == q.speaker else "ranker"
        out.append(
            attrs.evolve(
                q,
                speaker=best,
                speaker_confidence=round(exp[k] / total, 4) if best else None,
                speaker_rule=how if best else None,
            )
        )
    return tuple(out)

"""Span matching and P/R/F1 as defined in ``seeds/README.md``.

Two spans match when they share at least half of the gold span's tokens and
half of the predicted span's tokens (tokens: maximal runs of letters and
digits, compared by position); exact matches compare offsets after trimming
whitespace and quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

_TOKEN = re.compile(r"[^\W_]+")
_TRIM = " \t\n\r\u00a0\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e,.;:"

T = TypeVar("T")
G = TypeVar("G")


def tokens(text: str, start: int, end: int) -> set[int]:
    return {start + m.start() for m in _TOKEN.finditer(text[start:end])}


def overlap_match(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    ta, tb = tokens(text, *a), tokens(text, *b)
    if not ta or not tb:
        return a == b
    shared = len(ta & tb)
    return shared * 2 >= len(ta) and shared * 2 >= len(tb)


def any_overlap(text: str, a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Loose overlap for cue/addressee/mention checks (the same token rule)."""
    if a is None or b is None:
        return a is None and b is None
    return overlap_match(text, a, b)


def trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    if text[s : s + 5].lower() == "that ":
        s += 5
    return s, e


def exact_match(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    return trimmed(text, *a) == trimmed(text, *b)


def greedy_match(
    preds: Sequence[T],
    golds: Sequence[G],
    ok: Callable[[T, G], bool],
    score: Callable[[T, G], float],
) -> list[tuple[int, int]]:
    """One-to-one matching, best pairs first."""
    pairs = [(score(p, g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if ok(p, g)]
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def jaccard(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    ta, tb = tokens(text, *a), tokens(text, *b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


_NAME_TOKEN = re.compile(r"[^\W_]+")
# honorifics and common titles dropped before names are compared (the matching rule
# of ../shared/README.md: case, punctuation and titles ignored)
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sen",
        "senator",
        "rep",
        "representative",
        "gov",
        "governor",
        "president",
        "pres",
        "vice",
        "secretary",
        "gen",
        "general",
        "sir",
        "lord",
        "lady",
        "prof",
        "professor",
        "rev",
        "judge",
        "justice",
        "chairman",
        "chairwoman",
        "speaker",
        "mayor",
        "minister",
        "leader",
        "former",
        "jr",
        "sr",
    ]
)


def name_tokens(name: str | None) -> list[str]:
    """Lower-cased word tokens of a name with titles and possessive 's dropped."""
    if not name:
        return []
    toks = [t.lower() for t in _NAME_TOKEN.findall(name.replace("\u2019s", "").replace("'s", ""))]
    return [t for t in toks if t not in _HONORIFICS and t not in ("the", "a", "an")]


def same_name(gold: str | None, pred: str | None) -> bool:
    """Equal ignoring case, punctuation and titles; or the same surname; or one
    name's tokens contained, in order, in the other's."""
    g, p = name_tokens(gold), name_tokens(pred)
    if not g or not p:
        return False
    if g == p or g[-1] == p[-1]:
        return True
    short, long_ = (g, p) if len(g) <= len(p) else (p, g)
    n = len(short)
    return any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def class_table(errors: dict[str, list[str]], header: str, examples: int = 3) -> str:
    """A Markdown table of error classes: count and the first examples of each
    (``examples=0``: counts only, for tables that must not quote the articles)."""
    if examples <= 0:
        rows = [f"| {header} | count |", "|---|---|"]
        rows.extend(f"| {cls} | {len(items)} |" for cls, items in errors.items())
        return "\n".join(rows)
    rows = [f"| {header} | count | examples |", "|---|---|---|"]
    for cls, items in errors.items():
        ex = "<br>".join(s.replace("|", "/") for s in items[:examples])
        rows.append(f"| {cls} | {len(items)} | {ex} |")
    return "\n".join(rows)

"""Score quotekit on PolNeAR dev (``../shared/eval/polnear_dev.jsonl``).

The article text is read from ``../shared/eval`` at run time and never copied
into the repository. Content spans are matched with the overlap rule (half
of the tokens both ways) and exactly; the headline is speech attributions
(``cue_is_speech``): predictions that match a non-speech attribution are
neither rewarded nor penalised there. Speaker-mention and cue accuracy are
measured on matched quotes (PolNeAR does not resolve pronouns, so mentions
are compared as spans).
"""

from __future__ import annotations

import collections
import itertools
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from quotekit import Article, Quote, Span

from .scoring import (
    class_table,
    exact_match,
    greedy_match,
    jaccard,
    name_tokens,
    overlap_match,
    prf,
    same_name,
)

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "polnear_dev.jsonl"


def load(path: Path = EVAL) -> list[dict[str, Any]] | None:
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cspan(q: dict[str, Any]) -> tuple[int, int]:
    return q["start"], q["end"]


def attributions(article: Article) -> Article:
    """The article's quotes as PolNeAR's units: one attribution per cue.

    PolNeAR annotates an attribution (source, cue, content) and gives a
    quote split by its cue (``“Q1,” she said. “Q2.”``) as one content span
    from the first part to the last. quotekit gives each part as a quote,
    both with the same cue. Here consecutive quotes (in text order) that
    share a cue and have no line break between them are joined into one
    quote spanning them, with the first part's speaker mention, cue and kind.
    """
    groups: list[list[Quote]] = []
    for q in sorted(article.quotes, key=lambda q: (q.content.start, q.content.end)):
        if groups:
            last = groups[-1][-1]
            gap = article.text[last.content.end : q.content.start]
            if q.cue is not None and q.cue == last.cue and "\n" not in gap.strip():
                groups[-1].append(q)
                continue
        groups.append([q])
    joined = [
        attrs.evolve(
            qs[0],
            content=Span.of(article.text, qs[0].content.start, max(q.content.end for q in qs)),
        )
        for qs in groups
    ]
    return attrs.evolve(article, quotes=tuple(joined))


def score(articles: Sequence[dict[str, Any]], preds: Sequence[Article]) -> dict[str, Any]:
    agg: dict[str, Any] = collections.defaultdict(int)
    by_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])  # matched, gold
    errors: dict[str, list[str]] = collections.defaultdict(list)
    errors_r: dict[str, list[str]] = collections.defaultdict(list)
    calibration: list[tuple[float | None, bool]] = []
    for art, pred in zip(articles, preds, strict=True):
        text = art["text"]
        golds_all = art["quotes"]
        for subset in ("speech", "all"):
            golds = [g for g in golds_all if g["cue_is_speech"]] if subset == "speech" else golds_all
            others = [g for g in golds_all if not g["cue_is_speech"]] if subset == "speech" else []
            ps = list(pred.quotes)
            for mode, ok in (("overlap", overlap_match), ("exact", exact_match)):
                m = greedy_match(
                    ps,
                    golds,
                    lambda p, g, ok=ok: ok(text, (p.content.start, p.content.end), _cspan(g)),
                    lambda p, g: jaccard(text, (p.content.start, p.content.end), _cspan(g)),
                )
                matched_p = {i for i, _ in m}
                ignored = {
                    i
                    for i, p in enumerate(ps)
                    if i not in matched_p
                    and any(overlap_match(text, (p.content.start, p.content.end), _cspan(o)) for o in others)
                }
                agg[f"{subset}_{mode}_tp"] += len(m)
                agg[f"{subset}_{mode}_pred"] += len(ps) - len(ignored)
                agg[f"{subset}_{mode}_gold"] += len(golds)
                if mode == "overlap":
                    for i, j in m:
                        p, g = ps[i], golds[j]
                        gs = (
                            (g["speaker_start"], g["speaker_end"])
                            if g.get("speaker_start") is not None
                            else None
                        )
                        pm = (p.speaker_mention.start, p.speaker_mention.end) if p.speaker_mention else None
                        ok_s = (
                            gs is not None
                            and pm is not None
                            and (overlap_match(text, pm, gs) or _inside(pm, gs))
                        )
                        agg[f"{subset}_spk_ok"] += ok_s
                        agg[f"{subset}_spk_n"] += gs is not None
                        if g.get("speaker_is_pronoun"):
                            agg[f"{subset}_pron_ok"] += ok_s
                            agg[f"{subset}_pron_n"] += 1
                        pc = (p.cue.start, p.cue.end) if p.cue else None
                        gc = (g["cue_start"], g["cue_end"]) if g.get("cue_start") is not None else None
                        cue_ok = pc is not None and gc is not None and (pc[0] < gc[1] and gc[0] < pc[1])
                        agg[f"{subset}_cue_ok"] += cue_ok
                        if g.get("speaker_name"):
                            ok_r = same_name(g["speaker_name"], resolved_name(p))
                            agg[f"{subset}_res_ok"] += ok_r
                            agg[f"{subset}_res_n"] += 1
                            if subset == "speech" and p.speaker is not None:
                                calibration.append((p.speaker_confidence, bool(ok_r)))
                            if subset == "speech" and not ok_r:
                                errors_r[resolution_error(text, p, g, ok_s)].append(
                                    f"gold {g['speaker_name']!r} (mention {g['speaker']!r}) / predicted "
                                    f"{resolved_name(p)!r} (mention "
                                    f"{p.speaker_mention.text if p.speaker_mention else None!r})"
                                )
                        if subset == "speech":
                            by_type[g["type"]][0] += 1
                            if gs is not None and not ok_s:
                                errors["wrong speaker mention"].append(
                                    f"gold {g['speaker']!r} / predicted {p.speaker_mention.text if p.speaker_mention else None!r}: {g['text'][:80]!r}"
                                )
                            if not exact_match(text, (p.content.start, p.content.end), _cspan(g)):
                                lp = p.content.end - p.content.start
                                lg = g["end"] - g["start"]
                                cls = "content span too long" if lp > lg else "content span too short"
                                errors[cls].append(
                                    f"gold {g['text'][:60]!r} / predicted {p.content.text[:60]!r}"
                                )
                    if subset == "speech":
                        matched_g = {j for _, j in m}
                        for j, g in enumerate(golds):
                            by_type[g["type"]][1] += 1
                            if j not in matched_g:
                                cue = g["cue"].lower()
                                near = [
                                    p for p in ps if p.content.start < g["end"] and g["start"] < p.content.end
                                ]
                                if near:
                                    cls = "overlapping prediction below the 50% rule"
                                elif g["type"] == "direct":
                                    cls = "missed direct quote"
                                elif "according" in cue:
                                    cls = "missed 'according to'"
                                elif cue.rstrip(":") == ":" or cue == ":":
                                    cls = "missed colon-introduced quote"
                                else:
                                    cls = f"missed {g['type']} quote"
                                errors[cls].append(f"cue {g['cue']!r}: {g['text'][:80]!r}")
                        for i, p in enumerate(ps):
                            if i not in matched_p and i not in ignored:
                                cls = f"false positive {p.kind.value}"
                                errors[cls].append(
                                    f"cue {p.cue.text if p.cue else None!r}: {p.content.text[:80]!r}"
                                )
    out: dict[str, Any] = dict(agg)
    for subset in ("speech", "all"):
        for mode in ("overlap", "exact"):
            out[f"{subset}_{mode}"] = prf(
                agg[f"{subset}_{mode}_tp"], agg[f"{subset}_{mode}_pred"], agg[f"{subset}_{mode}_gold"]
            )
        tp = agg[f"{subset}_overlap_tp"] or 1
        out[f"{subset}_speaker_acc"] = agg[f"{subset}_spk_ok"] / max(agg[f"{subset}_spk_n"], 1)
        out[f"{subset}_pronoun_acc"] = agg[f"{subset}_pron_ok"] / max(agg[f"{subset}_pron_n"], 1)
        out[f"{subset}_cue_acc"] = agg[f"{subset}_cue_ok"] / tp
        out[f"{subset}_resolved_acc"] = agg[f"{subset}_res_ok"] / max(agg[f"{subset}_res_n"], 1)
    out["by_type"] = {k: (v[0], v[1], v[0] / v[1] if v[1] else 0.0) for k, v in sorted(by_type.items())}
    out["errors"] = dict(sorted(errors.items(), key=lambda kv: -len(kv[1])))
    out["resolution_errors"] = dict(sorted(errors_r.items(), key=lambda kv: -len(kv[1])))
    out["calibration"] = calibration
    return out


#: Confidence bins of the calibration table (lower bounds).
CALIBRATION_BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95)


def calibration_table(res: dict[str, Any]) -> str:
    """Resolved-speaker accuracy by the speaker ranker's confidence (matched speech
    attributions with a predicted speaker), and the share kept at each threshold."""
    pairs = [(c, ok) for c, ok in res["calibration"] if c is not None]
    if not pairs:
        return "(no speaker confidences: the speaker ranker is off)"
    rows = [
        "| confidence | quotes | right | accuracy | kept at >= bin: quotes, accuracy |",
        "|---|---|---|---|---|",
    ]
    bounds = (*CALIBRATION_BINS, 1.01)
    for lo, hi in itertools.pairwise(bounds):
        inbin = [ok for c, ok in pairs if lo <= c < hi]
        kept = [ok for c, ok in pairs if c >= lo]
        acc = f"{sum(inbin) / len(inbin):.3f}" if inbin else "-"
        rows.append(
            f"| {lo:.2f}-{min(hi, 1.0):.2f} | {len(inbin)} | {sum(inbin)} | {acc} | "
            f"{len(kept)} ({len(kept) / len(pairs):.0%}), {sum(kept) / max(1, len(kept)):.3f} |"
        )
    return "\n".join(rows)


_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "its",
        "their",
        "our",
        "my",
        "your",
    ]
)
_KINDS = {"person": "person", "organisation": "organisation", "group": None, "other": None}


def resolved_name(q: Quote) -> str | None:
    """The predicted resolved speaker: its canonical name, else its label."""
    if q.speaker is None:
        return None
    return q.speaker.name or q.speaker.label


def resolution_error(text: str, p: Quote, g: dict[str, Any], mention_ok: bool) -> str:
    """The class of a wrong resolved speaker, for the error table."""
    m = p.speaker_mention
    if p.speaker is None or m is None:
        return "no speaker predicted"
    if p.content.start <= m.start and m.end <= p.content.end:
        return "mention inside the quote"
    if not mention_ok:
        return "wrong mention (attribution)"
    words = m.text.lower().split()
    gk = _KINDS.get(g.get("speaker_kind") or "")
    if gk and p.speaker.kind.value in ("person", "organisation") and p.speaker.kind.value != gk:
        return "wrong entity kind"
    if len(words) == 1 and words[0].strip(".,") in _PRONOUNS:
        return "pronoun"
    if words and (words[0] in ("the", "this", "that", "a", "an") or words[-1] in _PRONOUNS):
        return "definite or unnamed description"
    gold_toks = name_tokens(g["speaker_name"])
    if gold_toks and set(gold_toks) <= set(name_tokens(m.text)):
        return "title/apposition: name in the mention, wrong canonical name"
    if len(name_tokens(m.text)) == 1:
        return "surname or single name"
    return "other"


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def table(res: dict[str, Any], n_articles: int, per_quote: dict[str, Any] | None = None) -> str:
    rows = [
        f"PolNeAR dev: {n_articles} articles, {res['speech_overlap_gold']} speech attributions "
        f"({res['all_overlap_gold']} in all). Unit: one attribution per cue (quotes that share "
        "a cue within a paragraph joined, as PolNeAR annotates split quotes; see `attributions()`).",
        "",
        "| subset | match | P | R | F1 | speaker mention acc. | resolved speaker acc. | pronoun-speaker acc. | cue acc. |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for subset in ("speech", "all"):
        for mode in ("overlap", "exact"):
            p, r, f = res[f"{subset}_{mode}"]
            extra = (
                f"{res[f'{subset}_speaker_acc']:.3f} | {res[f'{subset}_resolved_acc']:.3f} "
                f"({res[f'{subset}_res_n']}) | {res[f'{subset}_pronoun_acc']:.3f} "
                f"({res[f'{subset}_pron_n']}) | {res[f'{subset}_cue_acc']:.3f}"
                if mode == "overlap"
                else "| | |"
            )
            rows.append(f"| {subset} | {mode} | {p:.3f} | {r:.3f} | {f:.3f} | {extra} |")
    if per_quote is not None:
        p, r, f = per_quote["speech_overlap"]
        pe, re_, fe = per_quote["speech_exact"]
        rows += [
            "",
            "Each quote scored on its own (split quotes not joined), speech attributions: "
            f"overlap P {p:.3f} R {r:.3f} F1 {f:.3f}; exact P {pe:.3f} R {re_:.3f} F1 {fe:.3f}.",
        ]
    rows += ["", "| speech attributions by type | matched | gold | recall |", "|---|---|---|---|"]
    for k, (m, g, r) in res["by_type"].items():
        rows.append(f"| {k} | {m} | {g} | {r:.3f} |")
    return "\n".join(rows)


def error_table(res: dict[str, Any], examples: int = 3) -> str:
    return class_table(res["errors"], "error class (speech, overlap)", examples)


def resolution_table(res: dict[str, Any], examples: int = 3) -> str:
    n = sum(len(v) for v in res["resolution_errors"].values())
    rows = [
        f"{n} matched speech attributions with a wrong resolved speaker "
        f"(of {res['speech_res_n']} with a gold speaker name).",
        "",
    ]
    return "\n".join(rows) + "\n" + class_table(res["resolution_errors"], "resolution error class", examples)


def calibration_svg(res: dict[str, Any], width: int = 560, height: int = 360) -> str:
    """The precision/coverage trade-off of the speaker confidence as an SVG plot: for
    each threshold t, the share of matched quotes kept (confidence >= t) and how many
    of those have the right speaker."""
    pairs = sorted(((c, ok) for c, ok in res["calibration"] if c is not None), key=lambda t: -t[0])
    if not pairs:
        return ""
    pad = 50
    pts = []
    right = 0
    for n, (_, ok) in enumerate(pairs, 1):
        right += ok
        pts.append((n / len(pairs), right / n))
    lo = min(p for _, p in pts)
    lo = min(0.8, int(lo * 20) / 20)

    def xy(cov: float, prec: float) -> str:
        x = pad + cov * (width - 2 * pad)
        y = height - pad - (prec - lo) / (1 - lo) * (height - 2 * pad)
        return f"{x:.1f},{y:.1f}"

    marks = []
    for n, t in enumerate((0.95, 0.9, 0.7, 0.5), 1):
        kept = [ok for c, ok in pairs if c >= t]
        if kept:
            cov, prec = len(kept) / len(pairs), sum(kept) / len(kept)
            x, y = xy(cov, prec).split(",")
            marks.append(
                f'<circle cx="{x}" cy="{y}" r="4" fill="#b91c1c"/>'
                f'<text x="{x}" y="{float(y) - 8:.1f}" font-size="11" text-anchor="middle">{n}</text>'
                f'<text x="{pad + 12}" y="{height - pad - 12 - 15 * (4 - n):.1f}" font-size="11">'
                f"{n}: confidence &gt;= {t}: {prec:.3f} right, {cov:.0%} of the quotes kept</text>"
            )
    ticks = []
    for k in range(round((1 - lo) / 0.05) + 1):
        v = lo + k * 0.05
        _, y = xy(0, v).split(",")
        ticks.append(
            f'<text x="{pad - 8}" y="{float(y) + 4:.1f}" font-size="10" text-anchor="end">{v:.2f}</text>'
        )
    for k in range(5):
        x, _ = xy(k / 4, lo).split(",")
        ticks.append(
            f'<text x="{x}" y="{height - pad + 16}" font-size="10" text-anchor="middle">{k * 25}%</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif">'
        f'<rect width="{width}" height="{height}" fill="white"/>'
        f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#333"/>'
        f'<line x1="{pad}" y1="{pad}" x2="{pad}" y2="{height - pad}" stroke="#333"/>'
        f'<polyline fill="none" stroke="#1d4ed8" stroke-width="2" points="{" ".join(xy(c, p) for c, p in pts)}"/>'
        f"{''.join(marks)}{''.join(ticks)}"
        f'<text x="{width / 2}" y="{height - 12}" font-size="12" text-anchor="middle">'
        "quotes kept (confidence at or above the threshold)</text>"
        f'<text x="14" y="{height / 2}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 14 {height / 2})">resolved speaker right</text>'
        f'<text x="{width / 2}" y="24" font-size="13" text-anchor="middle">Speaker confidence on PolNeAR dev: '
        "precision against coverage</text></svg>\n"
    )

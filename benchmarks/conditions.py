"""Score conditions on PolNeAR dev (``../shared/eval/conditions_polnear_dev.json``).

The annotation gives, per article, the ``conditions`` a speaker attaches
(kind, trigger, condition, outcome, speaker), ``negatives`` (look-alikes that
are not conditions) and ``optional`` (borderline spans). Scoring, as issue 15
states it:

* a predicted condition span matches a gold one one-to-one at >= 50% token
  overlap (shared ``\\w+`` tokens over the larger of the two counts);
* predictions that match no gold condition but overlap an ``optional`` span
  are ignored; those that overlap a ``negative`` are counted apart (and as
  false positives);
* on matched pairs: kind, holder (the resolved speaker name, compared with the
  speaker-name rule) and outcome (both absent, or overlapping at 50%)
  accuracy;
* exact-span F1 compares trimmed offsets.

The article text is read from ``../shared/eval`` at run time, never copied.
"""

from __future__ import annotations

import collections
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotekit import Article, Condition

from .scoring import class_table, exact_match, greedy_match, jaccard, overlap_match, prf, same_name

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "conditions_polnear_dev.json"
KINDS = ("conditional_clause", "stated", "demand")


def load(path: Path = EVAL) -> dict[str, dict[str, Any]] | None:
    """The annotation per article id, or ``None`` when the file is not there."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return {a["id"]: a for a in data["articles"]}


def _span(d: dict[str, Any] | None) -> tuple[int, int] | None:
    return None if d is None else (d["start"], d["end"])


def _pspan(c: Condition) -> tuple[int, int]:
    return c.condition.start, c.condition.end


def score(
    articles: Sequence[dict[str, Any]], gold: dict[str, dict[str, Any]], preds: Sequence[Article]
) -> dict[str, Any]:
    agg: dict[str, int] = collections.defaultdict(int)
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for art, pred in zip(articles, preds, strict=True):
        ann = gold.get(art["id"])
        if ann is None:
            continue
        text = art["text"]
        golds = ann["conditions"]
        ps = list(pred.conditions)
        for mode, ok in (("overlap", overlap_match), ("exact", exact_match)):
            m = greedy_match(
                ps,
                golds,
                lambda p, g, ok=ok: ok(text, _pspan(p), _span(g["condition"])),  # type: ignore[misc]
                lambda p, g: jaccard(text, _pspan(p), _span(g["condition"])),  # type: ignore[arg-type]
            )
            matched_p = {i for i, _ in m}
            ignored = set()
            for i, p in enumerate(ps):
                if i in matched_p:
                    continue
                if any(overlap_match(text, _pspan(p), _span(o)) for o in ann["optional"]):  # type: ignore[arg-type]
                    ignored.add(i)
            agg[f"{mode}_tp"] += len(m)
            agg[f"{mode}_pred"] += len(ps) - len(ignored)
            agg[f"{mode}_gold"] += len(golds)
            if mode != "overlap":
                continue
            for i, j in m:
                p, g = ps[i], golds[j]
                agg["kind_ok"] += p.kind.value == g["kind"]
                agg[f"tp_{g['kind']}"] += 1
                holder_ok = same_name(g.get("speaker"), p.holder)
                agg["holder_ok"] += holder_ok
                go, po = _span(g.get("outcome")), p.outcome
                out_ok = (go is None and po is None) or (
                    go is not None and po is not None and overlap_match(text, (po.start, po.end), go)
                )
                agg["outcome_ok"] += out_ok
                if p.kind.value != g["kind"]:
                    errors[f"wrong kind ({g['kind']} as {p.kind.value})"].append(
                        f"{g['condition']['text'][:80]!r}"
                    )
                if not holder_ok:
                    errors["wrong holder"].append(f"gold {g.get('speaker')!r} / predicted {p.holder!r}")
                if not out_ok:
                    errors["wrong outcome"].append(
                        f"gold {(g.get('outcome') or {}).get('text', None)!r:.70} / "
                        f"predicted {po.text if po else None!r:.70}"
                    )
                if not exact_match(text, _pspan(p), _span(g["condition"])):  # type: ignore[arg-type]
                    cls = (
                        "span too long"
                        if len(p.condition.text) > len(g["condition"]["text"])
                        else "span too short"
                    )
                    errors[cls].append(
                        f"gold {g['condition']['text'][:70]!r} / predicted {p.condition.text[:70]!r}"
                    )
            matched_g = {j for _, j in m}
            for j, g in enumerate(golds):
                agg[f"gold_{g['kind']}"] += 1
                if j not in matched_g:
                    errors[f"missed {g['kind']}"].append(
                        f"{g['trigger']['text']!r}: {g['condition']['text'][:80]!r}"
                    )
            agg["negatives"] += len(ann["negatives"])
            hit_neg = set()
            for i, p in enumerate(ps):
                if i in matched_p or i in ignored:
                    continue
                agg[f"pred_{p.kind.value}_fp"] += 1
                negs = [
                    n
                    for n in ann["negatives"]
                    if _overlaps(_pspan(p), _span(n)) or _overlaps((p.trigger.start, p.trigger.end), _span(n))
                ]  # type: ignore[arg-type]
                if negs:
                    for n in negs:
                        hit_neg.add((n["start"], n["end"]))
                    errors["look-alike hit"].append(
                        f"{p.trigger.text!r}: {p.condition.text[:70]!r} ({negs[0]['why'][:60]})"
                    )
                else:
                    errors[f"false positive {p.kind.value}"].append(
                        f"{p.trigger.text!r}: {p.condition.text[:80]!r}"
                    )
            agg["negatives_hit"] += len(hit_neg)
            for i, p in enumerate(ps):
                if i not in ignored:
                    agg[f"pred_{p.kind.value}"] += 1
    out: dict[str, Any] = dict(agg)
    for mode in ("overlap", "exact"):
        out[mode] = prf(agg[f"{mode}_tp"], agg[f"{mode}_pred"], agg[f"{mode}_gold"])
    tp = agg["overlap_tp"] or 1
    out["kind_acc"] = agg["kind_ok"] / tp
    out["holder_acc"] = agg["holder_ok"] / tp
    out["outcome_acc"] = agg["outcome_ok"] / tp
    out["by_kind"] = {
        k: (agg[f"tp_{k}"], agg[f"gold_{k}"], agg[f"tp_{k}"] / agg[f"gold_{k}"] if agg[f"gold_{k}"] else 0.0)
        for k in KINDS
    }
    out["errors"] = dict(sorted(errors.items(), key=lambda kv: -len(kv[1])))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def table(res: dict[str, Any]) -> str:
    p, r, f = res["overlap"]
    pe, re_, fe = res["exact"]
    rows = [
        "| measure | value |",
        "|---|---|",
        f"| conditions (overlap) P / R / F1 | {p:.3f} / {r:.3f} / {f:.3f} |",
        f"| conditions (exact) P / R / F1 | {pe:.3f} / {re_:.3f} / {fe:.3f} |",
        f"| gold conditions found (overlap) | {res['overlap_tp']} of {res['overlap_gold']} ({res['overlap_pred']} predicted, optional spans ignored) |",
        f"| kind / holder / outcome accuracy (matched) | {res['kind_acc']:.3f} / {res['holder_acc']:.3f} / {res['outcome_acc']:.3f} |",
        f"| negatives (look-alikes) hit | {res['negatives_hit']} of {res['negatives']} ({res['negatives_hit'] / max(res['negatives'], 1):.1%}) |",
        "",
        "| kind | matched | gold | recall | predicted (not optional) | precision |",
        "|---|---|---|---|---|---|",
    ]
    for k, (m, g, rec) in res["by_kind"].items():
        npred = res.get(f"pred_{k}", 0)
        fp = res.get(f"pred_{k}_fp", 0)
        prec = (npred - fp) / npred if npred else 0.0
        rows.append(f"| {k} | {m} | {g} | {rec:.3f} | {npred} | {prec:.3f} |")
    return "\n".join(rows)


def error_table(res: dict[str, Any], examples: int = 3) -> str:
    return class_table(res["errors"], "condition error class", examples)

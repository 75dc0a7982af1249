"""Score quotekit on the seed article (rules: ``seeds/README.md``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotekit import Article, Pipeline

from .scoring import any_overlap, exact_match, greedy_match, jaccard, overlap_match, prf

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _sp(d: dict[str, Any] | None) -> tuple[int, int] | None:
    return None if d is None else (d["start"], d["end"])


def _speaker_ok(pred: str | None, gold: dict[str, Any]) -> bool:
    want = gold.get("speaker")
    if want is None:
        alts = [a.lower() for a in gold.get("speaker_alternatives", [])]
        return pred is None or pred.lower() in alts
    if pred is None:
        return False
    p, w = pred.lower(), want.lower()
    return p == w or p.split()[-1] == w.split()[-1]


def score_seed(article: Article, gold: dict[str, Any]) -> dict[str, Any]:
    text = article.text
    optional = [(o["start"], o["end"]) for o in gold.get("optional", [])]
    negatives = [(o["start"], o["end"]) for o in gold.get("negatives", [])]
    preds = [
        q
        for q in article.quotes
        if not any(overlap_match(text, (q.content.start, q.content.end), o) for o in optional)
    ]
    golds = gold["quotes"]
    res: dict[str, Any] = {}
    for mode, ok in (("overlap", overlap_match), ("exact", exact_match)):
        m = greedy_match(
            preds,
            golds,
            lambda p, g, ok=ok: ok(text, (p.content.start, p.content.end), _sp(g["content"])),
            lambda p, g: jaccard(text, (p.content.start, p.content.end), _sp(g["content"])),
        )
        res[f"quotes_{mode}"] = prf(len(m), len(preds), len(golds))
        if mode == "overlap":
            matched = m
    neg_hits = [
        q.id
        for q in article.quotes
        if any(q.content.start < e and s < q.content.end for s, e in negatives)
        and any(overlap_match(text, (q.content.start, q.content.end), n) for n in negatives)
    ]
    n = len(matched) or 1
    res["speaker_acc"] = (
        sum(_speaker_ok(preds[i].speaker.name if preds[i].speaker else None, golds[j]) for i, j in matched)
        / n
    )
    res["cue_acc"] = (
        sum(
            any_overlap(
                text,
                _sp({"start": preds[i].cue.start, "end": preds[i].cue.end}) if preds[i].cue else None,
                _sp(golds[j]["cue"]),
            )
            for i, j in matched
        )
        / n
    )
    res["addressee_acc"] = (
        sum(
            any_overlap(
                text,
                (preds[i].addressee.start, preds[i].addressee.end) if preds[i].addressee else None,
                _sp(golds[j]["addressee"]),
            )
            for i, j in matched
        )
        / n
    )
    res["matched"] = len(matched)
    res["gold_quotes"] = len(golds)
    res["predicted"] = len(preds)
    res["negative_hits"] = neg_hits
    # conditions
    pc = list(article.conditions)
    gc = gold.get("conditions", [])
    cm = greedy_match(
        pc,
        gc,
        lambda p, g: overlap_match(text, (p.condition.start, p.condition.end), _sp(g["condition"])),
        lambda p, g: jaccard(text, (p.condition.start, p.condition.end), _sp(g["condition"])),
    )
    neg_c = [
        c.id
        for c in pc
        if any(overlap_match(text, (c.condition.start, c.condition.end), n) for n in negatives)
    ]
    res["conditions"] = prf(len(cm), len(pc), len(gc))
    k = len(cm) or 1
    res["condition_kind_acc"] = sum(pc[i].kind.value == gc[j]["kind"] for i, j in cm) / k
    res["condition_holder_acc"] = (
        sum(_speaker_ok(pc[i].holder, {"speaker": gc[j]["holder"]}) for i, j in cm) / k
    )
    res["condition_outcome_acc"] = (
        sum(
            any_overlap(
                text,
                (pc[i].outcome.start, pc[i].outcome.end) if pc[i].outcome else None,
                _sp(gc[j]["outcome"]),
            )
            for i, j in cm
        )
        / k
    )
    res["condition_negative_hits"] = neg_c
    res["conditions_matched"] = len(cm)
    res["gold_conditions"] = len(gc)
    return res


def seed_table(res: dict[str, Any]) -> str:
    q_o, q_e, c = res["quotes_overlap"], res["quotes_exact"], res["conditions"]
    rows = [
        "| measure | value |",
        "|---|---|",
        f"| quotes (overlap) P / R / F1 | {q_o[0]:.3f} / {q_o[1]:.3f} / {q_o[2]:.3f} |",
        f"| quotes (exact) P / R / F1 | {q_e[0]:.3f} / {q_e[1]:.3f} / {q_e[2]:.3f} |",
        f"| gold quotes found (overlap) | {res['matched']} of {res['gold_quotes']} ({res['predicted']} predicted) |",
        f"| speaker accuracy (matched quotes) | {res['speaker_acc']:.3f} |",
        f"| cue accuracy | {res['cue_acc']:.3f} |",
        f"| addressee accuracy | {res['addressee_acc']:.3f} |",
        f"| quotes on negatives | {len(res['negative_hits'])} |",
        f"| conditions P / R / F1 | {c[0]:.3f} / {c[1]:.3f} / {c[2]:.3f} |",
        f"| conditions found | {res['conditions_matched']} of {res['gold_conditions']} |",
        f"| condition kind / holder / outcome accuracy | {res['condition_kind_acc']:.3f} / {res['condition_holder_acc']:.3f} / {res['condition_outcome_acc']:.3f} |",
        f"| conditions on negatives | {len(res['condition_negative_hits'])} |",
    ]
    return "\n".join(rows)


def run(pipeline: Pipeline | None = None) -> tuple[dict[str, Any], str]:
    text = (SEEDS / "aliyev_ceasefire.txt").read_text(encoding="utf-8")
    gold = json.loads((SEEDS / "aliyev_ceasefire.gold.json").read_text(encoding="utf-8"))
    article = (pipeline or Pipeline())(text)
    res = score_seed(article, gold)
    return res, seed_table(res)

"""Score quotekit on the seed article (rules: ``seeds/README.md``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from quotekit import Article, Condition, Pipeline, Quote, Span

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


def _off(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)


def _share(hits: list[bool]) -> float:
    """The share of true values (0.0 for none)."""
    return sum(hits) / (len(hits) or 1)


def _match(
    text: str, preds: list[Any], golds: list[dict[str, Any]], pred_span: Any, field: str, ok: Any
) -> Any:
    """Greedy one-to-one matching of ``pred_span(p)`` against ``g[field]``."""
    return greedy_match(
        preds,
        golds,
        lambda p, g: ok(text, pred_span(p), _sp(g[field])),
        lambda p, g: jaccard(text, pred_span(p), _sp(g[field])),
    )


def score_seed(article: Article, gold: dict[str, Any]) -> dict[str, Any]:
    text = article.text
    optional = [(o["start"], o["end"]) for o in gold.get("optional", [])]
    negatives = [(o["start"], o["end"]) for o in gold.get("negatives", [])]

    def content(q: Quote) -> tuple[int, int]:
        return (q.content.start, q.content.end)

    def condition(c: Condition) -> tuple[int, int]:
        return (c.condition.start, c.condition.end)

    preds = [q for q in article.quotes if not any(overlap_match(text, content(q), o) for o in optional)]
    golds = gold["quotes"]
    res: dict[str, Any] = {}
    matched = _match(text, preds, golds, content, "content", overlap_match)
    exact = _match(text, preds, golds, content, "content", exact_match)
    res["quotes_overlap"] = prf(len(matched), len(preds), len(golds))
    res["quotes_exact"] = prf(len(exact), len(preds), len(golds))
    res["speaker_acc"] = _share(
        [_speaker_ok(preds[i].speaker.name if preds[i].speaker else None, golds[j]) for i, j in matched]
    )
    res["cue_acc"] = _share([any_overlap(text, _off(preds[i].cue), _sp(golds[j]["cue"])) for i, j in matched])
    res["addressee_acc"] = _share(
        [any_overlap(text, _off(preds[i].addressee), _sp(golds[j]["addressee"])) for i, j in matched]
    )
    res["matched"] = len(matched)
    res["gold_quotes"] = len(golds)
    res["predicted"] = len(preds)
    res["negative_hits"] = [
        q.id for q in article.quotes if any(overlap_match(text, content(q), n) for n in negatives)
    ]
    # conditions
    pc = list(article.conditions)
    gc = gold.get("conditions", [])
    cm = _match(text, pc, gc, condition, "condition", overlap_match)
    res["conditions"] = prf(len(cm), len(pc), len(gc))
    res["condition_kind_acc"] = _share([pc[i].kind.value == gc[j]["kind"] for i, j in cm])
    res["condition_holder_acc"] = _share(
        [_speaker_ok(pc[i].holder, {"speaker": gc[j]["holder"]}) for i, j in cm]
    )
    res["condition_outcome_acc"] = _share(
        [any_overlap(text, _off(pc[i].outcome), _sp(gc[j]["outcome"])) for i, j in cm]
    )
    res["condition_negative_hits"] = [
        c.id for c in pc if any(overlap_match(text, condition(c), n) for n in negatives)
    ]
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

"""Fit the learned right edge of reported speech on PolNeAR train; cross-validate; write the weights.

``python scripts/train_edges.py [--out quotekit/models/scorers/edges.json]``

1. Parses the 840 train articles (cached under ``benchmarks/out/`` like the
   benchmarks) and runs the ``candidates`` stage with the parse rules' edges
   (``Candidates(learned_edges=False)``).
2. Pairs each indirect or mixed quote with the gold attribution whose cue it
   shares and whose content it overlaps, and labels each clause mark inside the
   quote's content (:func:`quotekit.extractors._edge_model.cut_points`) in text
   order: 1 where the gold content ends at the mark, 0 where it goes on past it;
   marks after the gold end are not labelled (the first accepted cut decides).
3. Fits an L2-regularised logistic regression (Newton's method, numpy,
   deterministic; the same fitting as ``scripts/train_conditions.py``); scores it
   by 5-fold cross-validation on the fixed folds of ``../shared/eval/train_folds.json``:
   each fold's articles run through the whole chain with the model fitted on the
   other four, and are scored by :mod:`benchmarks.polnear` (speech attributions,
   each quote on its own and joined per cue). The threshold is chosen on those
   cross-validated scores (train only); the model is refitted on all train
   articles and written as numbers over feature names, no article text.

Dev is not read here; compare versions on dev with ``python -m benchmarks``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from benchmarks import cache, polnear  # noqa: E402
from benchmarks.scoring import overlap_match  # noqa: E402
from benchmarks.train import TRAIN, load_folds  # noqa: E402
from train_conditions import design, fit  # noqa: E402

from quotekit import Article, Pipeline  # noqa: E402
from quotekit.extractors import Candidates  # noqa: E402
from quotekit.extractors._edge_model import EdgeScorer, cut_points, features  # noqa: E402
from quotekit.extractors._tree import tree_of  # noqa: E402
from quotekit.model import QuoteKind  # noqa: E402

OUT = ROOT / "quotekit" / "models" / "scorers" / "edges.json"
L2 = 1.0
#: Cross-validated F1 differences smaller than this are taken as noise.
NOISE = 0.0005
THRESHOLDS = (0.4, 0.5, 0.6)
#: The gold content may end this many characters either side of a mark (a closing
#: quotation mark, a space) and still end "there".
SLACK = 2


def scorer_of(names: list[str], w: np.ndarray, b: float, threshold: float) -> EdgeScorer:
    weights = {n: round(float(v), 6) for n, v in zip(names, w, strict=True) if abs(v) > 1e-9}
    return EdgeScorer(weights=weights, bias=round(b, 6), threshold=threshold)


def summary(arts: list[dict[str, Any]], preds: list[Article]) -> dict[str, Any]:
    each = polnear.score(arts, preds)
    joined = polnear.score(arts, [polnear.attributions(a) for a in preds])
    return {
        "each_quote_prf": [round(v, 4) for v in each["speech_overlap"]],
        "joined_prf": [round(v, 4) for v in joined["speech_overlap"]],
        "by_type": {k: list(v[:2]) for k, v in joined["by_type"].items()},
        "resolved_speaker": round(joined["speech_resolved_acc"], 4),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    arts = polnear.load(TRAIN)
    if arts is None:
        raise SystemExit("../shared/eval/polnear_train.jsonl is needed")
    pipe = Pipeline()
    docs = cache.parses(pipe, [a["text"] for a in arts], name="train")
    folds = load_folds()
    stage = Candidates(lexicon=pipe.lexicon, learned_edges=False)
    rows: list[tuple[int, dict[str, float], int]] = []
    for k, (art, doc) in enumerate(zip(arts, docs, strict=True)):
        text = art["text"]
        tree = tree_of(doc, stage.lx)
        quotes = stage(doc, ())
        direct = [q.content for q in quotes if q.kind is QuoteKind.DIRECT]
        golds = [g for g in art["quotes"] if g.get("cue_start") is not None]
        for q in quotes:
            if q.kind is QuoteKind.DIRECT or q.cue is None:
                continue
            qc = (q.content.start, q.content.end)
            pair = [
                g
                for g in golds
                if q.cue.start < g["cue_end"]
                and g["cue_start"] < q.cue.end
                and (q.content.start < g["end"] and g["start"] < q.content.end)
            ]
            if not pair:
                continue
            g_end = max(g["end"] for g in pair)
            if not overlap_match(text, qc, (pair[0]["start"], g_end)) and g_end > q.content.end:
                continue  # the gold starts or lies elsewhere: not an edge question
            for i, (sent, mark) in enumerate(cut_points(tree, q, direct)):
                before_end = max((w.end_char for w in sent.words if w.id < mark.id), default=mark.start_char)
                if g_end < before_end - SLACK:
                    break  # the gold ended earlier: later marks are not the question
                edge = mark.end_char if mark.upos == "PUNCT" else mark.start_char
                label = int(g_end <= edge + SLACK)
                rows.append((k, features(text, tree, q, sent, mark, i), label))
                if label:
                    break
    names, x, y = design(rows)
    art_fold = np.array([folds.get(arts[k]["id"], -1) for k, _, _ in rows])
    print(f"{len(arts)} articles, {len(rows)} cut places ({int(y.sum())} gold ends), {len(names)} features")
    if (art_fold < 0).any():
        raise SystemExit("an article has no fold in train_folds.json")

    def run(scorer: EdgeScorer | None, which: list[int]) -> list[Article]:
        p = Pipeline()
        p.remove("candidates")
        p.add(Candidates(learned_edges=scorer is not None, edge_scorer=scorer), before="attribution")
        return [p.extract(docs[k]) for k in which]

    fitted = {}
    for fold in sorted(set(folds.values())):
        fitted[fold] = fit(x[art_fold != fold], y[art_fold != fold], args.l2)
    everything = list(range(len(arts)))
    base = summary(arts, run(None, everything))
    print(f"parse rules' edges: {base}")
    results = {}
    for th in THRESHOLDS:
        preds: dict[int, Article] = {}
        for fold, (w, b) in fitted.items():
            which = [k for k, a in enumerate(arts) if folds[a["id"]] == fold]
            for k, pr in zip(which, run(scorer_of(names, w, b, th), which), strict=True):
                preds[k] = pr
        results[th] = summary(arts, [preds[k] for k in everything])
        print(f"CV threshold {th:.2f}: {results[th]}")

    # the highest threshold whose cross-validated F1 (the mean of each-quote and joined)
    # is within NOISE of the best: fewer cuts where the gain is noise
    def f1(r: dict[str, Any]) -> float:
        return float(r["each_quote_prf"][2] + r["joined_prf"][2]) / 2

    top = max(f1(r) for r in results.values())
    best = max(th for th in THRESHOLDS if f1(results[th]) >= top - NOISE)
    w, b = fit(x, y, args.l2)
    scorer = scorer_of(names, w, b, best)
    card = {
        "model": "logistic regression (L2, Newton's method) over named features of a clause mark inside "
        "reported speech: is this where the speaker's words end",
        "data": "PolNeAR 1.0.0 train split, 840 articles (../shared/eval/polnear_train.jsonl); only learned "
        "numbers over feature names ship, no text or names of any article",
        "trained_by": "python scripts/train_edges.py",
        "cut_places": len(rows),
        "positives": int(y.sum()),
        "l2": args.l2,
        "threshold_chosen_on": "train 5-fold cross-validation (fixed folds), mean of each-quote and joined overlap F1",
        "train_rules_edges": base,
        "train_cv": results[best],
    }
    data = {"card": card, "bias": scorer.bias, "threshold": scorer.threshold, "weights": dict(scorer.weights)}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"threshold {best}; wrote {args.out} in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()

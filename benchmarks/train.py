"""``python -m benchmarks.train [--cached] [--resolved-only]``: PolNeAR *train* beside dev.

The rules were written while reading the dev articles; the train split is news
no rule was written for. This scores the same tables as ``python -m
benchmarks`` on the train articles (quotes on all 840, resolved speakers and
conditions on the 231 with resolved speakers and condition annotations) and,
for the learned condition acceptor, by 5-fold cross-validation on the fixed
folds of ``../shared/eval/train_folds.json``: each fold is scored by a model
fitted on the other four (:mod:`scripts.train_conditions` does the fitting).

The article text is read from ``../shared/eval`` at run time, never copied;
parses are cached under ``benchmarks/out/`` (git-ignored) with ``--cached``.
"""

from __future__ import annotations

import argparse
import json
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from quotekit import Extractor, Pipeline, Quote
from quotekit.parsing import ParsedDoc
from quotekit.pipeline import _unique_ids

from . import cache, conditions, polnear

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
TRAIN = SHARED / "polnear_train.jsonl"
CTRAIN = SHARED / "conditions_polnear_train.json"
FOLDS = SHARED / "train_folds.json"


def load_folds() -> dict[str, int]:
    """Article id -> fold number (0..4) from the fixed split."""
    data = json.loads(FOLDS.read_text(encoding="utf-8"))
    return {k: int(v) for k, v in data["folds"].items()}


def upstream(
    pipe: Pipeline, doc: ParsedDoc, *, replace: Mapping[str, Extractor] | None = None
) -> tuple[Quote, ...]:
    """The quotes as the ``conditions`` stage receives them (the chain before it, with the
    stages in ``replace`` swapped in by name)."""
    quotes: tuple[Quote, ...] = ()
    for ext in pipe.extractors:
        if ext.name == "conditions":
            break
        stage = (replace or {}).get(ext.name, ext)
        quotes = _unique_ids(stage(doc, quotes))
    return quotes


def load_train(resolved_only: bool = False) -> list[dict[str, Any]] | None:
    arts = polnear.load(TRAIN)
    if arts is None:
        return None
    if resolved_only:
        arts = [a for a in arts if a.get("speakers_resolved")]
    return arts


def section(pipe: Pipeline, tarts: list[dict[str, Any]], tdocs: list[ParsedDoc]) -> str:
    """PolNeAR train beside dev: the same tables on news no rule was written for, and the
    learned models' cross-validated scores from their model cards."""
    tpreds = [pipe.extract(d) for d in tdocs]
    per_quote = polnear.score(tarts, tpreds)  # type: ignore[arg-type]
    res = polnear.score(tarts, [polnear.attributions(a) for a in tpreds])  # type: ignore[arg-type]
    out = [
        f"## PolNeAR train ({len(tarts)} articles no rule was written for)\n",
        polnear.table(res, len(tarts), per_quote).replace("PolNeAR dev:", "PolNeAR train:"),
        "\n### Resolved speakers: error analysis (train)\n",
        polnear.resolution_table(res, examples=0),
        "\n### Speaker confidence (train; the ranker was fitted on these articles: in-sample)\n",
        polnear.calibration_table(res),
    ]
    cgold = conditions.load(CTRAIN)
    if cgold is not None:
        cres = conditions.score(tarts, cgold, tpreds)  # type: ignore[arg-type]
        out += [
            "\n### Conditions (train, 231 annotated articles; the acceptor was fitted on them: in-sample)\n",
            conditions.table(cres),
            "\n",
            conditions.error_table(cres, examples=0),
        ]
    root = Path(__file__).resolve().parent.parent / "quotekit" / "models" / "scorers"
    rows = []
    cpath, spath = root / "conditions.json", root / "speakers.json"
    if cpath.exists():
        card = json.loads(cpath.read_text(encoding="utf-8"))["card"]
        cv, kinds = card["train_cv"], card["train_cv"]["by_kind"]
        rules = card["rules_alone_train"]
        rows.append(
            f"| conditions P / R / F1 | {rules[0]:.3f} / {rules[1]:.3f} / {rules[2]:.3f} | "
            f"{cv['overlap_prf'][0]:.3f} / {cv['overlap_prf'][1]:.3f} / {cv['overlap_prf'][2]:.3f} |"
        )
        rows.append(
            "| conditions found: clauses, stated, demands | | "
            + ", ".join(f"{kinds[k][0]}/{kinds[k][1]}" for k in ("conditional_clause", "stated", "demand"))
            + " |"
        )
        rows.append(
            f"| look-alikes hit; holder / outcome accuracy | | {cv['negatives_hit'][0]} of {cv['negatives_hit'][1]}; "
            f"{cv['holder_acc']:.3f} / {cv['outcome_acc']:.3f} |"
        )
    if spath.exists():
        card = json.loads(spath.read_text(encoding="utf-8"))["card"]
        rows.append(
            f"| resolved speaker, the ranker deciding | {card['rules_alone_train_resolved_speaker']:.3f} | "
            f"{card['train_cv_resolved_speaker_ranker_deciding']:.3f} |"
        )
    epath = root / "edges.json"
    if epath.exists():
        card = json.loads(epath.read_text(encoding="utf-8"))["card"]
        rules_e, cv_e = card["train_rules_edges"], card["train_cv"]
        rows.append(
            f"| speech quotes F1, each quote / joined per cue (where reported speech ends) | "
            f"{rules_e['each_quote_prf'][2]:.3f} / {rules_e['joined_prf'][2]:.3f} | "
            f"{cv_e['each_quote_prf'][2]:.3f} / {cv_e['joined_prf'][2]:.3f} |"
        )
        rows.append(
            f"| indirect speech found (of {rules_e['by_type']['indirect'][1]}) | "
            f"{rules_e['by_type']['indirect'][0]} | {cv_e['by_type']['indirect'][0]} |"
        )
    if rows:
        out += [
            "\n### Learned models: 5-fold cross-validation on train (fixed folds), from their model cards\n",
            "Each fold decided by a model fitted on the other four (`scripts/train_conditions.py`, "
            "`scripts/train_speakers.py`, `scripts/train_edges.py`; each fold of the quotes rows runs "
            "through the whole chain). The conditions row is the shipped policy (the stage's own "
            "rules' candidates stand, the acceptor decides the class rules' candidates).\n",
            "| measure | rules alone | learned (CV) |\n|---|---|---|\n" + "\n".join(rows),
        ]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.train")
    ap.add_argument("--cached", action="store_true", help="train parses from (or into) benchmarks/out/")
    ap.add_argument(
        "--resolved-only", action="store_true", help="only the 231 articles with resolved speakers"
    )
    ap.add_argument("--model", default="default")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    arts = load_train(args.resolved_only)
    if arts is None:
        print("skipped: ../shared/eval/polnear_train.jsonl is not here")
        return
    pipe = Pipeline(model=args.model)
    texts = [a["text"] for a in arts]
    if args.cached:
        docs = cache.parses(pipe, texts, name="train_resolved" if args.resolved_only else "train")
    else:
        docs = [d for i in range(0, len(texts), 8) for d in pipe.parser.parse_many(texts[i : i + 8])]
    print(section(pipe, arts, docs))


if __name__ == "__main__":
    main()

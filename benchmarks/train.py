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
import time
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
    t = time.perf_counter()
    texts = [a["text"] for a in arts]
    if args.cached:
        docs = cache.parses(pipe, texts, name="train_resolved" if args.resolved_only else "train")
    else:
        docs = [d for i in range(0, len(texts), 8) for d in pipe.parser.parse_many(texts[i : i + 8])]
    preds = [pipe.extract(d) for d in docs]
    print(f"({len(arts)} train articles in {time.perf_counter() - t:.0f} s)")
    per_quote = polnear.score(arts, preds)  # type: ignore[arg-type]
    res = polnear.score(arts, [polnear.attributions(a) for a in preds])  # type: ignore[arg-type]
    print(polnear.table(res, len(arts), per_quote))
    print(polnear.resolution_table(res, examples=0))
    cgold = conditions.load(CTRAIN)
    if cgold is not None:
        cres = conditions.score(arts, cgold, preds)  # type: ignore[arg-type]
        print(conditions.table(cres))
        print(conditions.error_table(cres, examples=0))


if __name__ == "__main__":
    main()

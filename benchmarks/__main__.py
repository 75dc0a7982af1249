"""``python -m benchmarks [--quick] [--cached] [--no-speed] [--model M]``: seed,
PolNeAR dev (quotes, resolved speakers, conditions), speed, error analysis.

Prints the tables and writes them to ``benchmarks/results.md`` (included in
the docs; ``--out`` writes elsewhere). The error tables there give counts
only: the dev articles' text stays out of the repository, so their examples
go to ``benchmarks/out/examples.md`` (ignored by git; ``--examples`` writes
elsewhere) and to the terminal. PolNeAR is read from ``../shared/eval``
when it is there. ``--cached`` keeps the dev parses under ``benchmarks/out/``
so that rule work re-runs only the extractors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quotekit import Pipeline

from . import cache, conditions, polnear, seed, selective, speed

OUT = Path(__file__).resolve().parent / "results.md"
EXAMPLES = Path(__file__).resolve().parent / "out" / "examples.md"


def train_section(pipe: Pipeline) -> str:
    """PolNeAR train beside dev: the same tables on news no rule was written for, and the
    learned models' cross-validated scores from their model cards."""
    import json

    from . import train

    tarts = train.load_train()
    if tarts is None:
        return "## PolNeAR train\n\nskipped: ../shared/eval/polnear_train.jsonl is not here.\n"
    tdocs = cache.parses(pipe, [a["text"] for a in tarts], name="train")
    tpreds = [pipe.extract(d) for d in tdocs]
    per_quote = polnear.score(tarts, tpreds)  # type: ignore[arg-type]
    res = polnear.score(tarts, [polnear.attributions(a) for a in tpreds])  # type: ignore[arg-type]
    out = [
        "## PolNeAR train (840 articles no rule was written for)\n",
        polnear.table(res, len(tarts), per_quote).replace("PolNeAR dev:", "PolNeAR train:"),
        "\n### Resolved speakers: error analysis (train)\n",
        polnear.resolution_table(res, examples=0),
        "\n### Speaker confidence (train; the ranker was fitted on these articles: in-sample)\n",
        polnear.calibration_table(res),
    ]
    cgold = conditions.load(train.CTRAIN)
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
    if rows:
        out += [
            "\n### Learned models: 5-fold cross-validation on train (fixed folds), from their model cards\n",
            "Each fold decided by a model fitted on the other four (`scripts/train_conditions.py`, "
            "`scripts/train_speakers.py`). The conditions row is the shipped policy (the stage's own rules' "
            "candidates stand, the acceptor decides the class rules' candidates).\n",
            "| measure | rules alone | learned (CV) |\n|---|---|---|\n" + "\n".join(rows),
        ]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("--quick", action="store_true", help="seed only")
    ap.add_argument("--speed-articles", type=int, default=30)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scale-articles", type=int, default=24)
    ap.add_argument("--cached", action="store_true", help="dev parses from (or into) benchmarks/out/")
    ap.add_argument("--no-speed", action="store_true", help="accuracy only")
    ap.add_argument("--model", default="default", help="model folder (default: the bundled model)")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the tables")
    ap.add_argument(
        "--train",
        action="store_true",
        help="also score the PolNeAR train split (parses cached under benchmarks/out/: about 20 minutes once)",
    )
    ap.add_argument(
        "--examples", type=Path, default=EXAMPLES, help="where to write the error tables with dev examples"
    )
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    parts = [f"# Benchmark results\n\nWritten by `python -m benchmarks` on {dt.date.today().isoformat()}.\n"]
    examples = [
        "# Benchmark error examples (PolNeAR dev: not for the repository)\n\n"
        f"Written by `python -m benchmarks` on {dt.date.today().isoformat()}.\n"
    ]
    pipe = Pipeline(model=args.model)
    t = time.perf_counter()
    _, table = seed.run(pipe)
    seed_s = time.perf_counter() - t
    parts.append(f"## Seed article\n\n{table}\n\n(first parse incl. model load: {seed_s:.2f} s)\n")
    print(parts[-1])
    arts = None if args.quick else polnear.load()
    if arts is None:
        msg = "## PolNeAR dev\n\nskipped: ../shared/eval/polnear_dev.jsonl is not here (or --quick).\n"
        parts.append(msg)
        print(msg)
    else:
        t = time.perf_counter()
        texts = [a["text"] for a in arts]
        if args.cached:
            docs = cache.parses(pipe, texts)
        else:
            docs = [d for i in range(0, len(texts), 8) for d in pipe.parser.parse_many(texts[i : i + 8])]
        preds = [pipe.extract(d) for d in docs]
        dev_s = time.perf_counter() - t
        per_quote = polnear.score(arts, preds)  # type: ignore[arg-type]
        res = polnear.score(arts, [polnear.attributions(a) for a in preds])  # type: ignore[arg-type]
        parts.append(
            f"## PolNeAR dev (real news)\n\n{polnear.table(res, len(arts), per_quote)}\n\n"
            f"(84 articles in {dev_s:.0f} s)\n"
        )
        print(parts[-1])

        def errors(title: str, table: Callable[..., str], result: dict[str, Any]) -> None:
            """An error table: counts only for the results, with dev examples for the
            examples file and the terminal."""
            parts.append(f"## {title}\n\n{table(result, examples=0)}\n")
            examples.append(f"## {title}\n\n{table(result)}\n")
            print(examples[-1])

        parts.append(
            "## Speaker confidence (PolNeAR dev, matched speech attributions)\n\n"
            f"{polnear.calibration_table(res)}\n\n"
            "The same as a plot: `docs/_static/speaker_confidence.svg` (written by this run).\n"
        )
        print(parts[-1])
        svg = polnear.calibration_svg(res)
        if svg and args.out == OUT:
            (
                Path(__file__).resolve().parent.parent / "docs" / "_static" / "speaker_confidence.svg"
            ).write_text(svg, encoding="utf-8")
        errors("Error analysis (PolNeAR dev, speech attributions)", polnear.error_table, res)
        errors(
            "Resolved speakers: error analysis (PolNeAR dev, speech attributions)",
            polnear.resolution_table,
            res,
        )
        cgold = conditions.load()
        if cgold is None:
            parts.append(
                "## Conditions on PolNeAR dev\n\nskipped: ../shared/eval/conditions_polnear_dev.json is not here.\n"
            )
        else:
            cres = conditions.score(arts, cgold, preds)  # type: ignore[arg-type]
            parts.append(f"## Conditions on PolNeAR dev (real news)\n\n{conditions.table(cres)}\n")
            print(parts[-1])
            errors("Conditions: error analysis (PolNeAR dev)", conditions.error_table, cres)
        parts.append(
            "## Parsing only what the quotes need (measured on the dev parses)\n\n"
            f"{selective.run(pipe, arts, docs)}\n\n"
            "(`benchmarks/selective.py`: the sentences a selective parser would skip get a flat "
            "stand-in tree; the words skipped bound the parse time it could save.)\n"
        )
        print(parts[-1])
    if args.train and arts is not None:
        parts.append(train_section(pipe))
        print(parts[-1])
    if arts is not None and not args.no_speed:
        texts = [a["text"] for a in arts[: args.speed_articles]]
        _, st = speed.run(texts, repeats=args.repeats)
        parts.append(f"## Speed (first {len(texts)} PolNeAR dev articles)\n\n{st}\n")
        print(parts[-1])
        _, stt = speed.stages(texts, pipe)
        parts.append(f"## Where the time goes (first {len(texts)} PolNeAR dev articles, one run)\n\n{stt}\n")
        print(parts[-1])
        _, sc = speed.scale([a["text"] for a in arts[: args.scale_articles]], pipe)
        parts.append(f"## Batches and processes (first {args.scale_articles} PolNeAR dev articles)\n\n{sc}\n")
        print(parts[-1])
    args.out.write_text("\n".join(parts), encoding="utf-8")
    print(f"written to {args.out}")
    if len(examples) > 1:
        args.examples.parent.mkdir(parents=True, exist_ok=True)
        args.examples.write_text("\n".join(examples), encoding="utf-8")
        print(f"error examples written to {args.examples}")


if __name__ == "__main__":
    main()

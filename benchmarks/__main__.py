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
    """PolNeAR train beside dev (:func:`benchmarks.train.section`), parses cached."""
    from . import train

    tarts = train.load_train()
    if tarts is None:
        return "## PolNeAR train\n\nskipped: ../shared/eval/polnear_train.jsonl is not here.\n"
    return train.section(pipe, tarts, cache.parses(pipe, [a["text"] for a in tarts], name="train"))


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

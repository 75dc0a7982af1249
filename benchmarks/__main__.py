"""``python -m benchmarks [--quick]``: seed, PolNeAR dev, speed, error analysis.

Prints the tables and writes them to ``benchmarks/results.md`` (included in
the docs). PolNeAR is read from ``../shared/eval`` when it is there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
import warnings
from pathlib import Path

from quotekit import Pipeline

from . import polnear, seed, speed

OUT = Path(__file__).resolve().parent / "results.md"


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("--quick", action="store_true", help="seed only")
    ap.add_argument("--speed-articles", type=int, default=12)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--scale-articles", type=int, default=24)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    parts = [f"# Benchmark results\n\nWritten by `python -m benchmarks` on {dt.date.today().isoformat()}.\n"]
    pipe = Pipeline()
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
        preds = list(pipe.pipe([a["text"] for a in arts], batch_size=8, on_error="raise"))
        dev_s = time.perf_counter() - t
        per_quote = polnear.score(arts, preds)  # type: ignore[arg-type]
        res = polnear.score(arts, [polnear.attributions(a) for a in preds])  # type: ignore[arg-type]
        parts.append(
            f"## PolNeAR dev (real news)\n\n{polnear.table(res, len(arts), per_quote)}\n\n"
            f"(84 articles in {dev_s:.0f} s)\n"
        )
        print(parts[-1])
        parts.append(f"## Error analysis (PolNeAR dev, speech attributions)\n\n{polnear.error_table(res)}\n")
        print(parts[-1])
        texts = [a["text"] for a in arts[: args.speed_articles]]
        _, st = speed.run(texts, repeats=args.repeats)
        parts.append(f"## Speed (first {len(texts)} PolNeAR dev articles)\n\n{st}\n")
        print(parts[-1])
        _, sc = speed.scale([a["text"] for a in arts[: args.scale_articles]], pipe)
        parts.append(f"## Batches and processes (first {args.scale_articles} PolNeAR dev articles)\n\n{sc}\n")
        print(parts[-1])
    OUT.write_text("\n".join(parts), encoding="utf-8")
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()

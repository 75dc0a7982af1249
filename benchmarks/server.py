"""``python -m benchmarks.server [--workers 2] [--articles 30] [--clients 4]``: throughput
of ``quotekit serve`` beside :func:`quotekit.parse_articles` on the same machine.

Starts the server as a process on a free localhost port, waits until every
worker answers, then sends the seed (repeated) and the first PolNeAR dev
articles (read from ``../shared/eval`` at run time) from ``--clients``
concurrent clients, and times them end to end (HTTP, JSON and all). The same
texts go through ``parse_articles`` in this process (one process, and
``n_process=--workers``), best of ``--repeats``. Results are printed as a
Markdown table; ``--out`` appends them to a file.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import httpx

import quotekit

from . import polnear

SEED = Path(__file__).resolve().parent.parent / "seeds" / "aliyev_ceasefire.txt"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen(
        [
            sys.executable,
            *("-m", "quotekit", "serve", "--port", str(port), "--workers", str(workers)),
            *("--log-level", "warning", "--max-queue", "1000"),
        ],
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    deadline = time.monotonic() + 300
    pids: set[int] = set()
    while time.monotonic() < deadline and len(pids) < workers:
        try:
            pids.add(httpx.get(f"{url}/v1/info", timeout=5).json()["pid"])
        except (httpx.HTTPError, ValueError):
            time.sleep(0.5)
    if len(pids) < workers:
        proc.kill()
        raise SystemExit("the server's workers did not all start")
    return proc, url


def _through_server(url: str, texts: list[str], clients: int) -> float:
    def one(t: str) -> None:
        r = httpx.post(
            f"{url}/v1/parse", content=t.encode(), headers={"Content-Type": "text/plain"}, timeout=600
        )
        r.raise_for_status()

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, texts))
    return time.perf_counter() - t0


def _through_library(texts: list[str], n_process: int) -> float:
    t0 = time.perf_counter()
    for _ in quotekit.parse_articles(texts, n_process=n_process, batch_size=8):
        pass
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.server")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--articles", type=int, default=30)
    ap.add_argument("--seed-copies", type=int, default=30)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    seed = SEED.read_text(encoding="utf-8")
    sets = {"seed": [seed] * args.seed_copies}
    arts = polnear.load()
    if arts is not None:
        sets[f"{args.articles} dev articles"] = [a["text"] for a in arts[: args.articles]]
    quotekit.parse_article(seed)  # load the in-process model outside the timings
    rows = []
    proc, url = _start(args.workers)
    try:
        for name, texts in sets.items():
            words = sum(len(t.split()) for t in texts)
            _through_server(url, texts[:4], args.clients)  # warm every worker
            srv = min(_through_server(url, texts, args.clients) for _ in range(args.repeats))
            one = min(_through_library(texts, 1) for _ in range(args.repeats))
            multi = (
                min(_through_library(texts, args.workers) for _ in range(args.repeats))
                if args.workers > 1
                else one
            )
            best = min(one, multi)
            rows.append(
                f"| {name} | {len(texts)} | {words:,} | {len(texts) / srv:.2f} req/s, {words / srv:,.0f} words/s "
                f"| {len(texts) / one:.2f} art/s | {len(texts) / multi:.2f} art/s | {best / srv:.2f} |"
            )
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    table = (
        f"machine: {os.cpu_count()} cores; server: {args.workers} workers, {args.clients} concurrent clients, "
        f"best of {args.repeats}\n\n"
        f"| texts | n | words | server | parse_articles (1 process) | parse_articles ({args.workers} processes) "
        "| server throughput / best parse_articles |\n|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    print(table)
    if args.out:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write("\n## Server throughput (`python -m benchmarks.server`)\n\n" + table + "\n")


if __name__ == "__main__":
    main()

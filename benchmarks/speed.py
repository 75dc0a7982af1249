"""Speed: bare Stanza vs quotekit on the same articles; extraction alone."""

from __future__ import annotations

import platform
import resource
import statistics
import time
from collections.abc import Sequence
from typing import Any

import quotekit
from quotekit import Pipeline


def _median_time(fn: Any, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def run(texts: Sequence[str], repeats: int = 3) -> tuple[dict[str, Any], str]:
    import stanza
    import torch

    t = time.perf_counter()
    pipe = Pipeline()
    parser = pipe.parser
    load_s = time.perf_counter() - t
    # the bare baseline is Stanza's own pipeline (its depparse processor), same models
    from quotekit._stanza import StanzaParser

    # with the batch size quotekit used before issue 20 (Stanza's default for pos and depparse)
    bare_parser = StanzaParser(pipe._model, decoder="stanza", batch_size=5000)
    nlp = bare_parser._nlp
    docs_in = list(texts)
    parsed = parser.parse_many(docs_in)  # also the warm-up
    nlp([stanza.Document([], text=x) for x in docs_in[:2]])
    n_words = sum(len(s.words) for d in parsed for s in d.sentences)
    # the same parse? quotekit's decoder against Stanza's, same batch settings
    same_batches = StanzaParser(pipe._model, decoder="stanza").parse_many(docs_in)

    def rows(docs: Sequence[Any]) -> list[Any]:
        return [
            tuple((w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel) for w in s.words)
            for d in docs
            for s in d.sentences
        ]

    n_sent = len(rows(parsed))
    differ = sum(a != b for a, b in zip(rows(parsed), rows(same_batches), strict=True))
    del same_batches

    def bare() -> None:
        nlp([stanza.Document([], text=x) for x in docs_in])

    def full() -> None:
        list(pipe.pipe(docs_in, batch_size=len(docs_in)))

    def extract_only() -> None:
        for d in parsed:
            pipe.extract(d)

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # interleaved, so that drift in the machine's speed hits both alike
        bare_times, full_times = [], []
        for _ in range(repeats):
            bare_times.append(_median_time(bare, 1))
            full_times.append(_median_time(full, 1))
        # the measure: best of the runs (the least disturbed by the machine)
        t_bare = min(bare_times)
        t_full = min(full_times)
        t_ext = _median_time(extract_only, max(repeats, 5))
        t_b1 = _median_time(lambda: list(pipe.pipe(docs_in, batch_size=1)), 1)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    res = {
        "articles": len(docs_in),
        "words": n_words,
        "load_s": load_s,
        "bare_s": t_bare,
        "full_s": t_full,
        "extract_s": t_ext,
        "batch1_s": t_b1,
        "overhead": t_full / t_bare - 1,
        "sentences": n_sent,
        "sentences_differ": differ,
        "rss_mb": rss_mb,
    }
    env = (
        f"machine: {platform.machine()}, {torch.get_num_threads()} torch threads; Python {platform.python_version()}; "
        f"Stanza {stanza.__version__}; torch {torch.__version__}; quotekit {quotekit.__version__}; "
        f"model: bundled en_ewt_small (CPU)"
    )
    rows = [
        env,
        "",
        "| measure | value |",
        "|---|---|",
        f"| articles / words | {res['articles']} / {res['words']:,} |",
        f"| model load (torch and stanza already imported) | {load_s:.2f} s |",
        f"| runs (interleaved, best taken) | {repeats} each; bare {', '.join(f'{x:.1f}' for x in bare_times)} s; "
        f"quotekit {', '.join(f'{x:.1f}' for x in full_times)} s |",
        f"| bare Stanza (tokenize..depparse), batch of all | {t_bare:.2f} s, {len(docs_in) / t_bare:.2f} articles/s, {n_words / t_bare:,.0f} words/s |",
        f"| quotekit parse + extract, batch of all | {t_full:.2f} s, {len(docs_in) / t_full:.2f} articles/s, {n_words / t_full:,.0f} words/s |",
        f"| quotekit, batch size 1 | {t_b1:.2f} s, {len(docs_in) / t_b1:.2f} articles/s |",
        f"| **bare Stanza time / quotekit time** (above 1: quotekit is faster) | **{t_bare / t_full:.2f}** |",
        f"| quotekit time over bare Stanza | {100 * res['overhead']:+.1f} % |",
        f"| sentences whose tags, lemmas or tree differ: quotekit's decoder vs Stanza's depparse, same batches "
        f"| {differ} of {n_sent} |",
        f"| extraction alone on parsed documents | {t_ext:.3f} s, {n_words / t_ext:,.0f} words/s |",
        f"| peak RSS | {rss_mb:,.0f} MB |",
    ]
    return res, "\n".join(rows)


def stages(texts: Sequence[str], pipe: Pipeline) -> tuple[dict[str, float], str]:
    """Seconds per stage, one run on a warm pipeline: each Stanza processor in
    turn over the whole batch (``bulk_process``), then each quotekit extractor
    over the parsed documents. Where the time goes."""
    import warnings

    import stanza

    from quotekit._stanza import StanzaParser

    nlp = pipe.parser._nlp  # type: ignore[attr-defined]
    bare = StanzaParser(pipe._model, decoder="stanza", batch_size=5000)._nlp
    docs_in = list(texts)
    times: dict[str, float] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for label, pipeline in (("bare Stanza", bare), ("quotekit", nlp)):
            sdocs = [stanza.Document([], text=x) for x in docs_in]
            for name, proc in pipeline.processors.items():
                t = time.perf_counter()
                sdocs = proc.bulk_process(sdocs)
                times[f"{label}: {name}"] = time.perf_counter() - t
        parsed = pipe.parser.parse_many(docs_in)
        for ext in pipe.extractors:
            quotes_of = {id(d): () for d in parsed}
            t = time.perf_counter()
            for d in parsed:
                quotes_of[id(d)] = ext(d, ())
            times[f"quotekit {ext.name} (alone)"] = time.perf_counter() - t
        t = time.perf_counter()
        for d in parsed:
            pipe.extract(d)
        times["quotekit chain (all stages)"] = time.perf_counter() - t
    totals = {
        p: sum(v for k, v in times.items() if k.startswith(p + ":")) for p in ("bare Stanza", "quotekit")
    }
    rows = ["| stage | seconds | share of that parse |", "|---|---|---|"]
    for k, v in times.items():
        p = k.partition(":")[0]
        rows.append(
            f"| {k} | {v:.2f} | {100 * v / totals[p]:.0f} % |" if p in totals else f"| {k} | {v:.3f} | |"
        )
    rows += [f"| {p}: whole parse | {v:.2f} | |" for p, v in totals.items()]
    return times, "\n".join(rows)


def scale(texts: Sequence[str], pipe: Pipeline) -> tuple[dict[str, Any], str]:
    """Articles/s for batch size 1 vs 32 and for 1 vs 2 worker processes.

    One run each (the machine is noisy: read differences under ~15% as
    noise). Peak RSS per worker is the largest worker's maximum resident
    set, read from the finished worker processes.
    """
    import os
    import warnings

    docs_in = list(texts)
    n = len(docs_in)
    runs: dict[str, float] = {}
    os.environ.setdefault("PYTHONWARNINGS", "ignore")  # quiet spawned workers too
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        list(pipe.pipe(docs_in[:2], batch_size=2))  # warm-up
        for label, kw in (
            ("1 process, batch size 1", {"batch_size": 1}),
            ("1 process, batch size 32", {"batch_size": 32}),
            ("2 processes, batch size 8 (incl. starting the workers)", {"batch_size": 8, "n_process": 2}),
        ):
            t = time.perf_counter()
            got = list(quotekit.parse_articles(docs_in, pipeline=pipe, on_error="record", **kw))
            runs[label] = time.perf_counter() - t
            assert len(got) == n
    worker_rss = _worker_peak_rss(docs_in[:8])
    main_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        f"{n} articles, {os.cpu_count()} CPU cores, one run each.",
        "",
        "| run | time | articles/s |",
        "|---|---|---|",
        *[f"| {k} | {v:.1f} s | {n / v:.2f} |" for k, v in runs.items()],
        f"| peak RSS of one worker process (VmHWM after loading and parsing 8 articles) | {worker_rss:,.0f} MB | |",
        f"| peak RSS of the main process | {main_rss:,.0f} MB | |",
    ]
    return {"runs": runs, "worker_rss_mb": worker_rss, "main_rss_mb": main_rss}, "\n".join(rows)


def _peak_in_worker(texts: list[str]) -> float:
    from pathlib import Path

    from quotekit._workers import WorkerConfig

    WorkerConfig().pipeline()._run_batch(list(texts), 0, "record")

    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _worker_peak_rss(texts: list[str]) -> float:
    """Peak resident memory of one spawned worker, read inside it (a fresh process
    image, so the parent's memory is not counted as getrusage(RUSAGE_CHILDREN) would)."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        return float(pool.apply(_peak_in_worker, (list(texts),)))

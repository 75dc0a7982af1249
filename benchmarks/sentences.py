"""Sentence breaks around quotes: where the tokenizer cuts what a quote depends on.

Every quote rule works inside a sentence's parse, so a false sentence break between
a speaker's title and name ("Sen. | Smith"), or between a quote and its closing
mark, costs a speaker or a span. This counts, on the annotated PolNeAR articles,
with the bundled tokenizer alone (no tagging or parsing: a few minutes for all of
train) and with and without quotekit's repair of the tokenizer's sentences
(:func:`quotekit._stanza.repair_sentence_splits`):

- gold speaker mentions cut by a sentence break;
- gold cues and their speaker mention in different sentences;
- sentences that hold nothing but closing quotation marks.

Run: ``python -m benchmarks.sentences [--train] [--out FILE]`` (appends a table).
"""

from __future__ import annotations

import argparse
import bisect
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quotekit._stanza import StanzaParser, repair_sentence_splits, sanitize, split_for_parsing

from . import polnear

TRAIN = polnear.EVAL.parent / "polnear_train.jsonl"


def sentence_starts(parser: StanzaParser, text: str, *, repair: bool) -> list[int]:
    """Character offsets where the tokenizer (and the repair) start sentences."""
    import stanza

    clean = sanitize(text)
    pieces = [(s, e) for s, e in split_for_parsing(text) if text[s:e].strip()]
    docs = [stanza.Document([], text=clean[s:e]) for s, e in pieces]
    nlp = parser._nlp
    docs = nlp.processors["tokenize"].bulk_process(docs)
    starts: list[int] = []
    assert parser._repair is not None
    for (s, _e), d in zip(pieces, docs, strict=True):
        if repair:
            d = repair_sentence_splits(d, *parser._repair)
        starts.extend(s + sent.tokens[0].start_char for sent in d.sentences if sent.tokens)
    return starts


def _sentence_of(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def count(parser: StanzaParser, articles: Sequence[dict[str, Any]], *, repair: bool) -> dict[str, int]:
    closers = parser._repair[1] if parser._repair else frozenset()
    out = {"sentences": 0, "mentions": 0, "mentions cut": 0, "cue-source pairs": 0, "pairs split": 0,
           "closing-mark sentences": 0}  # fmt: skip
    for art in articles:
        text = art["text"]
        starts = sentence_starts(parser, text, repair=repair)
        out["sentences"] += len(starts)
        ends = [*starts[1:], len(text)]
        for a, b in zip(starts, ends, strict=True):
            toks = text[a:b].split()
            if toks and all(t in closers for t in toks):
                out["closing-mark sentences"] += 1
        for q in art["quotes"]:
            ss, se = q.get("speaker_start"), q.get("speaker_end")
            if ss is None or se is None or se <= ss:
                continue
            out["mentions"] += 1
            if _sentence_of(starts, ss) != _sentence_of(starts, se - 1):
                out["mentions cut"] += 1
            cs = q.get("cue_start")
            if cs is not None and q.get("cue_is_speech"):
                out["cue-source pairs"] += 1
                if _sentence_of(starts, cs) not in (_sentence_of(starts, ss), _sentence_of(starts, se - 1)):
                    out["pairs split"] += 1
    return out


def table(rows: dict[str, dict[str, int]]) -> str:
    keys = list(next(iter(rows.values())))
    lines = ["| articles, tokenizer | " + " | ".join(keys) + " |", "|---|" + "---|" * len(keys)]
    lines += [f"| {name} | " + " | ".join(f"{v[k]:,}" for k in keys) + " |" for name, v in rows.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", action="store_true", help="also the 840 train articles")
    ap.add_argument("--out", type=Path, help="append the table to this file")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    parser = StanzaParser()
    sets = {"dev (84)": polnear.load()}
    if args.train:
        sets["train (840)"] = polnear.load(TRAIN)
    rows: dict[str, dict[str, int]] = {}
    t = time.perf_counter()
    for name, arts in sets.items():
        if not arts:
            continue
        rows[f"{name}, as tokenized"] = count(parser, arts, repair=False)
        rows[f"{name}, repaired"] = count(parser, arts, repair=True)
    text = (
        "## Sentence breaks around quotes (`python -m benchmarks.sentences"
        + (" --train" if args.train else "")
        + "`)\n\nGold speaker mentions cut by a sentence break, speech cues in another sentence"
        " than their speaker mention, and sentences of nothing but closing quotation marks,"
        " with the bundled tokenizer's sentences as they are and after quotekit's repair"
        f" ({time.perf_counter() - t:.0f} s).\n\n" + table(rows) + "\n"
    )
    print(text)
    if args.out:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write("\n" + text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

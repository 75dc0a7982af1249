"""Parsed dev articles on disk, so that rule work re-runs only the extractors.

``python -m benchmarks --cached`` parses PolNeAR dev once with the pipeline's
parser and keeps the :class:`~quotekit.parsing.ParsedDoc` values under
``benchmarks/out/`` (ignored by git; the article text never enters the
repository), keyed by the model files' sizes and modification times, so a new
model is parsed anew. The extractor chain then runs on the cached parses.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Sequence
from pathlib import Path

from quotekit import Pipeline
from quotekit.parsing import ParsedDoc

OUT = Path(__file__).resolve().parent / "out"


def _key(pipe: Pipeline, texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    paths = pipe.describe().get("model_paths") or {}
    for proc, path in sorted(paths.items() if isinstance(paths, dict) else []):
        st = Path(path).stat()
        h.update(f"{proc}:{path}:{st.st_size}:{st.st_mtime_ns}".encode())
    # the parser's own post-processing of the tokenizer's sentences changes the parses too
    h.update(f"repair:{getattr(pipe.parser, 'split_repair', None)}".encode())
    for t in texts:
        h.update(t.encode())
    return h.hexdigest()[:16]


def parses(pipe: Pipeline, texts: Sequence[str], batch: int = 8, *, name: str = "dev") -> list[ParsedDoc]:
    """The parses of ``texts`` from the cache, or parsed now and cached (``name`` tells the
    sets apart on disk: ``dev``, ``train``)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{name}_parses_{_key(pipe, texts)}.pkl"
    if path.exists():
        with path.open("rb") as fh:
            docs: list[ParsedDoc] = pickle.load(fh)
            return docs
    docs = []
    for i in range(0, len(texts), batch):
        docs.extend(pipe.parser.parse_many(list(texts[i : i + batch])))
    with path.open("wb") as fh:
        pickle.dump(docs, fh)
    return docs

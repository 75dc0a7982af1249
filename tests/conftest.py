"""Shared fixtures: CoNLL-U documents (no model) and the bundled pipeline."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest

from quotekit import Article, ParsedDoc, Pipeline, read_conllu

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(DATA))

from cases import CASES  # noqa: E402


@functools.cache
def fixture_docs() -> dict[str, ParsedDoc]:
    """``patterns.conllu`` split into its named documents."""
    raw = (DATA / "patterns.conllu").read_text(encoding="utf-8")
    docs = {}
    for chunk in raw.split("# newdoc id = ")[1:]:
        name, _, body = chunk.partition("\n")
        docs[name.strip()] = read_conllu(body)
    return docs


@functools.cache
def rules_pipeline() -> Pipeline:
    """A pipeline whose parser is never loaded (extraction on fixtures only)."""
    return Pipeline()


def extract_fixture(name: str) -> Article:
    return rules_pipeline().extract(fixture_docs()[name])


@functools.cache
def model_pipeline() -> Pipeline:
    return Pipeline()


def run_model(text: str) -> Article:
    return model_pipeline()(text)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "aliyev_ceasefire.txt").read_text(encoding="utf-8")


__all__ = ["CASES", "extract_fixture", "fixture_docs", "run_model"]

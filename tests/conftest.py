"""Shared fixtures: CoNLL-U documents (no model) and the bundled pipeline."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import attrs
import pytest

from quotekit import Article, ParsedDoc, Pipeline, read_conllu
from quotekit.parsing import Sentence, Word

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


def parse_edited(text: str, edit: Callable[[Sentence, Word], Word]) -> ParsedDoc:
    """The bundled model's parse of ``text`` with each word passed through ``edit``:
    another tagger's or parser's reading, written as a change to this one's."""
    doc = model_pipeline().parser.parse(text)
    return attrs.evolve(
        doc,
        sentences=tuple(attrs.evolve(s, words=tuple(edit(s, w) for w in s.words)) for s in doc.sentences),
    )


def run_model(text: str) -> Article:
    return model_pipeline()(text)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "aliyev_ceasefire.txt").read_text(encoding="utf-8")


def require(module: str, reason: str) -> ModuleType:
    """Import an optional dependency: skip without it, except in CI (``CI=true``),
    where a missing dependency is an error, never a silent skip."""
    if os.environ.get("CI"):
        import importlib

        return importlib.import_module(module)
    return pytest.importorskip(module, reason=reason)


# -- CI must not skip in silence ------------------------------------------------
# Tests marked ``ci_required`` (browser, Spark, Dask, Parquet) may skip on a
# developer's machine that lacks Chromium or Java; under CI=true a skip of one
# of them fails the run.
_SKIPPED_REQUIRED: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "ci_required" in report.keywords:
        _SKIPPED_REQUIRED.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("CI") and _SKIPPED_REQUIRED:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if os.environ.get("CI") and _SKIPPED_REQUIRED:
        terminalreporter.write_line(
            f"CI: {len(_SKIPPED_REQUIRED)} test(s) marked ci_required were skipped: "
            + ", ".join(_SKIPPED_REQUIRED),
            red=True,
        )


__all__ = ["CASES", "extract_fixture", "fixture_docs", "require", "run_model"]

"""The public surface: one door, honest ``__all__``, frozen plain-data results."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

import quotekit
from quotekit import (
    Article,
    InvalidInputError,
    ModelNotFoundError,
    Quote,
    QuoteKind,
    QuotekitError,
    RegistryError,
    Span,
)


def test_all_is_sorted_and_resolves() -> None:
    assert quotekit.__all__ == sorted(quotekit.__all__)
    for name in quotekit.__all__:
        assert hasattr(quotekit, name), name


def test_public_objects_have_docstrings() -> None:
    for name in quotekit.__all__:
        obj = getattr(quotekit, name)
        if callable(obj) and not name.startswith("_"):
            assert obj.__doc__, name


def test_import_does_not_import_stanza_or_torch() -> None:
    code = "import sys, quotekit; quotekit.Pipeline(); print('stanza' in sys.modules, 'torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_results_are_frozen() -> None:
    s = Span(start=0, end=2, text="Hi")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.start = 1  # type: ignore[misc]


def test_results_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Span(0, 2, "Hi")  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end", "text"), [(0, 3, "Hi"), (-1, 1, "xx"), (3, 1, "")])
def test_span_rejects_inconsistent_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(ValueError):
        Span(start=start, end=end, text=text)


def test_quote_extras_are_namespaced_and_typed() -> None:
    q = Quote(id="q1", kind=QuoteKind.DIRECT, content=Span.of("Hi", 0, 2))
    q2 = q.with_extra("stance", "label", "denies").with_extra("stance", "label", "says")
    assert q2.extra("stance", "label") == "says"
    assert len(q2.extras) == 1
    assert q.extras == ()
    with pytest.raises(TypeError):
        q.with_extra("x", "y", [1, 2])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exc", "builtin"),
    [
        (InvalidInputError, ValueError),
        (InvalidInputError, TypeError),
        (ModelNotFoundError, LookupError),
        (RegistryError, KeyError),
    ],
)
def test_errors_subclass_builtins(exc: type[Exception], builtin: type[Exception]) -> None:
    assert issubclass(exc, QuotekitError)
    assert issubclass(exc, builtin)


def test_unknown_model_folder_is_a_clear_error() -> None:
    with pytest.raises(ModelNotFoundError, match="neither 'default'"):
        quotekit.Pipeline(model="/nonexistent/model")


def test_stanza_models_missing_is_a_clear_error(tmp_path: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ModelNotFoundError, match="quotekit download"):
        quotekit.Pipeline(model="stanza")


def test_empty_article_has_nothing() -> None:
    assert quotekit.parse_article("") == Article(text="")
    assert quotekit.parse_article("  \n ").quotes == ()

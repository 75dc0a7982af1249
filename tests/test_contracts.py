"""Documented contracts at the edges: exit codes, error types, the JSON schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from conftest import ROOT

import quotekit
from quotekit import InvalidInputError
from quotekit.cli import main

SEED = ROOT / "seeds" / "aliyev_ceasefire.txt"


def _code(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    return main(list(argv), out=io.StringIO(), err=err), err.getvalue()


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        ([], 64),  # no command
        (["bogus"], 64),  # unknown command
        (["parse", "--format", "xml", "x.txt"], 64),  # bad choice
        (["parse"], 64),  # nothing to parse
        (["parse", "--processes", "two", "x"], 64),  # not a number
        (["--help"], 0),
        (["--version"], 0),
        (["parse", "/nonexistent/file.txt"], 66),  # no such file
        (["parse", "--model", "/nope", str(SEED)], 69),  # no such model
        (["parse", "--input", "/nonexistent.jsonl"], 66),
    ],
)
def test_exit_codes(argv: list[str], code: int) -> None:
    assert _code(*argv)[0] == code


def test_exit_code_of_bad_bytes_is_65(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00junk")
    assert _code("parse", str(bad))[0] == 65


@pytest.mark.model
def test_input_mode_keeps_each_errors_own_code(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": 1, "text": "“We are ready,” Smith said."}\n{"id": 2}\n', encoding="utf-8")
    code, err = _code("parse", "--input", str(corpus), "-o", str(tmp_path / "o.jsonl"))
    assert code == 65  # the missing text field: bad input
    assert "article 2" in err


@pytest.mark.model
def test_input_mode_internal_error_is_70(tmp_path: Path) -> None:
    import attrs

    @attrs.define
    class Broken:
        name: str = "broken"
        requires: frozenset[str] = frozenset()

        def __call__(self, doc: object, quotes: tuple[quotekit.Quote, ...]) -> tuple[quotekit.Quote, ...]:
            raise RuntimeError("boom")

    from quotekit.cli import _record_code

    pipe = quotekit.Pipeline([*quotekit.Pipeline().names, Broken()])
    (rec,) = quotekit.parse_articles(["“Hi,” Smith said."], pipeline=pipe, on_error="record")
    assert isinstance(rec, quotekit.ErrorRecord)
    assert rec.error == "ExtractorError"
    assert _record_code(rec) == 70


@pytest.mark.model
def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Stdin:
        buffer = io.BytesIO("“We are ready,” Smith said.".encode())

    monkeypatch.setattr("sys.stdin", _Stdin())
    out = io.StringIO()
    assert main(["parse", "-", "--format", "json"], out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())["quotes"][0]["speaker"]["name"] == "Smith"


@pytest.mark.model
def test_missing_text_field_is_reported(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "body": "“Hi,” Smith said."}\n', encoding="utf-8")
    out = tmp_path / "o.jsonl"
    code, _err = _code("parse", "--input", str(corpus), "--text-field", "content", "-o", str(out))
    assert code == 65
    line = json.loads(out.read_text(encoding="utf-8"))
    assert line["id"] == "a"
    assert "content" in line["message"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"schema_version": "1.1", "text": "x", "quotes": [], "speakers": []}, "conditions"),
        (
            {
                "schema_version": "1.1",
                "text": "x",
                "quotes": [{"id": "q1"}],
                "speakers": [],
                "conditions": [],
            },
            None,
        ),
        (
            {"schema_version": "1.1", "text": "x", "quotes": [], "speakers": [{"name": 3}], "conditions": []},
            None,
        ),
        ([1, 2], None),
    ],
)
def test_from_dict_on_malformed_data_is_invalid_input(data: object, field: str | None) -> None:
    with pytest.raises(InvalidInputError, match="malformed") as info:
        quotekit.from_dict(data)  # type: ignore[arg-type]
    if field:
        assert field in str(info.value)


def test_from_json_on_junk_is_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="not JSON"):
        quotekit.from_json("{nope")


def test_parallel_errors_keep_their_type() -> None:
    from quotekit._parallel import _as_exception

    rec = quotekit.ErrorRecord(index=4, error="ExtractorError", message="extractor 'x' failed: boom")
    exc = _as_exception(rec)
    assert type(exc) is quotekit.ExtractorError
    assert "boom" in str(exc)
    rec2 = quotekit.ErrorRecord(index=1, error="InvalidInputError", message="expected str, got NoneType")
    exc2 = _as_exception(rec2)
    assert isinstance(exc2, InvalidInputError)
    assert "expected str" in str(exc2)
    rec3 = quotekit.ErrorRecord(
        index=1, error="worker_died", message="worker process killed by signal SIGKILL"
    )
    assert isinstance(_as_exception(rec3), quotekit.errors.WorkerError)

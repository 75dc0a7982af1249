"""The CLI: formats, exit codes, one bad file never stops the others."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "seeds" / "aliyev_ceasefire.txt")
pytestmark = pytest.mark.model


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_parse_seed_json() -> None:
    code, out, _ = run("parse", SEED)
    assert code == 0
    d = json.loads(out)
    assert len(d["quotes"]) == 11
    assert d["schema_version"] == "1.3"


def test_parse_table_and_html() -> None:
    code, out, _ = run("parse", SEED, "--format", "table")
    assert code == 0
    assert "Ilham Aliyev" in out
    code, out, _ = run("parse", SEED, "--format", "html")
    assert code == 0
    assert out.startswith("<!DOCTYPE html>")
    assert 'class="q"' in out


def test_bad_files_are_reported_and_others_still_processed(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("“Café,” he said.".encode("cp1252"))
    code, out, err = run(
        "parse", str(tmp_path / "missing.txt"), str(tmp_path), str(bad), SEED, "--format", "jsonl"
    )
    assert code != 0
    assert "no such file" in err
    assert "directory" in err
    assert "not UTF-8" in err
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["file"] == SEED


def test_jsonl_corpus_with_a_bad_line(tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "“We are ready,” Smith said."})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "Jones said the talks failed."})
        + "\n",
        encoding="utf-8",
    )
    dest = tmp_path / "out.jsonl"
    code, _, err = run("parse", "--input", str(corpus), "--output", str(dest), "--no-text")
    rows = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", 1, "c"]
    assert "error" in rows[1]
    assert "quotes" in rows[2]
    assert code == 65
    assert "JSONDecodeError" in err


def test_info_names_the_model() -> None:
    code, out, _ = run("info")
    assert code == 0
    info = json.loads(out)
    assert "en_ewt_small" in info["model"]
    assert info["quotekit"]


def test_extractors_lists_builtins() -> None:
    code, out, _ = run("extractors")
    assert code == 0
    assert "candidates" in out
    assert "quotekit (built-in)" in out


def test_usage_error_exit_code() -> None:
    code, _, _ = run("parse")
    assert code == 64

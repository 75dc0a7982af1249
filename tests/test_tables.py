"""Tables for analysts: rows, CSV, Parquet, DataFrames, the notebook view."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import ROOT, require, run_model

import quotekit
from quotekit import Article, ErrorRecord
from quotekit.cli import main
from quotekit.tables import CONDITION_COLUMNS, QUOTE_COLUMNS, SPEAKER_COLUMNS, rows

SEED = ROOT / "seeds" / "aliyev_ceasefire.txt"


@pytest.fixture(scope="module")
def seed() -> Article:
    return run_model(SEED.read_text(encoding="utf-8"))


_SPANS = {
    "quotes": [
        ("content_start", "content_end", "content"),
        ("speaker_mention_start", "speaker_mention_end", "speaker_mention"),
    ],
    "conditions": [
        ("condition_start", "condition_end", "condition"),
        ("outcome_start", "outcome_end", "outcome"),
    ],
}


@pytest.mark.model
@pytest.mark.parametrize("table", ["quotes", "conditions", "speakers"])
def test_rows_have_the_columns_and_their_spans_index_the_text(seed: Article, table: str) -> None:
    got = list(rows([seed], table=table, ids=["seed"]))  # type: ignore[arg-type]
    cols = {"quotes": QUOTE_COLUMNS, "conditions": CONDITION_COLUMNS, "speakers": SPEAKER_COLUMNS}[table]
    assert got
    assert all(tuple(r) == cols and r["article_id"] == "seed" and r["error"] is None for r in got)
    for start, end, txt in _SPANS.get(table, []):
        for r in got:
            if r[start] is not None:
                assert seed.text[r[start] : r[end]] == r[txt]


@pytest.mark.model
def test_quote_rows_follow_the_article(seed: Article) -> None:
    got = quotekit.quote_rows(seed)
    assert [r["quote_id"] for r in got] == [q.id for q in seed.quotes]
    assert [r["n_conditions"] for r in got] == [len(q.conditions) for q in seed.quotes]
    assert sum(r["n_conditions"] for r in got) == len(quotekit.condition_rows(seed)) == 5


def test_an_error_record_is_one_row_with_its_error_in_every_table() -> None:
    rec = ErrorRecord(index=3, error="InvalidInputError", message="binary junk")
    for make in (quotekit.quote_rows, quotekit.condition_rows, quotekit.speaker_rows):
        (row,) = make(rec, article_id="x")
        assert row["article_id"] == "x"
        assert row["error"] == "InvalidInputError: binary junk"
    assert next(rows([rec]))["article_id"] == 3  # the record's index by default


def test_unknown_table_is_a_config_error() -> None:
    with pytest.raises(quotekit.PipelineConfigError, match="table"):
        list(rows([], table="people"))  # type: ignore[arg-type]


@pytest.mark.model
def test_csv_from_the_cli_reads_back_as_the_rows(tmp_path: Path, seed: Article) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(["parse", str(SEED), "--format", "csv"], out=out, err=err) == 0
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    want = quotekit.quote_rows(seed, article_id=str(SEED))
    assert len(back) == len(want)
    for b, w in zip(back, want, strict=True):
        assert b == {k: "" if v is None else str(v) for k, v in w.items()}


@pytest.mark.model
def test_csv_corpus_streams_ids_and_keeps_failures(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        '{"doc": "a", "text": "“We are ready,” Smith said."}\n{"doc": "b", "body": 1}\n'
        '{"doc": "c", "text": "Mary Jones said the talks had failed."}\n',
        encoding="utf-8",
    )
    dest = tmp_path / "q.csv"
    rc = main(
        ["parse", "--input", str(corpus), "--id-field", "doc", "--format", "csv", "-o", str(dest)],
        out=io.StringIO(),
        err=io.StringIO(),
    )
    assert rc == 65  # one bad line
    back = list(csv.DictReader(dest.open(encoding="utf-8")))
    assert [r["article_id"] for r in back] == ["a", "b", "c"]
    assert back[1]["error"].startswith("InvalidInputError")
    assert back[0]["speaker_name"] == "Smith"


@pytest.mark.model
@pytest.mark.ci_required
@pytest.mark.parametrize("table", ["quotes", "conditions", "speakers"])
def test_parquet_reads_back_as_the_dataframe(tmp_path: Path, seed: Article, table: str) -> None:
    pd = require("pandas", "the pandas extra is not installed")
    require("pyarrow", "the pandas extra is not installed")
    dest = tmp_path / f"{table}.parquet"
    rc = main(
        ["parse", str(SEED), "--format", "parquet", "--table", table, "-o", str(dest)],
        out=io.StringIO(),
        err=io.StringIO(),
    )
    assert rc == 0
    back = pd.read_parquet(dest)
    df = quotekit.to_dataframe([seed], table=table, ids=[str(SEED)])  # type: ignore[arg-type]
    assert list(back.columns) == list(df.columns)
    assert len(back) == len(df)
    for col in df.columns:
        assert [None if pd.isna(v) else v for v in back[col]] == [None if pd.isna(v) else v for v in df[col]]


def test_parquet_needs_an_output_file() -> None:
    err = io.StringIO()
    assert main(["parse", str(SEED), "--format", "parquet"], out=io.StringIO(), err=err) == 64
    assert "--output" in err.getvalue()


@pytest.mark.model
@pytest.mark.ci_required
def test_dataframe_dtypes(seed: Article) -> None:
    require("pandas", "the pandas extra is not installed")
    df = quotekit.to_dataframe([seed])
    assert str(df["kind"].dtype) == "category"
    assert str(df["content_start"].dtype) == "Int64"
    assert str(df["speaker_mention_start"].dtype) == "Int64"
    assert str(df["content"].dtype).startswith("string")
    assert set(df["speaker_name"].dropna()) == {"Ilham Aliyev"}


def test_missing_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas -> ImportError
    with pytest.raises(quotekit.MissingExtraError, match=r"quotekit\[pandas\]"):
        quotekit.to_dataframe([Article(text="")])


def test_notebook_html_escapes_the_text() -> None:
    art = Article(text="<script>alert(1)</script> and <b>bold</b>")
    html = art._repr_html_()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.model
def test_notebook_html_marks_quotes_and_short_reprs(seed: Article) -> None:
    html = seed._repr_html_()
    assert html.startswith('<div class="quotekit">')
    assert "<html" not in html
    assert html.count('class="q') >= len(seed.quotes)
    q = seed.quotes[0]
    assert repr(q) == f"<Quote {q.id} {q.kind.value} 'Ilham Aliyev' {q.cue.text}: {q.content.text!r}>"  # type: ignore[union-attr]
    assert repr(seed.speakers[0]).startswith("<Speaker 'Ilham Aliyev' person, 'Azerbaijani President'")

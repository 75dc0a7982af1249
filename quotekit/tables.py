"""Flat rows for analysts: one row per quote, per condition or per speaker.

Plain dicts with stable column names, from the core library (no dependency);
:func:`to_dataframe` turns them into a pandas DataFrame with proper dtypes when
pandas is installed (``pip install "quotekit[pandas]"``). Every span in a row
is given by its text and its character offsets into the article, so
``text[row["content_start"]:row["content_end"]] == row["content"]``.

An :class:`~quotekit.ErrorRecord` gives one row whose ``error`` column is set
(in every table), so failures stay visible and the count of articles is kept.

Example:
    >>> import quotekit
    >>> art = quotekit.parse_article("“We are ready,” Smith said.")
    >>> row = quote_rows(art, article_id="a1")[0]
    >>> row["article_id"], row["speaker_name"], row["cue"], row["content"]
    ('a1', 'Smith', 'said', 'We are ready,')
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from .errors import MissingExtraError, PipelineConfigError
from .model import Article, ErrorRecord

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = [
    "CONDITION_COLUMNS",
    "QUOTE_COLUMNS",
    "SPEAKER_COLUMNS",
    "Table",
    "columns",
    "condition_rows",
    "parquet_schema",
    "quote_rows",
    "rows",
    "speaker_rows",
    "to_dataframe",
    "write_parquet",
]

Table = Literal["quotes", "conditions", "speakers"]

#: Columns of the quotes table, in order.
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "quote_id",
    "kind",
    "content_start",
    "content_end",
    "content",
    "speaker_name",
    "speaker_label",
    "speaker_kind",
    "speaker_gender",
    "speaker_title",
    "speaker_mention_start",
    "speaker_mention_end",
    "speaker_mention",
    "cue",
    "addressee",
    "n_conditions",
    "speaker_confidence",
    "rule",
    "mention_rule",
    "speaker_rule",
    "error",
)

#: Columns of the conditions table, in order.
CONDITION_COLUMNS: tuple[str, ...] = (
    "article_id",
    "condition_id",
    "quote_id",
    "kind",
    "trigger",
    "condition_start",
    "condition_end",
    "condition",
    "outcome_start",
    "outcome_end",
    "outcome",
    "holder",
    "rule",
    "confidence",
    "error",
)

#: Columns of the speakers table, in order.
SPEAKER_COLUMNS: tuple[str, ...] = (
    "article_id",
    "speaker_label",
    "speaker_name",
    "speaker_kind",
    "speaker_gender",
    "speaker_title",
    "resolution",
    "n_quotes",
    "n_mentions",
    "error",
)

_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": QUOTE_COLUMNS,
    "conditions": CONDITION_COLUMNS,
    "speakers": SPEAKER_COLUMNS,
}
_CATEGORIES = ("kind", "speaker_kind", "speaker_gender", "resolution")
_OFFSETS = ("_start", "_end")
_COUNTS = ("n_conditions", "n_quotes", "n_mentions")
_PROBABILITIES = ("speaker_confidence", "confidence")


def _row(columns: tuple[str, ...], **values: Any) -> dict[str, Any]:
    return {c: values.get(c) for c in columns}


def _error_row(columns: tuple[str, ...], rec: ErrorRecord, article_id: Any) -> dict[str, Any]:
    return _row(columns, article_id=article_id, error=f"{rec.error}: {rec.message}")


def quote_rows(result: Article | ErrorRecord, *, article_id: Any = None) -> list[dict[str, Any]]:
    """One row per quote (see :data:`QUOTE_COLUMNS`).

    Args:
        result: an article, or the error record that stands in its place.
        article_id: copied into every row (an index, a file name, a corpus id).
    """
    if isinstance(result, ErrorRecord):
        return [_error_row(QUOTE_COLUMNS, result, article_id)]
    out = []
    for q in result.quotes:
        sp, m = q.speaker, q.speaker_mention
        out.append(
            _row(
                QUOTE_COLUMNS,
                article_id=article_id,
                quote_id=q.id,
                kind=q.kind.value,
                content_start=q.content.start,
                content_end=q.content.end,
                content=q.content.text,
                speaker_name=sp.name if sp else None,
                speaker_label=sp.label if sp else None,
                speaker_kind=sp.kind.value if sp else None,
                speaker_gender=sp.gender if sp else None,
                speaker_title=sp.title if sp else None,
                speaker_mention_start=m.start if m else None,
                speaker_mention_end=m.end if m else None,
                speaker_mention=m.text if m else None,
                cue=q.cue.text if q.cue else None,
                addressee=q.addressee.text if q.addressee else None,
                n_conditions=len(q.conditions),
                speaker_confidence=q.speaker_confidence,
                rule=q.rule,
                mention_rule=q.mention_rule,
                speaker_rule=q.speaker_rule,
            )
        )
    return out


def condition_rows(result: Article | ErrorRecord, *, article_id: Any = None) -> list[dict[str, Any]]:
    """One row per condition (see :data:`CONDITION_COLUMNS`)."""
    if isinstance(result, ErrorRecord):
        return [_error_row(CONDITION_COLUMNS, result, article_id)]
    return [
        _row(
            CONDITION_COLUMNS,
            article_id=article_id,
            condition_id=c.id,
            quote_id=c.quote_id,
            kind=c.kind.value,
            trigger=c.trigger.text,
            condition_start=c.condition.start,
            condition_end=c.condition.end,
            condition=c.condition.text,
            outcome_start=c.outcome.start if c.outcome else None,
            outcome_end=c.outcome.end if c.outcome else None,
            outcome=c.outcome.text if c.outcome else None,
            holder=c.holder,
            rule=c.rule,
            confidence=c.confidence,
        )
        for c in result.conditions
    ]


def speaker_rows(result: Article | ErrorRecord, *, article_id: Any = None) -> list[dict[str, Any]]:
    """One row per speaker of the article (see :data:`SPEAKER_COLUMNS`)."""
    if isinstance(result, ErrorRecord):
        return [_error_row(SPEAKER_COLUMNS, result, article_id)]
    return [
        _row(
            SPEAKER_COLUMNS,
            article_id=article_id,
            speaker_label=s.label,
            speaker_name=s.name,
            speaker_kind=s.kind.value,
            speaker_gender=s.gender,
            speaker_title=s.title,
            resolution=s.resolution.value,
            n_quotes=len(s.quote_ids),
            n_mentions=len(s.mentions),
        )
        for s in result.speakers
    ]


_ROWS = {"quotes": quote_rows, "conditions": condition_rows, "speakers": speaker_rows}


def rows(
    results: Iterable[Article | ErrorRecord],
    *,
    table: Table = "quotes",
    ids: Iterable[Any] | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream the rows of many articles, one table; never holds them all.

    Args:
        results: articles (or error records), e.g. from :func:`~quotekit.parse_articles`.
        table: ``"quotes"``, ``"conditions"`` or ``"speakers"``.
        ids: an id per article; default: the error record's index, else the
            article's position.

    Raises:
        PipelineConfigError: an unknown ``table``.
    """
    if table not in _ROWS:
        raise PipelineConfigError(f"table must be one of {', '.join(_ROWS)}, not {table!r}")
    make = _ROWS[table]
    id_iter = iter(ids) if ids is not None else None
    for k, r in enumerate(results):
        aid = next(id_iter, k) if id_iter is not None else (r.index if isinstance(r, ErrorRecord) else k)
        yield from make(r, article_id=aid)


def columns(table: Table) -> tuple[str, ...]:
    """The column names of ``table``, in order."""
    return _COLUMNS[table]


def _pandas() -> Any:
    try:
        import pandas  # noqa: PLC0415
    except ImportError as exc:
        raise MissingExtraError("to_dataframe needs pandas: pip install 'quotekit[pandas]'") from exc
    return pandas


def to_dataframe(
    results: Iterable[Article | ErrorRecord],
    *,
    table: Table = "quotes",
    ids: Iterable[Any] | None = None,
) -> pandas.DataFrame:
    """The rows of :func:`rows` as a pandas DataFrame with proper dtypes:
    categoricals for kinds and gender, nullable integers for offsets and counts,
    nullable floats for the models' probabilities, strings for text.

    Raises:
        MissingExtraError: pandas is not installed (``quotekit[pandas]``).

    Example:
        >>> import quotekit
        >>> art = quotekit.parse_article("“We are ready,” Smith said.")
        >>> df = to_dataframe([art])
        >>> str(df["content_start"].dtype), str(df["kind"].dtype)
        ('Int64', 'category')
    """
    pd = _pandas()
    cols = _COLUMNS[table]
    df = pd.DataFrame(list(rows(results, table=table, ids=ids)), columns=list(cols))
    for c in cols:
        if c in _CATEGORIES:
            df[c] = df[c].astype("category")
        elif c.endswith(_OFFSETS) or c in _COUNTS:
            df[c] = df[c].astype("Int64")
        elif c in _PROBABILITIES:
            df[c] = df[c].astype("Float64")
        elif c != "article_id":
            df[c] = df[c].astype("string")
    return df


def _pyarrow() -> Any:
    try:
        import pyarrow  # noqa: PLC0415
        import pyarrow.parquet  # noqa: PLC0415
    except ImportError as exc:
        raise MissingExtraError("Parquet output needs pyarrow: pip install 'quotekit[pandas]'") from exc
    return pyarrow


def parquet_schema(table: Table) -> Any:
    """The Arrow schema of ``table``: strings, nullable 64-bit integers for
    offsets and counts, nullable doubles for the models' probabilities;
    ``article_id`` as a string."""
    pa = _pyarrow()
    return pa.schema(
        [
            (
                c,
                pa.int64()
                if (c.endswith(_OFFSETS) or c in _COUNTS)
                else (pa.float64() if c in _PROBABILITIES else pa.string()),
            )
            for c in _COLUMNS[table]
        ]
    )


def write_parquet(
    row_iter: Iterable[dict[str, Any]], path: str, *, table: Table = "quotes", chunk_rows: int = 5000
) -> int:
    """Write rows to a Parquet file in chunks (never holding the corpus);
    returns the number of rows written.

    Raises:
        MissingExtraError: pyarrow is not installed (``quotekit[pandas]``).
    """
    pa = _pyarrow()
    schema = parquet_schema(table)
    cols = _COLUMNS[table]
    n = 0
    buf: list[dict[str, Any]] = []
    with pa.parquet.ParquetWriter(path, schema) as writer:

        def flush() -> None:
            data = {
                c: [None if r[c] is None else (str(r[c]) if c == "article_id" else r[c]) for r in buf]
                for c in cols
            }
            writer.write_table(pa.Table.from_pydict(data, schema=schema))
            buf.clear()

        for r in row_iter:
            buf.append(r)
            n += 1
            if len(buf) >= chunk_rows:
                flush()
        if buf or n == 0:
            flush()
    return n

"""One pipeline per worker process, for the cluster integrations.

A :class:`WorkerConfig` is what a worker needs to rebuild the caller's
pipeline (picklable: extractor objects, model, device, NER choice); the
worker keeps the pipeline it builds for every later task with the same
configuration, so the model loads once per worker process.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

import attrs

from .model import Article, ErrorRecord
from .pipeline import Pipeline
from .plugins import Extractor

__all__ = ["WorkerConfig", "quote_rows"]

_PIPELINES: dict[str, Pipeline] = {}
_LOCK = threading.Lock()


@attrs.frozen(kw_only=True)
class WorkerConfig:
    """The configuration of a pipeline, to rebuild it in another process."""

    extractors: tuple[Extractor, ...] | None = None
    model: str | Mapping[str, str] = "default"
    device: str = "cpu"
    ner: bool = False

    @classmethod
    def of(cls, pipeline: Pipeline | None) -> WorkerConfig:
        if pipeline is None:
            return cls()
        return cls(
            extractors=pipeline.extractors,
            model=pipeline._model,
            device=pipeline._device,
            ner=pipeline._ner,
        )

    @property
    def key(self) -> str:
        names = None if self.extractors is None else [e.name for e in self.extractors]
        model = sorted(self.model.items()) if isinstance(self.model, Mapping) else self.model
        return repr((names, model, self.device, self.ner))

    def pipeline(self) -> Pipeline:
        """This process's pipeline for the configuration, built on first use."""
        with _LOCK:
            p = _PIPELINES.get(self.key)
            if p is None:
                p = Pipeline(
                    None if self.extractors is None else list(self.extractors),
                    model=self.model,
                    device=self.device,
                    ner=self.ner,
                )
                _PIPELINES[self.key] = p
            return p


def quote_rows(result: Article | ErrorRecord) -> list[dict[str, Any]]:
    """Flat rows, one per quote, ready for ``Bag.to_dataframe()`` or a table.

    An :class:`~quotekit.ErrorRecord` gives one row whose ``error`` is set, so
    failures stay visible in the table.

    Example:
        >>> import quotekit
        >>> from quotekit.dask import quote_rows
        >>> art = quotekit.parse_article("“We are ready,” Smith said.")
        >>> [(r["speaker"], r["content"], r["cue"]) for r in quote_rows(art)]
        [('Smith', 'We are ready,', 'said')]
    """
    if isinstance(result, ErrorRecord):
        return [_row(error=f"{result.error}: {result.message}")]
    return [
        _row(
            quote_id=q.id,
            kind=q.kind.value,
            content=q.content.text,
            start=q.content.start,
            end=q.content.end,
            speaker=q.speaker.name if q.speaker is not None else None,
            speaker_mention=q.speaker_mention.text if q.speaker_mention is not None else None,
            cue=q.cue.text if q.cue is not None else None,
            addressee=q.addressee.text if q.addressee is not None else None,
            conditions=len(q.conditions),
        )
        for q in result.quotes
    ]


_COLUMNS = (
    "quote_id",
    "kind",
    "content",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "cue",
    "addressee",
    "conditions",
    "error",
)


def _row(**values: Any) -> dict[str, Any]:
    return {c: values.get(c) for c in _COLUMNS}

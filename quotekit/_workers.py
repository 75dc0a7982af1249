"""One pipeline per worker process, for the cluster integrations.

A :class:`WorkerConfig` is what a worker needs to rebuild the caller's
pipeline (picklable: extractor objects, model, device, NER choice); the
worker keeps the pipeline it builds for every later task with the same
configuration, so the model loads once per worker process.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

from .plugins import Extractor

if TYPE_CHECKING:  # pragma: no cover - pipeline imports this module for its workers
    from .pipeline import Pipeline

__all__ = ["WorkerConfig"]

_PIPELINES: dict[str, Pipeline] = {}
_LOCK = threading.Lock()


@attrs.frozen(kw_only=True)
class WorkerConfig:
    """The configuration of a pipeline, to rebuild it in another process."""

    extractors: tuple[Extractor, ...] | None = None
    model: str | Mapping[str, str] = "default"
    device: str = "cpu"
    ner: bool = False
    lang: str = "en"
    decoder: str = "auto"

    @classmethod
    def of(cls, pipeline: Pipeline | None) -> WorkerConfig:
        if pipeline is None:
            return cls()
        return cls(
            extractors=pipeline.extractors,
            model=pipeline._model,
            device=pipeline._device,
            ner=pipeline._ner,
            lang=pipeline.lang,
            decoder=pipeline._decoder,
        )

    @property
    def key(self) -> str:
        names = None if self.extractors is None else [e.name for e in self.extractors]
        model = sorted(self.model.items()) if isinstance(self.model, Mapping) else self.model
        return repr((names, model, self.device, self.ner, self.lang, self.decoder))

    def pipeline(self) -> Pipeline:
        """This process's pipeline for the configuration, built on first use."""
        from .pipeline import Pipeline  # noqa: PLC0415 - pipeline imports this module

        with _LOCK:
            p = _PIPELINES.get(self.key)
            if p is None:
                p = Pipeline(
                    None if self.extractors is None else list(self.extractors),
                    model=self.model,
                    device=self.device,
                    ner=self.ner,
                    lang=self.lang,
                    decoder=self.decoder,
                )
                _PIPELINES[self.key] = p
            return p

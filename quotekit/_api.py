"""The one-call API: :func:`parse_article` and :func:`parse_articles`.

Kept apart from :mod:`quotekit.pipeline` so that the pipeline never imports
its process workers (:mod:`quotekit._parallel`, :mod:`quotekit._workers`),
which build pipelines themselves: no import cycle.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Literal, overload

from ._parallel import parallel
from ._workers import WorkerConfig
from .errors import PipelineConfigError
from .model import Article, ErrorRecord
from .pipeline import OnError, Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import stanza

__all__ = ["parse_article", "parse_articles"]

_DEFAULT: Pipeline | None = None
_DEFAULT_LOCK = threading.Lock()


def _default_pipeline() -> Pipeline:
    global _DEFAULT  # noqa: PLW0603 - the per-process cache the design asks for
    with _DEFAULT_LOCK:
        if _DEFAULT is None:
            _DEFAULT = Pipeline()
        return _DEFAULT


def parse_article(text: str | stanza.Document, *, pipeline: Pipeline | None = None) -> Article:
    """Find every quote in one article.

    Uses a default :class:`Pipeline` (bundled model, built once per process)
    unless ``pipeline`` is given. Accepts a ``str`` or a parsed
    ``stanza.Document``.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` (or Stanza document), or
            is binary junk. Empty text gives an empty :class:`Article`.

    Example:
        >>> import quotekit
        >>> art = quotekit.parse_article('“We want peace,” the minister said.')
        >>> [(q.kind.value, q.content.text) for q in art.quotes]
        [('direct', 'We want peace,')]
    """
    return (pipeline or _default_pipeline())(text)


@overload
def parse_articles(
    texts: Iterable[object],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    progress: bool = ...,
    on_error: Literal["raise", "skip"] = ...,
    pipeline: Pipeline | None = ...,
    total: int | None = ...,
    timeout: float | None = ...,
) -> Iterator[Article]: ...


@overload
def parse_articles(
    texts: Iterable[object],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    progress: bool = ...,
    on_error: Literal["record"],
    pipeline: Pipeline | None = ...,
    total: int | None = ...,
    timeout: float | None = ...,
) -> Iterator[Article | ErrorRecord]: ...


@overload
def parse_articles(
    texts: Iterable[object],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    progress: bool = ...,
    on_error: OnError = ...,
    pipeline: Pipeline | None = ...,
    total: int | None = ...,
    timeout: float | None = ...,
) -> Iterator[Article | ErrorRecord]: ...


def parse_articles(
    texts: Iterable[object],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    progress: bool = False,
    on_error: OnError = "raise",
    pipeline: Pipeline | None = None,
    total: int | None = None,
    timeout: float | None = None,
) -> Iterator[Article | ErrorRecord]:
    """Stream many articles, batched through Stanza, in input order.

    Args:
        texts: any iterable of texts (a generator is consumed lazily).
        batch_size: articles parsed per Stanza call.
        n_process: worker processes, each loading its own pipeline once.
        progress: show a tqdm progress bar on stderr.
        on_error: what a bad article does: ``"raise"`` the error (the
            articles before it were already yielded), ``"skip"`` it, or yield
            a :class:`~quotekit.ErrorRecord` in its place (``"record"``).
            The other articles are never lost.
        pipeline: the pipeline to use (default: the cached default one).
        total: the number of texts, for the progress bar.
        timeout: with ``n_process > 1``, seconds an article may take: one that
            runs past it becomes an :class:`~quotekit.ErrorRecord` ``"timeout"``
            (and its worker is replaced). In-process mode (``n_process=1``)
            cannot interrupt a parse and refuses a timeout.

    Process mode (``n_process > 1``) never hangs: a worker that cannot start
    raises :class:`~quotekit.errors.WorkerError` (the usual cause: a script
    without the ``if __name__ == "__main__":`` guard); a worker that dies
    turns its articles into records ``"worker_died"`` and is replaced; see
    the scaling docs.

    Example:
        >>> import quotekit
        >>> out = list(quotekit.parse_articles(["“Yes, we can,” she said.", None],
        ...                                     on_error="record"))
        >>> [type(a).__name__ for a in out]
        ['Article', 'ErrorRecord']
    """
    if n_process < 1:
        raise PipelineConfigError("n_process must be >= 1")
    if timeout is not None and (n_process == 1 or timeout <= 0):
        raise PipelineConfigError(
            "timeout= needs n_process >= 2 and a positive number of seconds: an in-process parse cannot be interrupted"
        )
    if on_error not in ("raise", "skip", "record"):
        raise PipelineConfigError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
    pipe = pipeline or (None if n_process > 1 else _default_pipeline())
    if n_process == 1:
        assert pipe is not None
        gen: Iterator[Article | ErrorRecord] = pipe.pipe(texts, batch_size=batch_size, on_error=on_error)
    else:
        gen = parallel(
            texts,
            config=WorkerConfig.of(pipeline),
            batch_size=batch_size,
            n_process=n_process,
            on_error=on_error,
            timeout=timeout,
        )
    if progress:
        try:
            from tqdm.auto import tqdm  # noqa: PLC0415
        except ImportError:  # pragma: no cover - tqdm comes with stanza
            pass
        else:
            gen = iter(tqdm(gen, total=total, unit="article", desc="quotekit"))
    return gen

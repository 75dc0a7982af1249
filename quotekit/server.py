"""``quotekit serve``: an HTTP API and a page, a thin shell over the library.

Needs the extra ``quotekit[server]`` (Starlette and uvicorn: a small, well-kept
ASGI stack with no model layer of its own, so the API returns exactly the JSON
that :func:`quotekit.to_json` writes, with nothing re-validated or re-shaped on
the way).

Each worker process loads the model once, at start-up, and owns one parse
thread: requests go into a bounded queue and the thread takes up to
``batch_size`` of them at a time through :meth:`Pipeline.pipe`, the same path as
:func:`quotekit.parse_articles`. The event loop never parses, so health checks
and error replies stay fast while a long article is being parsed.

Endpoints (all under ``/v1`` but the page and the OpenAPI document):

* ``POST /v1/parse``: a plain-text body, or JSON ``{"text": ..., "id": ...}``;
  answers the article JSON (``format=json``, default), one CSV row per quote
  (``format=csv`` or ``Accept: text/csv``) or the HTML view (``format=html`` or
  ``Accept: text/html``).
* ``POST /v1/parse/batch``: JSON Lines in (objects with ``text`` and an optional
  ``id``, or bare JSON strings), JSON Lines out in the same order, streamed;
  a bad item becomes an error record (``{"index", "id", "error", "message"}``)
  and the others go on.
* ``GET /v1/health``, ``GET /v1/info``, ``GET /openapi.json``, ``GET /``.

Errors are JSON ``{"error": ..., "message": ...}`` with: 413 body over the
limit, 415 a content type that is not text or JSON (or bytes that are not
UTF-8), 422 bad JSON, wrong types or text the library refuses (binary junk, too
long), 503 with ``Retry-After`` when the queue is full, 504 when a parse runs
past ``timeout`` (a parse already begun is finished, one still queued is dropped, and the
thread serves the next request).
Nothing from a request is written to disk or used as a path.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import os
import queue
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

import attrs

from . import __version__
from .errors import InvalidInputError, MissingExtraError
from .model import Article, ErrorRecord
from .serialize import SCHEMA_VERSION, to_json

if TYPE_CHECKING:  # pragma: no cover
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

    from .pipeline import Pipeline

__all__ = ["ServerConfig", "create_app", "serve"]

logger = logging.getLogger(__name__)

#: The environment variable that carries the configuration to uvicorn's worker processes.
CONFIG_ENV = "QUOTEKIT_SERVER_CONFIG"
#: Bytes a UTF-8 character may take: the body limit of ``/v1/parse`` is ``max_chars`` times this.
_BYTES_PER_CHAR = 4
#: Seconds a client is told to wait after a 503.
RETRY_AFTER_S = 2


@attrs.frozen(kw_only=True)
class ServerConfig:
    """What ``quotekit serve`` is started with.

    Attributes:
        model: ``"default"`` (the bundled model), ``"stanza"`` or a model folder.
        max_chars: longest article accepted (characters); the body of
            ``/v1/parse`` may be at most four bytes a character.
        max_batch_bytes: largest body of ``/v1/parse/batch``.
        timeout: seconds a request waits for its parse before a 504.
        batch_size: articles the parse thread takes through Stanza at once.
        max_queue: requests waiting or being parsed before new ones get a 503.

    Example:
        >>> ServerConfig(max_chars=1000).max_chars
        1000
    """

    model: str = "default"
    max_chars: int = 200_000
    max_batch_bytes: int = 32_000_000
    timeout: float = 120.0
    batch_size: int = 8
    max_queue: int = 64

    def to_env(self) -> str:
        """The configuration as JSON, for :data:`CONFIG_ENV`."""
        return json.dumps(attrs.asdict(self))

    @classmethod
    def from_env(cls) -> ServerConfig:
        """The configuration in :data:`CONFIG_ENV`, or the defaults."""
        raw = os.environ.get(CONFIG_ENV)
        return cls(**json.loads(raw)) if raw else cls()


class _OverloadedError(Exception):
    """The queue is full."""


class _Job:
    """Texts waiting for the parse thread, and the future their results go to."""

    __slots__ = ("abandoned", "future", "loop", "texts")

    def __init__(self, texts: list[object], loop: asyncio.AbstractEventLoop) -> None:
        self.texts = texts
        self.loop = loop
        self.future: asyncio.Future[list[Article | ErrorRecord]] = loop.create_future()
        #: Its request timed out before the parse began: the thread skips it.
        self.abandoned = False


class Batcher:
    """One parse thread per worker: jobs in a bounded queue, taken in batches."""

    def __init__(self, pipeline: Pipeline, config: ServerConfig) -> None:
        self.pipeline = pipeline
        self.config = config
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name="quotekit-parse", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs waiting or being parsed."""
        return self._pending

    async def submit(self, texts: list[object]) -> list[Article | ErrorRecord]:
        """The results of ``texts``, in order.

        Raises:
            _OverloadedError: the queue is full.
            TimeoutError: the parse took longer than the configured timeout
                (it still finishes in the thread; its result is dropped).
        """
        with self._lock:
            if self._pending >= self.config.max_queue:
                raise _OverloadedError
            self._pending += 1
        job = _Job(texts, asyncio.get_running_loop())
        self._queue.put(job)
        try:
            return await asyncio.wait_for(asyncio.shield(job.future), self.config.timeout)
        except (TimeoutError, asyncio.TimeoutError):  # distinct classes before Python 3.11
            job.abandoned = True
            raise TimeoutError from None

    def close(self) -> None:
        """Stop the parse thread after the jobs already queued."""
        self._queue.put(None)

    def _live(self, job: _Job) -> bool:
        """Whether anyone still waits for ``job``; an abandoned one leaves the count."""
        if job.abandoned:
            with self._lock:
                self._pending -= 1
        return not job.abandoned

    def _take(self) -> list[_Job] | None:
        jobs: list[_Job] = []
        n = 0
        block = True
        while n < self.config.batch_size:
            try:
                nxt = self._queue.get(block=block)
            except queue.Empty:
                break
            if nxt is None:
                if jobs:
                    self._queue.put(None)  # stop after this batch
                    break
                return None
            if self._live(nxt):
                jobs.append(nxt)
                n += len(nxt.texts)
                block = False
        return jobs

    def _run(self) -> None:
        while (jobs := self._take()) is not None:
            texts = [t for j in jobs for t in j.texts]
            try:
                results: list[Article | ErrorRecord] = list(
                    self.pipeline.pipe(texts, batch_size=max(1, len(texts)), on_error="record")
                )
            except Exception as exc:
                logger.exception("batch failed")
                results = [
                    ErrorRecord(index=i, error=type(exc).__name__, message=str(exc))
                    for i in range(len(texts))
                ]
            k = 0
            for j in jobs:
                part = results[k : k + len(j.texts)]
                k += len(j.texts)
                with self._lock:
                    self._pending -= 1
                try:
                    j.loop.call_soon_threadsafe(_settle, j.future, part)
                except RuntimeError:  # the server's loop has closed: nobody to answer
                    logger.debug("result dropped: event loop closed")


def _settle(fut: asyncio.Future[list[Article | ErrorRecord]], value: list[Article | ErrorRecord]) -> None:
    if not fut.done():
        fut.set_result(value)


# -- the app ---------------------------------------------------------------


def _starlette() -> None:
    """Check that the extra is installed."""
    try:
        import starlette  # noqa: F401, PLC0415
        import uvicorn  # noqa: F401, PLC0415
    except ImportError as exc:
        raise MissingExtraError(
            "quotekit serve needs Starlette and uvicorn: pip install 'quotekit[server]'"
        ) from exc


class _HTTPError(Exception):
    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or {}


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _HTTPError(413, "PayloadTooLarge", f"body of {int(declared):,} bytes; the limit is {limit:,}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _HTTPError(413, "PayloadTooLarge", f"body over the limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "text/plain").split(";")[0].strip().lower() or "text/plain"


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _HTTPError(
            415, "UnsupportedMediaType", f"the body is not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from exc


def _item(obj: object, where: str) -> tuple[str, Any]:
    """``(text, id)`` of one JSON item: an object with ``text`` (and ``id``) or a string."""
    if isinstance(obj, str):
        return obj, None
    if not isinstance(obj, dict):
        raise _HTTPError(422, "InvalidInputError", f"{where}: expected an object with 'text' or a string")
    if "text" not in obj:
        raise _HTTPError(422, "InvalidInputError", f"{where}: missing field 'text'")
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, (str, int)):
        raise _HTTPError(422, "InvalidInputError", f"{where}: 'id' must be a string or an integer")
    if not isinstance(obj["text"], str):
        raise _HTTPError(
            422, "InvalidInputError", f"{where}: 'text' must be a string, not {type(obj['text']).__name__}"
        )
    return obj["text"], ident


def _format(request: Request) -> str:
    fmt = request.query_params.get("format")
    if fmt is None:
        accept = request.headers.get("accept", "")
        fmt = "csv" if "text/csv" in accept else "html" if "text/html" in accept else "json"
    if fmt not in ("json", "csv", "html"):
        raise _HTTPError(422, "InvalidInputError", f"format must be json, csv or html, not {fmt!r}")
    return fmt


def _csv(article: Article, article_id: Any) -> str:
    from . import tables  # noqa: PLC0415

    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(tables.columns("quotes")), lineterminator="\n")
    writer.writeheader()
    for row in tables.quote_rows(article, article_id=article_id):
        writer.writerow(row)
    return buf.getvalue()


def _record(index: int, ident: Any, error: str, message: str) -> str:
    """One error line of ``/v1/parse/batch``."""
    return json.dumps({"index": index, "id": ident, "error": error, "message": message})


def create_app(config: ServerConfig | None = None, *, pipeline: Pipeline | None = None) -> Starlette:
    """The ASGI app (Starlette) that ``quotekit serve`` runs.

    Args:
        config: limits and model (default: from :data:`CONFIG_ENV`, or the
            defaults).
        pipeline: a pipeline to serve instead of one built from
            ``config.model``.

    Raises:
        MissingExtraError: Starlette or uvicorn is not installed.
    """
    _starlette()
    from starlette.applications import Starlette  # noqa: PLC0415
    from starlette.responses import (  # noqa: PLC0415
        HTMLResponse,
        JSONResponse,
        PlainTextResponse,
        Response,
        StreamingResponse,
    )
    from starlette.routing import Route  # noqa: PLC0415

    from .pipeline import Pipeline  # noqa: PLC0415
    from .render import to_html  # noqa: PLC0415

    cfg = config or ServerConfig.from_env()
    state: dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pipe = pipeline or Pipeline(model=cfg.model)
        await asyncio.to_thread(pipe, "“Ready,” she said.")  # load the model before the first request
        state["pipeline"] = pipe
        state["batcher"] = Batcher(pipe, cfg)
        yield
        state["batcher"].close()

    def error(exc: _HTTPError) -> Response:
        return JSONResponse(
            {"error": exc.error, "message": exc.message}, status_code=exc.status, headers=exc.headers
        )

    async def run(texts: list[object]) -> list[Article | ErrorRecord]:
        try:
            res: list[Article | ErrorRecord] = await state["batcher"].submit(texts)
        except _OverloadedError:
            raise _HTTPError(
                503,
                "Overloaded",
                f"{cfg.max_queue} requests are already queued; retry later",
                {"Retry-After": str(RETRY_AFTER_S)},
            ) from None
        except TimeoutError:
            raise _HTTPError(504, "Timeout", f"the parse took longer than {cfg.timeout:g} s") from None
        return res

    async def parse(request: Request) -> Response:
        try:
            fmt = _format(request)
            media = _media_type(request)
            if media not in ("text/plain", "application/json"):
                raise _HTTPError(
                    415, "UnsupportedMediaType", f"send text/plain or application/json, not {media}"
                )
            text = _decode(await _body(request, cfg.max_chars * _BYTES_PER_CHAR))
            ident: Any = None
            if media == "application/json":
                try:
                    obj = json.loads(text)
                except json.JSONDecodeError as exc:
                    raise _HTTPError(422, "InvalidJSON", f"the body is not JSON: {exc}") from exc
                text, ident = _item(obj, "body")
            if len(text) > cfg.max_chars:
                raise _HTTPError(
                    413,
                    "PayloadTooLarge",
                    f"text of {len(text):,} characters; the limit is {cfg.max_chars:,}",
                )
            (res,) = await run([text])
            if isinstance(res, ErrorRecord):
                raise _HTTPError(422, res.error, res.message)
        except _HTTPError as exc:
            return error(exc)
        if fmt == "csv":
            return PlainTextResponse(_csv(res, ident), media_type="text/csv; charset=utf-8")
        if fmt == "html":
            return HTMLResponse(to_html(res))
        return Response(to_json(res), media_type="application/json")

    async def batch(request: Request) -> Response:
        try:
            media = _media_type(request)
            if media not in ("application/x-ndjson", "application/jsonl", "application/json", "text/plain"):
                raise _HTTPError(415, "UnsupportedMediaType", f"send JSON Lines, not {media}")
            body = _decode(await _body(request, cfg.max_batch_bytes))
        except _HTTPError as exc:
            return error(exc)
        lines = [ln for ln in body.splitlines() if ln.strip()]

        async def stream() -> AsyncIterator[str]:
            for start in range(0, len(lines), cfg.batch_size):
                chunk = lines[start : start + cfg.batch_size]
                items: list[tuple[int, str, Any]] = []
                out: dict[int, str] = {}
                for k, line in enumerate(chunk, start):
                    ident = None
                    try:
                        obj = json.loads(line)
                        if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int)):
                            ident = obj["id"]
                        text, ident = _item(obj, f"line {k + 1}")
                        if len(text) > cfg.max_chars:
                            raise _HTTPError(
                                413, "PayloadTooLarge", f"line {k + 1}: over {cfg.max_chars:,} characters"
                            )
                        items.append((k, text, ident))
                    except json.JSONDecodeError as exc:
                        out[k] = _record(k, ident, "InvalidJSON", f"line {k + 1}: {exc}")
                    except _HTTPError as exc:
                        out[k] = _record(k, ident, exc.error, exc.message)
                if items:
                    try:
                        results = await run([t for _, t, _ in items])
                    except _HTTPError as exc:
                        results = [
                            ErrorRecord(index=k, error=exc.error, message=exc.message) for k, _, _ in items
                        ]
                    for (k, _, ident), r in zip(items, results, strict=True):
                        out[k] = (
                            _record(k, ident, r.error, r.message)
                            if isinstance(r, ErrorRecord)
                            else to_json(r)
                        )
                for k in sorted(out):
                    yield out[k] + "\n"

        return StreamingResponse(stream(), media_type="application/x-ndjson")

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "queued": state["batcher"].pending})

    async def info(request: Request) -> Response:
        import platform  # noqa: PLC0415

        data = {
            "quotekit": __version__,
            "schema_version": SCHEMA_VERSION,
            "python": platform.python_version(),
            "pid": os.getpid(),
            "model": state["pipeline"].describe(),
            "limits": attrs.asdict(cfg),
        }
        return Response(json.dumps(data, default=str), media_type="application/json")

    async def openapi(request: Request) -> Response:
        return JSONResponse(openapi_document(cfg))

    async def page(request: Request) -> Response:
        from ._page import PAGE  # noqa: PLC0415

        return HTMLResponse(PAGE)

    return Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/openapi.json", openapi, methods=["GET"]),
            Route("/v1/health", health, methods=["GET"]),
            Route("/v1/info", info, methods=["GET"]),
            Route("/v1/parse", parse, methods=["POST"]),
            Route("/v1/parse/batch", batch, methods=["POST"]),
        ],
        lifespan=lifespan,
    )


def app_from_env() -> Starlette:
    """The app for uvicorn's worker processes (``--workers``): its configuration
    comes from :data:`CONFIG_ENV`."""
    return create_app(ServerConfig.from_env())


def _error_schema() -> dict[str, Any]:
    return {
        "description": "an error",
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"error": {"type": "string"}, "message": {"type": "string"}},
                    "required": ["error", "message"],
                }
            }
        },
    }


def openapi_document(cfg: ServerConfig) -> dict[str, Any]:
    """The OpenAPI 3.1 description of the API served at ``/openapi.json``."""
    errors = {str(code): _error_schema() for code in (413, 415, 422, 503, 504)}
    article = {"type": "object", "description": "the article JSON that quotekit.to_json writes"}
    fmt = {
        "name": "format",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": ["json", "csv", "html"], "default": "json"},
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "quotekit",
            "version": __version__,
            "description": f"Quotes, speakers and conditions in news articles (JSON schema {SCHEMA_VERSION}).",
        },
        "paths": {
            "/v1/parse": {
                "post": {
                    "summary": "Parse one article",
                    "parameters": [fmt],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "text/plain": {"schema": {"type": "string", "maxLength": cfg.max_chars}},
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "text": {"type": "string", "maxLength": cfg.max_chars},
                                        "id": {"type": ["string", "integer"]},
                                    },
                                    "required": ["text"],
                                }
                            },
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "the article",
                            "content": {
                                "application/json": {"schema": article},
                                "text/csv": {"schema": {"type": "string"}},
                                "text/html": {"schema": {"type": "string"}},
                            },
                        },
                        **errors,
                    },
                }
            },
            "/v1/parse/batch": {
                "post": {
                    "summary": "Parse JSON Lines of articles; JSON Lines back, in order",
                    "requestBody": {
                        "required": True,
                        "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "one article JSON or error record per input line",
                            "content": {"application/x-ndjson": {"schema": {"type": "string"}}},
                        },
                        **{k: v for k, v in errors.items() if k in ("413", "415")},
                    },
                }
            },
            "/v1/health": {"get": {"summary": "Liveness", "responses": {"200": {"description": "ok"}}}},
            "/v1/info": {
                "get": {
                    "summary": "Versions, model and limits",
                    "responses": {"200": {"description": "info"}},
                }
            },
        },
    }


def serve(
    config: ServerConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    log_level: str = "info",
) -> None:
    """Run the server until interrupted (what ``quotekit serve`` calls).

    Raises:
        MissingExtraError: Starlette or uvicorn is not installed.
        InvalidInputError: a limit is not positive.
    """
    _starlette()
    import uvicorn  # noqa: PLC0415

    cfg = config or ServerConfig()
    if (
        min(cfg.max_chars, cfg.max_batch_bytes, cfg.batch_size, cfg.max_queue, workers) < 1
        or cfg.timeout <= 0
    ):
        raise InvalidInputError("limits, workers and timeout must be positive")
    os.environ[CONFIG_ENV] = cfg.to_env()
    if workers > 1:
        uvicorn.run(
            "quotekit.server:app_from_env",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_level=log_level,
        )
    else:
        uvicorn.run(create_app(cfg), host=host, port=port, log_level=log_level)

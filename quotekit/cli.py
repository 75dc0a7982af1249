"""The ``quotekit`` command: a thin shell over the library (the only module that prints).

Commands:
    ``quotekit parse FILE... | -`` with ``--format json|jsonl|table|html|csv|parquet``
    (``csv``/``parquet``: one row per quote, or ``--table conditions|speakers``);
    ``quotekit parse --input articles.jsonl --text-field text --output out.jsonl --processes 2``;
    ``quotekit extractors``; ``quotekit rules``; ``quotekit info``; ``quotekit download``;
    ``quotekit serve [--host H] [--port P] [--workers N] [--max-chars N] [--timeout S]``
    (the HTTP API and page, :mod:`quotekit.server`).

Exit codes: 0 on success; a failing file or article makes the command go
on with the others and exit with the first failure's code (65 bad input, 66 no
such file, 69 model not found or optional dependency missing, 70 internal
error or a worker that died or timed out, 64 usage, argparse errors included;
130 on Ctrl-C).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import __version__
from .errors import QuotekitError, QuotekitWarning
from .model import Article, ErrorRecord

if TYPE_CHECKING:  # pragma: no cover - the CLI loads the pipeline only to parse
    from .pipeline import Pipeline

__all__ = ["main", "main_entry"]

EX_USAGE = 64
EX_DATAERR = 65
EX_NOINPUT = 66
EX_SOFTWARE = 70


def _record_code(r: ErrorRecord) -> int:
    """The exit code of a failed article: its error's own (65 bad input, 69 no
    model, 70 internal, ...); a dead or timed-out worker is internal (70)."""
    from .errors import error_class  # noqa: PLC0415

    if r.error in ("worker_died", "timeout"):
        return EX_SOFTWARE
    cls = error_class(r.error)
    if issubclass(cls, QuotekitError) and cls is not QuotekitError:
        return cls.exit_code
    if issubclass(cls, (ValueError, TypeError, UnicodeError)):
        return EX_DATAERR
    return EX_SOFTWARE


def _table(article: Article, name: str) -> str:
    lines = [f"== {name}: {len(article.quotes)} quotes, {len(article.conditions)} conditions"]
    for q in article.quotes:
        who = q.speaker.label if q.speaker else "-"
        cue = q.cue.text if q.cue else "-"
        content = q.content.text.replace("\n", " ")
        if len(content) > 90:
            content = content[:87] + "..."
        lines.append(f"{q.id:<4} {q.kind.value:<8} {who[:24]:<24} {cue[:12]:<12} {content}")
        for c in q.conditions:
            lines.append(f"       {c.id} {c.kind.value}: [{c.trigger.text}] {c.condition.text[:80]}")
    return "\n".join(lines)


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="quotekit", description="Extract quotes, speakers and conditions from news."
    )
    p.add_argument("--version", action="version", version=f"quotekit {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    pp = sub.add_parser("parse", help="extract quotes from files, stdin or a JSONL corpus")
    pp.add_argument("files", nargs="*", help="text files (UTF-8); '-' reads stdin")
    pp.add_argument("--format", choices=("json", "jsonl", "table", "html", "csv", "parquet"), default=None)
    pp.add_argument(
        "--table",
        choices=("quotes", "conditions", "speakers"),
        default="quotes",
        help="with --format csv|parquet: one row per quote, condition or speaker",
    )
    pp.add_argument("--input", help="a JSONL file of articles (one JSON object a line)")
    pp.add_argument("--text-field", default="text", help="field of --input holding the text")
    pp.add_argument("--id-field", default="id", help="field of --input copied to the output")
    pp.add_argument("--output", "-o", help="write here instead of stdout")
    pp.add_argument("--processes", type=int, default=1)
    pp.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="with --input and --processes >= 2: seconds an article may take before it is an error",
    )
    pp.add_argument("--batch-size", type=int, default=16)
    pp.add_argument("--model", default="default", help="'default', 'stanza' or a model folder")
    pp.add_argument("--device", default="cpu", choices=("cpu", "cuda", "auto"))
    pp.add_argument("--no-text", action="store_true", help="leave the article text out of JSON")
    pp.add_argument("--progress", action="store_true", help="show a progress bar")
    sub.add_parser("extractors", help="list registered extractors and where they come from")
    sub.add_parser("rules", help="each stage's named rules in order, and its trained models")
    ip = sub.add_parser("info", help="version, model and chain")
    ip.add_argument("--model", default="default")
    sp = sub.add_parser("serve", help="the HTTP API and page (needs quotekit[server])")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default: this machine only)")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--workers", type=int, default=1, help="worker processes, each with its own model")
    sp.add_argument("--max-chars", type=int, default=200_000, help="longest article accepted")
    sp.add_argument("--max-batch-bytes", type=int, default=32_000_000, help="largest /v1/parse/batch body")
    sp.add_argument("--timeout", type=float, default=120.0, help="seconds a request waits before a 504")
    sp.add_argument("--batch-size", type=int, default=8, help="articles parsed together")
    sp.add_argument("--max-queue", type=int, default=64, help="requests queued before a 503")
    sp.add_argument("--model", default="default", help="'default', 'stanza' or a model folder")
    sp.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    dp = sub.add_parser("download", help="download Stanza's own English models (needs network)")
    dp.add_argument("--dir", default=None, help="Stanza resources folder")
    return p


def _read_file(name: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_dir():
            raise IsADirectoryError(f"{name}: is a directory")
        data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnicodeError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _jsonl_texts(
    path: str, field: str, id_field: str, errors: list[tuple[int, str]], ids: list[Any]
) -> Iterator[object]:
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            obj: Any = None
            try:
                obj = json.loads(line)
                text = obj[field]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                # the id where the line has one, even when its text is missing
                ids.append(obj.get(id_field, n) if isinstance(obj, dict) else n)
                errors.append((len(ids) - 1, f"line {n + 1}: {type(exc).__name__}: {exc}"))
                yield None  # becomes an error record in its place
                continue
            ids.append(obj.get(id_field, n) if isinstance(obj, dict) else n)
            yield text


def _cmd_parse(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from .pipeline import Pipeline  # noqa: PLC0415
    from .render import to_html  # noqa: PLC0415
    from .serialize import to_dict  # noqa: PLC0415

    if not args.files and not args.input:
        err.write("quotekit parse: give FILE..., '-' for stdin, or --input corpus.jsonl\n")
        return EX_USAGE
    fmt = args.format or ("jsonl" if args.input or len(args.files) > 1 else "json")
    if fmt == "parquet" and not args.output:
        err.write("quotekit parse: --format parquet writes a binary file: give --output FILE\n")
        return 64
    if fmt in ("csv", "parquet"):
        return _cmd_table(args, fmt, out, err)
    code = 0
    try:
        pipe = Pipeline(model=args.model, device=args.device)
    except QuotekitError as exc:
        err.write(f"quotekit: {exc}\n")
        return exc.exit_code
    sink = Path(args.output).open("w", encoding="utf-8") if args.output else out  # noqa: SIM115
    try:
        if args.input:
            codes: list[int] = []
            for rid, r in _corpus_results(args, pipe, err, codes):
                if isinstance(r, ErrorRecord):
                    sink.write(json.dumps({"id": rid, "error": r.error, "message": r.message}) + "\n")
                    continue
                d = to_dict(r, include_text=not args.no_text)
                sink.write(json.dumps({"id": rid, **d}, ensure_ascii=False) + "\n")
            return codes[0] if codes else 0
        for name in args.files:
            try:
                text = _read_file(name)
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always", QuotekitWarning)
                    article = pipe(text)
                for w in caught:
                    err.write(f"quotekit: {name}: warning: {w.message}\n")
            except FileNotFoundError:
                err.write(f"quotekit: {name}: no such file\n")
                code = code or EX_NOINPUT
                continue
            except (IsADirectoryError, PermissionError, UnicodeError) as exc:
                err.write(f"quotekit: {exc}\n")
                code = code or (EX_NOINPUT if not isinstance(exc, UnicodeError) else 65)
                continue
            except QuotekitError as exc:
                err.write(f"quotekit: {name}: {exc}\n")
                code = code or exc.exit_code
                continue
            if fmt == "json":
                d = to_dict(article, include_text=not args.no_text)
                if len(args.files) > 1:
                    d = {"file": name, **d}
                sink.write(json.dumps(d, ensure_ascii=False, indent=1) + "\n")
            elif fmt == "jsonl":
                d = to_dict(article, include_text=not args.no_text)
                sink.write(json.dumps({"file": name, **d}, ensure_ascii=False) + "\n")
            elif fmt == "html":
                sink.write(to_html(article, title=Path(name).name))
            else:
                sink.write(_table(article, name) + "\n")
        return code
    finally:
        if sink is not out:
            sink.close()


def _corpus_results(
    args: argparse.Namespace, pipe: Pipeline, err: IO[str], codes: list[int]
) -> Iterator[tuple[Any, Article | ErrorRecord]]:
    """(id, result) for each article of the ``--input`` corpus, in order, streamed;
    a failure is reported on ``err`` and its exit code recorded in ``codes``."""
    from . import parse_articles  # noqa: PLC0415

    parse_errors: list[tuple[int, str]] = []
    ids: list[Any] = []
    texts = _jsonl_texts(args.input, args.text_field, args.id_field, parse_errors, ids)
    results = parse_articles(
        texts,
        batch_size=args.batch_size,
        n_process=args.processes,
        progress=args.progress,
        on_error="record",
        pipeline=pipe,
        timeout=args.timeout,
    )
    for k, r in enumerate(results):
        rid = ids[k] if k < len(ids) else k
        if isinstance(r, ErrorRecord):
            bad_line = dict(parse_errors).get(k)
            if bad_line is not None:
                r = ErrorRecord(index=r.index, error="InvalidInputError", message=bad_line)
            err.write(f"quotekit: article {rid}: {r.error}: {r.message}\n")
            codes.append(_record_code(r))
        yield rid, r


def _results(
    args: argparse.Namespace, err: IO[str], codes: list[int]
) -> Iterator[tuple[Any, Article | ErrorRecord]]:
    """(id, result) for each input article (``--input`` corpus or files), in order,
    streamed; records the exit code of each failure in ``codes``."""
    from .pipeline import Pipeline  # noqa: PLC0415

    pipe = Pipeline(model=args.model, device=args.device)
    if args.input:
        yield from _corpus_results(args, pipe, err, codes)
        return
    for k, name in enumerate(args.files):
        try:
            article = pipe(_read_file(name))
        except FileNotFoundError:
            err.write(f"quotekit: {name}: no such file\n")
            codes.append(EX_NOINPUT)
            yield name, ErrorRecord(index=k, error="FileNotFoundError", message=f"{name}: no such file")
            continue
        except (OSError, UnicodeError, QuotekitError) as exc:
            err.write(f"quotekit: {name}: {exc}\n")
            codes.append(exc.exit_code if isinstance(exc, QuotekitError) else 65)
            yield name, ErrorRecord(index=k, error=type(exc).__name__, message=str(exc))
            continue
        yield name, article


def _cmd_table(args: argparse.Namespace, fmt: str, out: IO[str], err: IO[str]) -> int:
    """``--format csv|parquet``: one row per quote (condition, speaker), streamed."""
    import csv  # noqa: PLC0415

    from . import tables  # noqa: PLC0415

    codes: list[int] = []
    make = {
        "quotes": tables.quote_rows,
        "conditions": tables.condition_rows,
        "speakers": tables.speaker_rows,
    }[args.table]
    row_iter = (row for rid, r in _results(args, err, codes) for row in make(r, article_id=rid))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QuotekitWarning)
        if fmt == "parquet":
            tables.write_parquet(row_iter, args.output, table=args.table)
        else:
            sink = Path(args.output).open("w", encoding="utf-8", newline="") if args.output else out  # noqa: SIM115
            try:
                writer = csv.DictWriter(
                    sink, fieldnames=list(tables.columns(args.table)), lineterminator="\n"
                )
                writer.writeheader()
                for row in row_iter:
                    writer.writerow(row)
            finally:
                if sink is not out:
                    sink.close()
    return codes[0] if codes else 0


def _cmd_extractors(out: IO[str]) -> int:
    from .plugins import registrations  # noqa: PLC0415

    for reg in registrations():
        out.write(f"{reg.name:<16} {reg.origin}\n")
    return 0


def _cmd_rules(out: IO[str]) -> int:
    from .extractors import BUILTINS, CUE_RULE_DOCS, DEFAULT_CHAIN  # noqa: PLC0415

    out.write("cue (one decision, read by every stage that asks whether a word is a cue)\n")
    for rule, doc in CUE_RULE_DOCS.items():
        out.write(f"  {'cue.' + rule:<20} {doc}\n")
    for name in DEFAULT_CHAIN:
        stage = BUILTINS[name]()
        docs = getattr(stage, "rule_docs", None)
        out.write(f"{name}\n")
        if docs is not None:
            for rule, doc in docs().items():
                out.write(f"  {rule:<18} {doc}\n")
        else:
            out.write("  (its rules are not yet named units)\n")
        model = getattr(stage, "model_doc", None)
        if model is not None:
            out.write(f"  model: {model()}\n")
        for what in ("reads", "reads_if_present", "writes"):
            fields = getattr(stage, what, None)
            if fields:
                out.write(f"  {what.replace('_', ' ')}: {', '.join(sorted(fields))}\n")
    return 0


def _cmd_info(args: argparse.Namespace, out: IO[str]) -> int:
    import platform  # noqa: PLC0415

    from .pipeline import Pipeline  # noqa: PLC0415

    info: dict[str, Any] = {"quotekit": __version__, "python": platform.python_version()}
    try:
        import stanza  # noqa: PLC0415

        info["stanza"] = stanza.__version__
    except ImportError:  # pragma: no cover
        info["stanza"] = None
    info.update(Pipeline(model=args.model).describe())
    out.write(json.dumps(info, indent=1) + "\n")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .server import ServerConfig, serve  # noqa: PLC0415

    cfg = ServerConfig(
        model=args.model,
        max_chars=args.max_chars,
        max_batch_bytes=args.max_batch_bytes,
        timeout=args.timeout,
        batch_size=args.batch_size,
        max_queue=args.max_queue,
    )
    serve(cfg, host=args.host, port=args.port, workers=args.workers, log_level=args.log_level)
    return 0


def _cmd_download(args: argparse.Namespace, out: IO[str]) -> int:
    from .pipeline import download  # noqa: PLC0415

    download(args.dir)
    out.write("downloaded Stanza's English models; use Pipeline(model='stanza')\n")
    return 0


def main(argv: Sequence[str] | None = None, *, out: IO[str] | None = None, err: IO[str] | None = None) -> int:
    """Run the CLI with ``argv``; return the exit code (never calls ``sys.exit``)."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # --help and --version exit 0; argparse's usage errors (2) are EX_USAGE here
        return EX_USAGE if exc.code not in (0, None) else 0
    try:
        if args.command == "parse":
            return _cmd_parse(args, out, err)
        if args.command == "extractors":
            return _cmd_extractors(out)
        if args.command == "rules":
            return _cmd_rules(out)
        if args.command == "info":
            return _cmd_info(args, out)
        if args.command == "serve":
            return _cmd_serve(args)
        return _cmd_download(args, out)
    except QuotekitError as exc:
        err.write(f"quotekit: {exc}\n")
        return exc.exit_code
    except OSError as exc:
        err.write(f"quotekit: {exc}\n")
        return EX_NOINPUT
    except KeyboardInterrupt:  # pragma: no cover
        return 130


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())

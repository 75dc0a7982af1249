"""Exceptions and warnings raised by quotekit.

Every error derives from :class:`QuotekitError` and also from the builtin
exception a caller would reach for, so ``except ValueError`` keeps working::

    QuotekitError (Exception)                    exit code 1
    ├── InvalidInputError (QuotekitError, ValueError, TypeError)   exit code 65
    ├── ModelNotFoundError (QuotekitError, LookupError)            exit code 69
    ├── MissingExtraError (QuotekitError, ImportError)             exit code 69
    ├── ModelLoadError (QuotekitError, RuntimeError)               exit code 70
    ├── PipelineConfigError (QuotekitError, ValueError)            exit code 64
    │   └── MissingProcessorError (PipelineConfigError)
    ├── RegistryError (QuotekitError, KeyError)                    exit code 64
    ├── ExtractorError (QuotekitError, RuntimeError)               exit code 70
    └── WorkerError (QuotekitError, RuntimeError)                  exit code 70

    QuotekitWarning (UserWarning)

``InvalidInputError`` subclasses both ``ValueError`` and ``TypeError``: a
``None`` or ``bytes`` argument is a type problem, an unusable string a value
problem, and callers catch either.

Example:
    >>> issubclass(InvalidInputError, ValueError)
    True
    >>> ModelNotFoundError("no model").exit_code
    69
"""

from __future__ import annotations

import builtins

__all__ = [
    "ExtractorError",
    "InvalidInputError",
    "MissingExtraError",
    "MissingProcessorError",
    "ModelLoadError",
    "ModelNotFoundError",
    "PipelineConfigError",
    "QuotekitError",
    "QuotekitWarning",
    "RegistryError",
    "WorkerError",
    "error_class",
]


class QuotekitError(Exception):
    """Base class of every quotekit error; ``exit_code`` is what the CLI returns."""

    exit_code: int = 1


class InvalidInputError(QuotekitError, ValueError, TypeError):
    """The input is not text quotekit can read (not a ``str``, binary junk, ...)."""

    exit_code = 65  # EX_DATAERR


class ModelNotFoundError(QuotekitError, LookupError):
    """The model files asked for are not on disk (nothing is downloaded implicitly)."""

    exit_code = 69  # EX_UNAVAILABLE


class MissingExtraError(QuotekitError, ImportError):
    """An optional dependency is not installed; the message names the extra
    (``pip install "quotekit[pandas]"``)."""

    exit_code = 69  # EX_UNAVAILABLE


class ModelLoadError(QuotekitError, RuntimeError):
    """Stanza is missing or failed to load the model files."""

    exit_code = 70  # EX_SOFTWARE


class PipelineConfigError(QuotekitError, ValueError):
    """The pipeline was built with options that cannot work together."""

    exit_code = 64  # EX_USAGE


class MissingProcessorError(PipelineConfigError):
    """A stage requires a Stanza processor the loaded models do not provide."""


class RegistryError(QuotekitError, KeyError):
    """An extractor name is unknown, or is already taken."""

    exit_code = 64

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class ExtractorError(QuotekitError, RuntimeError):
    """An extractor raised; the message names the extractor."""

    exit_code = 70

    extractor: str = ""
    cause: BaseException | None = None

    def __init__(self, extractor: str, cause: BaseException) -> None:
        self.extractor = extractor
        self.cause = cause
        super().__init__(f"extractor {extractor!r} failed: {type(cause).__name__}: {cause}")


class WorkerError(QuotekitError, RuntimeError):
    """A worker process could not start, died, or ran past its time limit
    (``parse_articles(..., n_process>1)``); the message says which and what to do."""

    exit_code = 70  # EX_SOFTWARE


class QuotekitWarning(UserWarning):
    """Something about the input that the caller should know (never fatal)."""


def error_class(name: str) -> type[Exception]:
    """The exception class an :class:`~quotekit.ErrorRecord` names by its
    ``error``: quotekit's own or a builtin; :class:`QuotekitError` otherwise.

    Example:
        >>> error_class("InvalidInputError").exit_code, error_class("KeyError").__name__
        (65, 'KeyError')
    """
    cls = globals().get(name) or getattr(builtins, name, None)
    if isinstance(cls, type) and issubclass(cls, Exception):
        return cls
    return QuotekitError

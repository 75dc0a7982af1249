"""The extension point: the :class:`Extractor` contract and its registry.

An extractor is any object with a ``name``, the set of Stanza processors it
``requires``, and a call ``(doc, quotes) -> quotes``: it reads the parsed
document and the quotes found so far and returns the new tuple of quotes.
Built-in stages register here exactly like plugins. Third-party packages
expose extractors through the entry-point group ``quotekit.extractors``; they
are loaded lazily, the first time a name is looked up or listed.

Example:
    >>> import attrs
    >>> from quotekit import Quote, register, get, unregister
    >>> class Shout:
    ...     name = "shout"
    ...     requires = frozenset()
    ...     def __call__(self, doc, quotes):
    ...         return tuple(q.with_extra("shout", "loud", q.content.text.isupper())
    ...                      for q in quotes)
    >>> register(Shout())
    >>> get("shout").name
    'shout'
    >>> unregister("shout")
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from importlib import metadata
from typing import Protocol, TypeAlias, runtime_checkable

import attrs

from .errors import RegistryError
from .model import Quote
from .parsing import ParsedDoc

__all__ = [
    "ENTRY_POINT_GROUP",
    "Extractor",
    "ExtractorFactory",
    "Registration",
    "available",
    "get",
    "register",
    "registrations",
    "unregister",
]

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "quotekit.extractors"

Quotes: TypeAlias = tuple[Quote, ...]


@runtime_checkable
class Extractor(Protocol):
    """One stage of the chain.

    Attributes:
        name: the registry name (``candidates``, ``attribution``, ...).
        requires: Stanza processors the stage needs (``tokenize``, ``pos``,
            ``lemma``, ``depparse``, ``ner``); checked when a pipeline is built.
    """

    @property
    def name(self) -> str:
        """Registry name."""
        ...

    @property
    def requires(self) -> frozenset[str]:
        """Stanza processors this stage needs."""
        ...

    def __call__(self, doc: ParsedDoc, quotes: Quotes, /) -> Quotes:
        """Return the quotes after this stage."""
        ...


ExtractorFactory: TypeAlias = Callable[[], Extractor]


@attrs.frozen(kw_only=True)
class Registration:
    """Where a registered extractor came from (shown by ``quotekit extractors``)."""

    name: str
    origin: str
    factory: ExtractorFactory


_REGISTRY: dict[str, Registration] = {}
_ENTRY_POINTS_LOADED = False


def register(
    extractor: Extractor | ExtractorFactory,
    *,
    name: str | None = None,
    replace: bool = False,
    origin: str | None = None,
) -> None:
    """Register an extractor (an instance, or a zero-argument factory).

    Args:
        extractor: the extractor, or a callable that builds one.
        name: the registry name; default the extractor's ``name``.
        replace: allow replacing an existing registration.
        origin: where it comes from (default: its module).

    Raises:
        RegistryError: the name is taken and ``replace`` is false, or the
            object does not look like an extractor.
    """
    if not isinstance(extractor, type) and isinstance(extractor, Extractor):
        inst: Extractor = extractor

        def factory() -> Extractor:
            return inst

        reg_name = name or inst.name
        where = origin or type(inst).__module__
    elif callable(extractor):
        factory = extractor
        found: object = name or getattr(extractor, "name", None) or ""
        if not isinstance(found, str) or not found:
            raise RegistryError("a factory needs an explicit name=")
        reg_name = str(found)
        where = origin or str(getattr(extractor, "__module__", "?"))
    else:
        raise RegistryError(f"{extractor!r} is not an extractor (needs name, requires, __call__)")
    if reg_name in _REGISTRY and not replace:
        raise RegistryError(
            f"an extractor named {reg_name!r} is already registered (from "
            f"{_REGISTRY[reg_name].origin}); pass replace=True to replace it"
        )
    _REGISTRY[reg_name] = Registration(name=reg_name, origin=where, factory=factory)


def unregister(name: str) -> None:
    """Remove a registration.

    Raises:
        RegistryError: no extractor has that name.
    """
    if name not in _REGISTRY:
        raise RegistryError(f"no extractor named {name!r}")
    del _REGISTRY[name]


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED  # noqa: PLW0603 - a once-per-process cache
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _REGISTRY:
            logger.warning("entry point %s ignored: name %r already registered", ep.value, ep.name)
            continue

        def factory(ep: metadata.EntryPoint = ep) -> Extractor:
            obj = ep.load()
            inst = (
                obj() if isinstance(obj, type) or not isinstance(obj, Extractor) else obj
            )  # class or factory
            if not isinstance(inst, Extractor):
                raise RegistryError(f"entry point {ep.value} did not give an extractor")
            return inst

        dist = getattr(ep, "dist", None)
        origin = f"entry point {ep.value}" + (f" ({dist.name})" if dist is not None else "")
        _REGISTRY[ep.name] = Registration(name=ep.name, origin=origin, factory=factory)


def reload_entry_points() -> None:
    """Look at installed distributions' entry points again (after an install)."""
    global _ENTRY_POINTS_LOADED  # noqa: PLW0603
    _ENTRY_POINTS_LOADED = False
    _load_entry_points()


def get(name: str) -> Extractor:
    """The extractor registered as ``name``, made by calling its factory: the
    registered class (or any zero-argument callable) is called on every
    ``get``, so each call gives a fresh instance; registering an *instance*
    wraps it in a factory that returns that same instance each time. Built-ins
    and entry points are loaded on first use. A pipeline then hands its
    lexicon to a stage that has a ``lexicon`` field (see :class:`~quotekit.Pipeline`).

    Raises:
        RegistryError: no extractor has that name (the message lists those there are).
    """
    _builtins()
    _load_entry_points()
    try:
        reg = _REGISTRY[name]
    except KeyError:
        raise RegistryError(
            f"no extractor named {name!r}; available: {', '.join(sorted(_REGISTRY))}"
        ) from None
    return reg.factory()


def available() -> list[str]:
    """Names of every registered extractor, built-ins and plugins, sorted."""
    _builtins()
    _load_entry_points()
    return sorted(_REGISTRY)


def registrations() -> list[Registration]:
    """Every registration with its origin, sorted by name."""
    _builtins()
    _load_entry_points()
    return [_REGISTRY[n] for n in sorted(_REGISTRY)]


_BUILTINS_DONE = False


def _builtins() -> None:
    global _BUILTINS_DONE  # noqa: PLW0603
    if _BUILTINS_DONE:
        return
    _BUILTINS_DONE = True
    from .extractors import BUILTINS  # noqa: PLC0415 - avoid an import cycle

    for name, factory in BUILTINS.items():
        if name not in _REGISTRY:
            register(factory, name=name, origin="quotekit (built-in)")

"""The built-in extractors, one module per stage, registered like plugins.

The default chain is :data:`DEFAULT_CHAIN`: ``candidates`` -> ``attribution``
-> ``speakers`` -> ``conditions``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._tree import CUE_RULE_DOCS
from .attribution import Attributor
from .candidates import Candidates
from .conditions import Conditions
from .speakers import Speakers

if TYPE_CHECKING:  # pragma: no cover - plugins imports this package for the built-ins
    from ..plugins import Extractor

__all__ = [
    "BUILTINS",
    "CUE_RULE_DOCS",
    "DEFAULT_CHAIN",
    "Attributor",
    "Candidates",
    "Conditions",
    "Speakers",
    "make",
]

#: Built-in stages by registry name.
BUILTINS: dict[str, Callable[[], Extractor]] = {
    "candidates": Candidates,
    "attribution": Attributor,
    "speakers": Speakers,
    "conditions": Conditions,
}

#: The stages a default pipeline runs, in order.
DEFAULT_CHAIN: tuple[str, ...] = ("candidates", "attribution", "speakers", "conditions")


def make(name: str, lang: str, **options: object) -> Extractor:
    """The built-in stage ``name`` built for ``lang``: with that language pack's
    lexicon (and ``options``, the stage's own arguments), for a stage used outside a
    pipeline (a pipeline hands its own pack to every stage with a ``lexicon`` field).

    Raises:
        RegistryError: ``name`` is no built-in stage.
        PipelineConfigError: no language pack for ``lang``.

    Example:
        >>> from quotekit.extractors import make
        >>> make("candidates", "en", learned_edges=False).lexicon.lang
        'en'
    """
    from ..errors import RegistryError  # noqa: PLC0415
    from ..lexicon import lexicon_for  # noqa: PLC0415

    if name not in BUILTINS:
        raise RegistryError(f"no built-in stage named {name!r}; they are: {', '.join(BUILTINS)}")
    return BUILTINS[name](lexicon=lexicon_for(lang), **options)  # type: ignore[call-arg]

"""The built-in extractors, one module per stage, registered like plugins.

The default chain is :data:`DEFAULT_CHAIN`: ``candidates`` -> ``attribution``
-> ``speakers`` -> ``conditions``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .attribution import Attributor
from .candidates import Candidates
from .conditions import Conditions
from .speakers import Speakers

if TYPE_CHECKING:  # pragma: no cover - plugins imports this package for the built-ins
    from ..plugins import Extractor

__all__ = ["BUILTINS", "DEFAULT_CHAIN", "Attributor", "Candidates", "Conditions", "Speakers"]

#: Built-in stages by registry name.
BUILTINS: dict[str, Callable[[], Extractor]] = {
    "candidates": Candidates,
    "attribution": Attributor,
    "speakers": Speakers,
    "conditions": Conditions,
}

#: The stages a default pipeline runs, in order.
DEFAULT_CHAIN: tuple[str, ...] = ("candidates", "attribution", "speakers", "conditions")

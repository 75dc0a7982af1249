"""The built-in extractors, one module per stage, registered like plugins.

The default chain is :data:`DEFAULT_CHAIN`: ``candidates`` -> ``attribution``
-> ``speakers`` -> ``conditions``.
"""

from __future__ import annotations

from collections.abc import Callable

from ..plugins import Extractor
from .attribution import Attributor
from .candidates import Candidates
from .conditions import Conditions
from .speakers import Speakers

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

"""The trained scorers' common form: a linear model over named features.

Example:
    >>> s = LinearScorer(weights={"rule=clauses": 2.0}, bias=-1.0)
    >>> round(s.probability({"rule=clauses": 1.0}), 3)
    0.731
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path

import attrs
from typing_extensions import Self

__all__ = ["LinearScorer", "bucket"]

#: Scores are clipped to this magnitude before the logistic (no overflow).
MAX_LOGIT = 30.0


@attrs.frozen(kw_only=True)
class LinearScorer:
    """Weights over named features, an intercept, and a decision threshold.

    Attributes:
        weights: feature name -> weight (absent names weigh 0).
        bias: the intercept.
        threshold: where a probability becomes a yes (for the scorers that decide).
    """

    weights: Mapping[str, float]
    bias: float
    threshold: float = 0.5

    def score(self, feats: Mapping[str, float]) -> float:
        """The linear score (log-odds) of ``feats``."""
        return self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())

    def probability(self, feats: Mapping[str, float]) -> float:
        """The logistic of :meth:`score`."""
        z = max(-MAX_LOGIT, min(MAX_LOGIT, self.score(feats)))
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def load(cls, path: Path) -> Self:
        """The scorer stored at ``path`` (the JSON that a ``scripts/train_*.py`` writes)."""
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(
            weights=data["weights"], bias=float(data["bias"]), threshold=float(data.get("threshold", 0.5))
        )


def bucket(n: float, bounds: tuple[int, ...]) -> str:
    """The feature value of ``n`` in buckets with these upper bounds: ``<=5``, ``>25``.

    Example:
        >>> bucket(3, (2, 5)), bucket(9, (2, 5))
        ('<=5', '>5')
    """
    for b in bounds:
        if n <= b:
            return f"<={b}"
    return f">{bounds[-1]}"

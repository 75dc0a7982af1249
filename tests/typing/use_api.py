"""Uses the API as a user would, for ``mypy --strict`` (not collected by pytest)."""

from __future__ import annotations

import attrs

import quotekit
from quotekit import Article, ErrorRecord, ParsedDoc, Pipeline, Quote


@attrs.define
class UnnamedSourceFlagger:
    """A plugin: flags quotes whose speaker has no name."""

    name: str = "unnamed-source"
    requires: frozenset[str] = frozenset()

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        return tuple(
            q.with_extra("sources", "unnamed", q.speaker is not None and q.speaker.name is None)
            for q in quotes
        )


def main(texts: list[str]) -> list[str]:
    quotekit.register(UnnamedSourceFlagger(), replace=True)
    nlp = Pipeline()
    nlp.add("unnamed-source", after="speakers")
    out: list[str] = []
    for res in quotekit.parse_articles(texts, pipeline=nlp, on_error="record"):
        if isinstance(res, ErrorRecord):
            out.append(res.message)
            continue
        art: Article = res
        for q in art.quotes:
            who = q.speaker.label if q.speaker else "?"
            flag = q.extra("sources", "unnamed", False)
            out.append(f"{who}: {q.content.text} ({flag})")
        out.append(quotekit.to_json(art))
    return out

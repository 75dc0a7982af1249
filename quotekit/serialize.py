"""Articles as plain dicts and JSON, with a schema version.

The field names follow the seed gold file (``quotes[].content``,
``speaker``, ``speaker_mention``, ``cue``, ``addressee``;
``conditions[].condition``, ``trigger``, ``outcome``, ``holder``,
``quote``). :func:`from_dict` inverts :func:`to_dict` exactly.

Example:
    >>> from quotekit import Article
    >>> d = to_dict(Article(text="Hi."))
    >>> d["schema_version"], d["quotes"]
    ('1.3', [])
    >>> from_dict(d) == Article(text="Hi.")
    True
"""

from __future__ import annotations

import json
from typing import Any

from .errors import InvalidInputError
from .model import (
    Article,
    Condition,
    ConditionKind,
    Extra,
    Quote,
    QuoteKind,
    Resolution,
    Span,
    Speaker,
    SpeakerKind,
)

__all__ = ["SCHEMA_VERSION", "from_dict", "from_json", "to_dict", "to_json"]

#: Version of the JSON layout; bumped on any incompatible change.
SCHEMA_VERSION = "1.3"
#: Versions :func:`from_dict` reads: 1.1 added ``speakers[].gender``; 1.2 added
#: ``conditions[].rule``, ``conditions[].confidence`` (what decided it) and
#: ``quotes[].speaker_confidence``; 1.3 added the quotes' provenance:
#: ``quotes[].rule``, ``quotes[].mention_rule``, ``quotes[].speaker_rule``.
READABLE_VERSIONS = frozenset({"1.0", "1.1", "1.2", "1.3"})


def _span(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def _speaker(sp: Speaker) -> dict[str, Any]:
    return {
        "name": sp.name,
        "label": sp.label,
        "kind": sp.kind.value,
        "title": sp.title,
        "gender": sp.gender,
        "resolution": sp.resolution.value,
        "mentions": [_span(m) for m in sp.mentions],
        "quotes": list(sp.quote_ids),
    }


def _condition(c: Condition) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind.value,
        "condition": _span(c.condition),
        "trigger": _span(c.trigger),
        "outcome": _span(c.outcome),
        "holder": c.holder,
        "quote": c.quote_id,
        "rule": c.rule,
        "confidence": c.confidence,
    }


def to_dict(article: Article, *, include_text: bool = True) -> dict[str, Any]:
    """The article as JSON-ready plain data."""
    quotes = []
    for q in article.quotes:
        extras: dict[str, dict[str, Any]] = {}
        for e in q.extras:
            extras.setdefault(e.namespace, {})[e.key] = e.value
        quotes.append(
            {
                "id": q.id,
                "kind": q.kind.value,
                "content": _span(q.content),
                "speaker": None
                if q.speaker is None
                else {"name": q.speaker.name, "label": q.speaker.label, "kind": q.speaker.kind.value},
                "speaker_mention": _span(q.speaker_mention),
                "cue": _span(q.cue),
                "addressee": _span(q.addressee),
                "speaker_confidence": q.speaker_confidence,
                "rule": q.rule,
                "mention_rule": q.mention_rule,
                "speaker_rule": q.speaker_rule,
                "conditions": [c.id for c in q.conditions],
                "extras": extras,
            }
        )
    out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if include_text:
        out["text"] = article.text
    out["quotes"] = quotes
    out["speakers"] = [_speaker(s) for s in article.speakers]
    out["conditions"] = [_condition(c) for c in article.conditions]
    out["warnings"] = list(article.warnings)
    return out


def to_json(article: Article, *, include_text: bool = True, indent: int | None = None) -> str:
    """The article as a JSON string (UTF-8 characters kept as they are)."""
    return json.dumps(to_dict(article, include_text=include_text), ensure_ascii=False, indent=indent)


def _rspan(d: Any) -> Span | None:
    if d is None:
        return None
    return Span(start=int(d["start"]), end=int(d["end"]), text=str(d["text"]))


def _req(d: Any) -> Span:
    s = _rspan(d)
    if s is None:
        raise InvalidInputError("a required span is null")
    return s


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :func:`to_dict` output (with its text).

    Raises:
        InvalidInputError: a different schema version, the text is missing, or
            a field is missing or malformed (the message names it).
    """
    if not isinstance(data, dict):
        raise InvalidInputError(f"malformed quotekit JSON: expected an object, got {type(data).__name__}")
    version = data.get("schema_version")
    if version not in READABLE_VERSIONS:
        raise InvalidInputError(
            f"schema version {version!r} is not one of {', '.join(sorted(READABLE_VERSIONS))}"
        )
    if "text" not in data:
        raise InvalidInputError("the dict has no 'text' (it was written with include_text=False)")
    try:
        return _from_dict(data)
    except InvalidInputError:
        raise
    except KeyError as exc:
        raise InvalidInputError(f"malformed quotekit JSON: missing field {exc.args[0]!r}") from exc
    except (TypeError, ValueError, AttributeError, IndexError) as exc:
        raise InvalidInputError(f"malformed quotekit JSON: {type(exc).__name__}: {exc}") from exc


def _from_dict(data: dict[str, Any]) -> Article:
    conds = {
        c["id"]: Condition(
            id=c["id"],
            kind=ConditionKind(c["kind"]),
            condition=_req(c["condition"]),
            trigger=_req(c["trigger"]),
            outcome=_rspan(c["outcome"]),
            holder=c["holder"],
            quote_id=c["quote"],
            rule=c.get("rule"),
            confidence=c.get("confidence"),
        )
        for c in data["conditions"]
    }
    speakers = [
        Speaker(
            name=s["name"],
            label=s["label"],
            kind=SpeakerKind(s["kind"]),
            title=s["title"],
            gender=s.get("gender"),
            resolution=Resolution(s["resolution"]),
            mentions=tuple(_req(m) for m in s["mentions"]),
            quote_ids=tuple(s["quotes"]),
        )
        for s in data["speakers"]
    ]
    speaker_of = {qid: sp for sp in speakers for qid in sp.quote_ids}
    quotes = []
    for q in data["quotes"]:
        extras = tuple(
            Extra(namespace=ns, key=k, value=v)
            for ns, kv in q.get("extras", {}).items()
            for k, v in kv.items()
        )
        quotes.append(
            Quote(
                id=q["id"],
                kind=QuoteKind(q["kind"]),
                content=_req(q["content"]),
                cue=_rspan(q["cue"]),
                speaker_mention=_rspan(q["speaker_mention"]),
                speaker=speaker_of.get(q["id"]),
                addressee=_rspan(q["addressee"]),
                conditions=tuple(conds[c] for c in q.get("conditions", [])),
                extras=extras,
                speaker_confidence=q.get("speaker_confidence"),
                rule=q.get("rule"),
                mention_rule=q.get("mention_rule"),
                speaker_rule=q.get("speaker_rule"),
            )
        )
    return Article(
        text=data["text"],
        quotes=tuple(quotes),
        speakers=tuple(speakers),
        conditions=tuple(conds.values()),
        warnings=tuple(data.get("warnings", [])),
    )


def from_json(s: str) -> Article:
    """Rebuild an :class:`Article` from :func:`to_json` output.

    Raises:
        InvalidInputError: not JSON, or not quotekit's JSON (see :func:`from_dict`).
    """
    try:
        data = json.loads(s)
    except (json.JSONDecodeError, TypeError) as exc:
        raise InvalidInputError(f"not JSON: {exc}") from exc
    return from_dict(data)

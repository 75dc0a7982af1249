"""An HTML rendering of an article with its quotes, speakers and conditions.

Quote contents are highlighted (one colour per speaker), cues underlined,
speaker mentions in bold, conditions boxed; a table of quotes follows.

Example:
    >>> from quotekit import Article
    >>> to_html(Article(text="No quotes here.")).startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - model imports this module for Article._repr_html_
    from .model import Article, Quote

__all__ = ["to_html", "to_html_fragment"]

_COLOURS = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fbcfe8", "#ddd6fe", "#fed7aa", "#a5f3fc")

_CSS = """
body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;line-height:1.6;color:#111}
.q{padding:.1em 0;border-radius:3px}.cue{text-decoration:underline 2px #b91c1c}
.spk{font-weight:bold}.cond{outline:2px dashed #7c3aed;outline-offset:1px}
table{border-collapse:collapse;font-family:system-ui,sans-serif;font-size:.85rem;margin-top:2rem}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}th{background:#f3f4f6}
.legend span{margin-right:1rem;padding:.1rem .4rem;border-radius:3px}
p{white-space:pre-wrap}
"""


def to_html(article: Article, *, title: str = "quotekit") -> str:
    """A standalone HTML page showing the article with its quotes marked."""
    body, legend, rows = _parts(article)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f'<h1>{html.escape(title)}</h1><div class="legend">{legend}</div>'
        f"<p>{body}</p>"
        "<table><tr><th>id</th><th>kind</th><th>speaker</th><th>cue</th><th>content</th>"
        f"<th>conditions</th></tr>{rows}</table></body></html>\n"
    )


def to_html_fragment(article: Article) -> str:
    """The same view as :func:`to_html`, compact and without a page around it
    (its style scoped to one ``div``), for notebooks: ``Article._repr_html_``.

    Example:
        >>> from quotekit import Article
        >>> "&lt;script&gt;" in to_html_fragment(Article(text="<script>x</script>"))
        True
    """
    body, legend, _ = _parts(article)
    scoped = "".join(
        f".quotekit {rule.strip()}}}"
        for rule in _CSS.split("}")
        if rule.strip() and not rule.strip().startswith("body")
    )
    summary = f"{len(article.quotes)} quotes, {len(article.speakers)} speakers, {len(article.conditions)} conditions"
    return (
        f'<div class="quotekit"><style>{scoped}</style>'
        f'<div class="legend">{legend} <small>{summary}</small></div>'
        f'<p style="margin:.5rem 0;max-height:30rem;overflow:auto">{body}</p></div>'
    )


def _quote_tip(q: Quote) -> str:
    """What decided a quote, for its hover text: the rule that found it, and how its
    speaker was found and tied (with the ranker's confidence)."""
    tip = f"{q.id} {q.kind.value}, found by rule {q.rule or '?'}"
    if q.speaker is not None:
        tip += f"; speaker {q.speaker.label} (mention: {q.mention_rule or '?'}, link: {q.speaker_rule or '?'}"
        if q.speaker_confidence is not None:
            tip += f", confidence {q.speaker_confidence:.2f}"
        tip += ")"
    return tip


def _parts(article: Article) -> tuple[str, str, str]:
    """The marked-up text, the speaker legend and the quote table rows."""
    text = article.text
    colour = {}
    for i, sp in enumerate(article.speakers):
        colour[sp.label] = _COLOURS[i % len(_COLOURS)]
    # character-level classes, then runs
    cls: list[set[str]] = [set() for _ in text]
    style: list[str | None] = [None] * len(text)
    # what decided each marked character, shown on hover (provenance)
    tips: list[tuple[str, ...]] = [() for _ in text]

    def mark(start: int, end: int, name: str, tip: str) -> None:
        for k in range(start, end):
            cls[k].add(name)
            tips[k] = (*tips[k], tip)

    for q in article.quotes:
        c = colour.get(q.speaker.label, "#e5e7eb") if q.speaker else "#e5e7eb"
        for k in range(q.content.start, q.content.end):
            style[k] = c
        mark(q.content.start, q.content.end, "q", _quote_tip(q))
        if q.cue:
            mark(q.cue.start, q.cue.end, "cue", f"cue of {q.id}")
        if q.speaker_mention:
            mark(
                q.speaker_mention.start,
                q.speaker_mention.end,
                "spk",
                f"speaker mention of {q.id}, found by rule {q.mention_rule or '?'}",
            )
    for cond in article.conditions:
        conf = f", confidence {cond.confidence:.2f}" if cond.confidence is not None else ""
        mark(
            cond.condition.start,
            cond.condition.end,
            "cond",
            f"{cond.id} {cond.kind.value} ({cond.trigger.text}), rule {cond.rule or '?'}{conf}",
        )
    parts: list[str] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and cls[j] == cls[i] and style[j] == style[i] and tips[j] == tips[i]:
            j += 1
        chunk = html.escape(text[i:j])
        if cls[i]:
            st = f' style="background:{style[i]}"' if style[i] else ""
            tip = html.escape(" | ".join(dict.fromkeys(tips[i])), quote=True)
            parts.append(f'<span class="{" ".join(sorted(cls[i]))}"{st} title="{tip}">{chunk}</span>')
        else:
            parts.append(chunk)
        i = j
    body = "".join(parts)
    legend = "".join(
        f'<span style="background:{colour[s.label]}">{html.escape(s.label)}</span>' for s in article.speakers
    )
    rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            q.id,
            q.kind.value,
            html.escape(q.speaker.label if q.speaker else "—"),
            html.escape(q.cue.text if q.cue else "—"),
            html.escape(q.content.text),
            html.escape("; ".join(f"{c.kind.value}: {c.condition.text}" for c in q.conditions) or "—"),
        )
        for q in article.quotes
    )
    return body, legend, rows

"""Result types: frozen, slotted, keyword-only attrs value objects.

Every result holds only ``str``, ``int``, ``float``, ``bool``, ``None``, enums
and tuples of those, so it can be pickled, stored, compared and serialised
without any framework object attached. Character offsets index into
``Article.text``; the invariant ``article.text[s.start:s.end] == s.text``
holds for every :class:`Span` of an :class:`Article`.

Change a value with :func:`attrs.evolve`::

    >>> import attrs
    >>> from quotekit import Span
    >>> s = Span(start=0, end=5, text="Hello")
    >>> attrs.evolve(s, text="Howdy").text
    'Howdy'
"""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs

__all__ = [
    "Article",
    "Condition",
    "ConditionKind",
    "ErrorRecord",
    "Extra",
    "ExtraValue",
    "Quote",
    "QuoteKind",
    "Resolution",
    "Span",
    "Speaker",
    "SpeakerKind",
]

ExtraValue = str | int | float | bool | None


class QuoteKind(str, enum.Enum):
    """How a statement is rendered in the text.

    ``DIRECT``: inside quotation marks. ``INDIRECT``: reported speech
    (``X said that ...``). ``MIXED``: reported speech that contains a quoted
    fragment (``X called it "a disgrace"``).
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    MIXED = "mixed"


class ConditionKind(str, enum.Enum):
    """The three kinds of condition a speaker can attach to a statement.

    ``CONDITIONAL_CLAUSE``: ``ready for a ceasefire if Armenia withdrew``.
    ``STATED``: ``our only condition is X``. ``DEMAND``: ``Armenia must agree
    to ...`` (what another party must do).
    """

    CONDITIONAL_CLAUSE = "conditional_clause"
    STATED = "stated"
    DEMAND = "demand"


class SpeakerKind(str, enum.Enum):
    """What sort of entity a speaker is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"


class Resolution(str, enum.Enum):
    """How a quote's speaker mention was tied to its speaker.

    ``NAME``: the mention is a proper name. ``ALIAS``: a shorter form of an
    earlier name (surname, first name). ``PRONOUN``: a pronoun resolved to a
    named speaker. ``DESCRIPTION``: a title or description (``the
    president``) resolved to a named speaker. ``UNRESOLVED``: nothing to tie
    it to; the speaker has no canonical name.
    """

    NAME = "name"
    ALIAS = "alias"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"
    UNRESOLVED = "unresolved"


#: How much of a quote's content its repr shows.
_REPR_CHARS = 60


def _check_span(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.{attribute.name} must be >= 0, got {value}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A stretch of the article's text, by character offsets.

    Attributes:
        start: offset of the first character (Python string index).
        end: offset one past the last character.
        text: ``article.text[start:end]``.

    Example:
        >>> Span(start=4, end=9, text="quick").end
        9
    """

    start: int = attrs.field(validator=_check_span)
    end: int = attrs.field(validator=_check_span)
    text: str

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"Span text has {len(self.text)} characters but covers "
                f"{self.end - self.start} ({self.start}:{self.end})"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build the span ``text[start:end]``.

        Example:
            >>> Span.of("the quick fox", 4, 9)
            Span(start=4, end=9, text='quick')
        """
        return cls(start=start, end=end, text=text[start:end])

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen(kw_only=True)
class Extra:
    """A value a plugin attaches to a quote, under its own namespace.

    Example:
        >>> Extra(namespace="stance", key="label", value="denies").value
        'denies'
    """

    namespace: str
    key: str
    value: ExtraValue


@attrs.frozen(kw_only=True, repr=False)
class Speaker:
    """One entity (person or organisation) that speaks in the article.

    Attributes:
        name: canonical name, the fullest proper-name mention (``Ilham
            Aliyev``); ``None`` when a mention could not be resolved to a
            name (``he`` with nobody to refer to, ``a source``), in which case
            ``label`` says what the text calls it.
        label: how to show the speaker: the name, or else the mention text.
        kind: person, organisation or unknown.
        title: the title or role the text gives (``Azerbaijani President``).
        mentions: every span that refers to this speaker as a quote's source,
            and the named mentions that define it.
        resolution: how the speaker's quotes were tied to it (the weakest
            link used: ``pronoun`` if any quote came via a pronoun, ...).
        quote_ids: ids of the quotes this speaker is the source of.
        gender: ``"female"`` or ``"male"`` where the article itself says so (a
            pronoun bound to the speaker, an honorific such as Ms or Mr, a
            gendered title such as spokeswoman); ``None`` otherwise. Never a
            guess from a first name.

    Example:
        >>> Speaker(name="Ilham Aliyev", label="Ilham Aliyev").kind
        <SpeakerKind.UNKNOWN: 'unknown'>
    """

    name: str | None
    label: str
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    title: str | None = None
    mentions: tuple[Span, ...] = ()
    resolution: Resolution = Resolution.NAME
    quote_ids: tuple[str, ...] = ()
    gender: str | None = attrs.field(default=None, validator=attrs.validators.in_({None, "female", "male"}))

    def __repr__(self) -> str:
        """Short: ``<Speaker 'Ilham Aliyev' person, 3 quotes>``."""
        extra = f", {self.title!r}" if self.title else ""
        return f"<Speaker {self.label!r} {self.kind.value}{extra}, {len(self.quote_ids)} quotes>"


@attrs.frozen(kw_only=True)
class Condition:
    """A condition a speaker attaches to a statement.

    Attributes:
        id: ``c1``, ``c2``, ... in text order.
        kind: conditional clause, stated condition or demand.
        condition: the condition itself, without its trigger word.
        trigger: the word(s) that make it a condition (``if``, ``only
            condition``, ``must``).
        outcome: the statement it conditions, where the text has it.
        holder: canonical name (or label) of who states it, ``None`` when the
            quote has no speaker.
        quote_id: id of the quote that carries it.
        rule: what proposed it: the name of the rule (``clauses``,
            ``necessity_purpose``, ...), several joined by ``+`` when more than
            one rule proposed the same condition (their votes).
        confidence: the trained acceptor's probability that it is a
            condition, or ``None`` when rules alone decided.

    Example:
        >>> c = Condition(id="c1", kind=ConditionKind.DEMAND,
        ...               condition=Span.of("X must go", 0, 9),
        ...               trigger=Span.of("X must go", 2, 6))
        >>> c.trigger.text
        'must'
    """

    id: str
    kind: ConditionKind
    condition: Span
    trigger: Span
    outcome: Span | None = None
    holder: str | None = None
    quote_id: str | None = None
    rule: str | None = None
    confidence: float | None = None


@attrs.frozen(kw_only=True, repr=False)
class Quote:
    """One statement: what was said, by whom, how, to whom, on what terms.

    Attributes:
        id: ``q1``, ``q2``, ... in text order.
        kind: direct, indirect or mixed.
        content: the words of the statement (without quotation marks; without
            the complementiser ``that`` for reported speech).
        cue: the reporting verb or phrase (``said``, ``according to``).
        speaker_mention: the span naming the speaker for this quote (may be
            a pronoun or a description).
        speaker: the resolved speaker, or ``None``.
        addressee: who it was said to, where the text says so.
        conditions: conditions the speaker attaches in this quote.
        extras: values attached by plugins, namespaced.
        speaker_confidence: the trained speaker ranker's probability that
            ``speaker`` is right (``None`` when rules alone decided, or the
            quote has no speaker).
        rule: the rule that found the quote (``quotation_marks``,
            ``complement_clause``, ``according_to``, ...; ``quotekit rules``
            lists them), with ``+edge_model`` when the trained edge model moved
            where its content ends.
        mention_rule: the attribution rule that found ``speaker_mention``
            (``subject``, ``inverted``, ``shared_subject``, ``continuation``, ...),
            ``None`` without a mention.
        speaker_rule: how the mention was tied to ``speaker``: the resolution
            step (``name``, ``alias``, ``pronoun``, ``description``,
            ``unresolved``), or ``ranker`` when the trained ranker chose another
            speaker than the rules; ``None`` without a speaker.

    Example:
        >>> q = Quote(id="q1", kind=QuoteKind.DIRECT,
        ...           content=Span.of('"Hi," she said.', 1, 4))
        >>> q.content.text
        'Hi,'
    """

    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    speaker_mention: Span | None = None
    speaker: Speaker | None = None
    addressee: Span | None = None
    conditions: tuple[Condition, ...] = ()
    extras: tuple[Extra, ...] = ()
    speaker_confidence: float | None = None
    rule: str | None = None
    mention_rule: str | None = None
    speaker_rule: str | None = None

    def __repr__(self) -> str:
        """Short: ``<Quote q1 direct 'Ilham Aliyev' said: 'We are ready'>``."""
        who = repr(self.speaker.label) if self.speaker else "no speaker"
        cue = f" {self.cue.text}" if self.cue else ""
        content = (
            self.content.text
            if len(self.content.text) <= _REPR_CHARS
            else self.content.text[: _REPR_CHARS - 1] + "\u2026"
        )
        return f"<Quote {self.id} {self.kind.value} {who}{cue}: {content!r}>"

    def extra(self, namespace: str, key: str, default: ExtraValue = None) -> ExtraValue:
        """The value a plugin stored under ``namespace``/``key``, or ``default``."""
        for e in self.extras:
            if e.namespace == namespace and e.key == key:
                return e.value
        return default

    def with_extra(self, namespace: str, key: str, value: ExtraValue) -> Quote:
        """A copy with ``namespace``/``key`` set to ``value`` (replacing any old one).

        Example:
            >>> q = Quote(id="q1", kind=QuoteKind.DIRECT, content=Span.of("Hi", 0, 2))
            >>> q.with_extra("stance", "label", "says").extra("stance", "label")
            'says'
        """
        if not namespace or not key:
            raise ValueError("namespace and key must be non-empty strings")
        if not isinstance(value, (str, int, float, bool, type(None))):
            raise TypeError(f"extra values must be str, int, float, bool or None, got {type(value).__name__}")
        kept = tuple(e for e in self.extras if not (e.namespace == namespace and e.key == key))
        return attrs.evolve(self, extras=(*kept, Extra(namespace=namespace, key=key, value=value)))


@attrs.frozen(kw_only=True)
class Article:
    """Everything quotekit found in one article.

    Attributes:
        text: the article text, exactly as given.
        quotes: the quotes in text order.
        speakers: one entry per entity that speaks.
        conditions: every condition of every quote, in text order.
        warnings: messages about the input (unbalanced quotation marks, text
            that does not look English, ...), one per problem.

    Example:
        >>> Article(text="").quotes
        ()
    """

    text: str
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    conditions: tuple[Condition, ...] = ()
    warnings: tuple[str, ...] = ()

    def _repr_html_(self) -> str:
        """The highlighted article, compact, for Jupyter (``article`` alone in a cell)."""
        from .render import to_html_fragment  # noqa: PLC0415 - render imports this module

        return to_html_fragment(self)

    def spans(self) -> Iterator[Span]:
        """Every span the article holds (content, cue, mentions, conditions)."""
        for q in self.quotes:
            yield q.content
            for s in (q.cue, q.speaker_mention, q.addressee):
                if s is not None:
                    yield s
            if q.speaker is not None:
                yield from q.speaker.mentions
            for c in q.conditions:
                yield from _condition_spans(c)
        for sp in self.speakers:
            yield from sp.mentions
        for c in self.conditions:
            yield from _condition_spans(c)


def _condition_spans(c: Condition) -> Iterator[Span]:
    yield c.condition
    yield c.trigger
    if c.outcome is not None:
        yield c.outcome


@attrs.frozen(kw_only=True)
class ErrorRecord:
    """Stands in a batch's output for an article that could not be processed.

    Yielded by :func:`quotekit.parse_articles` with ``on_error="record"``.

    Attributes:
        index: position of the article in the input.
        error: the exception's class name (``InvalidInputError``, ...).
        message: the exception's message.

    Example:
        >>> ErrorRecord(index=3, error="InvalidInputError", message="empty").index
        3
    """

    index: int
    error: str
    message: str

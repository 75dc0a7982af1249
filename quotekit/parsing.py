"""The parsed document every extractor reads, and the parser contract.

:class:`ParsedDoc` is a frozen, framework-free view of a dependency parse:
sentences of words with UD annotations and character offsets into the text.
It is built by the Stanza adapter for real articles and by
:func:`read_conllu` from hand-written CoNLL-U for tests and plugin authors,
so rules can be tested without loading a model.

Example:
    >>> doc = read_conllu('''
    ... 1\\tHe\\the\\tPRON\\tPRP\\t_\\t2\\tnsubj\\t_\\t_
    ... 2\\tleft\\tleave\\tVERB\\tVBD\\t_\\t0\\troot\\t_\\tSpaceAfter=No
    ... 3\\t.\\t.\\tPUNCT\\t.\\t_\\t2\\tpunct\\t_\\t_
    ... ''')
    >>> doc.text
    'He left.'
    >>> [w.deprel for w in doc.sentences[0].words]
    ['nsubj', 'root', 'punct']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from .errors import InvalidInputError

__all__ = ["Entity", "ParsedDoc", "Parser", "Sentence", "Word", "read_conllu"]


@attrs.frozen(kw_only=True)
class Word:
    """One syntactic word (UD), with its character offsets in the article.

    ``id`` and ``head`` are 1-based within the sentence; ``head == 0`` is the
    root. ``text`` is taken from the article by offsets, never from the
    parser's own token text.
    """

    id: int
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    head: int
    deprel: str
    start_char: int
    end_char: int

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature (``Number`` -> ``Sing``), if any."""
        if not self.feats or self.feats == "_":
            return None
        for pair in self.feats.split("|"):
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None


@attrs.frozen(kw_only=True)
class Entity:
    """A named entity span from the NER processor (when the model has one)."""

    start_char: int
    end_char: int
    type: str
    text: str


@attrs.frozen(kw_only=True)
class Sentence:
    """A sentence: its words and the character range they cover."""

    index: int
    words: tuple[Word, ...]

    @property
    def start_char(self) -> int:
        """Offset of the sentence's first character."""
        return self.words[0].start_char if self.words else 0

    @property
    def end_char(self) -> int:
        """Offset one past the sentence's last character."""
        return self.words[-1].end_char if self.words else 0

    def word(self, word_id: int) -> Word:
        """The word with 1-based ``word_id``."""
        return self.words[word_id - 1]


@attrs.frozen(kw_only=True)
class ParsedDoc:
    """A dependency-parsed article: the text, its sentences, its entities.

    Attributes:
        text: the article text the offsets refer to.
        sentences: the sentences in text order.
        entities: named entities, empty when NER did not run.
        processors: the Stanza processors that produced it (``tokenize``,
            ``pos``, ``lemma``, ``depparse``, ``ner``...).
    """

    text: str
    sentences: tuple[Sentence, ...]
    entities: tuple[Entity, ...] = ()
    processors: frozenset[str] = frozenset({"tokenize", "pos", "lemma", "depparse"})
    #: indexes the stages build once and share (the parse index travels with
    #: the document); not part of its value
    _cache: dict[Any, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False, hash=False)

    def cached(self, key: Any, make: Callable[[], Any]) -> Any:
        """``make()``, computed once per document and ``key``."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    # the cache is not part of the document's value: never pickled (a worker or a
    # cluster does not ship the index), empty again after unpickling
    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in attrs.fields(type(self)) if f.name != "_cache"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_cache", {})

    def check(self) -> None:
        """Raise :class:`~quotekit.errors.InvalidInputError` if the document is malformed.

        What a parser (or a plugin's parser) must give: word ids ``1..n`` in
        each sentence; heads in ``0..n`` without cycles; character offsets
        inside the text, no empty word, each word's start not before the
        previous word's (the words of a multi-word token may share offsets).
        :meth:`quotekit.Pipeline.extract` calls this first, so a broken
        parse is a clear error, not an exception from deep in a stage.

        Example:
            >>> w = Word(id=1, text="Hi", lemma="hi", upos="INTJ", xpos="UH", feats="_",
            ...          head=0, deprel="root", start_char=0, end_char=9)
            >>> ParsedDoc(text="Hi", sentences=(Sentence(index=0, words=(w,)),)).check()
            Traceback (most recent call last):
            ...
            quotekit.errors.InvalidInputError: malformed ParsedDoc: sentence 0, word 1: offsets 0..9 outside the text (2 characters)
        """
        n_text = len(self.text)
        prev_start = 0
        for s in self.sentences:
            n = len(s.words)
            for k, w in enumerate(s.words):
                where = f"sentence {s.index}, word {w.id}"
                if w.id != k + 1:
                    raise InvalidInputError(
                        f"malformed ParsedDoc: sentence {s.index}: word ids are not 1..{n}"
                    )
                if not 0 <= w.head <= n:
                    raise InvalidInputError(f"malformed ParsedDoc: {where}: head {w.head} not in 0..{n}")
                if w.head == w.id:
                    raise InvalidInputError(f"malformed ParsedDoc: {where}: the word is its own head")
                if not 0 <= w.start_char <= w.end_char <= n_text:
                    raise InvalidInputError(
                        f"malformed ParsedDoc: {where}: offsets {w.start_char}..{w.end_char} "
                        f"outside the text ({n_text} characters)"
                    )
                if w.start_char == w.end_char:
                    raise InvalidInputError(f"malformed ParsedDoc: {where}: the word has no characters")
                if w.start_char < prev_start:
                    raise InvalidInputError(f"malformed ParsedDoc: {where}: offsets go backwards")
                prev_start = w.start_char
            # no cycles: every chain of heads reaches the root
            done: set[int] = set()
            for w in s.words:
                path: set[int] = set()
                h = w.id
                while h and h not in done:
                    if h in path:
                        raise InvalidInputError(
                            f"malformed ParsedDoc: sentence {s.index}: the heads of words {sorted(path)} form a cycle"
                        )
                    path.add(h)
                    h = s.words[h - 1].head
                done |= path

    def words(self) -> Iterable[tuple[Sentence, Word]]:
        """Every word with its sentence, in text order."""
        for s in self.sentences:
            for w in s.words:
                yield s, w


@runtime_checkable
class Parser(Protocol):
    """Turns text into a :class:`ParsedDoc`. The Stanza adapter is one."""

    @property
    def processors(self) -> frozenset[str]:
        """The processors this parser runs (checked against extractor needs)."""
        ...

    def parse(self, text: str) -> ParsedDoc:
        """Parse one text."""
        ...

    def parse_many(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse several texts at once (batched where the backend can)."""
        ...


def read_conllu(conllu: str, *, paragraph_sep: str = "\n\n") -> ParsedDoc:
    """Build a :class:`ParsedDoc` from CoNLL-U text.

    The article text is rebuilt from the tokens: a space after each token
    unless its MISC column says ``SpaceAfter=No``, sentences joined by a
    space, and ``paragraph_sep`` before a sentence preceded by a
    ``# newpar`` comment. Multi-word tokens (``2-3``) give their surface form
    to the text and their offsets to the words they contain.

    Raises:
        ValueError: when a line does not have ten columns or an id is malformed.
    """
    sentences: list[list[tuple[list[str], int, int]]] = []
    newpar: list[bool] = []
    current: list[tuple[list[str], int, int]] = []
    parts: list[str] = []
    pos = 0
    pending_par = False
    mwt_end = 0
    mwt_span: tuple[int, int] | None = None

    def sep_before_sentence() -> None:
        nonlocal pos
        if pos == 0:
            return
        sep = paragraph_sep if pending_par else " "
        # drop a trailing space the previous token left, then add the separator
        if parts and parts[-1] == " ":
            parts.pop()
            pos -= 1
        parts.append(sep)
        pos += len(sep)

    for raw in conllu.splitlines():
        line = raw.rstrip("\n")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            if line.startswith("# newpar") and not current:
                pending_par = True
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"CoNLL-U line has {len(cols)} columns, expected 10: {line!r}")
        if not current:
            sep_before_sentence()
            newpar.append(pending_par)
            pending_par = False
        wid = cols[0]
        if "." in wid:
            continue  # empty nodes carry no text
        space_after = "SpaceAfter=No" not in cols[9]
        if "-" in wid:
            _lo, hi = (int(x) for x in wid.split("-"))
            start = pos
            parts.append(cols[1])
            pos += len(cols[1])
            mwt_span = (start, pos)
            mwt_end = hi
            if space_after:
                parts.append(" ")
                pos += 1
            continue
        n = int(wid)
        if mwt_span is not None and n <= mwt_end:
            current.append((cols, mwt_span[0], mwt_span[1]))
            if n == mwt_end:
                mwt_span = None
            continue
        start = pos
        parts.append(cols[1])
        pos += len(cols[1])
        current.append((cols, start, pos))
        if space_after:
            parts.append(" ")
            pos += 1
    if current:
        sentences.append(current)
    text = "".join(parts).rstrip(" ")
    out: list[Sentence] = []
    for si, sent in enumerate(sentences):
        words = tuple(
            Word(
                id=int(c[0]),
                text=text[s:e],
                lemma=c[2] if c[2] != "_" else c[1],
                upos=c[3],
                xpos=c[4],
                feats=c[5],
                head=int(c[6]) if c[6] != "_" else 0,
                deprel=c[7],
                start_char=s,
                end_char=e,
            )
            for c, s, e in sent
        )
        out.append(Sentence(index=si, words=words))
    return ParsedDoc(text=text, sentences=tuple(out))

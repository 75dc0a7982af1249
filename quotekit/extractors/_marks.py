"""Quotation-mark scanning on the raw text (no parse needed).

The scanner decides for each double mark whether it opens or closes from its
context (space before and a letter after opens; a letter or punctuation
before and space or punctuation after closes; otherwise the character's own
default), then pairs them per paragraph. A paragraph that opens a quote
without closing it continues into the next paragraph when that one opens
again (the news convention for multi-paragraph quotes). Marks that cannot be
paired are reported so the caller can try to recover them.

Single marks (``‘ ’``, ``'``) are paired only at word boundaries, so
apostrophes (``we’re``, ``Turkey’s``) are never taken for quotes.
"""

from __future__ import annotations

import re

import attrs

from ..lexicon import Lexicon

_PARA_BREAK = re.compile(r"\n[ \t\u00a0]*\n|\n(?=[ \t]*[\u201c\u201e\u00ab\"])")
#: A transcript's speaker label opening a quoted paragraph: ``"PENCE: Well, ...``
#: (one or two words in capitals, then a colon).
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)?):\s+")
_OPEN_BEFORE = frozenset(" \t\n\r\u00a0([{\u2014\u2013-:;/")


@attrs.frozen
class Mark:
    """One quotation mark: its offset, character, and role (open/close)."""

    pos: int
    char: str
    opens: bool


@attrs.frozen
class QuoteRun:
    """A paired quotation: offsets of its marks and of the inside."""

    open_pos: int  # -1 when the opening mark is missing
    close_pos: int  # -1 when the closing mark is missing
    start: int  # first character inside
    end: int  # one past the last character inside
    paragraphs: int = 1
    single: bool = False
    #: in a quote over several paragraphs, the opening mark of its last
    #: paragraph (-1 otherwise)
    reopen_pos: int = -1


@attrs.frozen
class ScanResult:
    """What the scanner found: paired quotes and the marks it could not pair."""

    quotes: tuple[QuoteRun, ...]
    unmatched_close: tuple[int, ...]
    unmatched_open: tuple[int, ...]


def _role(text: str, i: int, lx: Lexicon) -> bool | None:
    """True: opens, False: closes, None: context says nothing."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    space_before = (
        before in _OPEN_BEFORE or before in lx.marks.double_quotes or before in lx.marks.single_quotes
    )
    space_after = after.isspace() or after in ",.;:!?)]}\u2026\u2014\u2013" or i + 1 >= len(text)
    if space_before and not space_after:
        return True
    if space_after and not space_before:
        return False
    return None


def _paragraph_ends(text: str) -> list[int]:
    ends = [m.start() for m in _PARA_BREAK.finditer(text)]
    ends.append(len(text))
    return ends


def _doubled_apostrophe(text: str, i: int, lx: Lexicon) -> Mark | None:
    """The mark a doubled apostrophe at ``i`` stands for (``''...''``, a newswire
    style), or ``None`` when it neither clearly opens nor clearly closes. An opening
    pair is marked at its second apostrophe, a closing one at its first, so the inside
    is ``text[open + 1 : close]`` as for one mark."""
    n = len(text)
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < n else " "
    opens = (before in _OPEN_BEFORE or before in lx.marks.double_quotes) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ",.;:!?)]}\u2026\u2014\u2013")
    if opens == closes:
        return None
    return Mark(pos=i + 1 if opens else i, char='"', opens=opens)


def _marks(text: str, lx: Lexicon) -> list[Mark]:
    """Every double quotation mark of ``text`` with its role: opening or closing,
    by its neighbours, else by its shape, else (a straight mark) alternating."""
    marks: list[Mark] = []
    toggle_open = True
    i = -1
    n = len(text)
    while i + 1 < n:
        i += 1
        ch = text[i]
        if ch == "'" and i + 1 < n and text[i + 1] == "'" and (i + 2 >= n or text[i + 2] != "'"):
            doubled = _doubled_apostrophe(text, i, lx)
            if doubled is not None:
                marks.append(doubled)
            i += 1
            continue
        if ch not in lx.marks.double_quotes and ch not in lx.marks.closing_double:
            continue
        role = _role(text, i, lx)
        if role is None:
            role = toggle_open if ch == '"' else ch in lx.marks.opening_double_default and ch not in ("”",)
        if ch == '"':
            toggle_open = not role
        marks.append(Mark(pos=i, char=ch, opens=role))
    return marks


def scan(text: str, lx: Lexicon) -> ScanResult:
    """Find double-quoted stretches in ``text``, with the marks of ``lx``.

    Example:
        >>> from quotekit.lexicon import ENGLISH
        >>> r = scan('He said: “Go.” Then “Stop,” she said.', ENGLISH)
        >>> [(q.start, q.end) for q in r.quotes]
        [(10, 13), (21, 26)]
    """
    return _pair(_marks(text, lx), _paragraph_ends(text))


def _pair(marks: list[Mark], para_ends: list[int]) -> ScanResult:
    """Pairs opening and closing marks: an opening mark in a later paragraph while a
    quote is open continues it (a multi-paragraph quote); a mark without its partner
    is reported unmatched. (Mismatched styles, ``« ... ”``, still make one quote.)"""

    def para_of(pos: int) -> int:
        for k, e in enumerate(para_ends):
            if pos < e:
                return k
        return len(para_ends) - 1

    quotes: list[QuoteRun] = []
    unmatched_close: list[int] = []
    unmatched_open: list[int] = []
    open_mark: Mark | None = None
    first_open: Mark | None = None  # start of a multi-paragraph quote
    paras = 1
    for m in marks:
        if m.opens:
            if open_mark is not None:
                if para_of(open_mark.pos) != para_of(m.pos):
                    # paragraph continuation: the quote goes on
                    if first_open is None:
                        first_open = open_mark
                    paras += 1
                    open_mark = m
                    continue
                unmatched_open.append(open_mark.pos)
                first_open = None
                paras = 1
            open_mark = m
            continue
        # a closing mark
        if open_mark is None:
            unmatched_close.append(m.pos)
            continue
        start_mark = first_open or open_mark
        if first_open is None and para_of(open_mark.pos) != para_of(m.pos):
            paras = para_of(m.pos) - para_of(open_mark.pos) + 1
        quotes.append(
            QuoteRun(
                open_pos=start_mark.pos,
                close_pos=m.pos,
                start=start_mark.pos + 1,
                end=m.pos,
                paragraphs=paras,
                reopen_pos=open_mark.pos if first_open is not None else -1,
            )
        )
        open_mark = None
        first_open = None
        paras = 1
    if open_mark is not None:
        unmatched_open.append(first_open.pos if first_open is not None else open_mark.pos)
    return ScanResult(
        quotes=tuple(quotes),
        unmatched_close=tuple(unmatched_close),
        unmatched_open=tuple(unmatched_open),
    )


def scan_single(text: str, lx: Lexicon, start: int = 0, end: int | None = None) -> list[QuoteRun]:
    """Single-quoted stretches in ``text[start:end]`` (the marks of ``lx``), paired at
    word boundaries.

    Example:
        >>> from quotekit.lexicon import ENGLISH
        >>> [(q.start, q.end) for q in scan_single("claims he is ‘sending mercenaries’ now", ENGLISH)]
        [(14, 33)]
    """
    end = len(text) if end is None else end
    out: list[QuoteRun] = []
    i = start
    while i < end:
        ch = text[i]
        if ch in lx.marks.single_quotes:
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in '([\u2014\u2013-"\u201c:') and (
                after.isalnum() or after in "\u2026."
            ):
                closers = lx.marks.single_quotes[ch]
                j = i + 1
                found = -1
                while j < end and text[j] != "\n":
                    cj = text[j]
                    if cj in closers:
                        nb = text[j - 1]
                        na = text[j + 1] if j + 1 < len(text) else " "
                        if not nb.isspace() and not na.isalnum():
                            found = j
                            break
                    j += 1
                if found > 0:
                    out.append(QuoteRun(open_pos=i, close_pos=found, start=i + 1, end=found, single=True))
                    i = found + 1
                    continue
        i += 1
    return out

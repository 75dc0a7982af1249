"""Every input gets a result or a documented error; spans always valid."""

from __future__ import annotations

import string
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotekit
from quotekit import Article, InvalidInputError, QuotekitWarning, from_json, to_json
from quotekit._stanza import CHUNK_CHARS, MAX_PIECE_CHARS, sanitize, split_for_parsing
from quotekit.parsing import ParsedDoc, Sentence, Word

# -- a model-free parser for property tests: whitespace tokens, flat trees --


def naive_parse(text: str) -> ParsedDoc:
    import re

    sents = []
    for m in re.finditer(r"[^.!?\n]+[.!?]*", text):
        words = []
        for k, t in enumerate(re.finditer(r"\w+|[^\w\s]", m.group())):
            s, e = m.start() + t.start(), m.start() + t.end()
            tok = text[s:e]
            upos = (
                "PUNCT"
                if not tok[0].isalnum()
                else ("VERB" if tok.lower() in ("said", "says", "told") else "NOUN")
            )
            words.append(
                Word(
                    id=k + 1,
                    text=tok,
                    lemma=tok.lower().replace("said", "say").replace("told", "tell"),
                    upos=upos,
                    xpos="VBD" if upos == "VERB" else "NN",
                    feats="_",
                    head=0 if k == 0 else 1,
                    deprel="root" if k == 0 else "dep",
                    start_char=s,
                    end_char=e,
                )
            )
        if words:
            sents.append(Sentence(index=len(sents), words=tuple(words)))
    return ParsedDoc(text=text, sentences=tuple(sents))


PIPE = quotekit.Pipeline()


def extract(text: str) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return PIPE.extract(naive_parse(text))


def assert_valid(a: Article) -> None:
    for s in a.spans():
        assert a.text[s.start : s.end] == s.text
        assert 0 <= s.start <= s.end <= len(a.text)


NEWSY = st.lists(
    st.sampled_from(
        [
            "“We are ready,”",
            "Smith said",
            "he said.",
            '"Yes,"',
            "‘no’",
            "«oui»",
            "If they go,",
            "we must stay.",
            "According to",
            "officials",
            "\n\n",
            "”",
            "“",
            '"',
            "said:",
            "''",
            "''Yes,''",
            "The president",
            "told",
            "Fox News",
            ",",
        ]
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_string_gives_valid_spans(text: str) -> None:
    assert_valid(extract(text))


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_newslike_text_gives_valid_deterministic_results(text: str) -> None:
    a = extract(text)
    assert_valid(a)
    assert extract(text) == a
    assert from_json(to_json(a)) == a


@pytest.mark.parametrize("bad", [None, b"bytes", 42, 3.5, ["list"], bytearray(b"x")])
def test_non_text_raises_invalid_input(bad: object) -> None:
    with pytest.raises(InvalidInputError) as exc:
        quotekit.parse_article(bad)
    assert isinstance(exc.value, TypeError)


def test_binary_junk_raises_invalid_input() -> None:
    with pytest.raises(InvalidInputError, match="binary"):
        quotekit.parse_article("\x00\x01\x02\x03" * 500)


def test_sanitize_keeps_length_and_newlines() -> None:
    text = "a\x00b\ud800c\r\nd\x1be"
    clean = sanitize(text)
    assert len(clean) == len(text)
    assert clean == "a b c \nd e"


def test_split_for_parsing_bounds_pieces() -> None:
    para = ("word " * 40_000).strip()  # 200,000 characters, no sentence break
    chunks = split_for_parsing(para + "\n\nEnd.")
    assert chunks[0][0] == 0
    assert chunks[-1][1] == len(para) + 6
    # an unbroken paragraph is cut into pieces of at most MAX_PIECE_CHARS (1,500):
    # the bound that keeps the parser's memory flat on one huge "sentence"
    assert MAX_PIECE_CHARS == 1_500
    assert max(e - s for s, e in chunks[:-1]) == MAX_PIECE_CHARS
    assert all(chunks[i][1] == chunks[i + 1][0] for i in range(len(chunks) - 1))


def test_five_megabyte_article_is_cut_into_bounded_pieces() -> None:
    text = ("“We are ready,” Smith said. The talks went on.\n\n" * 110_000)[:5_000_000]
    chunks = split_for_parsing(text)
    assert sum(e - s for s, e in chunks) == len(text)
    # paragraphs are grouped up to CHUNK_CHARS (20,000) per Stanza document
    assert CHUNK_CHARS == 20_000
    assert CHUNK_CHARS - 100 < max(e - s for s, e in chunks) <= CHUNK_CHARS


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Control \x00 chars \x07 and “quotes,” Smith said.",
        "Lone surrogate \ud83d here, “we are ready,” he said.",
        "<p>“We are ready,” <b>Smith</b> said.</p>",
        "“Unbalanced quote, Smith said.\n\nNext paragraph.",
        'Mixed «styles” and ‘singles" Smith said.',
        "“One ‘two “three” two’ one,” Smith said.",
        "\n\n".join([f"“Paragraph {i} of the long quote." for i in range(10)]) + "”, Smith said.",
    ],
)
def test_odd_text_through_model(text: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = quotekit.parse_article(text)
    assert_valid(a)


@pytest.mark.model
def test_long_paragraph_without_breaks_finishes() -> None:
    text = " ".join(["the talks went on and on"] * 800)  # about 20,000 characters, no break
    a = quotekit.parse_article(text)
    assert a.text == text


@pytest.mark.model
def test_non_english_text_warns() -> None:
    text = (
        "Der Präsident sagte am Montag, dass die Gespräche gescheitert seien und "
        "dass man weiter verhandeln werde, wenn die andere Seite zustimme. "
    ) * 3
    with pytest.warns(QuotekitWarning, match="English"):
        a = quotekit.parse_article(text)
    assert any("English" in w for w in a.warnings)


@pytest.mark.model
def test_html_markup_warns_and_is_kept_as_text() -> None:
    text = "<p>“We are ready,” <b>Smith</b> said.</p>"
    with pytest.warns(QuotekitWarning, match="HTML markup"):
        a = quotekit.parse_article(text)
    assert a.text == text
    assert any("HTML" in w for w in a.warnings)
    assert_valid(a)


def test_plain_text_with_angle_brackets_does_not_warn() -> None:
    a = extract("Growth was < 2% and inflation > 3%, Smith said. I <3 it. <b> is bold.")
    assert not any("HTML" in w for w in a.warnings)
    assert any("HTML" in w for w in extract("<p>Smith said <b>no</b>.</p>").warnings)


@pytest.mark.model
def test_unbalanced_marks_warn_once_per_document() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quotekit.parse_article("He said ” no ” and ” never ” again.")
    msgs = [str(w.message) for w in caught if issubclass(w.category, QuotekitWarning)]
    # one warning per stray mark, each once (not once per stage or per token)
    assert msgs == [f"closing quotation mark at {i} has no opening mark; ignored" for i in (8, 13, 19, 27)]


def test_printable_ascii_alphabet_is_safe() -> None:
    assert_valid(extract(string.printable * 3))


def test_over_the_size_limit_is_an_error() -> None:
    with pytest.raises(InvalidInputError, match="limit"):
        quotekit.parse_article("x" * (quotekit.pipeline.MAX_CHARS + 1))

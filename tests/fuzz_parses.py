"""Structure-aware fuzzing of the extractor chain on mutated real parses.

The documents are the real Stanza parses in ``tests/data/patterns.conllu``;
each example applies up to a dozen mutations a faulty parser or a plugin
could produce: a word re-attached to another head (with or without
cycles, in or out of range), a word's offsets moved anywhere, a changed
dependency label, part-of-speech tag or lemma, a word's characters replaced
by quotation marks or letters (offsets kept), a sentence dropped, sentences
merged. Every mutated document must give a valid Article (every span equal
to the text it claims), the same Article twice, and a lossless JSON round
trip; no exception may escape.

The short form runs in CI (``tests/test_fuzz.py``). The long run::

    python tests/fuzz_parses.py --examples 20000

prints what it found; each finding is fixed and its document kept as a
regression test in ``tests/test_fuzz.py``.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from pathlib import Path

import attrs
import pytest
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from conftest import fixture_docs

from quotekit import Article, InvalidInputError, Pipeline, from_json, to_json
from quotekit.parsing import ParsedDoc, Sentence, Word

DEPRELS = [
    "root", "nsubj", "obj", "iobj", "ccomp", "xcomp", "advcl", "mark", "parataxis", "conj",
    "cc", "punct", "obl", "nmod", "amod", "det", "case", "appos", "acl", "acl:relcl", "aux",
    "cop", "advmod", "compound", "flat", "nmod:poss", "csubj", "dep", "nsubj:pass", "obl:tmod",
]  # fmt: skip
UPOS = [
    "NOUN",
    "PROPN",
    "VERB",
    "AUX",
    "PRON",
    "ADJ",
    "ADV",
    "ADP",
    "SCONJ",
    "CCONJ",
    "DET",
    "PUNCT",
    "PART",
    "NUM",
    "X",
]
LEMMAS = [
    "say", "tell", "add", "ask", "accord", "if", "unless", "condition", "must", "should", "he", "she", "they",
    "we", "president", "minister", "ready", "want", "require", "depend", "once", "provide", "that", "whether",
]  # fmt: skip
CHARS = "“”‘’\"'«»„,.:;  aZ\n"


def _creates_cycle(words: list[Word], child: int, head: int) -> bool:
    seen = {child}
    h = head
    while 0 < h <= len(words):
        if h in seen:
            return True
        seen.add(h)
        h = words[h - 1].head
    return False


@st.composite
def mutated_docs(draw: st.DrawFn, docs: tuple[ParsedDoc, ...]) -> ParsedDoc:
    doc = draw(st.sampled_from(docs))
    text = list(doc.text)
    sents = [list(s.words) for s in doc.sentences]
    for _ in range(draw(st.integers(0, 12))):
        if not sents:
            break
        si = draw(st.integers(0, len(sents) - 1))
        words = sents[si]
        if not words:
            continue
        wi = draw(st.integers(0, len(words) - 1))
        w = words[wi]
        op = draw(
            st.sampled_from(
                ["head", "deprel", "upos", "lemma", "chars", "drop", "merge", "badhead", "offsets"]
            )
        )
        if op == "head":
            h = draw(st.integers(0, len(words)))
            if h != w.id and not _creates_cycle(words, w.id, h):
                words[wi] = attrs.evolve(w, head=h)
        elif op == "badhead":
            # what a broken plugin parser could emit: cycles, self-loops, heads out of range
            words[wi] = attrs.evolve(w, head=draw(st.integers(-2, len(words) + 3)))
        elif op == "offsets":
            # a broken tokenizer: offsets anywhere in (or past) the text
            a = draw(st.integers(0, len(text) + 5))
            b = draw(st.integers(0, len(text) + 5))
            words[wi] = attrs.evolve(w, start_char=min(a, b), end_char=max(a, b))
        elif op == "deprel":
            words[wi] = attrs.evolve(w, deprel=draw(st.sampled_from(DEPRELS)))
        elif op == "upos":
            words[wi] = attrs.evolve(w, upos=draw(st.sampled_from(UPOS)))
        elif op == "lemma":
            words[wi] = attrs.evolve(w, lemma=draw(st.sampled_from(LEMMAS)))
        elif op == "chars":
            new = draw(
                st.text(
                    alphabet=CHARS, min_size=w.end_char - w.start_char, max_size=w.end_char - w.start_char
                )
            )
            text[w.start_char : w.end_char] = list(new)
        elif op == "drop" and len(sents) > 1:
            del sents[si]
        elif op == "merge" and si + 1 < len(sents):
            a, b = sents[si], sents[si + 1]
            shift = len(a)
            merged = a + [
                attrs.evolve(x, id=x.id + shift, head=x.head + shift if x.head else a[0].id) for x in b
            ]
            sents[si : si + 2] = [merged]
    new_text = "".join(text)
    out = []
    for k, ws in enumerate(sents):
        ws = [attrs.evolve(x, text=new_text[x.start_char : x.end_char]) for x in ws]
        out.append(Sentence(index=k, words=tuple(ws)))
    return ParsedDoc(text=new_text, sentences=tuple(out), entities=(), processors=doc.processors)


def check(pipe: Pipeline, doc: ParsedDoc) -> Article | None:
    """The properties every extraction must have.

    A malformed document (``doc.check()`` fails) must give that same
    :class:`~quotekit.InvalidInputError` from ``extract``; None then.
    """
    try:
        doc.check()
    except InvalidInputError as exc:
        with pytest.raises(InvalidInputError, match=re.escape(str(exc))):
            pipe.extract(doc)
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = pipe.extract(doc)
        b = pipe.extract(doc)
    for s in a.spans():
        assert 0 <= s.start <= s.end <= len(a.text), s
        assert a.text[s.start : s.end] == s.text, s
    assert a == b, "not deterministic"
    assert from_json(to_json(a)) == a, "JSON round trip lost something"
    return a


def all_docs() -> tuple[ParsedDoc, ...]:
    return tuple(fixture_docs().values())


def main() -> None:
    from hypothesis import HealthCheck, given, settings

    ap = argparse.ArgumentParser()
    ap.add_argument("--examples", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from conftest import rules_pipeline

    pipe = rules_pipeline()
    docs = all_docs()
    t = time.perf_counter()

    @settings(
        max_examples=args.examples,
        deadline=None,
        derandomize=False,
        database=None,
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=True,
    )
    @given(mutated_docs(docs))
    def run(doc: ParsedDoc) -> None:
        check(pipe, doc)

    import random

    random.seed(args.seed)
    run()
    print(f"{args.examples} examples, {time.perf_counter() - t:.0f} s: no failure")


if __name__ == "__main__":
    main()

"""quotekit's decoder gives Stanza's trees (issue 20).

The decoder is checked three ways: the cycle it contracts is the one Stanza's Tarjan
search would have contracted, on random head arrays; the whole decoding equals
Stanza's ``chuliu_edmonds_one_root`` on random score matrices; and the two parsers
(``decoder="fast"`` and ``decoder="stanza"``) give the same tags, lemmas, heads and
labels on real text. ``benchmarks/results.md`` has the same check on the PolNeAR dev
articles and the time each takes.
"""

from __future__ import annotations

import functools

import numpy as np
import pytest
from conftest import ROOT

from quotekit import InvalidInputError, Pipeline
from quotekit._fastparse import _last_cycle, chuliu_edmonds_one_root
from quotekit._stanza import StanzaParser

stanza_cle = pytest.importorskip("stanza.models.common.chuliu_edmonds")


def _stanza_last_cycle(tree: np.ndarray) -> list[int] | None:
    cycles = stanza_cle.tarjan(tree)
    return [int(i) for i in np.where(cycles[-1])[0]] if cycles else None


def test_the_contracted_cycle_is_stanzas() -> None:
    rng = np.random.default_rng(7)
    seen_cycles = 0
    for _ in range(3000):
        n = int(rng.integers(2, 40))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        want = _stanza_last_cycle(tree.copy())
        assert _last_cycle(tree.tolist()) == want, tree.tolist()
        seen_cycles += want is not None
    assert seen_cycles > 2000  # the test exercised the cycle case, not only trees


def _log_softmax_rows(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=1, keepdims=True)
    return (x - np.log(np.exp(x).sum(axis=1, keepdims=True))).astype(np.float32)


def test_decoding_equals_stanzas_on_random_scores() -> None:
    rng = np.random.default_rng(11)
    for _ in range(400):
        n = int(rng.integers(2, 60))
        scores = rng.normal(size=(n, n)) * float(rng.choice([0.5, 2.0, 8.0]))
        np.fill_diagonal(scores, -np.inf)
        scores = _log_softmax_rows(scores)
        want = stanza_cle.chuliu_edmonds_one_root(scores.copy())
        got = chuliu_edmonds_one_root(scores.copy())
        assert got.tolist() == want.tolist()
        assert int((got[1:] == 0).sum()) == 1


def test_a_sentence_of_one_word() -> None:
    scores = _log_softmax_rows(np.array([[0.0, 0.0], [0.3, -np.inf]]))
    assert chuliu_edmonds_one_root(scores).tolist() == [0, 0]


@functools.cache
def _parsers() -> tuple[StanzaParser, StanzaParser]:
    return StanzaParser(decoder="fast"), StanzaParser(decoder="stanza")


def _words(parser: StanzaParser, texts: list[str]) -> list[tuple[object, ...]]:
    return [
        (w.text, w.upos, w.xpos, w.feats, w.lemma, w.head, w.deprel)
        for d in parser.parse_many(texts)
        for s in d.sentences
        for w in s.words
    ]


def test_same_parse_as_stanza_on_real_text(seed_text: str) -> None:
    from cases import CASES

    fast, plain = _parsers()
    texts = [seed_text, *CASES.values()]
    got, want = _words(fast, texts), _words(plain, texts)
    assert len(got) > 2000
    assert got == want


def test_same_parse_with_one_batch_size_for_all() -> None:
    # a user's batch_size reaches both parsers alike, and the decoders still agree
    text = (ROOT / "seeds" / "aliyev_ceasefire.txt").read_text(encoding="utf-8")
    fast = StanzaParser(decoder="fast", batch_size=300)
    plain = StanzaParser(decoder="stanza", batch_size=300)
    assert _words(fast, [text]) == _words(plain, [text])


def test_the_decoder_is_checked() -> None:
    with pytest.raises(InvalidInputError, match="decoder"):
        Pipeline(decoder="greedy")
    with pytest.raises(InvalidInputError, match="decoder"):
        StanzaParser(decoder="greedy")


def test_the_tag_scorer_per_distinct_row_gives_the_bilinear_scores() -> None:
    import torch
    from stanza.models.common.biaffine import BiaffineScorer

    from quotekit import _fastparse

    _fastparse.register()
    fast_cls = _fastparse._REGISTERED["tag_scorer"]
    torch.manual_seed(3)
    scorer = BiaffineScorer(40, 12, 9)
    torch.nn.init.normal_(scorer.W_bilin.weight)
    torch.nn.init.normal_(scorer.W_bilin.bias)
    emb = torch.randn(6, 12)  # six distinct "tags"
    x1 = torch.randn(300, 40)
    x2 = emb[torch.randint(0, 6, (300,))]
    with torch.no_grad():
        want = scorer(x1, x2)
        got = fast_cls(scorer)(x1, x2)
    assert torch.allclose(got, want, rtol=1e-4, atol=1e-4)
    assert torch.equal(got.argmax(1), want.argmax(1))


def test_the_lemmatizer_decodes_each_unknown_word_once() -> None:
    from stanza.models.lemma.trainer import Trainer

    text = " ".join(["Zorblatt said the Zorblatts were zorblatting."] * 40)
    fast, plain = _parsers()
    calls: list[int] = []
    original = Trainer.predict

    def counting(self: Trainer, batch: object, *args: object, **kwargs: object) -> object:
        calls.append(len(batch[0]))  # type: ignore[index]
        return original(self, batch, *args, **kwargs)

    Trainer.predict = counting  # type: ignore[method-assign]
    try:
        got = _words(fast, [text])
        fast_words = sum(calls)
        calls.clear()
        want = _words(plain, [text])
        plain_words = sum(calls)
    finally:
        Trainer.predict = original  # type: ignore[method-assign]
    assert got == want
    assert 0 < fast_words < plain_words / 10  # 40 sentences, each unknown word decoded once


def test_a_tree_of_best_heads_is_returned_as_stanza_would() -> None:
    # scores whose row maxima already form a one-root tree (the shortcut), and
    # near-trees with a second root or a cycle (the full search): both as Stanza's
    rng = np.random.default_rng(5)
    shortcut = 0
    for _ in range(400):
        n = int(rng.integers(2, 50))
        heads = [0] + [int(rng.integers(1, i)) if i > 1 else 0 for i in range(1, n)]
        if rng.random() < 0.3:  # a second word on the root, or a cycle
            j = int(rng.integers(1, n))
            heads[j] = 0 if rng.random() < 0.5 else int(rng.integers(1, n))
        scores = rng.normal(size=(n, n))
        for d, h in enumerate(heads):
            if d and h != d:
                scores[d, h] += 6.0
        np.fill_diagonal(scores, -np.inf)
        scores = _log_softmax_rows(scores)
        want = stanza_cle.chuliu_edmonds_one_root(scores.copy())
        got = chuliu_edmonds_one_root(scores.copy())
        assert got.tolist() == want.tolist()
        shortcut += got.tolist() == heads
    assert shortcut > 200  # the shortcut ran, not only the search


def test_the_character_model_per_distinct_word_gives_stanzas_vectors() -> None:
    import torch
    from stanza.models.common.char_model import CharacterModel

    from quotekit import _fastparse

    _fastparse.register()
    args = {
        "char_emb_dim": 12,
        "char_hidden_dim": 16,
        "char_num_layers": 1,
        "dropout": 0.0,
        "char_rec_dropout": 0,
    }
    torch.manual_seed(2)
    inner = CharacterModel(args, {"char": list(range(30))}, pad=True, attention=True)
    torch.nn.init.normal_(inner.char_attn.weight)
    inner.eval()
    fast = _fastparse._REGISTERED["word_chars"](inner)
    words = [[int(c) for c in rng_w] for rng_w in ([3, 4, 5], [7, 8], [3, 4, 5], [9], [7, 8], [2, 2, 2, 2])]
    sentlens = [4, 2]
    order = sorted(range(len(words)), key=lambda i: -len(words[i]))
    lens = [len(words[i]) for i in order]
    chars = torch.zeros(len(words), max(lens), dtype=torch.long)
    for row, i in enumerate(order):
        chars[row, : len(words[i])] = torch.tensor(words[i])
    with torch.no_grad():
        want = inner(chars, chars == 0, order, sentlens, lens)
        got = fast(chars, chars == 0, order, sentlens, lens)
    assert torch.allclose(got, want, atol=1e-6)


def test_false_sentence_breaks_of_news_are_undone() -> None:
    parser = StanzaParser()
    text = "We met Sen.\nJones there. He called it \"a plan for the harbor.''\n\nIt rained."
    sents = [[w.text for w in s.words] for s in parser.parse(text).sentences]
    assert sents[0][2:4] == ["Sen.", "Jones"]
    assert sents[1][-1] == "''"
    assert sents[2][0] == "It"
    raw = [[w.text for w in s.words] for s in StanzaParser(repair_splits=False).parse(text).sentences]
    assert len(raw) > len(sents)  # the tokenizer alone split there

"""Faster Stanza tagging, lemmatizing and dependency decoding, same results.

Stanza's depparse processor (1.15) spends most of its time outside the network
(issue 20, measured on 12 PolNeAR dev articles): in Chu-Liu-Edmonds decoding, whose
cycle search (Tarjan's algorithm, one ``np.where`` per node) runs about 18 times per
sentence, and in scoring **every label for every head-dependent pair** (an
``N x L x L x labels`` tensor, turned into log-probabilities and copied to numpy)
though only the chosen head's label is used.

:class:`FastDepparse` is a Stanza *processor variant* of ``depparse`` (the seam
Stanza offers for replacing a processor's work: ``depparse_with_quotekit=True``).
It loads the same model file and runs the same network, and differs only in:

- **cycle search**: the head array of a decoding step is a functional graph (every
  node has one head), so its cycles are found by walking head pointers, in O(n)
  pure Python. Stanza's Tarjan emits the cycles in the order of their smallest node
  and its loop contracts the *last* one; :func:`chuliu_edmonds_one_root` contracts
  the same cycle and reuses Stanza's own contraction and expansion functions, so
  every floating-point operation on the scores is the one Stanza does, and the tree
  is the same;
- **no search where there is nothing to search**: Stanza reweights the root arcs so
  that exactly one word hangs from the root, and then contracts cycle after cycle
  (about twenty per sentence). When each word's best head already gives a tree with
  one root, that tree is the best of all trees, so the best one-root tree, and it
  is returned as it is (951 of 1,296 sentences of 30 PolNeAR dev articles);
- **labels for the chosen heads only**: the label biaffine is evaluated for each
  dependent against its chosen head only, not against every word, and each word that
  heads others is multiplied into the weights once (the same sums as Stanza's, in
  another order; the labels equal Stanza's on the dev articles). Where the labels then
  break a head constraint (two subjects or two objects of one head), the sentence's
  full label log-probabilities are computed as Stanza does and Stanza's own repair
  (``resolve_head_constraint_violations``) runs on them.

The tagger and the parser both run their character model once per **distinct word**
of a batch (:class:`DistinctWordChars`: a word's character vector depends on its
characters alone), not once per occurrence. Two more variants do the same kind of
thing for the tagger and the lemmatizer:

- ``pos``: the tag strings of each predicted id are remembered, and the biaffine
  scorers of XPOS and features, whose second input is the embedding of the word's
  predicted UPOS, are reduced once per distinct UPOS to a linear map
  (:class:`FewRowsBiaffine`): the same sums in another order, at a fiftieth of the
  multiplications;
- ``lemma``: Stanza's dictionary first, then its seq2seq model once per distinct
  unknown word and tag (not once per occurrence), in batches of words of about one
  length (greedy decoding runs until the longest word of a batch is done).

Models the variant does not cover (transition parsers, arc embeddings, reversed
parsers) are parsed by Stanza's own code. ``tests/test_fastparse.py`` checks that the
trees and labels equal Stanza's own on real parses; the speed is in
``benchmarks/results.md``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Words per seq2seq batch of the lemmatizer, after sorting the words by length.
LEMMA_BUCKET = 256

#: Stanza configuration key that turns the variant on (``depparse_with_quotekit``).
VARIANT = "quotekit"


def _last_cycle(tree: list[int]) -> list[int] | None:
    """The cycle Stanza's loop would contract next, as a sorted list of nodes.

    Stanza finds all cycles with Tarjan's algorithm (roots in index order, children
    in index order) and pops the last one found. In a graph where every node has
    exactly one head, a depth-first search along dependents that starts outside a
    cycle never enters it, so each cycle is found from its smallest node, and the
    cycles come out in the order of their smallest nodes: the last one has the
    largest smallest node. Node 0 (the root, its own head) is no cycle.
    """
    n = len(tree)
    state = [0] * n  # 0 unseen, 1 on the current walk, 2 done
    state[0] = 2
    best: list[int] | None = None
    best_min = -1
    for start in range(1, n):
        if state[start]:
            continue
        path = []
        v = start
        while state[v] == 0:
            state[v] = 1
            path.append(v)
            v = tree[v]
        if state[v] == 1:  # closed a new cycle at v (a self-loop is none, as in Stanza)
            cyc = path[path.index(v) :]
            m = min(cyc)
            if len(cyc) > 1 and m > best_min:
                best_min, best = m, sorted(cyc)
        for u in path:
            state[u] = 2
    return best


def _prepare(scores: np.ndarray) -> None:
    # Stanza's prepare_scores: no self-loops, the root attaches to nothing
    np.fill_diagonal(scores, -np.inf)
    scores[0] = -np.inf
    scores[0, 0] = 0


def _contract(tree: np.ndarray, cycle: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, ...]:
    """Stanza's ``process_cycle`` (the same operations on the same values), with the
    subproblem allocated once instead of through ``np.pad``."""
    cycle_locs = np.where(cycle)[0]
    cycle_scores = scores[cycle, tree[cycle]]
    cycle_score = cycle_scores.sum()
    noncycle = np.logical_not(cycle)
    noncycle_locs = np.where(noncycle)[0]
    head_scores = scores[cycle][:, noncycle] - cycle_scores[:, None] + cycle_score
    dep_scores = scores[noncycle][:, cycle]
    m_heads = np.argmax(head_scores, axis=0)
    m_deps = np.argmax(dep_scores, axis=1)
    k = len(noncycle_locs)
    sub = np.zeros((k + 1, k + 1), dtype=scores.dtype)
    sub[:k, :k] = scores[noncycle][:, noncycle]
    sub[-1, :-1] = head_scores[m_heads, np.arange(k)]
    sub[:-1, -1] = dep_scores[np.arange(k), m_deps]
    return sub, cycle_locs, noncycle_locs, m_heads, m_deps


def chuliu_edmonds(scores: np.ndarray) -> np.ndarray:
    """Stanza's ``chuliu_edmonds`` with the fast cycle search (same result)."""
    from stanza.models.common.chuliu_edmonds import expand_contracted_tree  # noqa: PLC0415

    stack = []
    _prepare(scores)
    tree = np.argmax(scores, axis=1)
    cyc = _last_cycle(tree.tolist())
    while cyc is not None:
        mask = np.zeros(len(tree), dtype=bool)
        mask[cyc] = True
        sub, cycle_locs, noncycle_locs, m_heads, m_deps = _contract(tree, mask, scores)
        stack.append((tree, cycle_locs, noncycle_locs, m_heads, m_deps))
        scores = sub
        _prepare(scores)
        tree = np.argmax(scores, axis=1)
        cyc = _last_cycle(tree.tolist())
    while stack:
        contracted = tree
        tree, cycle_locs, noncycle_locs, m_heads, m_deps = stack.pop()
        tree = expand_contracted_tree(tree, contracted, cycle_locs, noncycle_locs, m_heads, m_deps)
    out: np.ndarray = tree
    return out


def chuliu_edmonds_one_root(scores: np.ndarray) -> np.ndarray:
    """Stanza's ``chuliu_edmonds_one_root`` (root arcs reweighted so that exactly one
    word attaches to the root), with the fast cycle search."""
    scores = scores.astype(np.float64)  # a copy, as Stanza's
    # the argmax heads: if they already form a tree with one root, it is the best
    # tree of all, so the best one-root tree the reweighted search would return
    best = scores.copy()
    _prepare(best)
    heads: np.ndarray = np.argmax(best, axis=1)
    if int(np.equal(heads[1:], 0).sum()) == 1 and _last_cycle(heads.tolist()) is None:
        return heads
    min_score = scores[np.isfinite(scores)].min()
    scores[:, 0] = scores[:, 0] + (min_score * scores.shape[0])
    tree = chuliu_edmonds(scores)
    if int(np.equal(tree[1:], 0).sum()) != 1:  # pragma: no cover - as Stanza asserts
        raise AssertionError("more than one root after root reweighting")
    return tree


def _register() -> dict[str, type]:
    """Define and register the variant (needs Stanza, imported lazily)."""
    import torch  # noqa: PLC0415
    import torch.nn.functional as F  # noqa: N812, PLC0415
    from stanza.models.common import doc as sdoc  # noqa: PLC0415
    from stanza.models.common.foundation_cache import load_pretrain  # noqa: PLC0415
    from stanza.models.common.utils import unsort  # noqa: PLC0415
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE  # noqa: PLC0415
    from stanza.models.depparse.data import DataLoader  # noqa: PLC0415
    from stanza.models.depparse.head_constraints import (  # noqa: PLC0415
        find_head_constraint_violations,
        resolve_head_constraint_violations,
    )
    from stanza.models.depparse.model import GraphParser  # noqa: PLC0415
    from stanza.models.depparse.trainer import Trainer, unpack_batch  # noqa: PLC0415
    from stanza.pipeline.depparse_processor import DEFAULT_SEPARATE_BATCH  # noqa: PLC0415
    from stanza.pipeline.processor import (  # noqa: PLC0415
        ProcessorVariant,
        UDProcessor,
        register_processor_variant,
    )

    class _Variant(ProcessorVariant):  # type: ignore[misc]
        """What both variants share with Stanza's processors: loading the model file
        (with its pretrained vectors and character LMs, as Stanza's processor does), the
        configuration merged over the model's own, and one batch for many documents."""

        def __init__(self, config: dict[str, Any]) -> None:
            self.device = config.get("quotekit_device") or ("cuda" if torch.cuda.is_available() else "cpu")
            self.model_args = {
                "charlm_forward_file": config.get("forward_charlm_path"),
                "charlm_backward_file": config.get("backward_charlm_path"),
            }
            self.pretrain_path = config.get("pretrain_path")
            self.pretrain = load_pretrain(self.pretrain_path)
            self.trainer = self.load(config["model_path"])
            loaded = {k: v for k, v in self.trainer.args.items() if not UDProcessor.filter_out_option(k)}
            loaded.update(config)
            self.config = loaded

        def load(self, path: str) -> Any:
            raise NotImplementedError

        def bulk_process(self, docs: list[Any]) -> list[Any]:
            combined = sdoc.Document([])
            combined.sentences = [s for d in docs for s in d.sentences]
            combined.num_tokens = sum(d.num_tokens for d in docs)
            combined.num_words = sum(d.num_words for d in docs)
            self.process(combined)
            return docs

    class FastDepparse(_Variant):
        """Stanza's depparse with the fast decoder (see the module docstring)."""

        def load(self, path: str) -> Any:
            return Trainer.load(
                filename=path, args=self.model_args, pretrain=self.pretrain, device=self.device
            )

        def __init__(self, config: dict[str, Any]) -> None:
            super().__init__(config)
            self.vocab = self.trainer.vocab
            if "char" in self.vocab:
                remember(self.vocab["char"], "map", as_key)  # a word's characters
            for name in ("xpos", "feats"):
                if name in self.vocab:
                    remember(self.vocab[name], "unit2id")
            m = self.trainer.model
            distinct_word_chars(m)
            self.fast = (
                isinstance(m, GraphParser)
                and not m.args.get("use_arc_embedding")
                and not self.trainer.args.get("reversed", False)
            )

        # -- Stanza's processor loop, with our prediction ---------------------

        def process(self, document: Any) -> Any:
            if any(w.upos is None and w.xpos is None for s in document.sentences for w in s.words):
                raise ValueError("POS not run before depparse!")
            batch = DataLoader(
                document,
                self.config["batch_size"],
                self.config,
                self.pretrain,
                vocab=self.vocab,
                evaluation=True,
                sort_during_eval=self.config.get("sort_during_eval", True),
                min_length_to_batch_separately=self.config.get(
                    "min_length_to_batch_separately", DEFAULT_SEPARATE_BATCH
                ),
            )
            resolve = self.config.get("resolve_head_constraints", True)
            preds: list[Any] = []
            with torch.no_grad():
                for b in batch:
                    if self.fast:
                        preds += self.predict(b, resolve)
                    else:
                        preds += self.trainer.predict(b, resolve_head_constraints=resolve)
            if batch.data_orig_idx is not None:
                preds = unsort(preds, batch.data_orig_idx)
            batch.doc.set((sdoc.HEAD, sdoc.DEPREL), [y for x in preds for y in x])
            for sentence in batch.doc.sentences:
                sentence.build_dependencies()
            return batch.doc

        def predict(self, batch: Any, resolve: bool) -> list[Any]:
            m = self.trainer.model
            m.eval()
            device = m.get_device()
            inputs, orig_idx, word_orig_idx, sentlens, wordlens, text = unpack_batch(batch, device)
            (
                word,
                word_mask,
                wordchars,
                wordchars_mask,
                upos,
                xpos,
                ufeats,
                pretrained,
                lemma,
                head,
                deprel,
            ) = inputs
            lstm = m.embed(word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained,
                           lemma, head, deprel, word_orig_idx, sentlens, wordlens, text)  # fmt: skip
            # arc scores exactly as GraphParser.forward_scores computes them
            unlabeled = m.unlabeled(m.drop(lstm), m.drop(lstm)).squeeze(3)
            n = word.size(1)
            offset = torch.arange(n, device=head.device).view(1, 1, -1).expand(
                word.size(0), -1, -1
            ) - torch.arange(n, device=head.device).view(1, -1, 1).expand(word.size(0), -1, -1)
            if m.args["linearization"]:
                lin = m.linearization(m.drop(lstm), m.drop(lstm)).squeeze(3)
                unlabeled += F.logsigmoid(lin * torch.sign(offset).float()).detach()
            if m.args["distance"]:
                dist = m.distance(m.drop(lstm), m.drop(lstm)).squeeze(3)
                pred = 1 + F.softplus(dist)
                unlabeled += (-torch.log((torch.abs(offset).float() - pred) ** 2 / 2 + 1)).detach()
            diag = torch.eye(head.size(-1) + 1, dtype=torch.bool, device=head.device).unsqueeze(0)
            unlabeled.masked_fill_(diag, -float("inf"))
            logp = F.log_softmax(unlabeled, 2).detach().cpu().numpy()

            trees = [chuliu_edmonds_one_root(logp[i][:ln, :ln]) for i, ln in enumerate(sentlens)]

            # labels: the deprel biaffine against each dependent's chosen head only
            d = m.deprel
            bil = d.scorer.W_bilin

            def side(layer: Any, rows: Any) -> Any:  # DeepBiaffineScorer's input side
                x = d.dropout(d.hidden_func(layer(m.drop(rows))))
                return torch.cat([x, x.new_ones(*x.size()[:-1], 1)], -1)

            # only the real words' rows (the padding of a batch of mixed lengths is
            # often more than half of it): each dependent and its chosen head
            dep_rows = side(d.W1, torch.cat([lstm[i, 1:ln] for i, ln in enumerate(sentlens)]))
            # each word that heads others is multiplied into the weights once (a head
            # has about two dependents on average): (I, J, O) x head -> (I, O) per head
            heads = [np.unique(t[1:]) for t in trees]
            offsets = np.cumsum([0] + [len(h) for h in heads])
            head_rows = side(
                d.W2,
                torch.cat([lstm[i, torch.as_tensor(h, device=lstm.device)] for i, h in enumerate(heads)]),
            )
            per_head = torch.einsum("UJ,IJO->UIO", head_rows, bil.weight)
            which = torch.as_tensor(
                np.concatenate(
                    [
                        offsets[i] + np.searchsorted(h, t[1:])
                        for i, (h, t) in enumerate(zip(heads, trees, strict=True))
                    ]
                ),
                device=lstm.device,
            )
            scores = torch.einsum("LI,LIO->LO", dep_rows, per_head[which]) + bil.bias
            flat = scores.argmax(1).cpu().numpy()
            starts = np.cumsum([0] + [ln - 1 for ln in sentlens])

            vocab = self.vocab["deprel"]
            out = []
            for i, ln in enumerate(sentlens):
                tree = trees[i]
                raw = [int(r) for r in flat[starts[i] : starts[i + 1]]]
                if resolve:
                    names = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
                    if find_head_constraint_violations(tree, names):
                        # rare: Stanza's repair, on this sentence's full label scores
                        sent = lstm[i : i + 1]
                        full = bil(side(d.W1, sent), side(d.W2, sent))
                        label_logp = F.log_softmax(full, 3)[0].cpu().numpy()[:ln, :ln, :]
                        tree, raw = resolve_head_constraint_violations(
                            logp[i][:ln, :ln], label_logp, tree, vocab
                        )
                rels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in raw])
                hs = tree[1:]
                out.append([[int(hs[j]), rels[j]] for j in range(ln - 1)])
            return out if orig_idx is None else unsort(out, orig_idx)

    register_processor_variant("depparse", VARIANT)(FastDepparse)

    from stanza.models.pos.data import Dataset as PosDataset  # noqa: PLC0415
    from stanza.models.pos.trainer import Trainer as PosTrainer  # noqa: PLC0415

    def remember(vocab: Any, method: str, key: Any = lambda arg: arg) -> Any:
        """The same vocabulary, its one-argument ``method`` remembered per ``key(arg)``
        (a list result copied for each caller: never shared between words).

        Stanza's data loaders and taggers map every word's characters and tags to ids,
        and ids back to tag strings (``Number=Sing|Person=3``), in pure Python for each
        occurrence: together about a tenth to a sixth of the tagger's and the parser's
        time."""
        base = type(vocab)
        compute = getattr(base, method)
        memo: dict[Any, Any] = {}

        def remembered(self: Any, arg: Any) -> Any:
            k = key(arg)
            v = memo.get(k)
            if v is None:
                v = memo[k] = compute(self, arg)
            return list(v) if isinstance(v, list) else v

        vocab.__class__ = type(f"Memo{base.__name__}", (base,), {method: remembered})
        return vocab

    def as_key(arg: Any) -> Any:
        return tuple(arg) if isinstance(arg, list) else arg

    from stanza.models.common.biaffine import BiaffineScorer  # noqa: PLC0415
    from stanza.models.common.char_model import CharacterModel  # noqa: PLC0415

    class FewRowsBiaffine(torch.nn.Module):
        """A :class:`BiaffineScorer` whose second input has few distinct rows (the
        embedding of each word's predicted UPOS): the bilinear form is reduced once
        per distinct row to a linear map, then applied to the words with that row.
        The same sums, in another order: ``torch.bilinear`` costs ``in1 x in2`` per
        output and word, this costs ``in1``."""

        def __init__(self, scorer: Any) -> None:
            super().__init__()
            self.weight = scorer.W_bilin.weight  # (out, in1 + 1, in2 + 1)
            self.bias = scorer.W_bilin.bias

        #: the distinct rows of the latest second input and the words of each: every
        #: scorer of a batch gets the same one (the UPOS embedding)
        _groups: tuple[Any, Any, list[Any]] | None = None

        def forward(self, input1: Any, input2: Any) -> Any:
            x1 = torch.cat([input1, input1.new_ones(*input1.size()[:-1], 1)], -1)
            cached = FewRowsBiaffine._groups
            if cached is None or cached[0] is not input2:
                x2 = torch.cat([input2, input2.new_ones(*input2.size()[:-1], 1)], -1)
                rows, inverse = torch.unique(x2, dim=0, return_inverse=True)
                sels = [(inverse == u).nonzero(as_tuple=True)[0] for u in range(rows.size(0))]
                cached = FewRowsBiaffine._groups = (input2, rows, sels)
            _, rows, sels = cached
            # one (out, in1 + 1) map per distinct row: W[o, i, :] . row
            maps = torch.einsum("oij,uj->uoi", self.weight, rows)
            out = x1.new_empty(x1.size(0), self.weight.size(0))
            for u, sel in enumerate(sels):
                out[sel] = x1[sel] @ maps[u].T
            return out + self.bias

    from stanza.models.common.utils import tensor_unsort  # noqa: PLC0415
    from torch.nn.utils.rnn import (  # noqa: PLC0415
        PackedSequence,
        pack_padded_sequence,
        pack_sequence,
        pad_packed_sequence,
    )

    class DistinctWordChars(torch.nn.Module):
        """Stanza's :class:`CharacterModel` run once per distinct word of a batch.

        A word's character representation depends on its characters only, yet Stanza
        runs the character LSTM for every occurrence (*the* forty times in a batch).
        This runs the same modules on the distinct character rows, ordered by length
        as Stanza orders them, and copies each row's result to its occurrences; the
        rest (restoring the word order, packing per sentence) is Stanza's code."""

        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(
            self, chars: Any, chars_mask: Any, word_orig_idx: Any, sentlens: Any, wordlens: Any
        ) -> Any:
            m = self.inner
            uniq, inverse = torch.unique(chars, dim=0, return_inverse=True)
            lens = torch.as_tensor(wordlens)
            ulens = torch.zeros(uniq.size(0), dtype=lens.dtype)
            ulens[inverse.cpu()] = lens
            order = torch.argsort(ulens, descending=True, stable=True)
            sizes = ulens[order].tolist()
            embs = pack_padded_sequence(
                m.dropout(m.char_emb(uniq[order.to(uniq.device)])), sizes, batch_first=True
            )
            n, hidden = m.num_dir * m.args["char_num_layers"], m.args["char_hidden_dim"]
            hx = (
                m.charlstm_h_init.expand(n, len(sizes), hidden).contiguous(),
                m.charlstm_c_init.expand(n, len(sizes), hidden).contiguous(),
            )
            output = m.charlstm(embs, sizes, hx=hx)
            if m.attn:
                reps = output[0]
                weights = torch.sigmoid(m.char_attn(m.dropout(reps.data)))
                padded, _ = pad_packed_sequence(
                    PackedSequence(reps.data * weights, reps.batch_sizes), batch_first=True
                )
                res = padded.sum(1)
            else:
                h = output[1][0]
                res = h[-2:].transpose(0, 1).contiguous().view(len(sizes), -1)
            per_row = torch.empty_like(res)
            per_row[order.to(res.device)] = res
            packed = pack_sequence(tensor_unsort(per_row[inverse], word_orig_idx).split(sentlens))
            return pad_packed_sequence(packed, batch_first=True)[0] if m.pad else packed

    def distinct_word_chars(model: Any) -> None:
        """Run the model's character model once per distinct word (no character LM)."""
        if isinstance(getattr(model, "charmodel", None), CharacterModel):
            model.charmodel = DistinctWordChars(model.charmodel)

    def few_rows(module: Any) -> None:
        """Swap the tagger's biaffine scorers for :class:`FewRowsBiaffine`."""
        for name, child in list(module.named_children()):
            if isinstance(child, BiaffineScorer):
                setattr(module, name, FewRowsBiaffine(child))
            else:
                few_rows(child)

    class FastPos(_Variant):
        """Stanza's pos processor with remembered tag strings and the biaffine tag
        scorers evaluated per distinct UPOS (see :class:`FewRowsBiaffine`)."""

        OVERRIDE = True

        def load(self, path: str) -> Any:
            trainer = PosTrainer(
                pretrain=self.pretrain, model_file=path, device=self.device, args=self.model_args
            )
            for name in ("upos", "xpos", "feats"):
                if name in trainer.vocab:
                    remember(trainer.vocab[name], "id2unit", as_key)  # predicted ids
            if "char" in trainer.vocab:
                remember(trainer.vocab["char"], "map", as_key)
            few_rows(trainer.model)
            distinct_word_chars(trainer.model)
            return trainer

        def process(self, document: Any) -> Any:  # POSProcessor.process
            dataset = PosDataset(document, self.config, self.pretrain, vocab=self.trainer.vocab, evaluation=True,
                                 sort_during_eval=True)  # fmt: skip
            loader = dataset.to_length_limited_loader(
                batch_size=self.config["batch_size"],
                maximum_tokens=self.config.get("batch_maximum_tokens", 5000),
            )
            preds: list[Any] = []
            idx: list[int] = []
            with torch.no_grad():
                for b in loader:
                    idx.extend(b[-1])
                    preds += self.trainer.predict(b)
            preds = unsort(preds, idx)
            dataset.doc.set([sdoc.UPOS, sdoc.XPOS, sdoc.FEATS], [y for x in preds for y in x])
            return dataset.doc

    register_processor_variant("pos", VARIANT)(FastPos)

    from stanza.models.lemma.data import DataLoader as LemmaLoader  # noqa: PLC0415
    from stanza.models.lemma.trainer import Trainer as LemmaTrainer  # noqa: PLC0415

    class FastLemma(_Variant):
        """Stanza's lemma processor (the dictionary, then the seq2seq model for the
        words it lacks), with each unknown word and tag sent through the seq2seq
        model once per batch instead of once per occurrence (a name that occurs a
        hundred times was decoded a hundred times). Same lemmas: the model reads a
        word and its tag only, and the dictionary step is Stanza's own."""

        OVERRIDE = True

        def load(self, path: str) -> Any:
            return LemmaTrainer(
                args=self.model_args,
                model_file=path,
                device=self.device,
                lemma_classifier_args={**self.model_args, "wordvec_pretrain_file": self.pretrain_path},
            )

        def process(self, document: Any) -> Any:  # LemmaProcessor.process, ensemble path
            tr, cfg = self.trainer, self.config
            batch = LemmaLoader(document, cfg["batch_size"], cfg, vocab=tr.vocab, evaluation=True,
                                expand_unk_vocab=True)  # fmt: skip
            pairs = batch.doc.get([sdoc.TEXT, sdoc.UPOS])
            if cfg.get("dict_only", False):
                preds = tr.predict_dict(pairs)
            else:
                known = tr.skip_seq2seq(pairs) if cfg.get("ensemble_dict", False) else [False] * len(pairs)
                first: dict[tuple[str, str], int] = {}
                skip = []
                for k, (pair, hit) in enumerate(zip(pairs, known, strict=True)):
                    key = (pair[0], pair[1])
                    skip.append(hit or key in first)
                    if not hit and key not in first:
                        first[key] = k
                loader = LemmaLoader(document, cfg["batch_size"], cfg, vocab=tr.vocab, evaluation=True,
                                     skip=skip, expand_unk_vocab=True)  # fmt: skip
                # batches of words of about one length: greedy decoding runs until
                # the longest word of its batch is done, so a short word no longer
                # waits for the longest of all
                items = [x for chunk in loader.data for x in chunk]
                order = sorted(range(len(items)), key=lambda k: len(items[k][0]))
                loader.data = [
                    [items[k] for k in order[i : i + LEMMA_BUCKET]]
                    for i in range(0, len(order), LEMMA_BUCKET)
                ]
                got: list[str] = []
                got_edits: list[Any] = []
                with torch.no_grad():
                    for b in loader:
                        ps, es = tr.predict(b, cfg["beam_size"], loader.vocab)
                        got += ps
                        if es is not None:
                            got_edits += es
                out: list[str] = [""] * len(items)
                edits: list[Any] = [None] * len(got_edits)
                for pos_, k in enumerate(order):
                    out[k] = got[pos_]
                    if got_edits:
                        edits[k] = got_edits[pos_]
                words = [pairs[k][0] for k in first.values()]
                lemma_of = dict(zip(first, tr.postprocess(words, out, edits=edits), strict=True))
                if not cfg.get("ensemble_dict", False):
                    preds = [lemma_of[(w, t)] for w, t in pairs]
                else:
                    preds = tr.ensemble(
                        pairs,
                        ["" if hit else lemma_of[(w, t)] for (w, t), hit in zip(pairs, known, strict=True)],
                    )
                if tr.has_contextual_lemmatizers():
                    preds = tr.update_contextual_preds(batch.doc, preds)
            preds = [max([(len(x), x), (0, "_")])[1] for x in preds]
            batch.doc.set([sdoc.LEMMA], preds)
            return batch.doc

    register_processor_variant("lemma", VARIANT)(FastLemma)
    return {
        "depparse": FastDepparse,
        "pos": FastPos,
        "lemma": FastLemma,
        "tag_scorer": FewRowsBiaffine,
        "word_chars": DistinctWordChars,
    }


_REGISTERED: dict[str, type] = {}


def register() -> None:
    """Register the ``pos``, ``lemma`` and ``depparse`` variants with Stanza (once per
    process). ``_REGISTERED`` then holds the classes by name."""
    if not _REGISTERED:
        _REGISTERED.update(_register())

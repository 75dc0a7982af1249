"""A faster decoder for Stanza's graph dependency parser, same trees.

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
- **labels for the chosen heads only**: the label biaffine's first product (per
  dependent) is the one Stanza computes; the second is taken only against each
  dependent's chosen head, not against every word. Where the labels then break a
  head constraint (two subjects or two objects of one head), the sentence's full
  label log-probabilities are computed as Stanza does and Stanza's own repair
  (``resolve_head_constraint_violations``) runs on them.

Models the variant does not cover (transition parsers, arc embeddings, reversed
parsers) are parsed by Stanza's own code. ``tests/test_fastparse.py`` checks that the
trees and labels equal Stanza's own on real parses; the speed is in
``benchmarks/results.md``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

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
    min_score = scores[np.isfinite(scores)].min()
    scores[:, 0] = scores[:, 0] + (min_score * scores.shape[0])
    tree = chuliu_edmonds(scores)
    if int(np.equal(tree[1:], 0).sum()) != 1:  # pragma: no cover - as Stanza asserts
        raise AssertionError("more than one root after root reweighting")
    return tree


def _register() -> type:
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
            self.pretrain = load_pretrain(config.get("pretrain_path"))
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
            m = self.trainer.model
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
            head_idx = [torch.as_tensor(t[1:], device=lstm.device) for t in trees]
            head_rows = side(d.W2, torch.cat([lstm[i, h] for i, h in enumerate(head_idx)]))
            inter = torch.einsum("LI,IJO->LJO", dep_rows, bil.weight)
            flat = (torch.einsum("LJO,LJ->LO", inter, head_rows) + bil.bias).argmax(1).cpu().numpy()
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

    def memoized(vocab: Any) -> Any:
        """The same vocabulary, its ``unmap`` remembered per id: turning a word's
        predicted feature ids into ``Number=Sing|Person=3`` strings is pure Python
        in Stanza and took about a sixth of the tagger's time."""
        base = type(vocab)
        memo: dict[Any, Any] = {}

        def unmap(self: Any, ids: Any) -> list[Any]:
            out = []
            for x in ids:
                key = tuple(x) if isinstance(x, list) else x
                v = memo.get(key)
                if v is None:
                    v = base.id2unit(self, x)
                    if isinstance(v, str):  # never share a mutable list between words
                        memo[key] = v
                out.append(v)
            return out

        vocab.__class__ = type(f"Memo{base.__name__}", (base,), {"unmap": unmap})
        return vocab

    class FastPos(_Variant):
        """Stanza's pos processor with remembered tag strings (same tags)."""

        OVERRIDE = True

        def load(self, path: str) -> Any:
            trainer = PosTrainer(
                pretrain=self.pretrain, model_file=path, device=self.device, args=self.model_args
            )
            for name in ("upos", "xpos", "feats"):
                if name in trainer.vocab:
                    memoized(trainer.vocab[name])
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
    return FastDepparse


_REGISTERED: list[type] = []


def register() -> None:
    """Register the ``depparse`` variant with Stanza (once per process)."""
    if not _REGISTERED:
        _REGISTERED.append(_register())

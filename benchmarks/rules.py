"""``python -m benchmarks.rules``: each condition and speaker rule's firings and precision, train and dev apart.

For every rule of the ``conditions`` stage (``quotekit rules`` lists them), on the
annotated articles of ``../shared/eval`` (the 231 train articles with condition
annotations, the 84 dev articles): how many candidates it proposed (alone or with
other rules: their votes), how many of those match a gold condition at >= 50% token
overlap (candidates on ``optional`` spans left out), and how many of its candidates
the shipped stage kept and how many of those are right. Then the ablation: the
conditions F1 with each rule switched off (``Pipeline(disable_rules={rule})``).
Train parses are cached by ``python -m benchmarks.train --cached``.

For the speaker rules of a cue (``attribution`` in ``quotekit rules``; an ordered
sieve, the first that applies decides): on every speech attribution the chain finds
(all 840 train articles, the 84 dev), which rule decided the speaker mention of its
cue, and how often that mention overlaps the annotated source of the attribution
whose cue it is; mentions that other paths decided (``according to``, a headline's
source, a continuing quote, a transcript label) are counted apart.
"""

from __future__ import annotations

import argparse
import collections
import warnings
from pathlib import Path
from typing import Any

from quotekit import Article, Pipeline
from quotekit.extractors import Attributor, Candidates, Conditions, Speakers
from quotekit.extractors._tree import CUE_RULE_DOCS, CUE_VETOES, known_lemma, tree_of
from quotekit.parsing import ParsedDoc
from quotekit.pipeline import finalize

from . import cache, conditions, polnear, train
from .scoring import greedy_match, jaccard, overlap_match, same_name


def rule_counts(
    arts: list[dict[str, Any]], docs: list[ParsedDoc], gold: dict[str, dict[str, Any]], pipe: Pipeline
) -> tuple[dict[str, list[int]], dict[str, float]]:
    """Per rule [proposed, proposed right, kept, kept right]; and the F1 with each rule off."""
    stage = Conditions(lexicon=pipe.lexicon)
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    upstream = []
    for art, doc in zip(arts, docs, strict=True):
        ann = gold[art["id"]]
        text = art["text"]
        quotes = train.upstream(pipe, doc)
        upstream.append(quotes)

        def right(start: int, end: int, ann: dict[str, Any] = ann, text: str = text) -> int | None:
            span = (start, end)
            if any(
                overlap_match(text, span, (g["condition"]["start"], g["condition"]["end"]))
                for g in ann["conditions"]
            ):
                return 1
            if any(overlap_match(text, span, (o["start"], o["end"])) for o in ann["optional"]):
                return None
            return 0

        for cands in stage.candidates(doc, quotes):
            for c, rules, _ in cands:
                ok = right(c.condition.start, c.condition.end)
                if ok is None:
                    continue
                for r in rules:
                    counts[r][0] += 1
                    counts[r][1] += ok
        for q in stage(doc, quotes):
            for c in q.conditions:
                ok = right(c.condition.start, c.condition.end)
                if ok is None or c.rule is None:
                    continue
                for r in c.rule.split("+"):
                    counts[r][2] += 1
                    counts[r][3] += ok
    ablation = {}
    for rule in Conditions.rule_docs():
        st = Conditions(lexicon=pipe.lexicon, disabled=frozenset({rule}))
        preds = [finalize(d.text, st(d, q)) for d, q in zip(docs, upstream, strict=True)]
        ablation[rule] = conditions.score(arts, gold, preds)["overlap"][2]
    preds = [finalize(d.text, stage(d, q)) for d, q in zip(docs, upstream, strict=True)]
    ablation["(none off)"] = conditions.score(arts, gold, preds)["overlap"][2]
    return counts, ablation


def table(results: dict[str, tuple[dict[str, list[int]], dict[str, float]]]) -> str:
    names = list(Conditions.rule_docs())
    sets = list(results)
    head = "| rule | " + " | ".join(
        f"{s}: proposed (right) | {s}: kept (right) | {s}: F1 without it" for s in sets
    )
    rows = [head + " |", "|---|" + "---|---|---|" * len(sets)]
    for rule in names:
        cells = []
        for s in sets:
            c, abl = results[s]
            p, pr, k, kr = c.get(rule, [0, 0, 0, 0])
            base = abl["(none off)"]
            cells.append(f"{p} ({pr}) | {k} ({kr}) | {abl[rule]:.3f} ({abl[rule] - base:+.3f})")
        rows.append(f"| {rule} | " + " | ".join(cells) + " |")
    rows.append(
        "| all rules on (F1) | " + " | ".join(f" | | {results[s][1]['(none off)']:.3f}" for s in sets) + " |"
    )
    return "\n".join(rows)


def _cue_words(art: dict[str, Any]) -> set[int]:
    """Start offsets of the words inside the article's annotated speech cues."""
    return {
        k
        for g in art["quotes"]
        if g.get("cue_is_speech") and g.get("cue_start") is not None
        for k in range(g["cue_start"], g["cue_end"])
    }


def cue_counts(arts: list[dict[str, Any]], docs: list[ParsedDoc], pipe: Pipeline) -> dict[str, list[int]]:
    """Per rule of the cue sieve [fires, right]: a proposing rule fires on each word it
    proposes, right when the word lies in an annotated speech cue; a veto fires on each
    word ``reporting_verb`` proposed that it rejects (whatever the other vetoes say),
    right when the word lies in no annotated speech cue."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    lx = pipe.lexicon
    for art, doc in zip(arts, docs, strict=True):
        gold = _cue_words(art)
        tree = tree_of(doc, lx)
        for sent in doc.sentences:
            for w in sent.words:
                cue = w.start_char in gold
                lemma = known_lemma(w, lx.cues.reporting_verbs, lx)
                if lemma in lx.cues.reporting_verbs:
                    counts["reporting_verb"][0] += 1
                    counts["reporting_verb"][1] += cue
                    for name, veto in CUE_VETOES:
                        if veto(sent, w, tree, lemma):
                            counts[name][0] += 1
                            counts[name][1] += not cue
                if w.upos != "VERB" and lemma not in lx.cues.naming_verbs:
                    continue
                _, np_only, named = Candidates._cue_class(doc.text, sent, w, tree)
                for name, fired in (("np_only_verb", np_only), ("naming_verb", named is not None)):
                    if fired:
                        counts[name][0] += 1
                        counts[name][1] += cue
    return counts


def cue_ablation(arts: list[dict[str, Any]], docs: list[ParsedDoc]) -> dict[str, tuple[float, float]]:
    """Speech quote F1 (each quote on its own) and resolved-speaker accuracy with each
    cue rule switched off, and with none (``(none off)``)."""
    out = {}
    for rule in ("(none off)", *CUE_RULE_DOCS):
        off = () if rule == "(none off)" else (f"cue.{rule}",)
        pipe = Pipeline(disable_rules=off)
        res = polnear.score(arts, [pipe.extract(d) for d in docs])
        out[rule] = (res["speech_overlap"][2], res["speech_resolved_acc"])
    return out


def cue_table(
    counts: dict[str, dict[str, list[int]]], ablation: dict[str, dict[str, tuple[float, float]]]
) -> str:
    sets = list(counts)
    head = "| cue rule | " + " | ".join(
        f"{s}: fires (right) | {s}: quote F1 without it | {s}: resolved without it" for s in sets
    )
    rows = [head + " |", "|---|" + "---|---|---|" * len(sets)]
    for rule in CUE_RULE_DOCS:
        cells = []
        for s in sets:
            n, r = counts[s].get(rule, [0, 0])
            f1, res = ablation[s][rule]
            b1, bres = ablation[s]["(none off)"]
            cells.append(f"{n} ({r}) | {f1:.3f} ({f1 - b1:+.3f}) | {res:.3f} ({res - bres:+.3f})")
        rows.append(f"| cue.{rule} | " + " | ".join(cells) + " |")
    rows.append(
        "| all rules on | "
        + " | ".join(
            f" | {ablation[s]['(none off)'][0]:.3f} | {ablation[s]['(none off)'][1]:.3f}" for s in sets
        )
        + " |"
    )
    return "\n".join(rows)


#: Quotes, mentions or links that no named rule decided (a plugin's, or none).
UNNAMED = "(none recorded)"


def provenance_counts(arts: list[dict[str, Any]], preds: list[Article]) -> dict[str, dict[str, list[int]]]:
    """From each quote's provenance (``Quote.rule``, ``mention_rule``, ``speaker_rule``):

    - ``quote``: per rule [quotes found (those matching only a non-speech attribution
      left out), matching an annotated speech attribution at >= 50% overlap];
    - ``mention``: per attribution rule, over the matched quotes whose attribution has
      an annotated source, [compared, the mention overlaps the source];
    - ``link``: per resolution step, over the matched quotes whose attribution has a
      resolved speaker name, [compared, the speaker has that name].
    """
    out: dict[str, dict[str, list[int]]] = {
        k: collections.defaultdict(lambda: [0, 0]) for k in ("quote", "mention", "link")
    }
    for art, pred in zip(arts, preds, strict=True):
        text = art["text"]
        golds = [g for g in art["quotes"] if g["cue_is_speech"]]
        others = [g for g in art["quotes"] if not g["cue_is_speech"]]
        ps = list(pred.quotes)
        m = greedy_match(
            ps,
            golds,
            lambda p, g: overlap_match(text, (p.content.start, p.content.end), (g["start"], g["end"])),
            lambda p, g: jaccard(text, (p.content.start, p.content.end), (g["start"], g["end"])),
        )
        matched = dict(m)
        for i, p in enumerate(ps):
            span = (p.content.start, p.content.end)
            if i not in matched and any(overlap_match(text, span, (o["start"], o["end"])) for o in others):
                continue
            rule = out["quote"][p.rule or UNNAMED]
            rule[0] += 1
            rule[1] += i in matched
        for i, j in m:
            p, g = ps[i], golds[j]
            if g.get("speaker_start") is not None:
                gs = (g["speaker_start"], g["speaker_end"])
                pm = p.speaker_mention
                ok = pm is not None and (
                    overlap_match(text, (pm.start, pm.end), gs) or gs[0] <= pm.start < pm.end <= gs[1]
                )
                row = out["mention"][p.mention_rule or UNNAMED]
                row[0] += 1
                row[1] += ok
            if g.get("speaker_name"):
                row = out["link"][p.speaker_rule or UNNAMED]
                row[0] += 1
                row[1] += same_name(g["speaker_name"], polnear.resolved_name(p))
    return out


def provenance_table(results: dict[str, dict[str, dict[str, list[int]]]], kind: str, names: list[str]) -> str:
    """One table of :func:`provenance_counts` (``kind``), rules in ``names`` order first."""
    sets = list(results)
    seen = [n for n in names if any(n in results[s][kind] for s in sets)]
    extra = sorted({n for s in sets for n in results[s][kind]} - set(seen))
    count, right = ("found", "matched") if kind == "quote" else ("compared", "right")
    head = "| rule | " + " | ".join(f"{s}: {count} | {s}: {right}" for s in sets) + " |"
    rows = [head, "|---|" + "---|---|" * len(sets)]
    for rule in seen + extra:
        cells = []
        for s in sets:
            n, ok = results[s][kind].get(rule, [0, 0])
            share = f" ({ok / n:.3f})" if n else ""
            cells.append(f"{n} | {ok}{share}")
        rows.append(f"| {rule} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def provenance_tables(results: dict[str, dict[str, dict[str, list[int]]]]) -> str:
    quote_names: list[str] = []
    for r in Candidates.rule_docs():
        quote_names += [r, f"{r}+edge_model"]
    return (
        "### Quote rules (`Quote.rule`)\n\n"
        + provenance_table(results, "quote", quote_names)
        + "\n\n### Speaker mention rules (`Quote.mention_rule`)\n\n"
        + provenance_table(results, "mention", list(Attributor.rule_docs()))
        + "\n\n### Resolution steps (`Quote.speaker_rule`)\n\n"
        + provenance_table(results, "link", list(Speakers.rule_docs()))
    )


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.rules")
    ap.add_argument("--out", type=Path, default=None, help="append the table to this file")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    pipe = Pipeline()
    results = {}
    tarts, tgold = train.load_train(), conditions.load(train.CTRAIN)
    if tarts is not None and tgold is not None:
        docs = cache.parses(pipe, [a["text"] for a in tarts], name="train")
        keep = [i for i, a in enumerate(tarts) if a["id"] in tgold]
        results["train"] = rule_counts([tarts[i] for i in keep], [docs[i] for i in keep], tgold, pipe)
    darts, dgold = polnear.load(), conditions.load()
    if darts is not None and dgold is not None:
        docs = cache.parses(pipe, [a["text"] for a in darts])
        results["dev"] = rule_counts(darts, docs, dgold, pipe)
    text = table(results)
    print(text)
    prov: dict[str, dict[str, dict[str, list[int]]]] = {}
    if tarts is not None:
        docs = cache.parses(pipe, [a["text"] for a in tarts], name="train")
        prov["train"] = provenance_counts(tarts, [pipe.extract(d) for d in docs])
    if darts is not None:
        docs = cache.parses(pipe, [a["text"] for a in darts])
        prov["dev"] = provenance_counts(darts, [pipe.extract(d) for d in docs])
    stext = provenance_tables(prov)
    print(stext)
    ccounts: dict[str, dict[str, list[int]]] = {}
    cabl: dict[str, dict[str, tuple[float, float]]] = {}
    if tarts is not None:
        docs = cache.parses(pipe, [a["text"] for a in tarts], name="train")
        ccounts["train"] = cue_counts(tarts, docs, pipe)
        keep = [i for i, a in enumerate(tarts) if a.get("speakers_resolved")]
        cabl["train"] = cue_ablation([tarts[i] for i in keep], [docs[i] for i in keep])
    if darts is not None:
        docs = cache.parses(pipe, [a["text"] for a in darts])
        ccounts["dev"] = cue_counts(darts, docs, pipe)
        cabl["dev"] = cue_ablation(darts, docs)
    ctext = cue_table(ccounts, cabl)
    print(ctext)
    if args.out:
        with args.out.open("a", encoding="utf-8") as fh:
            fh.write(
                "\n## Condition rules: firings, precision, ablation (`python -m benchmarks.rules`)\n\n"
                "Proposed: candidates the rule proposed (alone or with others), right: matching a gold "
                "condition. Kept: in the shipped stage's output. F1 without it: conditions F1 with the rule "
                "switched off (`Pipeline(disable_rules={rule})`), and its change. Train: the 231 annotated "
                "train articles (the acceptor was fitted on them); dev: the 84 dev articles.\n\n"
                + text
                + "\n"
                "\n## Provenance: what each rule decided, how often right (`python -m benchmarks.rules`)\n\n"
                "From each quote's provenance, every quote on its own (not joined per cue). Quote rules: "
                "quotes the rule found (those matching only a non-speech attribution left out), matched: "
                "matching an annotated speech attribution at >= 50% overlap. Speaker mention rules: of "
                "the matched quotes whose attribution has an annotated source, the mention overlaps it. "
                "Resolution steps: of the matched quotes whose attribution has a resolved speaker name, "
                "the speaker has that name. Train: all 840 train articles (resolved names on 231); dev: "
                "the 84 dev articles.\n\n" + stext + "\n"
                "\n## The cue sieve: firings, precision, ablation (`python -m benchmarks.rules`)\n\n"
                "Fires: words the rule proposes as a cue (`reporting_verb`, `np_only_verb`, `naming_verb`), "
                "right when the word lies in an annotated speech cue; for a veto, words `reporting_verb` "
                "proposed that it rejects, right when the word lies in no annotated speech cue. Counted "
                "over all 840 train and 84 dev articles. Quote F1 (speech attributions, each quote on its "
                "own, >= 50% overlap) and resolved-speaker accuracy with the rule switched off "
                "(`Pipeline(disable_rules={'cue.<rule>'})`), and the change: train on the 231 articles "
                "with resolved speakers, dev on the 84.\n\n" + ctext + "\n"
            )


if __name__ == "__main__":
    main()

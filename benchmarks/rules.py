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

from quotekit import Pipeline
from quotekit.extractors import Conditions
from quotekit.extractors._cues import SPEAKER_RULE_DOCS, speaker_rule
from quotekit.extractors._tree import tree_of
from quotekit.parsing import ParsedDoc
from quotekit.pipeline import finalize

from . import cache, conditions, polnear, train
from .scoring import overlap_match


def rule_counts(
    arts: list[dict[str, Any]], docs: list[ParsedDoc], gold: dict[str, dict[str, Any]], pipe: Pipeline
) -> tuple[dict[str, list[int]], dict[str, float]]:
    """Per rule [proposed, proposed right, kept, kept right]; and the F1 with each rule off."""
    stage = Conditions()
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
        st = Conditions(disabled=frozenset({rule}))
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


#: Mentions no speaker rule of a cue decided.
OTHER_PATHS = "(other paths)"


def speaker_rule_counts(
    arts: list[dict[str, Any]], docs: list[ParsedDoc], pipe: Pipeline
) -> dict[str, list[int]]:
    """Per speaker rule [decided, of those with an annotated source: mention right, compared]."""
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for art, doc in zip(arts, docs, strict=True):
        text = art["text"]
        tree = tree_of(doc, pipe.lexicon)
        golds = [g for g in art["quotes"] if g["cue_is_speech"] and g.get("cue_start") is not None]
        for q in pipe.extract(doc).quotes:
            if q.cue is None or q.speaker_mention is None:
                continue
            sent = tree.sentence_at(q.cue.start)
            cue = next((w for w in sent.words if w.start_char == q.cue.start), None) if sent else None
            name = OTHER_PATHS
            if sent is not None and cue is not None:
                rule, (sp, _) = speaker_rule(text, sent, cue, tree)
                if sp is not None and (sp.start, sp.end) == (q.speaker_mention.start, q.speaker_mention.end):
                    name = rule
            counts[name][0] += 1
            g = next((g for g in golds if g["cue_start"] < q.cue.end and q.cue.start < g["cue_end"]), None)
            if g is None or g.get("speaker_start") is None:
                continue
            m = q.speaker_mention
            counts[name][2] += 1
            counts[name][1] += int(m.start < g["speaker_end"] and g["speaker_start"] < m.end)
    return counts


def speaker_table(results: dict[str, dict[str, list[int]]]) -> str:
    sets = list(results)
    head = "| rule | " + " | ".join(f"{s}: decided | {s}: right / compared" for s in sets) + " |"
    rows = [head, "|---|" + "---|---|" * len(sets)]
    for rule in [*SPEAKER_RULE_DOCS, OTHER_PATHS]:
        cells = []
        for s in sets:
            n, ok, cmp = results[s].get(rule, [0, 0, 0])
            share = f" ({ok / cmp:.3f})" if cmp else ""
            cells.append(f"{n} | {ok} / {cmp}{share}")
        rows.append(f"| {rule} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


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
    spk: dict[str, dict[str, list[int]]] = {}
    if tarts is not None:
        spk["train"] = speaker_rule_counts(
            tarts, cache.parses(pipe, [a["text"] for a in tarts], name="train"), pipe
        )
    if darts is not None:
        spk["dev"] = speaker_rule_counts(darts, cache.parses(pipe, [a["text"] for a in darts]), pipe)
    stext = speaker_table(spk)
    print(stext)
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
                "\n## Speaker rules of a cue: which decided, how often right (`python -m benchmarks.rules`)\n\n"
                "Decided: speech attributions found by the chain whose speaker mention this rule of the "
                "cue's sieve decided (the first that applies; other paths: `according to`, a headline's "
                "source, a continuing quote, a transcript label). Right / compared: of those whose cue is an "
                "annotated cue with a source, the mention overlaps the annotated source. Train: all 840 "
                "train articles; dev: the 84 dev articles.\n\n" + stext + "\n"
            )


if __name__ == "__main__":
    main()

"""Would parsing only what the quotes need pay? A measurement on the dev parses.

Issue 20 asks whether sentences with no quotation mark, no cue word and no condition
trigger may skip the dependency parse. This module answers it without a second parser:
it takes the full dev parses, replaces the trees of the sentences a selective parser
would skip by a flat stand-in (every word attached to the first verb, relation
``dep``: what the extractors would see of an unparsed sentence), runs the extractor
chain, and scores the result as the main benchmark does. The share of words skipped
bounds the time selective parsing could save (the parser's cost grows with words).

Two rules are measured: ``content`` skips every sentence without a quotation mark, a
cue or condition word, or a colon; ``content + names`` also keeps every sentence with
a proper noun or a *he/she/they* (candidates for the speakers stage's salience).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from quotekit import Pipeline
from quotekit.lexicon import Lexicon
from quotekit.parsing import ParsedDoc, Sentence

from . import conditions, polnear

#: Words that make a sentence worth parsing beyond the cue and condition lexicons.
_TRIGGERS = frozenset(
    {"if", "unless", "provided", "providing", "need", "needs", "require", "according", "only", "once"}
)


def _needs_parse(lx: Lexicon) -> Callable[[Sentence, bool], bool]:
    cue = (
        lx.cues.reporting_verbs
        | lx.cues.speaking_verbs
        | lx.cues.communication_nouns
        | lx.cues.speech_event_nouns
        | lx.cues.tell_verbs
        | lx.cues.np_content_verbs
        | lx.conditions.condition_verbs
        | lx.conditions.condition_nouns
    )
    trig = (
        _TRIGGERS
        | lx.conditions.bare_demand_modals
        | lx.conditions.to_demand_modals
        | lx.conditions.named_demand_modals
    )
    marks = lx.quote_chars - {"'", "\u2019"}

    def needs(s: Sentence, names: bool) -> bool:
        if any(ch in w.text for w in s.words for ch in marks) or any(w.text == ":" for w in s.words):
            return True
        if any(w.lemma.lower() in cue or w.text.lower() in trig for w in s.words):
            return True
        return names and any(w.upos == "PROPN" or w.text.lower() in ("he", "she", "they") for w in s.words)

    return needs


def _flat(s: Sentence) -> Sentence:
    root = next((w for w in s.words if w.upos in ("VERB", "AUX")), s.words[0])
    return attrs.evolve(
        s,
        words=tuple(
            attrs.evolve(w, head=0 if w is root else root.id, deprel="root" if w is root else "dep")
            for w in s.words
        ),
    )


def run(pipe: Pipeline, arts: Sequence[dict[str, Any]], docs: Sequence[ParsedDoc]) -> str:
    """The table: words skipped and the dev scores, full parse vs each rule."""
    needs = _needs_parse(pipe.lexicon)
    cgold = conditions.load()
    rows = [
        "| parse | words without a parse | quotes F1 | resolved speaker | conditions F1 |",
        "|---|---|---|---|---|",
    ]
    for label, rule in (("full (today)", None), ("content", False), ("content + names", True)):
        skipped = total = 0
        new_docs = []
        for d in docs:
            sents = []
            for s in d.sentences:
                total += len(s.words)
                if rule is not None and s.words and not needs(s, rule):
                    skipped += len(s.words)
                    sents.append(_flat(s))
                else:
                    sents.append(s)
            new_docs.append(attrs.evolve(d, sentences=tuple(sents)))
        preds = [pipe.extract(d) for d in new_docs]
        res = polnear.score(arts, [polnear.attributions(a) for a in preds])  # type: ignore[arg-type]
        cond = conditions.score(arts, cgold, preds)["overlap"][2] if cgold is not None else float("nan")
        rows.append(
            f"| {label} | {skipped / max(total, 1):.1%} | {res['speech_overlap'][2]:.3f} | "
            f"{res['speech_resolved_acc']:.3f} | {cond:.3f} |"
        )
    return "\n".join(rows)

"""Score the speaker resolver's pronoun step on GUM coreference, apart from quotes.

GUM (``../shared/ud/UD_English-GUM/``, the CC BY genres) marks every mention of
an entity in its MISC column (``Entity=(12-person-...``). For each third-person
``he``/``she`` that is a clause subject and whose entity was named before (a
mention holding a proper noun), the speakers stage resolves the pronoun as if
it were a quote's source (one reported-speech quote per such pronoun, its
content the rest of the sentence), on GUM's gold parse. A resolution is right
when it matches one of the entity's earlier named mentions under the speaker
name rule of the PolNeAR benchmark.

``python -m benchmarks.gum_coref [--split train|dev|test]``. The test split is
only scored, never used to choose a rule or a weight.
"""

from __future__ import annotations

import argparse
import gzip
import re
from pathlib import Path
from typing import Any

from quotekit import Quote, QuoteKind, Span
from quotekit.extractors.speakers import Speakers
from quotekit.lexicon import ENGLISH
from quotekit.parsing import ParsedDoc, read_conllu

from .scoring import same_name

GUM = Path(__file__).resolve().parent.parent.parent / "shared" / "ud" / "UD_English-GUM"
_OPEN = re.compile(r"\((\d+)-([a-z]+)")
_CLOSE = re.compile(r"(\d+)\)")


def documents(split: str, folder: Path = GUM) -> list[str]:
    """The CoNLL-U text of each document of a split."""
    path = folder / f"en_gum-ccby-{split}.conllu.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = fh.read()
    docs = re.split(r"(?m)^(?=# newdoc id)", data)
    return [d for d in docs if d.strip()]


def mentions(conllu: str) -> list[tuple[int, str, int, int, int]]:
    """``(entity, type, sentence, first word id, last word id)`` of every mention."""
    out: list[tuple[int, str, int, int, int]] = []
    stack: dict[int, list[tuple[str, int, int]]] = {}
    si = -1
    in_sent = False
    for line in conllu.splitlines():
        if not line.strip():
            in_sent = False
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
            continue
        if not in_sent:
            si += 1
            in_sent = True
        wid = int(cols[0])
        ent = next((f[7:] for f in cols[9].split("|") if f.startswith("Entity=")), "")
        pos = 0
        while pos < len(ent):
            m = _OPEN.match(ent, pos)
            if m:
                stack.setdefault(int(m.group(1)), []).append((m.group(2), si, wid))
                pos = m.end()
                # skip the rest of the open bracket's fields
                while pos < len(ent) and ent[pos] not in "()":
                    pos += 1
                if pos < len(ent) and ent[pos] == ")":  # a one-word mention: "(5-person-...)"
                    typ, s0, w0 = stack[int(m.group(1))].pop()
                    out.append((int(m.group(1)), typ, s0, w0, wid))
                    pos += 1
                continue
            m = _CLOSE.match(ent, pos)
            if m and stack.get(int(m.group(1))):
                typ, s0, w0 = stack[int(m.group(1))].pop()
                out.append((int(m.group(1)), typ, s0, w0, wid))
                pos = m.end()
                continue
            if ent[pos] == ")" and pos > 0:
                pos += 1
                continue
            pos += 1
    return out


def score_doc(conllu: str, stage: Speakers) -> tuple[int, int, list[str]]:
    """(right, total, examples of errors) for one document."""
    doc = read_conllu(conllu)
    text = doc.text
    ments = mentions(conllu)

    def span(s: int, a: int, b: int) -> Span:
        ws = doc.sentences[s].words
        return Span.of(text, ws[a - 1].start_char, ws[b - 1].end_char)

    named: list[tuple[int, int, str]] = []  # (entity, start char, text)
    for e, _t, s, a, b in ments:
        ws = doc.sentences[s].words[a - 1 : b]
        if any(w.upos == "PROPN" for w in ws):
            sp = span(s, a, b)
            named.append((e, sp.start, sp.text))
    quotes: list[Quote] = []
    gold: dict[str, list[str]] = {}
    for e, typ, s, a, b in ments:
        if a != b or typ != "person":
            continue
        w = doc.sentences[s].words[a - 1]
        if w.text.lower() not in ("he", "she") or not w.deprel.startswith("nsubj"):
            continue
        names = [t for ent, start, t in named if ent == e and start < w.start_char]
        last = doc.sentences[s].words[-1]
        if not names or last.end_char <= w.end_char:
            continue
        qid = f"q{len(quotes) + 1}"
        content = Span.of(text, w.end_char + 1, last.end_char) if last.end_char > w.end_char + 1 else None
        if content is None or not content.text.strip():
            continue
        quotes.append(
            Quote(
                id=qid,
                kind=QuoteKind.INDIRECT,
                content=content,
                speaker_mention=Span.of(text, w.start_char, w.end_char),
            )
        )
        gold[qid] = names
    if not quotes:
        return 0, 0, []
    out = stage(_with_processors(doc), tuple(quotes))
    right = 0
    errors = []
    for q in out:
        pred = q.speaker.name if q.speaker else None
        ok = any(same_name(g, pred) for g in gold[q.id])
        right += ok
        if not ok:
            errors.append(
                f"{q.speaker_mention.text if q.speaker_mention else ''} -> {pred!r}, gold {gold[q.id][-1]!r}"
            )
    return right, len(out), errors


def _with_processors(doc: ParsedDoc) -> ParsedDoc:
    import attrs

    return attrs.evolve(doc, processors=frozenset({"tokenize", "pos", "lemma", "depparse"}))


def run(split: str = "test", stage: Speakers | None = None) -> dict[str, Any]:
    stage = stage or Speakers(lexicon=ENGLISH)
    right = total = 0
    errors: list[str] = []
    docs = documents(split)
    for d in docs:
        r, t, e = score_doc(d, stage)
        right += r
        total += t
        errors += e
    return {"split": split, "documents": len(docs), "right": right, "total": total, "errors": errors}


def table(res: dict[str, Any]) -> str:
    acc = res["right"] / res["total"] if res["total"] else 0.0
    return (
        f"| GUM-CC-BY {res['split']} ({res['documents']} documents) | he/she subjects with a named antecedent | "
        f"resolved right |\n|---|---|---|\n| speakers stage | {res['total']} | {res['right']} ({acc:.3f}) |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.gum_coref")
    ap.add_argument("--split", default="test", choices=["train", "dev", "test"])
    ap.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = ap.parse_args()
    res = run(args.split)
    print(table(res))
    for e in res["errors"][: args.errors]:
        print(" ", e)


if __name__ == "__main__":
    main()

"""Regenerate ``patterns.conllu`` from ``cases.py`` with the bundled model."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from cases import CASES  # noqa: E402

from quotekit._stanza import StanzaParser  # noqa: E402
from quotekit.parsing import ParsedDoc  # noqa: E402


def dump(name: str, doc: ParsedDoc) -> str:
    lines = [f"# newdoc id = {name}"]
    prev_end = None
    for sent in doc.sentences:
        if prev_end is not None and "\n\n" in doc.text[prev_end : sent.start_char]:
            lines.append("# newpar")
        lines.append(f"# text = {doc.text[sent.start_char : sent.end_char].replace(chr(10), ' ')}")
        for k, w in enumerate(sent.words):
            nxt = sent.words[k + 1] if k + 1 < len(sent.words) else None
            gap_end = nxt.start_char if nxt is not None else None
            if nxt is None:
                # the next sentence's first word
                later = [s for s in doc.sentences if s.index == sent.index + 1]
                gap_end = later[0].start_char if later else len(doc.text)
            misc = "SpaceAfter=No" if gap_end == w.end_char else "_"
            lines.append(
                "\t".join(
                    [str(w.id), w.text, w.lemma, w.upos, w.xpos, w.feats, str(w.head), w.deprel, "_", misc]
                )
            )
        lines.append("")
        prev_end = sent.end_char
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = StanzaParser()
    out = []
    for name, text in CASES.items():
        out.append(dump(name, parser.parse(text)))
    (HERE / "patterns.conllu").write_text("".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Dependency-tree helpers shared by the built-in extractors."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..lexicon import Lexicon
from ..model import Span
from ..parsing import ParsedDoc, Sentence, Word

if TYPE_CHECKING:  # pragma: no cover - _cues imports this module
    from ._cues import Attribution

NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
NP_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})
SUBJECT_RELS = ("nsubj",)
# relations that leave a speaker mention when trimming a subject subtree
MENTION_CUT = frozenset(
    {"acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "advcl", "ccomp", "dep", "list", "case"}
)
#: The dashes after a dateline ("WASHINGTON --").
DATELINE_DASHES = frozenset({"--", "\u2014", "\u2013"})
#: Relations the small parser gives to the pieces of one split name.
NAME_SPLIT_RELS = frozenset({"nsubj", "flat", "list", "compound", "punct", "appos", "dep", "conj"})
#: The longest parenthesis (in words) stepped over between a name and its cue.
MAX_PARENTHESIS_WORDS = 8


class Tree:
    """Per-sentence children lists and offset look-ups over a ParsedDoc, with
    the lexicon of its language (``lx``) for the helpers that read words.

    Build it with :func:`tree_of`, which every stage of the chain shares for
    the same document instead of rebuilding it.
    """

    def __init__(self, doc: ParsedDoc, lexicon: Lexicon, cue_off: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.lx = lexicon
        #: the cue sieve's rules switched off (:data:`CUE_RULE_DOCS`)
        self.cue_off = cue_off
        self.quote_chars = lexicon.quote_chars
        self.children: list[dict[int, list[int]]] = []
        for s in doc.sentences:
            ch: dict[int, list[int]] = {}
            for w in s.words:
                ch.setdefault(w.head, []).append(w.id)
            self.children.append(ch)
        self._starts = [s.start_char for s in doc.sentences]
        #: what a document-wide search found, for the stages that all ask (the
        #: headline's source label): kept with the index, not beside it
        self.found: dict[str, object] = {}
        #: each cue's attribution (``_cues.attribute``), by sentence index, cue id and
        #: the speaker rules switched off: searched once, read by every stage
        self.attributions: dict[tuple[int, int, frozenset[str]], Attribution] = {}

    def kids(self, sent: Sentence, wid: int, *rels: str) -> list[Word]:
        """Children of ``wid``, optionally only those whose deprel base is in ``rels``."""
        out = []
        for cid in self.children[sent.index - self.doc.sentences[0].index].get(wid, []):
            w = sent.word(cid)
            if not rels or w.deprel in rels or w.deprel.split(":")[0] in rels:
                out.append(w)
        return out

    def subtree(self, sent: Sentence, wid: int, *, cut: Iterable[int] = ()) -> list[int]:
        """Ids of ``wid`` and its descendants, sorted, leaving out the subtrees in ``cut``."""
        banned = set(cut)
        out = []
        stack = [wid]
        seen = set()
        ch = self.children[sent.index - self.doc.sentences[0].index]
        while stack:
            i = stack.pop()
            if i in seen or i in banned:
                continue
            seen.add(i)
            out.append(i)
            stack.extend(ch.get(i, []))
        out.sort()
        return out

    def sentence_at(self, char: int) -> Sentence | None:
        """The sentence whose range holds (or last starts before) ``char``."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i < 0:
            return None
        return self.doc.sentences[i]

    def words_in(self, start: int, end: int) -> list[tuple[Sentence, Word]]:
        """Words lying wholly inside ``[start, end)``."""
        out = []
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        for s in self.doc.sentences[i:]:
            if s.start_char >= end:
                break
            for w in s.words:
                if w.start_char >= start and w.end_char <= end:
                    out.append((s, w))
        return out


SCOPES = "speech_scopes"


def set_speech_scope(tree: Tree, content: Span, scope: Span) -> None:
    """Record that the reported speech now ending at ``content`` was read (by the
    rules) as ``scope``: a learned edge cut it shorter. The conditions stage searches
    the whole scope: a condition the speaker attached after the cut is still theirs."""
    scopes = tree.found.setdefault(SCOPES, {})
    if isinstance(scopes, dict):
        scopes[(content.start, content.end)] = scope


def speech_scope(tree: Tree, content: Span) -> Span:
    """What :func:`set_speech_scope` recorded for ``content``, or ``content`` itself."""
    scopes = tree.found.get(SCOPES)
    found = scopes.get((content.start, content.end)) if isinstance(scopes, dict) else None
    return found if isinstance(found, Span) else content


def tree_of(doc: ParsedDoc, lexicon: Lexicon, cue_off: frozenset[str] = frozenset()) -> Tree:
    """The :class:`Tree` of ``doc``, built once per document (lexicon and cue rules
    switched off, ``cue_off``) and kept with the document, so the next stages reuse
    it."""
    key = ("tree", lexicon.lang, id(lexicon), cue_off)
    tree: Tree = doc.cached(key, lambda: Tree(doc, lexicon, cue_off))
    return tree


def run_around(ids: Iterable[int], anchor: int, sent: Sentence | None = None) -> list[int]:
    """The run of consecutive ids in ``ids`` that holds ``anchor``.

    With ``sent``, punctuation words of the sentence may fill gaps in the run
    (a comma the parser hung elsewhere does not cut a clause in two).
    """
    have = set(ids)
    fill = set(have)
    if sent is not None and have:
        lo_id, hi_id = min(have), max(have)
        fill |= {w.id for w in sent.words if lo_id < w.id < hi_id and w.upos == "PUNCT"}
    lo = hi = anchor
    while lo - 1 in fill:
        lo -= 1
    while hi + 1 in fill:
        hi += 1
    return [i for i in range(lo, hi + 1) if i in have or (sent is not None and sent.word(i).upos == "PUNCT")]


def punct_like(w: Word, marks: frozenset[str] = frozenset()) -> bool:
    """Punctuation by its tag or, whatever a tagger says (``―`` as a proper
    noun), by its characters; ``marks`` (quotation marks) count too."""
    return (
        w.upos == "PUNCT" or w.text in marks or all(unicodedata.category(c).startswith("P") for c in w.text)
    )


def present_participle(w: Word) -> bool:
    """``saying``, ``asking``: tagged as a gerund or as a present participle."""
    return w.feat("VerbForm") == "Ger" or (w.feat("VerbForm") == "Part" and w.feat("Tense") == "Pres")


def after_mark(sent: Sentence, w: Word, marks: frozenset[str]) -> bool:
    """Whether the word before ``w`` is a quotation mark (``“...,” added X``)."""
    return w.id > 1 and sent.word(w.id - 1).text in marks


def span_of(
    text: str, sent: Sentence, ids: Iterable[int], *, lexicon: Lexicon, trim_punct: bool = True
) -> Span | None:
    """The character span covering words ``ids`` (contiguous hull), trimmed."""
    ids = sorted(ids)
    if not ids:
        return None
    words = [sent.word(i) for i in ids]
    if trim_punct:
        marks = lexicon.quote_chars
        while words and punct_like(words[0], marks):
            words.pop(0)
        while words and punct_like(words[-1], marks):
            words.pop()
    if not words:
        return None
    return trim(text, words[0].start_char, words[-1].end_char)


def trim(text: str, start: int, end: int, chars: str = "") -> Span | None:
    """``text[start:end]`` without surrounding whitespace (and ``chars``)."""
    strip = " \t\n\r\u00a0" + chars
    while start < end and text[start] in strip:
        start += 1
    while end > start and text[end - 1] in strip:
        end -= 1
    if end <= start:
        return None
    return Span.of(text, start, end)


def in_phrase(sent: Sentence, w: Word, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``w`` is one word of one of ``phrases`` (lower-cased word
    sequences) as it stands in ``sent``."""
    low = w.text.lower()
    words = sent.words
    at = w.id - 1  # word ids run 1..n (ParsedDoc.check)
    for phrase in phrases:
        for k, tok in enumerate(phrase):
            if tok != low:
                continue
            lo = at - k
            hi = lo + len(phrase)
            if (
                lo >= 0
                and hi <= len(words)
                and all(x.text.lower() == t for x, t in zip(words[lo:hi], phrase, strict=True))
            ):
                return True
    return False


def known_lemma(w: Word, known: frozenset[str], lx: Lexicon) -> str:
    """The lemma of ``w`` as a table ``known`` spells it: the lemmatizer's, or, for a
    verb whose lemma the table lacks, the first regular base form of the word that the
    table has (the small lemmatizer gives "prais" for "praised", "urging" for
    "urging")."""
    lemma = w.lemma.lower()
    if lemma in known or w.upos not in ("VERB", "AUX"):
        return lemma
    return next((b for b in lx.syntax.base_forms(w.text) if b in known), lemma)


#: The cue sieve, in order: one rule proposes a word as a reporting cue and the
#: vetoes after it reject it; every stage that asks whether a word is a cue reads
#: this one decision (``Pipeline(disable_rules={"cue.not_a_verb"})`` switches a
#: rule off in all of them). ``np_only_verb`` and ``naming_verb`` propose the
#: candidates stage's other two kinds of cue.
CUE_RULE_DOCS: dict[str, str] = {
    "reporting_verb": "Proposes a word whose lemma (or a regular base form of it) is one of the "
    "lexicon's reporting verbs: 'Lee said the plan would fail.'",
    "discourse_phrase": "Vetoes the verb of a fixed discourse phrase (lexicon ``non_cue_phrases``): "
    "'Having said that, the plan stands.'",
    "not_a_verb": "Vetoes a word not tagged as a verb, except the core verbs of speech, which a small "
    "tagger may tag as a noun or adjective: 'the said plan'.",
    "needs_subject": "Vetoes a verb that reports only with a subject of its own (lexicon "
    "``reporting_verbs_need_subject``) when it has none, or a passive one, and stands neither "
    "inverted nor right after a name: 'the questions answered'.",
    "to_infinitive": "Vetoes a verb that reports nothing with a to-infinitive (lexicon "
    "``infinitive_not_speech_verbs``) when it has one: 'Lee agreed to hold a vote.'",
    "np_only_verb": "Proposes a verb whose content is a noun phrase only (lexicon ``np_only_verbs``), "
    "with a subject, or a participle under a verb with one: 'Lee denied the report.'",
    "naming_verb": "Proposes a naming verb with what it names (lexicon ``naming_verbs``): 'Lee called "
    "the plan a disaster.'",
}
#: The names of the cue sieve's rules (``disable_rules`` takes them, or ``cue.<name>``).
CUE_RULES = frozenset(CUE_RULE_DOCS)


def _inverted_or_after_name(sent: Sentence, w: Word, tree: Tree) -> bool:
    """``w`` stands inverted (after a comma or a closing mark, a proper noun right
    after it: "“...,” wrote Jane Doe") or right after a proper noun ("footage of Jane
    Doe asking, “...”")."""
    inverted = (
        1 < w.id < len(sent.words)
        and (sent.word(w.id - 1).text == "," or after_mark(sent, w, tree.quote_chars))
        and sent.word(w.id + 1).upos == "PROPN"
    )
    return inverted or (w.id > 1 and sent.word(w.id - 1).upos == "PROPN")


def _veto_discourse_phrase(sent: Sentence, w: Word, tree: Tree, lemma: str) -> bool:
    """A fixed discourse phrase ("Having said that, ..."), not a report."""
    return in_phrase(sent, w, tree.lx.cues.non_cue_phrases)


def _veto_not_a_verb(sent: Sentence, w: Word, tree: Tree, lemma: str) -> bool:
    """Not a verb; the small tagger sometimes tags "said" as ADJ/NOUN: trust the
    core verbs."""
    if w.upos in ("VERB", "AUX"):
        return False
    return not (lemma in tree.lx.cues.basic_speech_lemmas and w.upos in ("ADJ", "NOUN", "PROPN"))


def _veto_needs_subject(sent: Sentence, w: Word, tree: Tree, lemma: str) -> bool:
    """A verb that reports only with a subject, without one (or with a passive one),
    neither inverted nor after a name."""
    if lemma not in tree.lx.cues.reporting_verbs_need_subject:
        return False
    if _inverted_or_after_name(sent, w, tree):
        return False
    subj = tree.kids(sent, w.id, "nsubj")
    return not subj or any(s.deprel == "nsubj:pass" for s in subj)


def _veto_to_infinitive(sent: Sentence, w: Word, tree: Tree, lemma: str) -> bool:
    """An agreement to act with a to-infinitive ("agreed to hold a vote"), not a
    report."""
    if lemma not in tree.lx.cues.infinitive_not_speech_verbs:
        return False
    return any(
        k.id > w.id
        and any(
            m.text.lower() in tree.lx.function_words.infinitive_marks for m in tree.kids(sent, k.id, "mark")
        )
        for k in tree.kids(sent, w.id, "xcomp")
    )


#: The cue sieve's vetoes in order, each ``(name, veto(sent, word, tree, lemma))``.
CUE_VETOES = (
    ("discourse_phrase", _veto_discourse_phrase),
    ("not_a_verb", _veto_not_a_verb),
    ("needs_subject", _veto_needs_subject),
    ("to_infinitive", _veto_to_infinitive),
)


def is_reporting(sent: Sentence, w: Word, tree: Tree, verbs: frozenset[str] | None = None) -> bool:
    """Whether ``w`` is a reporting verb usable as a cue (``verbs``: default the
    lexicon's reporting verbs): the cue sieve's ``reporting_verb`` proposes it and
    none of its vetoes (:data:`CUE_RULE_DOCS`) that ``tree`` has on rejects it."""
    off = tree.cue_off
    if "reporting_verb" in off:
        return False
    known = tree.lx.cues.reporting_verbs if verbs is None else verbs
    lemma = known_lemma(w, known, tree.lx)
    if lemma not in known:
        return False
    return not any(veto(sent, w, tree, lemma) for name, veto in CUE_VETOES if name not in off)


def mention_span(text: str, sent: Sentence, head: Word, tree: Tree) -> Span | None:
    """The noun phrase headed by ``head``, without relative clauses and appositions."""
    if (
        head.id == 1
        and len(sent.words) > 2  # noqa: PLR2004 - the dateline, its dash, a word after
        and tree.lx.syntax.all_caps(head.text)
        and len(head.text) > 1
        and sent.word(2).text in DATELINE_DASHES
    ):
        # "WASHINGTON -- President Hale said", the dateline read as the subject and
        # the name as its apposition: the name
        dash_id = head.id + 1
        after = [k for k in tree.kids(sent, head.id) if k.id > dash_id and k.upos in ("PROPN", "NOUN")]
        if after:
            return mention_span(text, sent, after[0], tree)
    # "Mr. King and Mr. Schultz say": names coordinated with the head stay in the mention
    names = head.upos == "PROPN" and any(
        k.deprel == "conj" and k.upos == "PROPN" and k.id > head.id for k in tree.kids(sent, head.id)
    )
    cut = [
        k.id
        for k in tree.kids(sent, head.id)
        if (
            (k.deprel in MENTION_CUT or k.deprel.split(":")[0] in MENTION_CUT)
            and not (
                names and (k.deprel == "cc" or (k.deprel == "conj" and k.upos == "PROPN")) and k.id > head.id
            )
        )
        # "In a Reuters interview Smith": a prepositional phrase before the head
        or (k.id < head.id and k.deprel.split(":")[0] in ("obl", "nmod") and tree.kids(sent, k.id, "case"))
    ]
    ids = run_around(tree.subtree(sent, head.id, cut=cut), head.id)
    if head.upos == "PROPN":
        ids = _whole_name(sent, ids, tree.lx)
    # "WASHINGTON -- President Hale said": a dateline opening the sentence is no part
    # of the name
    dash = next((i for i in ids[:3] if sent.word(i).text in DATELINE_DASHES), None)
    if (
        dash is not None
        and ids[0] == 1
        and any(i > dash for i in ids)
        and all(
            tree.lx.syntax.all_caps(sent.word(i).text) and len(sent.word(i).text) > 1 for i in ids if i < dash
        )
    ):
        ids = [i for i in ids if i > dash]
    return span_of(text, sent, ids, lexicon=tree.lx)


def _name_part(sent: Sentence, i: int, toward: int, lx: Lexicon) -> bool:
    """Word ``i`` continues the name that word ``toward`` is part of: a proper noun,
    or a hyphen (or the word after it) written without spaces ("Jong-un")."""
    w, near = sent.word(i), sent.word(toward)
    if w.upos == "PROPN" and lx.syntax.capitalised(w.text):
        return True
    touching = w.end_char == near.start_char or near.end_char == w.start_char
    return touching and (w.text == "-" or near.text == "-") and w.text not in lx.quote_chars


def _whole_name(sent: Sentence, ids: list[int], lx: Lexicon) -> list[int]:
    """``ids`` grown over the rest of a name the parser split into several
    subjects ("Kim Jong-un", "Martin Luther King Jr.", "Douglas Holtz-Eakin")."""
    lo, hi = min(ids), max(ids)
    n = len(sent.words)
    while (
        lo > 1
        and _name_part(sent, lo - 1, lo, lx)
        and sent.word(lo - 1).deprel.split(":")[0] in NAME_SPLIT_RELS
    ):
        lo -= 1
    while (
        hi < n
        and _name_part(sent, hi + 1, hi, lx)
        and sent.word(hi + 1).deprel.split(":")[0] in NAME_SPLIT_RELS
    ):
        hi += 1
    while sent.word(hi).text == "-":
        hi -= 1
    return sorted(set(ids) | set(range(lo, hi + 1)))


def _np_word(w: Word, inside: bool, direction: int, lexicon: Lexicon) -> bool:
    """Whether ``w`` goes on the noun phrase :func:`surface_np` collects (``inside``:
    the phrase has words already): a nominal word, a pronoun (only first when reading
    rightwards), and inside a phrase a title the tagger read as a verb (``said TV host
    Ann Lee``), ``of``, a hyphen or an abbreviation's full stop; a possessive mark."""
    if w.upos in NP_WORDS or (w.upos == "PRON" and (not inside or direction < 0)):
        return True
    if w.upos == "PART":
        return w.text.lower() in lexicon.marks.possessive_marks
    if not inside:
        return False
    return (
        (w.upos == "VERB" and w.text.lower() in lexicon.names.title_words | lexicon.names.person_nouns)
        or (w.upos == "ADP" and w.text.lower() in lexicon.function_words.genitive_prepositions)
        or (w.upos == "PUNCT" and w.text in ("-", "."))
    )


def _proper_adjective(sent: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A capitalised adjective inside the sentence, a party or nationality the tagger
    read as an adjective: the head of "one senior Republican", "a young American"."""
    w = sent.word(i)
    return w.upos == "ADJ" and i > 1 and lexicon.syntax.capitalised(w.text)


def surface_np(
    text: str, sent: Sentence, verb: Word, *, direction: int, lexicon: Lexicon
) -> tuple[Span, list[int]] | None:
    """The noun phrase right before (``direction=-1``) or after (``+1``) ``verb``.

    Skips adverbs and auxiliaries next to the verb ("Aliyev also said",
    "said on Monday" is not skipped). Returns the span and the word ids.
    """
    n = len(sent.words)
    i = verb.id + direction
    # skip adverbs / auxiliaries / negation adjacent to the verb
    while (
        1 <= i <= n
        and sent.word(i).upos in ("ADV", "AUX", "PART")
        and sent.word(i).text not in lexicon.marks.possessive_marks
    ):
        i += direction
    ids: list[int] = []
    if direction < 0 and 1 <= i <= n and sent.word(i).text in lexicon.syntax.closing_brackets:
        # "Sen. Claire McCaskill (D-Mo.) said": step over the parenthesis
        j = i - 1
        while (
            j >= 1
            and sent.word(j).text not in lexicon.syntax.opening_brackets
            and i - j <= MAX_PARENTHESIS_WORDS
        ):
            j -= 1
        if j >= 1 and sent.word(j).text in lexicon.syntax.opening_brackets:
            i = j - 1
    while 1 <= i <= n:
        w = sent.word(i)
        if not _np_word(w, bool(ids), direction, lexicon):
            break
        ids.append(i)
        if w.upos == "PRON" and direction > 0:
            break
        i += direction
    if not ids:
        return None
    ids.sort()
    # the phrase must contain a nominal and not start/end with ADP/PUNCT
    while ids and sent.word(ids[0]).upos in ("ADP", "PUNCT", "PART"):
        ids.pop(0)
    while (
        ids
        and sent.word(ids[-1]).upos in ("ADP", "PUNCT", "DET", "ADJ")
        and not _proper_adjective(sent, ids[-1], lexicon)
    ):
        ids.pop()
    if not ids or not any(sent.word(j).upos in NOMINAL or _proper_adjective(sent, j, lexicon) for j in ids):
        return None
    if direction > 0 and sent.word(ids[0]).upos == "PRON" and sent.word(ids[0]).feat("Poss") == "Yes":
        return None
    sp = span_of(text, sent, ids, lexicon=lexicon)
    return (sp, ids) if sp is not None else None


def governor_with_subject(sent: Sentence, w: Word, tree: Tree, depth: int = 4) -> tuple[Word, Word] | None:
    """For a cue without a subject (``saying``, a coordinated ``and stated``),
    climb the tree to the nearest verb that has one; return (verb, subject)."""
    cur = w
    via_conj = False
    for _ in range(depth):
        subj = [k for k in tree.kids(sent, cur.id, "nsubj") if k.deprel != "nsubj:pass"]
        if subj:
            return cur, subj[0]
        if via_conj:
            # "Farm groups were angered by the tariff and predicted ...": coordinated
            # verbs share their subject, a passive one too
            passive = [k for k in tree.kids(sent, cur.id, "nsubj:pass") if k.upos in NOMINAL]
            if passive:
                return cur, passive[0]
        rel = cur.deprel.split(":")[0]
        via_conj = rel == "conj"
        # "Smith made the following remark:": a cue noun, the object of a verb
        noun_object = cur is w and w.upos == "NOUN" and rel == "obj"
        # "she said at a rally announcing that ...": a participle on the
        # noun of the verb's oblique shares that verb's subject
        if (
            cur is w
            and rel == "acl"
            and present_participle(w)
            and w.head == w.id - 1  # right after its noun (not "footage of X saying")
            and sent.word(w.head).deprel.startswith("obl")
        ):
            noun = sent.word(w.head)
            if noun.head:
                cur = sent.word(noun.head)
                continue
        if cur.head == 0 or (rel not in ("conj", "advcl", "xcomp", "ccomp", "parataxis") and not noun_object):
            return None
        head = sent.word(cur.head)
        infinitive = rel == "advcl" and any(
            k.text.lower() in tree.lx.function_words.infinitive_marks for k in tree.kids(sent, cur.id, "mark")
        )
        if rel == "xcomp" or (infinitive and head.lemma.lower() in tree.lx.cues.object_control_verbs):
            # "forced Hale, who ..., to admit that ...": the object controls the infinitive
            objs = [k for k in tree.kids(sent, head.id, "obj") if k.upos in NOMINAL and k.id < cur.id]
            if objs:
                return head, objs[-1]
        cur = sent.word(cur.head)
    return None


def addressee_of(text: str, sent: Sentence, cue: Word, tree: Tree) -> Span | None:
    """Who the cue was addressed to: ``told X``, ``said to X``, ``speaking to X``,
    ``in an interview with X``."""
    if cue.lemma.lower() in tree.lx.cues.tell_verbs:
        told = _told(text, sent, cue, tree)
        if told is not None:
            return told
    for k in tree.kids(sent, cue.id, "obl", "advcl"):
        found = _addressee_in(text, sent, cue, k, tree)
        if found is not None:
            return found
    return None


def _told(text: str, sent: Sentence, cue: Word, tree: Tree) -> Span | None:
    """The hearer of a verb of telling: its object (the noun phrase after it that holds
    the object), or, with no object, the words of a hearer right after the cue ending
    in a name (``told radio host Tom Reed on Thursday how ...``, ``host`` read as a
    verb)."""
    lx = tree.lx
    objs = [k for k in tree.kids(sent, cue.id, "iobj", "obj") if k.upos in NOMINAL]
    if objs:
        right = surface_np(text, sent, cue, direction=+1, lexicon=lx)
        if right is not None and objs[0].id in right[1]:
            return right[0]
        return mention_span(text, sent, objs[0], tree)
    hearer = []
    for x in sent.words[cue.id :]:
        if x.text.lower() in lx.function_words.complementizers or not (
            x.upos in ("DET", "ADJ", "NOUN", "PROPN")
            or x.text.lower() in lx.names.title_words | lx.names.person_nouns
        ):
            break
        hearer.append(x)
    titled = any(x.text.lower() in lx.names.title_words | lx.names.person_nouns for x in hearer[:-2])
    if titled and hearer[-1].upos == "PROPN" and hearer[-2].upos == "PROPN":
        return Span.of(text, hearer[0].start_char, hearer[-1].end_char)
    return None


def _addressee_in(text: str, sent: Sentence, cue: Word, k: Word, tree: Tree) -> Span | None:
    """The addressee in the cue's oblique or adverbial clause ``k``: ``said to X``,
    ``in an interview with X``, ``speaking to X, she said``."""
    lx = tree.lx
    lemma = cue.lemma.lower()
    if k.deprel.startswith("obl") and k.upos in NOMINAL:
        cases = [c.text.lower() for c in tree.kids(sent, k.id, "case")]
        if (
            any(c in lx.cues.addressee_prepositions for c in cases)
            and lemma in lx.cues.speaking_verbs | lx.cues.tell_verbs
        ):
            return mention_span(text, sent, k, tree)
        if (
            lx.function_words.setting_prepositions.intersection(cases)
            and k.lemma.lower() in lx.cues.communication_nouns
        ):
            for n in tree.kids(sent, k.id, "nmod"):
                if any(
                    c.text.lower() in lx.function_words.comitative_prepositions
                    for c in tree.kids(sent, n.id, "case")
                ):
                    return mention_span(text, sent, n, tree)
    if k.deprel == "advcl" and k.lemma.lower() in lx.cues.speaking_verbs and k.id < cue.id:
        for o in tree.kids(sent, k.id, "obl"):
            if lx.cues.addressee_prepositions & {c.text.lower() for c in tree.kids(sent, o.id, "case")}:
                return mention_span(text, sent, o, tree)
    return None


def before_parenthesis(sent: Sentence, wid: int, max_words: int) -> int:
    """The id of the word before the parenthesis that word ``wid`` closes (``Tom Reed
    (R-Ohio)``: ``Reed``), at most ``max_words`` back; ``wid`` itself when it closes
    none, 0 when the parenthesis opens the sentence."""
    if wid < 1 or sent.word(wid).text != ")":
        return wid
    j = wid - 1
    while j >= 1 and sent.word(j).text not in ("(", ")") and wid - j <= max_words:
        j -= 1
    return j - 1 if j >= 1 and sent.word(j).text == "(" else wid


def finite(w: Word, lx: Lexicon) -> bool:
    """A finite verb or auxiliary (by its features, or by the treebank tags of finite
    verbs the lexicon lists where the features are missing)."""
    return lx.syntax.finite(w)

"""Stage 3, ``speakers``: tie each quote's speaker mention to one entity.

Works on the bundled model without NER: proper-noun runs, the titles
lexicon and the parse; when the parse carries NER entities, PERSON and ORG
spans decide names and kinds. Mentions are read in text order:

* a proper name (``Azerbaijani President Ilham Aliyev``) opens or joins an
  entity; the title before the name is kept (``Azerbaijani President``);
  a surname or first name alone (``Aliyev``) joins the entity whose name
  ends or starts with it (``alias``); two different people who share a
  surname are kept apart by their first names;
* ``he``/``she`` resolve to the most recent named person speaker (else the
  most recent named person subject) whose gender does not contradict it;
  ``they``/``we``/``it`` to the most recent organisation within two
  sentences; otherwise they stay unresolved (no canonical name);
* a definite description (``the president``, ``The president of
  Azerbaijan``, ``the spokeswoman``) resolves to the most recent entity whose
  title shares its title word, else stays unresolved;
* unnamed sources (``a source``, ``officials``) are their own speakers of
  unknown kind and are never merged into a named one; a later definite
  description with the same head (``a senior official`` ... ``the
  official``) is the same source;
* antecedents come from subjects outside quotes: a proper-noun run (with a
  title from an apposition: ``John Smith, the mayor,``), a name in
  apposition to a title (``The ministry's spokeswoman, Maria Zakharova,``),
  an organisation (``the organization`` then resolves to it);
* a lone surname that two named people share stays unresolved.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import ClassVar

import attrs

from ..lexicon import Lexicon, stage_lexicon
from ..model import Quote, QuoteKind, Resolution, Span, Speaker, SpeakerKind
from ..parsing import ParsedDoc, Sentence, Word
from ._speaker_model import SpeakerScorer, rerank
from ._speaker_model import default_scorer as default_speaker_scorer
from ._tree import Tree, before_parenthesis, is_reporting, mention_span, punct_like, tree_of

__all__ = ["Speakers"]

#: A name of this many words or more is a person's full name (first and last).
FULL_NAME_WORDS = 2
#: ``NAME, description``: the name needs a word and the comma before the description.
APPOSITION_START = 2
#: Acronyms have at least this many letters.
MIN_ACRONYM_LETTERS = 2
#: The longest parenthesis after a name read as its party tag (``(D-S.C.)``).
MAX_PARTY_TAG_WORDS = 6
#: The longest apposition (in words) read after a subject name.
MAX_APPOSITION_WORDS = 10


_RANK = {
    Resolution.NAME: 0,
    Resolution.ALIAS: 1,
    Resolution.DESCRIPTION: 2,
    Resolution.PRONOUN: 3,
    Resolution.UNRESOLVED: 4,
}


@attrs.define
class _Entity:
    name: str | None
    label: str
    kind: SpeakerKind
    title: str | None = None
    gender: str | None = None
    mentions: list[Span] = attrs.field(factory=list)
    resolution: Resolution = Resolution.NAME
    quote_ids: list[str] = attrs.field(factory=list)
    last_pos: int = -1
    speaks: bool = False
    name_mentions: list[Span] = attrs.field(factory=list)
    last_subject: bool = False  # the latest mention was a subject (or a quote's source)
    last_spoke: int = -1  # where its latest quote's source mention stands
    descr: set[str] = attrs.field(factory=set)  # words of its titles and descriptions
    introduced: int = -1  # where it was last introduced with its role ("X, president of Y")
    first_pos: int = -1  # where it was first named

    def tokens(self) -> list[str]:
        return (self.name or "").split()


@attrs.define
class _Parsed:
    """A mention taken apart: its name, title and shape."""

    span: Span
    name: Span | None
    title: str | None
    pronoun: str | None
    definite: bool
    org: bool
    person: bool = False  # NER says PERSON
    label: str | None = None  # the text that names it, where not the mention ("which")


@attrs.define
class _Walk:
    """The state of the speakers stage's walk through one document's events."""

    text: str
    tree: Tree
    ner: dict[tuple[int, int], str]
    surnames: frozenset[str]
    titles: dict[tuple[int, int], str]
    named_inside: dict[tuple[int, int], frozenset[str]]
    plurals: list[Span]
    author: Span | None
    pending: list[tuple[_Parsed, int]] = attrs.Factory(list)  # introduced with a role, not yet entities
    entities: list[_Entity] = attrs.Factory(list)
    subject_names: list[tuple[int, _Entity]] = attrs.Factory(list)  # named subjects, in text order
    others: list[Span] = attrs.Factory(list)  # full names outside subjects that opened no entity
    resolved: dict[tuple[int, int], tuple[_Entity, Resolution]] = attrs.Factory(dict)
    speech: tuple[tuple[int, int], ...] = ()  # the quotes' contents, in text order

    def analyse(self, span: Span) -> _Parsed:
        return _analyse(self.text, self.tree, span, self.ner, self.surnames)


def _titled_description(text: str, sent: Sentence, w: Word, tree: Tree) -> Span | None:
    """``the president appeared cowed``: a titled description as subject (or the
    possessor of one: ``The president's roots came into play``) keeps the person it
    describes salient for the pronouns after it."""
    lx = tree.lx
    owner = [k for k in tree.kids(sent, w.id, "nmod:poss") if k.upos == "NOUN"]
    titled = owner[0] if owner and w.upos == "NOUN" else w
    if not (
        titled.upos == "NOUN"
        and titled.text.lower() in lx.names.title_words
        and any(
            k.text.lower() in lx.function_words.definite_determiners
            for k in tree.kids(sent, titled.id, "det")
        )
    ):
        return None
    return mention_span(text, sent, titled, tree)


def _with_speakers(
    quotes: tuple[Quote, ...],
    entities: list[_Entity],
    resolved: dict[tuple[int, int], tuple[_Entity, Resolution]],
    by_mention: dict[tuple[int, int], list[str]],
) -> tuple[Quote, ...]:
    """The quotes with their speakers: one :class:`Speaker` per entity that speaks."""
    speakers_of: dict[int, Speaker] = {}
    ent_of_quote: dict[str, _Entity] = {}
    how_of_quote: dict[str, Resolution] = {}
    for key, ids in by_mention.items():
        ent, how = resolved[key]
        for qid in ids:
            ent.quote_ids.append(qid)
            ent_of_quote[qid] = ent
            how_of_quote[qid] = how
    for ent in entities:
        if not ent.speaks:
            continue
        mentions = sorted(set(ent.mentions) | set(ent.name_mentions))
        speakers_of[id(ent)] = Speaker(
            name=ent.name,
            label=ent.name or ent.label,
            kind=ent.kind,
            title=ent.title,
            gender={"f": "female", "m": "male"}.get(ent.gender or ""),
            mentions=tuple(mentions),
            resolution=ent.resolution,
            quote_ids=tuple(sorted(set(ent.quote_ids), key=lambda s: int(s[1:]) if s[1:].isdigit() else 0)),
        )
    out = []
    for q in quotes:
        qent = ent_of_quote.get(q.id)
        out.append(
            attrs.evolve(
                q,
                speaker=speakers_of[id(qent)] if qent is not None else None,
                speaker_rule=how_of_quote[q.id].value if qent is not None else None,
            )
        )
    return tuple(out)


def _same_unnamed(entities: list[_Entity], p: _Parsed, lx: Lexicon) -> _Entity | None:
    """``a senior official ... the official``: the latest unresolved unnamed source
    opened by an indefinite determiner, with the same head noun."""
    if not p.span.text.split():
        return None
    last = p.span.text.split()[-1].lower()
    for ent in sorted(entities, key=lambda e: -e.last_pos):
        if ent.name is None and ent.resolution is Resolution.UNRESOLVED and ent.label.split():
            first = ent.label.split()[0].lower()
            if first in lx.function_words.indefinite_determiners and ent.label.split()[-1].lower() == last:
                return ent
    return None


def _organisation_named_with(entities: list[_Entity], head: str) -> _Entity | None:
    """``the organization``, ``the ministry``: the latest organisation named with
    that word."""
    for ent in sorted(entities, key=lambda e: -e.last_pos):
        if (
            ent.name is not None
            and ent.kind is SpeakerKind.ORGANISATION
            and head in {t.lower().strip(".,") for t in ent.tokens()}
        ):
            return ent
    return None


def _nearest_organisation(entities: list[_Entity], p: _Parsed, here: Sentence, tree: Tree) -> _Entity | None:
    """``the bank``, ``the network``: failing a shared word, the nearest organisation
    within a few sentences; a proper word in the description must be the entity's
    (``The Smith campaign``)."""
    lx = tree.lx
    proper = {
        t.strip(".,")
        for t in p.span.text.split()[1:-1]
        if lx.syntax.capitalised(t) and t.lower().strip(".,") not in lx.names.title_words
    }
    orgs = [
        e
        for e in entities
        if e.name is not None
        and e.kind is SpeakerKind.ORGANISATION
        and proper <= {t.strip(".,") for t in e.tokens()}
    ]
    if not orgs:
        return None
    nearest = max(orgs, key=lambda e: e.last_pos)
    s = tree.sentence_at(nearest.last_pos)
    return nearest if s is not None and here.index - s.index <= ORG_DESCRIPTION_SENTENCES else None


def _salient_person(
    entities: list[_Entity], p: _Parsed, pos: int, here: Sentence | None, tree: Tree
) -> _Entity | None:
    """``the Republican nominee``, ``the New York businessman``: the most salient
    person named before (or a bare name that speaks: ``Hale claims ...``), of the
    description's gender where it has one."""
    g = _gender_of(p, tree.lx)
    people = [
        e
        for e in entities
        if e.name is not None
        and e.last_pos < pos
        and (e.kind is SpeakerKind.PERSON or (e.kind is SpeakerKind.UNKNOWN and e.speaks))
        and (not g or not e.gender or e.gender == g)
    ]
    return _most_salient(people, here, tree, g)


def _name_part(words: list[Word], k: int, toward: int, lx: Lexicon) -> bool:
    """Word ``k`` (0-based) continues a name next to word ``toward``: a proper noun or
    name suffix (not a dash the tagger took for one: ``― Jane Doe``), a lower-case
    particle between names (``Ursula von der Leyen``), a hyphen joining (``Jong-un``)."""
    w = words[k]
    if not punct_like(w):
        if w.upos == "PROPN" or w.text.lower() in lx.names.name_suffixes:
            return True
        if (
            w.text.lower() in lx.names.name_particles
            and lx.syntax.starts_lower(w.text)
            and 0 < k < len(words) - 1
            and words[k - 1].upos == "PROPN"
            and words[k + 1].upos in ("PROPN", "ADP")
        ):
            return True
    near = words[toward]
    touching = w.end_char == near.start_char or near.end_char == w.start_char
    return touching and (w.text == "-" or near.text == "-")


def _subject_run(words: list[Word], i: int, lx: Lexicon) -> tuple[int, int]:
    """The ids of the first and last word of the name run around word id ``i``."""
    lo = hi = i
    while lo > 1 and _name_part(words, lo - 2, lo - 1, lx):
        lo -= 1
    while hi < len(words) and _name_part(words, hi, hi - 1, lx):
        hi += 1
    while words[hi - 1].text == "-":
        hi -= 1
    return lo, hi


def _title_up_to(text: str, words: list[Word], wid: int, tags: tuple[str, ...], lx: Lexicon) -> str | None:
    """The title phrase ending with word ``wid``: back over ``tags`` to a comma."""
    first = wid
    while first > 1 and words[first - 2].upos in tags and words[first - 2].text != ",":
        first -= 1
    return span_text_wo_det(text, [words[k - 1] for k in range(first, wid + 1)], lx)


def _appos_after(words: list[Word], hi: int) -> tuple[int, int] | None:
    """``, <det>? ... ,`` right after word ``hi``: the ids of the inside."""
    if hi + 1 > len(words) or words[hi].text != ",":
        return None
    j = hi + 2
    while (
        j <= len(words) and words[j - 1].text not in (",", ".", ";", ":") and j - hi <= MAX_APPOSITION_WORDS
    ):
        j += 1
    if j > len(words) or words[j - 1].text != ",":
        return None
    return hi + 2, j - 1


def _proper_subject(text: str, sent: Sentence, w: Word, tree: Tree) -> tuple[Span, str | None]:
    """A proper-noun subject: its whole name run, with the title of an apposition
    after it (``John Smith, the mayor,``), of the mention before it (``Foreign
    Minister ...``) or of a title the parser hung apart (``Democratic nominee`` +
    ``Ann Lee``)."""
    lx = tree.lx
    words = list(sent.words)
    lo, hi = _subject_run(words, w.id, lx)
    name = Span.of(text, words[lo - 1].start_char, words[hi - 1].end_char)
    title = None
    app = _appos_after(words, hi)
    if app is not None:
        inner = [words[k - 1] for k in range(app[0], app[1] + 1)]
        if any(x.text.lower() in lx.names.title_words for x in inner) and not any(
            x.upos == "VERB" for x in inner
        ):
            title = span_text_wo_det(text, inner, lx)
    sp = mention_span(text, sent, w, tree)
    if sp is not None and sp.start < name.start and sp.end >= words[lo - 1].end_char:
        name = Span.of(text, sp.start, max(sp.end, name.end))  # "Foreign Minister ..."
    elif title is None:
        k = lo - 1
        while k > 0 and lo - k <= MAX_TITLE_WORDS and words[k - 1].upos in ("ADJ", "NOUN", "PROPN"):
            k -= 1
        before = words[k : lo - 1]
        if before and any(x.text.lower() in lx.names.title_words for x in before):
            title = text[before[0].start_char : before[-1].end_char]
    return name, title


def _titled_subject(text: str, sent: Sentence, w: Word, tree: Tree) -> list[tuple[Span, str | None]]:
    """A title as subject: the name right after it, hung on it as an apposition
    (``Acme communications director Jane Doe spoke``), or a name in apposition after
    a comma (``The ministry's spokeswoman, Maria Zakharova,``)."""
    lx = tree.lx
    words = list(sent.words)
    right = [k for k in tree.kids(sent, w.id, "appos") if k.id == w.id + 1 and k.upos == "PROPN"]
    if right:
        lo, hi = _subject_run(words, right[0].id, lx)
        name = Span.of(text, words[lo - 1].start_char, words[hi - 1].end_char)
        return [(name, _title_up_to(text, words, w.id, ("PROPN", "ADJ", "NOUN"), lx))]
    app = _appos_after(words, w.id)
    if app is not None:
        inner = [words[k - 1] for k in range(app[0], app[1] + 1)]
        if inner and all(x.upos == "PROPN" for x in inner):
            name = Span.of(text, inner[0].start_char, inner[-1].end_char)
            return [
                (name, _title_up_to(text, words, w.id, ("DET", "PROPN", "ADJ", "NOUN", "PART", "PRON"), lx))
            ]
    return []


def _described_subject(
    text: str, sent_words: Sequence[Word], w: Word, lx: Lexicon
) -> list[tuple[Span, str | None]]:
    """``Her guest, the painter and poet Lena Marsh,``: a description in apposition
    after a common-noun subject that ends with a full name."""
    words = list(sent_words)
    app = _appos_after(words, w.id)
    if app is None:
        return []
    inner = [words[k - 1] for k in range(app[0], app[1] + 1)]
    k = len(inner)
    while k > 0 and inner[k - 1].upos == "PROPN" and inner[k - 1].text.lower() not in lx.names.title_words:
        k -= 1
    run, desc = inner[k:], inner[:k]
    if (
        len(run) >= FULL_NAME_WORDS
        and desc
        and all(x.upos in ("DET", "ADJ", "NOUN", "CCONJ", "PROPN") for x in desc)
        and any(_person_noun(x.text.lower(), lx) for x in desc if x.upos == "NOUN")
    ):
        return [(Span.of(text, run[0].start_char, run[-1].end_char), span_text_wo_det(text, desc, lx))]
    return []


def _role_description(label: str, lx: Lexicon) -> bool:
    """A description of a person by role (not a pronoun): its head noun, before a
    prepositional complement (``A spokeswoman for X``), a person noun or title, in
    a short phrase."""
    words = label.split()
    if not words or words[0].lower() in lx.pronouns.person_pronouns | lx.pronouns.organisation_pronouns:
        return False
    cut = next((k for k, t in enumerate(words) if t.lower() in lx.names.affiliation_prepositions), len(words))
    head = words[max(cut - 1, 0)].lower().strip(".,")
    return (_person_noun(head, lx) or head in lx.names.title_words) and cut <= MAX_TITLE_WORDS + 1


def _speaks_there(tree: Tree, pos: int) -> bool:
    """The subject at ``pos`` speaks in its sentence (``Kevin Moore says``, ``Acme
    director Jane Doe spoke to ...``: with a title, the title is the subject)."""
    s_next = tree.sentence_at(pos)
    if s_next is None:
        return False
    w_subj = next((w for w in s_next.words if w.start_char >= pos), None)
    while w_subj is not None and w_subj.deprel in ("appos", "flat", "compound") and w_subj.head:
        w_subj = s_next.word(w_subj.head)
    verb = s_next.word(w_subj.head) if w_subj is not None and w_subj.head else None
    return (
        verb is not None and verb.lemma.lower() in tree.lx.cues.reporting_verbs | tree.lx.cues.speaking_verbs
    )


def _words_in(sent: Sentence, span: Span) -> list[Word]:
    return [w for w in sent.words if w.start_char >= span.start and w.end_char <= span.end]


def _analyse(
    text: str, tree: Tree, span: Span, ner: dict[tuple[int, int], str], surnames: frozenset[str] = frozenset()
) -> _Parsed:
    """What a mention says: its name, title, pronoun, kind. ``surnames``: last words of
    full names in the text, names even where the tagger made them common nouns."""
    lx = tree.lx
    sent = tree.sentence_at(span.start)
    words = _words_in(sent, span) if sent is not None else []
    low = [w.text.lower() for w in words]
    if len(words) == 1 and words[0].upos == "PRON":
        return _Parsed(span=span, name=None, title=None, pronoun=low[0], definite=True, org=False)
    org = any(_org_word(w.text, lx) for w in words) or any(
        v == "ORG" for (s, e), v in ner.items() if s >= span.start and e <= span.end
    )
    definite = (bool(low) and low[0] in lx.function_words.definite_determiners) or any(
        t in lx.marks.possessive_marks for t in low
    )
    titled = _title_phrase(text, span, words, lx, definite=definite)
    if titled is not None:
        return titled
    # the name: the trailing run of capitalised non-title words of the mention's first
    # chunk ("Rep. Jim Clyburn (D-S.C.), the assistant leader ...": Jim Clyburn)
    chunk = _first_chunk(words, lx)
    if _coordinated_names(chunk, lx):
        # "Mr. King and Mr. Schultz say": a group, named as the text names it
        return _Parsed(span=span, name=None, title=None, pronoun=None, definite=False, org=False)
    name_words = _acronym_grown(words, chunk, _kept_name(_name_words(chunk, lx), words, surnames, lx), lx)
    if not name_words and chunk:
        # "Her longtime colleague at Acme, Peter J. Lane": a description
        # with no name of its own, then a full name set off by a comma
        name_words = _comma_name(words, len(chunk))
    name = Span.of(text, name_words[0].start_char, name_words[-1].end_char) if name_words else None
    rest = [w for w in chunk if not name_words or w.end_char <= name_words[0].start_char]
    rest = [w for w in rest if w.text.lower() not in lx.function_words.determiners]
    title = text[rest[0].start_char : rest[-1].end_char] if rest else None
    if title is not None and not any(
        w.text.lower().strip(".") in lx.names.title_words or w.text.lower() in lx.names.title_words
        for w in rest
    ):
        title = None if name is not None else title
    person = name is not None and any(
        v == "PERSON" for (s, e), v in ner.items() if s <= name.start and name.end <= e
    )
    if name is not None and org and not any(_org_word(w.text, lx) for w in name_words):
        # "State Green Party Chairman Tom Hale", "Smith campaign spokesman Ann
        # Lee": the organisation word is in the title, the name is a person's
        org = any(v == "ORG" for (s, e), v in ner.items() if s <= name.start and name.end <= e)
        person = person or title is not None or len(name_words) >= FULL_NAME_WORDS
    return _Parsed(span=span, name=name, title=title, pronoun=None, definite=definite, org=org, person=person)


def _title_phrase(text: str, span: Span, words: list[Word], lx: Lexicon, *, definite: bool) -> _Parsed | None:
    """``The president of Azerbaijan``, ``Senator from Texas``: a title phrase with a
    complement, a title and no name (unless a name follows after a comma: ``The
    minister of transport, Mr. Paul Dane,``); ``Secretary of State Tom Ruiz``: the
    title, then the name."""
    low = [w.text.lower() for w in words]
    prep = next((t for t in low if t in lx.names.title_complement_prepositions), None)
    if prep is None:
        return None
    head_part = words[: low.index(prep)]
    after_of = _name_after_of(words, low.index(prep), lx)
    if after_of and any(w.text.lower() in lx.names.title_words for w in head_part):
        rest_words = [w for w in words if w.end_char <= after_of[0].start_char]
        return _Parsed(
            span=span,
            name=Span.of(text, after_of[0].start_char, after_of[-1].end_char),
            title=span_text_wo_det(text, rest_words, lx),
            pronoun=None,
            definite=definite,
            org=False,
            person=True,
        )
    if (
        any(w.text.lower() in lx.names.title_words for w in head_part)
        and not any(w.upos == "PROPN" and w.text.lower() not in lx.names.title_words for w in head_part)
        and not _comma_name(words, low.index(prep))
    ):
        return _Parsed(
            span=span,
            name=None,
            title=span_text_wo_det(text, words, lx),
            pronoun=None,
            definite=definite,
            org=False,
        )
    return None


def _name_words(chunk: list[Word], lx: Lexicon) -> list[Word]:
    """The name ending ``chunk``: its words read from the end while they are name
    words (see :func:`_name_step`), without a particle or connector first."""
    name_words: list[Word] = []
    rev = list(reversed(chunk))
    for k, w in enumerate(rev):
        prev_w = rev[k - 1] if k > 0 else None  # the word after w in the text
        nxt_w = rev[k + 1] if k + 1 < len(rev) else None  # the word before w in the text
        step = _name_step(w, prev_w, nxt_w, name_words, lx)
        if step == "stop":
            break
        if step == "take":
            name_words.insert(0, w)
    while name_words and (
        name_words[0].text.lower() in lx.names.name_particles
        or name_words[0].text == "-"
        or name_words[0].text.lower() in lx.names.name_connectors
    ):
        name_words.pop(0)  # a particle or connector starts no name
    return name_words


def _name_step(w: Word, prev_w: Word | None, nxt_w: Word | None, name_words: list[Word], lx: Lexicon) -> str:
    """Whether word ``w``, read right to left, is part of the name (``take``), left out
    of it but no end (``skip``: a headline's ``Obama Speech``), or ends it (``stop``)."""
    t = w.text
    joined = prev_w is not None and bool(name_words) and w.end_char == prev_w.start_char
    if (
        (joined and (t == "-" or (prev_w is not None and prev_w.text == "-")))  # "Kim Jong-un", "Holtz-Eakin"
        or (t.lower() in lx.names.name_suffixes and not name_words)  # "Martin Luther King Jr."
        # "King" before "Jr." is a name
        or (
            t.lower() in lx.names.title_words
            and bool(name_words)
            and name_words[0].text.lower() in lx.names.name_suffixes
        )
    ):
        return "take"
    if (
        t.lower() in lx.names.title_words
        or t.lower() in lx.function_words.determiners
        or t in lx.marks.possessive_marks
    ):
        return "stop"
    if not name_words and w.upos in ("NOUN", "PROPN") and t.lower() in lx.cues.speech_event_nouns:
        return "skip"  # a headline's "Obama Speech": the occasion is not part of the name
    if (
        name_words
        and t.lower() in lx.names.name_connectors
        and nxt_w is not None
        and lx.syntax.capitalised(nxt_w.text)
        and (
            any(_org_word(x.text, lx) for x in name_words)
            # "the Association of Tram Drivers", "Association" tagged a noun
            or (t.lower() in lx.function_words.genitive_prepositions and _org_word(nxt_w.text, lx))
        )
    ):
        return "take"  # "Securities and Exchange Commission", "Bank of America"
    if punct_like(w):
        return "stop"  # a dash the tagger took for a proper noun ("― Jane Doe") ends the name
    named = (
        w.upos == "PROPN"
        or (lx.syntax.capitalised(t) and w.upos in ("NOUN", "ADJ", "X"))
        # "The United Nations": a capitalised participle inside a name, not a cue
        or (
            name_words
            and lx.syntax.capitalised(t)
            and w.upos == "VERB"
            and w.id > 1
            and w.lemma.lower() not in lx.cues.reporting_verbs
        )
        or (name_words and t.lower() in lx.names.name_particles)
    )
    return "take" if named else "stop"


def _kept_name(
    name_words: list[Word], words: list[Word], surnames: frozenset[str], lx: Lexicon
) -> list[Word]:
    """The name words, unless one word that is no name: a headline's bare ``Lawmaker
    urges ...`` (a person noun capitalised as the sentence's first word), a lone
    nationality adjective (``Azerbaijani``) or capitalised common noun (``Officials
    said``); a transcript's ``PENCE`` and a surname of the text are names."""
    if len(name_words) != 1:
        return name_words
    only = name_words[0]
    if only.id == 1 and only.text.lower() in lx.names.person_nouns | lx.names.title_words and len(words) == 1:
        return []
    if (
        only.upos in ("ADJ", "NOUN")
        and not (lx.syntax.all_caps(only.text) and len(only.text) > MIN_ACRONYM_LETTERS)
        and only.text not in surnames
    ):
        return []
    return name_words


def _acronym_grown(words: list[Word], chunk: list[Word], name_words: list[Word], lx: Lexicon) -> list[Word]:
    """``Alliance to Preserve Our Parks (APOP)``: the name its acronym spells, over the
    small words the tagger left out of it."""
    k = len(chunk)
    if not (
        name_words
        and k + 1 < len(words)
        and words[k].text == "("
        and (k + 2 == len(words) or words[k + 2].text == ")")
        and not _acronym_of(words[k + 1].text, " ".join(w.text for w in name_words), lx)
    ):
        return name_words
    first = chunk.index(name_words[0])
    reach = len(words[k + 1].text.replace(".", "")) + MAX_ACRONYM_GAP  # its letters and small words
    for lo in range(first - 1, max(first - reach, 0) - 1, -1):
        grown = chunk[lo:first] + name_words
        if lx.syntax.capitalised(grown[0].text) and _acronym_of(
            words[k + 1].text, " ".join(w.text for w in grown), lx
        ):
            return grown
    return name_words


def _name_after_of(words: list[Word], k_of: int, lx: Lexicon) -> list[Word]:
    """The full name ending a title phrase whose ``of`` complement is at ``k_of + 1``
    (``Secretary of State Tom Ruiz``: ``Tom Ruiz``)."""
    run: list[Word] = []
    j = len(words) - 1
    while j > k_of + 1 and words[j].upos == "PROPN" and words[j].text.lower() not in lx.names.title_words:
        run.insert(0, words[j])
        j -= 1
    return run if len(run) >= FULL_NAME_WORDS and words[j].upos == "PROPN" else []


def _comma_name(words: list[Word], start: int) -> list[Word]:
    """The full name set off by the first comma at or after index ``start``
    (``..., Lawrence B. Cummings`` ending the mention or followed by a comma)."""
    comma = next((k for k in range(start, len(words)) if words[k].text == ","), None)
    if comma is None:
        return []
    after = words[comma + 1 :]
    run = after[: _propn_run(after, 0, +1) + 1] if after and after[0].upos == "PROPN" else []
    if len(run) >= FULL_NAME_WORDS and (len(run) == len(after) or after[len(run)].text == ","):
        return run
    return []


def _propn_run(words: list[Word], i: int, step: int) -> int:
    """From index ``i`` (0-based) of ``words``, the last index of the run of proper
    nouns (and the dots and hyphens inside names) going in direction ``step``."""
    j = i
    while 0 <= j + step < len(words) and (
        words[j + step].upos == "PROPN"
        or (
            words[j + step].text in (".", "-")
            and 0 <= j + 2 * step < len(words)
            and words[j + 2 * step].upos == "PROPN"
        )
    ):
        j += step
    return j


def _org_name_start(words: list[Word], k: int, end: int, lx: Lexicon) -> int:
    """Where an organisation's name that ends with the proper nouns ``k..end`` starts:
    back over "and" / "of" and the capitalised words before them ("Securities and
    Exchange Commission", with "Securities" tagged a common noun)."""
    if not any(_org_word(words[i].text, lx) for i in range(k, end + 1)):
        return k

    def cap(i: int) -> bool:
        return i >= 0 and lx.syntax.capitalised(words[i].text) and words[i].upos in ("PROPN", "NOUN", "ADJ")

    j = k
    while j >= 2 and words[j - 1].text.lower() in lx.names.name_connectors and cap(j - 2):  # noqa: PLR2004
        j -= 2
        while cap(j - 1):
            j -= 1
    return j


def _is_name_word(w: Word, lx: Lexicon) -> bool:
    return (
        w.upos == "PROPN"
        and w.text.lower() not in lx.names.title_words
        and lx.syntax.capitalised(w.text)
        and w.lemma.lower() not in lx.names.time_nouns
    )


def referent_span(text: str, tree: Tree, span: Span) -> Span:
    """The part of the text that names a mention's referent, where the name stands
    just outside the mention the attribution found:

    * a title followed by the name (``city hall press secretary`` + ``Ann
      Lee``, ``Mr.`` + ``Lane-Smith``): the mention with the name;
    * a description in apposition after a name (``Ann Roe, a spokeswoman for
      the guild,``; ``Stevie Wonder, who``): the name before it;
    * a description with the name in apposition after it (``The state's
      campaign chairman, Phil Lovas,``): that name.

    Otherwise the mention itself. Personal pronouns are left alone.
    """
    lx = tree.lx
    sent = tree.sentence_at(span.start)
    if sent is None:
        return span
    words = list(sent.words)
    idx = [k for k, w in enumerate(words) if w.start_char >= span.start and w.end_char <= span.end]
    if not idx:
        return span
    first, last = idx[0], idx[-1]
    inner = words[first : last + 1]
    if (
        len(inner) == 1
        and inner[0].upos == "PRON"
        and inner[0].text.lower() not in tree.lx.pronouns.wh_relatives
    ):
        return span
    titled = _title_then_name(text, words, span, last, lx)
    if titled is not None:
        return titled
    head_part: list[Word] = []
    for k, w in enumerate(_first_chunk(inner, lx)):
        if k > 0 and w.upos == "ADP":
            break
        head_part.append(w)
    det = _description_start(words, first, head_part, lx)
    if det is None:
        return span
    found = _name_before_description(text, tree, sent, words, det, head_part)
    if found is None:
        found = _name_after(text, words, last, lx)
    if found is None and len(inner) == 1:
        found = _relative_antecedent(text, tree, sent, words, det, inner[0])
    return found if found is not None else span


def _title_then_name(text: str, words: list[Word], span: Span, last: int, lx: Lexicon) -> Span | None:
    """``city hall press secretary`` + ``Ann Lee``: a mention ending in a title or a
    common noun, a name right after it (past more title words: ``Springfield police
    Chief Tom Hale``); the mention with the name."""
    lastw = words[last]
    if not (
        lastw.text.lower() in lx.names.title_words
        or (lastw.upos == "NOUN" and lx.syntax.starts_lower(lastw.text))
    ):
        return None
    nxt = last + 1
    while nxt < len(words) and words[nxt].text.lower().rstrip(".") in lx.title_stems:
        nxt += 1
    if nxt < len(words) and _is_name_word(words[nxt], lx):
        end = _propn_run(words, nxt, +1)
        return Span.of(text, span.start, words[end].end_char)
    return None


def _description_start(words: list[Word], first: int, head_part: list[Word], lx: Lexicon) -> int | None:
    """Where the mention's singular description starts (index), when it is one: its
    head (the last word before a preposition) a common noun, not a name ("a Smith
    surrogate"; "the senior Democrat on the panel": a capitalised person noun after an
    article is a description); opened by an article, a relative pronoun, any
    determiner or possessive (``another local resident``), or a bare title
    (``political science professor at ...``). Not ``sources`` or ``several groups``."""
    party = (
        bool(head_part)
        and head_part[-1].text.lower() in lx.names.person_nouns
        and head_part[0].text.lower() in lx.function_words.articles
    )
    if (
        head_part
        and not party
        and (_is_name_word(head_part[-1], lx) or head_part[-1].upos not in ("NOUN", "PRON"))
    ):
        return None
    det = first
    while (
        det > 0
        and words[det - 1].upos in ("DET", "ADJ", "NOUN", "PART", "PRON", "PROPN")
        and words[det - 1].text != ","
    ):
        det -= 1  # the description's start, when the mention began at its head
    starts = words[det].text.lower()
    single = head_part[-1].feat("Number") != "Plur" if head_part else True
    head_noun = head_part[-1].text.lower() if head_part else ""
    described = (
        starts in lx.function_words.articles | lx.pronouns.relative_pronouns
        or words[det].upos == "DET"
        or words[det].feat("Poss") == "Yes"
        or (det < first and words[first].text in lx.marks.possessive_marks)
        or head_noun in lx.names.title_words
        or head_noun in lx.names.person_nouns
    )
    return det if single and described else None


def _name_before_description(
    text: str, tree: Tree, sent: Sentence, words: list[Word], first: int, head_part: list[Word]
) -> Span | None:
    """``Ann Roe, a spokeswoman for the guild,``: the name before the comma that
    opens the description (before a party tag: ``Rep. Ann Cole (D-Ore.), the
    assistant leader``; with a suffix the tagger read as a number: ``Jane Doe II``);
    not a place ending a fronted phrase (``At a briefing in Midtown, the
    mayor said``: the description is then the subject itself)."""
    lx = tree.lx
    name_end = first - 2
    if name_end >= 0:
        # (0-based indices here, word ids there)
        before = before_parenthesis(sent, words[name_end].id, MAX_PARTY_TAG_WORDS)
        name_end = before - 1 if before >= 1 else name_end
    suffix_end = name_end
    if (
        name_end > 0
        and words[name_end].text.lower() in lx.names.name_suffixes
        and _is_name_word(words[name_end - 1], lx)
    ):
        name_end -= 1
    if not (
        first >= APPOSITION_START
        and words[first - 1].text == ","
        and _is_name_word(words[name_end], lx)
        and not (
            head_part
            and head_part[-1].deprel.startswith("nsubj")
            and head_part[-1].text.lower() not in lx.pronouns.relative_pronouns
            and any(k.deprel == "case" for k in tree.kids(sent, words[name_end].id))
        )
    ):
        return None
    lo = _propn_run(words, name_end, -1)
    while (
        lo > 0 and words[lo - 1].text.lower().rstrip(".") + "." in lx.names.title_words | lx.names.honorifics
    ):
        lo -= 1
    return Span.of(text, words[lo].start_char, words[suffix_end].end_char)


def _name_after(text: str, words: list[Word], last: int, lx: Lexicon) -> Span | None:
    """``The state's campaign chairman, Phil Lovas,``: the name in apposition right
    after the description, set off by commas (or ending the clause)."""
    if not (last + 2 < len(words) and words[last + 1].text == "," and _is_name_word(words[last + 2], lx)):
        return None
    end = _propn_run(words, last + 2, +1)
    if end + 1 >= len(words) or words[end + 1].text in (",", ".", "(", ";"):
        return Span.of(text, words[last + 2].start_char, words[end].end_char)
    return None


def _relative_antecedent(
    text: str, tree: Tree, sent: Sentence, words: list[Word], first: int, only: Word
) -> Span | None:
    """``members of the city council, which has denied ...``: a lone relative pronoun
    names the noun phrase before its comma."""
    if not (
        only.text.lower() in tree.lx.pronouns.relative_pronouns
        and first >= APPOSITION_START
        and words[first - 1].text == ","
        and words[first - 2].upos in ("NOUN", "PROPN")
    ):
        return None
    ante = mention_span(text, sent, words[first - 2], tree)
    return ante if ante is not None and ante.end <= words[first - 1].start_char else None


def _org_word(token: str, lx: Lexicon) -> bool:
    """An organisation word; a short one ("UN", "AP", "Inc") only capitalised, so
    that the "un" of "Jong-un" is none."""
    t = token.strip(".")
    return t.lower() in lx.names.organisation_words and (
        len(t) > ORG_ACRONYM_MAX or lx.syntax.all_caps(t) or lx.syntax.title_case(t)
    )


#: Organisation words this short are acronyms and count only in capitals.
ORG_ACRONYM_MAX = 3


def _coordinated_names(chunk: list[Word], lx: Lexicon) -> bool:
    """Two proper names joined by ``and`` (not inside an organisation's name)."""
    ands = [k for k, w in enumerate(chunk) if w.text.lower() in lx.names.name_conjunctions]
    if not ands or any(_org_word(w.text, lx) for w in chunk):
        return False
    k = ands[0]

    def named(ws: list[Word]) -> bool:  # "Mr. King": a surname that is also a title word counts
        return any(
            w.upos == "PROPN" and lx.syntax.capitalised(w.text) and not w.text.endswith(".") for w in ws
        )

    return named(chunk[:k]) and named(chunk[k + 1 :])


def _first_chunk(words: list[Word], lx: Lexicon) -> list[Word]:
    """The words of a mention up to its first boundary (see :data:`lx.names.name_chunk_ends`);
    also up to an affiliation preposition when a proper noun stands before it."""
    out: list[Word] = []
    for k, w in enumerate(words):
        t = w.text.lower()
        if k > 0 and t in lx.names.name_chunk_ends:
            break
        if (
            k > 0
            and t in lx.names.affiliation_prepositions
            and any(
                (x.upos == "PROPN" and x.text.lower() not in lx.names.title_words)
                # "Her longtime colleague at Acme, Peter J. Lane"
                or (x.upos == "NOUN" and lx.syntax.lower_case(x.text) and x.text not in lx.names.title_words)
                # "A spokeswoman for Jane Doe": whom the title serves, not the name
                or (
                    x.upos == "NOUN"
                    and lx.syntax.lower_case(x.text)
                    and t not in lx.function_words.genitive_prepositions
                )
                for x in out
            )
        ):
            break
        out.append(w)
    return out


def span_text_wo_det(text: str, words: list[Word], lx: Lexicon) -> str | None:
    ws = [w for w in words if w.text.lower() not in lx.function_words.determiners]
    return text[ws[0].start_char : ws[-1].end_char] if ws else None


def _contained(short: list[str], long_: list[str], lx: Lexicon) -> bool:
    """Whether ``short`` (without a leading "The") is a run of ``long_``."""
    short = [t for t in short if t.lower() not in lx.function_words.definite_articles]
    n = len(short)
    return 0 < n < len(long_) and any(long_[i : i + n] == short for i in range(len(long_) - n + 1))


def _acronym_of(short: str, name: str | None, lx: Lexicon) -> bool:
    """``IMF`` / ``S.E.C.`` for ``International Monetary Fund`` / ``Securities and
    Exchange Commission``."""
    letters = short.replace(".", "")
    if (
        name is None
        or len(letters) < MIN_ACRONYM_LETTERS
        or not lx.syntax.all_caps(letters)
        or not letters.isalpha()
    ):
        return False
    initials = "".join(
        t[0] for t in name.split() if t.lower() not in lx.names.acronym_skip and t[:1].isalpha()
    )
    return initials.upper() == letters and lx.syntax.all_caps(initials)


#: A surname this long or longer may match one letter off (a misspelling).
MIN_FUZZY_NAME = 6


def _one_edit(a: str, b: str, lx: Lexicon) -> bool:
    """Two different capitalised words of :data:`MIN_FUZZY_NAME` letters or more,
    one letter inserted, deleted or replaced apart (``McKiney`` / ``McKinney``)."""
    if a == b or min(len(a), len(b)) < MIN_FUZZY_NAME or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if not (lx.syntax.capitalised(a) and a.isalpha() and b.isalpha()):
        return False
    a, b = a.lower(), b.lower()  # "McKiney" / "McKinney"
    if a in lx.syntax.singulars(b) or b in lx.syntax.singulars(a):
        return False  # a plural ("Schools" / "School") is another word
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i:]


def _descr_words(title: str | None, lx: Lexicon) -> set[str]:
    """The content words of a title or description, lower-cased, without dots
    (``Sen.`` read as ``senator``, as a later "the senator" says it)."""
    if not title:
        return set()
    words = {
        t.lower().strip(".,")
        for t in title.split()
        if t.lower() not in lx.function_words.determiners and t not in lx.marks.possessive_marks
    } - {""}
    return {lx.names.title_abbreviations.get(w, w) for w in words}


def _title_words(title: str | None, lx: Lexicon) -> set[str]:
    if not title:
        return set()
    return {t.lower().strip(".,") for t in title.split() if t.lower().strip(".,") in lx.names.title_words}


def _gender_of(p: _Parsed, lx: Lexicon) -> str | None:
    words = set((p.title or "").lower().split()) | ({p.pronoun} if p.pronoun else set())
    if words & lx.pronouns.male_words:
        return "m"
    if words & lx.pronouns.female_words:
        return "f"
    return None


#: The longest title phrase read before a name outside a subject.
MAX_TITLE_WORDS = 6

#: ``the bank``, ``the network``: how many sentences back the organisation may stand.
ORG_DESCRIPTION_SENTENCES = 3


def _person_noun(head: str, lx: Lexicon) -> bool:
    """Whether a description's head noun names a person (``nominee``, ``businessman``)."""
    return (
        head in lx.names.title_words
        or head in lx.names.person_nouns
        or head.endswith(lx.names.person_noun_endings)
    )


#: How many sentences back a pronoun looks for a person not yet quoted; a
#: person already quoted stays a candidate for the whole article.
PRONOUN_SENTENCES = 8
#: ``they``/``we``/``it``: how many sentences back an organisation may stand.
ORG_PRONOUN_SENTENCES = 2
#: Salience, in sentences of distance: the bonus for an entity whose latest
#: mention was a subject or a quote's source, for one that is quoted in the
#: article, for a known person (vs a bare single name), for a stated gender.
SUBJECT_BONUS = 2.5
SPEAKER_BONUS = 0.5
PERSON_BONUS = 1.0
GENDER_BONUS = 1.5
LAST_SPEAKER_BONUS = 3.0
#: A person introduced with their role in the sentence right before the pronoun
#: ("..., said Carl Mendez, president of the council. “...,” he said").
INTRODUCED_BONUS = 4.0
#: The one asked in the sentence right before the pronoun's quote ("A asked B whether
#: ... “...,” he said": B answers). It outweighs the asker's being the last speaker and
#: a subject (the question itself is often read as the asker's quote).
ASKED_BONUS = 8.0
#: How far after the verb of asking the asked one's name may reach (in words).
ASKED_NAME_WORDS = 6
#: The most small words ("to", "of") an acronym's name may hold beyond its letters.
MAX_ACRONYM_GAP = 3
#: The words after a quote's closing mark that can still be its cue ("he said.").
MAX_CUE_TAIL_WORDS = 4


def _name_hint(e: _Entity, lx: Lexicon) -> str | None:
    """``m``/``f`` when the entity's first name is mostly given to one sex (a
    hint for ranking pronouns; never exposed as :attr:`Speaker.gender`)."""
    toks = e.tokens()
    while toks and (toks[0].lower() in lx.names.title_words or toks[0].lower() in lx.names.honorifics):
        toks = toks[1:]  # "Sens. John Baker": the first name is John
    if len(toks) < FULL_NAME_WORDS:
        return None
    first = toks[0].lower().strip(".,")
    if first in lx.names.female_first_names and first not in lx.names.male_first_names:
        return "f"
    if first in lx.names.male_first_names and first not in lx.names.female_first_names:
        return "m"
    return None


def _named_subjects(tree: Tree, q: Quote) -> frozenset[str]:
    """The proper nouns that are subjects of the clause the quote's cue governs, in the
    cue's sentence (``He said Hale hopes ...``: ``Hale``). The cue's own speaker, if a
    pronoun, is someone else: a name cannot be bound by a pronoun that c-commands it."""
    sent = tree.sentence_at(q.cue.start) if q.cue is not None else None
    if q.cue is None or sent is None:
        return frozenset()
    cue = next((w for w in sent.words if w.start_char == q.cue.start), None)
    if cue is None:
        return frozenset()
    out = set()
    for w in sent.words:
        if w.upos != "PROPN" or not q.content.start <= w.start_char < q.content.end:
            continue
        subj = w if w.deprel.startswith("nsubj") else None
        if subj is None and w.deprel in ("flat", "compound") and w.head:
            head = sent.word(w.head)
            subj = head if head.deprel.startswith("nsubj") else None
        if subj is None or not subj.head:
            continue
        verb = sent.word(subj.head)
        if verb.head == cue.id and verb.deprel.split(":")[0] == "ccomp":
            out.add(w.text)
    return frozenset(out)


#: A written name: two to four capitalised words ("Jane Doe", "Mark Z. Lane").
_WRITTEN_NAME = r"((?:[A-Z][\w.'\-]*\s){1,3}[A-Z][\w'\-]+)"
#: The most words an author's note may have.
MAX_BIO_WORDS = 80


def _author(text: str, lx: Lexicon) -> Span | None:
    """The writer of an opinion piece, where the text names them: a byline first
    ("By Jane Doe") or an author's note last ("Jane Doe is a playwright ...")."""
    paras = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if not paras:
        return None
    byline = re.compile(
        rf"^(?:{'|'.join(map(re.escape, sorted(lx.names.byline_words)))}) {_WRITTEN_NAME}\s*$"
    )
    for start, para in paras[:3]:
        m = byline.match(para.strip())
        if m:
            off = start + para.index(m.group(1))
            return Span.of(text, off, off + len(m.group(1)))
    note = re.compile(
        rf"^{_WRITTEN_NAME} (?:{'|'.join(map(re.escape, sorted(lx.cues.author_note_verbs)))})\b"
    )
    start, para = paras[-1]
    m = note.match(para)
    if m and len(para.split()) <= MAX_BIO_WORDS:
        return Span.of(text, start, start + len(m.group(1)))
    return None


def _introduced_before(e: _Entity, here: Sentence | None, tree: Tree) -> bool:
    """``e`` was introduced with its role ("Carl Mendez, president of X") in the
    sentence right before the quote whose pronoun source stands in ``here``: nothing
    but that quote between them ("... X.\n\n“...,” he said")."""
    if e.introduced < 0 or e.introduced != e.last_pos:
        return False
    return _just_before_quote(e.introduced, here, tree)


def _asked_names(
    here: Sentence | None, tree: Tree, speech: tuple[tuple[int, int], ...] = ()
) -> frozenset[str]:
    """The names asked in the sentence right before the pronoun's quote ("Lane asked
    Ruiz how the plan would work. “... . ...,” he said": Ruiz): the words of a proper
    object of a verb of asking there, within a few words of the verb. Who is asked
    answers."""
    if here is None:
        return frozenset()
    i = here.index - tree.doc.sentences[0].index - 1
    while i >= 0 and any(
        _inside(speech, w.start_char) for w in tree.doc.sentences[i].words[:2] if not punct_like(w)
    ):
        i -= 1  # the sentences of the quote itself
    if i < 0:
        return frozenset()
    before = tree.doc.sentences[i]
    return frozenset(
        before.word(j).text
        for w in before.words
        if w.upos == "VERB" and w.lemma.lower() in tree.lx.cues.asking_verbs
        for k in tree.kids(before, w.id, "obj", "iobj")
        if k.upos == "PROPN"
        for j in tree.subtree(before, k.id)
        if j < w.id + ASKED_NAME_WORDS
    )


def _just_before_quote(pos: int, here: Sentence | None, tree: Tree) -> bool:
    """The sentence at ``pos`` comes right before the quote whose source pronoun
    stands in ``here``, with nothing but that quote between them."""
    if here is None:
        return False
    intro = tree.sentence_at(pos)
    if intro is None or intro.index >= here.index or here.index - intro.index > PRONOUN_SENTENCES:
        return False
    seg = tree.doc.text[intro.end_char : here.end_char]
    body = seg.lstrip()
    marks = [i for i, c in enumerate(body) if c in tree.quote_chars]
    if not body or body[0] not in tree.quote_chars or len(marks) < 2:  # noqa: PLR2004 - open and close
        return False
    tail = body[marks[-1] + 1 :]
    # the quote, then its cue: "” he said."
    return len(tail.split()) <= MAX_CUE_TAIL_WORDS


def _most_salient(
    people: list[_Entity],
    here: Sentence | None,
    tree: Tree,
    gender: str | None,
    speech: tuple[tuple[int, int], ...] = (),
) -> _Entity | None:
    """The person a pronoun most likely refers to: the nearest by sentences,
    with bonuses for being a subject, a speaker, a person and of the pronoun's
    gender; ties go to the latest mention."""
    best: tuple[float, int] | None = None
    choice = None
    # the source of the latest quote, when it was in this sentence or the one before:
    # news runs on "X said ... “...,” she said" (speaker continuity)
    latest = max(people, key=lambda e: e.last_spoke, default=None)
    if latest is not None:
        s = tree.sentence_at(latest.last_spoke) if latest.last_spoke >= 0 else None
        if s is None or here is None or here.index - s.index > 1:
            latest = None
    # ... unless the pronoun's own sentence has a subject of its own before it
    # ("Tom Ruiz condemned what he called ...")
    # ... or someone was named as a narrator's subject after the last speaker's words
    # and before the pronoun, across paragraph breaks too ("Lane shrugs off the
    # question. “I've paid my dues ...,” he said"; "Asked about X, who has called it
    # ..., Lane demurred.\n\n“...,” he said"), not as a subject inside a quote's
    # content ("Hill argued that Lee is not ready. “...,” he said": Hill goes on)
    if latest is not None and here is not None:
        for e in people:
            s = tree.sentence_at(e.last_pos)
            if e is latest or not e.last_subject or s is None or _inside(speech, e.last_pos):
                continue
            if s.index == here.index or latest.last_spoke < e.last_pos < here.start_char:
                latest = None
                break
    asked = _asked_names(here, tree, speech)
    for e in people:
        s = tree.sentence_at(e.last_pos)
        dist = (here.index - s.index) if (here is not None and s is not None) else 0
        if dist > PRONOUN_SENTENCES and not e.speaks:
            continue
        score = (
            -dist
            + INTRODUCED_BONUS * _introduced_before(e, here, tree)
            + ASKED_BONUS * (bool(e.tokens()) and e.tokens()[-1].strip(".,") in asked)
            + LAST_SPEAKER_BONUS * (e is latest)
            + SUBJECT_BONUS * e.last_subject
            + SPEAKER_BONUS * e.speaks
            + PERSON_BONUS * (e.kind is SpeakerKind.PERSON)
            + GENDER_BONUS * (gender is not None and e.gender == gender)
        )
        key = (score, e.last_pos)
        if best is None or key > best:
            best, choice = key, e
    return choice


def _inside(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


#: The resolution steps of a speaker mention, in the order tried, with their docs
#: (``Quote.speaker_rule`` names the one that tied each quote; ``ranker`` where the
#: trained ranker, deciding, chose another speaker).
RESOLUTION_RULE_DOCS: dict[str, str] = {
    "name": "A full name: a new speaker, or the one already named so.",
    "alias": "A shorter form of an earlier name (a surname, a first name).",
    "pronoun": "A pronoun's antecedent: the salient speaker or subject of its person, number and gender.",
    "description": "A title or description tied to a named speaker (shared title words, the same "
    "unnamed source, the organisation, the issuer of a statement, the salient person).",
    "unresolved": "Nothing to tie it to (or a name two people share): a speaker without a name.",
    "ranker": "The trained ranker chose another speaker than the rules (only with ranker_decides).",
}


@attrs.define
class Speakers:
    """Resolves speaker mentions to one :class:`~quotekit.Speaker` per entity."""

    name: str = "speakers"
    requires: frozenset[str] = frozenset({"tokenize", "pos", "depparse"})
    #: The language pack (``None``: the stage refuses to run until a pipeline or
    #: :func:`~quotekit.extractors.make` gives it one; no silent English).
    lexicon: Lexicon | None = None
    #: the Quote fields this stage reads and writes (``Pipeline`` checks the order)
    reads: ClassVar[frozenset[str]] = frozenset({"id", "content", "kind", "speaker_mention"})
    reads_if_present: ClassVar[frozenset[str]] = frozenset({"cue"})
    writes: ClassVar[frozenset[str]] = frozenset({"speaker", "speaker_confidence", "speaker_rule"})
    #: ``True``: after the rules, the trained ranker (shipped weights) scores each
    #: quote's speaker (``Quote.speaker_confidence``); rules alone where the package has none.
    learned: bool = True
    #: ``True``: the ranker also decides which entity each quote goes to. ``False`` by
    #: default: on the train articles' cross-validation the ranker deciding scored
    #: 0.867 against the rules' 0.865 (noise) and lower on dev, so the rules decide
    #: and the ranker gives their choice its probability.
    ranker_decides: bool = False
    #: A ranker to use instead of the shipped one (training and cross-validation).
    ranker: SpeakerScorer | None = None

    @property
    def lx(self) -> Lexicon:
        """The language pack the stage was built for (:func:`~quotekit.lexicon.stage_lexicon`)."""
        return stage_lexicon(self.name, self.lexicon)

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        resolved = self.rules(doc, quotes)
        scorer = self.ranker or (default_speaker_scorer() if self.learned else None)
        if scorer is None:
            return resolved
        return rerank(doc, resolved, scorer, self.lx, decide=self.ranker_decides)

    @staticmethod
    def rule_docs() -> dict[str, str]:
        """How a speaker mention is tied to its speaker, in the order tried (the
        values of ``Quote.speaker_rule``; ``quotekit rules``)."""
        return dict(RESOLUTION_RULE_DOCS)

    @staticmethod
    def model_doc() -> str:
        """What the stage's trained model does, and whether the package ships it."""
        shipped = "shipped" if default_speaker_scorer() is not None else "not shipped: rules alone"
        return f"speaker ranker: Quote.speaker_confidence ({shipped})"

    def rules(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        """The speakers as the hand rules resolve them (the ranker's candidates).

        The text is read once, in order, as a stream of events: named subjects and
        titled descriptions (antecedents that keep a person salient), other names, and
        the quotes' speaker mentions, each resolved against the entities so far."""
        tree = tree_of(doc, self.lx)
        direct = sorted((q.content.start, q.content.end) for q in quotes if q.kind is QuoteKind.DIRECT)
        starts = [s for s, _ in direct]

        def in_quote(pos: int) -> bool:
            i = bisect.bisect_right(starts, pos) - 1
            return i >= 0 and direct[i][0] <= pos < direct[i][1]

        surnames = self._surnames(doc)
        events, seen, titles = self._subject_events(doc, tree, in_quote, surnames)
        events += self._name_events(doc, in_quote, seen)
        by_mention: dict[tuple[int, int], list[str]] = {}
        # the named subjects inside what each mention's quotes report: "He said Hale
        # hopes ...": the pronoun is not Hale (a name as the subject of the clause of its
        # own speaker's cue is someone else; a possessive "Hale's microphone" may not be)
        named_inside: dict[tuple[int, int], frozenset[str]] = {}
        for q in quotes:
            if q.speaker_mention is not None:
                key = (q.speaker_mention.start, q.speaker_mention.end)
                if key not in by_mention:
                    events.append((q.speaker_mention.start, 0, "speaker", q.speaker_mention))
                by_mention.setdefault(key, []).append(q.id)
                if q.kind is not QuoteKind.DIRECT and q.cue is not None:
                    named_inside[key] = named_inside.get(key, frozenset()) | _named_subjects(tree, q)
        events.sort(key=lambda e: (e[0], e[1]))
        walk = _Walk(
            text=doc.text,
            tree=tree,
            ner={
                (e.start_char, e.end_char): ("ORG" if e.type in ("ORG", "NORP") else e.type)
                for e in doc.entities
            },
            surnames=surnames,
            titles=titles,
            named_inside=named_inside,
            plurals=self._plural_subjects(doc.text, doc, tree, in_quote),
            author=_author(doc.text, self.lx),
            speech=tuple(sorted((q.content.start, q.content.end) for q in quotes)),
        )
        for pos, _, what, span in events:
            self._on_event(walk, pos, what, span)
        self._named_next(doc.text, tree, walk.entities, walk.resolved, walk.subject_names)
        return _with_speakers(quotes, walk.entities, walk.resolved, by_mention)

    def _surnames(self, doc: ParsedDoc) -> frozenset[str]:
        """Surnames of full names written in the text: the small tagger sometimes reads
        a later lone ``Trump`` as a common noun."""
        lx = self.lx
        return frozenset(
            words[end].text
            for sent in doc.sentences
            for words in [sent.words]
            for k, w in enumerate(words)
            if _is_name_word(w, lx) and (k == 0 or not _is_name_word(words[k - 1], lx))
            for end in [_propn_run(list(words), k, +1)]
            if end > k
        )

    def _subject_events(
        self, doc: ParsedDoc, tree: Tree, in_quote: Callable[[int], bool], surnames: frozenset[str]
    ) -> tuple[list[tuple[int, int, str, Span]], set[tuple[int, int]], dict[tuple[int, int], str]]:
        """The antecedent events outside direct quotes: named subjects (with the title
        of an apposition), a named possessor of a main clause's subject, a titled
        description as subject; with the spans seen and their titles."""
        text = doc.text
        events: list[tuple[int, int, str, Span]] = []
        seen: set[tuple[int, int]] = set()
        titles: dict[tuple[int, int], str] = {}
        for sent in doc.sentences:
            for w in sent.words:
                if w.deprel not in ("nsubj", "nsubj:pass") or in_quote(w.start_char):
                    continue
                found: list[tuple[Span, str | None]]
                if w.upos == "NOUN" and w.text in surnames:
                    found = [(Span.of(text, w.start_char, w.end_char), None)]
                else:
                    found = self._subject_names(text, sent, w, tree) + self._possessor_names(
                        sent, w, tree, text
                    )
                for sp, title in found:
                    if (sp.start, sp.end) in seen:
                        continue
                    seen.add((sp.start, sp.end))
                    if title:
                        titles[(sp.start, sp.end)] = title
                    events.append((sp.start, 1, "subject", sp))
                if found:
                    continue
                desc = _titled_description(text, sent, w, tree)
                if desc is not None and (desc.start, desc.end) not in seen:
                    seen.add((desc.start, desc.end))
                    events.append((desc.start, 1, "described", desc))
        return events, seen, titles

    def _possessor_names(
        self, sent: Sentence, w: Word, tree: Tree, text: str
    ) -> list[tuple[Span, str | None]]:
        """``Lee's plan drew fire. She said ...``: a named possessor of the main clause's
        subject is what the sentence is about, salient for the pronouns after it as a
        subject is (not one inside a clause someone reports)."""
        if not (w.head and sent.word(w.head).deprel == "root"):
            return []
        out: list[tuple[Span, str | None]] = []
        for k in tree.kids(sent, w.id, "nmod:poss"):
            if k.upos == "PROPN" and any(
                c.text in self.lx.marks.possessive_marks for c in tree.kids(sent, k.id, "case")
            ):
                out += self._subject_names(text, sent, k, tree)
        return out

    def _name_events(
        self, doc: ParsedDoc, in_quote: Callable[[int], bool], seen: set[tuple[int, int]]
    ) -> list[tuple[int, int, str, Span]]:
        """Every other run of name words outside direct quotes (not a name modifying a
        noun: ``Clinton communication director``, not inside a subject seen)."""
        text, lx = doc.text, self.lx
        events: list[tuple[int, int, str, Span]] = []
        for sent in doc.sentences:
            words = list(sent.words)
            at = 0
            while at < len(words):
                w = words[at]
                if not _is_name_word(w, lx) or in_quote(w.start_char):
                    at += 1
                    continue
                end = _propn_run(words, at, +1)
                first = _org_name_start(words, at, end, lx)
                sp = Span.of(text, words[first].start_char, words[end].end_char)
                modifier = words[end].deprel == "compound"  # "Clinton communication director"
                if not modifier and not any(a <= sp.start and sp.end <= b for a, b in seen):
                    events.append((sp.start, 2, "name", sp))
                at = end + 1
        return events

    def _on_event(self, walk: _Walk, pos: int, what: str, span: Span) -> None:
        """One event of the walk: an antecedent updates the entities; a speaker mention
        is resolved to one."""
        lx = self.lx
        p = self._expand(walk.entities, walk.analyse(span), walk.others)
        if what == "subject":
            if (
                p.name is not None
                and not self._ambiguous(walk.entities, p)
                and not all(t.lower().strip(".,") in lx.names.time_nouns for t in p.name.text.split())
            ):
                if walk.titles.get((span.start, span.end)) and not p.title:
                    p = attrs.evolve(p, title=walk.titles[(span.start, span.end)])
                named = self._named(walk.entities, p, pos)
                named.last_subject = True
                walk.subject_names.append((pos, named))
        elif what == "described":
            if p.name is None and p.pronoun is None:
                described = self._by_title(walk.entities, p, pos, lx)
                if described is not None:
                    described.last_pos = pos
                    described.last_subject = True
        elif what == "name":
            if (
                not self._other_name(walk.entities, walk.text, walk.tree, span, p, pos, walk.pending)
                and p.name is not None
                and len(p.name.text.split()) >= FULL_NAME_WORDS
                and not p.org
            ):
                walk.others.append(p.name)
        elif (span.start, span.end) not in walk.resolved:
            self._on_speaker(walk, pos, span, p)

    def _on_speaker(self, walk: _Walk, pos: int, span: Span, p: _Parsed) -> None:
        """A quote's speaker mention: its referent (a name just outside the mention),
        people introduced with a role right before the quote as candidates for a
        pronoun, then the resolution; the entity becomes a speaker."""
        lx, tree = self.lx, walk.tree
        ref = referent_span(walk.text, tree, span)
        if ref != span:
            p = self._expand(
                walk.entities, attrs.evolve(walk.analyse(ref), span=span, label=ref.text), walk.others
            )
        if p.pronoun in lx.pronouns.person_pronouns:
            # a person introduced with a role right before this quote becomes a candidate
            here = tree.sentence_at(pos)
            for pp, ppos in walk.pending:
                if _just_before_quote(ppos, here, tree):
                    intro = self._named(walk.entities, pp, ppos)
                    intro.introduced = intro.last_pos = ppos
                    intro.last_subject = False
        key = (span.start, span.end)
        ent, how = self._resolve(
            walk.entities,
            p,
            pos,
            tree,
            walk.plurals,
            walk.named_inside.get(key, frozenset()),
            walk.author,
            walk.speech,
        )
        ent.speaks = True
        ent.last_pos = pos
        ent.last_subject = True
        ent.last_spoke = pos
        if span not in ent.mentions:
            ent.mentions.append(span)
        if _RANK[how] > _RANK[ent.resolution]:
            ent.resolution = how
        walk.resolved[key] = (ent, how)

    # -- resolution ----------------------------------------------------
    def _named(self, entities: list[_Entity], p: _Parsed, pos: int) -> _Entity:
        lx = self.lx
        assert p.name is not None
        toks = p.name.text.split() or [p.name.text]
        kind = (
            SpeakerKind.ORGANISATION
            if p.org
            else (
                SpeakerKind.PERSON
                if (p.title or len(toks) >= FULL_NAME_WORDS or p.person)
                else SpeakerKind.UNKNOWN
            )
        )
        for ent in reversed(entities):
            if ent.name is None or not ent.tokens():
                continue
            et = ent.tokens()
            same = ent.name == p.name.text
            alias = False
            if not same and kind is not SpeakerKind.ORGANISATION and ent.kind is not SpeakerKind.ORGANISATION:
                single = toks[0].title() if len(toks) == 1 and lx.syntax.all_caps(toks[0]) else toks[0]
                if len(toks) == 1 and (single == et[-1] or single == et[0]):
                    alias = True  # "Pence" or a transcript's "PENCE" after "Mike Pence"
                elif len(et) == 1 and (et[0] == toks[-1] or et[0] == toks[0]):
                    alias = True
                    ent.name = p.name.text  # the fuller form becomes canonical
                    ent.label = ent.name
                elif (
                    len(toks) >= FULL_NAME_WORDS
                    and len(et) >= FULL_NAME_WORDS
                    and (_contained(toks, et, lx) or _contained(et, toks, lx))
                    and not any(t.lower() in lx.names.name_suffixes for t in (toks + et))
                ):
                    # a headline's "Rival Jane Miller" after "Jane Miller"
                    # (but "Tom Hale Jr." is another person)
                    alias = True
                elif (
                    len(toks) >= FULL_NAME_WORDS
                    and len(et) >= FULL_NAME_WORDS
                    and toks[-1] == et[-1]
                    and toks[0] != et[0]
                ):
                    continue  # same surname, different first name: another person
            if (
                not same
                and kind is SpeakerKind.ORGANISATION
                and ent.kind is SpeakerKind.ORGANISATION
                and _contained(toks, et, lx)
            ):
                alias = True  # "the Times" after "The New York Times"
            if same or alias or _acronym_of(p.name.text, ent.name, lx):
                return self._join(ent, p, pos, kind)
        ent = _Entity(
            name=p.name.text,
            label=p.name.text,
            kind=kind,
            title=p.title,
            gender=_gender_of(p, lx),
            last_pos=pos,
            first_pos=pos,
        )
        ent.name_mentions.append(p.name)
        ent.descr = _descr_words(p.title, lx)
        entities.append(ent)
        return ent

    def _join(self, ent: _Entity, p: _Parsed, pos: int, kind: SpeakerKind) -> _Entity:
        """Add mention ``p`` (a name of ``ent``) to ``ent``: its title, kind and gender."""
        lx = self.lx
        assert p.name is not None
        ent.last_pos = pos
        ent.name_mentions.append(p.name)
        if p.title and not ent.title:
            ent.title = p.title
        ent.descr |= _descr_words(p.title, lx)
        if kind is SpeakerKind.PERSON and ent.kind is SpeakerKind.UNKNOWN:
            ent.kind = kind
        g = _gender_of(p, lx)
        if g and not ent.gender:
            ent.gender = g
        return ent

    def _expand(self, entities: list[_Entity], p: _Parsed, others: list[Span]) -> _Parsed:
        """A lone surname no entity has yet, after a full name that opened none
        (``two voters, Tyra McKinney and Brian Kemp`` ... ``McKinney
        said``, or misspelt ``McKiney said``): that full name."""
        if p.name is None or p.org or len(p.name.text.split()) != 1 or not others:
            return p
        tok = p.name.text
        if any(tok in e.tokens() for e in entities) or _org_word(tok, self.lx):
            return p
        for full in reversed(others):
            if any(_org_word(t, self.lx) for t in full.text.split()):
                continue
            last = full.text.split()[-1]
            if last == tok or _one_edit(tok, last, self.lx):
                return attrs.evolve(p, name=full, person=True)
        return p

    @staticmethod
    def _with_role(text: str, p: _Parsed, after: list[Word]) -> _Parsed:
        """``p`` titled with the role in apposition after it ("Carl Mendez, president
        of X": "president")."""
        role = []
        for w in after[1:]:
            if w.upos in ("PUNCT", "ADP"):
                break
            role.append(w)
        return attrs.evolve(p, title=text[role[0].start_char : role[-1].end_char]) if role else p

    def _other_name(
        self,
        entities: list[_Entity],
        text: str,
        tree: Tree,
        span: Span,
        p: _Parsed,
        pos: int,
        pending: list[tuple[_Parsed, int]],
    ) -> bool:
        """A name outside any subject: it refreshes an entity already named (salience
        for pronouns and descriptions), and opens one only when its shape says what
        it is (a title before it, an organisation word in it). Whether it did either."""
        lx = tree.lx
        if p.name is None or self._ambiguous(entities, p):
            return False
        sent = tree.sentence_at(span.start)
        before = [w for w in sent.words if w.end_char <= span.start][-1:] if sent is not None else []
        titled = bool(before) and before[0].text.lower() in lx.names.title_words
        # "..., which worries Carl Mendez, president of the council.": a full name
        # introduced with its role in apposition is a person
        after = [w for w in sent.words if w.start_char >= span.end][:5] if sent is not None else []
        introduced = (
            len(p.name.text.split()) >= FULL_NAME_WORDS
            and not p.org
            and len(after) >= 2  # noqa: PLR2004 - the comma and a role
            and after[0].text == ","
            and any(w.text.lower() in lx.names.title_words | lx.names.person_nouns for w in after[1:])
            and not any(w.upos in ("VERB", "AUX") for w in after[1:])
        )
        known = any(
            e.name is not None
            and (e.name == p.name.text or p.name.text in e.tokens() or _acronym_of(p.name.text, e.name, lx))
            for e in entities
        )
        if introduced and not (known or titled or p.org):
            # only a candidate for a quote right after it (the pronoun step opens it)
            pending.append((self._with_role(text, p, after), pos))
            return False  # opened nothing: a later lone surname may still expand to it
        if known or titled or p.org:
            if introduced and not titled and not p.title:
                p = self._with_role(text, p, after)
            if titled and not p.title:
                # the whole title phrase: "Green Party mayoral nominee Ann Lee"
                prior = [w for w in sent.words if w.end_char <= span.start] if sent is not None else []
                k = len(prior)
                while (
                    k > 0
                    and len(prior) - k < MAX_TITLE_WORDS
                    and prior[k - 1].upos in ("ADJ", "NOUN", "PROPN")
                ):
                    k -= 1
                k = min(k, len(prior) - 1)  # at least the title word itself
                p = attrs.evolve(p, title=text[prior[k].start_char : prior[-1].end_char])
            ent = self._named(entities, p, pos)
            ent.last_subject = False
            if introduced:
                ent.introduced = pos
            return True
        return False

    def _resolve(
        self,
        entities: list[_Entity],
        p: _Parsed,
        pos: int,
        tree: Tree,
        plurals: list[Span] | None = None,
        named_inside: frozenset[str] = frozenset(),
        author: Span | None = None,
        speech: tuple[tuple[int, int], ...] = (),
    ) -> tuple[_Entity, Resolution]:
        """The entity a mention refers to, and how: a name (new, the same, or an
        alias; unresolved when it could be two people), the author for ``I`` in a
        signed piece, a pronoun's antecedent, a description's entity (the sieve of
        :meth:`_described`)."""
        if p.name is not None:
            return self._resolve_name(entities, p, pos)
        if p.pronoun in tree.lx.pronouns.narrator_pronouns and author is not None:
            # the narrator of an opinion piece that names its writer
            ap = _Parsed(
                span=author, name=author, title=None, pronoun=None, definite=False, org=False, person=True
            )
            return self._named(entities, ap, pos), Resolution.PRONOUN
        if p.pronoun is not None:
            ante = self._pronoun_antecedent(entities, p, pos, tree, plurals or [], named_inside, speech)
            if ante is not None:
                return ante, Resolution.PRONOUN
            return self._unresolved(entities, p), Resolution.UNRESOLVED
        found = self._described(entities, p, pos, tree)
        if found is not None:
            return found, Resolution.DESCRIPTION
        return self._unresolved(entities, p), Resolution.UNRESOLVED

    def _resolve_name(self, entities: list[_Entity], p: _Parsed, pos: int) -> tuple[_Entity, Resolution]:
        """A named mention: unresolved when the name could be two people; else its
        entity, new or the same (``NAME``) or under another form of its name
        (``ALIAS``)."""
        if self._ambiguous(entities, p):
            return self._unresolved(entities, p), Resolution.UNRESOLVED
        before = len(entities)
        ent = self._named(entities, p, pos)
        new_or_same = len(entities) > before or (p.name is not None and ent.name == p.name.text)
        return ent, (Resolution.NAME if new_or_same else Resolution.ALIAS)

    def _pronoun_antecedent(
        self,
        entities: list[_Entity],
        p: _Parsed,
        pos: int,
        tree: Tree,
        plurals: list[Span],
        named_inside: frozenset[str],
        speech: tuple[tuple[int, int], ...] = (),
    ) -> _Entity | None:
        """A pronoun's antecedent; for ``they`` the plural subject when it is nearer
        than the organisation. The antecedent takes the pronoun's gender if it had
        none."""
        ante = self._antecedent(entities, p, pos, tree, named_inside, speech)
        if p.pronoun in tree.lx.pronouns.plural_pronouns:
            group = self._group(entities, pos, tree, plurals)
            if group is not None and (
                ante is None or not ante.last_subject or group.mentions[-1].start > ante.last_pos
            ):
                ante = group
        if ante is not None:
            g = _gender_of(p, tree.lx)
            if g and not ante.gender:
                ante.gender = g
        return ante

    def _described(self, entities: list[_Entity], p: _Parsed, pos: int, tree: Tree) -> _Entity | None:
        """The entity a description refers to: the first of these rules that finds one.

        1. the entity whose titles share the most words with it (:meth:`_by_title`);
        2. the same unnamed source (``a senior official ... the official``);
        3. the latest organisation named with its word (``the ministry``);
        4. the nearest organisation for ``the bank``, ``the network``;
        5. the issuer of ``the statement`` (``the council issued a statement``);
        6. the most salient person for ``the Republican nominee``."""
        lx = tree.lx
        found = self._by_title(entities, p, pos, lx)
        if found is not None or not p.definite:
            return found
        words = p.span.text.split()
        head = words[-1].lower().strip(".,") if words else ""
        here = tree.sentence_at(pos)
        found = _same_unnamed(entities, p, lx)
        if found is None and p.org and head in lx.names.organisation_words:
            found = _organisation_named_with(entities, head)
        if found is None and head in lx.names.organisation_nouns and here is not None:
            found = _nearest_organisation(entities, p, here, tree)
        if found is None and head in lx.cues.communication_nouns and here is not None:
            found = self._issuer(entities, head, here, pos, tree)
        if found is None and not p.org and p.name is None and _person_noun(head, lx):
            found = _salient_person(entities, p, pos, here, tree)
        return found

    @staticmethod
    def _by_title(entities: list[_Entity], p: _Parsed, pos: int, lx: Lexicon) -> _Entity | None:
        """The named entity whose titles share the most words with the definite
        description ``p`` ("the Democratic presidential nominee" after "Democratic
        presidential nominee Hillary Clinton"), the latest on a tie."""
        dw = _descr_words(p.title, lx)
        if not (p.definite and _title_words(p.title, lx)):
            return None
        best: tuple[int, int] | None = None
        found = None
        # its proper words ("Democratic", "GOP") must all be the entity's too
        proper = {
            t.lower().strip(".,")
            for t in (p.title or "").split()
            if lx.syntax.capitalised(t) and t.lower().strip(".,") not in lx.names.title_words
        }
        for ent in entities:
            shared = len(dw & ent.descr) if ent.name is not None and ent.last_pos < pos else 0
            if (
                shared
                and proper <= ent.descr
                and (_title_words(p.title, lx) & ent.descr)
                and (best is None or (shared, ent.last_pos) > best)
            ):
                best, found = (shared, ent.last_pos), ent
        if found is not None:
            found.descr |= dw
        return found

    @staticmethod
    def _issuer(entities: list[_Entity], noun: str, here: Sentence, pos: int, tree: Tree) -> _Entity | None:
        """The named subject of the latest verb whose object is ``noun`` (``issued a
        statement``), or of a verb of saying it qualifies (``said in a statement``), in
        this sentence or the few before (a quote of the statement may stand between)."""
        sents = [
            s for s in tree.doc.sentences if here.index - ORG_DESCRIPTION_SENTENCES <= s.index <= here.index
        ]
        for sent in reversed(sents):
            for w in reversed(sent.words):
                if w.start_char >= pos or w.lemma.lower() != noun or not w.head:
                    continue
                if not (
                    w.deprel == "obj"
                    or (w.deprel.startswith("obl") and is_reporting(sent, sent.word(w.head), tree))
                ):
                    continue
                for subj in tree.kids(sent, w.head, "nsubj"):
                    sp = mention_span(tree.doc.text, sent, subj, tree)
                    for e in entities:
                        if (
                            e.name is not None
                            and sp is not None
                            and any(sp.overlaps(m) for m in e.name_mentions)
                        ):
                            return e
        return None

    @staticmethod
    def _ambiguous(entities: list[_Entity], p: _Parsed) -> bool:
        """A lone surname or first name that two different named people share."""
        if p.name is None or p.org or len(p.name.text.split()) != 1:
            return False
        tok = p.name.text
        people = {
            e.name
            for e in entities
            if e.name is not None
            and e.kind is not SpeakerKind.ORGANISATION
            and len(e.tokens()) >= FULL_NAME_WORDS
            and tok in (e.tokens()[0], e.tokens()[-1])
        }
        return len(people) > 1

    @staticmethod
    def _subject_names(text: str, sent: Sentence, w: Word, tree: Tree) -> list[tuple[Span, str | None]]:
        """Named antecedents in a subject: (name span, title from an apposition).

        ``John Smith, the mayor,`` gives John Smith titled ``mayor``;
        ``The ministry's spokeswoman, Maria Zakharova,`` gives Maria Zakharova
        titled ``The ministry's spokeswoman``. A proper-noun subject is taken
        as its whole run of proper nouns (the parser may split a name into two
        subjects).
        """
        lx = tree.lx
        if w.upos == "PROPN":
            return [_proper_subject(text, sent, w, tree)]
        if w.upos == "NOUN" and w.text.lower() in lx.names.title_words:
            return _titled_subject(text, sent, w, tree)
        if w.upos == "NOUN":
            return _described_subject(text, sent.words, w, lx)
        return []

    def _antecedent(
        self,
        entities: list[_Entity],
        p: _Parsed,
        pos: int,
        tree: Tree,
        named_inside: frozenset[str] = frozenset(),
        speech: tuple[tuple[int, int], ...] = (),
    ) -> _Entity | None:
        lx = tree.lx
        pron = p.pronoun or ""
        g = _gender_of(p, lx)
        cands = [e for e in entities if e.name is not None and e.last_pos < pos]
        here = tree.sentence_at(pos)
        if pron in lx.pronouns.person_pronouns:
            people = [
                e
                for e in cands
                if e.kind is not SpeakerKind.ORGANISATION
                and (not g or not e.gender or e.gender == g)
                # a first name usually given to the other sex: a hint, used only here
                and (not g or e.gender or _name_hint(e, lx) in (None, g))
                # a bare single name never quoted nor gendered is as likely a place
                and (e.kind is SpeakerKind.PERSON or e.gender is not None or e.speaks or e.last_subject)
                and not (e.tokens() and e.tokens()[-1].lower().strip(".,") in lx.names.place_words)
                # named inside what the pronoun's speaker says: someone else
                and not (e.tokens() and e.tokens()[-1].strip(".,") in named_inside)
            ]
            return _most_salient(people, here, tree, g, speech)
        if pron in lx.pronouns.organisation_pronouns:
            orgs = [e for e in cands if e.kind is SpeakerKind.ORGANISATION]
            if orgs and here is not None:
                best = max(orgs, key=lambda e: e.last_pos)
                s = tree.sentence_at(best.last_pos)
                if s is not None and here.index - s.index <= ORG_PRONOUN_SENTENCES:
                    return best
        return None

    @staticmethod
    def _plural_subjects(
        text: str, doc: ParsedDoc, tree: Tree, in_quote: Callable[[int], bool]
    ) -> list[Span]:
        """Plural subjects outside quotes (``Democrats``, ``environmentalists``, ``Sens.
        Grassley and Leahy``): what a ``they`` that names no organisation stands for."""
        out = []
        for sent in doc.sentences:
            for w in sent.words:
                if w.deprel not in ("nsubj", "nsubj:pass") or in_quote(w.start_char):
                    continue
                plural = w.upos in ("NOUN", "PROPN") and w.feat("Number") == "Plur"
                names = w.upos == "PROPN" and any(
                    k.deprel == "conj" and k.upos == "PROPN" for k in tree.kids(sent, w.id)
                )
                if plural or names:
                    sp = mention_span(text, sent, w, tree)
                    if sp is not None:
                        out.append(sp)
        return out

    def _group(self, entities: list[_Entity], pos: int, tree: Tree, plurals: list[Span]) -> _Entity | None:
        """``they``: the latest plural subject in this sentence or the two before."""
        here = tree.sentence_at(pos)
        before = [sp for sp in plurals if sp.end <= pos]
        if here is None or not before:
            return None
        sp = before[-1]
        s = tree.sentence_at(sp.start)
        if s is None or here.index - s.index > ORG_PRONOUN_SENTENCES:
            return None
        words = sp.text.split()
        label = (
            " ".join(words[1:])
            if words and words[0].lower() in tree.lx.function_words.definite_determiners
            else sp.text
        )
        for ent in entities:
            if ent.name is None and ent.label.lower() == label.lower():
                return ent
        ent = _Entity(name=None, label=label, kind=SpeakerKind.UNKNOWN, resolution=Resolution.UNRESOLVED)
        ent.mentions.append(sp)
        entities.append(ent)
        return ent

    @staticmethod
    def _named_next(
        text: str,
        tree: Tree,
        entities: list[_Entity],
        resolved: dict[tuple[int, int], tuple[_Entity, Resolution]],
        subject_names: list[tuple[int, _Entity]],
    ) -> None:
        """A source left unnamed that the next sentence names: "Springfield's water
        commissioner says ... | Kevin Moore says ...", "A spokeswoman for X says ... |
        Acme communications director Jane Doe spoke to reporters ...". A description of a
        person with no antecedent, then a full name as the first subject of the very
        next sentence: that person (news introduces a source by role, then by name)."""
        lx = tree.lx
        first_subject: dict[int, tuple[int, _Entity]] = {}  # sentence index -> its first named subject
        for pos, e in subject_names:
            s = tree.sentence_at(pos)
            if s is not None and s.index not in first_subject:
                first_subject[s.index] = (pos, e)
        for key, (ent, how) in list(resolved.items()):
            if how is not Resolution.UNRESOLVED or ent.name is not None or len(ent.mentions) != 1:
                continue
            if not _role_description(ent.label, lx):
                continue
            here = tree.sentence_at(key[0])
            if here is None:
                continue
            nxt = first_subject.get(here.index + 1)
            if nxt is None:
                continue
            named = nxt[1]
            if (
                named.name is None
                or named.kind is SpeakerKind.ORGANISATION
                or len(named.name.split()) < FULL_NAME_WORDS
                or named.first_pos < here.end_char  # named first there, not known before
            ):
                continue
            if not _speaks_there(tree, nxt[0]):
                continue
            named.speaks = True
            named.mentions.append(Span.of(text, key[0], key[1]))
            if _RANK[Resolution.DESCRIPTION] > _RANK[named.resolution]:
                named.resolution = Resolution.DESCRIPTION
            resolved[key] = (named, Resolution.DESCRIPTION)
            ent.speaks = False
            entities.remove(ent)

    def _unresolved(self, entities: list[_Entity], p: _Parsed) -> _Entity:
        label = p.label or p.span.text
        for ent in entities if p.pronoun is None else []:
            if ent.name is None and ent.label.lower() == label.lower():
                return ent
        ent = _Entity(
            name=None, label=label, kind=SpeakerKind.UNKNOWN, title=p.title, resolution=Resolution.UNRESOLVED
        )
        entities.append(ent)
        return ent

"""The pipeline: a parser plus an ordered chain of extractors; batching.

Example:
    >>> from quotekit import Pipeline
    >>> nlp = Pipeline()
    >>> nlp.names
    ['candidates', 'attribution', 'speakers', 'conditions']
    >>> article = nlp('“We are ready,” Aliyev told Fox News.')
    >>> q = article.quotes[0]
    >>> q.content.text, q.cue.text, q.speaker.name, q.addressee.text
    ('We are ready,', 'told', 'Aliyev', 'Fox News')
"""

from __future__ import annotations

import collections
import itertools
import logging
import re
import threading
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal

import attrs

from .errors import (
    ExtractorError,
    InvalidInputError,
    MissingProcessorError,
    PipelineConfigError,
    QuotekitError,
    QuotekitWarning,
    RegistryError,
)
from .lexicon import Lexicon
from .model import Article, Condition, ErrorRecord, Quote, Speaker
from .parsing import ParsedDoc, Parser
from .plugins import Extractor, get

__all__ = [
    "MAX_CHARS",
    "OnError",
    "Pipeline",
    "check_text",
    "download",
    "finalize",
]

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

#: Longest text accepted (characters); longer input raises InvalidInputError.
MAX_CHARS = 20_000_000
OnError = Literal["raise", "skip", "record"]

_WORDS = re.compile(r"[^\W\d_]+")


def check_text(text: object) -> str:
    """Validate an article's text, returning it unchanged.

    Raises:
        InvalidInputError: ``text`` is not a ``str`` (``bytes`` included:
            decode it first), is over :data:`MAX_CHARS`, or is binary junk
            (mostly control characters).

    Example:
        >>> check_text("fine")
        'fine'
        >>> check_text(b"bytes")
        Traceback (most recent call last):
        ...
        quotekit.errors.InvalidInputError: expected str, got bytes: decode it first (e.g. data.decode('utf-8'))
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InvalidInputError(
            f"expected str, got {type(text).__name__}: decode it first (e.g. data.decode('utf-8'))"
        )
    if not isinstance(text, str):
        raise InvalidInputError(f"expected str, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise InvalidInputError(f"text has {len(text):,} characters; the limit is {MAX_CHARS:,}")
    if text:
        sample = text[:100_000]
        bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or ch == "\ufffd")
        if bad > 0.1 * len(sample) and bad > 8:
            raise InvalidInputError(
                f"text looks like binary data ({bad} of {len(sample)} characters are control "
                "or replacement characters)"
            )
    return text


def _language_warning(text: str, lexicon: Lexicon) -> str | None:
    """A warning when ``text`` does not look like the lexicon's language: too few
    of its common words, or (for a Latin-script language) too little Latin script."""
    words = _WORDS.findall(text[:LANGUAGE_SAMPLE_CHARS])
    if len(words) < LANGUAGE_MIN_WORDS:
        return None
    latin = sum(1 for w in words if w.isascii())
    common = sum(1 for w in words if w.lower() in lexicon.common_words)
    if latin < LANGUAGE_MIN_LATIN * len(words) or common < LANGUAGE_MIN_COMMON * len(words):
        return (
            f"the text does not look like {lexicon.language_name} "
            f"({common} of {len(words)} words are common {lexicon.language_name} words); "
            f"the model is for {lexicon.language_name} and results will be poor"
        )
    return None


#: The language check reads this many characters, needs this many words, and
#: warns below these shares of Latin-script words and of the language's common words.
LANGUAGE_SAMPLE_CHARS = 20_000
LANGUAGE_MIN_WORDS = 12
LANGUAGE_MIN_LATIN = 0.5
LANGUAGE_MIN_COMMON = 0.08


_TAG = re.compile(
    r"</?(?:p|div|span|a|b|i|em|strong|br|h[1-6]|ul|li|script|style|html|body|head|blockquote|img|table|td|tr)\b[^<>]{0,300}>",
    re.IGNORECASE,
)


def _markup_warning(text: str) -> str | None:
    tags = len(_TAG.findall(text[:200_000]))
    if tags < 2:
        return None
    return (
        f"the text contains HTML markup ({tags} tags); it is read as plain text, tags "
        "included: strip the markup first (offsets refer to the text you pass)"
    )


def _is_stanza_document(obj: object) -> bool:
    t = type(obj)
    return t.__name__ == "Document" and t.__module__.startswith("stanza")


ChainItem = str | Extractor


class Pipeline:
    """A parser plus an ordered chain of extractors.

    Args:
        extractors: names (from the registry) or extractor objects, in order;
            default: ``candidates``, ``attribution``, ``speakers``, ``conditions``.
        model: ``"default"`` (bundled, offline), ``"stanza"`` (Stanza's own
            English models, installed by ``quotekit download``), a folder of
            model files, or a mapping processor -> path.
        device: ``"cpu"``, ``"cuda"`` or ``"auto"``.
        ner: also run Stanza's NER (needs a model that has one).
        parser: a ready :class:`~quotekit.parsing.Parser` (overrides ``model``).
        lang: the language: picks the :class:`~quotekit.lexicon.Lexicon` every
            built-in stage reads its word lists from, and Stanza's language
            (``"en"``; another gives a clear error listing those there are).
        decoder: ``"fast"``: Stanza's networks with quotekit's dependency decoder,
            tag scorer and lemmatizer batching (``quotekit._fastparse``), the same
            tags, lemmas and trees as Stanza's in about 60% of the parse time;
            ``"stanza"``: Stanza's own pos, lemma and depparse processors; ``"auto"``
            (default): ``"fast"``, except with ``model="stanza"`` (Stanza's
            downloaded models, not measured here).
        disable_rules: names of rules to switch off in the stages that have named
            rules (``quotekit rules`` lists them), for ablation.

    Raises:
        ModelNotFoundError: the model files are missing.
        MissingProcessorError: a stage needs a processor the model lacks.
        RegistryError: an extractor name is unknown.
        PipelineConfigError: a rule name in ``disable_rules`` is unknown.
    """

    def __init__(
        self,
        extractors: Sequence[ChainItem] | None = None,
        *,
        model: str | Mapping[str, str] = "default",
        device: str = "cpu",
        ner: bool = False,
        parser: Parser | None = None,
        lang: str = "en",
        decoder: str = "auto",
        disable_rules: Iterable[str] = (),
    ) -> None:
        from .extractors import DEFAULT_CHAIN  # noqa: PLC0415
        from .lexicon import lexicon_for  # noqa: PLC0415

        self.lexicon = lexicon_for(lang)
        self.lang = lang
        self._model = model
        self._device = device
        self._ner = ner
        from ._stanza import DECODERS  # noqa: PLC0415 - stanza is not imported here

        if decoder not in DECODERS:
            raise InvalidInputError(
                f"decoder must be one of {', '.join(map(repr, DECODERS))}, not {decoder!r}"
            )
        self._decoder = decoder
        self._parser: Parser | None = parser
        self._lock = threading.Lock()
        if parser is not None:
            self._processors = frozenset(parser.processors)
        else:
            from ._stanza import resolve_model  # noqa: PLC0415 - stanza is not imported here

            self._processors = frozenset(resolve_model(model, ner=ner).processors)
        self._chain: list[Extractor] = []
        for item in DEFAULT_CHAIN if extractors is None else extractors:
            self._chain.append(self._with_lexicon(self._resolve(item)))
        self._disable(frozenset(disable_rules))
        names = [e.name for e in self._chain]
        dup = [n for n, c in collections.Counter(names).items() if c > 1]
        if dup:
            raise PipelineConfigError(f"extractor(s) listed twice: {', '.join(dup)}")
        self._check()
        check_order(self._chain)

    # -- composing -------------------------------------------------------
    def _with_lexicon(self, ext: Extractor) -> Extractor:
        """A stage that reads a lexicon (the built-ins, and any plugin with a
        ``lexicon`` attrs field) gets the pipeline's."""
        if attrs.has(type(ext)) and hasattr(ext, "lexicon") and ext.lexicon is not self.lexicon:
            return attrs.evolve(ext, lexicon=self.lexicon)  # type: ignore[misc]
        return ext

    def _disable(self, names: frozenset[str]) -> None:
        """Switch off the named rules in the stages that have them: ``rule`` where
        one stage has a rule of that name, ``stage.rule`` where several do."""
        names = self._disable_cue_rules(names) if names else names
        if not names:
            return
        owners: dict[str, list[int]] = collections.defaultdict(list)
        for k, ext in enumerate(self._chain):
            docs = getattr(ext, "rule_docs", None)
            if docs is None or not attrs.has(type(ext)) or not hasattr(ext, "disabled"):
                continue
            for rule in docs():
                owners[rule].append(k)
                owners[f"{ext.name}.{rule}"].append(k)
        unknown = sorted(n for n in names if n not in owners)
        if unknown:
            from .extractors._tree import CUE_RULES  # noqa: PLC0415 - extractors import late

            known = sorted(n for n in owners if "." not in n) + sorted(f"cue.{r}" for r in CUE_RULES)
            raise PipelineConfigError(
                f"unknown rule(s) {', '.join(unknown)}; the chain's rules are: {', '.join(known)}"
            )
        ambiguous = sorted(n for n in names if len(owners[n]) > 1)
        if ambiguous:
            raise PipelineConfigError(
                f"rule name(s) {', '.join(ambiguous)} belong to several stages: name them as "
                + ", ".join(f"{self._chain[k].name}.{n}" for n in ambiguous for k in owners[n])
            )
        off: dict[int, set[str]] = collections.defaultdict(set)
        for n in names:
            off[owners[n][0]].add(n.rsplit(".", 1)[-1])
        for k, rules in off.items():
            self._chain[k] = attrs.evolve(self._chain[k], disabled=frozenset(rules))  # type: ignore[misc]

    def _disable_cue_rules(self, names: frozenset[str]) -> frozenset[str]:
        """Switch off the named rules of the cue sieve (``cue.<rule>``, or the bare
        name where no stage has a rule of that name) in every stage that asks whether
        a word is a cue: one decision, the same in all of them. Returns the other
        names."""
        from .extractors._tree import CUE_RULES  # noqa: PLC0415 - extractors import late

        stage_rules = {r for ext in self._chain for r in (getattr(ext, "rule_docs", dict)() or {})}
        cue = {n.removeprefix("cue.") for n in names if n.startswith("cue.")}
        cue |= {n for n in names if n in CUE_RULES and n not in stage_rules}
        unknown = sorted(cue - CUE_RULES)
        if unknown:
            raise PipelineConfigError(
                f"unknown cue rule(s) {', '.join(unknown)}; the cue sieve's rules are: "
                + ", ".join(sorted(CUE_RULES))
            )
        if cue:
            for k, ext in enumerate(self._chain):
                if attrs.has(type(ext)) and hasattr(ext, "cue_disabled"):
                    self._chain[k] = attrs.evolve(ext, cue_disabled=frozenset(cue))  # type: ignore[misc]
        return frozenset(n for n in names if not n.startswith("cue.") and (n in stage_rules or n not in cue))

    @staticmethod
    def _resolve(item: ChainItem) -> Extractor:
        if isinstance(item, str):
            return get(item)
        if not isinstance(item, type) and isinstance(item, Extractor):
            return item
        raise RegistryError(f"{item!r} is neither an extractor name nor an extractor")

    def _check(self) -> None:
        for e in self._chain:
            missing = set(e.requires) - set(self._processors)
            if missing:
                raise MissingProcessorError(
                    f"extractor {e.name!r} requires Stanza processor(s) "
                    f"{', '.join(sorted(missing))}, which the loaded model "
                    f"does not provide (it has: {', '.join(sorted(self._processors))})"
                )

    @property
    def names(self) -> list[str]:
        """The chain's extractor names, in order."""
        return [e.name for e in self._chain]

    @property
    def extractors(self) -> tuple[Extractor, ...]:
        """The chain's extractors, in order."""
        return tuple(self._chain)

    @property
    def processors(self) -> frozenset[str]:
        """The Stanza processors the parser runs."""
        return self._processors

    def add(self, item: ChainItem, *, before: str | None = None, after: str | None = None) -> None:
        """Insert an extractor (by name or object); at the end by default.

        Raises:
            PipelineConfigError: both ``before`` and ``after`` given, or the
                name is already in the chain.
            RegistryError: ``before``/``after`` names no stage of the chain.
            MissingProcessorError: it needs a processor the model lacks.
        """
        if before is not None and after is not None:
            raise PipelineConfigError("give before= or after=, not both")
        ext = self._with_lexicon(self._resolve(item))
        if ext.name in self.names:
            raise PipelineConfigError(f"{ext.name!r} is already in the chain")
        missing = set(ext.requires) - set(self._processors)
        if missing:
            raise MissingProcessorError(
                f"extractor {ext.name!r} requires Stanza processor(s) {', '.join(sorted(missing))}, "
                f"which the loaded model does not provide"
            )
        anchor = before or after
        chain = list(self._chain)
        if anchor is None:
            chain.append(ext)
        else:
            if anchor not in self.names:
                raise RegistryError(f"no stage named {anchor!r} in the chain {self.names}")
            i = self.names.index(anchor)
            chain.insert(i if before is not None else i + 1, ext)
        check_order(chain)
        self._chain = chain

    def remove(self, name: str) -> None:
        """Take the stage ``name`` out of the chain.

        Raises:
            RegistryError: no stage has that name.
        """
        if name not in self.names:
            raise RegistryError(f"no stage named {name!r} in the chain {self.names}")
        del self._chain[self.names.index(name)]

    # -- parsing ---------------------------------------------------------
    @property
    def parser(self) -> Parser:
        """The parser, loaded on first use (Stanza loads in about a second)."""
        with self._lock:
            if self._parser is None:
                from ._stanza import StanzaParser  # noqa: PLC0415

                self._parser = StanzaParser(
                    self._model, device=self._device, ner=self._ner, lang=self.lang, decoder=self._decoder
                )
            return self._parser

    def describe(self) -> dict[str, Any]:
        """Which model is used, from where, and the chain (for ``quotekit info``)."""
        from ._stanza import resolve_model  # noqa: PLC0415

        info: dict[str, Any] = {
            "chain": self.names,
            "processors": sorted(self._processors),
            "decoder": self._decoder,
        }
        if self._parser is None or hasattr(self._parser, "spec"):
            spec = resolve_model(self._model, ner=self._ner)
            info["model"] = spec.name
            info["model_paths"] = dict(spec.paths) or spec.resources_dir
        info["device"] = self._device
        return info

    def __call__(self, text: object) -> Article:
        """Parse and extract one article: a ``str`` or a parsed ``stanza.Document``.

        Raises:
            InvalidInputError: not a ``str`` or Stanza document, or binary junk.
            ExtractorError: an extractor failed (the message names it).
        """
        if _is_stanza_document(text):
            from ._stanza import from_stanza_document  # noqa: PLC0415

            doc = from_stanza_document(text)
            missing = {"tokenize", "pos", "lemma", "depparse"} - set(doc.processors)
            if missing:
                raise MissingProcessorError(
                    f"the Stanza document lacks {', '.join(sorted(missing))}: run a pipeline "
                    "with processors='tokenize,pos,lemma,depparse'"
                )
            return self.extract(doc)
        s = check_text(text)
        if not s.strip():
            return Article(text=s)
        return self.extract(self.parser.parse(s))

    def extract(self, doc: ParsedDoc) -> Article:
        """Run the extractor chain on a parsed document (no parsing).

        Raises:
            InvalidInputError: the document is malformed (see
                :meth:`quotekit.ParsedDoc.check`).
            ExtractorError: an extractor failed.
        """
        doc.check()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            quotes: tuple[Quote, ...] = ()
            for ext in self._chain:
                try:
                    result = ext(doc, quotes)
                except QuotekitError:
                    raise
                except Exception as exc:
                    raise ExtractorError(ext.name, exc) from exc
                if not isinstance(result, tuple) or not all(isinstance(q, Quote) for q in result):
                    raise ExtractorError(
                        ext.name, TypeError(f"must return a tuple of Quote, got {type(result).__name__}")
                    )
                quotes = _unique_ids(result)
        messages: list[str] = []
        for w in caught:
            msg = str(w.message)
            if issubclass(w.category, QuotekitWarning) and msg not in messages:
                messages.append(msg)
        for extra in (_language_warning(doc.text, self.lexicon), _markup_warning(doc.text)):
            if extra:
                messages.append(extra)
        for msg in messages:  # once per document, not per token
            warnings.warn(msg, QuotekitWarning, stacklevel=3)
        return finalize(doc.text, quotes, tuple(messages))

    def pipe(
        self,
        texts: Iterable[object],
        *,
        batch_size: int = 16,
        on_error: OnError = "raise",
        start: int = 0,
    ) -> Iterator[Article | ErrorRecord]:
        """Stream articles through the pipeline in batches, in input order.

        A generator is never materialised: at most ``batch_size`` texts are
        held at a time. See :func:`parse_articles` for ``on_error``.
        """
        if on_error not in ("raise", "skip", "record"):
            raise PipelineConfigError(f"on_error must be 'raise', 'skip' or 'record', not {on_error!r}")
        if batch_size < 1:
            raise PipelineConfigError("batch_size must be >= 1")
        it = iter(texts)
        index = start
        while True:
            batch = list(itertools.islice(it, batch_size))
            if not batch:
                return
            yield from self._run_batch(batch, index, on_error)
            index += len(batch)

    def _run_batch(self, batch: list[object], first: int, on_error: OnError) -> list[Article | ErrorRecord]:
        results: list[Article | ErrorRecord | BaseException | None] = [None] * len(batch)
        todo: list[tuple[int, str]] = []
        for k, item in enumerate(batch):
            try:
                if _is_stanza_document(item):
                    results[k] = self(item)
                    continue
                s = check_text(item)
            except Exception as exc:  # noqa: BLE001 - isolated per item
                results[k] = exc
                continue
            if not s.strip():
                results[k] = Article(text=s)
            else:
                todo.append((k, s))
        docs: list[ParsedDoc | BaseException] = []
        if todo:
            try:
                docs = list(self.parser.parse_many([s for _, s in todo]))
            except Exception:  # noqa: BLE001 - fall back to one at a time to isolate
                docs = []
                for _, s in todo:
                    try:
                        docs.append(self.parser.parse(s))
                    except Exception as exc:  # noqa: BLE001
                        docs.append(exc)
        for (k, _), doc in zip(todo, docs, strict=True):
            if isinstance(doc, BaseException):
                results[k] = doc
                continue
            try:
                results[k] = self.extract(doc)
            except Exception as exc:  # noqa: BLE001
                results[k] = exc
        out: list[Article | ErrorRecord] = []
        for k, r in enumerate(results):
            if isinstance(r, BaseException):
                if on_error == "raise":
                    raise r
                logger.warning("article %d failed: %s", first + k, r)
                if on_error == "record":
                    out.append(ErrorRecord(index=first + k, error=type(r).__name__, message=str(r)))
                continue
            assert r is not None
            out.append(r)
        return out


def check_order(chain: Sequence[Extractor]) -> None:
    """Reject a chain in which a stage reads a :class:`~quotekit.Quote` field before
    any stage writes it.

    A stage declares, as optional attributes, the fields it ``reads`` (an earlier
    stage must write each), those it ``reads_if_present`` (it works without them, but
    a stage that writes one must come before it) and those it ``writes``. A stage
    that declares no ``writes`` (a plugin) may write anything: it never makes a
    chain fail.

    Example:
        >>> check_order([get("candidates"), get("conditions"), get("speakers")])
        Traceback (most recent call last):
        ...
        quotekit.errors.PipelineConfigError: stage 'conditions' reads speaker, which 'speakers' writes only after it

    Raises:
        PipelineConfigError: the order, with the stage and the field named.
    """
    written: set[str] = set()
    anything = False
    for k, ext in enumerate(chain):
        needs = frozenset(getattr(ext, "reads", frozenset()))
        optional = frozenset(getattr(ext, "reads_if_present", frozenset()))
        for field in sorted(needs | optional):
            if field in written or anything:
                continue
            later = next((e for e in chain[k + 1 :] if field in getattr(e, "writes", ())), None)
            if later is not None:
                raise PipelineConfigError(
                    f"stage {ext.name!r} reads {field}, which {later.name!r} writes only after it"
                )
            if field in needs:
                raise PipelineConfigError(
                    f"stage {ext.name!r} reads {field}, which no stage before it writes"
                )
        declared = getattr(ext, "writes", None)
        if declared is None:
            anything = True
        else:
            written |= set(declared)


def _unique_ids(quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """Quote ids are the pipeline's: after each stage every quote has a distinct,
    non-empty id (the next stages key on it). A stage that adds quotes without
    one (a plugin's ``id=""``) or repeats one gets them numbered in order;
    :func:`finalize` renumbers them ``q1``, ``q2``... in text order at the end."""
    ids = [q.id for q in quotes]
    if all(ids) and len(set(ids)) == len(ids):
        return quotes
    return tuple(attrs.evolve(q, id=f"q{i + 1}") for i, q in enumerate(quotes))


def finalize(text: str, quotes: tuple[Quote, ...], messages: tuple[str, ...] = ()) -> Article:
    """Number quotes and conditions in text order and gather speakers.

    Quotes are sorted by content offset and renamed ``q1``, ``q2``...;
    conditions ``c1``... in text order; each speaker lists its quotes under
    the new ids.
    """
    order = sorted(range(len(quotes)), key=lambda i: (quotes[i].content.start, quotes[i].content.end, i))
    rank_of = {i: r for r, i in enumerate(order)}

    all_conds: list[tuple[int, Condition]] = []
    for i in order:
        for c in quotes[i].conditions:
            all_conds.append((i, c))
    all_conds.sort(key=lambda t: (t[1].condition.start, t[1].condition.end))
    cond_new: dict[int, list[Condition]] = collections.defaultdict(list)
    conds_out: list[Condition] = []
    for n, (i, c) in enumerate(all_conds):
        c2 = attrs.evolve(c, id=f"c{n + 1}", quote_id=f"q{rank_of[i] + 1}")
        cond_new[i].append(c2)
        conds_out.append(c2)

    speakers: dict[Speaker, list[str]] = {}
    for i in order:
        sp = quotes[i].speaker
        if sp is not None:
            speakers.setdefault(sp, []).append(f"q{rank_of[i] + 1}")
    new_speaker = {sp: attrs.evolve(sp, quote_ids=tuple(ids)) for sp, ids in speakers.items()}
    out: list[Quote] = []
    for i in order:
        q = quotes[i]
        qid = f"q{rank_of[i] + 1}"
        sp = new_speaker.get(q.speaker) if q.speaker is not None else None
        out.append(attrs.evolve(q, id=qid, speaker=sp, conditions=tuple(cond_new.get(i, ()))))
    return Article(
        text=text,
        quotes=tuple(out),
        speakers=tuple(new_speaker.values()),
        conditions=tuple(conds_out),
        warnings=messages,
    )


def download(model_dir: str | None = None, *, lang: str = "en") -> None:
    """Download Stanza's own models for ``lang`` (needs the network), for
    ``Pipeline(model="stanza")``; ``quotekit download`` calls this. Nothing
    else in quotekit downloads anything.
    """
    from ._stanza import _stanza  # noqa: PLC0415 - stanza only when asked

    kwargs: dict[str, Any] = {"processors": "tokenize,mwt,pos,lemma,depparse,ner"}
    if model_dir:
        kwargs["model_dir"] = model_dir
    _stanza().download(lang, **kwargs)

"""The Stanza adapter: the only module that imports ``stanza`` (lazily).

It loads the bundled default model (or Stanza's own English models, or any
model paths), parses text into :class:`~quotekit.parsing.ParsedDoc`, and
converts a ``stanza.Document`` the user parsed themselves.

Long input is parsed in pieces (paragraphs grouped up to
:data:`CHUNK_CHARS` characters; a paragraph with no break longer than
:data:`MAX_PIECE_CHARS` is cut at sentence punctuation or whitespace), so
memory stays bounded whatever the article's length. Control characters and
lone surrogates are replaced by spaces in the copy Stanza sees (same length,
so every offset still indexes the original text).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from .errors import InvalidInputError, ModelLoadError, ModelNotFoundError
from .parsing import Entity, ParsedDoc, Sentence, Word

__all__ = [
    "CHUNK_CHARS",
    "MAX_PIECE_CHARS",
    "ModelSpec",
    "StanzaParser",
    "bundled_model_dir",
    "from_stanza_document",
    "sanitize",
    "split_for_parsing",
]

logger = logging.getLogger(__name__)

CHUNK_CHARS = 20_000
MAX_PIECE_CHARS = 1_500
BASE_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
_MODEL_FILES = {
    "tokenize": "tokenizer.pt",
    "mwt": "mwt.pt",
    "pos": "tagger.pt",
    "lemma": "lemma.pt",
    "depparse": "parser.pt",
}


def bundled_model_dir() -> Path:
    """The folder of the default model shipped inside the package."""
    return Path(str(resources.files("quotekit") / "models" / "en_ewt_small"))


@attrs.frozen(kw_only=True)
class ModelSpec:
    """Which model a parser loads and from where (shown by ``quotekit info``)."""

    name: str
    paths: Mapping[str, str]
    resources_dir: str | None
    processors: tuple[str, ...]


def resolve_model(model: str | Mapping[str, str], *, ner: bool = False) -> ModelSpec:
    """Turn a ``model`` argument into concrete paths, never downloading.

    ``"default"``: the bundled model. ``"stanza"``: Stanza's own English
    models in ``$STANZA_RESOURCES_DIR`` (or ``~/stanza_resources``), as
    ``quotekit download`` installs them. A mapping: processor -> model path.
    A path to a folder holding ``tokenizer.pt``, ``tagger.pt``, ...

    Raises:
        ModelNotFoundError: the files are not there.
    """
    if isinstance(model, Mapping):
        paths = {str(k): str(v) for k, v in model.items()}
        missing = [p for p in paths.values() if not Path(p).exists()]
        if missing:
            raise ModelNotFoundError(f"model files not found: {', '.join(missing)}")
        procs = tuple(p for p in (*BASE_PROCESSORS, "ner") if p in paths)
        return ModelSpec(name="custom", paths=paths, resources_dir=None, processors=procs)
    if model == "stanza":
        rdir = Path(os.environ.get("STANZA_RESOURCES_DIR", Path.home() / "stanza_resources"))
        if not (rdir / "resources.json").exists() or not (rdir / "en").is_dir():
            raise ModelNotFoundError(
                f"Stanza's English models are not in {rdir}; run `quotekit download` "
                "(needs network) or use the bundled default model"
            )
        procs = (*BASE_PROCESSORS, "ner") if ner else BASE_PROCESSORS
        return ModelSpec(name="stanza", paths={}, resources_dir=str(rdir), processors=procs)
    folder = bundled_model_dir() if model == "default" else Path(model)
    if not folder.is_dir():
        raise ModelNotFoundError(
            f"model {model!r} is neither 'default', 'stanza' nor a folder of model files"
        )
    paths = {}
    for proc, fname in _MODEL_FILES.items():
        if (folder / fname).exists():
            paths[proc] = str(folder / fname)
    if (folder / "ner.pt").exists():
        paths["ner"] = str(folder / "ner.pt")
    missing = [f for p, f in _MODEL_FILES.items() if p not in paths and p != "mwt"]
    if missing:
        raise ModelNotFoundError(f"model folder {folder} lacks {', '.join(missing)}")
    procs = tuple(p for p in (*BASE_PROCESSORS, "ner") if p in paths)
    name = "default (en_ewt_small)" if model == "default" else str(folder)
    return ModelSpec(name=name, paths=paths, resources_dir=None, processors=procs)


_BAD_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn"})


def sanitize(text: str) -> str:
    """A same-length copy of ``text`` that Stanza can safely read.

    Control characters (but newline and tab), lone surrogates, private-use
    and unassigned code points become spaces; ``\\r`` becomes a space too.

    Example:
        >>> sanitize("a\\x00b\\r\\nc")
        'a b \\nc'
    """
    if text.isascii() and text.isprintable():
        return text
    out = []
    for ch in text:
        if ch in "\n\t":
            out.append(ch)
        elif unicodedata.category(ch) in _BAD_CATEGORIES:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_PARA = re.compile(r"\n\s*\n|\n")
_SENT_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+")


def split_for_parsing(
    text: str, *, chunk_chars: int = CHUNK_CHARS, max_piece: int = MAX_PIECE_CHARS
) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` pieces that are safe to parse separately.

    Pieces end at paragraph breaks where possible; a paragraph longer than
    ``max_piece`` is cut at sentence punctuation, else at whitespace, else
    hard. Consecutive pieces are grouped up to ``chunk_chars``.

    Example:
        >>> split_for_parsing("One.\\n\\nTwo.", chunk_chars=5)
        [(0, 6), (6, 10)]
        >>> split_for_parsing("One.\\n\\nTwo.")
        [(0, 10)]
    """
    n = len(text)
    pieces: list[tuple[int, int, bool]] = []  # (start, end, cut from a long paragraph)
    start = 0
    bounds = [m.end() for m in _PARA.finditer(text)]
    if not bounds or bounds[-1] < n:
        bounds.append(n)
    for end in bounds:
        cut = _cut_long(text, start, end, max_piece)
        pieces.extend((s, e, len(cut) > 1) for s, e in cut)
        start = end
    # group whole paragraphs; a piece cut from a long paragraph stays alone, so
    # the parser never sees one sentence longer than max_piece characters
    chunks: list[tuple[int, int]] = []
    alone = True
    for s, e, hard in pieces:
        if chunks and not hard and not alone and e - chunks[-1][0] <= chunk_chars:
            chunks[-1] = (chunks[-1][0], e)
        else:
            chunks.append((s, e))
        alone = hard
    return chunks


def _cut_long(text: str, start: int, end: int, max_piece: int) -> list[tuple[int, int]]:
    out = []
    while end - start > max_piece:
        limit = start + max_piece
        cut = -1
        for m in _SENT_END.finditer(text, start + max_piece // 2, limit):
            cut = m.end()
        if cut <= start:
            ws = max(text.rfind(" ", start + max_piece // 2, limit), text.rfind("\t", start, limit))
            cut = ws + 1 if ws > start else limit
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))
    return out


#: Stanza batch settings used unless ``batch_size`` is given, measured on 30 PolNeAR dev
#: articles on 2 CPU cores (issue 20): pos in batches of at most 1,000 words (4.7 s ->
#: 4.0 s against 5,000), depparse in batches of 1,500 words (5.3 s -> 4.7 s).
BATCH_DEFAULTS: dict[str, int] = {
    "pos_batch_size": 5000,
    "pos_batch_maximum_tokens": 1000,
    "lemma_batch_size": 5000,
    "depparse_batch_size": 1500,
}

#: The dependency decoders :class:`StanzaParser` offers (``auto``: ``fast`` for the
#: bundled model and model folders, ``stanza`` for Stanza's own downloaded models, whose
#: pretrained word vectors the fast variant loads as Stanza does but which were not
#: measured here).
DECODERS = ("auto", "fast", "stanza")


def _cuda_ok() -> bool:
    import torch  # noqa: PLC0415

    return bool(torch.cuda.is_available())


def _stanza() -> Any:
    try:
        import stanza  # noqa: PLC0415 - imported lazily by design
    except ImportError as exc:  # pragma: no cover - stanza is a dependency
        raise ModelLoadError("stanza is not installed: pip install stanza") from exc
    return stanza


class StanzaParser:
    """A :class:`~quotekit.parsing.Parser` backed by a ``stanza.Pipeline``.

    Args:
        model: ``"default"`` (bundled), ``"stanza"``, a folder, or a mapping
            processor -> model path.
        device: ``"cpu"``, ``"cuda"`` or ``"auto"`` (CUDA when available).
        ner: also run NER (only with models that have one).
        batch_size: one batch size for pos, lemma and depparse (Stanza's
            meaning for each); ``None`` (default): the sizes measured fastest on
            2 CPU cores (:data:`BATCH_DEFAULTS`: smaller pos and depparse batches
            waste less time on padding; the tags and trees were the same on the
            PolNeAR dev articles).
        lang: Stanza's language code (the pipeline's ``lang``).
        decoder: ``"fast"``: Stanza's networks with quotekit's pos, lemma and
            depparse processor variants (``quotekit._fastparse``: the same tags,
            lemmas, trees and labels, faster); ``"stanza"``: Stanza's own
            processors; ``"auto"`` (default): ``"fast"``, except for
            ``model="stanza"``.
        repair_splits: undo two sentence splits the tokenizer makes in news and
            that cut a quote from its speaker (:func:`repair_sentence_splits`):
            after an abbreviated title before a name ("Sen. | Smith said") and
            before a lone closing quotation mark. ``False``: the tokenizer's
            sentences as they are.
    """

    #: Version of :func:`repair_sentence_splits` (caches of parses key on it).
    SPLIT_REPAIR = 1

    def __init__(
        self,
        model: str | Mapping[str, str] = "default",
        *,
        device: str = "cpu",
        ner: bool = False,
        batch_size: int | None = None,
        lang: str = "en",
        decoder: str = "auto",
        repair_splits: bool = True,
    ) -> None:
        if device not in ("cpu", "cuda", "auto"):
            raise InvalidInputError(f"device must be 'cpu', 'cuda' or 'auto', not {device!r}")
        if decoder not in DECODERS:
            raise InvalidInputError(
                f"decoder must be one of {', '.join(map(repr, DECODERS))}, not {decoder!r}"
            )
        self.spec = resolve_model(model, ner=ner)
        if decoder == "auto":
            decoder = "stanza" if self.spec.name == "stanza" else "fast"
        self.decoder = decoder
        self.device = device
        stanza = _stanza()
        use_gpu = device != "cpu"
        if device == "cuda":
            import torch  # noqa: PLC0415

            if not torch.cuda.is_available():
                raise ModelLoadError("device='cuda' asked for, but torch sees no CUDA device")
        kwargs: dict[str, Any] = {
            "lang": lang,
            "processors": ",".join(self.spec.processors),
            "download_method": None,
            "use_gpu": use_gpu,
            "logging_level": "ERROR",
        }
        if batch_size is None:
            kwargs.update(BATCH_DEFAULTS)
        else:
            kwargs.update(
                pos_batch_size=batch_size, depparse_batch_size=batch_size, lemma_batch_size=batch_size
            )
        if decoder == "fast" and "depparse" in self.spec.processors:
            from . import _fastparse  # noqa: PLC0415 - imports stanza

            _fastparse.register()
            for proc in ("pos", "lemma", "depparse"):
                if proc not in self.spec.processors:
                    continue
                kwargs[f"{proc}_with_{_fastparse.VARIANT}"] = True
                kwargs[f"{proc}_{_fastparse.VARIANT}_device"] = "cuda" if use_gpu and _cuda_ok() else "cpu"
        if self.spec.resources_dir is not None:
            kwargs["dir"] = self.spec.resources_dir
        else:
            self._tmp = tempfile.TemporaryDirectory(prefix="quotekit-stanza-")
            Path(self._tmp.name, "resources.json").write_text(json.dumps({}))
            kwargs["dir"] = self._tmp.name
            kwargs["allow_unknown_language"] = True
            for proc, path in self.spec.paths.items():
                kwargs[f"{proc}_model_path"] = path
        try:
            self._nlp = stanza.Pipeline(**kwargs)
        except Exception as exc:
            raise ModelLoadError(f"Stanza could not load model {self.spec.name}: {exc}") from exc
        self._processors = frozenset(self.spec.processors)
        self._repair: tuple[frozenset[str], frozenset[str]] | None = None
        if repair_splits:
            from .lexicon import LEXICONS  # noqa: PLC0415

            lx = LEXICONS.get(lang)
            if lx is not None:
                self._repair = (lx.names.name_abbreviations, lx.marks.closing_only_marks)

    @property
    def split_repair(self) -> int | None:
        """The version of the sentence repair this parser runs, or ``None`` (off)."""
        return self.SPLIT_REPAIR if self._repair is not None else None

    @property
    def processors(self) -> frozenset[str]:
        """The Stanza processors this parser runs."""
        return self._processors

    def parse(self, text: str) -> ParsedDoc:
        """Parse one article."""
        return self.parse_many([text])[0]

    def parse_many(self, texts: Sequence[str]) -> list[ParsedDoc]:
        """Parse several articles in one batched Stanza call."""
        stanza = _stanza()
        jobs: list[tuple[int, int, int]] = []  # (article, start, end)
        for ai, text in enumerate(texts):
            for s, e in split_for_parsing(text):
                if text[s:e].strip():
                    jobs.append((ai, s, e))
        clean = [sanitize(t) for t in texts]
        docs = [stanza.Document([], text=clean[ai][s:e]) for ai, s, e in jobs]
        parsed = self._run(docs) if docs else []
        per_article: list[list[Sentence]] = [[] for _ in texts]
        ents: list[list[Entity]] = [[] for _ in texts]
        for (ai, s, _e), sdoc in zip(jobs, parsed, strict=True):
            conv = from_stanza_document(sdoc, text=texts[ai], offset=s, first_index=len(per_article[ai]))
            per_article[ai].extend(conv.sentences)
            ents[ai].extend(conv.entities)
        return [
            ParsedDoc(
                text=t,
                sentences=tuple(per_article[i]),
                entities=tuple(ents[i]),
                processors=self._processors,
            )
            for i, t in enumerate(texts)
        ]

    def _run(self, docs: list[Any]) -> list[Any]:
        """Stanza's processors in order, the sentence repair after the tokenizer."""
        if self._repair is None or "tokenize" not in self._nlp.processors:
            return list(self._nlp(docs))
        docs = self._nlp.processors["tokenize"].bulk_process(docs)
        docs = [repair_sentence_splits(d, *self._repair) for d in docs]
        rest = [p for p in self._nlp.processors if p != "tokenize"]
        return list(self._nlp(docs, processors=rest)) if rest else docs


def repair_sentence_splits(doc: Any, name_abbreviations: frozenset[str], closing_only: frozenset[str]) -> Any:
    """A tokenized ``stanza.Document`` with two kinds of false sentence breaks undone.

    The bundled tokenizer (trained on web text, not news) ends a sentence after an
    abbreviated title ("... said Sen. | Smith ...") and puts a closing quotation mark
    that follows a full stop in a sentence of its own (``... a plan for the harbor.
    | ''``). The first cuts a speaker's name in two, the second a quote from its
    end. A sentence is joined to the one before it when it holds nothing but
    closing marks, or when the one before ends with one of ``name_abbreviations``
    and it starts with a capital letter. Offsets and tokens are unchanged; only the
    sentence breaks move. Run between the tokenizer and the rest of the pipeline.
    """
    sents = doc.sentences
    join = [False] * len(sents)
    for i in range(1, len(sents)):
        toks = [t.text for t in sents[i].tokens]
        prev = sents[i - 1].tokens[-1].text if sents[i - 1].tokens else ""
        join[i] = all(t in closing_only for t in toks) or (
            prev.lower() in name_abbreviations and toks[0][:1].isupper()
        )
    if not any(join):
        return doc
    merged: list[list[dict[str, Any]]] = []
    for i, sent in enumerate(doc.to_dict()):
        if join[i] and merged:
            merged[-1].extend(sent)
        else:
            merged.append(list(sent))
    for sent in merged:
        for k, tok in enumerate(sent, 1):
            tok["id"] = k
    return type(doc)(merged, text=doc.text)


def from_stanza_document(
    doc: Any, *, text: str | None = None, offset: int = 0, first_index: int = 0
) -> ParsedDoc:
    """Convert a parsed ``stanza.Document`` into a :class:`ParsedDoc`.

    Args:
        doc: a document with at least tokenize, pos, lemma and depparse run.
        text: the text the offsets refer to (default: ``doc.text``).
        offset: added to every Stanza offset (for pieces of a longer text).
        first_index: index of the first sentence.

    Raises:
        InvalidInputError: ``doc`` is not a parsed Stanza document.
    """
    full = text if text is not None else getattr(doc, "text", None)
    if not isinstance(full, str) or not hasattr(doc, "sentences"):
        raise InvalidInputError("expected a stanza.Document with its text")
    procs = {"tokenize"}
    sentences = []
    for si, sent in enumerate(doc.sentences):
        words = []
        for token in sent.tokens:
            t_start = token.start_char
            t_end = token.end_char
            for w in token.words:
                ws = w.start_char if w.start_char is not None else t_start
                we = w.end_char if w.end_char is not None else t_end
                if ws is None or we is None:
                    raise InvalidInputError("the Stanza document has no character offsets")
                ws += offset
                we += offset
                if w.upos:
                    procs.add("pos")
                if w.lemma:
                    procs.add("lemma")
                if w.deprel:
                    procs.add("depparse")
                words.append(
                    Word(
                        id=int(w.id),
                        text=full[ws:we],
                        lemma=w.lemma if w.lemma is not None else full[ws:we],
                        upos=w.upos or "X",
                        xpos=w.xpos or "_",
                        feats=w.feats or "_",
                        head=int(w.head) if w.head is not None else 0,
                        deprel=w.deprel or "dep",
                        start_char=ws,
                        end_char=we,
                    )
                )
        sentences.append(Sentence(index=first_index + si, words=tuple(words)))
    entities = []
    for ent in getattr(doc, "ents", None) or []:
        procs.add("ner")
        s, e = ent.start_char + offset, ent.end_char + offset
        entities.append(Entity(start_char=s, end_char=e, type=ent.type, text=full[s:e]))
    return ParsedDoc(
        text=full, sentences=tuple(sentences), entities=tuple(entities), processors=frozenset(procs)
    )

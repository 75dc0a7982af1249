"""The extension point: registry, ordering, requirements, error wrapping, entry points."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from conftest import fixture_docs

import quotekit
from quotekit import ExtractorError, MissingProcessorError, ParsedDoc, Pipeline, Quote, RegistryError, plugins


@attrs.define
class Stance:
    """Tags each quote with its cue's stance: denies / claims / says."""

    name: str = "stance"
    requires: frozenset[str] = frozenset({"lemma"})

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        out = []
        for q in quotes:
            cue = q.cue.text.lower() if q.cue else ""
            label = "denies" if cue.startswith("den") else "claims" if cue.startswith("claim") else "says"
            out.append(q.with_extra("stance", "label", label))
        return tuple(out)


class Boom:
    name = "boom"
    requires: frozenset[str] = frozenset()

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        raise ZeroDivisionError("kaboom")


class NeedsNer:
    name = "ner-linker"
    requires = frozenset({"ner"})

    def __call__(self, doc: ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        return quotes


def test_register_get_and_duplicate() -> None:
    quotekit.register(Stance())
    try:
        assert "stance" in quotekit.available()
        with pytest.raises(RegistryError, match="already registered"):
            quotekit.register(Stance())
        quotekit.register(Stance(), replace=True)
    finally:
        quotekit.unregister("stance")
    assert "stance" not in quotekit.available()


def test_builtins_come_through_the_registry() -> None:
    assert {"candidates", "attribution", "speakers", "conditions"} <= set(quotekit.available())
    regs = {r.name: r.origin for r in plugins.registrations()}
    assert regs["candidates"] == "quotekit (built-in)"


def test_add_before_after_and_remove() -> None:
    p = Pipeline()
    p.add(Stance(), after="attribution")
    assert p.names == ["candidates", "attribution", "stance", "speakers", "conditions"]
    p.remove("stance")
    p.add(Stance(), before="candidates")
    assert p.names[0] == "stance"
    with pytest.raises(RegistryError):
        p.add(Boom(), after="nope")
    with pytest.raises(RegistryError):
        p.remove("nope")


def test_plugin_data_serialises() -> None:
    p = Pipeline()
    p.add(Stance())
    a = p.extract(fixture_docs()["d_after"])
    assert a.quotes[0].extra("stance", "label") == "says"
    d = quotekit.to_dict(a)
    assert d["quotes"][0]["extras"] == {"stance": {"label": "says"}}
    assert quotekit.from_dict(d) == a


def test_missing_processor_is_caught_when_building() -> None:
    with pytest.raises(MissingProcessorError, match="ner"):
        Pipeline(["candidates", NeedsNer()])
    with pytest.raises(MissingProcessorError):
        Pipeline().add(NeedsNer())


def test_plugin_exception_is_wrapped_with_its_name() -> None:
    p = Pipeline()
    p.add(Boom())
    with pytest.raises(ExtractorError, match="'boom'") as exc:
        p.extract(fixture_docs()["d_after"])
    assert isinstance(exc.value.cause, ZeroDivisionError)


def test_unknown_name_lists_what_exists() -> None:
    with pytest.raises(RegistryError, match="available"):
        Pipeline(["candidates", "nope"])


def test_entry_point_discovery_from_a_real_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = tmp_path / "qk_demo_plugin"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        textwrap.dedent("""
        class Shout:
            name = "shout"
            requires = frozenset()
            def __call__(self, doc, quotes):
                return tuple(q.with_extra("shout", "upper", q.content.text.upper()) for q in quotes)
    """)
    )
    dist = tmp_path / "qk_demo_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: qk-demo-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[quotekit.extractors]\nshout = qk_demo_plugin:Shout\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    plugins.reload_entry_points()
    try:
        regs = {r.name: r.origin for r in plugins.registrations()}
        assert "shout" in regs
        assert "qk-demo-plugin" in regs["shout"]
        p = Pipeline([*Pipeline().names, "shout"])
        a = p.extract(fixture_docs()["d_after"])
        assert a.quotes[0].extra("shout", "upper") == "WE ARE READY TO TALK,"
    finally:
        plugins._REGISTRY.pop("shout", None)
        sys.modules.pop("qk_demo_plugin", None)


def test_quote_ids_are_the_pipelines_not_the_plugins() -> None:
    """A plugin that adds quotes without ids (or with repeated ones) cannot make
    the later stages mix them up: the pipeline numbers them after each stage."""
    from conftest import fixture_docs

    from quotekit import Pipeline, Quote, QuoteKind, Span

    class AddTwo:
        name = "add_two"
        requires: frozenset[str] = frozenset()

        def __call__(self, doc: quotekit.ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
            extra = tuple(
                Quote(id="", kind=QuoteKind.DIRECT, content=Span.of(doc.text, s, s + 3)) for s in (0, 5)
            )
            return quotes + extra

    seen: list[list[str]] = []

    class Spy:
        name = "spy"
        requires: frozenset[str] = frozenset()

        def __call__(self, doc: quotekit.ParsedDoc, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
            seen.append([q.id for q in quotes])
            return quotes

    pipe = Pipeline(["candidates", AddTwo(), Spy(), "attribution", "speakers", "conditions"])
    art = pipe.extract(fixture_docs()["d_after"])
    (ids,) = seen
    assert len(ids) == len(set(ids)) == 3
    assert all(ids)
    assert [q.id for q in art.quotes] == ["q1", "q2", "q3"]


def test_candidates_find_spans_only_and_attribution_names_the_speakers() -> None:
    """Attribution in one place: the candidates stage gives content (and, for
    reported speech, the cue); every speaker mention comes from ``attribution``."""
    from conftest import fixture_docs

    from quotekit import Pipeline

    for name in ("i_that", "d_after", "d_addressee"):
        doc = fixture_docs()[name]
        spans = Pipeline(["candidates"]).extract(doc)
        assert spans.quotes
        assert all(q.speaker_mention is None and q.addressee is None for q in spans.quotes)
        full = Pipeline(["candidates", "attribution"]).extract(doc)
        assert all(q.speaker_mention is not None for q in full.quotes)


def test_the_parse_index_travels_with_the_document_but_is_not_pickled() -> None:
    """The stages share one index per document (kept on it, no module global);
    pickling the document (a worker, a cluster) leaves the index behind."""
    import pickle

    from conftest import fixture_docs

    doc = attrs.evolve(fixture_docs()["d_after"])  # a fresh document: an empty cache
    Pipeline().extract(doc)
    assert len(doc._cache) == 1  # one index, built once for the four stages
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc
    assert copy._cache == {}
    assert Pipeline().extract(copy) == Pipeline().extract(doc)

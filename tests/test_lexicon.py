"""One home for linguistic knowledge: every table in the Lexicon, read by a stage,
with its source; no stage keeps a word list of its own."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import quotekit
from quotekit.lexicon import ENGLISH, LEXICONS, lexicon_for

PKG = Path(quotekit.__file__).resolve().parent
STAGES = [
    *sorted((PKG / "extractors").glob("*.py")),
    PKG / "pipeline.py",
    PKG / "_stanza.py",
]  # _stanza: the parser's sentence repair
_META = {"lang", "language_name", "sources"}


def _fields() -> list[str]:
    # the tables of every group (derived sets such as quote_chars are computed from them)
    return ["common_words", *ENGLISH.tables()]


def test_every_field_is_read_by_a_stage() -> None:
    # the stages, and the language code of the lexicon's syntax part that they call
    code = "\n".join(p.read_text(encoding="utf-8") for p in [*STAGES, PKG / "lang" / "_base.py"])
    unread = [f for f in _fields() if not re.search(rf"\.{f}\b", code)]
    assert unread == []


def test_tables_are_grouped_by_what_the_words_are() -> None:
    from quotekit.lang._base import GROUPS

    assert list(GROUPS) == ["cues", "marks", "names", "pronouns", "function_words", "conditions", "syntax"]
    names = [f.name for cls in GROUPS.values() for f in attrs.fields(cls)]
    assert len(names) == len(set(names)) == len(ENGLISH.tables())
    assert "reporting_verbs" in attrs.fields_dict(GROUPS["cues"])
    assert "finite_tags" in attrs.fields_dict(GROUPS["syntax"])
    narrow = ENGLISH.replace(reporting_verbs=frozenset({"say"}), finite_tags=frozenset({"VBD"}))
    assert narrow.cues.reporting_verbs == {"say"}
    assert narrow.syntax.finite_tags == {"VBD"}
    assert narrow.names is ENGLISH.names  # untouched groups are shared
    with pytest.raises(TypeError, match="no lexicon table named 'nothing'"):
        ENGLISH.replace(nothing=frozenset())


def test_every_field_has_a_source() -> None:
    assert sorted(ENGLISH.sources) == sorted(_fields())
    assert all(ENGLISH.sources[f].strip() for f in _fields())


def test_stages_import_no_word_list_from_the_lexicon_module() -> None:
    for p in sorted((PKG / "extractors").glob("*.py")):
        for m in re.finditer(r"from \.\.lexicon import ([^\n#]+)", p.read_text(encoding="utf-8")):
            names = {n.strip() for n in m.group(1).split(",")}
            # no ENGLISH either: a stage is built for a language, never English by default
            assert names <= {"Lexicon", "lexicon_for", "stage_lexicon", "with_reporting_verbs"}, p.name


@pytest.mark.parametrize("name", ["candidates", "attribution", "speakers", "conditions"])
def test_a_stage_built_without_a_language_refuses_to_guess(name: str) -> None:
    from conftest import fixture_docs

    from quotekit.extractors import BUILTINS, make

    doc = next(iter(fixture_docs().values()))
    with pytest.raises(
        quotekit.PipelineConfigError, match=rf"{name!r} stage was built without a language.*make"
    ):
        BUILTINS[name]()(doc, ())
    assert make(name, "en").lx is ENGLISH  # type: ignore[attr-defined]


def test_quote_marks_are_derived_from_the_mark_tables() -> None:
    for table in (ENGLISH.marks.double_quotes, ENGLISH.marks.single_quotes):
        for opening, closers in table.items():
            assert opening in ENGLISH.quote_chars
            assert closers <= ENGLISH.quote_chars
    assert {"\u201f", "\u301d", "\u301e", "\u301f"} <= ENGLISH.quote_chars


def test_another_language_is_a_clear_error() -> None:
    with pytest.raises(quotekit.PipelineConfigError, match=r"'de'.*available: en"):
        quotekit.Pipeline(lang="de")
    with pytest.raises(quotekit.PipelineConfigError):
        lexicon_for("xx")
    assert LEXICONS == {"en": ENGLISH}


def test_the_pipeline_gives_its_lexicon_to_every_stage() -> None:
    small = ENGLISH.replace(reporting_verbs=frozenset({"say"}))
    LEXICONS["en-small"] = small
    try:
        pipe = quotekit.Pipeline(lang="en-small")
        assert all(e.lexicon is small for e in pipe.extractors)  # type: ignore[attr-defined]
    finally:
        del LEXICONS["en-small"]


@pytest.mark.model
def test_a_lexicon_changes_what_the_stages_find() -> None:
    """The stages read the pipeline's lexicon, not module constants: without
    "insist" among the reporting verbs, "insisted" is no cue."""
    text = "Mary Jones insisted that the talks had failed."
    assert [q.cue.text for q in quotekit.parse_article(text).quotes if q.cue] == ["insisted"]
    LEXICONS["en-narrow"] = ENGLISH.replace(reporting_verbs=ENGLISH.cues.reporting_verbs - {"insist"})
    try:
        pipe = quotekit.Pipeline(lang="en-narrow", parser=quotekit.Pipeline().parser)
        assert pipe(text).quotes == ()
    finally:
        del LEXICONS["en-narrow"]


@pytest.mark.model
def test_custom_reporting_verbs_reach_every_helper() -> None:
    """``Candidates(reporting_verbs=...)`` is no longer ignored by the
    near-cue check: a short quote is kept only beside one of its verbs."""
    from quotekit.extractors.candidates import Candidates

    text = "“Never,” Smith insisted."
    base = quotekit.Pipeline()
    assert [q.content.text for q in base(text).quotes] == ["Never,"]
    narrow = quotekit.Pipeline(
        [Candidates(reporting_verbs=frozenset({"say"})), "attribution", "speakers", "conditions"],
        parser=base.parser,
    )
    assert narrow(text).quotes == ()


def test_no_import_cycles() -> None:
    """Imports between quotekit's modules form no cycle, deferred ones (inside
    functions) included; only imports under ``if TYPE_CHECKING`` do not count."""
    import ast

    graph: dict[str, set[str]] = {}
    for path in PKG.rglob("*.py"):
        mod = ".".join(path.relative_to(PKG.parent).with_suffix("").parts).removesuffix(".__init__")
        pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
        deps: set[str] = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        typing_only = {
            id(n)
            for top in ast.walk(tree)
            if isinstance(top, ast.If) and "TYPE_CHECKING" in ast.unparse(top.test)
            for n in ast.walk(top)
        }
        for node in ast.walk(tree):  # imports inside functions count too: a deferred cycle is a cycle
            if id(node) in typing_only:
                continue
            if isinstance(node, ast.ImportFrom) and node.level:
                base = pkg.rsplit(".", node.level - 1)[0] if node.level > 1 else pkg
                if node.module:  # from .mod import name: the module (and a submodule named so)
                    target = f"{base}.{node.module}"
                    deps.add(target)
                    deps.update(f"{target}.{a.name}" for a in node.names)
                else:  # from . import mod
                    deps.update(f"{base}.{a.name}" for a in node.names)
        graph[mod] = deps
    graph = {m: {d for d in ds if d in graph and d != m} for m, ds in graph.items()}

    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        while stack:
            node, path = stack.pop()
            for d in graph[node]:
                if d == start:
                    return [*path, d]
                if d not in path:
                    stack.append((d, [*path, d]))
        return None

    # a package's __init__ importing its own modules is the one allowed loop
    cycles = [
        c for m in graph if (c := cycle_from(m)) and not all(x.startswith(c[0] + ".") or x == c[0] for x in c)
    ]
    assert cycles == []


def test_the_cli_imports_no_private_module() -> None:
    import ast

    tree = ast.parse((PKG / "cli.py").read_text(encoding="utf-8"))
    private = [
        n.module
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom)
        and n.module
        and n.module != "__future__"
        and any(part.startswith("_") for part in n.module.split("."))
    ]
    assert private == []


def test_regular_bases_undo_regular_verb_inflections() -> None:

    def bases(form: str) -> list[str]:
        return ENGLISH.syntax.base_forms(form)

    assert "praise" in bases("praised")
    assert "urge" in bases("urging")
    assert "quip" in bases("quipped")
    assert "deny" in bases("denied")
    assert bases("go") == []


@pytest.mark.model
def test_a_reporting_verb_the_lemmatizer_misspells_is_still_a_cue() -> None:
    # the bundled lemmatizer gives "prais" for "praised": the verb tables still match
    from quotekit import parse_article

    a = parse_article("The coach praised the team's defense during the second half.")
    assert [(q.cue.text if q.cue else None, q.content.text) for q in a.quotes] == [
        ("praised", "the team's defense during the second half")
    ]


def test_the_stages_hold_no_treebank_tags() -> None:
    """Penn Treebank tags exist only in English treebanks: they live in the English
    pack (``finite_tags``, ``participle_tags``, ...), never in a stage."""
    tag = re.compile(r"[\"'](VB[DGNPZ]?|MD|NNPS?|NNS?|-[LR]RB-)[\"']")
    for p in STAGES:
        assert not tag.search(p.read_text(encoding="utf-8")), p.name


def test_the_stages_test_no_letter_case_or_plural_ending_themselves() -> None:
    """What a word's letters say (a capital that may start a name, an acronym, a
    regular plural) is the pack's syntax part: false for German nouns, meaningless
    without case, so no stage calls ``isupper()`` or tests an ``s`` ending itself."""
    case = re.compile(r"\.(isupper|islower|istitle)\(\)|endswith\([\"']s[\"']\)|\+ [\"']s[\"']")
    for p in sorted((PKG / "extractors").glob("*.py")):
        assert not case.search(p.read_text(encoding="utf-8")), p.name
    syntax = ENGLISH.syntax
    assert syntax.capitalised("Lee")
    assert not syntax.capitalised("lee")
    assert syntax.all_caps("NATO")
    assert not syntax.lower_case("iPhone")
    assert syntax.singulars("aides") == ["aide"]
    assert syntax.singulars("aide") == []


def test_english_is_a_language_pack() -> None:
    from quotekit.lang import en

    assert en.LEXICON is ENGLISH is LEXICONS["en"]
    assert ENGLISH.syntax.finite_tags >= {"VBD", "MD"}
    assert ENGLISH.syntax.opening_brackets >= {"(", "-LRB-"}


def test_built_in_stages_are_made_for_the_pipelines_language() -> None:
    from quotekit.extractors import make

    small = ENGLISH.replace(lang="en-x", reporting_verbs=frozenset({"say"}))
    LEXICONS["en-x"] = small
    try:
        assert make("candidates", "en-x").lexicon is small  # type: ignore[attr-defined]
        assert make("conditions", "en-x", learned=False).lexicon is small  # type: ignore[attr-defined]
        pipe = quotekit.Pipeline(lang="en-x")
        assert all(e.lexicon is small for e in pipe.extractors)  # type: ignore[attr-defined]
        with pytest.raises(quotekit.RegistryError):
            make("no-such-stage", "en")
        with pytest.raises(quotekit.PipelineConfigError):
            make("candidates", "xx")
    finally:
        del LEXICONS["en-x"]


def test_the_stages_hold_no_english_function_words() -> None:
    """The closed-class words the rules read (prepositions, pronouns, modals,
    complementisers, ...) are the language pack's: no stage spells one out as a string
    of its code (docstrings, and the rule names that happen to be words, aside)."""
    import ast

    classes = [
        *("infinitive_marks", "according_phrase", "purpose_phrase", "second_person"),
        *("interlocutor_pronouns", "plural_pronouns", "anaphoric_pronouns", "dummy_pronouns"),
        *("wh_words", "wh_relatives", "copula_lemmas", "need_lemmas", "got_lemmas", "have_lemmas"),
        *("obligation_modals", "inverting_modals", "negators", "basic_speech_lemmas"),
        *("genitive_prepositions", "comitative_prepositions", "setting_prepositions"),
        *("benefactive_prepositions", "dependence_prepositions", "without_prepositions"),
        *("role_prepositions", "approximators", "non_finite_marks", "declarative_complementizers"),
        *("temporal_subordinators", "additive_conjunctions", "clause_lead_words", "name_conjunctions"),
        *("supposition_verbs", "future_modals", "definite_articles", "narrator_pronouns"),
        *("complementizers", "coordinators", "articles", "first_person", "person_pronouns"),
    ]
    words = {w.lower() for name in classes for w in ENGLISH.tables()[name] if w.isalpha()}  # type: ignore[attr-defined]
    rule_names = {"without", "stated", "continued"}
    found = []
    for p in sorted((PKG / "extractors").glob("*.py")):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docs = {
            id(n.body[0].value)
            for n in ast.walk(tree)
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef))
            and n.body
            and isinstance(n.body[0], ast.Expr)
            and isinstance(n.body[0].value, ast.Constant)
        }
        for n in ast.walk(tree):
            if (
                isinstance(n, ast.Constant)
                and isinstance(n.value, str)
                and id(n) not in docs
                and n.value.lower() in words - rule_names
            ):
                found.append(f"{p.name}:{n.lineno} {n.value!r}")
    assert found == []


def test_a_language_pack_written_before_the_newer_cue_tables_still_builds() -> None:
    # the cue tables added later have empty defaults: an older pack leaves them out
    from quotekit.lang._base import CueWords

    later = {"clause_object_verbs", "infinitive_not_speech_verbs", "speaking_manner_nouns"}
    older = {f.name: getattr(ENGLISH.cues, f.name) for f in attrs.fields(CueWords) if f.name not in later}
    cues = CueWords(**older)
    assert all(getattr(cues, name) == frozenset() for name in later)
    assert all(getattr(ENGLISH.cues, name) for name in later)

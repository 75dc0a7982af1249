"""Provenance: every quote records the rule that found it, the rule that found its
speaker mention and how the mention was tied to its speaker; rules switch off by
name; a chain whose stages read a field before any stage writes it is refused."""

from __future__ import annotations

import io

import pytest
from conftest import model_pipeline, run_model

import quotekit
from quotekit import Pipeline, PipelineConfigError
from quotekit.cli import main
from quotekit.extractors import Attributor, Candidates, Conditions, Speakers
from quotekit.pipeline import check_order
from quotekit.render import to_html

# invented sentences
TEXT = (
    "“We will not sign this deal,” the minister said on Monday.\n\n"
    "Jo Park, the mayor, said the city would cut taxes next year. "
    "She added that the budget was safe."
)


@pytest.mark.model
def test_every_quote_names_its_rules() -> None:
    art = run_model(TEXT)
    assert art.quotes
    quote_rules = Candidates.rule_docs()
    mention_rules = Attributor.rule_docs()
    link_rules = Speakers.rule_docs()
    for q in art.quotes:
        assert q.rule is not None
        assert q.rule.removesuffix("+edge_model") in quote_rules
        if q.speaker_mention is not None:
            assert q.mention_rule in mention_rules
        if q.speaker is not None:
            assert q.speaker_rule in link_rules
    direct = next(q for q in art.quotes if q.kind is quotekit.QuoteKind.DIRECT)
    assert (direct.rule, direct.mention_rule) == ("quotation_marks", "subject")
    added = next(q for q in art.quotes if q.content.text.startswith("the budget"))
    assert added.speaker is not None
    assert added.speaker.name == "Jo Park"
    assert added.speaker_rule == "pronoun"


@pytest.mark.model
def test_provenance_survives_json_and_shows_on_hover() -> None:
    art = run_model(TEXT)
    back = quotekit.from_json(quotekit.to_json(art))
    assert [(q.rule, q.mention_rule, q.speaker_rule) for q in back.quotes] == [
        (q.rule, q.mention_rule, q.speaker_rule) for q in art.quotes
    ]
    page = to_html(art)
    assert 'title="q1 direct, found by rule quotation_marks' in page
    assert "found by rule subject" in page


def test_older_json_without_provenance_still_reads() -> None:
    old = {
        "schema_version": "1.2",
        "text": "“Hi there, all,” she said.",
        "quotes": [
            {
                "id": "q1",
                "kind": "direct",
                "content": {"start": 1, "end": 15, "text": "Hi there, all,"},
                "speaker": None,
                "speaker_mention": None,
                "cue": None,
                "addressee": None,
                "speaker_confidence": None,
                "conditions": [],
                "extras": {},
            }
        ],
        "speakers": [],
        "conditions": [],
        "warnings": [],
    }
    (q,) = quotekit.from_dict(old).quotes
    assert (q.rule, q.mention_rule, q.speaker_rule) == (None, None, None)


@pytest.mark.model
def test_a_disabled_speaker_rule_hands_the_cue_to_the_next() -> None:
    text = "“We will not sign this deal,” the minister said on Monday."
    (q,) = model_pipeline()(text).quotes
    assert q.mention_rule == "subject"
    (off,) = Pipeline(disable_rules={"attribution.subject"})(text).quotes
    assert off.mention_rule != "subject"


@pytest.mark.model
def test_a_disabled_quote_rule_finds_nothing_by_it() -> None:
    text = "Jo Park said the city would cut taxes next year."
    rules = {q.rule for q in run_model(text).quotes}
    assert rules & {"surface_clause", "complement_clause", "surface_clause+edge_model"}
    off = Pipeline(disable_rules={"surface_clause", "complement_clause"})(text)
    assert not any(q.rule and "clause" in q.rule for q in off.quotes)


@pytest.mark.model
def test_the_cue_sieve_is_one_decision_switched_off_in_every_stage() -> None:
    text = "Jo Park said the city would cut taxes next year."
    assert any(q.cue is not None and q.cue.text == "said" for q in run_model(text).quotes)
    pipe = Pipeline(disable_rules={"cue.reporting_verb"})
    stages = {e.name: e for e in pipe.extractors}
    for name in ("candidates", "attribution", "conditions"):
        assert stages[name].cue_disabled == frozenset({"reporting_verb"})  # type: ignore[attr-defined]
    assert not any(q.cue is not None and q.cue.text == "said" for q in pipe(text).quotes)


def test_an_unknown_cue_rule_is_refused_with_the_sieve_listed() -> None:
    with pytest.raises(
        PipelineConfigError, match=r"cue rule\(s\) nothing; the cue sieve's rules are: .*not_a_verb"
    ):
        Pipeline(disable_rules={"cue.nothing"})
    with pytest.raises(PipelineConfigError, match=r"cue\.not_a_verb"):
        Pipeline(disable_rules={"nothing"})
    # a bare cue rule name that no stage has is the sieve's
    first = Pipeline(disable_rules={"not_a_verb"}).extractors[0]
    assert first.cue_disabled == {"not_a_verb"}  # type: ignore[attr-defined]


def test_a_rule_name_two_stages_share_must_be_qualified() -> None:
    assert "inverted" in Attributor.rule_docs()
    assert "inverted" in Conditions.rule_docs()
    with pytest.raises(PipelineConfigError, match=r"attribution\.inverted"):
        Pipeline(disable_rules={"inverted"})
    Pipeline(disable_rules={"conditions.inverted", "attribution.inverted"})


def test_a_stage_that_reads_before_the_writer_is_refused() -> None:
    p = Pipeline(["candidates", "attribution", "speakers"])
    with pytest.raises(
        PipelineConfigError, match="'conditions' reads speaker, which 'speakers' writes only after"
    ):
        p.add("conditions", before="speakers")
    assert p.names == ["candidates", "attribution", "speakers"]
    with pytest.raises(PipelineConfigError, match="'speakers' reads speaker_mention, which no stage"):
        Pipeline(["candidates", "speakers"])
    with pytest.raises(PipelineConfigError, match="'attribution' reads content"):
        Pipeline(["attribution", "candidates"])
    # without the speakers stage, conditions work (no holder): not an order error
    Pipeline(["candidates", "attribution", "conditions"])


def test_a_plugin_that_declares_nothing_never_fails_the_order() -> None:
    class Own:
        name = "own"
        requires = frozenset[str]()

        def __call__(self, doc: object, quotes: tuple[quotekit.Quote, ...]) -> tuple[quotekit.Quote, ...]:
            return quotes

    check_order([Own(), Speakers(), Conditions()])
    with pytest.raises(PipelineConfigError):
        check_order([Candidates(), Speakers(), Own()])


def test_rules_command_lists_every_stage_with_reads_and_writes() -> None:
    out = io.StringIO()
    assert main(["rules"], out=out) == 0
    text = out.getvalue()
    for name in ("quotation_marks", "complement_clause", "shared_subject", "governor", "pronoun", "clauses"):
        assert name in text
    assert "not yet named units" not in text
    assert text.index("cue.reporting_verb") < text.index("cue.not_a_verb") < text.index("candidates")
    assert "writes: conditions" in text
    assert text.index("transcript_label") < text.index("titled_name") < text.index("continuation")


@pytest.mark.model
def test_tables_carry_the_provenance() -> None:
    art = run_model(TEXT)
    rows = quotekit.quote_rows(art)
    assert [(r["rule"], r["mention_rule"], r["speaker_rule"]) for r in rows] == [
        (q.rule, q.mention_rule, q.speaker_rule) for q in art.quotes
    ]
    assert [r["speaker_confidence"] for r in rows] == [q.speaker_confidence for q in art.quotes]

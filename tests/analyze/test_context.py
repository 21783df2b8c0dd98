"""Coreference, opinion, dates and places, and the pipeline's plumbing."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.analyze.conftest import GAZETTEER, Run, all_claims, triples

from pactwatch.analyze import ANALYZER, analyze, load_pipeline
from pactwatch.analyze.lexicons import relation_lexicon
from pactwatch.model import AnalyzeError, Document, DocumentKind


def test_the_group_resolves_to_the_last_group(run: Run) -> None:
    text = "The Haqqani Network operates from Pakistan. The group attacked Kabul last week."
    analyzed = run(text)
    claim = next(c for c in all_claims(analyzed) if str(c.relation) == "ASSAULT")
    assert claim.subject.mention == "Haqqani Network"
    assert text[claim.subject.start:claim.subject.end] == "Haqqani Network"


@pytest.mark.parametrize("description", ["the alliance", "the guerrillas", "the separatists"])
def test_a_description_of_a_group_refers_back_inside_a_between_phrase(
    run: Run, description: str
) -> None:
    text = ("Hezbollah fired rockets at the Israeli army in the spring. "
            f"Qatar later brokered talks between {description} and Israel.")
    found = {(subject, relation, target) for subject, relation, target, *_ in triples(run(text))}
    assert ("Hezbollah", "CONSULT", "Israel") in found
    assert ("Qatar", "CONSULT", "Hezbollah") in found


@pytest.fixture(scope="module")
def nlp_knowing_armies() -> Language:
    """A registry that names a rebel army and a state's army, and knows which is a state."""
    return load_pipeline(gazetteer=[*GAZETTEER, "Karenni Liberation Army", "Mali Army", "Mali"],
                         states=["Mali"])


def _resolved(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, coref[3]) for span, coref
            in zip(doc.spans["pw_anaphors"], doc._.pw_coref, strict=True)]


def test_the_group_may_mean_a_rebel_army(nlp_knowing_armies: Language) -> None:
    text = ("The Karenni Liberation Army shelled a bridge near Loikaw in May. "
            "The group later seized a border town.")
    assert ("The group", "Karenni Liberation Army") in _resolved(nlp_knowing_armies, text)


def test_the_group_passes_over_a_states_army(nlp_knowing_armies: Language) -> None:
    text = ("Hamas fired rockets in May. The Mali Army then closed the roads. "
            "The group later seized a border town.")
    assert ("The group", "Mali Army") not in _resolved(nlp_knowing_armies, text)


def test_it_resolves_to_an_organisation(run: Run) -> None:
    found = triples(run("Hezbollah held a rally in Beirut. It later attacked Israel."))
    assert ("Hezbollah", "ASSAULT", "Israel", "affirmed", "asserted") in found


def test_a_possessive_is_not_the_actor_its_clause_names_again(run: Run) -> None:
    text = ("The Taliban fought al-Shabaab, a rival of Hamas in Lebanon. "
            "Its bombings targeted Taliban officials.")
    found = triples(run(text))
    assert ("al-Shabaab", "ASSAULT", "Taliban officials", "affirmed", "asserted") in found
    assert not any(subject == "Taliban" and obj == "Taliban officials"
                   for subject, _, obj, *_ in found)


def test_opinion_of_the_writer(run: Run) -> None:
    analyzed = run(
        "The Taliban signed the deal. This is a shameful and worthless betrayal! "
        "What incentive do they have to keep their word?",
        kind="opinion",
    )
    assert [s.opinion for s in analyzed.sentences] == [False, True, True]


def test_quoted_evaluation_is_not_opinion(run: Run) -> None:
    analyzed = run(
        'The minister said the deal was a shameful and worthless betrayal. '
        '"This is a terrible, foolish deal," he told reporters.',
        kind="opinion",
    )
    assert not any(s.opinion for s in analyzed.sentences)


def test_monitoring_reports_need_more_evidence_of_opinion(run: Run) -> None:
    assert run("The attacks were significant.", kind="opinion").sentences[0].opinion
    # A report's own evaluation is the issuing body's opinion (guideline conventions), so
    # the report's kind alone does not clear an evaluative sentence; its measured findings
    # are no opinion.
    finding = "Attacks rose by 37 percent during the quarter, the report found."
    assert not run(finding, kind="monitoring_report").sentences[0].opinion


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Hamas attacked Israel on 7 October 2023.", "2023-10-07"),
        ("Hamas attacked Israel in March.", "2020-03"),
        ("Hamas attacked Israel yesterday.", "2020-06-02"),
        ("Hamas attacked Israel.", "2020-06-03"),
    ],
)
def test_claim_dates(run: Run, text: str, date: str) -> None:
    claim = all_claims(run(text, date="2020-06-03"))[0]
    assert claim.date == date


def test_place_attached_to_the_trigger(run: Run) -> None:
    claim = all_claims(run("The Taliban met with al-Qaeda in Doha."))[0]
    assert claim.place == "Doha"


def test_sentences_and_analyzer(run: Run) -> None:
    text = "Hamas attacked Israel.  Israel struck Gaza."
    analyzed = run(text)
    assert analyzed.analyzer == ANALYZER
    assert [text[s.start:s.end] for s in analyzed.sentences] == [s.text for s in analyzed.sentences]
    assert len(analyzed.sentences) == 2


def test_two_processes_give_the_same_claims(nlp, run: Run) -> None:  # type: ignore[no-untyped-def]
    texts = ["Iran supplied weapons to the Houthis.", "The Taliban met with al-Qaeda in Doha."]
    documents = [Document(id=str(i), name=str(i), text=t, kind=DocumentKind.NEWS)
                 for i, t in enumerate(texts)]
    parallel = list(analyze(documents, nlp=nlp, n_process=2, batch_size=1))
    assert [triples(a) for a in parallel] == [triples(run(t)) for t in texts]


def test_pipeline_without_components_is_refused() -> None:
    import spacy

    with pytest.raises(AnalyzeError, match="load_pipeline"):
        list(analyze([Document(id="x", name="x", text="x")], nlp=spacy.blank("en")))


def test_bad_lexicon_names_file_key_and_choices(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "relations.yaml"
    path.write_text("verbs:\n  attack: {relation: SMASH}\n", encoding="utf-8")
    with pytest.raises(AnalyzeError) as error:
        relation_lexicon(path)
    message = str(error.value)
    assert str(path) in message and "verbs.attack.relation" in message
    assert "SMASH" in message and "ASSAULT" in message


def test_three_word_description_refers_back(run: Run) -> None:
    found = triples(run("The Wagner Group expanded its operations. Mali accused the leader "
                        "of the mercenary force of helping to push out the "
                        "peacekeepers."))
    assert any(r == "ACCUSE" and o == "Wagner Group" for _, r, o, *_ in found)

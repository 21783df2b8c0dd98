"""The scorer on tiny gold rows written for these tests, with predictions built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pactwatch.model import (
    ActorRef,
    AnalyzedDocument,
    Claim,
    Document,
    Modality,
    Polarity,
    Relation,
    Sentence,
    Source,
    SourceKind,
)
from pactwatch.present.eval_context import DocumentFolderError, load_documents
from pactwatch.present.evaluate import (
    GoldFileError,
    actor_matches,
    evaluate,
    format_report,
    load_gold,
)

TALIBAN = ["Taliban", "Islamic Emirate"]
AQ = ["al-Qaeda", "al-Qaida", "AQ"]
TEXT = "The Taliban met al-Qaeda, the U.N. report said. This deal is a worthless scrap of paper."


def gold_row(claims: list[dict] | None = None, opinion: list[str] | None = None) -> dict:
    return {
        "id": "p1", "text": TEXT, "date": "2020-06-01", "kind": "opinion",
        "claims": claims if claims is not None else [{
            "subject": TALIBAN, "relation": "CONSULT", "object": AQ, "polarity": "affirmed",
            "modality": "asserted", "source": ["U.N. report", "UN Monitoring Team"],
        }],
        "opinion": opinion if opinion is not None else ["This deal is a worthless scrap of paper."],
    }


def consult(subject: str = "the Taliban", obj: str | None = "al-Qaeda", *,
            source: Source | None = None, modality: Modality = Modality.ASSERTED) -> Claim:
    return Claim(
        subject=ActorRef(mention=subject), relation=Relation.CONSULT,
        object=ActorRef(mention=obj) if obj else None, modality=modality,
        source=source or Source(SourceKind.DOCUMENT, "the U.N. report"),
    )


def predictor(claims: list[Claim], opinion: bool = True):  # type: ignore[no-untyped-def]
    def predict(documents: list[Document]) -> list[AnalyzedDocument]:
        first, second = TEXT.split(". ", 1)
        sentences = (
            Sentence(0, 0, len(first) + 1, first + ".", claims=tuple(claims)),
            Sentence(1, len(first) + 2, len(TEXT), second, opinion=opinion),
        )
        return [AnalyzedDocument(d, sentences, "test") for d in documents]

    return predict


def test_perfect_prediction_scores_one() -> None:
    report = evaluate([gold_row()], predict=predictor([consult()]))
    assert (report.claims.precision, report.claims.recall, report.claims.f1) == (1.0, 1.0, 1.0)
    assert report.source_accuracy == 1.0 and report.modality_accuracy == 1.0
    assert report.opinion.f1 == 1.0


def test_missed_claim_lowers_recall_only() -> None:
    row = gold_row(claims=[*gold_row()["claims"], {
        "subject": TALIBAN, "relation": "TIES", "object": AQ, "polarity": "affirmed",
        "modality": "asserted", "source": None,
    }])
    report = evaluate([row], predict=predictor([consult()]))
    assert report.claims.precision == 1.0 and report.claims.recall == 0.5
    assert report.relations["TIES"].fn == 1
    assert report.errors[0].missed[0]["relation"] == "TIES"


def test_symmetric_claim_in_reverse_matches() -> None:
    report = evaluate([gold_row()], predict=predictor([consult("al Qaida", "Taliban")]))
    assert report.claims.tp == 1


def test_asymmetric_claim_in_reverse_does_not_match() -> None:
    row = gold_row(claims=[{"subject": TALIBAN, "relation": "AID", "object": AQ,
                            "polarity": "affirmed", "modality": "asserted", "source": None}])
    reverse = Claim(subject=ActorRef(mention="al-Qaeda"), relation=Relation.AID,
                    object=ActorRef(mention="Taliban"))
    report = evaluate([row], predict=predictor([reverse]))
    assert report.claims.tp == 0 and report.claims.fp == 1 and report.claims.fn == 1


def test_polarity_must_match() -> None:
    negated = Claim(subject=ActorRef(mention="Taliban"), relation=Relation.CONSULT,
                    object=ActorRef(mention="al-Qaeda"), polarity=Polarity.NEGATED)
    assert evaluate([gold_row()], predict=predictor([negated])).claims.tp == 0


def test_null_object_matches_only_null() -> None:
    assert evaluate([gold_row()], predict=predictor([consult(obj=None)])).claims.tp == 0


def test_one_prediction_matches_one_gold_claim() -> None:
    row = gold_row(claims=gold_row()["claims"] * 2)
    report = evaluate([row], predict=predictor([consult()]))
    assert (report.claims.tp, report.claims.fn) == (1, 1)


def test_source_and_modality_scored_on_matched_claims() -> None:
    wrong = consult(source=Source(), modality=Modality.HEDGED)
    report = evaluate([gold_row()], predict=predictor([wrong]))
    assert report.claims.tp == 1
    assert report.source_accuracy == 0.0 and report.modality_accuracy == 0.0


def test_gold_null_source_wants_the_author() -> None:
    row = gold_row(claims=[{**gold_row()["claims"][0], "source": None}])
    assert evaluate([row], predict=predictor([consult(source=Source())])).source_accuracy == 1.0


def test_unscored_parts_are_skipped() -> None:
    row = {**gold_row(), "claims": None, "opinion": None}
    report = evaluate([row], predict=predictor([consult()]))
    assert report.claims.tp + report.claims.fp + report.claims.fn == 0
    assert report.opinion.tp + report.opinion.fp + report.opinion.fn == 0


def test_spurious_opinion_lowers_precision() -> None:
    report = evaluate([gold_row(opinion=[])], predict=predictor([consult()]))
    assert report.opinion.fp == 1 and report.opinion.precision == 0.0


@pytest.mark.parametrize(
    ("actor", "names", "expected"),
    [
        (ActorRef(mention="The Taliban"), TALIBAN, True),
        (ActorRef(mention="the members of the Security Council"), ["Security Council"], True),
        (ActorRef(mention="U.S."), ["US"], True),
        (ActorRef(mention="Talibanistan"), TALIBAN, False),
        (ActorRef(mention="the members of the Council", id="un:1", name="UN"),
         ["Security Council"], False),
        (ActorRef(mention="they", name="Taliban", id="taliban"), TALIBAN, True),
    ],
)
def test_actor_matching(actor: ActorRef, names: list[str], expected: bool) -> None:
    assert actor_matches(actor, names) is expected


def test_format_report_lists_errors_when_asked() -> None:
    report = evaluate([gold_row()], predict=predictor([consult(obj=None)]))
    text = format_report(report, errors=True)
    assert "claims:" in text and "missed: wrong object" in text and "predicted" in text
    assert "missed" not in format_report(report)
    assert json.loads(json.dumps(report.to_json()))["error_classes"] == {
        "missed: wrong object": 1}


def causes(row: dict, claims: list[Claim], opinion: bool = True) -> dict[str, int]:
    return dict(evaluate([row], predict=predictor(claims, opinion)).error_counts())


def test_error_classes_of_near_misses() -> None:
    negated = Claim(subject=ActorRef(mention="Taliban"), relation=Relation.CONSULT,
                    object=ActorRef(mention="al-Qaeda"), polarity=Polarity.NEGATED)
    assert causes(gold_row(), [negated]) == {"missed: wrong polarity": 1}
    aid = [{"subject": TALIBAN, "relation": "AID", "object": AQ, "polarity": "affirmed",
            "modality": "asserted", "source": None}]
    reverse = Claim(subject=ActorRef(mention="al-Qaeda"), relation=Relation.AID,
                    object=ActorRef(mention="Taliban"))
    assert causes(gold_row(claims=aid), [reverse]) == {"missed: wrong direction": 1}
    assert causes(gold_row(), [Claim(subject=ActorRef(mention="Taliban"), relation=Relation.TIES,
                                     object=ActorRef(mention="AQ"))]) == {
        "missed: wrong relation": 1}


def test_error_classes_of_unexplained_misses() -> None:
    unnamed = [{"subject": ["Haqqani Network"], "relation": "CONSULT", "object": AQ,
                "polarity": "affirmed", "modality": "asserted", "source": None}]
    assert causes(gold_row(claims=unnamed), []) == {
        "missed: coreference (actor not named in the passage)": 1}
    assert causes(gold_row(), []) == {
        "missed: no trigger (relation never predicted in the passage)": 1}
    elsewhere = [Claim(subject=ActorRef(mention="Taliban"), relation=Relation.CONSULT,
                       object=ActorRef(mention="Hamas"), polarity=Polarity.NEGATED)]
    assert causes(gold_row(), elsewhere) == {
        "missed: actor not found (relation predicted, actor in no claim)": 1,
        "spurious: actor not in the gold claims": 1}
    elsewhere = [Claim(subject=ActorRef(mention="Taliban"), relation=Relation.ASSAULT,
                       object=ActorRef(mention="Hamas")),
                 Claim(subject=ActorRef(mention="Hamas"), relation=Relation.ASSAULT,
                       object=ActorRef(mention="al-Qaeda"))]
    assert causes(gold_row(), elsewhere) == {
        "missed: no trigger (relation never predicted in the passage)": 1,
        "spurious: actor not in the gold claims": 2}


def test_error_classes_of_spurious_claims_and_qualifiers() -> None:
    stranger = Claim(subject=ActorRef(mention="Hamas"), relation=Relation.ASSAULT)
    assert causes(gold_row(), [consult(), stranger]) == {
        "spurious: actor not in the gold claims": 1}
    assert causes(gold_row(claims=[]), [stranger]) == {"spurious: passage has no gold claim": 1}
    assert causes(gold_row(), [consult(), consult(modality=Modality.HEDGED)]) == {
        "spurious: duplicate of a matched claim": 1}
    wrong = consult(source=Source(), modality=Modality.FUTURE)
    assert causes(gold_row(), [wrong]) == {
        "attribution: source missing (writer's voice predicted)": 1,
        "modality: asserted predicted future": 1}


def test_error_classes_of_opinion() -> None:
    assert causes(gold_row(), [consult()], opinion=False) == {"opinion: missed sentence": 1}
    assert causes(gold_row(opinion=[]), [consult()]) == {"opinion: spurious sentence": 1}


def test_unannotated_claims_are_reported_as_not_scored() -> None:
    row = {**gold_row(), "claims": None}
    report = evaluate([row], predict=predictor([consult()]))
    text = format_report(report, errors=True)
    assert "claims:   not scored" in text and "source accuracy" not in text
    assert "opinion:  P 1.000" in text


def test_load_gold_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_row()) + "\n{broken\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match=r"gold.jsonl:2"):
        load_gold(path)


def test_load_gold_rejects_unknown_relation(tmp_path: Path) -> None:
    row = gold_row(claims=[{**gold_row()["claims"][0], "relation": "HUG"}])
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="HUG"):
        load_gold(path)


SHARED = Path("/work/shared/eval/seed.jsonl")


@pytest.mark.skipif(not SHARED.exists(), reason="shared evaluation data not present")
def test_shared_gold_file_loads() -> None:
    rows = load_gold(SHARED)
    assert rows and all("text" in row for row in rows)


def test_a_claim_recorded_twice_meets_the_prediction_with_its_qualifiers() -> None:
    promised = {**gold_row()["claims"][0], "modality": "future", "source": None}
    done = gold_row()["claims"][0]
    row = gold_row(claims=[promised, done])
    report = evaluate([row], predict=predictor([consult(), consult(
        source=Source(), modality=Modality.FUTURE)]))
    assert report.claims.tp == 2
    assert report.source_accuracy == 1.0 and report.modality_accuracy == 1.0


def test_a_passage_is_scored_inside_its_whole_document() -> None:
    """With its document at hand the passage is analyzed there, once for all its passages,
    and scored on its own sentences only: the earlier sentence's claim is not counted."""
    before = "The envoy met the Taliban in Doha. "
    document = {"id": "07", "text": before + TEXT + " More talks follow."}
    seen: list[Document] = []

    def predict(documents: list[Document]) -> list[AnalyzedDocument]:
        seen.extend(documents)
        text = documents[0].text
        spans = [(0, len(before) - 1), (len(before), len(before) + TEXT.index(". ") + 1),
                 (len(before) + TEXT.index(". ") + 2, len(before) + len(TEXT))]
        claims = ([consult("the envoy", "the Taliban")], [consult()], [])
        sentences = tuple(Sentence(n, a, b, text[a:b], claims=tuple(c), opinion=n == 2)
                          for n, ((a, b), c) in enumerate(zip(spans, claims, strict=True)))
        return [AnalyzedDocument(documents[0], sentences, "test")]

    rows = [{**gold_row(), "doc": "07"}, {**gold_row(), "id": "p2", "doc": "07"}]
    report = evaluate(rows, predict=predict, documents={"07": document})
    assert [d.text for d in seen] == [document["text"]]
    assert (report.claims.tp, report.claims.fp, report.opinion.tp) == (2, 0, 2)


def test_a_passage_not_found_in_its_document_is_analyzed_alone() -> None:
    seen: list[Document] = []

    def predict(documents: list[Document]) -> list[AnalyzedDocument]:
        seen.extend(documents)
        return predictor([consult()])(documents)

    row = {**gold_row(), "doc": "07"}
    report = evaluate([row], predict=predict, documents={"07": {"text": "Something else."}})
    assert [d.text for d in seen] == [TEXT] and report.claims.f1 == 1.0


def test_a_documents_folder_names_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "01.json").write_text('{"id": "01", "text": "Fine."}', encoding="utf-8")
    (tmp_path / "02.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DocumentFolderError, match=r"02\.json"):
        load_documents(tmp_path)
    (tmp_path / "02.json").unlink()
    assert load_documents(tmp_path) == {"01": {"id": "01", "text": "Fine."}}


def test_a_gold_opinion_sentence_split_in_two_is_one_hit() -> None:
    whole = "This deal is a worthless scrap of paper; it will not survive the winter."
    row = {**gold_row(claims=[], opinion=[whole]), "text": whole}

    def predict(documents: list[Document]) -> list[AnalyzedDocument]:
        first, second = whole.split("; ")
        sentences = (Sentence(0, 0, len(first) + 1, first + ";", opinion=True),
                     Sentence(1, len(first) + 2, len(whole), second, opinion=True))
        return [AnalyzedDocument(d, sentences, "test") for d in documents]

    report = evaluate([row], predict=predict)
    assert (report.opinion.tp, report.opinion.fp, report.opinion.fn) == (1, 0, 0)


def test_a_predicted_sentence_spanning_two_gold_sentences_hits_both() -> None:
    row = gold_row(claims=[], opinion=TEXT.split(". ", 1))

    def predict(documents: list[Document]) -> list[AnalyzedDocument]:
        return [AnalyzedDocument(d, (Sentence(0, 0, len(TEXT), TEXT, opinion=True),), "test")
                for d in documents]

    report = evaluate([row], predict=predict)
    assert (report.opinion.tp, report.opinion.fp, report.opinion.fn) == (2, 0, 0)

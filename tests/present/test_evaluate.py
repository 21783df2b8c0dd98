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
    assert "claims:" in text and "missed" in text and "spurious" in text
    assert "missed" not in format_report(report)
    assert json.dumps(report.to_json())


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

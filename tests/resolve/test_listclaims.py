"""TIES claims sourced to the list itself, from the entries' narratives."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.model import (
    Actor,
    AnalyzedDocument,
    Claim,
    DocumentKind,
    Polarity,
    Relation,
    SourceKind,
)
from pactwatch.resolve.watchlists import import_watchlist_file

FIXTURES = Path(__file__).parent / "fixtures"
UN_OUTLET = "UN Security Council Consolidated List"


def by_name(documents: tuple[AnalyzedDocument, ...]) -> dict[str, AnalyzedDocument]:
    return {doc.document.name: doc for doc in documents}


def claims_of(doc: AnalyzedDocument) -> list[Claim]:
    return [claim for sentence in doc.sentences for claim in sentence.claims]


@pytest.fixture(scope="module")
def listed(registry: list[Actor]) -> dict[str, AnalyzedDocument]:
    imported = import_watchlist_file(FIXTURES / "un_snapshot_2021.xml", registry=registry)
    return by_name(imported.documents)


def test_one_watchlist_document_per_entry_that_names_others(
    listed: dict[str, AnalyzedDocument],
) -> None:
    assert sorted(listed) == ["UN list XXe.901", "UN list XXi.902", "UN list XXi.903"]
    front = listed["UN list XXe.901"].document
    assert front.kind is DocumentKind.WATCHLIST
    assert front.outlet == UN_OUTLET
    assert front.date == "2019-06-30"  # the listing date
    # only the sentence with links: not "Armed group formed in 2012."
    assert front.text == (
        "Associated with Al-Qaida (QDe.004) and with the Northern Hills Brigade (XXe.999)."
    )


def test_each_link_is_a_ties_claim_sourced_to_the_list(
    listed: dict[str, AnalyzedDocument],
) -> None:
    doc = listed["UN list XXe.901"]
    claims = claims_of(doc)
    assert [(c.subject.id, c.relation, c.object.id if c.object else None) for c in claims] == [
        ("un:XXe.901", Relation.TIES, "al-qaeda"),  # the registry holds QDe.004
        ("un:XXe.901", Relation.TIES, "un:XXe.999"),  # not on this list: its list id
    ]
    for claim in claims:
        assert claim.source.kind is SourceKind.DOCUMENT
        assert claim.source.name == UN_OUTLET
        assert claim.polarity is Polarity.AFFIRMED
        assert claim.confidence >= 0.9
        assert claim.subject.mention == "Rivervale Liberation Front"
    qaeda = claims[0].object
    assert qaeda is not None and qaeda.name == "al-Qaeda"
    assert doc.document.text[qaeda.start : qaeda.end] == qaeda.mention == "QDe.004"
    assert claims[0].trigger == "Associated with"


def test_sentences_are_offsets_into_the_document(listed: dict[str, AnalyzedDocument]) -> None:
    doc = listed["UN list XXi.902"]
    assert [s.text for s in doc.sentences] == [
        "Leader of Rivervale Liberation Front (XXe.901) since Feb. 2014.",
        "Brother of Omar Volkovich (XXi.903).",
    ]
    for sentence in doc.sentences:
        assert doc.document.text[sentence.start : sentence.end] == sentence.text
    triggers = [claim.trigger for claim in claims_of(doc)]
    assert triggers == ["Leader of", "Brother of"]
    assert claims_of(doc)[1].object is not None
    assert claims_of(doc)[1].object.label == "PERSON"


def test_without_a_registry_every_actor_keeps_its_list_id() -> None:
    imported = import_watchlist_file(FIXTURES / "un_snapshot_2021.xml")
    claims = claims_of(by_name(imported.documents)["UN list XXe.901"])
    assert claims[0].object is not None
    assert claims[0].object.id == "un:QDe.004"
    assert imported.links == 6  # XXi.902: 2, XXi.903: 2, XXe.901: 2

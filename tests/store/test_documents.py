"""Documents and analyses: dedup, pending work, round trips and idempotent re-saving."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import event
from sqlalchemy.engine import Engine

from pactwatch.model import AnalyzedDocument, Claim, Relation
from pactwatch.store import Store

from .builders import analysis, document, report


def test_a_document_is_stored_once_by_content_id(store: Store) -> None:
    doc = report()
    assert store.add_document(doc) is True
    assert store.add_document(replace(doc, name="copy-of-report.txt")) is False
    assert store.documents() == [doc]
    assert store.stats()["documents"] == 1


def test_documents_round_trip_with_metadata(store: Store) -> None:
    plain, full = document("A short note."), report()
    store.add_document(plain)
    store.add_document(full)
    assert sorted(store.documents(), key=lambda d: d.name) == [full, plain]


def test_pending_lists_unanalyzed_and_other_analyzer_versions(store: Store) -> None:
    first, second = report(), document("Another note.", name="b.txt")
    store.add_document(first)
    store.add_document(second)
    assert {d.id for d in store.pending()} == {first.id, second.id}

    store.save_analysis(analysis(first, analyzer="claims.v1"))
    assert store.pending() == [second]
    assert store.pending(analyzer="claims.v1") == [second]
    assert {d.id for d in store.pending(analyzer="claims.v2")} == {first.id, second.id}


def test_claims_round_trip_with_document_and_sentence(store: Store) -> None:
    analyzed = analysis()
    store.save_analysis(analyzed)

    stored = list(store.claims())

    expected = [
        (sentence, claim)
        for sentence in analyzed.sentences
        for claim in dict.fromkeys(sentence.claims)  # the repeated denial is one fact
    ]
    assert [(s.claim, s.sentence.index) for s in stored] == [(c, s.index) for s, c in expected]
    for item, (sentence, _) in zip(stored, expected, strict=True):
        assert item.document == analyzed.document
        assert item.sentence == replace(sentence, claims=tuple(dict.fromkeys(sentence.claims)))
    assert len({s.id for s in stored}) == len(stored)
    assert store.stats() == {
        "documents": 1,
        "analyzed": 1,
        "sentences": 3,
        "claims": 2,
        "actors": 0,
        "list_snapshots": 0,
        "agreements": 0,
        "verdicts": 0,
    }


def test_saving_an_analysis_twice_leaves_the_same_rows(store: Store) -> None:
    store.save_analysis(analysis())
    first_ids = [c.id for c in store.claims()]
    first_stats = store.stats()

    store.save_analysis(analysis())

    assert [c.id for c in store.claims()] == first_ids
    assert store.stats() == first_stats


def test_a_new_analysis_replaces_the_old_one(store: Store) -> None:
    analyzed = analysis()
    store.save_analysis(analyzed)
    met = analyzed.sentences[0].claims[0]
    retreat = Claim(subject=met.subject, relation=Relation.RETREAT, confidence=0.6)
    shorter = replace(
        analyzed,
        sentences=(replace(analyzed.sentences[0], claims=(retreat,)),),
        analyzer="claims.v2",
    )

    store.save_analysis(shorter)

    assert [c.claim for c in store.claims()] == [retreat]
    assert store.stats()["sentences"] == 1
    assert store.pending(analyzer="claims.v2") == []


def test_claims_of_several_documents_come_with_their_own_document(store: Store) -> None:
    one = analysis()
    other_doc = replace(report(), id="other", name="other.txt")
    store.save_analysis(one)
    store.save_analysis(analysis(other_doc))

    seen = sorted((s.document.name, s.sentence.index) for s in store.claims())
    assert seen == [(name, i) for name in ("monitoring-2020.txt", "other.txt") for i in (0, 1)]


def test_save_analysis_costs_the_same_statements_for_long_documents(store: Store) -> None:
    """Bulk writes: the number of round trips must not grow with sentences and claims."""
    short, long = analysis(), _long_analysis(sentences=40)
    assert _statements(store, short) == _statements(store, long)


def _long_analysis(sentences: int) -> AnalyzedDocument:
    base = analysis()
    text = " ".join(f"Sentence {i} says the Taliban met al-Qaeda." for i in range(sentences))
    doc = replace(base.document, id="long", name="long.txt", text=text)
    claim = base.sentences[0].claims[0]
    rows = []
    for i in range(sentences):
        start = text.index(f"Sentence {i} ")
        end = text.index(".", start) + 1
        subject = replace(claim.subject, start=start + 16, end=start + 23)
        rows.append(
            replace(
                base.sentences[0],
                index=i,
                start=start,
                end=end,
                text=text[start:end],
                claims=(replace(claim, subject=subject),),
            )
        )
    return replace(base, document=doc, sentences=tuple(rows))


def _statements(store: Store, analyzed: AnalyzedDocument) -> int:
    count = 0

    def counter(*_: object) -> None:
        nonlocal count
        count += 1

    event.listen(Engine, "before_cursor_execute", counter)
    try:
        store.save_analysis(analyzed)
    finally:
        event.remove(Engine, "before_cursor_execute", counter)
    return count

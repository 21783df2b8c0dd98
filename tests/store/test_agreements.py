"""Agreements, commitments and verdicts with their evidence, as stored and read back."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pactwatch.model import StoreError
from pactwatch.store import Store

from .builders import agreement, analysis, verdicts


def _saved_claims(store: Store) -> list:
    store.save_analysis(analysis())
    return list(store.claims())


def test_verdicts_round_trip_as_json(store: Store) -> None:
    store.save_agreement(agreement())
    given = verdicts(_saved_claims(store))

    store.save_verdicts("example-2020", given)

    stored = store.verdicts("example-2020")
    assert len(stored) == 2
    for row, verdict in zip(stored, given, strict=True):
        assert row["agreement"] == "example-2020"
        assert dt.datetime.fromisoformat(row["created_at"]).tzinfo is not None
        expected = verdict.to_json()
        for item, evidence in zip(expected["evidence"], verdict.evidence, strict=True):
            item["claim_id"] = evidence.stored.id
        assert {k: v for k, v in row.items() if k not in ("agreement", "created_at")} == expected
    assert stored[0]["algorithm"] == "weights.v1"
    assert stored[1]["algorithm"] == "weights.v2"
    assert store.stats()["verdicts"] == 2


def test_saving_verdicts_again_replaces_them_and_their_evidence(store: Store) -> None:
    store.save_agreement(agreement())
    claims = _saved_claims(store)
    store.save_verdicts("example-2020", verdicts(claims))
    fewer = [replace(verdicts(claims[:1])[0], confidence=0.5)]

    store.save_verdicts("example-2020", fewer)

    [only] = store.verdicts("example-2020")
    assert only["confidence"] == 0.5
    assert [e["claim_id"] for e in only["evidence"]] == [claims[0].id]


def test_verdicts_outlive_a_new_analysis_of_their_documents(store: Store) -> None:
    store.save_agreement(agreement())
    store.save_verdicts("example-2020", verdicts(_saved_claims(store)))
    before = store.verdicts("example-2020")

    store.save_analysis(replace(analysis(), sentences=()))

    assert store.stats()["claims"] == 0
    assert store.verdicts("example-2020") == before


def test_saving_an_agreement_again_upserts_it(store: Store) -> None:
    store.save_agreement(agreement())
    store.save_verdicts("example-2020", verdicts(_saved_claims(store)))

    store.save_agreement(agreement(commitments=("withdraw",)))

    assert store.stats()["agreements"] == 1
    assert [v["commitment"] for v in store.verdicts("example-2020")] == ["withdraw"]


def test_verdicts_need_a_saved_agreement(store: Store) -> None:
    with pytest.raises(StoreError, match=r"'example-2020' is not in the store.*save_agreement"):
        store.save_verdicts("example-2020", verdicts([]))


def test_a_verdict_on_an_unknown_commitment_names_the_known_ones(store: Store) -> None:
    store.save_agreement(agreement(commitments=("withdraw",)))
    with pytest.raises(StoreError, match=r"'no-safe-haven'.*its commitments: withdraw"):
        store.save_verdicts("example-2020", verdicts([]))
    assert store.verdicts("example-2020") == []


def test_two_verdicts_on_one_commitment_are_refused(store: Store) -> None:
    store.save_agreement(agreement())
    twice = verdicts([])[:1] * 2
    with pytest.raises(StoreError, match="two verdicts on commitment 'no-safe-haven'"):
        store.save_verdicts("example-2020", twice)


def test_an_unknown_agreement_has_no_verdicts(store: Store) -> None:
    assert store.verdicts("nothing-signed") == []

"""Agreements, their commitments, and the verdicts on them with the evidence behind each.

A verdict is kept as a snapshot: the evidence as it was shown (sentence, source, weight,
reasons) is stored beside the claim id, so a verdict stays explainable after its documents are
analyzed again. Removing a commitment from an agreement removes its verdicts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, delete, select

from pactwatch.model import Agreement, CommitmentVerdict, StoreError
from pactwatch.store.engine import insert
from pactwatch.store.schema import agreements, commitments, evidence, verdicts


def write_agreement(connection: Connection, agreement: Agreement, now: dt.datetime) -> None:
    """Upsert the agreement and its commitments by id."""
    statement = insert(connection, agreements)
    fields = ("title", "signed", "parties", "source", "saved_at")
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["id"], set_={f: statement.excluded[f] for f in fields}
        ),
        {
            "id": agreement.id,
            "title": agreement.title,
            "signed": agreement.signed,
            "parties": list(agreement.parties),
            "source": agreement.model_dump(mode="json", by_alias=True),
            "saved_at": now,
        },
    )
    kept = [c.id for c in agreement.commitments]
    connection.execute(
        delete(commitments).where(
            (commitments.c.agreement_id == agreement.id) & commitments.c.commitment_id.not_in(kept)
        )
    )
    statement = insert(connection, commitments)
    fields = ("position", "party", "text", "forbids", "requires", "from_date", "until_date")
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["agreement_id", "commitment_id"],
            set_={f: statement.excluded[f] for f in fields},
        ),
        [
            {
                "agreement_id": agreement.id,
                "commitment_id": c.id,
                "position": position,
                "party": c.party,
                "text": c.text,
                "forbids": [r.model_dump(mode="json", exclude_none=True) for r in c.forbids],
                "requires": [r.model_dump(mode="json", exclude_none=True) for r in c.requires],
                "from_date": c.from_,
                "until_date": c.until,
            }
            for position, c in enumerate(agreement.commitments)
        ],
    )


def write_verdicts(
    connection: Connection,
    agreement_id: str,
    given: Sequence[CommitmentVerdict],
    now: dt.datetime,
) -> None:
    """Replace the agreement's verdicts (and their evidence) with ``given``."""
    _check_commitments(connection, agreement_id, given)
    for table in (evidence, verdicts):
        connection.execute(delete(table).where(table.c.agreement_id == agreement_id))
    if not given:
        return
    connection.execute(
        verdicts.insert(),
        [
            {
                "agreement_id": agreement_id,
                "commitment_id": v.commitment,
                "position": position,
                "party": v.party,
                "verdict": str(v.verdict),
                "confidence": v.confidence,
                "algorithm": v.algorithm,
                "explanation": list(v.explanation),
                "created_at": now,
            }
            for position, v in enumerate(given)
        ],
    )
    evidence_rows = [
        {
            "agreement_id": agreement_id,
            "commitment_id": v.commitment,
            "position": position,
            "claim_id": e.stored.id,
            "stance": str(e.stance),
            "weight": e.weight,
            "reasons": list(e.reasons),
            "detail": e.to_json(),
        }
        for v in given
        for position, e in enumerate(v.evidence)
    ]
    if evidence_rows:
        connection.execute(evidence.insert(), evidence_rows)


def _check_commitments(
    connection: Connection, agreement_id: str, given: Sequence[CommitmentVerdict]
) -> None:
    known = set(
        connection.scalars(
            select(commitments.c.commitment_id).where(commitments.c.agreement_id == agreement_id)
        )
    )
    if not known:
        raise StoreError(
            f"agreement {agreement_id!r} is not in the store; save_agreement() it before "
            "saving verdicts on it"
        )
    seen: set[str] = set()
    for v in given:
        if v.commitment not in known:
            raise StoreError(
                f"verdict on commitment {v.commitment!r}, which agreement {agreement_id!r} "
                f"does not have; its commitments: {', '.join(sorted(known))}"
            )
        if v.commitment in seen:
            raise StoreError(
                f"two verdicts on commitment {v.commitment!r} of agreement {agreement_id!r}; "
                "give one verdict per commitment"
            )
        seen.add(v.commitment)


def read_verdicts(connection: Connection, agreement_id: str) -> list[dict[str, Any]]:
    """The agreement's verdicts in the order saved, shaped like ``CommitmentVerdict.to_json()``
    plus ``agreement``, ``created_at`` and each evidence item's ``claim_id``."""
    found: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(evidence)
        .where(evidence.c.agreement_id == agreement_id)
        .order_by(evidence.c.commitment_id, evidence.c.position)
    )
    for row in connection.execute(query).mappings():
        found[row["commitment_id"]].append({**row["detail"], "claim_id": row["claim_id"]})
    query = (
        select(verdicts)
        .where(verdicts.c.agreement_id == agreement_id)
        .order_by(verdicts.c.position)
    )
    return [
        {
            "agreement": agreement_id,
            "commitment": row["commitment_id"],
            "party": row["party"],
            "verdict": row["verdict"],
            "confidence": round(row["confidence"], 3),
            "evidence": found[row["commitment_id"]],
            "explanation": list(row["explanation"]),
            "algorithm": row["algorithm"],
            "created_at": _utc(row["created_at"]).isoformat(),
        }
        for row in connection.execute(query).mappings()
    ]


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite hands timestamps back without a zone; the store writes them in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

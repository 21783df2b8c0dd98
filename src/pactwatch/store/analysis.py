"""Documents and what the analyzer found in them: sentences, mentions, claims, as rows and back.

Mentions and claims get content-hash ids (document, sentence, and the record itself), so
storing the same analysis twice produces the same ids, and an identical claim repeated in one
sentence is one fact, stored once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, delete, select

from pactwatch.model import (
    ActorRef,
    AnalyzedDocument,
    Claim,
    Document,
    DocumentKind,
    Modality,
    Polarity,
    Relation,
    Sentence,
    Source,
    SourceKind,
    StoredClaim,
)
from pactwatch.store.engine import insert
from pactwatch.store.schema import claims, documents, mentions, sentences

_MENTION_FIELDS = ("mention", "name", "actor_id", "score", "label", "start_offset", "end_offset")


def content_hash(*parts: object) -> str:
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def document_row(doc: Document, now: dt.datetime) -> dict[str, Any]:
    return {
        "id": doc.id,
        "name": doc.name,
        "title": doc.title,
        "date": doc.date,
        "outlet": doc.outlet,
        "url": doc.url,
        "kind": str(doc.kind),
        "author": doc.author,
        "text": doc.text,
        "added_at": now,
    }


def document_from(row: Mapping[str, Any]) -> Document:
    return Document(
        id=row["id"],
        name=row["name"],
        text=row["text"],
        title=row["title"],
        date=row["date"],
        outlet=row["outlet"],
        url=row["url"],
        kind=DocumentKind.parse(row["kind"]),
        author=row["author"],
    )


def add_document(connection: Connection, doc: Document, now: dt.datetime) -> bool:
    """Insert unless a document with that content id is there; True when inserted."""
    statement = (
        insert(connection, documents)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(documents.c.id)
    )
    return connection.execute(statement, document_row(doc, now)).first() is not None


def write_analysis(connection: Connection, analyzed: AnalyzedDocument, now: dt.datetime) -> None:
    """Replace the document's sentences, mentions and claims with ``analyzed``'s."""
    doc = analyzed.document
    add_document(connection, doc, now)
    connection.execute(
        documents.update()
        .where(documents.c.id == doc.id)
        .values(analyzer=analyzed.analyzer, analyzed_at=now)
    )
    for table in (claims, mentions, sentences):
        connection.execute(delete(table).where(table.c.doc_id == doc.id))
    sentence_rows, mention_rows, claim_rows = _analysis_rows(analyzed)
    for table, rows in ((sentences, sentence_rows), (mentions, mention_rows), (claims, claim_rows)):
        if rows:
            connection.execute(table.insert(), rows)


def _analysis_rows(
    analyzed: AnalyzedDocument,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    doc_id = analyzed.document.id
    sentence_rows: list[dict[str, Any]] = []
    mention_rows: dict[str, dict[str, Any]] = {}
    claim_rows: dict[str, dict[str, Any]] = {}
    for sentence in analyzed.sentences:
        where = {"doc_id": doc_id, "sentence_index": sentence.index}
        sentence_rows.append(
            {
                **where,
                "start_offset": sentence.start,
                "end_offset": sentence.end,
                "text": sentence.text,
                "opinion": sentence.opinion,
            }
        )
        for claim in sentence.claims:
            claim_id = content_hash(doc_id, sentence.index, _claim_key(claim))
            if claim_id in claim_rows:
                continue
            subject = _mention_row(where, claim.subject)
            mention_rows[subject["id"]] = subject
            obj = _mention_row(where, claim.object) if claim.object else None
            if obj:
                mention_rows[obj["id"]] = obj
            claim_rows[claim_id] = {
                **where,
                "id": claim_id,
                "position": len(claim_rows),
                **_claim_columns(claim, subject["id"], obj["id"] if obj else None),
            }
    return sentence_rows, list(mention_rows.values()), list(claim_rows.values())


def _claim_columns(claim: Claim, subject_id: str, object_id: str | None) -> dict[str, Any]:
    subject, obj = claim.subject, claim.object
    return {
        "subject_mention_id": subject_id,
        "subject_actor_id": subject.id,
        "subject_name": subject.name or subject.mention,
        "relation": str(claim.relation),
        "mode": claim.mode,
        "object_mention_id": object_id,
        "object_actor_id": obj.id if obj else None,
        "object_name": (obj.name or obj.mention) if obj else None,
        "polarity": str(claim.polarity),
        "modality": str(claim.modality),
        "source_kind": str(claim.source.kind),
        "source_name": claim.source.name,
        "source_chain": list(claim.source.chain),
        "date": claim.date,
        "place": claim.place,
        "confidence": claim.confidence,
        "trigger": claim.trigger,
    }


def _claim_key(claim: Claim) -> dict[str, Any]:
    """The claim's JSON plus where its actors were written, which tells apart two claims about
    different mentions of the same actor in one sentence."""
    spans = [
        [ref.start, ref.end, ref.label] if ref else None for ref in (claim.subject, claim.object)
    ]
    return {**claim.to_json(), "confidence": claim.confidence, "spans": spans}


def _mention_row(where: dict[str, Any], ref: ActorRef) -> dict[str, Any]:
    values = (ref.mention, ref.name, ref.id, ref.score, ref.label, ref.start, ref.end)
    return {
        **where,
        "id": content_hash(where["doc_id"], where["sentence_index"], values),
        **dict(zip(_MENTION_FIELDS, values, strict=True)),
    }


def read_claims(connection: Connection) -> Iterator[StoredClaim]:
    """Every claim with its document and sentence (the sentence carrying all of its claims),
    streamed in document and sentence order."""
    subject, obj = mentions.alias("subject"), mentions.alias("object")
    columns = [
        *claims.c,
        sentences.c.start_offset.label("sentence_start"),
        sentences.c.end_offset.label("sentence_end"),
        sentences.c.text.label("sentence_text"),
        sentences.c.opinion,
        *(subject.c[f].label(f"subject__{f}") for f in _MENTION_FIELDS),
        *(obj.c[f].label(f"object__{f}") for f in _MENTION_FIELDS),
    ]
    query = (
        select(*columns)
        .join(
            sentences,
            (sentences.c.doc_id == claims.c.doc_id)
            & (sentences.c.sentence_index == claims.c.sentence_index),
        )
        .join(subject, subject.c.id == claims.c.subject_mention_id)
        .outerjoin(obj, obj.c.id == claims.c.object_mention_id)
        .order_by(claims.c.doc_id, claims.c.sentence_index, claims.c.position)
        .execution_options(yield_per=1000)
    )
    rows = connection.execute(query).mappings()
    document: Document | None = None
    for (doc_id, _), group in groupby(rows, key=lambda r: (r["doc_id"], r["sentence_index"])):
        if document is None or document.id != doc_id:
            document = _read_document(connection, doc_id)
        members = list(group)
        found = [_claim_from(row) for row in members]
        first = members[0]
        sentence = Sentence(
            index=first["sentence_index"],
            start=first["sentence_start"],
            end=first["sentence_end"],
            text=first["sentence_text"],
            opinion=first["opinion"],
            claims=tuple(found),
        )
        for row, claim in zip(members, found, strict=True):
            yield StoredClaim(id=row["id"], claim=claim, document=document, sentence=sentence)


def _read_document(connection: Connection, doc_id: str) -> Document:
    row = connection.execute(select(documents).where(documents.c.id == doc_id)).mappings().one()
    return document_from(row)


def _claim_from(row: Mapping[str, Any]) -> Claim:
    return Claim(
        subject=_ref_from(row, "subject"),
        relation=Relation(row["relation"]),
        object=_ref_from(row, "object") if row["object_mention_id"] else None,
        mode=row["mode"],
        polarity=Polarity(row["polarity"]),
        modality=Modality(row["modality"]),
        source=Source(
            kind=SourceKind(row["source_kind"]),
            name=row["source_name"],
            chain=tuple(row["source_chain"]),
        ),
        date=row["date"],
        place=row["place"],
        confidence=row["confidence"],
        trigger=row["trigger"],
    )


def _ref_from(row: Mapping[str, Any], role: str) -> ActorRef:
    return ActorRef(
        mention=row[f"{role}__mention"],
        name=row[f"{role}__name"],
        id=row[f"{role}__actor_id"],
        score=row[f"{role}__score"],
        label=row[f"{role}__label"],
        start=row[f"{role}__start_offset"],
        end=row[f"{role}__end_offset"],
    )

"""Builders for assess tests: stored claims made from model records, and the actors they name."""

from __future__ import annotations

import hashlib

from pactwatch.model import (
    Actor,
    ActorRef,
    ActorType,
    Affiliation,
    Agreement,
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

ACTORS = [
    Actor("taliban", "Taliban", ActorType.ARMED_GROUP, aliases=("Islamic Emirate",)),
    Actor("al-qaeda", "al-Qaeda", ActorType.ARMED_GROUP, aliases=("al-Qaida",)),
    Actor("usa", "United States", ActorType.STATE, aliases=("US",)),
    Actor("isk", "Islamic State Khorasan", ActorType.ARMED_GROUP),
    Actor("mujahid", "Zabihullah Mujahid", ActorType.PERSON,
          affiliations=(Affiliation("taliban", "spokesman", "2007-01-01"),)),
    Actor("khalilzad", "Zalmay Khalilzad", ActorType.PERSON,
          affiliations=(Affiliation("usa", "envoy", "2018-09-01", "2021-10-18"),)),
    Actor("baradar", "Abdul Ghani Baradar", ActorType.PERSON,
          affiliations=(Affiliation("taliban", "deputy leader", "2019-01-01"),)),
    Actor("un-team", "UN Monitoring Team", ActorType.INTERNATIONAL),
]


def ref(actor_id: str | None, mention: str | None = None) -> ActorRef:
    names = {a.id: a.name for a in ACTORS}
    text = mention or names.get(actor_id or "", "someone")
    return ActorRef(mention=text, name=names.get(actor_id or "", text), id=actor_id, score=1.0)


def stored(
    subject: str | None,
    relation: Relation,
    obj: str | None = None,
    *,
    polarity: Polarity = Polarity.AFFIRMED,
    modality: Modality = Modality.ASSERTED,
    mode: str | None = None,
    kind: DocumentKind = DocumentKind.MONITORING_REPORT,
    date: str | None = None,
    doc_date: str | None = "2020-06-01",
    source: Source | None = None,
    opinion: bool = False,
    confidence: float = 1.0,
    text: str | None = None,
    doc_name: str | None = None,
    url: str | None = None,
) -> StoredClaim:
    """A claim in a one-sentence document of its own (unless ``text`` repeats another's)."""
    sentence_text = text or f"{subject} {relation.value} {obj} ({polarity}, {date or doc_date})."
    claim = Claim(
        subject=ref(subject),
        relation=relation,
        object=ref(obj) if obj else None,
        mode=mode,
        polarity=polarity,
        modality=modality,
        source=source or Source(SourceKind.AUTHOR),
        date=date,
        confidence=confidence,
    )
    content = f"{sentence_text}|{kind}|{doc_date}|{source}|{modality}|{doc_name}"
    doc_id = hashlib.sha256(content.encode()).hexdigest()[:16]
    document = Document(id=doc_id, name=doc_name or f"doc-{doc_id[:6]}", text=sentence_text,
                        date=doc_date, kind=kind, url=url, title="A test document")
    sentence = Sentence(0, 0, len(sentence_text), sentence_text, opinion=opinion, claims=(claim,))
    return StoredClaim(id=f"claim-{doc_id}", claim=claim, document=document, sentence=sentence)


def agreement(**commitment: object) -> Agreement:
    """A Taliban–US agreement signed 2020-02-29 with one commitment (defaults: no ties to AQ)."""
    body = {
        "id": "no-ties",
        "party": "Taliban",
        "text": "will not cooperate with al-Qaeda",
        "forbids": [{"relation": ["AID", "COOPERATE", "CONSULT", "TIES"],
                     "counterparty": ["al-Qaeda"]}],
    }
    body.update(commitment)
    return Agreement.model_validate({
        "id": "doha-2020", "title": "Test agreement", "signed": "2020-02-29",
        "parties": ["Taliban", "United States"], "commitments": [body],
    })

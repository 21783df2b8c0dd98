"""Records that move between stages. Plain frozen dataclasses; JSON shapes are the contract.

``to_json`` methods produce exactly the shapes of DESIGN.md ("Machine interfaces"); fields may
be added there, never renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pactwatch.model.vocab import (
    ActorType,
    DocumentKind,
    Modality,
    Polarity,
    Relation,
    SourceKind,
    Stance,
    Verdict,
)


@dataclass(frozen=True)
class Document:
    """One ingested document. ``id`` is a content hash, so the same text is stored once.

    ``name`` is how a user refers to it: the JSONL record's ``id`` or the file path.
    """

    id: str
    name: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date, YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    kind: DocumentKind = DocumentKind.OTHER
    author: str | None = None


@dataclass(frozen=True)
class ActorRef:
    """An actor as written in a sentence, and what the resolver made of it.

    ``mention`` is the text as written; ``name``/``id`` are filled by the resolve stage
    (``name`` falls back to the mention while unresolved). ``label`` is the entity type the
    analyzer saw (ORG, GPE, NORP, PERSON, ACTOR for a lexicon hit).
    """

    mention: str
    name: str | None = None
    id: str | None = None
    score: float | None = None
    label: str | None = None
    start: int | None = None  # character offset in the document
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name or self.mention, "id": self.id, "mention": self.mention}


@dataclass(frozen=True)
class Source:
    """Who asserts a claim. ``chain`` lists nested sources outermost first
    ("the U.N. report said Khalilzad told ..." → ("U.N. report", "Khalilzad"))."""

    kind: SourceKind = SourceKind.AUTHOR
    name: str | None = None
    chain: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "name": self.name, "chain": list(self.chain)}


@dataclass(frozen=True)
class Claim:
    subject: ActorRef
    relation: Relation
    object: ActorRef | None = None
    mode: str | None = None
    polarity: Polarity = Polarity.AFFIRMED
    modality: Modality = Modality.ASSERTED
    source: Source = field(default_factory=Source)
    date: str | None = None
    place: str | None = None
    confidence: float = 0.5
    trigger: str | None = None  # the word that carries the relation, for explanations

    def to_json(self) -> dict[str, Any]:
        return {
            "subject": self.subject.to_json(),
            "relation": str(self.relation),
            "mode": self.mode,
            "object": self.object.to_json() if self.object else None,
            "polarity": str(self.polarity),
            "modality": str(self.modality),
            "source": self.source.to_json(),
            "date": self.date,
            "place": self.place,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
        }


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    opinion: bool = False
    claims: tuple[Claim, ...] = ()

    def to_json(self, doc: str) -> dict[str, Any]:
        return {
            "doc": doc,
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "opinion": self.opinion,
            "claims": [c.to_json() for c in self.claims],
        }


@dataclass(frozen=True)
class AnalyzedDocument:
    document: Document
    sentences: tuple[Sentence, ...]
    analyzer: str  # versioned name of the pipeline that produced it, e.g. "claims.v1"


@dataclass(frozen=True)
class WatchlistRef:
    """An entry of a sanctions list: ``{"list": "UN", "ref": "QDe.004"}`` plus listing dates."""

    list: str
    ref: str
    listed_on: str | None = None
    removed_on: str | None = None
    program: str | None = None  # the list's regime, e.g. "Al-Qaida", "Taliban", "DPRK"

    def to_json(self) -> dict[str, Any]:
        return {"list": self.list, "ref": self.ref}

    def active_on(self, day: str | None) -> bool:
        """Whether the entry was on the list on ``day`` (ISO date); ``None`` means today."""
        if day is None:
            return self.removed_on is None
        if self.listed_on and day < self.listed_on:
            return False
        return self.removed_on is None or day < self.removed_on


@dataclass(frozen=True)
class Affiliation:
    """An official's or member's tie to an organisation, with a role and a period."""

    organization: str  # actor id
    role: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class Actor:
    """A party that can act: a state, an armed group, an organisation, a person.

    ``id`` is stable across runs (registry key, or ``un:<ref>`` for list-only entries).
    """

    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    refs: tuple[WatchlistRef, ...] = ()
    country: str | None = None
    affiliations: tuple[Affiliation, ...] = ()
    description: str | None = None
    weak_aliases: tuple[str, ...] = ()  # low-quality aliases of a list: matched, scored lower
    birth_dates: tuple[str, ...] = ()  # ISO dates or partial ("1965", "1965-03")
    birth_places: tuple[str, ...] = ()
    nationalities: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class StoredClaim:
    """A claim with the provenance the store keeps: document, sentence, and their metadata."""

    id: str
    claim: Claim
    document: Document
    sentence: Sentence


@dataclass(frozen=True)
class Evidence:
    stance: Stance
    stored: StoredClaim
    weight: float
    reasons: tuple[str, ...] = ()  # each factor behind the weight, human-readable

    def to_json(self) -> dict[str, Any]:
        claim = self.stored.claim
        return {
            "stance": str(self.stance),
            "doc": self.stored.document.name,
            "date": claim.date or self.stored.document.date,
            "sentence": self.stored.sentence.text,
            "source": claim.source.name,
            "weight": round(self.weight, 3),
            "reasons": list(self.reasons),
            "url": self.stored.document.url,
            "claim": claim.to_json(),
        }


@dataclass(frozen=True)
class CommitmentVerdict:
    commitment: str
    party: str
    verdict: Verdict
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    explanation: tuple[str, ...] = ()
    algorithm: str = "weights.v1"

    def to_json(self) -> dict[str, Any]:
        return {
            "commitment": self.commitment,
            "party": self.party,
            "verdict": str(self.verdict),
            "confidence": round(self.confidence, 3),
            "evidence": [e.to_json() for e in self.evidence],
            "explanation": list(self.explanation),
            "algorithm": self.algorithm,
        }

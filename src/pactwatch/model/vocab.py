"""Controlled vocabularies. Stored by value; no bare state strings elsewhere."""

from enum import StrEnum

# ActorRef.label of collective victims and peoples ("civilians", "prisoners", "Kurds"): the
# analyzer finds them, resolution reads the label (guideline rule 11).
GROUP = "GROUP"


class Relation(StrEnum):
    """Event types aligned with PLOVER, plus the enduring TIES relation (see eval/GUIDELINES.md)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"
    TIES = "TIES"

    @property
    def symmetric(self) -> bool:
        """Symmetric relations are scored in either direction and matched both ways."""
        return self in _SYMMETRIC


_SYMMETRIC = {Relation.AGREE, Relation.CONSULT, Relation.COOPERATE, Relation.TIES}


class Polarity(StrEnum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"


class Modality(StrEnum):
    """How the claim is put: as fact, hedged, conditional, intended (future) or pledged."""

    ASSERTED = "asserted"
    HEDGED = "hedged"
    CONDITIONAL = "conditional"
    FUTURE = "future"
    COMMITMENT = "commitment"


class SourceKind(StrEnum):
    """Who asserts a claim: the document's writer, a person, a cited document or an organisation."""

    AUTHOR = "author"
    PERSON = "person"
    DOCUMENT = "document"
    ORGANIZATION = "organization"


class DocumentKind(StrEnum):
    NEWS = "news"
    OPINION = "opinion"
    MONITORING_REPORT = "monitoring_report"
    OFFICIAL_STATEMENT = "official_statement"
    AGREEMENT = "agreement"
    WATCHLIST = "watchlist"  # a sanctions list entry's narrative, read as a document
    OTHER = "other"

    @classmethod
    def parse(cls, value: str | None) -> "DocumentKind":
        """Unknown or missing kinds become OTHER rather than failing a whole batch."""
        if not value:
            return cls.OTHER
        try:
            return cls(value.strip().lower().replace(" ", "_").replace("-", "_"))
        except ValueError:
            return cls.OTHER


class ActorType(StrEnum):
    STATE = "state"
    ORGANIZATION = "organization"
    ARMED_GROUP = "armed_group"
    PERSON = "person"
    INTERNATIONAL = "international"


class Verdict(StrEnum):
    KEPT = "kept"
    BREACHED = "breached"
    CONTESTED = "contested"
    UNKNOWN = "unknown"


class Stance(StrEnum):
    """Which way a piece of evidence weighs on a commitment."""

    BREACH = "breach"
    COMPLIANCE = "compliance"

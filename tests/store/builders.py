"""Records for store tests, built from the model classes (no NLP needed).

Sentences are written for these tests; the facts echo the 2020 US–Taliban case of DESIGN.md.
"""

from __future__ import annotations

import hashlib

from pactwatch.model import (
    Actor,
    ActorRef,
    ActorType,
    Affiliation,
    Agreement,
    AnalyzedDocument,
    Claim,
    CommitmentVerdict,
    Document,
    DocumentKind,
    Evidence,
    Modality,
    Polarity,
    Relation,
    Sentence,
    Source,
    SourceKind,
    Stance,
    StoredClaim,
    Verdict,
    WatchlistRef,
)

REPORT_SENTENCES = (
    "The monitoring team says the Taliban met al-Qaeda leaders in Helmand.",
    "Officials reportedly deny any ties with the group.",
    "The writer thinks the talks were a mistake.",
)


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def document(text: str, name: str = "note.txt") -> Document:
    return Document(id=content_id(text), name=name, text=text)


def report() -> Document:
    text = " ".join(REPORT_SENTENCES)
    return Document(
        id=content_id(text),
        name="monitoring-2020.txt",
        text=text,
        title="Monitoring report",
        date="2020-05-27",
        outlet="Monitoring Team",
        url="https://example.org/report",
        kind=DocumentKind.MONITORING_REPORT,
        author="The Team",
    )


def _ref(doc: Document, mention: str, actor_id: str | None, name: str | None) -> ActorRef:
    start = doc.text.index(mention)
    return ActorRef(
        mention=mention,
        name=name,
        id=actor_id,
        score=0.93 if actor_id else None,
        label="ORG",
        start=start,
        end=start + len(mention),
    )


def sentences_of(doc: Document) -> list[tuple[int, int, str]]:
    spans, start = [], 0
    for text in REPORT_SENTENCES:
        start = doc.text.index(text, start)
        spans.append((start, start + len(text), text))
        start += len(text)
    return spans


def analysis(doc: Document | None = None, analyzer: str = "claims.v1") -> AnalyzedDocument:
    """Three sentences: a sourced meeting claim, a hedged negated denial, and an opinion."""
    doc = doc or report()
    taliban = _ref(doc, "Taliban", "taliban", "Taliban")
    qaeda = _ref(doc, "al-Qaeda", "al-qaeda", "al-Qaeda")
    officials = _ref(doc, "Officials", None, None)
    met = Claim(
        subject=taliban,
        relation=Relation.CONSULT,
        object=qaeda,
        mode="meeting",
        source=Source(SourceKind.DOCUMENT, "monitoring team", ("The Team", "monitoring team")),
        date="2020-05",
        place="Helmand",
        confidence=0.8125,
        trigger="met",
    )
    denial = Claim(
        subject=officials,
        relation=Relation.TIES,
        polarity=Polarity.NEGATED,
        modality=Modality.HEDGED,
        confidence=0.4,
        trigger="ties",
    )
    (s0, e0, t0), (s1, e1, t1), (s2, e2, t2) = sentences_of(doc)
    return AnalyzedDocument(
        document=doc,
        sentences=(
            Sentence(0, s0, e0, t0, claims=(met,)),
            Sentence(1, s1, e1, t1, claims=(denial, denial)),  # a repeat is one fact
            Sentence(2, s2, e2, t2, opinion=True),
        ),
        analyzer=analyzer,
    )


def actors() -> list[Actor]:
    return [
        Actor(
            id="al-qaeda",
            name="al-Qaeda",
            type=ActorType.ARMED_GROUP,
            aliases=("al-Qa'ida", "AQ"),
            weak_aliases=("The Base",),
            refs=(WatchlistRef("UN", "QDe.004", listed_on="2001-10-06", program="Al-Qaida"),),
            description="Transnational armed group.",
        ),
        Actor(
            id="sirajuddin-haqqani",
            name="Sirajuddin Haqqani",
            type=ActorType.PERSON,
            weak_aliases=("Khalifa", "Siraj"),
            refs=(
                WatchlistRef(
                    "UN",
                    "TAi.144",
                    listed_on="2008-03-03",
                    removed_on="2030-01-01",
                    program="Taliban",
                ),
            ),
            country="AF",
            birth_dates=("1977/1978", "1980"),
            birth_places=("Danda, Miramshah, Pakistan", "Khost, Afghanistan"),
            nationalities=("Afghanistan",),
            affiliations=(
                Affiliation("taliban", role="deputy leader", start="2015-07-30"),
                Affiliation("haqqani-network", role="leader"),
            ),
        ),
        Actor(id="taliban", name="Taliban", type=ActorType.ARMED_GROUP, country="AF"),
    ]


def agreement(*, commitments: tuple[str, ...] = ("no-safe-haven", "withdraw")) -> Agreement:
    every = {
        "no-safe-haven": {
            "id": "no-safe-haven",
            "party": "Taliban",
            "text": "will not let al-Qaeda use the soil of Afghanistan",
            "forbids": [
                {"relation": ["AID", "CONSULT", "TIES"], "counterparty": ["al-Qaeda"]},
            ],
            "from": "2020-02-29",
        },
        "withdraw": {
            "id": "withdraw",
            "party": "United States",
            "requires": [{"relation": "RETREAT"}],
            "until": "2021-05-01",
        },
    }
    return Agreement.model_validate(
        {
            "id": "example-2020",
            "title": "An example agreement",
            "signed": "2020-02-29",
            "parties": ["Taliban", "United States"],
            "commitments": [every[c] for c in commitments],
        }
    )


def verdicts(stored: list[StoredClaim]) -> list[CommitmentVerdict]:
    return [
        CommitmentVerdict(
            commitment="no-safe-haven",
            party="Taliban",
            verdict=Verdict.BREACHED,
            confidence=0.71234,
            evidence=tuple(
                Evidence(
                    stance=Stance.BREACH,
                    stored=claim,
                    weight=0.9 - 0.1 * i,
                    reasons=("monitoring report", "affirmed"),
                )
                for i, claim in enumerate(stored)
            ),
            explanation=("1 independent source weighs toward breach",),
        ),
        CommitmentVerdict(
            commitment="withdraw",
            party="United States",
            verdict=Verdict.UNKNOWN,
            confidence=0.0,
            algorithm="weights.v2",
        ),
    ]

"""One real pipeline for the whole stage suite: loading spaCy is the slow part."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pactwatch.analyze import analyze, load_pipeline
from pactwatch.model import AnalyzedDocument, Claim, Document, DocumentKind

# A small registry of our own, standing in for the resolve stage's names.
GAZETTEER = [
    "Taliban", "al-Qaeda", "al Qaeda", "AQ", "Haqqani Network", "Houthis", "the insurgents",
    "Hezbollah", "Hamas", "al-Shabaab", "ELN", "IS", "United States", "U.S.", "Security Council",
    "Islamic Jihad", "Wagner Group", "LeT", "IAEA",
]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline(gazetteer=GAZETTEER)


@pytest.fixture(scope="session")
def nlp_with_people() -> Language:
    """The gazetteer with an invented person in it, as a registry names people: the mention
    is then labelled ACTOR rather than PERSON."""
    return load_pipeline(gazetteer=[*GAZETTEER, "Jane Roe"])


@pytest.fixture(scope="session")
def nlp_knowing_people() -> Language:
    """The gazetteer with an invented person in it, told apart as a person as the registry
    does (``Resolver.people()``)."""
    return load_pipeline(gazetteer=[*GAZETTEER, "Jane Roe"], people=["Jane Roe"])


@pytest.fixture(scope="session")
def nlp_with_places() -> Language:
    """The gazetteer with two capitals in it, told apart as places as the registry does."""
    capitals = ["Kabul", "Islamabad"]
    return load_pipeline(gazetteer=[*GAZETTEER, *capitals], places=capitals)


@pytest.fixture(scope="session")
def nlp_knowing_states() -> Language:
    """The gazetteer with three states in it, told apart as states as the registry does
    (``Resolver.states()``)."""
    states = ["Myanmar", "Mali", "Niger"]
    return load_pipeline(gazetteer=[*GAZETTEER, *states], states=states)


Run = Callable[..., AnalyzedDocument]


@pytest.fixture(scope="session")
def run(nlp: Language) -> Run:
    def run(text: str, *, kind: str = "news", date: str | None = "2020-06-03",
            author: str | None = None) -> AnalyzedDocument:
        document = Document(id="t", name="t", text=text, kind=DocumentKind(kind), date=date,
                            author=author)
        return next(analyze([document], nlp=nlp))

    return run


def triples(analyzed: AnalyzedDocument) -> set[tuple[str, str, str | None, str, str]]:
    """(subject, relation, object, polarity, modality) of every claim, mentions as written."""
    return {
        (c.subject.mention, str(c.relation), c.object.mention if c.object else None,
         str(c.polarity), str(c.modality))
        for c in all_claims(analyzed)
    }


def all_claims(analyzed: AnalyzedDocument) -> list[Claim]:
    return [c for s in analyzed.sentences for c in s.claims]

"""resolve(): every claim of an analyzed document gets its actors linked."""

from __future__ import annotations

from collections.abc import Iterator

from pactwatch.model import (
    Actor,
    ActorRef,
    ActorType,
    AnalyzedDocument,
    Claim,
    Document,
    Relation,
    Sentence,
)
from pactwatch.resolve import Resolver, resolve

TEXT = (
    "The Taliban regularly consulted al-Qa'ida during the talks. "
    "Khalilzad met the Blorvian delegation."
)


def analyzed_document() -> AnalyzedDocument:
    first = Claim(
        subject=ActorRef("The Taliban", label="ORG", start=0, end=11),
        relation=Relation.CONSULT,
        object=ActorRef("al-Qa'ida", label="ORG", start=33, end=42),
    )
    second = Claim(
        subject=ActorRef("Khalilzad", label="PERSON", start=60, end=69),
        relation=Relation.CONSULT,
        object=ActorRef("the Blorvian delegation", label="NORP", start=74, end=97),
        date="2020-05-01",
    )
    unattached = Claim(subject=ActorRef("Taliban", label="ORG"), relation=Relation.TIES)
    return AnalyzedDocument(
        document=Document(id="doc-1", name="sample", text=TEXT, date="2020-06-01"),
        sentences=(
            Sentence(0, 0, 59, TEXT[:59], claims=(first,)),
            Sentence(1, 60, len(TEXT), TEXT[60:], claims=(second, unattached)),
        ),
        analyzer="claims.v1",
    )


def test_claims_get_actor_names_ids_and_scores(resolver: Resolver) -> None:
    (result,) = resolve([analyzed_document()], resolver=resolver)
    first = result.sentences[0].claims[0]
    assert (first.subject.id, first.subject.name) == ("taliban", "Taliban")
    assert (first.object.id, first.object.name) == ("al-qaeda", "al-Qaeda")
    assert first.subject.score == 0.97  # "The Taliban" after its article is dropped
    assert first.object.mention == "al-Qa'ida"
    assert (first.object.start, first.object.end) == (33, 42)


def test_unresolved_mentions_stay_empty(resolver: Resolver) -> None:
    (result,) = resolve([analyzed_document()], resolver=resolver)
    second, unattached = result.sentences[1].claims
    assert second.subject.id == "zalmay-khalilzad"
    assert second.object is not None
    assert (second.object.name, second.object.id, second.object.score) == (None, None, None)
    assert second.object.to_json()["name"] == "the Blorvian delegation"
    assert unattached.object is None


def test_everything_else_is_kept(resolver: Resolver) -> None:
    original = analyzed_document()
    (result,) = resolve([original], resolver=resolver)
    assert result.document == original.document
    assert result.analyzer == original.analyzer
    assert [s.text for s in result.sentences] == [s.text for s in original.sentences]
    assert result.sentences[1].claims[0].date == "2020-05-01"


def test_streams_lazily(resolver: Resolver) -> None:
    def documents() -> Iterator[AnalyzedDocument]:
        yield analyzed_document()
        raise AssertionError("resolve read past the first document")

    first = next(resolve(documents(), resolver=resolver))
    assert first.document.id == "doc-1"


def test_document_context_chooses_between_two_actors_of_one_name() -> None:
    """Two invented groups share a short name; the country the document is about decides."""
    actors = [
        Actor("mali", "Mali", ActorType.STATE, country="ML"),
        Actor("chad", "Chad", ActorType.STATE, country="TD"),
        Actor(
            "front-ml",
            "Sahel Liberation Front",
            ActorType.ARMED_GROUP,
            aliases=("the Front",),
            country="ML",
        ),
        Actor(
            "front-td",
            "Lake Liberation Front",
            ActorType.ARMED_GROUP,
            aliases=("the Front",),
            country="TD",
        ),
    ]
    resolver = Resolver(actors)

    def document(gpe: str) -> AnalyzedDocument:
        text = f"{gpe} accused the Front of attacks."
        claim = Claim(
            subject=ActorRef(gpe, label="GPE"),
            relation=Relation.ACCUSE,
            object=ActorRef("the Front", label="ORG"),
        )
        return AnalyzedDocument(
            document=Document(id=gpe, name=gpe, text=text),
            sentences=(Sentence(0, 0, len(text), text, claims=(claim,)),),
            analyzer="claims.v1",
        )

    in_chad, in_mali = resolve([document("Chad"), document("Mali")], resolver=resolver)
    assert in_chad.sentences[0].claims[0].object.id == "front-td"
    assert in_mali.sentences[0].claims[0].object.id == "front-ml"
    assert resolver.match("the Front") is None  # without a document, nothing tells them apart

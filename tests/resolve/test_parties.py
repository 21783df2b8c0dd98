"""Claims that linking shows to be no relation between parties, or one claim said twice."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pactwatch.analyze import analyze, load_pipeline
from pactwatch.model import (
    ActorRef,
    AnalyzedDocument,
    Claim,
    Document,
    DocumentKind,
    Modality,
    Relation,
    Sentence,
)
from pactwatch.resolve import Resolver, resolve


@pytest.fixture(scope="module")
def nlp(resolver: Resolver) -> Language:
    return load_pipeline(gazetteer=resolver.names(), people=resolver.people())


def claims_of(nlp: Language, resolver: Resolver, text: str, **meta: str) -> list[Claim]:
    document = Document(id="p", name="p", text=text, date="2023-03-01", **meta)  # type: ignore[arg-type]
    (resolved,) = resolve(analyze([document], nlp=nlp), resolver=resolver)
    return [claim for sentence in resolved.sentences for claim in sentence.claims]


def linked(relation: Relation, subject: str, obj: str | None, *, label: str = "ORG",
           modality: Modality = Modality.ASSERTED) -> Claim:
    return Claim(subject=ActorRef(subject, label="ORG"), relation=relation,
                 object=ActorRef(obj, label=label) if obj else None, modality=modality)


def document_of(text: str, *sentences: tuple[int, int, tuple[Claim, ...]]) -> AnalyzedDocument:
    return AnalyzedDocument(
        document=Document(id="d", name="d", text=text, date="2023-03-01"),
        sentences=tuple(Sentence(n, start, end, text[start:end], claims=claims)
                        for n, (start, end, claims) in enumerate(sentences)),
        analyzer="claims.v1",
    )


def test_an_actor_praising_itself_under_another_name_records_nothing(
        nlp: Language, resolver: Resolver) -> None:
    found = claims_of(nlp, resolver, "The State Department thanked the Pentagon for its "
                      "support, and the United States praised Qatar.")
    assert [(c.subject.id, c.object.id if c.object else None) for c in found] == [
        ("united-states", "qatar")]


def test_an_official_and_the_office_they_hold_are_one_side(resolver: Resolver) -> None:
    claim = linked(Relation.SUPPORT, "António Guterres", "Secretary-General")
    text = "Guterres praised the Secretary-General."
    (result,) = resolve([document_of(text, (0, len(text), (claim,)))], resolver=resolver)
    assert result.sentences[0].claims == ()


def test_two_bodies_of_one_organisation_are_still_two_parties(resolver: Resolver) -> None:
    claim = linked(Relation.SUPPORT, "Secretary-General", "Security Council")
    text = "The Secretary-General thanked the Security Council."
    (result,) = resolve([document_of(text, (0, len(text), (claim,)))], resolver=resolver)
    assert len(result.sentences[0].claims) == 1


def test_people_are_objects_of_an_attack_but_not_of_ties(
        nlp: Language, resolver: Resolver) -> None:
    found = claims_of(nlp, resolver, "Al-Shabaab fighters killed Christians near Mandera. "
                      "The talks strained Turkey's relationship with the Kurds.")
    assert any(c.relation is Relation.ASSAULT and c.object and c.object.mention == "Christians"
               for c in found)
    assert not any(c.object and c.object.mention == "Kurds" for c in found)


def test_a_state_may_still_detain_its_own_nationals(resolver: Resolver) -> None:
    claim = linked(Relation.COERCE, "Taliban", "Taliban prisoners", label="GROUP")
    text = "The Taliban held Taliban prisoners."
    (result,) = resolve([document_of(text, (0, len(text), (claim,)))], resolver=resolver)
    assert len(result.sentences[0].claims) == 1


def test_one_group_under_two_names_in_one_sentence_is_one_claim(
        nlp: Language, resolver: Resolver) -> None:
    text = ("Ansarallah fired missiles at Saudi Arabia, and the Houthis also attacked "
            "Saudi Arabia with drones.")
    found = claims_of(nlp, resolver, text)
    assaults = [c for c in found if c.relation is Relation.ASSAULT and c.object
                and c.object.id == "saudi-arabia"]
    assert len(assaults) == 1
    assert assaults[0].subject.mention == "Ansarallah"  # the first said is kept


def test_a_repeat_in_another_sentence_is_evidence_of_its_own(resolver: Resolver) -> None:
    text = "The Houthis attacked Saudi Arabia. Ansarallah attacked it again."
    claim = linked(Relation.ASSAULT, "Houthis", "Saudi Arabia")
    again = linked(Relation.ASSAULT, "Ansarallah", "Saudi Arabia")
    (result,) = resolve([document_of(text, (0, 34, (claim,)), (35, len(text), (again,)))],
                        resolver=resolver)
    assert [len(s.claims) for s in result.sentences] == [1, 1]


def test_the_same_claim_with_another_modality_is_kept(resolver: Resolver) -> None:
    text = "Israel promised to release and then released prisoners."
    promised = linked(Relation.CONCEDE, "Israel", None, modality=Modality.COMMITMENT)
    done = linked(Relation.CONCEDE, "Israel", None)
    (result,) = resolve([document_of(text, (0, len(text), (promised, done)))],
                        resolver=resolver)
    assert len(result.sentences[0].claims) == 2


def test_symmetric_claims_repeat_in_either_order(resolver: Resolver) -> None:
    text = "Qatar met Egypt and Egypt met Qatar."
    claims = (linked(Relation.CONSULT, "Qatar", "Egypt"),
              linked(Relation.CONSULT, "Egypt", "Qatar"))
    (result,) = resolve([document_of(text, (0, len(text), claims))], resolver=resolver)
    assert len(result.sentences[0].claims) == 1


def test_an_issuer_thanking_its_own_envoy_records_nothing(
        nlp: Language, resolver: Resolver) -> None:
    found = claims_of(nlp, resolver, "I thank my Special Envoy for his tireless work, and I "
                      "thank Norway for hosting the talks.", kind=DocumentKind.OFFICIAL_STATEMENT,
                      author="United Nations Secretary-General")
    objects = {c.object.mention for c in found if c.relation is Relation.SUPPORT and c.object}
    assert objects == {"Norway"}


def test_an_official_and_the_office_saying_the_same_is_one_claim(resolver: Resolver) -> None:
    text = "The Secretary-General, António Guterres, thanked Norway."
    claims = (linked(Relation.SUPPORT, "Secretary-General", "Norway"),
              linked(Relation.SUPPORT, "António Guterres", "Norway"))
    (result,) = resolve([document_of(text, (0, len(text), claims))], resolver=resolver)
    assert [c.subject.mention for c in result.sentences[0].claims] == ["Secretary-General"]


def test_that_country_after_a_state_of_the_registry_is_that_state(resolver: Resolver) -> None:
    nlp = load_pipeline(gazetteer=resolver.names(), people=resolver.people(),
                        states=resolver.states())
    found = claims_of(nlp, resolver, "The drought has hit Somalia hard. Al-Shabaab fighters "
                                     "attacked that country's soldiers near the border.")
    assert any(c.subject.id == "al-shabaab" and c.relation is Relation.ASSAULT
               and c.object is not None and c.object.id and "somalia" in c.object.id
               for c in found)

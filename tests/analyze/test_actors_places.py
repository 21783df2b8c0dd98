"""Capitals in the gazetteer: a seat of government that may speak for it, never the party
to an event that only happened there."""

from __future__ import annotations

from spacy.language import Language
from tests.analyze.conftest import triples

from pactwatch.analyze import analyze
from pactwatch.analyze.extensions import ACTORS, ANAPHORS
from pactwatch.model import Document, DocumentKind


def _triples(nlp: Language, text: str) -> set[tuple[str, str, str | None, str, str]]:
    document = Document(id="t", name="t", text=text, kind=DocumentKind("news"),
                        date="2020-06-03")
    return triples(next(analyze([document], nlp=nlp)))


def test_a_capital_before_an_attack_noun_is_where_it_happened(
    nlp_with_places: Language,
) -> None:
    found = _triples(nlp_with_places, "The Kabul blast wounded forty shoppers on Tuesday.")
    assert not any(subject == "Kabul" for subject, *_ in found)
    doc = nlp_with_places("The Kabul blast wounded forty shoppers on Tuesday.")
    assert "Kabul" not in [span.text for span in doc.spans[ACTORS]]


def test_a_capital_that_acts_still_stands_for_its_government(nlp_with_places: Language) -> None:
    found = _triples(nlp_with_places, "Islamabad accused the Taliban of harbouring fighters.")
    assert any(s == "Islamabad" and r == "ACCUSE" for s, r, *_ in found)


def test_a_pronoun_after_a_capital_modifying_an_event_is_not_the_capital(
    nlp_with_places: Language,
) -> None:
    doc = nlp_with_places("The Kabul shooting shocked residents, and the Taliban denounced it.")
    assert "Kabul" not in [span.text for span in doc.spans[ANAPHORS]]
    assert all(target[3] != "Kabul" for target in doc._.pw_coref)


def test_without_places_a_registry_name_before_an_attack_is_the_attacker(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _triples(nlp, "The Taliban assault killed six soldiers.")
    assert any(s == "Taliban" and r == "ASSAULT" for s, r, *_ in found)


def test_that_country_may_mean_a_capital_named_before(nlp_with_places: Language) -> None:
    doc = nlp_with_places("According to Islamabad's state broadcaster, that country closed "
                          "its border crossings on Friday.")
    resolved = {span.text: target[3] for span, target in
                zip(doc.spans[ANAPHORS], doc._.pw_coref, strict=True)}
    assert resolved.get("that country") == "Islamabad"


def test_a_town_ner_calls_a_people_before_an_attack_is_where_it_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Russia blamed Ukraine for the Sevastopol attacks.")
    assert [e.label_ for e in doc.ents if e.text == "Sevastopol"] == ["NORP"]  # NER's reading
    assert "Sevastopol" not in [span.text for span in doc.spans[ACTORS]]

"""Coreference across a whole document: paragraphs, headlines, chains of pronouns, and the
names the registry knows as people."""

from __future__ import annotations

from spacy.language import Language
from tests.analyze.conftest import Run, triples

from pactwatch.analyze import analyze
from pactwatch.analyze.extensions import ANAPHORS
from pactwatch.model import Document, DocumentKind


def antecedents(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    """(anaphor, the text it resolves to) in text order."""
    doc = nlp(text)
    return [(span.text, coref[3]) for span, coref in
            zip(doc.spans[ANAPHORS], doc._.pw_coref, strict=True)]


def test_a_new_paragraph_prefers_the_actors_it_names_itself(run: Run) -> None:
    text = ("Observers feared that Somalia would become a haven for foreign fighters.\n\n"
            "This year Hamas kept fighting al-Shabaab, a rival of the Taliban active in "
            "Somalia. Its bombings target Hamas officials.")
    found = triples(run(text))
    assert ("al-Shabaab", "ASSAULT", "Hamas officials", "affirmed", "asserted") in found
    assert not any(subject == "Somalia" for subject, *_ in found)


def test_a_pronoun_that_took_an_antecedent_carries_it_into_the_paragraph(run: Run) -> None:
    # the Council is named a paragraph before; the paragraph itself names the Government
    text = ("The Security Council met on Monday.\n\n"
            "It asked the Government to talk to the envoy. "
            "It called on the Houthis to end their attacks.")
    found = triples(run(text))
    assert ("Security Council", "REQUEST", "Houthis", "affirmed", "asserted") in found
    assert not any(subject == "Government" for subject, *_ in found)


def test_a_speaker_named_far_back_is_found_through_the_pronouns_between(nlp: Language) -> None:
    text = ("John Miller, the mediator, said the front lines were quiet. "
            "The rhetoric worried observers, he warned. "
            "A political process could still begin, he said. "
            "He pointed to talks with the Prime Minister of that country, Ali Hassan. "
            "He also said he had met the parties.")
    resolved = antecedents(nlp, text)
    assert resolved[-2:] == [("He", "John Miller"), ("he", "John Miller")]


def test_a_headline_names_no_antecedent(nlp: Language) -> None:
    text = ("Hamas Leaders Meet Egyptian Mediators To Discuss Truce Terms\n\n"
            "Diplomats said on Tuesday that its leaders would return next week.")
    assert ("its", "Hamas") not in antecedents(nlp, text)


def test_a_possessive_in_an_opening_participle_clause_is_the_main_subject(
    nlp: Language,
) -> None:
    text = "Reaffirming its support for the truce, the Security Council urged Hamas to talk."
    assert ("its", "Security Council") in antecedents(nlp, text)


def test_a_person_the_registry_knows_is_a_she(nlp_knowing_people: Language) -> None:
    text = ("Jane Roe (Norway), noting that her delegation had called the meeting, said the "
            "Council was united. It condemned Hamas.")
    resolved = antecedents(nlp_knowing_people, text)
    assert ("her", "Jane Roe") in resolved
    assert ("It", "Jane Roe") not in resolved


def test_a_name_in_apposition_to_ones_own_envoy_is_ones_own(
    nlp_knowing_people: Language,
) -> None:
    document = Document(id="t", name="t", kind=DocumentKind.OFFICIAL_STATEMENT,
                        text="I thank my Special Envoy, Jane Roe, and her team for their work.",
                        author="UN Secretary-General")
    analyzed = next(analyze([document], nlp=nlp_knowing_people))
    assert not any(obj in ("Jane Roe", "Special Envoy") for _, _, obj, *_ in triples(analyzed))


def test_a_team_named_after_ones_own_body_is_ones_own(nlp: Language) -> None:
    document = Document(id="t", name="t", kind=DocumentKind.OFFICIAL_STATEMENT,
                        text="I thank our UN teams for their tireless work in the field.",
                        author="UN Secretary-General")
    analyzed = next(analyze([document], nlp=nlp))
    assert not any(obj == "UN" for _, _, obj, *_ in triples(analyzed))


def test_a_place_does_not_open_a_new_topic(run: Run) -> None:
    text = ("Hezbollah crossed the border on Sunday.\n\n"
            "In Lebanon, it attacked Israel on Monday.")
    found = triples(run(text))
    assert ("Hezbollah", "ASSAULT", "Israel", "affirmed", "asserted") in found

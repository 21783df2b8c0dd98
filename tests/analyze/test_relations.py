"""Each relation type, from sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.analyze.conftest import Run, all_claims, triples

from pactwatch.analyze.extensions import ACTORS

A, N = "affirmed", "negated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Colombia and the ELN signed a peace agreement in Havana.",
         ("Colombia", "AGREE", "ELN", A, "asserted")),
        ("The Taliban met with al-Qaeda in Kandahar last year.",
         ("Taliban", "CONSULT", "al-Qaeda", A, "asserted")),
        ("Egypt welcomed the agreement.", ("Egypt", "SUPPORT", None, A, "asserted")),
        ("Egypt praised Qatar for its mediation.", ("Egypt", "SUPPORT", "Qatar", A, "asserted")),
        ("Israel allowed access for the Red Cross.", ("Israel", "CONCEDE", None, A, "asserted")),
        ("Hezbollah coordinated with Hamas before the offensive.",
         ("Hezbollah", "COOPERATE", "Hamas", A, "asserted")),
        ("Iran supplied weapons to the Houthis.", ("Iran", "AID", "Houthis", A, "asserted")),
        ("The United States withdrew its troops from Syria.",
         ("United States", "RETREAT", None, A, "asserted")),
        ("The Security Council urged the Houthis to halt their attacks.",
         ("Security Council", "REQUEST", "Houthis", A, "asserted")),
        ("Russia accused Ukraine of shelling the plant.",
         ("Russia", "ACCUSE", "Ukraine", A, "asserted")),
        ("Hamas rejected the proposal.", ("Hamas", "REJECT", None, A, "asserted")),
        ("Iran threatened Israel with retaliation.", ("Iran", "THREATEN", "Israel", A, "future")),
        ("Thousands of protesters demonstrated against the government.",
         ("protesters", "PROTEST", "government", A, "asserted")),
        ("The United States imposed sanctions on the Wagner Group.",
         ("United States", "SANCTION", "Wagner Group", A, "asserted")),
        ("Russia deployed troops to the border.", ("Russia", "MOBILIZE", None, A, "asserted")),
        ("The Houthis detained Hamas officials.",
         ("Houthis", "COERCE", "Hamas officials", A, "asserted")),
        ("Al-Shabaab attacked Kenya in 2019.", ("Al-Shabaab", "ASSAULT", "Kenya", A, "asserted")),
        ("Hamas maintains close ties with Hezbollah.",
         ("Hamas", "TIES", "Hezbollah", A, "asserted")),
    ],
)
def test_relation(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_passive_takes_the_agent_as_subject(run: Run) -> None:
    found = triples(run("Kenya was attacked by al-Shabaab."))
    assert ("al-Shabaab", "ASSAULT", "Kenya", A, "asserted") in found


def test_coordinated_subjects_each_get_a_claim(run: Run) -> None:
    found = triples(run("Qatar and Egypt met with Hamas in Cairo."))
    assert {("Qatar", "CONSULT", "Hamas", A, "asserted"),
            ("Egypt", "CONSULT", "Hamas", A, "asserted")} <= found


def test_coordinated_symmetric_subjects_pair_up(run: Run) -> None:
    assert ("Turkey", "AGREE", "Russia", A, "asserted") in triples(
        run("Turkey and Russia agreed on a buffer zone.")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks between the Taliban and the United States resumed.",
         ("Taliban", "CONSULT", "United States", A, "asserted")),
        ("Iran's support for the Houthis worries Saudi Arabia.",
         ("Iran", "SUPPORT", "Houthis", A, "asserted")),
        ("A joint attack by Hamas and Islamic Jihad killed two soldiers.",
         ("Hamas", "ASSAULT", None, A, "asserted")),
        ("The conflict between Israel and Hamas continued.",
         ("Hamas", "ASSAULT", "Israel", A, "asserted")),
        ("The United States held talks with the Taliban.",
         ("United States", "CONSULT", "Taliban", A, "asserted")),
    ],
)
def test_nominalisations(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_conflict_between_is_assault_both_ways(run: Run) -> None:
    found = triples(run("The conflict between Israel and Hamas continued."))
    assert {("Israel", "ASSAULT", "Hamas", A, "asserted"),
            ("Hamas", "ASSAULT", "Israel", A, "asserted")} <= found


def test_backed_and_aligned_modifiers(run: Run) -> None:
    found = triples(run("The Iran-backed Houthis fired on ships. Iran-aligned militias struck."))
    assert ("Iran", "AID", "Houthis", A, "asserted") in found
    assert ("Iran", "TIES", "Iran-aligned militias", A, "asserted") in found


def test_request_content_is_not_a_claim(run: Run) -> None:
    found = triples(run("The Security Council urged the Houthis to halt their attacks on Yemen."))
    assert {relation for _, relation, *_ in found} == {"REQUEST"}


def test_request_to_an_unnamed_group_is_not_a_claim(run: Run) -> None:
    assert not all_claims(run("The Security Council urged all parties to show restraint."))


def test_gazetteer_hits_are_mentions_case_insensitively(run: Run) -> None:
    found = triples(run("The insurgents attacked Kabul."))
    assert ("insurgents", "ASSAULT", "Kabul", A, "asserted") in found


def test_short_all_caps_names_do_not_match_common_words(run: Run) -> None:
    claims = all_claims(run("It is clear that Pakistan is hosting talks with Iran."))
    assert all(c.subject.mention != "is" for c in claims)


def test_short_mixed_case_acronyms_match_only_as_written(nlp: Language) -> None:
    doc = nlp("They let Hamas go. LeT attacked the Houthis.")
    mentions = {span.text for span in doc.spans[ACTORS]}
    assert "let" not in mentions
    assert "LeT" in mentions


def test_refusing_to_let_a_party_act_rejects_that_party(run: Run) -> None:
    found = triples(run("For months Iran is refusing to allow the IAEA to visit two plants."))
    assert ("Iran", "REJECT", "IAEA", A, "asserted") in found


def test_the_party_whose_forces_withdraw_retreats(run: Run) -> None:
    found = triples(run("The president began withdrawing Hezbollah fighters from Syria."))
    assert {(subject, relation) for subject, relation, *_ in found} == {
        ("Hezbollah fighters", "RETREAT")}


def test_mentions_carry_document_offsets(run: Run) -> None:
    text = "Yesterday Iran supplied weapons to the Houthis."
    claim = next(c for c in all_claims(run(text)) if str(c.relation) == "AID")
    assert text[claim.subject.start:claim.subject.end] == "Iran"
    assert claim.subject.name is None and claim.subject.id is None

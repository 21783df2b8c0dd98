"""Polarity and modality: negation, 'failed to', ending ties, hedges, pledges, agreement text."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, triples

A, N = "affirmed", "negated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban did not meet al-Qaeda.", ("Taliban", "CONSULT", "al-Qaeda", N, "asserted")),
        ("The Taliban never met with al-Qaeda.", ("Taliban", "CONSULT", "al-Qaeda", N, "asserted")),
        ("The Taliban failed to meet al-Qaeda.", ("Taliban", "CONSULT", "al-Qaeda", N, "asserted")),
        ("Hamas refrained from attacking Israel.", ("Hamas", "ASSAULT", "Israel", N, "asserted")),
        ("The Taliban severed ties with al-Qaeda.", ("Taliban", "TIES", "al-Qaeda", N, "asserted")),
        ("The Taliban cut ties with al-Qaeda.", ("Taliban", "TIES", "al-Qaeda", N, "asserted")),
        ("The Taliban failed to keep its promise to cut ties with al-Qaeda.",
         ("Taliban", "TIES", "al-Qaeda", A, "commitment")),
    ],
)
def test_polarity(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban reportedly met al-Qaeda in Kandahar.",
         ("Taliban", "CONSULT", "al-Qaeda", A, "hedged")),
        ("The Taliban may have helped al-Qaeda.", ("Taliban", "AID", "al-Qaeda", A, "hedged")),
        ("Russia plans to deploy troops in Belarus.", ("Russia", "MOBILIZE", None, A, "future")),
        ("Russia will deploy troops in Belarus.", ("Russia", "MOBILIZE", None, A, "future")),
        ("Russia is willing to withdraw its troops from Belarus.",
         ("Russia", "RETREAT", None, A, "future")),
        ("The Taliban are prepared to hold talks with al-Qaeda.",
         ("Taliban", "CONSULT", "al-Qaeda", A, "future")),
        ("In return, Hamas will release the hostages.", ("Hamas", "CONCEDE", "hostages", A,
                                                          "commitment")),
        ("In exchange, the Taliban would cut ties with al-Qaeda.",
         ("Taliban", "TIES", "al-Qaeda", N, "commitment")),
        ("The United States set a date for its troops to withdraw from Iraq.",
         ("United States", "RETREAT", None, A, "future")),
        ("Israel is due to withdraw its troops from Gaza.", ("Israel", "RETREAT", None, A,
                                                              "future")),
        ("The United States is considering sanctions against Hamas.",
         ("United States", "SANCTION", "Hamas", A, "future")),
        ("The agreement provides for the withdrawal of the United States from Afghanistan.",
         ("United States", "RETREAT", None, A, "commitment")),
        ("It is unclear whether the Taliban met al-Qaeda.",
         ("Taliban", "CONSULT", "al-Qaeda", A, "hedged")),
        ("The Taliban pledged to cut ties with al-Qaeda.",
         ("Taliban", "TIES", "al-Qaeda", N, "commitment")),
        ("The Taliban promised not to allow al-Qaeda to use Afghan soil.",
         ("Taliban", "AID", "al-Qaeda", N, "commitment")),
    ],
)
def test_modality(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_conditional(run: Run) -> None:
    found = triples(run("If Hamas attacks Israel again, the ceasefire will collapse."))
    assert ("Hamas", "ASSAULT", "Israel", A, "conditional") in found


def test_agreement_text_is_commitment(run: Run) -> None:
    text = "The United States will withdraw all its forces from Afghanistan within 14 months."
    pledged = ("United States", "RETREAT", None, A, "commitment")
    assert pledged in triples(run(text, kind="agreement"))
    assert ("United States", "RETREAT", None, A, "future") in triples(run(text, kind="news"))


def test_threats_are_future(run: Run) -> None:
    found = triples(run("Iran threatened to attack Israel."))
    assert ("Iran", "THREATEN", "Israel", A, "future") in found  # the threatened party


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverbial clause is asserted on its own: the main clause's hedge stays there
        ("Peace appeared closer than perhaps ever before, as the Taliban met with al-Qaeda.",
         ("Taliban", "CONSULT", "al-Qaeda", A, "asserted")),
        # the agreement signed is a signing, not a pledge
        ("The council welcomed the agreement signed by Hamas and Israel.",
         ("Hamas", "AGREE", "Israel", A, "asserted")),
        # "deal" as a verb is no pledge noun
        ("Hamas dealt a defeat to Fatah as the United States withdrew its forces.",
         ("United States", "RETREAT", None, A, "asserted")),
        ("Taliban relations with al-Qaeda appeared to stay friendly.",
         ("Taliban", "TIES", "al-Qaeda", A, "hedged")),
        ("The United States will reduce its forces as a condition for peace.",
         ("United States", "RETREAT", None, A, "conditional")),
    ],
)
def test_scope_of_qualifiers(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_a_truce_signed_is_each_partys_pledge(run: Run) -> None:
    found = triples(run("Hamas and Israel signed a truce on Monday."))
    assert ("Hamas", "RETREAT", None, "affirmed", "commitment") in found
    assert ("Israel", "RETREAT", None, "affirmed", "commitment") in found


def test_a_truce_observed_is_asserted(run: Run) -> None:
    found = triples(run("Hamas observed the truce on Monday."))
    assert ("Hamas", "RETREAT", None, "affirmed", "asserted") in found


def test_what_a_party_has_yet_to_do_is_not_done(run: Run) -> None:
    found = triples(run("Hamas has yet to release the hostages."))
    assert ("Hamas", "CONCEDE", "hostages", N, "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "The United States pledged to withdraw its troops by May, a process that is already "
        "underway.",
        "The United States promised to withdraw its forces within a year; troops have since "
        "been reduced by half.",
    ],
)
def test_a_promised_retreat_said_to_be_under_way_is_also_asserted(run: Run, text: str) -> None:
    found = triples(run(text))
    assert ("United States", "RETREAT", None, A, "commitment") in found
    assert ("United States", "RETREAT", None, A, "asserted") in found


def test_a_promised_retreat_not_yet_begun_is_only_a_commitment(run: Run) -> None:
    found = triples(run("The United States pledged to withdraw its troops, a process that has "
                        "not yet begun."))
    assert ("United States", "RETREAT", None, A, "asserted") not in found


def test_another_party_starting_something_carries_out_no_promise(run: Run) -> None:
    found = triples(run("The United States pledged to withdraw its troops, and the Taliban have "
                        "started talks with the government."))
    assert ("United States", "RETREAT", None, A, "asserted") not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis freed the crew in exchange for the lifting of U.S. sanctions on the port.",
        "The Houthis accepted international monitors at the port in exchange for a broad "
        "lifting of U.S., Security Council (UNSC), and IAEA sanctions on the group.",
        "Under the deal, the U.S. lifts its sanctions on the Houthis.",
    ],
)
def test_the_price_of_a_bargain_is_a_commitment(run: Run, text: str) -> None:
    conceded = {(s, m) for s, r, _, _, m in triples(run(text)) if r == "CONCEDE"}
    assert ("U.S.", "commitment") in conceded
    assert ("U.S.", "asserted") not in conceded


def test_sanctions_lifted_outside_a_bargain_are_asserted(run: Run) -> None:
    found = triples(run("The Houthis freed the crew after the lifting of U.S. sanctions on the "
                        "port."))
    assert ("U.S.", "CONCEDE", None, A, "asserted") in found


@pytest.mark.parametrize("verb", ["said", "reported", "thought"])
def test_a_passive_report_naming_no_reporter_hedges(run: Run, verb: str) -> None:
    text = f"The Taliban were {verb} to have met al-Qaeda in Doha last spring."
    assert ("Taliban", "CONSULT", "al-Qaeda", A, "hedged") in triples(run(text))


def test_a_passive_report_naming_its_reporter_does_not_hedge(run: Run) -> None:
    text = "The Taliban were said by Hamas to have met al-Qaeda in Doha last spring."
    assert ("Taliban", "CONSULT", "al-Qaeda", A, "asserted") in triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway offered to mediate between Colombia and the ELN.",
         ("Norway", "CONSULT", "ELN", A, "commitment")),
        ("Qatar offered humanitarian aid to Sudan.", ("Qatar", "AID", "Sudan", A, "commitment")),
        ("Hamas volunteered to free the hostages.", ("Hamas", "CONCEDE", "hostages", A,
                                                       "commitment")),
    ],
)
def test_an_offer_is_a_commitment(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan gave an undertaking to withdraw its troops from Abyei.",
         ("Sudan", "RETREAT", None, A, "commitment")),
        ("Hamas gave assurances that it would release the hostages.",
         ("Hamas", "CONCEDE", "hostages", A, "commitment")),
    ],
)
def test_what_a_pledge_noun_names_is_a_commitment(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Observers praised the decision announced by Sudan on Monday to withdraw its troops.",
         ("Sudan", "RETREAT", None, A, "future")),
        ("The envoy praised the pledge made by Hamas to free the hostages.",
         ("Hamas", "CONCEDE", "hostages", A, "commitment")),
    ],
)
def test_an_infinitive_hung_on_a_participle_is_what_the_pledge_is_for(
    run: Run, text: str, expected: tuple
) -> None:
    assert expected in triples(run(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya remains committed to withdrawing its troops from Somalia.",
         ("Kenya", "RETREAT", None, A, "commitment")),
        ("Russia is not ready to withdraw its troops from Belarus.",
         ("Russia", "RETREAT", None, N, "future")),
    ],
)
def test_an_adjective_passes_its_verbs_qualifiers_on(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))

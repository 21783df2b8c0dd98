"""Calls with no addressee, unnamed parties, and towns the tagger takes for actors, from
sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.analyze.conftest import Run, triples

from pactwatch.analyze.extensions import ACTORS

A = "affirmed"


def test_a_call_for_something_to_stop_is_a_request_with_no_addressee(run: Run) -> None:
    found = triples(run("The Security Council called for the shelling to stop at once."))
    assert ("Security Council", "REQUEST", None, A, "asserted") in found


def test_urging_a_thing_is_a_request_with_no_addressee(run: Run) -> None:
    found = triples(run("The Security Council urged an immediate end to the fighting."))
    assert ("Security Council", "REQUEST", None, A, "asserted") in found


def test_urging_unnamed_parties_yields_no_request(run: Run) -> None:
    found = triples(run("The Security Council urged the warring factions to lay down arms."))
    assert not any(t[1] == "REQUEST" for t in found)


def test_what_an_unnamed_addressee_is_asked_to_do_is_not_the_callers_act(run: Run) -> None:
    found = triples(run(
        "The Security Council called on the parties to agree to extend the ceasefire."))
    assert not any(t[1] in ("RETREAT", "AGREE") for t in found)


def test_a_named_addressee_still_acts_in_the_asked_clause(run: Run) -> None:
    found = triples(run("The Security Council urged the Houthis to end their attacks."))
    assert ("Security Council", "REQUEST", "Houthis", A, "asserted") in found


def test_a_truce_between_unnamed_parties_is_no_speakers_retreat(run: Run) -> None:
    found = triples(run("Egypt welcomed the truce between the parties over the holiday."))
    assert not any(t[0] == "Egypt" and t[1] == "RETREAT" for t in found)


def test_a_truce_between_named_parties_binds_each_of_them(run: Run) -> None:
    found = triples(run("Egypt welcomed the truce between Hamas and Hezbollah."))
    assert {("Hamas", "RETREAT", None, A), ("Hezbollah", "RETREAT", None, A)} <= {
        t[:4] for t in found}


def test_towns_attacked_are_not_parties(run: Run) -> None:
    analyzed = run("The envoy deplored the attacks on Dorvenka and Kessalou last week.")
    assert not triples(analyzed)


def test_a_town_where_something_happened_is_not_a_mention(nlp: Language) -> None:
    doc = nlp("A peacekeeper was killed at Marbolek and the Taliban attacked Hamas.")
    assert "Marbolek" not in [m.text for m in doc.spans[ACTORS]]


def test_the_doer_of_what_is_asked_for_is_addressed(run: Run) -> None:
    found = triples(run("The Security Council demanded full compliance by the Houthis with "
                        "the agreement."))
    assert ("Security Council", "REQUEST", "Houthis", "affirmed", "asserted") in found


def test_a_deadline_is_not_an_addressee(run: Run) -> None:
    found = triples(run("Hamas called for a ceasefire by the end of the month."))
    assert ("Hamas", "REQUEST", None, "affirmed", "asserted") in found


def test_a_resolution_demanding_speaks_for_the_body_that_adopted_it(run: Run) -> None:
    found = triples(run("The Security Council adopted a resolution calling on Hamas to release "
                        "the hostages."))
    assert ("Security Council", "REQUEST", "Hamas", A, "asserted") in found


def test_a_statement_condemning_speaks_for_its_issuer(run: Run) -> None:
    found = triples(run("Hamas issued a statement condemning Israel."))
    assert ("Hamas", "ACCUSE", "Israel", A, "asserted") in found


def test_a_resolution_requiring_a_party_to_leave_is_a_request(run: Run) -> None:
    found = triples(run("The Iraqi parliament passed a resolution requiring U.S. forces to "
                        "leave Iraq."))
    assert ("Iraqi parliament", "REQUEST", "U.S. forces", "affirmed", "asserted") in found
    assert not any(r == "RETREAT" for _, r, *_ in found)  # asked for, not done


def test_requiring_a_thing_asks_nothing_of_what_follows(run: Run) -> None:
    found = triples(run("The accord required limits on enrichment in exchange for the lifting "
                        "of U.S. sanctions on Iran."))
    # the lifting is the price of the bargain (guideline rule 6), not a request
    assert ("U.S.", "CONCEDE", "Iran", "affirmed", "commitment") in found
    assert not any(r == "REQUEST" for _, r, *_ in found)

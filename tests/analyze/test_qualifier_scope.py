"""Which governors reach a trigger: coordinated verbs, copulas with a pledge as subject,
intention verbs with an event as object, causes outside the chain, and participles that
describe rather than report."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, all_claims, triples

A, N = "affirmed", "negated"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah committed to disarming its fighters and holding talks with Lebanon.",
         ("Hezbollah", "CONSULT", "Lebanon", A, "commitment")),
        ("The deal was that Hamas would not attack Israel.",
         ("Hamas", "ASSAULT", "Israel", N, "commitment")),
        ("The plan is that Russia will withdraw its troops and that Ukraine will not attack "
         "Russia.", ("Ukraine", "ASSAULT", "Russia", N, "future")),
        ("Through the operation, Kenya seeks the defeat of al-Shabaab.",
         ("Kenya", "ASSAULT", "al-Shabaab", A, "future")),
        ("Hamas pledged a withdrawal of its fighters.",
         ("Hamas", "RETREAT", None, A, "commitment")),
        ("The sanctions are intended to hold Hamas accountable for acts including its attacks "
         "on Israel.", ("Hamas", "ASSAULT", "Israel", A, "asserted")),
        ("Israel vowed to punish Hamas over its attacks on Israel.",
         ("Hamas", "ASSAULT", "Israel", A, "asserted")),
    ],
)
def test_governors_in_scope(run: Run, text: str, expected: tuple) -> None:
    assert expected in triples(run(text))


def test_a_coordinated_clause_with_its_own_negation_keeps_it(run: Run) -> None:
    found = triples(run("The pact said that Hamas would not shell Israel and that Hezbollah "
                        "wouldn't help Hamas."))
    assert ("Hezbollah", "AID", "Hamas", N, "future") in found


def test_a_negative_first_conjunct_does_not_negate_the_second(run: Run) -> None:
    found = triples(run("Hezbollah committed to preventing attacks and holding talks with "
                        "Lebanon."))
    assert ("Hezbollah", "CONSULT", "Lebanon", A, "commitment") in found


def source_of(run: Run, text: str, relation: str) -> str | None:
    claim = next(c for c in all_claims(run(text)) if str(c.relation) == relation)
    return claim.source.name


def test_a_participle_describing_a_noun_is_the_writers(run: Run) -> None:
    text = ("The Security Council welcomed the talks enabled by the ceasefire agreement signed "
            "by Armenia and Azerbaijan.")
    assert source_of(run, text, "AGREE") is None


def test_a_hyphenated_backer_is_the_writers(run: Run) -> None:
    text = "Kenya announced that it would help the Ethiopia-backed militia retain control."
    assert source_of(run, text, "AID") is None


def test_a_reported_signing_keeps_its_speaker(run: Run) -> None:
    text = "The envoy said Armenia and Azerbaijan signed the ceasefire agreement."
    assert source_of(run, text, "AGREE") == "envoy"


def test_an_event_noun_described_by_a_participle_is_the_writers(run: Run) -> None:
    text = "The envoy said the talks held by Hamas and Israel in Cairo failed."
    assert source_of(run, text, "CONSULT") is None


def test_a_relative_clause_describing_a_party_is_asserted_on_its_own(run: Run) -> None:
    text = "Ethiopia refused to extradite the Somali militants who attacked Kenya."
    found = triples(run(text))
    assert ("Somali militants", "ASSAULT", "Kenya", "affirmed", "asserted") in found


def test_a_denied_report_negates_its_content(run: Run) -> None:
    found = triples(run("Hamas denied reports that it had shelled Israel."))
    assert ("Hamas", "ASSAULT", "Israel", "negated", "asserted") in found

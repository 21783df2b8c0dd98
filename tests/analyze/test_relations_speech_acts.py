"""Speech acts: refuted allegations, calls and their addressees, threats, condemnations and
rejections, from sentences written for these tests."""

from __future__ import annotations

from tests.analyze.conftest import Run, all_claims, triples

A, N = "affirmed", "negated"


def test_rejected_allegations_negate_the_alleged_act(run: Run) -> None:
    found = triples(run("Hamas rejected allegations that its fighters had attacked Egypt."))
    assert ("Hamas", "REJECT", None, A, "asserted") in found
    assert any(t[1:4] == ("ASSAULT", "Egypt", N) for t in found)
    assert not any(t[1:4] == ("ASSAULT", "Egypt", A) for t in found)


def test_dismissed_reports_negate_the_reported_act(run: Run) -> None:
    """'report' is also a verb of saying: the refuting verb above the noun still counts."""
    found = triples(run("The Taliban dismissed reports that al-Qaeda had attacked Hezbollah."))
    assert ("al-Qaeda", "ASSAULT", "Hezbollah", N, "asserted") in found


def test_rejecting_a_proposal_does_not_negate_its_content(run: Run) -> None:
    found = triples(run("Hamas rejected a proposal that Hezbollah should attack Israel."))
    assert not any(t[:4] == ("Hezbollah", "ASSAULT", "Israel", N) for t in found)


def test_the_doer_named_after_an_alleged_act_is_its_subject(run: Run) -> None:
    """'allegations of X by Y': the parser hangs 'by Y' on the allegations."""
    found = triples(run("The ministry rejected allegations of attacks by the Houthis."))
    assert ("Houthis", "ASSAULT", None, N, "asserted") in found


def test_the_one_who_alleges_is_no_doer(run: Run) -> None:
    found = triples(run("Egypt published allegations by Hamas of attacks in Rafah."))
    assert not any(t[0] == "Hamas" and t[1] == "ASSAULT" for t in found)


def test_an_addressee_added_with_as_well_as_is_addressed(run: Run) -> None:
    """'urged X, as well as Y to act': the parser makes Y the infinitive's subject or hangs
    it on the verb; Y is asked all the same."""
    found = triples(run("The Security Council urged the armed groups, as well as Hamas to "
                        "honour their commitments."))
    assert ("Security Council", "REQUEST", "Hamas", A, "asserted") in found


def test_calling_for_support_of_a_partys_efforts_supports_it(run: Run) -> None:
    found = triples(run("The Security Council called for full support of the efforts by "
                        "Egypt and Qatar."))
    assert {("Security Council", "SUPPORT", "Egypt", A, "asserted"),
            ("Security Council", "SUPPORT", "Qatar", A, "asserted")} <= found


def test_calling_for_support_of_no_party_is_only_a_call(run: Run) -> None:
    found = triples(run("The Security Council called for support to peace efforts."))
    assert not any(t[1] == "SUPPORT" for t in found)


def test_declared_readiness_to_impose_sanctions_is_a_threat(run: Run) -> None:
    found = triples(run("The Security Council reiterated its readiness to impose sanctions on "
                        "those who obstruct the peace process."))
    assert ("Security Council", "THREATEN", None, A, "future") in found


def test_a_party_ready_to_attack_threatens(run: Run) -> None:
    found = triples(run("Hezbollah is prepared to attack Israel if the siege continues."))
    assert ("Hezbollah", "THREATEN", "Israel", A, "future") in found


def test_being_able_to_act_is_no_act(run: Run) -> None:
    found = triples(run("Iran is able to supply weapons to the Houthis."))
    assert not any(t[1] == "AID" for t in found)


def test_readiness_to_yield_is_no_threat(run: Run) -> None:
    found = triples(run("Hamas announced its readiness to release hostages."))
    assert not any(t[1] == "THREATEN" for t in found)


def test_a_second_call_coordinated_with_a_first_is_a_call_of_its_own(run: Run) -> None:
    found = triples(run("The Security Council called for calm and called on Hezbollah not to "
                        "intervene in the conflict."))
    assert ("Security Council", "REQUEST", "Hezbollah", A, "asserted") in found


def test_what_a_call_asks_for_is_still_no_claim(run: Run) -> None:
    found = triples(run("The Security Council urged Hamas to stop its attacks and release "
                        "the hostages."))
    assert not any(t[1] in ("CONCEDE", "RETREAT") for t in found)


def test_turning_down_and_refuting_are_rejections(run: Run) -> None:
    assert ("Hamas", "REJECT", None, A, "asserted") in triples(
        run("Hamas turned down the proposal."))
    found = triples(run("Hezbollah refuted claims that its fighters had attacked Israel."))
    assert ("Hezbollah", "REJECT", None, A, "asserted") in found
    assert not any(t[1:4] == ("ASSAULT", "Israel", A) for t in found)


def test_listing_as_a_terrorist_organisation_is_a_sanction(run: Run) -> None:
    found = triples(run("The United States listed al-Shabaab as a Foreign Terrorist "
                        "Organization."))
    assert ("United States", "SANCTION", "al-Shabaab", A, "asserted") in found


def test_listing_as_anything_else_is_no_sanction(run: Run) -> None:
    found = triples(run("The United States listed Hamas as a party to the conflict."))
    assert not any(t[1] == "SANCTION" for t in found)


def test_reimposed_sanctions_name_their_target(run: Run) -> None:
    found = triples(run("The United States reimposed sanctions on Iran."))
    assert ("United States", "SANCTION", "Iran", A, "asserted") in found


def test_condemning_a_killing_accuses_its_doer_not_its_victims(run: Run) -> None:
    found = triples(run("The Security Council deplored the killing of peacekeepers by "
                        "al-Shabaab."))
    assert ("Security Council", "ACCUSE", "al-Shabaab", A, "asserted") in found
    assert not any(t[1] == "ACCUSE" and t[2] == "peacekeepers" for t in found)


def test_condemning_a_killing_with_no_named_doer_accuses_no_one(run: Run) -> None:
    found = triples(run("The Security Council condemned the killing of civilians."))
    assert not any(t[1] == "ACCUSE" for t in found)


def test_demanding_a_release_asks_the_captors(run: Run) -> None:
    found = triples(run("The Security Council demanded the immediate release of all hostages "
                        "held by Hamas."))
    assert ("Security Council", "REQUEST", "Hamas", A, "asserted") in found
    assert not any(t[1] == "REQUEST" and t[2] == "hostages" for t in found)


def test_opposing_voting_against_and_blocking_a_resolution_reject_it(run: Run) -> None:
    for text in ("Iran opposed the draft resolution.",
                 "The United States voted against the resolution.",
                 "The United States blocked the resolution in the Security Council."):
        assert any(t[1] == "REJECT" for t in triples(run(text))), text


def test_voting_for_a_resolution_rejects_nothing(run: Run) -> None:
    assert not any(t[1] == "REJECT" for t in triples(
        run("The United States voted for the resolution.")))


def test_what_is_said_to_be_needed_has_not_happened(run: Run) -> None:
    found = triples(run("The Security Council stressed the need for Hamas to release the "
                        "hostages."))
    assert not any(t[1] == "CONCEDE" for t in found)


def test_insisting_on_a_thing_is_a_call_with_no_addressee(run: Run) -> None:
    found = triples(run("The Secretary-General insisted on the need for a ceasefire."))
    assert ("Secretary-General", "REQUEST", None, A, "asserted") in found


def test_a_call_on_an_unnamed_group_is_still_no_claim(run: Run) -> None:
    found = triples(run("The Security Council called on all parties to exercise restraint."))
    assert not any(t[1] == "REQUEST" for t in found)


def test_suspended_cooperation_is_a_rejection_not_cooperation(run: Run) -> None:
    found = triples(run("Hamas suspended its cooperation with Hezbollah."))
    assert ("Hamas", "REJECT", None, A, "asserted") in found
    assert not any(t[1:4] == ("COOPERATE", "Hezbollah", A) for t in found)


def test_the_purpose_of_an_obligation_has_not_happened(run: Run) -> None:
    """'X must join together to urge Y': the speaker asks X; X has not urged Y yet."""
    found = triples(run("Jane Roe said the Security Council must join together to urge Hamas "
                        "to release the hostages."))
    assert not any(t[:3] == ("Security Council", "REQUEST", "Hamas") for t in found)


def test_an_issuer_calling_an_attack_unacceptable_accuses_its_doer(run: Run) -> None:
    found = triples(run("Al-Shabaab's attacks on Kenyan civilians are immoral and unacceptable.",
                        kind="official_statement", author="United States"))
    assert ("United States", "ACCUSE", "Al-Shabaab", A, "asserted") in found


def test_a_news_writer_calling_an_attack_unacceptable_accuses_no_one(run: Run) -> None:
    found = triples(run("Al-Shabaab's attacks on Kenyan civilians are immoral and unacceptable."))
    assert not any(t[1] == "ACCUSE" for t in found)


def test_leaving_or_quitting_an_accord_is_a_rejection(run: Run) -> None:
    for text in ("The United States left the agreement in 2018.", "Iran quit the treaty."):
        assert any(t[1] == "REJECT" for t in triples(run(text))), text


def test_a_travel_ban_is_a_sanction_and_a_ban_on_schooling_coercion(run: Run) -> None:
    assert any(t[:2] == ("Security Council", "SANCTION") for t in triples(
        run("The Security Council imposed a travel ban on five Houthi leaders.")))
    assert any(t[:2] == ("Taliban", "COERCE") for t in triples(
        run("The Taliban imposed a ban on girls' education.")))


def test_saying_a_party_violated_an_accord_accuses_it(run: Run) -> None:
    found = triples(run("Israel said Hamas had violated the ceasefire."))
    assert ("Israel", "ACCUSE", "Hamas", "affirmed", "asserted") in found


def test_a_violation_in_the_writers_voice_is_no_accusation(run: Run) -> None:
    found = triples(run("Hamas violated the ceasefire on Sunday."))
    assert not any(r == "ACCUSE" for _, r, _, _, _ in found)


def _sources(text: str, run: Run) -> set[tuple[str, str, str | None]]:
    return {(c.subject.mention, str(c.relation), c.source.name) for c in all_claims(run(text))}


def test_leaving_an_accord_is_a_deed_its_own_announcement_attributes(run: Run) -> None:
    """A speech-act REJECT ('rejected the offer') is its speaker's own act, source null; a
    party's word that it is suspending or leaving an accord reports a deed, so it is the
    source (guideline rule 3)."""
    assert ("Hamas", "REJECT", "Hamas") in _sources(
        "Hamas said it was suspending its participation in the truce talks.", run)
    assert ("Hamas", "REJECT", None) in _sources("Hamas said it rejected the offer.", run)

"""What counts as an actor mention, and what a pronoun may point back to."""

from __future__ import annotations

from tests.analyze.conftest import Run, all_claims, triples

from pactwatch.analyze.extensions import ACTORS, ANAPHORS


def mentions(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [span.text for span in doc.spans[ACTORS]]


def test_a_named_instrument_is_not_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Council urged the Houthis to respect the Lake Tana Accord and "
                          "the Northern Grain Initiative.")
    assert "Houthis" in found
    assert not any("Accord" in m or "Initiative" in m for m in found)


def test_a_role_noun_describing_a_thing_names_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "No Military Solution Possible, Envoys Say.")
    assert "Military" not in found


def test_a_role_noun_before_a_force_or_an_act_still_names_the_party(run: Run) -> None:
    found = triples(run("The Government offensive killed dozens of civilians."))
    assert any(s == "Government" and r == "ASSAULT" for s, r, *_ in found)


def test_it_continues_a_thing_not_the_issuing_body(run: Run) -> None:
    text = ("The arrangement has two stages. The first stage lasts a month. It includes a "
            "complete ceasefire.")
    analyzed = run(text, kind="official_statement", author="Ministry of Foreign Affairs")
    assert all_claims(analyzed) == []


def test_it_still_means_the_issuing_body_when_nothing_came_before(run: Run) -> None:
    analyzed = run("It urged the Houthis to release the detained aid workers.",
                   kind="official_statement", author="Ministry of Foreign Affairs")
    assert any(c.subject.mention == "Ministry of Foreign Affairs" for c in all_claims(analyzed))


def test_they_after_unnamed_forces_means_those_forces(run: Run) -> None:
    text = "The Taliban trains local forces until they can fight al-Qaeda on their own."
    found = triples(run(text))
    assert not any(s == "Taliban" and r == "ASSAULT" for s, r, *_ in found)


def test_they_after_a_named_force_still_resolves(run: Run) -> None:
    text = "The Houthis said they attacked Saudi forces near the border."
    found = triples(run(text))
    assert any(s == "Houthis" and r == "ASSAULT" for s, r, *_ in found)


def test_a_name_ends_before_its_parenthesised_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The envoy thanked the Regional Authority for Peace (RAP) for its help.")
    assert "Regional Authority for Peace" in found
    assert not any("(" in m for m in found)


def test_a_people_is_a_group_not_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Afghans who worked with the embassy were flown out.")
    assert [(s.text, s.label_) for s in doc.spans[ACTORS]][:1] == [("Afghans", "GROUP")]


def test_an_indefinite_role_noun_names_no_body(run: Run) -> None:
    found = triples(run("Washington has not recognized any government in the country."))
    assert not any(o == "government" for _, _, o, *_ in found)


def test_a_participle_joined_to_no_name_makes_no_backed_group(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Armed groups attacked the town, and Iran-backed militias fled.")
    assert "Iran-backed militias" in found
    assert not any(m.lower() == "armed groups" for m in found)


def test_a_name_with_a_title_in_apposition_is_a_she_not_an_it(nlp_with_people) -> None:  # type: ignore[no-untyped-def]
    text = ("\"The truce must hold,\" said Jane Roe, Under-Secretary-General for Political "
            "Affairs. Noting that the Houthis had attacked the port, she urged them to stop. "
            "Not all of it was rebuilt.")
    doc = nlp_with_people(text)
    antecedents = {(span.text, coref[3]) for span, coref in
                   zip(doc.spans[ANAPHORS], doc._.pw_coref, strict=True)}
    assert ("she", "Jane Roe") in antecedents
    assert ("it", "Jane Roe") not in antecedents


def test_a_person_named_after_a_movement_stays_one_person(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The ministry listed Abdul Karim al-Houthis and Omar al-Taliban as members.")
    found = [(s.text, s.label_) for s in doc.spans[ACTORS]]
    assert not any(text in ("Houthis", "Taliban") for text, _ in found)


def test_a_designation_after_as_is_not_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Washington will designate the Houthis as a Foreign Terrorist "
                          "Organization next month.")
    assert "Houthis" in found
    assert not any("Organization" in m for m in found)


def test_a_province_is_a_place_not_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Taliban shelled Ghazni province, Member States said.")
    assert "Taliban" in found and "Member States" in found
    assert not any("Ghazni" in m for m in found)


def test_a_state_of_a_federation_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "Government troops attacked villages in Unity State.")
    assert found == ["Government"]


def test_a_town_naming_where_an_attack_was_is_not_its_author(run: Run) -> None:
    found = triples(run("The Kandahar bombing killed twelve people, and Hamas attacked Israel."))
    assert not any(s == "Kandahar" for s, *_ in found)


def test_a_registry_name_placed_by_a_preposition_is_where(nlp) -> None:  # type: ignore[no-untyped-def]
    found = mentions(nlp, "The Taliban met U.S. negotiators at Doha, and Hamas fighters clashed "
                          "with Hezbollah near Hamas positions.")
    assert {"Taliban", "Hezbollah"} <= set(found)
    doc = nlp("The Houthis attacked a ship near the United States.")
    assert [s.text for s in doc.spans[ACTORS]] == ["Houthis"]


def test_my_intent_to_act_is_the_issuing_body_acting(run: Run) -> None:
    text = "The Ministry will inform Parliament of my intent to designate the Houthis."
    analyzed = run(text, kind="official_statement", author="Ministry of Foreign Affairs")
    assert any(c.subject.mention == "Ministry of Foreign Affairs" and str(c.relation) == "SANCTION"
               for c in all_claims(analyzed))


def antecedents(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return {(span.text, coref[3]) for span, coref in
            zip(doc.spans[ANAPHORS], doc._.pw_coref, strict=True)}


def test_a_pleonastic_it_refers_to_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "The Houthis fired missiles. It is vital to de-escalate, and it "
                             "is fortunate that nobody died.")
    assert not any(word.lower() == "it" for word, _ in found)


def test_the_group_of_a_name_is_no_description(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "The mission supports Hamas and the Group of Seven for the Lakes.")
    assert not any(word == "the Group" for word, _ in found)


def test_an_adjective_is_no_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "Yemen wants to be free from Iranian interference and at peace "
                             "with its neighbours.")
    assert ("its", "Yemen") in found


def test_a_place_is_still_what_its_refers_to(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "Fighting went on inside Syria and across its borders.")
    assert ("its", "Syria") in found
    assert "Syria" not in mentions(nlp, "The Houthis carried out operations inside Syria.")


def test_a_pronoun_continuing_an_unknown_speaker_stays_unknown(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "Briefing the Council, he pointed to his talks with the "
                             "President, Jane Roe. He also said that talks had stalled.")
    assert ("He", "President") not in found


def test_their_after_a_coordinated_plural_belongs_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "The Council backs the Houthis in holding smugglers and their "
                             "backers accountable.")
    assert not any(word == "their" for word, _ in found)
    found = antecedents(nlp, "The Council warned the Houthis and their allies.")
    assert ("their", "Houthis") in found


def test_a_possessive_of_a_thing_subject_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "The Houthis met. Aid workers continued their work.")
    assert not any(word == "their" for word, _ in found)


def test_it_as_a_deed_refers_to_nobody(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "The Houthis promised a truce. They did it quietly.")
    assert not any(word == "it" for word, _ in found)


def test_a_group_description_passes_over_a_government(nlp) -> None:  # type: ignore[no-untyped-def]
    found = antecedents(nlp, "Officials accused the Wagner Group and the transition government "
                             "of deploying the mercenary force near the border.")
    assert ("the mercenary force", "Wagner Group") in found


def _they(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(target[3] for span, target in zip(doc.spans[ANAPHORS], doc._.pw_coref,
                                                   strict=True) if span.text == "they")


def test_they_means_the_people_named_after_a_state_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The European Union froze the assets of two Sudanese officials after reports "
            "that they armed the militia.")
    assert _they(nlp, text) == "Sudanese officials"


def test_they_means_commanders_of_a_group_not_the_sanctioning_capital(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States blacklisted five Houthi commanders, saying they had seized ships."
    assert _they(nlp, text) == "Houthi"


def test_they_after_a_name_before_acts_is_not_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States condemned Houthi raids, saying they endangered shipping."
    assert _they(nlp, text) == "United States"


def test_they_in_a_later_sentence_still_continues_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Taliban met Qatari officials in Doha. They agreed to exchange prisoners."
    assert _they(nlp, text.replace("They", "they")) == "Taliban"


def test_the_reason_for_a_reproach_belongs_to_the_reproached(run: Run) -> None:
    found = triples(run("Kenya criticised Somalia for its attacks on the border."))
    assert ("Somalia", "ASSAULT", None, "affirmed", "asserted") in found
    assert not any(s == "Kenya" and r == "ASSAULT" for s, r, *_ in found)


def test_the_reason_for_thanks_adds_no_claim_of_the_thanked(run: Run) -> None:
    found = triples(run("The Council thanked Qatar for its support to the talks."))
    assert {(s, r, o) for s, r, o, *_ in found} == {("Council", "SUPPORT", "Qatar")}


def test_bare_members_are_the_body_of_members_named_before(run: Run) -> None:
    found = triples(run("The Security Council met on Friday. Members condemned the attack by "
                        "the Houthis on a cargo ship."))
    assert ("Security Council", "ACCUSE", "Houthis", "affirmed", "asserted") in found


def test_members_of_something_else_are_no_body(run: Run) -> None:
    found = triples(run("The Security Council met on Friday. Members of the crew said the "
                        "Houthis attacked the ship."))
    assert not any(s == "Security Council" and r == "ASSAULT" for s, r, *_ in found)


def test_the_reason_for_holding_to_account_belongs_to_the_one_held(run: Run) -> None:
    found = triples(run("The United States held Iran responsible for its attacks on tankers."))
    assert ("Iran", "ASSAULT", None, "affirmed", "asserted") in found


def test_a_thing_holding_to_account_leaves_the_reason_to_the_one_held(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The designations hold the Houthis accountable for their attacks on shipping.")
    assert [(span.text, text) for span, (*_, text) in zip(doc.spans[ANAPHORS], doc._.pw_coref,
                                                          strict=True)] == [("their", "Houthis")]


def test_a_town_reached_by_an_attack_or_a_withdrawal_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in ("The Houthis launched an assault on El Maradi on Sunday.",  # NER: ORG
                 "Hezbollah completed its withdrawal from El Maradi last week.",
                 "Al-Shabaab withdrew from Qoryoley on Monday."):  # NER: ORG
        assert len(mentions(nlp, text)) == 1, text


def test_a_person_attacked_stays_a_party(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Jane Roe" in mentions(nlp, "The Houthis launched an assault on Jane Roe on Sunday.")


def test_they_continues_no_subject_of_a_clause_describing_a_noun(run: Run) -> None:
    found = triples(run("The Security Council met after reports that al-Shabaab had massed "
                        "fighters near the port, where many refugees live. They urged "
                        "al-Shabaab to pull back."))
    assert ("Security Council", "REQUEST", "al-Shabaab", "affirmed", "asserted") in found
    found = triples(run("The Taliban met the envoy after news that Wagner Group was sending "
                        "instructors. They rejected any foreign presence."))
    assert any(s == "Taliban" and r == "REJECT" for s, r, *_ in found)

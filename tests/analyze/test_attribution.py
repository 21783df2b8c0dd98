"""Who asserts a claim: the writer, a speaker, a cited document, nested and carried over."""

from __future__ import annotations

import pytest
from tests.analyze.conftest import Run, all_claims

from pactwatch.model import Claim, SourceKind


def consult(run: Run, text: str, **kwargs: str) -> Claim:
    return next(c for c in all_claims(run(text, **kwargs)) if str(c.relation) == "CONSULT")


def test_writer_by_default(run: Run) -> None:
    claim = consult(run, "The Taliban met with al-Qaeda in Doha.")
    assert claim.source.kind is SourceKind.AUTHOR and claim.source.name is None


def test_said(run: Run) -> None:
    claim = consult(run, "Zalmay Khalilzad said the Taliban met with al-Qaeda.")
    assert (claim.source.kind, claim.source.name) == (SourceKind.PERSON, "Zalmay Khalilzad")


def test_said_after_the_content(run: Run) -> None:
    claim = consult(run, "The Taliban met with al-Qaeda twice, Zalmay Khalilzad told reporters.")
    assert claim.source.name == "Zalmay Khalilzad"


def test_according_to_a_report(run: Run) -> None:
    claim = consult(run, "According to the U.N. report, the Taliban met with al-Qaeda.")
    assert claim.source.kind is SourceKind.DOCUMENT
    assert "report" in (claim.source.name or "")


def test_nested_sources_keep_their_chain(run: Run) -> None:
    claim = consult(
        run, "The U.N. report said Zalmay Khalilzad told envoys that the Taliban met al-Qaeda."
    )
    assert claim.source.name == "Zalmay Khalilzad"
    assert claim.source.chain == ("U.N. report", "Zalmay Khalilzad")


def test_quote_carries_the_speaker_over(run: Run) -> None:
    analyzed = run(
        'Zalmay Khalilzad said the talks were hard. "The Taliban met with al-Qaeda last month."'
    )
    claim = next(c for c in analyzed.sentences[1].claims if str(c.relation) == "CONSULT")
    assert claim.source.name == "Zalmay Khalilzad"


def test_pronoun_speaker_resolves_to_the_person(run: Run) -> None:
    claim = consult(
        run, "Zalmay Khalilzad briefed the Council. He said the Taliban met with al-Qaeda."
    )
    assert claim.source.name == "Zalmay Khalilzad"


def test_speech_act_has_the_speaker_as_subject_and_no_source(run: Run) -> None:
    claims = all_claims(run("The Security Council condemned the attack by al-Shabaab."))
    accuse = next(c for c in claims if str(c.relation) == "ACCUSE")
    assert accuse.subject.mention == "Security Council" and accuse.object
    assert accuse.object.mention == "al-Shabaab"
    assert accuse.source.kind is SourceKind.AUTHOR


def test_denial_is_a_reject_and_a_negated_content_from_the_denier(run: Run) -> None:
    claims = all_claims(run("The Taliban denied any links with al-Qaeda."))
    ties = next(c for c in claims if str(c.relation) == "TIES")
    assert str(ties.polarity) == "negated" and ties.object and ties.object.mention == "al-Qaeda"
    assert any(str(c.relation) == "REJECT" for c in claims)


@pytest.mark.parametrize(("verb", "noun"), [("rejected", "allegations"),
                                           ("dismissed", "reports"), ("denied", "allegations")])
def test_rejected_allegations_are_the_deniers_negated_content(
        run: Run, verb: str, noun: str) -> None:
    claims = all_claims(run(f"Hamas {verb} {noun} that it had attacked Israel."))
    attack = next(c for c in claims if str(c.relation) == "ASSAULT")
    assert str(attack.polarity) == "negated" and attack.source.name == "Hamas"
    assert any(str(c.relation) == "REJECT" and c.source.kind is SourceKind.AUTHOR
               for c in claims)


def test_a_speaker_parsed_as_the_subject_of_an_opening_participle_speaks(run: Run) -> None:
    claim = consult(run, "Jane Roe, noting that her delegation had asked for the meeting, "
                         "stressed that the Taliban had met al-Qaeda.")
    assert claim.source.name == "Jane Roe"


def test_reports_a_speaker_confirms_are_the_speakers(run: Run) -> None:
    claim = consult(run, "Jane Roe confirmed reports that the Taliban had met al-Qaeda.")
    assert claim.source.name == "Jane Roe"


@pytest.mark.parametrize("text", [
    "The Taliban, the report said, met al-Qaeda in Kandahar.",
    "As the report notes, the Taliban met al-Qaeda in Kandahar.",
])
def test_a_report_cited_inside_or_before_its_clause_is_the_source(run: Run, text: str) -> None:
    assert consult(run, text).source.name == "report"


def test_a_report_joined_by_a_comma_only_is_the_source(run: Run) -> None:
    claim = consult(run, "The Taliban met al-Qaeda, the envoy told reporters, adding that "
                         "the talks had stalled.")
    assert claim.source.name == "envoy"
    joined = consult(run, "The Taliban met al-Qaeda and the envoy told reporters that the "
                          "talks had stalled.")
    assert joined.source.kind is SourceKind.AUTHOR


def test_an_as_clause_saying_something_else_is_no_source(run: Run) -> None:
    claim = consult(run, "As the envoy announced the talks, the Taliban met al-Qaeda.")
    assert claim.source.kind is SourceKind.AUTHOR


def test_institution_own_voice_is_the_author(run: Run) -> None:
    analyzed = run("We welcome the agreement.", kind="official_statement",
                   author="Department of State")
    claim = all_claims(analyzed)[0]
    assert claim.subject.mention == "Department of State"
    assert claim.source.kind is SourceKind.AUTHOR


def test_temporal_clause_is_the_writers_background(run: Run) -> None:
    analyzed = run("While the United States held talks with the Taliban in Doha, the Taliban "
                   "also met with al-Qaeda, according to the report.")
    by_object = {c.object.mention if c.object else None: c for c in all_claims(analyzed)
                 if str(c.relation) == "CONSULT"}
    assert by_object["al-Qaeda"].source.kind is SourceKind.DOCUMENT
    talks = next(c for c in all_claims(analyzed) if c.subject.mention == "United States")
    assert talks.source.kind is SourceKind.AUTHOR


def test_speaker_inside_a_speakers_words_keeps_the_outer_chain(run: Run) -> None:
    analyzed = run("On the truce agreed by Hamas and Israel, the envoy said both sides had "
                   "confirmed to him their interest in talks.")
    agree = next(c for c in all_claims(analyzed) if str(c.relation) == "AGREE")
    assert agree.source.kind is SourceKind.AUTHOR


def test_open_quotation_carries_the_speaker_over(run: Run) -> None:
    analyzed = run('Zalmay Khalilzad said: "The talks were hard. The Taliban met with '
                   'al-Qaeda last month."')
    claim = next(c for c in all_claims(analyzed) if str(c.relation) == "CONSULT")
    assert claim.source.name == "Zalmay Khalilzad"


def test_issuing_body_speaks_in_its_own_voice(run: Run) -> None:
    text = "The Secretary-General said the Taliban met with al-Qaeda."
    own = consult(run, text, kind="official_statement",
                  author="United Nations Secretary-General")
    assert own.source.kind is SourceKind.AUTHOR
    assert consult(run, text, kind="news").source.kind is SourceKind.PERSON


def test_an_event_the_speaker_welcomes_is_the_speakers(run: Run) -> None:
    text = ("The Security Council then welcomed last month's meetings between the Taliban and "
            "al-Qaeda in Doha.")
    claim = consult(run, text, kind="news")
    assert claim.source.name is not None and "Council" in claim.source.name


def test_an_event_the_speaker_draws_attention_to_is_the_speakers(run: Run) -> None:
    text = "Zalmay Khalilzad drew attention to the talks between the Taliban and al-Qaeda."
    assert consult(run, text).source.name == "Zalmay Khalilzad"


def test_a_condemned_attack_is_the_writers_fact(run: Run) -> None:
    analyzed = run("The Security Council condemned an attack by the Houthis on Hezbollah.")
    claim = next(c for c in all_claims(analyzed) if str(c.relation) == "ASSAULT")
    assert claim.source.kind is SourceKind.AUTHOR


def test_a_statement_issued_by_a_group_speaks_for_it(run: Run) -> None:
    text = ("Reporters saw a statement issued by Hamas declaring its willingness to meet "
            "with the United States.")
    claim = consult(run, text)
    assert claim.source.name == "Hamas"


def test_a_participle_of_saying_speaks_for_the_main_speaker(run: Run) -> None:
    text = ("Noting that the Taliban met with al-Qaeda this morning, Zalmay Khalilzad said the "
            "risk was growing.")
    assert consult(run, text).source.name == "Zalmay Khalilzad"


def test_the_clause_of_an_accusation_is_the_accusers(run: Run) -> None:
    text = ("The United States imposed sanctions on Hamas leaders over accusations that Hamas "
            "met with al-Qaeda.")
    assert consult(run, text).source.name == "United States"


def test_a_claim_made_by_a_party_is_theirs(run: Run) -> None:
    assert consult(run, "Israel's claim that Hamas met with al-Qaeda was denied.").source.name \
        == "Israel"


BRIEFING = ("Zalmay Khalilzad, briefing the Council, said that the situation had worsened. "
            "The Taliban met with al-Qaeda in Doha last month.")


def test_a_briefers_indirect_speech_runs_on_in_meetings_coverage(run: Run) -> None:
    claim = consult(run, BRIEFING, kind="official_statement", author="United Nations")
    assert claim.source.name == "Zalmay Khalilzad"


def test_a_briefers_indirect_speech_ends_with_the_paragraph(run: Run) -> None:
    for layout in ("\n\n", "\n"):  # a blank line, or a text laid out a paragraph a line
        text = BRIEFING.replace(". The Taliban", "." + layout + "The Taliban") + layout
        claim = consult(run, text, kind="official_statement", author="United Nations")
        assert claim.source.kind is SourceKind.AUTHOR, layout


def test_a_reporters_next_sentence_is_the_writers_own(run: Run) -> None:
    assert consult(run, BRIEFING, kind="news").source.kind is SourceKind.AUTHOR


def test_speech_reported_after_its_content_does_not_run_on(run: Run) -> None:
    text = ("The situation had worsened, Zalmay Khalilzad said. The Taliban met with al-Qaeda "
            "in Doha last month.")
    claim = consult(run, text, kind="official_statement", author="United Nations")
    assert claim.source.kind is SourceKind.AUTHOR


def test_a_speakers_phrase_keeps_its_hyphens_and_spaces(run: Run) -> None:
    text = ("The Under-Secretary-General said that, according to Kabul’s official news agency, "
            "the Taliban met with al-Qaeda in Doha last month.")
    claim = consult(run, text)
    assert claim.source.chain == ("Kabul official news agency", "Under-Secretary-General")


def test_an_interjected_reporter_reports_a_clause_of_saying(run: Run) -> None:
    text = ("The Taliban, the envoy added, could not claim to be neutral when it sheltered, "
            "trained and armed al-Qaeda.")
    aid = next(c for c in all_claims(run(text)) if str(c.relation) == "AID")
    assert aid.source.name == "envoy"


def test_an_unclosed_appositive_is_the_speaker(run: Run) -> None:
    text = ("Hamas has turned down a plan to let a mediator visit imprisoned commander "
            "Jane Roe, a Western diplomat told reporters.")
    claims = [c for c in all_claims(run(text)) if str(c.relation) == "REJECT"]
    assert claims and all(c.source.name == "Western diplomat" for c in claims)


def test_a_time_clause_after_the_reported_clause_is_reported(run: Run) -> None:
    text = ("According to the U.N. report, the United States struck Taliban bases in May, "
            "after the Taliban had met al-Qaeda.")
    meeting = consult(run, text)
    assert meeting.source.kind is SourceKind.DOCUMENT


def test_a_time_clause_with_another_speaker_is_not_reported(run: Run) -> None:
    text = ("The envoy said the Taliban had met al-Qaeda, while the representative of the "
            "United States accused Hamas of lying.")
    accuse = next(c for c in all_claims(run(text)) if str(c.relation) == "ACCUSE")
    assert accuse.source.kind is SourceKind.AUTHOR


def test_a_speaker_named_after_an_opening_participle(run: Run) -> None:
    text = ("Addressing the Council, the Secretary-General's Representative in Kabul, Jane "
            "Roe, said she had met the Taliban twice in May.")
    meeting = consult(run, text)
    assert meeting.source.name == "Jane Roe"


def test_claimed_responsibility_sources_the_attack_to_the_claimant(run: Run) -> None:
    claims = all_claims(run("Hamas claimed responsibility for the rocket attack on Israel."))
    attack = next(c for c in claims if str(c.relation) == "ASSAULT")
    assert attack.source.name == "Hamas"


def test_what_an_accuser_accuses_of_is_the_accusers_claim(run: Run) -> None:
    claims = all_claims(run("The Taliban accused Hamas of attacking Israel."))
    attack = next(c for c in claims if str(c.relation) == "ASSAULT")
    accusation = next(c for c in claims if str(c.relation) == "ACCUSE")
    assert attack.source.name == "Taliban"
    assert accusation.source.kind is SourceKind.AUTHOR


def test_an_announcement_by_a_party_is_its_own_word(run: Run) -> None:
    text = ("The Secretary-General welcomed the announcement by Hamas that it will withdraw "
            "its fighters from Gaza.")
    retreat = next(c for c in all_claims(run(text)) if str(c.relation) == "RETREAT")
    assert retreat.source.name == "Hamas"


def test_a_passive_verb_of_saying_has_its_agent_as_speaker(run: Run) -> None:
    claim = consult(run, "The panel was informed by Kenya that the Taliban met al-Qaeda.")
    assert claim.source.name == "Kenya"


def test_a_that_clause_hung_on_a_passive_speaker_is_what_was_said(run: Run) -> None:
    claim = consult(run, "Journalists were told by an aide that the Taliban met al-Qaeda.")
    assert claim.source.name == "aide"


def test_a_contrast_clause_after_the_content_is_still_reported(run: Run) -> None:
    text = ("Jane Roe told the Council that the militia had shelled Goma for a week, while "
            "the Taliban had met al-Qaeda in Doha.")
    assert consult(run, text).source.name == "Jane Roe"

"""The assess front door on hand-built claims: matching, weighing, independence and verdicts."""

from __future__ import annotations

from pathlib import Path

import pytest

from pactwatch.assess import assess, load_weights
from pactwatch.model import (
    Actor,
    ActorType,
    Affiliation,
    AgreementError,
    CommitmentVerdict,
    DocumentKind,
    Modality,
    Polarity,
    Relation,
    Source,
    SourceKind,
    Stance,
    Verdict,
)
from pactwatch.resolve import Resolver, load_registry

from .builders import ACTORS, agreement, stored

REQUIRE_RETREAT = {
    "party": "United States",
    "forbids": [],
    "requires": [{"relation": ["RETREAT"]}],
    "until": "2021-05-01",
}


def one(verdicts: list[CommitmentVerdict]) -> CommitmentVerdict:
    assert len(verdicts) == 1
    return verdicts[0]


@pytest.mark.parametrize(
    ("terms", "claim", "polarity", "expected"),
    [
        ({}, ("taliban", Relation.TIES, "al-qaeda"), Polarity.AFFIRMED, Verdict.BREACHED),
        ({}, ("taliban", Relation.TIES, "al-qaeda"), Polarity.NEGATED, Verdict.KEPT),
        (REQUIRE_RETREAT, ("usa", Relation.RETREAT, None), Polarity.AFFIRMED, Verdict.KEPT),
        (REQUIRE_RETREAT, ("usa", Relation.RETREAT, None), Polarity.NEGATED, Verdict.BREACHED),
    ],
)
def test_forbids_and_requires_under_either_polarity(resolver, terms, claim, polarity, expected):
    subject, relation, obj = claim
    evidence = [stored(subject, relation, obj, polarity=polarity, date="2020-05-10")]
    verdict = one(assess(agreement(**terms), claims=evidence, resolver=resolver))
    assert verdict.verdict is expected
    assert 0 < verdict.confidence < 1
    assert verdict.algorithm == "weights.v1"
    assert verdict.evidence[0].weight > 0
    assert any("monitoring_report ×1" in r for r in verdict.evidence[0].reasons)


def test_no_claims_means_unknown_never_a_guess(resolver):
    verdict = one(assess(agreement(), claims=[], resolver=resolver))
    assert verdict.verdict is Verdict.UNKNOWN
    assert verdict.confidence == 0
    assert verdict.explanation[0] == "no evidence"
    assert verdict.evidence == ()


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"kind": DocumentKind.OPINION}, "document kind opinion ×0"),
        ({"opinion": True}, "opinion sentence ×0"),
        ({"modality": Modality.FUTURE}, "future ×0"),
        ({"modality": Modality.COMMITMENT}, "commitment ×0"),
    ],
)
def test_opinion_and_promises_weigh_nothing(resolver, options, reason):
    claims = [stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10", **options)]
    verdict = one(assess(agreement(), claims=claims, resolver=resolver))
    assert verdict.verdict is Verdict.UNKNOWN
    assert verdict.confidence == 0
    assert verdict.explanation[0] == "no evidence"
    assert verdict.evidence[0].weight == 0
    assert any(line.startswith(reason) for line in verdict.evidence[0].reasons)


def test_hedged_claim_weighs_half_of_an_asserted_one(resolver):
    firm = stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10", text="firm")
    hedged = stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10", text="hedged",
                    modality=Modality.HEDGED)
    verdict = one(assess(agreement(), claims=[hedged, firm], resolver=resolver))
    weights = {e.stored.sentence.text: e.weight for e in verdict.evidence}
    assert weights["hedged"] == pytest.approx(weights["firm"] * 0.5)
    assert [e.stored.sentence.text for e in verdict.evidence] == ["firm", "hedged"]


def test_claims_outside_the_window_are_not_evidence(resolver):
    before = stored("taliban", Relation.TIES, "al-qaeda", date="2019-11-02")
    after_until = stored("usa", Relation.RETREAT, date="2021-08-30")
    verdicts = assess(agreement(), claims=[before], resolver=resolver)
    assert one(verdicts).verdict is Verdict.UNKNOWN and one(verdicts).evidence == ()
    late = one(assess(agreement(**REQUIRE_RETREAT), claims=[after_until], resolver=resolver))
    assert late.evidence == ()


def test_undated_claim_falls_back_to_the_document_date(resolver):
    in_window = stored("taliban", Relation.TIES, "al-qaeda", date=None, doc_date="2020-06-01")
    undated = stored("taliban", Relation.TIES, "al-qaeda", date=None, doc_date=None, text="x")
    verdict = one(assess(agreement(), claims=[in_window, undated], resolver=resolver))
    assert [e.stored for e in verdict.evidence] == [in_window]


def test_partial_date_weighs_by_its_share_inside_the_window(resolver):
    february = stored("taliban", Relation.TIES, "al-qaeda", date="2020-02")
    verdict = one(assess(agreement(), claims=[february], resolver=resolver))
    (evidence,) = verdict.evidence
    assert any("only 3% inside window" in r for r in evidence.reasons)
    assert evidence.weight == pytest.approx(1 / 29)


def test_counterparty_filter(resolver):
    with_isk = stored("taliban", Relation.COOPERATE, "isk", date="2020-05-10")
    no_object = stored("taliban", Relation.AID, None, date="2020-05-10")
    verdict = one(assess(agreement(), claims=[with_isk, no_object], resolver=resolver))
    assert verdict.evidence == ()


def test_mode_filter(resolver):
    rule = {"forbids": [{"relation": "AID", "mode": ["sanctuary"], "counterparty": "al-Qaida"}]}
    shelter = stored("taliban", Relation.AID, "al-qaeda", mode="sanctuary", date="2020-05-10")
    money = stored("taliban", Relation.AID, "al-qaeda", mode="financing", date="2020-05-10")
    unknown_mode = stored("taliban", Relation.AID, "al-qaeda", date="2020-05-10", text="no mode")
    verdict = one(assess(agreement(**rule), claims=[shelter, money, unknown_mode],
                         resolver=resolver))
    assert [e.stored for e in verdict.evidence] == [shelter]


def test_symmetric_relation_matches_either_way_round_but_others_do_not(resolver):
    met = stored("al-qaeda", Relation.CONSULT, "taliban", date="2020-05-10")
    aided = stored("al-qaeda", Relation.AID, "taliban", date="2020-05-10")
    verdict = one(assess(agreement(), claims=[met, aided], resolver=resolver))
    assert [e.stored for e in verdict.evidence] == [met]
    assert verdict.verdict is Verdict.BREACHED


def test_unresolved_actors_never_count(resolver):
    claim = stored(None, Relation.TIES, "al-qaeda", date="2020-05-10")
    assert one(assess(agreement(), claims=[claim], resolver=resolver)).evidence == ()


def test_an_official_acts_for_the_party_from_the_day_of_their_affiliation():
    joined = Actor("envoy", "Anas Envoy", ActorType.PERSON,
                   affiliations=(Affiliation("taliban", "envoy", "2020-06-01"),))
    resolver = Resolver([*ACTORS, joined])
    before = stored("envoy", Relation.CONSULT, "al-qaeda", date="2020-05-10")
    after = stored("envoy", Relation.CONSULT, "al-qaeda", date="2020-07-10")
    verdict = one(assess(agreement(), claims=[before, after], resolver=resolver))
    assert [e.stored for e in verdict.evidence] == [after]
    assert verdict.verdict is Verdict.BREACHED


def test_a_party_denying_its_own_conduct_weighs_less_than_an_observer(resolver):
    spokesman = Source(SourceKind.PERSON, "Zabihullah Mujahid")
    denial = stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED,
                    kind=DocumentKind.NEWS, source=spokesman, date="2020-05-10")
    observer = Source(SourceKind.ORGANIZATION, "UN Monitoring Team")
    finding = stored("taliban", Relation.TIES, "al-qaeda", kind=DocumentKind.NEWS,
                     source=observer, date="2020-05-10")
    verdict = one(assess(agreement(), claims=[denial, finding], resolver=resolver))
    by_stance = {e.stance: e for e in verdict.evidence}
    assert by_stance[Stance.COMPLIANCE].weight == pytest.approx(0.7 * 0.3)
    assert by_stance[Stance.BREACH].weight == pytest.approx(0.7)
    assert any("self-serving" in r for r in by_stance[Stance.COMPLIANCE].reasons)
    assert verdict.verdict is Verdict.BREACHED


def test_the_other_party_is_an_interested_source(resolver):
    envoy = Source(SourceKind.PERSON, "Zalmay Khalilzad")
    said = stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED,
                  kind=DocumentKind.NEWS, source=envoy, date="2020-05-10")
    (evidence,) = one(assess(agreement(), claims=[said], resolver=resolver)).evidence
    assert evidence.weight == pytest.approx(0.7 * 0.7)
    assert any("interested party" in r for r in evidence.reasons)


def test_repeats_of_one_report_count_once(resolver):
    report = Source(SourceKind.DOCUMENT, "the U.N. report")
    copies = [
        stored("taliban", Relation.TIES, "al-qaeda", kind=DocumentKind.NEWS, source=report,
               date="2020-06-01", text=f"Outlet {n} says the U.N. report found close ties.",
               confidence=0.9 if n else 0.8)
        for n in range(3)
    ]
    cited = Source(SourceKind.DOCUMENT, "U.N. Report")
    copies.append(stored("al-qaeda", Relation.TIES, "taliban", kind=DocumentKind.NEWS,
                         source=cited, date="2020-06-01", text="Swapped order, same report."))
    other = stored("taliban", Relation.TIES, "al-qaeda", kind=DocumentKind.NEWS,
                   source=Source(SourceKind.ORGANIZATION, "Reuters"), date="2020-06-01")
    verdict = one(assess(agreement(), claims=[*copies, other], resolver=resolver))
    counted = [e for e in verdict.evidence if e.weight > 0]
    repeats = [e for e in verdict.evidence if e.weight == 0]
    assert len(counted) == 2 and len(repeats) == 3
    assert counted[0].stored.sentence.text == "Swapped order, same report."
    assert all("repeats" in e.reasons[-1] and "u.n. report" in e.reasons[-1].casefold()
               for e in repeats)
    assert verdict.explanation[0] == "breach weight B = 1.400 from 2 claim(s)"


def test_same_content_in_one_document_counts_once(resolver):
    first = stored("taliban", Relation.CONSULT, "al-qaeda", date="2020-05-10", doc_name="r")
    again = stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10", doc_name="r")
    verdict = one(assess(agreement(), claims=[first, again], resolver=resolver))
    assert all(e.weight > 0 for e in verdict.evidence)  # different relations: both count


def test_balanced_evidence_is_contested(resolver):
    ties = stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10")
    cut = stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED,
                 date="2020-05-10", source=Source(SourceKind.ORGANIZATION, "Reuters"))
    verdict = one(assess(agreement(), claims=[ties, cut], resolver=resolver))
    assert verdict.verdict is Verdict.CONTESTED
    assert "< dominance threshold 0.75 → contested" in verdict.explanation[3]


def test_confidence_grows_with_evidence_and_older_claims_weigh_less(resolver):
    recent = stored("taliban", Relation.TIES, "al-qaeda", date="2021-06-01", text="recent")
    old = stored("taliban", Relation.TIES, "al-qaeda", date="2020-06-01", text="old",
                 source=Source(SourceKind.ORGANIZATION, "Reuters"))
    single = one(assess(agreement(), claims=[recent], resolver=resolver))
    both = one(assess(agreement(), claims=[recent, old], resolver=resolver))
    assert both.confidence > single.confidence
    weights = {e.stored.sentence.text: e.weight for e in both.evidence}
    assert weights["old"] == pytest.approx(0.5 ** (365 / 365))
    assert weights["recent"] == pytest.approx(1.0)


def test_custom_weights_change_the_numbers(resolver, tmp_path):
    bundled = Path(load_weights().path).read_text(encoding="utf-8")
    custom = tmp_path / "weights.yaml"
    custom.write_text(bundled.replace("dominance: 0.75", "dominance: 0.95"), encoding="utf-8")
    ties = [stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10", text="a"),
            stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED, text="b",
                   date="2020-05-10", confidence=0.2,
                   source=Source(SourceKind.ORGANIZATION, "Reuters"))]
    default = one(assess(agreement(), claims=ties, resolver=resolver))
    strict = one(assess(agreement(), claims=ties, resolver=resolver,
                        weights=load_weights(custom)))
    assert (default.verdict, strict.verdict) == (Verdict.BREACHED, Verdict.CONTESTED)


def test_unresolvable_names_in_the_agreement_stop_with_a_clear_error(resolver):
    with pytest.raises(AgreementError, match=r"'no-ties'.*counterparty 'Hamas'"):
        assess(agreement(forbids=[{"relation": "AID", "counterparty": "Hamas"}]), claims=[],
               resolver=resolver)
    with pytest.raises(AgreementError, match="party 'Atlantis'"):
        assess(agreement(party="Atlantis"), claims=[], resolver=resolver)


def test_with_the_bundled_registry_the_envoy_speaks_for_the_other_party():
    resolver = Resolver(load_registry())
    denial = stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED,
                    kind=DocumentKind.NEWS, date="2020-05-10",
                    source=Source(SourceKind.PERSON, "Zabihullah Mujahid"))
    envoy = stored("taliban", Relation.COOPERATE, "al-qaeda", polarity=Polarity.NEGATED,
                   kind=DocumentKind.NEWS, date="2020-05-10",
                   source=Source(SourceKind.PERSON, "Zalmay Khalilzad"))
    finding = stored("taliban", Relation.CONSULT, "al-qaeda", date="2020-05-10",
                     source=Source(SourceKind.ORGANIZATION, "UN Monitoring Team"))
    verdict = one(assess(agreement(), claims=[denial, envoy, finding], resolver=resolver))
    reasons = {e.stored.claim.relation: e.reasons[2] for e in verdict.evidence}
    assert "self-serving" in reasons[Relation.TIES]
    assert "interested party" in reasons[Relation.COOPERATE]
    assert "(independent)" in reasons[Relation.CONSULT]
    assert verdict.verdict is Verdict.CONTESTED  # 1.0 against 0.21 + 0.49

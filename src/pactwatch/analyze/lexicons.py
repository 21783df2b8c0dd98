"""The analyzer's domain data: YAML files under ``lexicons/``, validated once per process.

Keeping words out of code lets a monitor extend a lexicon without reading Python, and the
validation tells them which file, key and value is wrong and what would be accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from pactwatch.analyze.extensions import PLACE
from pactwatch.model import AnalyzeError, Relation

LEXICON_DIR = Path(__file__).parent / "lexicons"


@dataclass(frozen=True)
class Trigger:
    """A word that carries a relation, with the constraints under which it does."""

    relation: Relation
    mode: str | None = None
    preps: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    negated: bool = False  # the word denies the relation: "enemies of" is TIES negated


@dataclass(frozen=True)
class RelationLexicon:
    verbs: dict[str, Trigger]
    # a verb's second relation, taken when what it acts on fits ("blocked the assets of X":
    # SANCTION, where "blocked the resolution" is REJECT)
    verb_senses: dict[str, Trigger]
    nouns: dict[str, Trigger]
    light_verbs: frozenset[str]
    compound_suffixes: dict[str, Trigger]
    object_preps: dict[Relation, frozenset[str]]
    need_object: frozenset[Relation]
    no_object: frozenset[Relation]
    speech_acts: frozenset[Relation]
    deed_modes: frozenset[str]
    signing_words: frozenset[str]
    seizure_verbs: frozenset[str]
    place_nouns: frozenset[str]
    struck_sites: frozenset[str]
    occupying_verbs: frozenset[str]
    relief_words: frozenset[str]
    drawing_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    joint_words: frozenset[str]
    companion_words: frozenset[str]  # "X, together with Y, launched strikes": Y joins X
    allowing_verbs: frozenset[str]
    defending_verbs: frozenset[str]
    reciprocal_verbs: frozenset[str]
    reciprocal_nouns: frozenset[str]  # "killed in clashes with X": both sides fight
    joint_activity_verbs: frozenset[str]
    describing_verbs: frozenset[str]
    endorsing_verbs: frozenset[str]
    accountable_words: frozenset[str]
    protester_nouns: frozenset[str]
    warning_verbs: frozenset[str]
    threatened_relations: frozenset[Relation]
    responsibility_words: frozenset[str]
    control_preps: frozenset[str]
    refuted_nouns: frozenset[str]  # what a denial verb refutes: "rejected allegations that ..."
    intending_adjectives: frozenset[str]  # "X is ready to strike": X would strike
    response_nouns: frozenset[str]  # "X's attacks and Y's response": Y strikes back at X
    valuing_nouns: frozenset[str]  # "stressed the importance of the agreement": SUPPORT
    violating_verbs: frozenset[str]  # "violated the ceasefire": no retreat
    violation_nouns: frozenset[str]  # "documented violations of the truce by X": ACCUSE X
    mediating_verbs: frozenset[str]  # "the truce brokered by X": X is no party to it
    mediating_nouns: frozenset[str]  # "X's mediation between Y and Z": X talks to each
    proposal_nouns: frozenset[str]  # "turned down a proposal from X": X is refused
    blame_nouns: frozenset[str]  # "sanctioned X for its role in abuses": X is blamed
    invitation_nouns: frozenset[str]  # "deployed at the invitation of X": X asked for it
    reporting_verbs: frozenset[str]  # "she reported clashes": the reporter did not clash
    giving_verbs: frozenset[str]  # "provided support to X": material help (AID)
    verbal_support_words: frozenset[str]  # "provided political support": still SUPPORT
    posing_verbs: frozenset[str]  # "X poses a threat": a state, no threat made
    using_verbs: frozenset[str]  # "X uses it to strike": X strikes, not "it"
    diplomatic_words: frozenset[str]  # "severed diplomatic ties with X": also SANCTION
    receiving_verbs: frozenset[str]  # "X received weapons from Y": Y helps X
    needing_nouns: frozenset[str]  # "stressed the need for X to withdraw": not done
    measure_nouns: frozenset[str]  # "held a round of talks": the round stands for the talks
    travelling_verbs: frozenset[str]  # "travelled to Cairo for talks": the traveller talks
    condemning_adjectives: frozenset[str]  # "X's attacks are unacceptable", in X's foe's voice
    attributing_verbs: frozenset[str]  # "a strike attributed to X": X struck


@dataclass(frozen=True)
class SanctuaryLexicon:
    verbs: frozenset[str]
    places: frozenset[str]


@dataclass(frozen=True)
class ActorLexicon:
    entity_labels: frozenset[str]
    force_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    role_nouns: frozenset[str]
    role_nouns_needing_name: frozenset[str]
    victim_nouns: frozenset[str]
    staff_nouns: frozenset[str]
    peoples: frozenset[str]
    subset_nouns: frozenset[str]
    captive_nouns: frozenset[str]
    instrument_nouns: frozenset[str]
    place_heads: frozenset[str]
    aiming_verbs: frozenset[str]
    institution_heads: frozenset[str]
    anaphors: dict[str, frozenset[str]]
    pair_anaphors: frozenset[str]
    member_bodies: frozenset[str]
    ruler_descriptions: frozenset[str]
    ruler_words: frozenset[str]
    part_nouns: frozenset[str]
    own_state_nouns: frozenset[str]
    forces_places: frozenset[str]
    anaphor_window: int
    name_particles: frozenset[str]


@dataclass(frozen=True)
class AttributionLexicon:
    speech_verbs: frozenset[str]
    speech_particles: dict[str, frozenset[str]]
    denial_verbs: frozenset[str]
    document_nouns: frozenset[str]
    person_words: frozenset[str]
    according_to: dict[str, str]


@dataclass(frozen=True)
class ModalityLexicon:
    negators: frozenset[str]
    negative_verbs: frozenset[str]
    pending_adverbs: frozenset[str]
    ending_verbs: frozenset[str]
    hedge_words: frozenset[str]
    hedge_verbs: frozenset[str]
    hedge_phrases: tuple[str, ...]
    hedging_passives: frozenset[str]  # "X is said to have met Y": reported by no one named
    future_aux: frozenset[str]
    future_verbs: frozenset[str]
    future_nouns: frozenset[str]
    commitment_verbs: frozenset[str]
    commitment_nouns: frozenset[str]
    agreement_aux: frozenset[str]
    bargain_nouns: frozenset[str]
    terms_preps: frozenset[str]
    conditional_marks: frozenset[str]
    chain_deps: frozenset[str]
    obligation_aux: frozenset[str]
    execution_words: frozenset[str]
    provision_verbs: frozenset[str]
    restricted_marks: frozenset[str]  # time conjunctions "only" makes a condition
    duration_conditions: frozenset[str]  # "as long as", "so long as"
    conditional_words: frozenset[str]  # words that make what they govern conditional
    object_governing_verbs: frozenset[str]  # intention verbs whose object is the event
    taken_nouns: frozenset[str]  # decisions acted on when they are their clause's subject
    oath_nouns: frozenset[str]  # what a pledge makes real as it is spoken
    scope_preps: frozenset[str]  # prepositions whose object is outside their governor


@dataclass(frozen=True)
class OpinionLexicon:
    words: dict[str, frozenset[str]]  # cue group -> single words
    phrases: dict[str, tuple[str, ...]]  # cue group -> multi-word phrases
    salutations: tuple[str, ...]  # openings of a bare greeting or address ("good morning")
    attitude_kinds: frozenset[str]  # document kinds whose issuer's stated attitude is opinion
    attitudes: frozenset[str]  # predicates of such an attitude ("hopes", "is alarmed")


class _Reader:
    """Reads one YAML file and reports errors naming the file, the key and the bad value."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise AnalyzeError(
                f"{self.path}: cannot read lexicon ({exc}); fix or reinstall it"
            ) from exc
        if not isinstance(data, dict):
            raise AnalyzeError(
                f"{self.path}: expected a mapping of keys, got {type(data).__name__}"
            )
        self.data: dict[str, Any] = data

    def fail(self, key: str, value: object, expected: str) -> AnalyzeError:
        return AnalyzeError(
            f"{self.path}: key {key!r} has bad value {value!r}; expected {expected}"
        )

    def get(self, key: str) -> Any:
        if key not in self.data:
            raise AnalyzeError(
                f"{self.path}: missing key {key!r}; add it (see the other lexicons)"
            )
        return self.data[key]

    def words(self, key: str, value: Any = None) -> frozenset[str]:
        value = self.get(key) if value is None else value
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise self.fail(key, value, "a list of words")
        return frozenset(w.lower() for w in value)

    def relation(self, key: str, value: Any) -> Relation:
        try:
            return Relation(value)
        except ValueError:
            raise self.fail(key, value, f"one of {', '.join(r.value for r in Relation)}") from None

    def trigger(self, key: str, value: Any) -> Trigger:
        allowed = {"relation", "mode", "preps", "objects", "negated"}
        if not isinstance(value, dict) or "relation" not in value:
            raise self.fail(
                key, value, "a mapping with 'relation' and optional mode/preps/objects/negated"
            )
        extra = set(value) - allowed
        if extra:
            raise self.fail(key, sorted(extra), f"only the keys {sorted(allowed)}")
        mode = value.get("mode")
        if mode is not None and not isinstance(mode, str):
            raise self.fail(f"{key}.mode", mode, "a word")
        negated = value.get("negated", False)
        if not isinstance(negated, bool):
            raise self.fail(f"{key}.negated", negated, "true or false")
        return Trigger(
            relation=self.relation(f"{key}.relation", value["relation"]),
            mode=mode,
            preps=self.words(f"{key}.preps", value.get("preps", [])),
            objects=self.words(f"{key}.objects", value.get("objects", [])),
            negated=negated,
        )

    def triggers(self, key: str) -> dict[str, Trigger]:
        table = self.get(key)
        if not isinstance(table, dict):
            raise self.fail(key, table, "a mapping of word -> trigger")
        return {str(w).lower(): self.trigger(f"{key}.{w}", v) for w, v in table.items()}

    def relations(self, key: str) -> frozenset[Relation]:
        value = self.get(key)
        if not isinstance(value, list):
            raise self.fail(key, value, "a list of relation names")
        return frozenset(self.relation(key, v) for v in value)


@cache
def relation_lexicon(path: Path = LEXICON_DIR / "relations.yaml") -> RelationLexicon:
    r = _Reader(path)
    verbs, nouns = r.triggers("verbs"), r.triggers("nouns")
    preps = r.get("object_preps")
    if not isinstance(preps, dict):
        raise r.fail("object_preps", preps, "a mapping of relation -> prepositions")
    return RelationLexicon(
        verbs=verbs,
        verb_senses=r.triggers("verb_senses"),
        nouns=nouns,
        light_verbs=r.words("light_verbs"),
        compound_suffixes=r.triggers("compound_suffixes"),
        object_preps={
            r.relation(f"object_preps.{k}", k): r.words(f"object_preps.{k}", v)
            for k, v in preps.items()
        },
        need_object=r.relations("need_object"),
        no_object=r.relations("no_object"),
        speech_acts=r.relations("speech_acts"),
        deed_modes=r.words("deed_modes"),
        signing_words=r.words("signing_words"),
        seizure_verbs=r.words("seizure_verbs"),
        place_nouns=r.words("place_nouns"),
        struck_sites=r.words("struck_sites"),
        occupying_verbs=r.words("occupying_verbs"),
        relief_words=r.words("relief_words"),
        drawing_verbs=r.words("drawing_verbs"),
        agreement_nouns=r.words("agreement_nouns"),
        joint_words=r.words("joint_words"),
        companion_words=r.words("companion_words"),
        allowing_verbs=r.words("allowing_verbs"),
        defending_verbs=r.words("defending_verbs"),
        reciprocal_verbs=r.words("reciprocal_verbs"),
        reciprocal_nouns=r.words("reciprocal_nouns"),
        joint_activity_verbs=r.words("joint_activity_verbs"),
        describing_verbs=r.words("describing_verbs"),
        endorsing_verbs=r.words("endorsing_verbs"),
        accountable_words=r.words("accountable_words"),
        protester_nouns=r.words("protester_nouns"),
        warning_verbs=r.words("warning_verbs"),
        threatened_relations=r.relations("threatened_relations"),
        responsibility_words=r.words("responsibility_words"),
        control_preps=r.words("control_preps"),
        refuted_nouns=r.words("refuted_nouns"),
        intending_adjectives=r.words("intending_adjectives"),
        response_nouns=r.words("response_nouns"),
        valuing_nouns=r.words("valuing_nouns"),
        violating_verbs=r.words("violating_verbs"),
        violation_nouns=r.words("violation_nouns"),
        mediating_verbs=r.words("mediating_verbs"),
        mediating_nouns=r.words("mediating_nouns"),
        proposal_nouns=r.words("proposal_nouns"),
        blame_nouns=r.words("blame_nouns"),
        invitation_nouns=r.words("invitation_nouns"),
        reporting_verbs=r.words("reporting_verbs"),
        giving_verbs=r.words("giving_verbs"),
        verbal_support_words=r.words("verbal_support_words"),
        posing_verbs=r.words("posing_verbs"),
        using_verbs=r.words("using_verbs"),
        diplomatic_words=r.words("diplomatic_words"),
        receiving_verbs=r.words("receiving_verbs"),
        needing_nouns=r.words("needing_nouns"),
        measure_nouns=r.words("measure_nouns"),
        travelling_verbs=r.words("travelling_verbs"),
        condemning_adjectives=r.words("condemning_adjectives"),
        attributing_verbs=r.words("attributing_verbs"),
    )


@cache
def sanctuary_lexicon(path: Path = LEXICON_DIR / "relations.yaml") -> SanctuaryLexicon:
    r = _Reader(path)
    table = r.get("sanctuary")
    if not isinstance(table, dict):
        raise r.fail("sanctuary", table, "a mapping with 'verbs' and 'places'")
    return SanctuaryLexicon(
        verbs=r.words("sanctuary.verbs", table.get("verbs")),
        places=r.words("sanctuary.places", table.get("places")),
    )


@cache
def actor_lexicon(path: Path = LEXICON_DIR / "actors.yaml") -> ActorLexicon:
    r = _Reader(path)
    table = r.get("anaphors")
    if not isinstance(table, dict):
        raise r.fail("anaphors", table, "a mapping of anaphor -> entity labels")
    labels = r.words("entity_labels")
    valid = {label.upper() for label in labels} | {"ACTOR", PLACE}
    anaphors: dict[str, frozenset[str]] = {}
    for word, accepts in table.items():
        upper = frozenset(a.upper() for a in r.words(f"anaphors.{word}", accepts))
        if not upper <= valid:
            raise r.fail(f"anaphors.{word}", sorted(upper - valid), f"labels among {sorted(valid)}")
        anaphors[str(word).lower()] = upper
    window = r.get("anaphor_window")
    if not isinstance(window, int) or window < 0:
        raise r.fail("anaphor_window", window, "a whole number of sentences, 0 or more")
    return ActorLexicon(
        entity_labels=frozenset(label.upper() for label in labels),
        force_nouns=r.words("force_nouns"),
        agent_nouns=r.words("agent_nouns"),
        role_nouns=r.words("role_nouns"),
        role_nouns_needing_name=r.words("role_nouns_needing_name"),
        victim_nouns=r.words("victim_nouns"),
        staff_nouns=r.words("staff_nouns"),
        peoples=r.words("peoples"),
        subset_nouns=r.words("subset_nouns"),
        captive_nouns=r.words("captive_nouns"),
        instrument_nouns=r.words("instrument_nouns"),
        place_heads=r.words("place_heads"),
        aiming_verbs=r.words("aiming_verbs"),
        institution_heads=r.words("institution_heads"),
        anaphors=anaphors,
        pair_anaphors=r.words("pair_anaphors"),
        member_bodies=r.words("member_bodies"),
        ruler_descriptions=r.words("ruler_descriptions"),
        ruler_words=r.words("ruler_words"),
        part_nouns=r.words("part_nouns"),
        own_state_nouns=r.words("own_state_nouns"),
        forces_places=r.words("forces_places"),
        anaphor_window=window,
        name_particles=r.words("name_particles"),
    )


@cache
def attribution_lexicon(path: Path = LEXICON_DIR / "attribution.yaml") -> AttributionLexicon:
    r = _Reader(path)
    particles = r.get("speech_particles")
    according = r.get("according_to")
    if not isinstance(particles, dict):
        raise r.fail("speech_particles", particles, "a mapping of verb -> particles")
    if not isinstance(according, dict) or not all(isinstance(v, str) for v in according.values()):
        raise r.fail("according_to", according, "a mapping of word -> following preposition")
    return AttributionLexicon(
        speech_verbs=r.words("speech_verbs"),
        speech_particles={
            str(k): r.words(f"speech_particles.{k}", v) for k, v in particles.items()
        },
        denial_verbs=r.words("denial_verbs"),
        document_nouns=r.words("document_nouns"),
        person_words=r.words("person_words"),
        according_to={str(k).lower(): v.lower() for k, v in according.items()},
    )


@cache
def modality_lexicon(path: Path = LEXICON_DIR / "modality.yaml") -> ModalityLexicon:
    r = _Reader(path)
    return ModalityLexicon(
        negators=r.words("negators"),
        negative_verbs=r.words("negative_verbs"),
        pending_adverbs=r.words("pending_adverbs"),
        ending_verbs=r.words("ending_verbs"),
        hedge_words=r.words("hedge_words"),
        hedge_verbs=r.words("hedge_verbs"),
        hedge_phrases=tuple(sorted(r.words("hedge_phrases"))),
        hedging_passives=r.words("hedging_passives"),
        future_aux=r.words("future_aux"),
        future_verbs=r.words("future_verbs"),
        future_nouns=r.words("future_nouns"),
        commitment_verbs=r.words("commitment_verbs"),
        commitment_nouns=r.words("commitment_nouns"),
        agreement_aux=r.words("agreement_aux"),
        bargain_nouns=r.words("bargain_nouns"),
        terms_preps=r.words("terms_preps"),
        conditional_marks=r.words("conditional_marks"),
        chain_deps=r.words("chain_deps"),
        obligation_aux=r.words("obligation_aux"),
        execution_words=r.words("execution_words"),
        provision_verbs=r.words("provision_verbs"),
        restricted_marks=r.words("restricted_marks"),
        duration_conditions=r.words("duration_conditions"),
        conditional_words=r.words("conditional_words"),
        object_governing_verbs=r.words("object_governing_verbs"),
        taken_nouns=r.words("taken_nouns"),
        oath_nouns=r.words("oath_nouns"),
        scope_preps=r.words("scope_preps"),
    )


OPINION_CUES = ("evaluative", "stance", "first_person", "judgement_modal", "hope", "intensifier",
                "performative", "purpose")


@cache
def opinion_lexicon(path: Path = LEXICON_DIR / "opinion.yaml") -> OpinionLexicon:
    r = _Reader(path)
    words: dict[str, frozenset[str]] = {}
    phrases: dict[str, tuple[str, ...]] = {}
    for cue in OPINION_CUES:
        entries = r.words(cue)
        words[cue] = frozenset(e for e in entries if " " not in e)
        phrases[cue] = tuple(sorted(e for e in entries if " " in e))
    salutations = tuple(sorted(r.words("salutation")))
    return OpinionLexicon(words=words, phrases=phrases, salutations=salutations,
                          attitude_kinds=r.words("issuer_attitude_kinds"),
                          attitudes=r.words("issuer_attitudes"))

"""Claims whose trigger is a verb: 'X attacked Y', 'Y was attacked by X', 'X and Y met',
including verbs the tagger reads as nouns after an official's title, the sanctuary frame
('allow X to use its soil'), and idioms whose relation is not their verb's own ('held X
responsible': ACCUSE; 'held X hostage': ASSAULT; 'supported the plan': SUPPORT)."""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.analyze.actors import role_word
from pactwatch.analyze.arguments import Arguments, reciprocal_object, reduced_passive
from pactwatch.analyze.attribution import frames_containing
from pactwatch.analyze.extensions import PLACE_LABELS
from pactwatch.analyze.lexicons import (
    RelationLexicon,
    Trigger,
    actor_lexicon,
    attribution_lexicon,
    modality_lexicon,
    relation_lexicon,
    sanctuary_lexicon,
)
from pactwatch.analyze.mentions import Mention, MentionIndex
from pactwatch.analyze.triggers import (
    LEAVING,
    Found,
    accused_agents,
    addressed,
    blamed_with,
    captors,
    found_by,
    leaves_agreement,
    noun_trigger,
    satisfied,
)
from pactwatch.model import GROUP, DocumentKind, Relation

# Titles by which official prose names its speakers ("The Secretary-General welcomes ...").
TITLES = {"secretary-general", "council", "envoy", "representative", "president", "minister",
          "spokesperson", "spokesman", "commissioner", "coordinator", "secretary"}
SANCTUARY = "sanctuary"  # the mode of AID in the sanctuary frame
RELIEVED_PREPS = ("on", "against", "of")  # "sanctions on X", "the blockade of X"
DEFENCE_PREPS = ("against", "from")  # "defended X against Y", "protected X from Y"
PROPOSER_PREPS = ("from", "by")  # "a proposal from X", "an offer by X"
# Speech acts aimed at a party: when their object is an event ("condemned the killing of
# civilians by X", "demanded the release of hostages held by X"), the party is its doer.
ADDRESSING = (Relation.ACCUSE, Relation.REQUEST)
# "held X responsible / accountable": the idiom of blame (ACCUSE)
HOLDING = "hold"


def verb_tagged_as_noun(token: Token) -> bool:
    """'The Secretary-General thanks X', 'The Council condemns X': the tagger reads the
    verb as a plural noun, yet a root with a subject and an object is a predicate."""
    if token.pos_ != "NOUN" or token.dep_ != "ROOT" or not token.lower_.endswith("s"):
        return False
    children = {c.dep_ for c in token.children}
    return "nsubj" in children and bool(children & {"dobj", "prep", "ccomp"})


def _through_named_object(
    verb: Token, trigger: Trigger, preps: frozenset[str], args: Arguments, rel: RelationLexicon
) -> list[Mention]:
    """'shared intelligence with X': where the verb counts only with certain objects, the
    parser may hang the party's preposition on that object; it is the verb's all the same.
    Not where the object is an event of its own ('hosted the talks between X and Y': the
    parties talk to each other, not to the host)."""
    return [m for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in trigger.objects
            and noun_trigger(o, rel, args) is None
            for c in o.children if c.dep_ == "prep" and c.lower_ in preps
            for m in args.actors_of_prep(c)]


def titled_speaker(token: Token, rel: RelationLexicon, index: MentionIndex) -> Mention | None:
    """'The Secretary-General welcomes, and ...': after a title the tagger may read the verb
    as a noun; a title is no modifier of a plural noun, so the word is the title's verb."""
    if token.pos_ != "NOUN" or not token.lower_.endswith("s") or token.i == 0:
        return None
    trigger = rel.verbs.get(verb_lemma(token))
    title = index.at(token.nbor(-1))
    if trigger is None or trigger.preps or title is None or index.at(token) is not None:
        return None
    head = token.doc[index.span_of(token.nbor(-1))[1] - 1]  # type: ignore[index]
    return title if role_word(head) in TITLES else None


def verb_lemma(token: Token) -> str:
    if token.pos_ != "NOUN":
        return token.lemma_.lower()
    word = token.lower_  # a verb the tagger missed: "thanks" -> "thank"
    return word[:-2] if word.endswith(("ches", "shes", "sses")) else word[:-1]


def verb_claims(token: Token, rel: RelationLexicon, args: Arguments) -> list[Found]:
    lemma = verb_lemma(token)
    found = _sanctuary_claim(token, args)
    if found is None and lemma in rel.defending_verbs and (fought := _defence_claims(token, args)):
        return fought
    if found is None and lemma == HOLDING:
        found = _held_responsible(token, args)
    if found is None and lemma in rel.violating_verbs:
        found = _alleged_violation(token, args)
    if found:
        return [found]
    if demanded := _obligations_reported(token, args):
        return demanded
    if fought := _fought_beside(token, lemma, args, rel):
        return fought
    trigger = rel.verbs.get(lemma)
    sense = rel.verb_senses.get(lemma)
    if sense is not None and satisfied(token, sense):
        trigger = sense  # "sent troops": a deployment, not the light verb of "sent a letter"
    if trigger is None or not satisfied(token, trigger):
        return []
    if lemma in rel.light_verbs and any(
        c.dep_ == "dobj" and (t := noun_trigger(c, rel, args)) is not None
        and not (trigger.relation is Relation.AGREE and t.relation is Relation.RETREAT)
        for c in token.children
    ):
        return []  # "X held talks": the noun carries the claim; "signed a truce" is both
    if trigger.relation is Relation.TIES and (stative := _stative_ties(token, trigger, args, rel)):
        return [stative]
    subjects, inherited = args.verb_subjects(token)
    if trigger.relation is Relation.RETREAT and leaves_agreement(token, rel):
        return [Found(token, Relation.REJECT, LEAVING, subjects, [], inherited)]
    preps = rel.object_preps.get(trigger.relation, frozenset())
    objects = args.verb_objects(token, preps) or _through_named_object(
        token, trigger, preps, args, rel)
    if not objects and len(subjects) >= 2 and not trigger.relation.symmetric and (
        reciprocal_object(token)
    ):  # "X and Y accused each other": each of the other (a symmetric relation pairs them)
        return [found_by(trigger, token, [s], [o for o in subjects if o != s],
                         inherited=inherited) for s in subjects]
    if trigger.relation in ADDRESSING:
        objects = [o for o in objects if o not in _event_patients(token, rel, args)]
    if trigger.relation is Relation.CONCEDE:
        subjects = subjects or captors(token, args, rel)
        objects = objects or _relieved_parties(token, args)
        if all(o.label == GROUP for o in objects) and (  # the captives stand for the other side
            mutual := _mutual_concessions(token, trigger, subjects, args, rel)
        ):
            return mutual
    if trigger.relation is Relation.PROTEST and not objects:
        objects = _demanded_of(token, args, rel)  # "rallied, demanding the resignation of X"
    if trigger.relation is Relation.RETREAT and (owners := _withdrawn_forces(token, args)):
        subjects, inherited = owners, False  # "the President began withdrawing U.S. forces"
    if trigger.relation is Relation.COERCE and (held := _held_hostage(token, args)):
        # "held a citizen hostage", "a citizen held hostage by X": an abduction
        return [Found(token, Relation.ASSAULT, None, subjects, held, inherited)]
    if not objects and trigger.relation is Relation.ASSAULT:
        objects = args.territory_struck(token, rel.object_preps[Relation.ASSAULT])
    if lemma in rel.seizure_verbs and objects and _places_taken(token, objects, rel):
        # "captured Kabul": taking a place by force is an attack on no named party; "overran
        # Taliban bases" is one on the party whose places they were
        return [Found(token, Relation.ASSAULT, None, subjects, _holders_of_places(token, args),
                      inherited)]
    if trigger.relation is Relation.REQUEST:
        objects += [m for m in _addressees_split_off(token, args) if m not in objects]
    if not objects and trigger.relation is Relation.REQUEST:
        objects = _addressees_of_that_clause(token, args) or _doers_asked_for(token, args)
        if not objects and addressed(token):
            return []
    if trigger.relation is Relation.REJECT:  # not "its" of "called off its talks with X"
        objects = (_counterparts(token, args, rel) or objects or _refused_parties(token, args, rel)
                   or _proposers(token, args, rel))
    if not objects and trigger.relation is Relation.ACCUSE:
        objects = accused_agents(token, args, ("dobj", "prep"))
    if lemma in rel.reciprocal_verbs and (mutual := _fought_with(token, subjects, objects, args)):
        return [found_by(trigger, token, *mutual, inherited=inherited, mutual=True)]
    endorsing = lemma in rel.endorsing_verbs
    if not objects and endorsing and any(
        c.dep_ == "dobj" and c.i not in args.opposed for c in token.children
    ):
        # "will support all efforts", "backed the plan": verbal support of a thing, not of
        # fighters named only by whom they oppose ("backed anti-Houthi forces")
        return [Found(token, Relation.SUPPORT, None, subjects, [], inherited)]
    found = found_by(trigger, token, subjects, objects, inherited=inherited)
    invited = _invitation(token, subjects, args, rel)
    if trigger.relation is Relation.SANCTION:  # "for" may hang on the sanctioned name
        sanctioned = [c for c in token.children if c.dep_ == "dobj"]
        return [*blamed_with(found, [token, *sanctioned], rel), *invited]
    return [found, *invited]


def issuer_condemnation(adjective: Token, rel: RelationLexicon, args: Arguments) -> list[Found]:
    """'Al-Shabaab's attacks on civilians are immoral and unacceptable', in a body's own
    statement: the issuing body condemns the doer (ACCUSE; guideline rule 9, its sentences
    are its own). Elsewhere such words are the writer's opinion, no claim."""
    doc = adjective.doc
    if doc._.pw_kind != DocumentKind.OFFICIAL_STATEMENT or not doc._.pw_author:
        return []
    predicate = adjective.head if adjective.dep_ in ("acomp", "conj") else adjective
    while predicate.dep_ == "conj" and predicate.head.i != predicate.i:
        predicate = predicate.head  # "immoral and unacceptable"
    if predicate.dep_ == "acomp":
        predicate = predicate.head
    events = [c for c in predicate.children if c.dep_ == "nsubj"
              and noun_trigger(c, rel, args) is not None]
    accused = [m for e in events for m in args.event_agents(e)]
    if not accused:
        return []
    issuer = Mention(doc._.pw_author, "ORG", None, None)
    return [Found(adjective, Relation.ACCUSE, None, [issuer], accused)]


def obligation_reported(verb: Token) -> Token | None:
    """The speech verb that reports 'X must / should act' ('the Taliban must reduce
    violence, the envoy said'): a demand on X, not a report that X acts."""
    mod = modality_lexicon()
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "must stop and resume"
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or not any(
        c.dep_ == "aux" and c.lower_ in mod.obligation_aux for c in clause.children
    ):
        return None
    lemma = speech.lemma_.lower()
    saying = lemma in attribution_lexicon().speech_verbs and lemma not in mod.negative_verbs
    return speech if saying else None


def _obligations_reported(verb: Token, args: Arguments) -> list[Found]:
    """'X must stop its attacks, the Council stressed': the speaker asks X to act (REQUEST;
    guideline: asking, urging, demanding), one claim per obliged clause."""
    if verb.lemma_.lower() not in attribution_lexicon().speech_verbs:
        return []
    speakers = args.verb_subjects(verb)[0]
    found = []
    clauses = [t for c in verb.children if c.dep_ == "ccomp" for t in (c, *c.conjuncts)]
    for clause in clauses if speakers else ():
        if obligation_reported(clause) is not None and (obliged := args.verb_subjects(clause)[0]):
            found.append(Found(verb, Relation.REQUEST, "obligation", speakers, obliged))
    return found


def _withdrawn_forces(verb: Token, args: Arguments) -> list[Mention]:
    """'withdrew U.S. troops', 'pulled its fighters out': the party whose forces leave is
    the one that retreats, whoever gave the order."""
    return [m for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON"  # not "them"
            for m in args.actors(c)]


def _fought_with(
    verb: Token, subjects: list[Mention], objects: list[Mention], args: Arguments
) -> tuple[list[Mention], list[Mention]] | None:
    """The two sides of a fight: 'X clashed with Y', 'X and Y clashed'."""
    partners = [m for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for m in args.actors_of_prep(c)]
    if partners and subjects:
        return subjects, [*objects, *partners]
    if not objects and len(subjects) >= 2:
        return subjects[:1], subjects[1:]
    return None


def _relieved_parties(verb: Token, args: Arguments) -> list[Mention]:
    """'eased sanctions on X', 'lifted the blockade of X': the party the measure weighed on
    is the one conceded to."""
    return [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            for p in c.children if p.dep_ == "prep" and p.lower_ in RELIEVED_PREPS
            for m in args.actors_of_prep(p)]


def _held_hostage(verb: Token, args: Arguments) -> list[Mention]:
    """The party held when a bare captive noun is a predicate ('held him hostage', 'held
    captive by X'), not the thing held ('held 50 hostages'): the one named by the noun the
    participle describes (or the name it is in apposition to), else by the noun's modifier."""
    captives = actor_lexicon().captive_nouns
    predicate = next((c for c in verb.children if c.dep_ in ("dobj", "oprd")
                      and c.lemma_.lower() in captives and c.tag_ == "NN"
                      and not any(g.dep_ in ("det", "nummod", "poss") for g in c.children)),
                     None)
    if predicate is None:
        return []
    if reduced_passive(verb):
        noun = verb.head
        if noun.dep_ == "appos" and args.index.at(noun.head) is not None:
            noun = noun.head  # "Mark Smith, a U.S. citizen held hostage"
        return args.actors(noun)
    return [m for c in predicate.children if c.dep_ == "compound" for m in args.actors(c)]


def _refused_parties(verb: Token, args: Arguments, rel: RelationLexicon) -> list[Mention]:
    """'refused to allow the IAEA to inspect', 'refused to let X in': the party refused."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in rel.allowing_verbs:
            allowed = [child.children, *(g.children for g in child.children
                                         if g.dep_ in ("ccomp", "xcomp"))]
            for tokens in allowed:
                for token in tokens:
                    if token.dep_ in ("dobj", "nsubj") and (found := args.actors(token)):
                        return found
    return []


def _counterparts(verb: Token, args: Arguments, rel: RelationLexicon) -> list[Mention]:
    """'called off the talks with X', 'cancelled its deal with X': the party the refused
    talks or deal were with ('suspended its cooperation with X' names no such party)."""
    mutual = {Relation.AGREE, Relation.CONSULT}
    dealings = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                and (t := rel.nouns.get(c.lemma_.lower())) is not None and t.relation in mutual]
    holders = [*dealings, verb] if dealings else []  # the parser may hang 'with' on the verb
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for m in args.actors_of_prep(c)]


def _proposers(verb: Token, args: Arguments, rel: RelationLexicon) -> list[Mention]:
    """'turned down a proposal from X', 'rejected X's offer': refusing what a party put
    forward is refusing that party."""
    proposals = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
                 and c.lemma_.lower() in rel.proposal_nouns]
    owners = [m for p in proposals for c in p.children if c.dep_ == "poss"
              for m in args.actors(c)]
    return owners or [m for p in proposals for c in p.children
                      if c.dep_ == "prep" and c.lower_ in PROPOSER_PREPS
                      for m in args.actors_of_prep(c)]


def _fought_beside(
    verb: Token, lemma: str, args: Arguments, rel: RelationLexicon
) -> list[Found]:
    """'X fought Y alongside Z', 'X fought alongside Z against Y': X fights with Z
    (COOPERATE, military) and both fight Y ('alongside' may hang on Y)."""
    own = rel.verbs.get(lemma)
    fighting = own is not None and own.relation is Relation.ASSAULT
    if not fighting and lemma not in rel.joint_activity_verbs:
        return []
    subjects, inherited = args.verb_subjects(verb)
    partners = [m for m in args.companions(verb) if m not in subjects]
    if not partners:
        return []
    if not fighting:  # "trained alongside Y": a joint activity, no one attacked
        return [Found(verb, Relation.COOPERATE, "military", subjects, partners, inherited)]
    targets = [m for m in args.verb_objects(verb, rel.object_preps[Relation.ASSAULT])
               if m not in partners]
    found = [Found(verb, Relation.COOPERATE, "military", subjects, partners, inherited)]
    if targets:
        found.append(Found(verb, Relation.ASSAULT, None, [*subjects, *partners], targets,
                           inherited))
    return found


def _mutual_concessions(
    verb: Token, trigger: Trigger, subjects: list[Mention], args: Arguments,
    rel: RelationLexicon,
) -> list[Found]:
    """'X and Y agreed to release detained soldiers', 'X exchanged prisoners with Y': a
    release both sides agree to, or make to each other, is each side's concession to the
    other."""
    agreed = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rel.signing_words
    parties = subjects
    if verb.lemma_.lower() in rel.reciprocal_verbs:  # 'with' may hang on what is exchanged
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        parties = [*subjects, *(m for h in holders for c in h.children if c.dep_ == "prep"
                                and c.lower_ == "with" for m in args.actors_of_prep(c)
                                if m not in subjects)]
    elif not agreed:
        return []
    if len(parties) < 2:
        return []
    return [Found(verb, trigger.relation, trigger.mode, [s], [o for o in parties if o != s],
                  inherited=agreed) for s in parties]


def _demanded_of(verb: Token, args: Arguments, rel: RelationLexicon) -> list[Mention]:
    """'protesters rallied in the capital, demanding the resignation of X': the party the
    protest makes its demand of is what it is against."""
    return [m for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj")
            and (t := rel.verbs.get(c.lemma_.lower())) is not None
            and t.relation is Relation.REQUEST
            for m in args.verb_objects(c, rel.object_preps[Relation.REQUEST])]


def _invitation(
    verb: Token, subjects: list[Mention], args: Arguments, rel: RelationLexicon
) -> list[Found]:
    """'deployed troops at the invitation of X', 'intervened at X's request': X asked the
    doer to act (REQUEST by X)."""
    asks = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "upon", "on")
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in rel.invitation_nouns]
    askers = [m for a in asks for c in a.children
              if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
              for m in (args.actors(c) if c.dep_ == "poss" else args.actors_of_prep(c))]
    askers = [m for m in askers if m not in subjects]
    if not askers or not subjects:
        return []
    return [Found(verb, Relation.REQUEST, None, askers, subjects)]


def _holders_of_places(verb: Token, args: Arguments) -> list[Mention]:
    """'overran several Taliban bases', 'seized the army's positions': the party named as
    holding the places taken (not a place name: 'the Kabul airport')."""
    places = relation_lexicon().place_nouns
    return [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass")
            and c.lemma_.lower() in places
            for g in c.children if g.dep_ in ("compound", "poss", "amod")
            and (m := args.index.at(g)) is not None and m.label not in PLACE_LABELS]


def _places_taken(verb: Token, objects: list[Mention], rel: RelationLexicon) -> bool:
    """'captured Kabul', 'seized the city of X': what was taken is a place, not a party."""
    if all(o.label in PLACE_LABELS for o in objects):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rel.place_nouns
               for c in verb.children)


def _sanctuary_claim(token: Token, args: Arguments) -> Found | None:
    """'allow X to use its soil', 'prevent X from using Afghan territory': AID sanctuary."""
    if not sanctuary_frame(token):
        return None
    allowed = [c for c in token.children if c.dep_ == "dobj"] + [
        g for c in token.children if c.dep_ in ("ccomp", "xcomp")
        for g in c.children if g.dep_ == "nsubj"
    ]
    objects = [m for c in allowed for m in args.actors(c)]
    subjects, inherited = args.verb_subjects(token)
    return Found(token, Relation.AID, SANCTUARY, subjects, objects, inherited,
                 denied=token.lemma_.lower() in modality_lexicon().negative_verbs)


def sanctuary_frame(verb: Token) -> bool:
    """'allow X to use its soil', 'prevent X from using Afghan territory': a verb of letting
    or stopping with a place of refuge in its scope."""
    lex = sanctuary_lexicon()
    if verb.lemma_.lower() not in lex.verbs:
        return False
    words = {t.lemma_.lower() for t in [*verb.subtree, *_misattached_use(verb)]}
    return bool(words & lex.places)


def _misattached_use(verb: Token) -> list[Token]:
    """'committed to preventing X, including Y, from using its soil': after a long object
    the parser may hang the 'from' clause on the verb that governs the trigger."""
    if verb.dep_ != "pcomp" or verb.head.head.i == verb.head.i:
        return []
    governor = verb.head.head
    return [t for c in governor.children if c.dep_ == "prep" and c.lower_ == "from"
            and c.i > verb.i for t in c.subtree]


def _held_responsible(verb: Token, args: Arguments) -> Found | None:
    """'holds Hamas responsible for the attack': the party held to account is accused (the
    parser reads it as the object of 'hold' or as the subject of the adjective)."""
    accountable = relation_lexicon().accountable_words
    for predicate in verb.children:
        if predicate.lemma_.lower() in accountable and predicate.pos_ == "ADJ":
            held = [c for c in (*verb.children, *predicate.children)
                    if c.dep_ in ("dobj", "nsubj") and c.i > verb.i]
            accused = [m for c in held for m in args.actors(c)]
            if accused:
                subjects, inherited = args.verb_subjects(verb)
                return Found(verb, Relation.ACCUSE, None, subjects, accused, inherited)
    return None


def _alleged_violation(verb: Token, args: Arguments) -> Found | None:
    """'Israel said Hamas had violated the truce': a party that says another broke an accord
    or a law alleges a violation (guideline: ACCUSE, the speaker accusing the violator); in
    the writer's own voice it is no claim."""
    frames = frames_containing(verb.doc, verb.i)
    if not frames or not any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    speaker = args.index.at(verb.doc[int(frames[-1]["speaker"])])  # type: ignore[call-overload]
    violators = [m for m in args.verb_subjects(verb)[0] if m != speaker]
    if speaker is None or not violators:
        return None
    return Found(verb, Relation.ACCUSE, "violation", [speaker], violators)


def _defence_claims(verb: Token, args: Arguments) -> list[Found]:
    """'defended the ANDSF against the Taliban': the attacker fought off is the object, and
    the party defended is fought beside (COOPERATE, military); collective victims defended
    ('protected civilians from X') are no partners."""
    attackers = [m for c in verb.children
                 if c.dep_ == "prep" and c.lower_ in DEFENCE_PREPS for m in args.actors_of_prep(c)]
    if not attackers:
        return []
    subjects, inherited = args.verb_subjects(verb)
    defended = [m for c in verb.children if c.dep_ == "dobj" for m in args.actors(c)
                if m.label != GROUP and m not in subjects]
    fought = [Found(verb, Relation.ASSAULT, None, subjects, attackers, inherited)]
    if defended:
        fought.append(Found(verb, Relation.COOPERATE, "military", subjects, defended, inherited))
    return fought


def _doers_asked_for(verb: Token, args: Arguments) -> list[Mention]:
    """'called for compliance by all States', 'demanded X's compliance': the party named as
    doing what is asked for is addressed (the parser may hang its 'by' on the asking verb).
    Not a doer further down: 'called for support of efforts by X' asks no one of X."""
    events = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    events += [c for c in verb.children if c.dep_ == "dobj"]
    if not events:
        return []
    holders = [verb, *events]
    owners = [c for e in events for c in e.children if c.dep_ == "poss"]
    owners += [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"]
    found = next((found for o in owners if (found := args.actors(o))), [])
    # "demanded the release of hostages held by X": the captors are asked to yield them
    return found or next((held for e in events if (held := captors(e, args, relation_lexicon()))),
                         [])


def _stative_ties(
    verb: Token, trigger: Trigger, args: Arguments, rel: RelationLexicon
) -> Found | None:
    """'the Houthis are aligned with Iran', 'X and Y remain closely aligned': a participle
    that states a bond, with no one doing the aligning, relates its subject to the party
    named by the preposition (or the coordinated subjects to each other)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    if verb.dep_ == "acomp":
        holder = verb.head
        parties = [m for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")
                   for m in args.actors(c)]
    else:
        holder = verb
        parties = [m for c in verb.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
    if not parties:
        return None
    partners = [m for c in verb.children if c.dep_ == "prep"
                and c.lower_ in rel.object_preps[Relation.TIES] for m in args.actors_of_prep(c)]
    denied = trigger.negated != any(c.dep_ == "neg" for c in holder.children if holder != verb)
    return Found(verb, Relation.TIES, trigger.mode, parties, partners, denied=denied)


def _event_patients(verb: Token, rel: RelationLexicon, args: Arguments) -> list[Mention]:
    """'condemned the killing of civilians', 'demanded the release of hostages': those who
    undergo the event the verb takes as its object are neither accused nor asked (guideline:
    condemning an attack whose perpetrator is not named yields no claim)."""
    return [m for c in verb.children if c.dep_ == "dobj" and args.index.at(c) is None
            and noun_trigger(c, rel, args) is not None for m in args.actors(c)]


def _addressees_split_off(verb: Token, args: Arguments) -> list[Mention]:
    """'urged the armed groups, as well as X to honour their commitments': the parser hangs
    the added addressee on the verb or makes it the subject of the infinitive asked for
    (which, after 'to', cannot have a subject of its own)."""
    found: list[Mention] = []
    for child in verb.children:
        if child.dep_ in ("dep", "npadvmod", "appos") and child.pos_ in ("PROPN", "NOUN"):
            found.extend(args.actors(child))
        elif child.dep_ in ("xcomp", "advcl", "conj") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            found.extend(m for c in child.children if c.dep_ == "nsubj" for m in args.actors(c))
    return found


def _addressees_of_that_clause(verb: Token, args: Arguments) -> list[Mention]:
    """'demanded that the DPRK cease ...': the subject of the demanded clause is addressed."""
    for child in verb.children:
        if child.dep_ == "ccomp":
            for grandchild in child.children:
                if grandchild.dep_ == "nsubj":
                    return args.actors(grandchild)
    return []

"""Claims whose trigger is a noun: 'the talks between X and Y' (and their mediator, 'mediated
by Z'), 'X's support for Y', 'joint strikes by X and Y', 'the lifting of sanctions on X',
'a truce between X and Y'."""

from __future__ import annotations

from spacy.tokens import Token

from pactwatch.analyze.arguments import Arguments
from pactwatch.analyze.hyphen_claims import hyphenated_pair_claim
from pactwatch.analyze.lexicons import (
    RelationLexicon,
    Trigger,
    modality_lexicon,
    relation_lexicon,
)
from pactwatch.analyze.mentions import Mention, MentionIndex
from pactwatch.analyze.triggers import (
    LEAVING,
    Found,
    accused_agents,
    addressed,
    blamed_with,
    captors,
    enacted,
    found_by,
    leaves_agreement,
    noun_trigger,
)
from pactwatch.model import Relation

BACKING = (Relation.SUPPORT, Relation.AID)  # "with the support / backing / assistance of X"
RECEIVABLE = (*BACKING, Relation.CONSULT)  # "received weapons / a phone call from X"


def noun_claims(
    token: Token, rel: RelationLexicon, args: Arguments, index: MentionIndex
) -> list[Found]:
    hyphenated = hyphenated_pair_claim(token, rel, index)
    if hyphenated is not None:
        return [hyphenated]
    trigger = noun_trigger(token, rel, args)
    if trigger is None:
        answer = (_answer_to_attack(token, rel, args) or _valued(token, rel, args)
                  or _joint_without_target(token, rel, args) or _signed_between(token, rel, args)
                  or _recorded_violation(token, rel, args))
        return [answer] if answer is not None else []
    if trigger.relation is Relation.AGREE and not enacted(token, rel):
        return []
    if trigger.relation is Relation.AGREE and len(args.between(token)) < 2 and len(
        signers := _signatories(token, args)
    ) >= 2:  # "the signing of an agreement on a truce by X and Y"
        return [_agreed(token, signers)]
    if trigger.relation is Relation.THREATEN and (token.dep_ == "attr" or (
        token.dep_ == "dobj" and token.head.lemma_.lower() in rel.posing_verbs
    )):
        return []  # guideline: "X remains a threat", "X poses a threat to Y" are no claims
    if _halted(token, rel):
        return []  # "halted its operations against X": the halt is the claim
    if trigger.relation is Relation.RETREAT and _violated(token, rel):
        return []  # "violated the ceasefire": no ceasefire observed
    if trigger.relation is Relation.ASSAULT and _ended_by_another(token):
        return []  # "the police ended the attack": whoever attacked, not the police
    pair = args.between(token)
    if len(pair) >= 2:
        return [*_between_parties(token, trigger, pair, rel), *_mediation(token, pair, args, rel)]
    if pair:  # "a truce between the army and X", the army named by no actor: X's part only
        held = trigger.relation in rel.no_object
        return [found_by(trigger, token, pair, [], nominal=True)] if held else []
    if args.between_unnamed(token):
        return []
    agent_preps = ("by", "of") if trigger.relation in rel.no_object else ("by", "from")
    subjects = (args.noun_subjects(token, agent_preps=agent_preps)
                or _pledging_parties(token, args) or _party_in(token, args))
    objects = args.noun_objects(token, rel.object_preps.get(trigger.relation, frozenset()))
    objects = objects or args.opposed.get(token.i, [])  # "counter-ISIS operations"
    objects = objects or _after_conjunct(
        token, rel.object_preps.get(trigger.relation, frozenset()), args)
    if not objects and trigger.relation is Relation.ASSAULT:
        objects = [m for c in token.children if c.dep_ == "conj" and _answering(c, rel)
                   for m in _owners(c, args) if m not in subjects]
    if not objects and trigger.relation is Relation.ASSAULT:
        objects = args.territory_struck(token, rel.object_preps[Relation.ASSAULT])
    if not objects and trigger.relation is Relation.ASSAULT and (
        fight := _fought_with(token, subjects, args, rel)
    ):
        return [fight]
    if trigger.relation is Relation.CONCEDE:  # "sought the release of hostages held by X"
        subjects = captors(token, args, rel) or subjects
    if trigger.relation is Relation.PROTEST and (lodged := _lodged_with(token, args)):
        # "lodged a protest with X": a complaint to a party, not a demonstration
        return [Found(token, Relation.ACCUSE, None, subjects, lodged, nominal=True)]
    if trigger.relation is Relation.PROTEST and not subjects:
        subjects = _protesters_nearby(token, args, rel.protester_nouns)
    if trigger.relation in RECEIVABLE and (given := _received(token, trigger, args, rel)):
        return [given]
    if trigger.relation in BACKING and (alongside := _given_alongside(token, args, rel)):
        return [alongside]
    if trigger.relation in BACKING and (backed := _backed_party(token, args)):
        # "Y, with support from X, advanced", "with the support of X": X helps Y
        backers = [m for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                   for m in args.actors_of_prep(c) if m not in backed] or [
            m for m in subjects if m not in backed]
        return [Found(token, Relation.AID, trigger.mode, backers, backed, nominal=True)]
    if trigger.relation is Relation.SUPPORT and (asked := _support_called_for(token, args, rel)):
        return [asked]
    if trigger.relation is Relation.SUPPORT and objects and _handed_over(token, args, rel):
        return [Found(token, Relation.AID, None, subjects, objects, nominal=True)]
    if trigger.relation is Relation.REQUEST and not objects and addressed(token):
        return []  # "its call on all parties": addressed to no actor
    if trigger.relation is Relation.SANCTION and _relieved(token, rel):
        # "the lifting of U.S. sanctions on X", "sanctions relief": easing is yielding
        return [Found(token, Relation.CONCEDE, None, subjects, objects, nominal=True)]
    if trigger.relation is Relation.SANCTION and (listed := _listed_relief(token, rel, args)):
        relief, imposers = listed  # the relief word is the event its governors qualify
        return [Found(relief, Relation.CONCEDE, None, imposers, objects, nominal=True)]
    companions = _companions(token, args)
    if trigger.relation not in rel.speech_acts and (companions or any(
        c.dep_ == "amod" and c.lower_ in rel.joint_words for c in token.children
    )):  # not "a joint request by X and Y"
        partners = [*_partners(token, args), *companions]
        subjects = [*subjects, *(p for p in partners if p not in subjects)]
        if len(subjects) >= 2:  # "joint strikes by X and Y", "joint attacks with Y"
            return [found_by(trigger, token, subjects, objects, nominal=True),
                    Found(token, Relation.COOPERATE, "operational", subjects[:1], subjects[1:],
                          nominal=True)]
    if not objects and trigger.relation is Relation.ACCUSE:
        objects = accused_agents(token, args, ("prep",))
        subjects = subjects or _acting_over(token, args)
        if not objects and token.dep_ == "dobj" and token.head.lemma_.lower() in rel.drawing_verbs:
            objects = args.verb_subjects(token.head)[0]  # "X's ban drew condemnation from Y"
    if not subjects and trigger.relation is Relation.TIES:
        subjects = _bearer(token, args)  # "X, a group with ties to Y"
    if not objects and trigger.relation is Relation.TIES:
        objects = [m for m in _described(token, args) if m not in subjects]
    if trigger.relation is Relation.TIES and _diplomatic_break(token, rel):
        # "severed diplomatic ties with X": the ties end (the verb negates them), and the
        # break is a sanction, affirmed (``denied`` undoes the verb's negation)
        return [found_by(trigger, token, subjects, objects, nominal=True),
                Found(token, Relation.SANCTION, "diplomatic", subjects, objects, nominal=True,
                      denied=True)]
    if trigger.relation is Relation.RETREAT and leaves_agreement(token, rel):
        return [Found(token, Relation.REJECT, LEAVING, subjects, [], nominal=True)]
    found = found_by(trigger, token, subjects, objects, nominal=True)
    if trigger.relation is Relation.SANCTION:  # "imposed sanctions on X for its role in Y"
        return blamed_with(found, [token, *filter(None, [args.light_verb_of(token)])], rel)
    return [found]


def _between_parties(
    noun: Token, trigger: Trigger, pair: list[Mention], rel: RelationLexicon
) -> list[Found]:
    """'talks between X and Y': the parties relate to each other; 'a truce between X and Y':
    each holds its fire (guideline convention), and one reached between them is also their
    agreement."""
    if trigger.relation not in rel.no_object:
        return [found_by(trigger, noun, pair[:1], pair[1:], nominal=True, mutual=True)]
    held = found_by(trigger, noun, pair, [], nominal=True)
    if not enacted(noun, rel):
        return [held]
    return [held, Found(noun, Relation.AGREE, None, pair[:1], pair[1:], nominal=True,
                        mutual=True)]


def _mediation(
    noun: Token, pair: list[Mention], args: Arguments, rel: RelationLexicon
) -> list[Found]:
    """'talks between X and Y, mediated by Z', 'Z brokered a truce between X and Y', 'Z's
    mediation between X and Y': the third party's good offices are its talks with each
    party (guideline: mediation is CONSULT)."""
    mediators = [m for c in noun.children if c.dep_ == "acl"
                 and c.lemma_.lower() in rel.mediating_verbs
                 for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                 for m in args.actors_of_prep(a)]
    # "Turkey hosted talks between X and Y" read by the parser as "Turkey-hosted talks"
    mediators += [m for c in noun.children if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD")
                  and c.lemma_.lower() in rel.mediating_verbs
                  for g in c.children if g.dep_ == "npadvmod" and g.i == c.i - 1
                  and (m := args.index.at(g)) is not None]
    if not mediators and noun.dep_ == "dobj" and noun.head.lemma_.lower() in rel.mediating_verbs:
        found, inherited = args.verb_subjects(noun.head)
        mediators = [] if inherited else found  # not the one who thanks Z "for hosting"
    if not mediators and _mediating(noun, rel):
        mediators = args.noun_subjects(noun)
    mediators = [m for m in mediators if m not in pair]
    if not mediators:
        return []
    return [Found(noun, Relation.CONSULT, "mediation", mediators, pair, nominal=True)]


def _mediating(noun: Token, rel: RelationLexicon) -> bool:
    """A noun of good offices: 'mediation', or one it qualifies ('a mediation effort')."""
    return noun.lemma_.lower() in rel.mediating_nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in rel.mediating_nouns for c in noun.children)


def _joint_without_target(noun: Token, rel: RelationLexicon, args: Arguments) -> Found | None:
    """'conducted joint patrols with Y', 'X and Y carried out joint operations': an operation
    named with no target is still done together (COOPERATE, operational)."""
    if rel.nouns.get(noun.lemma_.lower()) is None or not any(
        c.dep_ == "amod" and c.lower_ in rel.joint_words for c in noun.children
    ):
        return None
    partners = _partners(noun, args)
    doers = [m for m in args.noun_subjects(noun) if m not in partners]
    parties = [*doers, *partners]
    if len(parties) < 2:
        return None
    return Found(noun, Relation.COOPERATE, "operational", parties[:1], parties[1:], nominal=True,
                 mutual=True)


def _signed_between(noun: Token, rel: RelationLexicon, args: Arguments) -> Found | None:
    """'the signing of the Comprehensive Peace Agreement between X and Y', 'the signing of
    the Memorandum of Understanding between X and Y': an accord's capitalised name is no
    trigger of its own, but its signing is the parties' agreement (the parser hangs
    'between' on the signing, on the name or on the name's 'of' complement, and in 'the
    signing today in Geneva of the accord' the 'of' on the place, in 'the signing on Monday by
    X and Y of the treaty' on the signatories)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rel.signing_words:
        return None
    phrases = [c for h in (noun, noun.head) for c in h.children
               if c.dep_ == "prep" and c.lower_ in ("in", "at", "by") and c.i > noun.i]
    for via, name in ((p, g) for p in (None, *phrases) for h in ([noun] if p is None else p.subtree)
                      for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"):
        if name.lemma_.lower() not in rel.agreement_nouns or noun_trigger(name, rel, args):
            continue
        if via is not None and via.lower_ == "by" and len(
            signers := args.actors_of_prep(via)
        ) >= 2:
            return _agreed(noun, signers)
        complements = [g for c in name.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]
        for holder in (noun, name, *complements):
            if len(pair := args.between(holder)) >= 2:
                return _agreed(noun, pair)
        if len(signers := _signatories(name, args)) >= 2:
            return _agreed(noun, signers)
    return None


def _agreed(signing: Token, parties: list[Mention]) -> Found:
    """The parties' agreement, recorded once between the first and the others."""
    return Found(signing, Relation.AGREE, None, parties[:1], parties[1:], nominal=True,
                 mutual=True)


def _signatories(accord: Token, args: Arguments) -> list[Mention]:
    """Who signs an accord named after a signing word: 'the signing of the treaty by X and
    Y', 'the signing of an agreement on a truce by X and Y' (the parser hangs 'by' on the
    signing, on the accord or on the accord's own complement)."""
    signing = accord.head.head if accord.dep_ == "pobj" and accord.head.lower_ == "of" else None
    complements = [g for c in accord.children if c.dep_ == "prep" and c.lower_ != "by"
                   for g in c.children if g.dep_ == "pobj"]
    holders = [accord, *complements, *filter(None, [signing])]
    return next((found for h in holders for c in h.children
                 if c.dep_ == "prep" and c.lower_ == "by" and (found := args.actors_of_prep(c))),
                [])


def _fought_with(
    noun: Token, subjects: list[Mention], args: Arguments, rel: RelationLexicon
) -> Found | None:
    """'X lost ten fighters in clashes with Y', 'ten X fighters were killed in clashes with
    Y': a fight with Y is fought by both sides (ASSAULT both ways); the side named beside
    it is the clause's subject, or the casualties' party."""
    if noun.lemma_.lower() not in rel.reciprocal_nouns:
        return None
    foes = [m for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
            for m in args.actors_of_prep(c)]
    clause = noun.head.head if noun.dep_ == "pobj" else None
    if not subjects and clause is not None and clause.pos_ == "VERB":
        subjects = [m for c in clause.children if c.dep_ == "nsubjpass" for m in args.actors(c)]
    sides = [m for m in subjects if m not in foes]
    if not foes or not sides:
        return None
    return Found(noun, Relation.ASSAULT, None, sides, foes, nominal=True, mutual=True)


def _after_conjunct(noun: Token, preps: frozenset[str], args: Arguments) -> list[Mention]:
    """'strikes by X on the town and attacks by Y on civilians': the parser may hang the
    second event's phrases on the noun it is coordinated with; those after the second
    event are its own."""
    head = noun.head
    if noun.dep_ != "conj" or head.pos_ != "NOUN" or head.i == noun.i:
        return []
    return [m for c in head.children if c.dep_ == "prep" and c.lower_ in preps and c.i > noun.i
            for m in args.actors_of_prep(c)]


def _companions(noun: Token, args: Arguments) -> list[Mention]:
    """'X, together with Y, launched strikes on Z', 'X carried out raids along with Y': a
    party named 'together / along with' the doer of a light verb's event acts with it."""
    verb = args.light_verb_of(noun)
    return [] if verb is None else args.companions(verb, event=noun)


def _partners(noun: Token, args: Arguments) -> list[Mention]:
    """Who a joint operation is done with: 'joint patrols with Y', 'conducted joint
    operations with Y' (the parser may hang 'with' on the light verb)."""
    holders = [noun, *filter(None, [args.light_verb_of(noun)])]
    return [m for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
            for m in args.actors_of_prep(c)]


def _received(
    noun: Token, trigger: Trigger, args: Arguments, rel: RelationLexicon
) -> Found | None:
    """'X received training from Y', 'X obtained weapons from Y': the giver named by 'from'
    helps the receiver (the verb's subject); 'X received a phone call from Y': Y calls X.
    A conjunct of the object is received too: 'received guidance and money from Y'."""
    received = noun
    while received.dep_ == "conj" and received.head.i != received.i:
        received = received.head
    verb = received.head
    if received.dep_ != "dobj" or verb.lemma_.lower() not in rel.receiving_verbs:
        return None
    givers = [m for h in (noun, received, verb) for c in h.children
              if c.dep_ == "prep" and c.lower_ == "from" for m in args.actors_of_prep(c)]
    receivers, inherited = args.verb_subjects(verb)
    if not givers or not receivers:
        return None
    return Found(noun, trigger.relation, trigger.mode, givers, receivers, inherited, nominal=True)


def _recorded_violation(noun: Token, rel: RelationLexicon, args: Arguments) -> Found | None:
    """'X documented violations of the truce by Y', 'X reported breaches of the ceasefire by
    Y': a monitor that records a named party's violation alleges it (guideline ACCUSE: 'alleging
    a violation'). The recording verb is the trigger: its place sets source and modality."""
    verb = noun.head
    if noun.lemma_.lower() not in rel.violation_nouns or noun.dep_ != "dobj" or (
        verb.lemma_.lower() not in rel.reporting_verbs
    ):
        return None
    # the parser may hang 'by Y' on the violated accord, or read it after the noun's phrase
    # as the verb's passive agent
    accords = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"]
    violators = args.event_agents(noun) or [
        m for c in (*(c for g in accords for c in g.children), *verb.children)
        if c.lower_ == "by" and (c.dep_ == "prep" or c.i == noun.right_edge.i + 1)
        for m in args.actors_of_prep(c)]
    named = [m for c in verb.children if c.dep_ == "nsubj" for m in args.actors(c)]
    monitors, inherited = (named, False) if named else args.verb_subjects(verb)
    monitors = [m for m in monitors if m not in violators]
    if not violators or not monitors:
        return None
    return Found(verb, Relation.ACCUSE, None, monitors, violators, inherited)


def _valued(noun: Token, rel: RelationLexicon, args: Arguments) -> Found | None:
    """'reaffirmed the importance of the peace agreement', 'stressed the value of X': stating
    what a party or an accord is worth endorses it (SUPPORT; no object for an accord)."""
    if noun.lemma_.lower() not in rel.valuing_nouns:
        return None
    valued = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    parties = [m for g in valued for m in args.actors(g)]
    if not parties and not any(g.lemma_.lower() in rel.agreement_nouns for g in valued):
        return None
    return Found(noun, Relation.SUPPORT, None, args.noun_subjects(noun), parties, nominal=True)


def _described(noun: Token, args: Arguments) -> list[Mention]:
    """The party a relational noun describes: 'Al-Shabaab, an al-Qaeda affiliate' (the
    apposition's head), 'X is an al-Qaeda affiliate' (the copula's subject)."""
    if noun.dep_ == "appos":
        return args.actors(noun.head)
    if noun.dep_ == "attr" and noun.head.pos_ in ("AUX", "VERB"):
        return args.verb_subjects(noun.head)[0]
    return []


def _bearer(noun: Token, args: Arguments) -> list[Mention]:
    """The party a 'with' phrase says has the relation: 'X, a group with ties to Y', 'X is a
    militia with links to Y', 'described X as a group with no ties to Y'."""
    prep = noun.head
    owner = prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or owner.pos_ not in ("NOUN", "PROPN"):
        return []
    if (named := args.index.at(owner)) is not None:
        return [named]
    as_phrase = owner.head
    if owner.dep_ == "pobj" and as_phrase.lower_ == "as" and as_phrase.head.pos_ == "VERB":
        return [m for c in as_phrase.head.children if c.dep_ == "dobj" for m in args.actors(c)]
    return _described(owner, args)


def _answer_to_attack(noun: Token, rel: RelationLexicon, args: Arguments) -> Found | None:
    """'the 2006 X attacks and Y's military response': a response coordinated with an attack
    by another party is Y's attack on X (and X's attack was on Y, see ``noun_claims``)."""
    attack = noun.head
    if noun.dep_ != "conj" or not _answering(noun, rel):
        return None
    trigger = rel.nouns.get(attack.lemma_.lower())
    if trigger is None or trigger.relation is not Relation.ASSAULT:
        return None
    responders = _owners(noun, args)
    attackers = [m for m in args.noun_subjects(attack) if m not in responders]
    if not responders or not attackers:
        return None
    return Found(noun, Relation.ASSAULT, None, responders, attackers, nominal=True)


def _answering(noun: Token, rel: RelationLexicon) -> bool:
    """A forceful answer: 'retaliation', or 'response' described as 'military'."""
    lemma = noun.lemma_.lower()
    return lemma in rel.response_nouns or any(
        f"{c.lemma_.lower()} {lemma}" in rel.response_nouns
        for c in noun.children if c.dep_ == "amod")


def _owners(noun: Token, args: Arguments) -> list[Mention]:
    """The party a noun belongs to: 'X's response', 'the X response'."""
    return [m for c in noun.children if c.dep_ in ("poss", "compound")
            and (m := args.index.at(c)) is not None]


def _support_called_for(noun: Token, args: Arguments, rel: RelationLexicon) -> Found | None:
    """'called for support of the efforts by X and Y', 'urged support for X': whoever calls
    for support of a party voices support for it (SUPPORT by the caller), although what a
    call asks for is otherwise no claim. The asking verb is the trigger: its own place in
    the sentence qualifies the support."""
    asking = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else (
        noun.head if noun.dep_ == "dobj" else None)
    table = rel.verbs.get(asking.lemma_.lower()) if asking is not None else None
    if asking is None or table is None or table.relation is not Relation.REQUEST:
        return None
    preps = rel.object_preps[Relation.SUPPORT]
    supported = args.noun_objects(noun, preps) or [
        m for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children if g.dep_ == "pobj" for m in args.noun_subjects(g)]
    if not supported:
        return None
    callers, inherited = args.verb_subjects(asking)
    return Found(asking, Relation.SUPPORT, None, callers, supported, inherited)


def _lodged_with(noun: Token, args: Arguments) -> list[Mention]:
    """The party a protest is lodged with or sent to ('lodged a formal protest with X',
    'delivered a protest to X'): demonstrations are held against a party, not with it."""
    if noun.dep_ != "dobj":
        return []
    return [m for c in noun.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for m in args.actors_of_prep(c)]


def _protesters_nearby(
    noun: Token, args: Arguments, protesters: frozenset[str]
) -> list[Mention]:
    """'the violence that accompanied the demonstrations ... casualties among the
    protesters': protests with no named doer are the protesters' the passage names, in the
    sentence or the next one."""
    doc = noun.doc
    sent = noun.sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    for token in (*sent, *(after if after.start != sent.start else ())):
        if token.lemma_.lower() in protesters and (mention := args.index.at(token)):
            return [mention]
    return []


def _acting_over(noun: Token, args: Arguments) -> list[Mention]:
    """'X imposed sanctions on Y over accusations that ...': the party that acts on the
    accusation makes it (an active clause only: 'Y was sanctioned over accusations' names
    the accused)."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("over", "for", "amid") or verb.pos_ != "VERB":
        return []
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return []
    return args.verb_subjects(verb)[0]


def _diplomatic_break(noun: Token, rel: RelationLexicon) -> bool:
    """'severed / broke off diplomatic relations with X' (guideline: breaking off diplomatic
    relations is SANCTION)."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.lemma_.lower() in modality_lexicon().ending_verbs
            and any(c.dep_ == "amod" and c.lower_ in rel.diplomatic_words
                    for c in noun.children))


def _handed_over(noun: Token, args: Arguments, rel: RelationLexicon) -> bool:
    """'provided any support to X', 'supplied military support to X': help handed over,
    not words ('provided political support to X' stays verbal)."""
    verb = args.light_verb_of(noun)
    return verb is not None and verb.lemma_.lower() in rel.giving_verbs and not any(
        c.dep_ == "amod" and c.lower_ in rel.verbal_support_words for c in noun.children)


def _given_alongside(noun: Token, args: Arguments, rel: RelationLexicon) -> Found | None:
    """'X pressed its offensive, with Y providing air support': the party that gives help
    in a 'with' clause helps the doer of the clause it qualifies (AID; SUPPORT for help in
    words, 'with Y providing political support'); in 'providing intelligence and air
    support' the noun is the verb's object's conjunct."""
    given = noun
    while given.dep_ == "conj" and given.head.i != given.i:
        given = given.head
    verb = given.head
    prep = verb.head
    if given.dep_ != "dobj" or verb.lemma_.lower() not in rel.giving_verbs or (
        prep.lower_ != "with" or prep.i == verb.i
    ):
        return None
    givers = [m for c in verb.children if c.dep_ == "nsubj" for m in args.actors(c)]
    holder = prep.head
    helped = args.verb_subjects(holder)[0] if holder.pos_ in ("VERB", "AUX") else (
        args.actors(holder))
    helped = [m for m in helped if m not in givers]
    if not givers or not helped:
        return None
    words = any(c.dep_ == "amod" and c.lower_ in rel.verbal_support_words for c in noun.children)
    return Found(noun, Relation.SUPPORT if words else Relation.AID, None, givers, helped,
                 nominal=True)


def _backed_party(noun: Token, args: Arguments) -> list[Mention]:
    """The party that acts 'with support from X' or 'with X's backing': the noun the 'with'
    phrase describes, or the subject of the clause it modifies; when that clause is said of
    an event ('the offensive by Y, carried out with the support of X'), the event's doer."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.head.i == prep.i:
        return []
    holder = prep.head
    if holder.pos_ not in ("VERB", "AUX"):
        return args.actors(holder)
    describing = _describes_object(holder)
    if not describing and (found := args.verb_subjects(holder)[0]):
        return found
    events = [c for c in holder.children if c.dep_ == "nsubjpass"]
    if holder.dep_ == "acl":
        events.append(holder.head)
    elif describing:
        events += [c for c in holder.head.children if c.dep_ == "dobj" and c.i < holder.i]
    return next((found for e in events if e.pos_ == "NOUN"
                 and (found := args.event_agents(e))), [])


def _describes_object(verb: Token) -> bool:
    """'condemned the offensive by X, carried out with ...': a participle after a comma,
    with no subject, auxiliary or conjunction of its own, describes the object before it
    (the parser reads it as a clause or a second verb of the sentence's subject)."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    between = verb.doc[head.i + 1:verb.i]
    return verb.nbor(-1).text == "," and not any(t.dep_ == "cc" and t.head == head
                                                for t in between)


def _relieved(noun: Token, rel: RelationLexicon) -> bool:
    """Sanctions that are lifted, eased or relieved ('the lifting of sanctions on X')."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in rel.relief_words
    return noun.dep_ == "compound" and head.lemma_.lower() in rel.relief_words


def _pledging_parties(noun: Token, args: Arguments) -> list[Mention]:
    """'the agreement by X and Y to renew the truce', 'X and Y reached a truce agreement':
    the truce is X's and Y's pledge."""
    lex = modality_lexicon()
    pledges = lex.commitment_verbs | lex.commitment_nouns | {"agreement", "deal"}
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in pledges:
        if not enacted(noun.head, relation_lexicon()):
            return []  # "the ceasefire agreement between X and Y collapsed": a name
        return args.noun_subjects(noun.head) or args.between(noun.head)
    token = noun
    for _ in range(4):
        if token.dep_ not in lex.chain_deps or token.head.i == token.i:
            return []
        token = token.head
        if token.lemma_.lower() in pledges:
            if token.pos_ in ("VERB", "AUX"):
                return args.verb_subjects(token)[0]
            return args.noun_subjects(token) or args.between(token)
    return []


def _party_in(noun: Token, args: Arguments) -> list[Mention]:
    """'X is in talks with Y', 'X was in negotiations with Y': a copula that places its
    subject in an event makes it a party to it."""
    prep = noun.head
    verb = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("in", "into") or verb.lemma_.lower() != "be":
        return []
    return args.verb_subjects(verb)[0]


def _halted(noun: Token, rel: RelationLexicon) -> bool:
    """The object of a verb of halting or reducing ('halted counter-ISIS operations',
    'ended its offensive': guideline RETREAT) or of suspending ('suspended its cooperation
    with X', 'cancelled the talks': REJECT), which the verb carries."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.i == noun.i:
        return False
    halting = rel.verbs.get(verb.lemma_.lower())
    return halting is not None and halting.relation in (Relation.RETREAT, Relation.REJECT) and (
        noun.lemma_.lower() in halting.objects)


def _ended_by_another(noun: Token) -> bool:
    """The object of a verb of ending that is not the subject's own ('forces ended the
    siege', not 'X ended its offensive'): who ends an attack need not be who made it."""
    verb = noun.head
    return (noun.dep_ == "dobj" and verb.i != noun.i
            and verb.lemma_.lower() in modality_lexicon().ending_verbs
            and not any(c.dep_ == "poss" for c in noun.children))


def _violated(noun: Token, rel: RelationLexicon) -> bool:
    """The object of a verb of violating ('accused X of violating the truce', 'breached the
    ceasefire') or of a noun of violation ('violations of the truce by X'): the truce was not
    kept, so it is no claim that anyone held fire."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in rel.violation_nouns
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in rel.violating_verbs


LIST_POS = ("PROPN", "PUNCT", "CCONJ", "DET")  # what a list of names is made of


def _listed_relief(
    noun: Token, rel: RelationLexicon, args: Arguments
) -> tuple[Token, list[Mention]] | None:
    """'a broad lifting of U.S., European Union and U.N. sanctions on X': after a long list
    of names the parser loses the noun's attachment to 'of'; read from the words, the
    relief word before the list still governs the sanctions, and each name lifts its own.
    Returns the relief word ("in exchange for a lifting ...": its place in the sentence
    sets the modality) and the names."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and doc[i].lower_ != "of" and (
        doc[i].pos_ in LIST_POS or args.index.at(doc[i]) is not None
    ):
        i -= 1
    if doc[i].lower_ != "of" or i in (noun.i - 1, noun.sent.start):
        return None
    if doc[i - 1].lemma_.lower() not in rel.relief_words:
        return None
    found: list[Mention] = []
    bracketed = False  # "European Union (EU)": the acronym in brackets names it again
    for token in doc[i + 1:noun.i]:
        bracketed = (bracketed or token.text == "(") and token.text != ")"
        mention = args.index.at(token)
        if mention is not None and not bracketed and mention not in found:
            found.append(mention)
    return (doc[i - 1], found) if found else None

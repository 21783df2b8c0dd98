"""What the claim families share: the ``Found`` record and the trigger tests that verbal,
nominal and hyphenated claims all apply (constraints of a trigger, the addressee of a call,
the doer of a condemned event, leaving an agreement, an agreement that was enacted, the
captors who yield the captives they release, the blame a sanction's reason carries).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pactwatch.analyze.actors import role_word
from pactwatch.analyze.arguments import Arguments, reduced_passive
from pactwatch.analyze.lexicons import RelationLexicon, Trigger
from pactwatch.analyze.mentions import Mention
from pactwatch.model import Relation

EVENT_PREPS = ("of", "at", "over", "for", "as")  # "condemnation of/at/over X's attack"
REASON_PREPS = ("for", "over")  # "sanctioned X for / over its role in abuses"
# the deeds a sanction's reason may name ("sanctioned X for attacks on civilians")
BLAMED_RELATIONS = (Relation.ASSAULT, Relation.COERCE, Relation.AID)


@dataclass(frozen=True)
class Found:
    """A trigger with its arguments, before qualification."""

    trigger: Token
    relation: Relation
    mode: str | None
    subjects: list[Mention]
    objects: list[Mention]
    inherited: bool = False
    nominal: bool = False
    mutual: bool = False  # "between X and Y", "X-Y": neither party is the only agent
    denied: bool = False  # the trigger word itself denies the relation: "prevented X from"


def found_by(
    trigger: Trigger,
    token: Token,
    subjects: list[Mention],
    objects: list[Mention],
    *,
    inherited: bool = False,
    nominal: bool = False,
    mutual: bool = False,
) -> Found:
    """The trigger's relation and mode at this token; a denying word ('enemies of') denies."""
    return Found(token, trigger.relation, trigger.mode, subjects, objects, inherited=inherited,
                 nominal=nominal, mutual=mutual, denied=trigger.negated)


def noun_trigger(token: Token, rel: RelationLexicon, args: Arguments) -> Trigger | None:
    """The noun's trigger when its constraints hold; capitalised nouns name things instead."""
    kinds = (f"{c.lemma_.lower()} {token.lemma_.lower()}" for c in token.children
             if c.dep_ in ("compound", "amod"))  # "a travel ban" is a sanction, "a ban" coercion
    trigger = (next((t for k in kinds if (t := rel.nouns.get(k)) is not None), None)
               or rel.nouns.get(role_word(token)) or rel.nouns.get(token.lemma_.lower()))
    if trigger is None or (token.text[:1].isupper() and not token.is_sent_start):
        return None
    holders = [token, *filter(None, [args.light_verb_of(token)])]  # "issued warnings to X"
    # "conducted operations with X against Y": the parser may hang 'against' on X
    holders += [g for h in holders for c in h.children if c.dep_ == "prep" and c.i > token.i
                for g in c.children if g.dep_ == "pobj"]
    if trigger.preps and not any(
        c.dep_ in ("prep", "dative") and c.lower_ in trigger.preps
        for h in holders for c in h.children
    ) and not (trigger.relation is Relation.AGREE and enacted(token, rel)) and (
        token.i not in args.opposed  # "counter-ISIS operations" say whom they are against
    ):
        return None  # but "X and Y reached a deal": the signing names the parties
    if trigger.objects and not any(  # "the suspension of its participation in the deal"
        g.lemma_.lower() in trigger.objects
        for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    ):
        return None
    return trigger


def satisfied(token: Token, trigger: Trigger) -> bool:
    markers = [c for c in token.children if c.dep_ in ("prt", "agent", "mark")
               or (c.dep_ in ("prep", "dative") and not _object_before(token, c))]
    if trigger.preps and not any(c.lower_ in trigger.preps
                                 for c in [*markers, *_clause_marks(token)]):
        return False
    patients = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if reduced_passive(token):
        patients.append(token.head)  # "the hostages held by X"
    patients += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pobj"]  # "recognised X as a state"
    patients += [g for p in patients for g in _of_objects(p)]  # "executed dozens of civilians"
    # "lifted the sanctions regime", "suspended its implementation activities": the head's
    # compound modifier names what it is
    words = [w for c in patients
             for w in (c, *(g for g in c.children if g.dep_ == "compound"))]
    return not trigger.objects or any(w.lemma_.lower() in trigger.objects for w in words)


def _object_before(verb: Token, prep: Token) -> bool:
    """'called Putin on Tuesday': a preposition after a named direct object is no particle
    of the verb ('called on Putin'); after a thing it may name its target ('fired rockets
    at X')."""
    return any(c.dep_ == "dobj" and c.i < prep.i and (c.pos_ == "PROPN" or c.ent_type_)
               for c in verb.children)


def _clause_marks(token: Token) -> list[Token]:
    """The marks of the trigger's clauses: in "called for such attacks to cease" the parser
    hangs "for" on the clause it introduces, not on the verb; in "warned X not to attack"
    the "to" of the infinitive marks the verb's complement."""
    return [g for c in token.children if c.dep_ in ("advcl", "ccomp", "xcomp")
            for g in c.children if token.i < g.i < c.i and (
                g.dep_ == "mark" or (c.dep_ == "xcomp" and g.dep_ == "aux" and g.lower_ == "to"))]


def accused_agents(trigger: Token, args: Arguments, deps: tuple[str, ...]) -> list[Mention]:
    """'condemned the attack by X', 'condemnation of X's offensive': the doer of the
    condemned event is the accused. ('condemned as "outrageous" X's launch': the parser may
    read the event as the object of 'as'.)"""
    for child in trigger.children:
        events = [child] if child.dep_ == "dobj" and "dobj" in deps else []
        if child.dep_ == "prep" and "prep" in deps and child.lower_ in EVENT_PREPS:
            events = [g for g in child.children if g.dep_ == "pobj"]
        for event in events:
            found = args.event_agents(event)
            if found:
                return found
    if trigger.pos_ == "NOUN":  # "accusations (that) X helped Y": X is accused
        for clause in trigger.children:
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ == "VERB":
                return args.verb_subjects(clause)[0]
    return []


def addressed(verb: Token) -> bool:
    """'urged all parties to ...': a request to someone who is not an actor yields no claim.
    A direct object is the addressee when told to do something or when it reads as people
    (a name, a pronoun, a plural: 'urged the factions'); a singular thing ('urged an
    immediate halt', 'demanded restraint') is what is asked for, with no addressee."""
    told = any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)

    def people(noun: Token) -> bool:
        return told or noun.pos_ in ("PRON", "PROPN") or bool(noun.ent_type_) or (
            noun.tag_ in ("NNS", "NNPS"))

    return any(
        c.dep_ == "dative"
        or (c.dep_ == "dobj" and people(c))
        # "called on the parties"; not what is insisted on ("insisted on a ceasefire")
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon")
            and any(g.dep_ == "pobj" and people(g) for g in c.children))
        for c in verb.children
    )


LEAVING = "leave"  # the mode of leaving an accord, a deed (lexicon: deed_modes)


def leaves_agreement(trigger: Token, rel: RelationLexicon) -> bool:
    """'withdrew from the deal', 'pulled out of the initiative': leaving is REJECT."""
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "from"]
    preps += [g for c in trigger.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"
              for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    return any(g.dep_ == "pobj" and g.lemma_.lower() in rel.agreement_nouns
               for p in preps for g in p.children)


def enacted(noun: Token, rel: RelationLexicon) -> bool:
    """Guideline rule 7: 'the U.S.-Taliban agreement' alone is a name, not a claim; an
    agreement that is signed, reached or concluded ('the deal signed by X and Y', 'the
    signing of the agreement', 'X reached a deal') is one."""
    if any(
        (c.dep_ == "acl" and c.lemma_.lower() in rel.signing_words)
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    ):
        return True
    while noun.dep_ == "conj" and noun.head.i != noun.i:  # "a ceasefire and a deal were reached"
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ not in ("dobj", "nsubjpass", "attr"):
        return False
    return head.i != noun.i and head.lemma_.lower() in rel.signing_words


def captors(trigger: Token, args: Arguments, rel: RelationLexicon) -> list[Mention]:
    """'the release of hostages held by X', 'the prisoners detained by X were freed': the
    party that holds the captives is the one that yields them."""
    patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    patients += _of_objects(trigger)
    patients += [g for p in patients for g in _of_objects(p)]  # "a number of hostages"
    for patient in patients:
        for acl in (c for c in patient.children if c.dep_ == "acl"):
            holding = rel.verbs.get(acl.lemma_.lower())
            if holding is not None and holding.relation is Relation.COERCE:
                found, _ = args.verb_subjects(acl)
                if found:
                    return found
    return []


def _of_objects(token: Token) -> list[Token]:
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]


def blamed_with(found: Found, holders: list[Token], rel: RelationLexicon) -> list[Found]:
    """'designated X for his role in abuses', 'imposed sanctions on X over attacks on
    civilians': a sanction given for a wrong also blames its target for it (ACCUSE by the
    sanctioning party, as the guideline reads sanctions 'over accusations')."""
    reasons = [g for h in holders for c in h.children
               if c.dep_ == "prep" and c.lower_ in REASON_PREPS
               for g in c.children if g.dep_ == "pobj"]
    if not any(_wrong(g, rel) for g in reasons):
        return [found]
    return [found, Found(found.trigger, Relation.ACCUSE, None, found.subjects, found.objects,
                         found.inherited, found.nominal)]


def _wrong(noun: Token, rel: RelationLexicon) -> bool:
    """A wrong one can be blamed for: 'his role in abuses', 'attacks on civilians'."""
    trigger = rel.nouns.get(noun.lemma_.lower())
    return noun.lemma_.lower() in rel.blame_nouns or (
        trigger is not None and trigger.relation in BLAMED_RELATIONS)

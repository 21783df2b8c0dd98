"""Polarity and modality of a claim, read off the words that govern its trigger.

The trigger's *chain* is the trigger and the words above it through complement and object
relations, up to the clause that asserts it. Negators and negative verbs along the chain
flip polarity (so "failed to keep its promise to cut ties" flips twice: ties continue);
promises, intentions, hedges and conditions along the chain set the modality.

A governing word qualifies the trigger only when the trigger sits in its complement: "plans
to deploy" is an intention, but "the plan approved by the council" and "the messages set out
in the statement" are not; "the agreement signed by X" is a signing, not a pledge. An
adverbial clause ("..., as the United States completed its withdrawal") is asserted on its
own: the chain stops there, so the main clause's hedges and negations do not reach it; not
a "for X to Y" clause, which names what its governor plans ("set a date for troops to
withdraw"). So is a relative clause describing a party ("refused to extradite the men who
attacked Y": the attack happened), but a report a negative verb refutes lets the denial
through ("denied reports that its forces attacked Y").

Coordinated verbs share their first conjunct's governors ("committed to preventing X and
holding talks": the talks are promised too), but the first conjunct is a sibling, not a
governor, so its own negative meaning ("preventing") does not flip the second. A copula
lends its subject's meaning to its complement ("the understanding was that X would not
allow Y": a commitment; "the plan is to withdraw": an intention), and so does an adjective
of intent ("ready / willing to withdraw": an intention, the relation lexicon's
``intending_adjectives``). Verbs of intention and promise govern an event named as their
object ("seek the defeat of X", "pledged a withdrawal"), and what an agreement provides for
or includes is its parties' commitment, as is what a pledge noun names even where the
parser hangs the infinitive on a light verb or a participle ("gave an undertaking to
withdraw", "the decision announced by X to resume talks").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from pactwatch.analyze.lexicons import ModalityLexicon, relation_lexicon
from pactwatch.analyze.triggers import enacted
from pactwatch.model import DocumentKind, Modality, Polarity, Relation

MAX_CHAIN = 8
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
COMPLEMENT_PREPS = frozenset({"to", "on"})
CLAUSE_BOUNDARY = "advcl"
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # tensed verbs: no auxiliary governs them
COPULA = "be"


def chain(trigger: Token, lex: ModalityLexicon, stop: frozenset[str]) -> list[Token]:
    """The trigger and its governors up to a verb of saying (in ``stop``), an adverbial
    clause's verb, a preposition that names a cause or an example ("accountable for acts
    including attacks": the attacks happened, whatever is said of the accounting), or the
    root."""
    nodes = [trigger]
    token = trigger
    while (
        token.dep_ in lex.chain_deps
        and (token.dep_ != CLAUSE_BOUNDARY or _for_infinitive(token)
             or _purpose_of_unrealized(token, lex) or _pledged_by_object(token, lex)
             or _participle_purpose(token, lex) is not None)
        and not (token.dep_ == "prep" and token.lower_ in lex.scope_preps)
        and not _described_participant(token, lex)
        and token.head.i != token.i
        and len(nodes) < MAX_CHAIN
    ):
        token = _participle_purpose(token, lex) or token.head
        nodes.append(token)
        if token.lemma_.lower() in stop and not _denied_report(token, lex):
            break
    return nodes


def _denied_report(noun: Token, lex: ModalityLexicon) -> bool:
    """'denied reports that its forces attacked Y', 'denies claims that ...': a report or
    claim a negative verb refutes does not close the chain as a verb of saying does; the
    denial reaches the content (guideline: the denied content, negated)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and (
        noun.head.lemma_.lower() in lex.negative_verbs)


def _described_participant(clause: Token, lex: ModalityLexicon) -> bool:
    """A relative clause describing a party or place that its governors act on ("kept away a
    mayor, elected in a vote that most residents boycotted"; "failed to stop the militia that
    attacked the town"): the description is the writer's, asserted on its own. Not one
    describing a promise, a plan or a report ("the pledge it made to cut ties"), which is
    what its governors qualify."""
    return clause.dep_ == "relcl" and clause.head.lemma_.lower() not in (
        lex.commitment_nouns | lex.future_nouns | relation_lexicon().refuted_nouns)


def polarity(nodes: list[Token], lex: ModalityLexicon) -> Polarity:
    flips = 0
    for n, token in enumerate(nodes):
        sibling = n > 0 and nodes[n - 1].dep_ == "conj"
        if n > 0 and not sibling and token.lemma_.lower() in (
            lex.negative_verbs | lex.ending_verbs
        ):
            flips += 1
        if sibling and not _shares(nodes[n - 1]):
            continue
        if n > 0 and _pending(nodes[n - 1], token, lex):
            flips += 1
        for child in token.children:
            if child.dep_ == "neg" or (
                child.dep_ in ("det", "advmod") and child.lower_ in lex.negators
            ):
                flips += 1
    return Polarity.NEGATED if flips % 2 else Polarity.AFFIRMED


def _pending(below: Token, token: Token, lex: ModalityLexicon) -> bool:
    """'has yet to recognise X', 'is yet to withdraw': what the infinitive names is not done."""
    return below.dep_ == "xcomp" and token.lemma_.lower() in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs for c in token.children)


def modality(
    nodes: list[Token], relation: Relation, kind: str, lex: ModalityLexicon
) -> Modality:
    if relation is Relation.THREATEN:
        return Modality.FUTURE
    sentence = nodes[0].sent.text.lower()
    governing = _governing(nodes, lex)
    verbs = {t.lemma_.lower() for t in governing if t.pos_ in ("VERB", "AUX", "ADJ")}
    nouns = {t.lemma_.lower() for t in governing if t.pos_ in ("NOUN", "PROPN")
             and not _taken(t, lex)}
    own = _own_words(nodes)
    auxiliaries = {c.lower_ for t in own if t.pos_ in ("VERB", "AUX") for c in t.children
                   if c.dep_ in ("aux", "auxpass")}
    modifiers = {c.lower_ for t in own for c in t.children if c.dep_ in ("advmod", "amod")}
    if verbs & lex.commitment_verbs or nouns & lex.commitment_nouns:
        return Modality.COMMITMENT
    if _bargained(own, lex) or _provided(nodes, lex):
        return Modality.COMMITMENT
    if relation is Relation.RETREAT and _truce_agreed(nodes[0]):
        return Modality.COMMITMENT
    if kind == DocumentKind.AGREEMENT and auxiliaries & lex.agreement_aux:
        return Modality.COMMITMENT
    if _conditional(nodes, lex):
        return Modality.CONDITIONAL
    if auxiliaries & (lex.future_aux | {"would"}) or verbs & lex.future_verbs or (
        nouns & lex.future_nouns
    ) or verbs & relation_lexicon().intending_adjectives:
        return Modality.FUTURE
    if (auxiliaries | modifiers) & lex.hedge_words or verbs & lex.hedge_verbs or any(
        phrase in sentence for phrase in lex.hedge_phrases
    ) or _raised_by(nodes[0], lex.hedge_verbs) or _reported_by_no_one(governing, lex):
        return Modality.HEDGED
    return Modality.ASSERTED


def _taken(noun: Token, lex: ModalityLexicon) -> bool:
    """'X's decision to suspend its participation risks ...', 'the decision to endorse Y was
    a brave step': a decision its clause talks about as the subject has been taken and acted
    on (``modality.yaml``, ``taken_nouns``); what it decided is done, not intended."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in lex.taken_nouns


def _truce_agreed(trigger: Token) -> bool:
    """A ceasefire signed or reached ('signed a truce', 'a ceasefire was reached between X
    and Y', 'reached a ceasefire agreement'): each party pledges to hold its fire
    (guideline convention: RETREAT, commitment), it is not yet held."""
    rel = relation_lexicon()
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in rel.agreement_nouns:
        return enacted(trigger.head, rel)
    return trigger.pos_ == "NOUN" and enacted(trigger, rel)


def _bargained(nodes: list[Token], lex: ModalityLexicon) -> bool:
    """The trigger is the price of a bargain ("in exchange for the lifting of sanctions"),
    its clause is one side's part of it ("In return, X will release Y") or acts under an
    agreement's terms ("under the deal, X would release Y"): what the agreement promises,
    not what was done."""
    for token in nodes:
        if token.lower_ == "for" and token.head.lemma_.lower() in lex.bargain_nouns:
            return True
        if any(c.dep_ == "prep" and c.lower_ == "in" and _bare_bargain(c, lex)
               for c in token.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ in lex.terms_preps and any(
            g.dep_ == "pobj" and g.lemma_.lower() in lex.commitment_nouns for g in c.children
        ) for c in token.children):
            return True
    return False


def _provided(nodes: list[Token], lex: ModalityLexicon) -> bool:
    """The trigger is a term of an agreement: what "the deal provides for", "the agreement
    requires" or "the accord includes" is promised by its parties, not yet done."""
    return any(t.lemma_.lower() in lex.provision_verbs and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.commitment_nouns for c in t.children)
        for t in nodes[1:])


def _bare_bargain(prep: Token, lex: ModalityLexicon) -> bool:
    """'In exchange, X will release Y', 'in return': the clause is one side's part of a
    bargain. Not 'in exchange for Z', where the clause pays and Z is the price."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in lex.bargain_nouns
               and not any(f.dep_ == "prep" for f in g.children) for g in prep.children)


def _governing(nodes: list[Token], lex: ModalityLexicon) -> list[Token]:
    """Governors whose complement holds the trigger: reached from below through a
    complement clause, an infinitive, or "to"/"on" ("committed to preventing"); a copula's
    subject for its complement clause; a verb of intention or promise for its object, unless
    the object is an oath ("pledged allegiance to X": the tie is sworn, not promised)."""
    found = []
    for below, token in pairwise(nodes):
        if below.dep_ in COMPLEMENT_DEPS or _participle_purpose(below, lex) == token or (
            below.dep_ == "prep" and below.lower_ in COMPLEMENT_PREPS
        ) or (below.dep_ == "acl" and (_infinitive(below) or _that_clause(below))) or (
            _for_infinitive(below) or _pledged_by_object(below, lex)) or (
            below.dep_ == "dobj" and token.lemma_.lower() in lex.object_governing_verbs
            and below.lemma_.lower() not in lex.oath_nouns
        ):
            found.append(token)
            if _pledged_by_object(below, lex):
                found.extend(c for c in token.children if c.dep_ == "dobj")
            if below.dep_ in COMPLEMENT_DEPS and token.lemma_.lower() == COPULA:
                found.extend(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found


def _shares(conjunct: Token) -> bool:
    """Whether a later conjunct shares its first conjunct's negation and auxiliaries ("did
    not attack or kill"); not when it has its own subject, negation or auxiliary ("would
    not be ... and that X wouldn't allow"), nor when it is tensed after an auxiliary, which
    cannot govern it ("could not claim ... when it hosted, armed and financed Y", parsed as
    one series), nor across a contrast ("did not attack but killed")."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "neg", "aux", "auxpass")
           for c in conjunct.children):
        return False
    if conjunct.tag_ in FINITE_TAGS and any(
            c.dep_ in ("aux", "auxpass") for c in conjunct.head.children):
        return False
    return not any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in conjunct.head.children)


def _own_words(nodes: list[Token]) -> list[Token]:
    """The chain's tokens whose auxiliaries and modifiers qualify the trigger: all but a
    first conjunct that does not share them with the later one."""
    return [t for n, t in enumerate(nodes)
            if n == 0 or nodes[n - 1].dep_ != "conj" or _shares(nodes[n - 1])]


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _purpose_of_unrealized(verb: Token, lex: ModalityLexicon) -> bool:
    """'X shall conduct operations to neutralize Y', 'will deploy troops to fight Y': the
    purpose of an act that is itself only promised or planned is no more done than the act,
    so it shares its governor's modality. The purpose of a done act ('sent troops to fight')
    stays asserted on its own."""
    return verb.dep_ == CLAUSE_BOUNDARY and _infinitive(verb) and not any(
        c.dep_ == "mark" for c in verb.children) and any(
        c.dep_ == "aux" and c.lower_ in lex.future_aux | lex.agreement_aux
        for c in verb.head.children)


def _participle_purpose(clause: Token, lex: ModalityLexicon) -> Token | None:
    """The pledge or decision that an infinitive names the purpose of, where the parser hangs
    the infinitive on a participle describing it: "the decision announced by X to resume
    talks", "the pledge made by Y to free the hostages". The participle alone ("the agreement
    signed by X") pledges nothing, and a verb of saying there does not close the chain."""
    participle = clause.head
    noun = participle.head
    if clause.dep_ in ("xcomp", CLAUSE_BOUNDARY) and _infinitive(clause) and (
        participle.dep_ == "acl" and participle.tag_ == "VBN"
        and noun.lemma_.lower() in lex.commitment_nouns | lex.future_nouns
    ):
        return noun
    return None


def _pledged_by_object(verb: Token, lex: ModalityLexicon) -> bool:
    """'gave an undertaking to withdraw', 'made a pledge to free the hostages': the parser
    hangs the infinitive on the light verb, but it names what the pledge or plan (the
    verb's object) is for."""
    return verb.dep_ == CLAUSE_BOUNDARY and _infinitive(verb) and any(
        c.dep_ == "dobj" and c.i < verb.i
        and c.lemma_.lower() in lex.commitment_nouns | lex.future_nouns
        for c in verb.head.children)


def _that_clause(clause: Token) -> bool:
    """'assurances that it would release Y': a "that" clause stating a noun's content."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _for_infinitive(verb: Token) -> bool:
    """'set the date for troops to withdraw': an infinitive clause with its own subject
    names what its governor plans or arranges, not a circumstance asserted on its own."""
    return verb.dep_ == CLAUSE_BOUNDARY and _infinitive(verb) and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _reported_by_no_one(governing: list[Token], lex: ModalityLexicon) -> bool:
    """'X is said / reported / thought to have met Y': a passive report naming no reporter
    weakens what it reports as "reportedly" does (guideline rule 6)."""
    return any(
        t.lemma_.lower() in lex.hedging_passives
        and any(c.dep_ == "auxpass" for c in t.children)
        and not any(c.dep_ == "agent" for c in t.children)
        for t in governing
    )


def _raised_by(trigger: Token, verbs: frozenset[str]) -> bool:
    """'relations appeared to remain cordial': a subject raised by a hedging verb."""
    return trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.lemma_.lower() in verbs


def _conditional(nodes: list[Token], lex: ModalityLexicon) -> bool:
    """The trigger sits in an 'if' clause, its clause depends on one, or a word of condition
    governs it ("depends on", "as a condition for", "described as conditions-based")."""
    words = lex.conditional_words
    for token in nodes:
        if token.lemma_.lower() in words or token.lower_ in words:
            return True
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
                return True
            if child.dep_ in ("amod", "oprd", "acomp") and child.lower_ in words:
                return True
            if child.dep_ == "prep" and child.lower_ == "as" and any(
                t.lemma_.lower() in words for t in child.subtree
            ):
                return True
            if child.dep_ == "advcl" and _condition_clause(child, lex):
                return True
            if child.dep_ == "advmod" and child.lower_ in lex.duration_conditions and any(
                c.dep_ == "advcl" and _marked(c, {"as"}) for c in child.children
            ):
                return True  # "as long as Y holds its fire", "so long as ..."
    head = nodes[0].head
    return nodes[0].dep_ in ("nsubj", "csubj") and head.lemma_.lower() in words


def _condition_clause(clause: Token, lex: ModalityLexicon) -> bool:
    """An adverbial clause that states a condition: marked "if" or "unless", or a time
    clause that "only" restricts ("will withdraw only once / only when Y disarms")."""
    if _marked(clause, lex.conditional_marks):
        return True
    mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod")
                 and c.lower_ in lex.restricted_marks), None)  # "when" parses as advmod
    return mark is not None and mark.i > 0 and clause.doc[mark.i - 1].lower_ == "only"


def _marked(clause: Token, marks: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


"""The ``pw_claims`` component: relations between actors, from dependency structure and lexicons.

Triggers are verbs ("attacked", ``verbal_claims``), nouns ("talks between X and Y", "X's
support for Y", ``nominal_claims``) and hyphenated modifiers ("Iran-backed Y",
``hyphen_claims``). Arguments come from ``arguments.py``; polarity and modality from
``qualifiers.py``; the source from the attribution frames. This module pairs the parties
by the guideline's conventions and qualifies each claim; what a call or a threat asks for,
and what a sanctuary would serve, are not claims of their own. The result is a list of plain
claim dicts in ``doc._.pw_claims`` (see ``records.claim_from_dict``).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.arguments import Arguments, opposed_by_noun
from pactwatch.analyze.attribution import frames_containing
from pactwatch.analyze.coreference import possessors
from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.hyphen_claims import hyphen_claim
from pactwatch.analyze.lexicons import (
    ModalityLexicon,
    RelationLexicon,
    attribution_lexicon,
    modality_lexicon,
    relation_lexicon,
)
from pactwatch.analyze.mentions import Mention, MentionIndex
from pactwatch.analyze.nominal_claims import noun_claims
from pactwatch.analyze.paragraphs import same_paragraph
from pactwatch.analyze.qualifiers import chain, modality, polarity
from pactwatch.analyze.triggers import Found, found_by, satisfied
from pactwatch.analyze.verbal_claims import (
    SANCTUARY,
    issuer_condemnation,
    obligation_reported,
    sanctuary_frame,
    titled_speaker,
    verb_claims,
    verb_lemma,
    verb_tagged_as_noun,
)
from pactwatch.model import GROUP, Modality, Polarity, Relation

ClaimDict = dict[str, object]
PAIRED_BOTH_WAYS = {Relation.ASSAULT}
GROUP_ACTS = {  # collective victims (GROUP) are objects, and subjects only of these
    Relation.PROTEST, Relation.REQUEST, Relation.ACCUSE, Relation.REJECT}
MAX_GOVERNORS = 10  # how far up a request may govern the trigger


@Language.factory(
    "pw_claims",
    assigns=["doc._.pw_claims"],
    requires=["doc.spans", "doc._.pw_frames", "token.dep", "token.lemma"],
)
def make_claim_extractor(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor()


class ClaimExtractor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        rel = relation_lexicon()
        index = MentionIndex(doc)
        mod = modality_lexicon()
        lending = mod.negative_verbs | mod.ending_verbs
        asking = frozenset(v for v, t in rel.verbs.items() if t.relation is Relation.REQUEST)
        # verbs with a relation of their own, verbs of fending off ("disrupted attacks"), of
        # provoking ("the ban drew condemnation") and of reporting ("she reported clashes") do
        # not lend their subject to the event they govern
        acting = (frozenset(rel.verbs) | rel.defending_verbs | rel.drawing_verbs
                  | rel.reporting_verbs) - lending
        args = Arguments(index, rel.light_verbs, acting, asking, opposed_by_noun(doc))
        by_sentence: list[list[ClaimDict]] = []
        sents = list(doc.sents)
        for n, sent in enumerate(sents):
            seen: set[tuple[object, ...]] = set()
            sentence_claims: list[ClaimDict] = []
            for token in sent:
                for found in self._find(token, rel, args, index):
                    for claim in self._qualify(doc, n, found, rel, index):
                        key = (claim["subject"]["mention"], claim["relation"],  # type: ignore[index]
                               (claim["object"] or {}).get("mention"),  # type: ignore[union-attr]
                               claim["polarity"], claim["modality"])
                        if key not in seen:
                            seen.add(key)
                            sentence_claims.append(claim)
            sentence_claims += _carried_out(sentence_claims, sent, rel, index)
            by_sentence.append(_without_subsumed(sentence_claims, doc))
        owners = possessors(doc)
        doc._.pw_claims = [c for c in _without_subsumed_nearby(by_sentence, sents)
                           if not _own_part(doc, c, owners)]
        return doc

    def _find(
        self, token: Token, rel: RelationLexicon, args: Arguments, index: MentionIndex
    ) -> list[Found]:
        if "-" in token.text or (token.i > 1 and token.nbor(-1).text == "-"):
            found = hyphen_claim(token, rel, args, index)
            if found:
                return [found]
        if token.pos_ == "VERB" or verb_tagged_as_noun(token):
            return verb_claims(token, rel, args)
        titled = titled_speaker(token, rel, index)
        if titled is not None:
            trigger = rel.verbs[verb_lemma(token)]
            objects = args.verb_objects(token, rel.object_preps.get(trigger.relation, frozenset()))
            return [found_by(trigger, token, [titled], objects)]
        if token.pos_ == "NOUN" and index.at(token) is None:
            return noun_claims(token, rel, args, index)
        if token.pos_ == "ADJ" and token.lemma_.lower() in rel.condemning_adjectives:
            return issuer_condemnation(token, rel, args)
        return []

    def _qualify(
        self, doc: Doc, sentence: int, found: Found, rel: RelationLexicon, index: MentionIndex
    ) -> list[ClaimDict]:
        mod_lex = modality_lexicon()
        stop = attribution_lexicon().speech_verbs - mod_lex.negative_verbs
        nodes = chain(found.trigger, mod_lex, stop)
        governors = _governors(nodes, mod_lex.chain_deps, stop)
        warner = _warner(found, governors, rel)
        if warner is None and (
            _inside_request(found.trigger, governors, rel) or _obliged(found.trigger)
        ):
            return []
        if found.mode != SANCTUARY and any(sanctuary_frame(g) for g in governors):
            return []  # "allow X to conduct attacks from its soil": the claim is sanctuary
        pol = polarity(nodes, mod_lex)
        if _refuted(nodes, rel, mod_lex):
            pol = Polarity.NEGATED
        if found.denied:
            pol = Polarity.AFFIRMED if pol is Polarity.NEGATED else Polarity.NEGATED
        relation = Relation.THREATEN if warner is not None else found.relation
        mod = modality(nodes, relation, doc._.pw_kind, mod_lex)
        frames = [] if warner is not None else frames_containing(doc, found.trigger.i)
        out = []
        for subject, obj in _pairs(found, relation):
            if warner is not None and not _warns_of_own_act(warner, subject, index):
                continue  # "X warned that Y would strike": a warning about Y, no threat
            source: dict[str, object] = {"kind": "author", "name": None, "chain": []}
            if frames:
                inner = frames[-1]
                speaker_is_subject = _same(inner["name"], subject.text)
                spoken = found.relation in rel.speech_acts and found.mode not in rel.deed_modes
                if not (spoken and speaker_is_subject):
                    source = {"kind": inner["kind"], "name": inner["name"],
                              "chain": [f["name"] for f in frames]}
            out.append({
                "sentence": sentence,
                "trigger": found.trigger.text,
                "trigger_i": found.trigger.i,
                "relation": str(relation),
                "mode": found.mode,
                "subject": subject.to_dict(),
                "object": obj.to_dict() if obj else None,
                "polarity": str(pol),
                "modality": str(mod),
                "source": source,
                "confidence": _confidence(found, subject, obj, mod),
                "date": None,
                "place": None,
            })
        return out


def _governors(nodes: list[Token], deps: frozenset[str], stop: frozenset[str]) -> list[Token]:
    """The trigger's governors, past where its qualifying chain ends: a purpose clause ('urged
    X to act to deploy forces') or an example ('called for support, including the deployment
    of forces') is still part of what a call asks for; a participle ('..., citing attacks') or
    a verb of saying is not."""
    governors = nodes[1:]
    token = nodes[-1]
    while (
        token.dep_ in deps and token.head.i != token.i and len(governors) < MAX_GOVERNORS
        and token.lemma_.lower() not in stop
        and (token.dep_ != "advcl" or _purpose_or_bare(token))
    ):
        token = token.head
        governors.append(token)
    return governors


def _purpose_or_bare(clause: Token) -> bool:
    """An adverbial clause that is part of what its governor asks: a purpose ('to deploy
    forces'), or a bare verb the parser split off a coordinated request ('to cease hostilities
    immediately and withdraw'), which has no subject or conjunction of its own."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return clause.tag_ == "VB" and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux")
                                          for c in clause.children)


def _refuted(nodes: list[Token], rel: RelationLexicon, mod_lex: ModalityLexicon) -> bool:
    """'rejected allegations that its forces attacked civilians', 'dismissed reports of
    abuses by X': what a denial verb refutes is negated (guideline: rejected allegations are
    the denier's REJECT plus the content, negated). 'deny' negates whatever it governs
    already (a negative verb of the modality lexicon)."""
    refuting = attribution_lexicon().denial_verbs - mod_lex.negative_verbs
    return any(
        noun.lemma_.lower() in rel.refuted_nouns and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in refuting
        for noun in nodes[1:]
    )


def _warner(found: Found, governors: list[Token], rel: RelationLexicon) -> Token | None:
    """The verb of warning over a forceful act ('warned that it would strike X', 'threatened
    to impose sanctions on X'): a threat (guideline: THREATEN, future) against X."""
    if found.relation not in rel.threatened_relations:
        return None
    return next((g for g in governors if g.lemma_.lower() in rel.warning_verbs), None)


def _warns_of_own_act(warner: Token, subject: Mention, index: MentionIndex) -> bool:
    """Whether the party that warns is the one that would act (a threat, not a forecast):
    the subject of the verb, the owner of the noun ('its readiness to impose sanctions'), or
    the subject of the verb an adjective completes ('X is ready to strike')."""
    holders = [warner, warner.head] if warner.dep_ == "acomp" else [warner]
    speaker = next((c for h in holders for c in h.children if c.dep_ in ("nsubj", "poss")),
                   None)
    mention = index.at(speaker) if speaker is not None else None
    return mention is not None and _same(mention.text, subject.text)


def _obliged(trigger: Token) -> bool:
    """'X must withdraw, the envoy said': a demand (REQUEST by the speaker), not a report
    that X withdraws; so also 'X must stop its attacks' (the event the obliged verb takes)
    and 'X must join together to urge Y' (its purpose)."""
    purpose = trigger.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                               for c in trigger.children)
    clause = trigger.head if trigger.dep_ in ("dobj", "xcomp") or purpose else trigger
    return obligation_reported(clause) is not None


def _inside_request(trigger: Token, governors: list[Token], rel: RelationLexicon) -> bool:
    """What was asked for is not a claim that it happened (guideline: calls are REQUEST);
    a light verb asks through its noun ("issued warnings to X to halt attacks")."""
    asking = (Relation.REQUEST, Relation.THREATEN)
    own = rel.verbs.get(trigger.lemma_.lower()) if trigger.pos_ == "VERB" else None
    for below, token in zip([trigger, *governors], governors, strict=False):
        if below.i == trigger.i and below.dep_ == "conj" and own is not None and (
            own.relation in asking
        ):
            continue  # "called for X and called on Y to act": a call of its own
        if token.pos_ == "NOUN" and token.lemma_.lower() in rel.needing_nouns:
            return True  # "stressed the need for all parties to commit to a ceasefire"
        table = rel.verbs if token.pos_ == "VERB" else rel.nouns
        governing = table.get(token.lemma_.lower())
        if governing is not None and governing.relation in asking and (
            token.pos_ != "VERB" or satisfied(token, governing)  # not "required constraints"
        ) and not _agreement_terms(token):
            return True
        if token.lemma_.lower() in rel.light_verbs and any(
            c.dep_ == "dobj" and c.i != trigger.i
            and (t := rel.nouns.get(c.lemma_.lower())) is not None and t.relation in asking
            for c in token.children
        ):
            return True
    return False


def _agreement_terms(verb: Token) -> bool:
    """'The deal requires X to withdraw': an agreement asks nothing of anyone; what it
    requires is its parties' commitment (guideline rule 7), a claim of its own."""
    mod = modality_lexicon()
    return verb.lemma_.lower() in mod.provision_verbs and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in mod.commitment_nouns for c in verb.children)


def _carried_out(
    claims: list[ClaimDict], sent: Span, rel: RelationLexicon, index: MentionIndex
) -> list[ClaimDict]:
    """Guideline rule 12: 'X committed to withdraw its forces; troops have since been
    reduced', '... to withdraw, a process already underway': after a promised retreat the
    sentence says it is being carried out, so X's retreat is also asserted."""
    asserted = {(c["subject"]["mention"], c["modality"]) for c in claims  # type: ignore[index]
                if c["relation"] == str(Relation.RETREAT)}
    out = []
    for claim in claims:
        subject = claim["subject"]["mention"]  # type: ignore[index]
        if (claim["relation"] != str(Relation.RETREAT) or claim["modality"] != str(
                Modality.COMMITMENT) or claim["polarity"] != str(Polarity.AFFIRMED)
                or (subject, str(Modality.ASSERTED)) in asserted):
            continue
        after = sent.doc[int(claim["trigger_i"]) + 1:sent.end]  # type: ignore[call-overload]
        execution = next((t for t in after if _executes(t, rel, index)), None)
        if execution is not None:
            asserted.add((subject, str(Modality.ASSERTED)))
            out.append({**claim, "modality": str(Modality.ASSERTED),
                        "trigger": execution.text, "trigger_i": execution.i})
    return out


def _executes(token: Token, rel: RelationLexicon, index: MentionIndex) -> bool:
    """'a process already underway', 'the drawdown has begun', 'troops have since been
    reduced' (a retreat with no named doer): a past or present clause, neither negated nor
    modal, that says the act is happening."""
    mod = modality_lexicon()
    predicate = token.head if token.dep_ in ("acomp", "advmod", "attr") else token
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO"))
           for c in predicate.children):
        return False
    if token.lemma_.lower() in mod.execution_words:  # not "... and Y has started talks"
        named = any(c.dep_ == "nsubj" and index.at(c) for c in predicate.children)
        return not named and (token.tag_ not in ("VB", "VBG") or token.dep_ == "ROOT")
    trigger = rel.verbs.get(token.lemma_.lower())
    return (trigger is not None and trigger.relation is Relation.RETREAT
            and token.tag_ in ("VBD", "VBN") and token.dep_ not in ("amod", "acl")
            and any(c.dep_ == "nsubjpass" for c in token.children)
            and not any(index.at(g) for c in token.children if c.dep_ == "agent"
                        for g in c.children))  # "reduced by half" names no doer


def _without_subsumed(claims: list[ClaimDict], doc: Doc) -> list[ClaimDict]:
    """'A U.S. drone strike killed X' gives 'U.S. ASSAULT X' (the verb) and 'U.S. ASSAULT'
    (the noun): a claim without an object says less than one with, so it goes; not support
    in coordinated acts ('welcomed the progress and thanked X': the guideline records the
    welcome of a thing and the thanks to X apart)."""
    specific: dict[tuple[object, ...], list[int]] = {}
    for c in claims:
        if c["object"]:
            specific.setdefault(_act_key(c), []).append(int(c["trigger_i"]))  # type: ignore[call-overload]
    return [
        c for c in claims
        if c["object"] or not any(
            c["relation"] != str(Relation.SUPPORT)
            or not _coordinated(doc[int(c["trigger_i"])], doc[i])  # type: ignore[call-overload]
            for i in specific.get(_act_key(c), []))
    ]


def _act_key(claim: ClaimDict) -> tuple[object, ...]:
    return (claim["subject"]["mention"], claim["relation"],  # type: ignore[index]
            claim["polarity"], claim["modality"])


def _coordinated(a: Token, b: Token) -> bool:
    """Whether two triggers sit in coordinated clauses ('welcomed X and thanked Y'): the
    path from either to the word that joins them passes through a coordinated verb."""
    path_a, path_b = [a, *a.ancestors], [b, *b.ancestors]
    above_b = {t.i for t in path_b}
    joint = next((t for t in path_a if t.i in above_b), None)
    if joint is None:
        return True
    return any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
               for t in [*path_a[:path_a.index(joint)], *path_b[:path_b.index(joint)]])


def _without_subsumed_nearby(
    by_sentence: list[list[ClaimDict]], sents: list[Span]
) -> list[ClaimDict]:
    """'The Taliban increased attacks against X. It initiated 37 percent more attacks': the
    second sentence's claim without an object repeats the first's, so it goes too, when
    the two sentences are neighbours in one paragraph; not support ('welcomes the accord.
    He thanks X': the guideline records the welcome of a thing and the thanks to X apart)."""
    kept: list[ClaimDict] = []
    for n, claims in enumerate(by_sentence):
        specific = {
            _subsumption_key(c) for m in (n - 1, n + 1)
            if 0 <= m < len(by_sentence) and same_paragraph(sents[n], sents[m])
            for c in by_sentence[m] if c["object"]
        }
        kept.extend(c for c in claims if c["object"] or c["relation"] == str(Relation.SUPPORT)
                    or _subsumption_key(c) not in specific)
    return kept


def _subsumption_key(claim: ClaimDict) -> tuple[str, object, object, object]:
    subject = _bare(claim["subject"]["mention"])  # type: ignore[index]
    return subject, claim["relation"], claim["polarity"], claim["modality"]


def _pairs(found: Found, relation: Relation) -> list[tuple[Mention, Mention | None]]:
    subjects = found.subjects
    if found.relation not in GROUP_ACTS:
        subjects = [s for s in subjects if s.label != GROUP]
    lex = relation_lexicon()
    objects = [o for o in found.objects if all(not _same(o.text, s.text) for s in subjects)
               and not (found.relation.symmetric and o.label == GROUP)]  # no party to talks
    if found.relation in lex.no_object:
        objects = []
    if not subjects:
        return []
    if not objects and found.relation.symmetric and len(subjects) >= 2:
        subjects, objects = subjects[:1], subjects[1:]
    if not objects:
        if relation in lex.need_object:  # "threatened sanctions": a threat needs no target
            return []
        return [(s, None) for s in subjects]
    pairs: list[tuple[Mention, Mention | None]] = [(s, o) for s in subjects for o in objects]
    if found.mutual and found.relation in PAIRED_BOTH_WAYS and len(found.subjects) == 1:
        pairs += [(o, s) for s, o in pairs if o is not None]
    return pairs


def _same(a: object, b: object) -> bool:
    return _bare(a) == _bare(b)


def _bare(name: object) -> str:
    """A mention as compared: lower case, no leading article, single spaces (as
    ``Mention.key``)."""
    return " ".join(str(name).lower().removeprefix("the ").split())


def _confidence(found: Found, subject: Mention, obj: Mention | None, mod: Modality) -> float:
    """Stronger when the syntax is direct: an explicit subject of a verb, a named object."""
    score = 0.55
    score += -0.1 if found.inherited else 0.1
    score += -0.1 if found.nominal else 0.05
    score += 0.1 if obj is not None else 0.0
    score -= 0.1 if subject.start is None else 0.0
    score -= 0.1 if mod is Modality.HEDGED else 0.0
    return round(min(0.95, max(0.1, score)), 3)


def _own_part(doc: Doc, item: dict, owners: dict[int, str]) -> bool:
    """The object is the subject's own official or body ("I thank my Special Envoy", "the
    Secretary-General commends his Special Representative", "our UN teams"): no relation
    between two parties. Collective victims are left alone ("the government released its
    prisoners")."""
    obj = item["object"]
    if not obj or obj["label"] == GROUP or obj["start"] is None:
        return False
    span = doc.char_span(obj["start"], obj["end"], alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "compound":
        root = root.head  # "I thank our UN teams": the teams are owned, the name modifies them
    owner = owners.get(root.i)
    return owner is not None and _same(owner, item["subject"]["mention"])

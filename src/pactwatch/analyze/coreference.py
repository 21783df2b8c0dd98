"""Coreference: which actor a pronoun or a description ("it", "the group", "both sides")
refers to.

Each anaphor takes the nearest earlier mention (within a few sentences) whose label it
accepts, preferring grammatical subjects and the names of its own paragraph; an anaphor
already resolved stands for its antecedent, so a briefer named once is still 'he' five
sentences on; a headline names no antecedent; bare "members" are the body of members
named last ("The Security Council met. Members condemned ..."). "we" and a subject "it" in
an institution's own statement are the issuing body (guideline rule 9). A pronoun that
continues a thing ("The deal ... It includes") or follows unnamed forces ("partner forces
until they") refers to no actor. A possessive in the reason for a reproach is the
reproached one's ("criticised Somalia for its attacks").
A description of a state's rulers or forces ("the junta", "the military authorities", "the
Government") means the last mention that names rulers itself ("Myanmar's junta"), else the
state named in it or before it, and is then cited as that state's ("Myanmar junta"); so is
a bare ruler word before a place the forces hold ("junta bases"). A speaker's "his
Government" or "his country" is the state the speaker's title names. People
named by what they belong to ("members of the gang") refer to that body (a description in
apposition to a name is read by the claim arguments: ``Arguments.described_name``).
The results are ``doc.spans["pw_anaphors"]`` aligned with ``doc._.pw_coref``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.extensions import ANAPHORS, PLACE
from pactwatch.analyze.lexicons import ActorLexicon, relation_lexicon
from pactwatch.analyze.paragraphs import headline
from pactwatch.analyze.role_words import PERSON_ROLES, role_word
from pactwatch.model import GROUP, Relation

FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}
PLURAL_PRONOUNS = {"they", "them", "their"}
PLURAL_TAGS = ("NNS", "NNPS")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NOUN_CLAUSES = {"relcl", "acl"}  # clauses that describe a noun
# Guideline rule 9: "we" is the issuing body in its own statement or report; in news and
# opinion it is the writer, who is not a party.
INSTITUTIONAL_KINDS = {"official_statement", "monitoring_report", "agreement"}


def resolve_anaphors(
    doc: Doc, tokens: list[Token], mentions: list[Span], lex: ActorLexicon,
    states: Sequence[Span] = (),
    state_names: frozenset[str] = frozenset(),
) -> tuple[list[Span], list[list[object]]]:
    """Each anaphor takes the nearest earlier mention whose label it accepts; a description
    of rulers with none, the last of ``states`` named before it in the window (wherever
    named: "the Special Envoy on Myanmar ... the military"). ``state_names`` are the
    registry's lowercased names of states, which tell a state's army from a rebel army."""
    anaphors: list[Span] = []
    coref: list[list[object]] = []
    taken = {i for span in mentions for i in range(span.start, span.end)}
    unresolved: set[int] = set()  # anaphors that found no antecedent
    chain: list[Candidate] = []  # each anaphor resolved so far, standing for its antecedent
    groups = {i for span in mentions if span.label_ == GROUP for i in range(span.start, span.end)}
    sentence_of = {}
    headlines = set()
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            sentence_of[i] = n
        if headline(sent.text.strip()):
            headlines.add(n)
    # a headline's names are no antecedents: "Briefing Security Council on ..., Envoy
    # Underscores Need ..." is title-case shorthand that the tagger misreads, and the story
    # names its actors again
    antecedents = [m for m in mentions if sentence_of[m.start] not in headlines]
    institutions = {m.start for m in mentions if role_word(m.root) in lex.institution_heads
                    and not _rebel_army(m, state_names)}
    for part, whole in _parts_of_named(mentions, taken, lex):
        anaphors.append(Span(doc, part.i, part.i + 1))
        coref.append([whole.start_char, whole.end_char, whole.label_, whole.text])
        taken.add(part.i)
    named_heads = {m.root.i for m in mentions if len(m) > 1}
    first_words = {phrase.split()[0] for phrase in (*lex.anaphors, *lex.pair_anaphors)}
    first_words |= FIRST_PERSON | {"members"}
    for token in tokens:
        if token.i in taken or token.lower_ not in first_words:
            continue
        if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON:
            # "we"/"I" of the issuing body acts; "our efforts" as an object does not
            if (doc._.pw_author and doc._.pw_kind in INSTITUTIONAL_KINDS
                    and (token.head.dep_ != "pobj" or _intends(token.head))):
                anaphors.append(Span(doc, token.i, token.i + 1))
                coref.append([None, None, "ORG", doc._.pw_author])
            continue
        if bare_members(token):
            body = _member_body(token, antecedents, sentence_of, lex)
            if body is not None:
                anaphors.append(Span(doc, token.i, token.i + 1))
                coref.append([body.start_char, body.end_char, body.label_, body.text])
                taken.add(token.i)
            continue
        pair = _pair_anaphor_at(doc, token, lex)
        if pair:
            parties = _last_two_parties(token, antecedents, sentence_of, lex)
            for party in parties:
                anaphors.append(Span(doc, token.i, token.i + pair))
                coref.append([party.start_char, party.end_char, party.label_, party.text])
            taken.update(range(token.i, token.i + pair))
            continue
        phrase, length = _anaphor_at(doc, token, lex)
        if phrase is None or (phrase in lex.ruler_descriptions
                              and token.i + length - 1 in named_heads):
            continue  # "the government of Türkiye" names whose it is
        span = Span(doc, token.i, token.i + length)
        accepts = lex.anaphors[phrase]
        reason_owner = _reason_owner(token)
        ruled = _ruled_place(span, phrase, lex)
        owner = _coordinated_owner(token) or reason_owner or ruled
        if owner is not None and owner is ruled:
            antecedent = _mention_at(owner, mentions, accepts | {PLACE})  # a seat of rule
        else:
            antecedent = _mention_at(owner, mentions, accepts) if owner is not None else None
        if antecedent is None and (owner is None or owner.tag_ not in PLURAL_TAGS):
            antecedent = _clause_subject(token, mentions, accepts) if token.dep_ == "poss" else None
            antecedent = antecedent or _antecedent(span, antecedents, accepts, sentence_of,
                                                   lex, chain, institutions)
        # else "terrorists and their supporters": the terrorists', who are no actor
        if antecedent is None and phrase in lex.ruler_descriptions:
            antecedent = _last_state(span, states, sentence_of, lex)
        if (_continues_unknown(token, sentence_of, taken, unresolved)
                or (reason_owner is None and _owned_by_thing(token, taken, groups))
                or (antecedent is not None
                    and _unnamed_force_between(antecedent, token, taken, lex))):
            antecedent = None
        elif _issuer_speaks(doc, token, antecedent, mentions, sentence_of, lex):
            # "It urged the Government ...": in a body's own statement a subject "it"
            # that continues no earlier subject is the body itself (guideline rule 9)
            anaphors.append(span)
            coref.append([None, None, "ORG", doc._.pw_author])
            taken.update(range(span.start, span.end))
            continue
        if antecedent is not None:
            owned = _speakers_state_noun(token, lex)
            state = _state_within(antecedent, states) if owned is not None else None
            if owned is not None and state is not None:
                # "his Government", "his country's army": the state the speaker's title names
                span = Span(doc, token.i, owned.i + 1)
                antecedent = state
            anaphors.append(span)
            coref.append([antecedent.start_char, antecedent.end_char,
                          *_as_named(phrase, antecedent, lex)])
            chain.append(Candidate(span, antecedent))
        else:
            unresolved.add(token.i)
        taken.update(range(span.start, span.end))
    for word in _rulers_of_places(tokens, taken, lex):
        span = Span(doc, word.i, word.i + 1)
        rulers = _named_rulers(span, _nearby(span, antecedents, chain, sentence_of, lex),
                               None, lex)
        state = rulers[-1].actor if rulers else _last_state(span, states, sentence_of, lex)
        if state is not None:
            anaphors.append(span)
            coref.append([state.start_char, state.end_char,
                          *_as_named(f"the {word.lower_}", state, lex)])
    return anaphors, coref


def _rulers_of_places(tokens: list[Token], taken: set[int], lex: ActorLexicon) -> list[Token]:
    """'junta bases', 'army posts': a bare ruler word before a place the forces hold, with
    no name of another holder beside it ('U.S. military bases' are the United States')."""
    words = {phrase.removeprefix("the ") for phrase in lex.ruler_descriptions}
    found = []
    for word in tokens:
        head = word.head
        if (word.lower_ not in words or word.i in taken or word.dep_ not in ("compound", "amod")
                or head.i <= word.i or not _held_place(head, lex)):
            continue
        if not any(c.i in taken for c in head.children if c.i != word.i):
            found.append(word)
    return found


def _held_place(noun: Token, lex: ActorLexicon) -> bool:
    """'posts', 'bases' (which the lemmatizer reads as 'basis'), 'barracks'."""
    return bool({role_word(noun), noun.lower_, noun.lower_.removesuffix("s")}
                & lex.forces_places)


def possessors(doc: Doc) -> dict[int, str]:
    """The token each resolved possessive pronoun belongs to, and the text of the actor it
    means: in the Secretary-General's "I thank my Special Envoy, Hans Grundberg" the envoy's
    head word and the name in apposition map to the Secretary-General (read from
    ``pw_anaphors`` and ``pw_coref``)."""
    owned = {}
    for span, (_, _, _, text) in zip(doc.spans.get(ANAPHORS, ()), doc._.pw_coref or (),
                                     strict=True):
        head = span.root.head
        if len(span) == 1 and span.root.dep_ == "poss" and head.i != span.root.i:
            for word in (head, *(c for c in head.children if c.dep_ == "appos")):
                owned[word.i] = str(text)
    return owned


@dataclass(frozen=True)
class Candidate:
    """A place where an actor is named (``at`` is the mention) or referred to (``at`` is an
    anaphor already resolved to the mention ``actor``): "Grundberg said ... he pointed to
    ... He also said" finds Grundberg through the 'he' of the sentence before, however far
    back the name stands."""

    at: Span
    actor: Span


def _antecedent(
    span: Span,
    mentions: list[Span],
    accepts: frozenset[str],
    sentence_of: dict[int, int],
    lex: ActorLexicon,
    chain: list[Candidate],
    institutions: set[int],
) -> Span | None:
    """The latest compatible mention in the window, preferring grammatical subjects:
    "The Secretary-General thanks his Special Representative ... He expresses" means the
    Secretary-General, and a subject pronoun continues the subject of its own sentence:
    "The U.S. Government has yet to recognize Afghanistan, but it engaged ..." means the
    U.S. Government. A description of a group ("the militants") passes over institutions
    ("the transition government"; ``institutions`` are where such names start). Anaphors
    resolved before (``chain``) stand for their antecedents where they are."""
    here = sentence_of[span.start]
    own = _own_subject(span.root)
    describes_group = len(span) > 1 and "GPE" not in accepts
    plural = span.root.lower_ in PLURAL_PRONOUNS  # "they" may be officials, not only bodies
    ruler = span.text.lower() in lex.ruler_descriptions

    nearby = _nearby(span, mentions, chain, sentence_of, lex)
    compatible = [
        c for c in nearby
        if not (own is not None and c.at.start <= own.i < c.at.end)
        and (_anaphoric_label(c.actor) in accepts or (plural and _names_people(c.actor)))
        and c.at.root.dep_ != "amod"  # "free from Iranian interference ... its neighbours"
        and not (describes_group and c.actor.start in institutions)
        and not _named_again(span, c.actor, mentions)
        and not (ruler and _subject_of_own_clause(span, c.at))
    ]
    compatible = _in_own_paragraph(span, compatible)
    if ruler:
        rulers = _named_rulers(span, nearby, own, lex)
        if rulers:
            return rulers[-1].actor
    # not the subject of a clause that describes a noun: "alarm at reports that X is preparing
    # an assault on the city, where civilians are sheltering. They demanded ..." are neither
    # X nor the civilians
    subjects = [c for c in compatible if c.at.root.dep_ in SUBJECT_DEPS
                and c.at.root.head.dep_ not in NOUN_CLAUSES]
    if subjects and (sentence_of[subjects[-1].at.start] < here or _is_subject(span)):
        return (_plural_after(span, subjects[-1], compatible) or subjects[-1]).actor
    if not compatible:
        return None
    # after the subject, the object of the last sentence is the most salient actor:
    # "X fought Y, a branch of Z active in W. Its attacks ..." means Y
    last = sentence_of[compatible[-1].at.start]
    objects = [c for c in compatible
               if c.at.root.dep_ == "dobj" and sentence_of[c.at.start] == last]
    return (objects[-1] if objects and last < here else compatible[-1]).actor


def _nearby(span: Span, mentions: list[Span], chain: list[Candidate],
            sentence_of: dict[int, int], lex: ActorLexicon) -> list[Candidate]:
    """The mentions and resolved anaphors before ``span`` within the window, in text order."""
    here = sentence_of[span.start]

    def near(at: Span) -> bool:
        return at.end <= span.start and here - sentence_of[at.start] <= lex.anaphor_window

    nearby = [Candidate(m, m) for m in mentions if near(m)] + [c for c in chain if near(c.at)]
    nearby.sort(key=lambda c: c.at.start)
    return nearby


def _named_rulers(span: Span, nearby: list[Candidate], own: Token | None,
                  lex: ActorLexicon) -> list[Candidate]:
    """The candidates that name a state's rulers or forces themselves in common words
    ("Myanmar's junta", "the Burmese military regime", an earlier "the military"; not the
    "Arakan Army", whose 'Army' is part of a name), those of the anaphor's own paragraph
    where there are any: what "the military government" means before any state named near
    it ("... met Li Qiang in China. The military government ...")."""
    rulers = [c for c in nearby
              if not (own is not None and c.at.start <= own.i < c.at.end)
              and not _subject_of_own_clause(span, c.at)
              and c.actor.label_ not in ("PERSON", GROUP, PLACE)
              and any(w.is_lower and role_word(w) in lex.ruler_words for w in c.at)]
    return _in_own_paragraph(span, rulers)


def _last_state(span: Span, states: Sequence[Span], sentence_of: dict[int, int],
                lex: ActorLexicon) -> Span | None:
    """The last state named before ``span`` within the window."""
    here = sentence_of[span.start]
    before = [s for s in states
              if s.end <= span.start and here - sentence_of[s.start] <= lex.anaphor_window
              and not _subject_of_own_clause(span, s)]
    return before[-1] if before else None


def _speakers_state_noun(pronoun: Token, lex: ActorLexicon) -> Token | None:
    """The noun of 'his Government', 'her country's army', 'his own delegation': what a
    speaker's pronoun owns that is the speaker's state, not the speaker."""
    head = pronoun.head
    if (pronoun.lower_ not in ("his", "her") or pronoun.dep_ != "poss" or head.i < pronoun.i
            or role_word(head) not in lex.own_state_nouns):
        return None
    between = pronoun.doc[pronoun.i + 1:head.i]
    return head if all(w.dep_ == "amod" for w in between) else None


def _state_within(speaker: Span, states: Sequence[Span]) -> Span | None:
    """The state a speaker's title names: 'the representative of Chad', 'Niger's envoy'."""
    return next((s for s in states if speaker.start <= s.start and s.end <= speaker.end), None)


def _ruled_place(span: Span, phrase: str, lex: ActorLexicon) -> Token | None:
    """'the military authorities in Myanmar', 'the junta in Naypyidaw': a description of
    rulers or forces says itself whose they are."""
    if phrase not in lex.ruler_descriptions:
        return None
    head = span[-1]
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of") and prep.i == head.i + 1:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _subject_of_own_clause(span: Span, candidate: Span) -> bool:
    """'China brokered a ceasefire between the alliance and the junta': the subject of the
    clause a description sits in is another party than the one described."""
    subject = _subject_of_clause(span.root)
    return subject is not None and candidate.start <= subject.i < candidate.end


def _as_named(phrase: str, antecedent: Span, lex: ActorLexicon) -> tuple[str, str]:
    """The label and text an anaphor's claims cite: the antecedent's, except that a
    description of rulers or forces that refers to a state or its seat names a body of that
    state: "Myanmar ... the junta" cites "Myanmar junta", which the registry may know apart
    from the state (as it knows Sudan's army), and otherwise resolves to the state."""
    if phrase not in lex.ruler_descriptions or antecedent.label_ not in ("GPE", PLACE):
        return antecedent.label_, antecedent.text
    return "ORG", f"{antecedent.text} {phrase.removeprefix('the ')}"


def _parts_of_named(mentions: list[Span], taken: set[int],
                    lex: ActorLexicon) -> list[tuple[Token, Span]]:
    """'Members of the Gran Grif gang', 'fighters of the group': each word for people who
    act for a body, followed by 'of' and the body's mention, with the body it refers to."""
    parts = []
    for mention in mentions:
        root = mention.root
        prep = root.head
        if (root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep"
                or mention.label_ in ("PERSON", PLACE)):
            continue
        part = prep.head
        if (part.i < mention.start and part.i not in taken and part.pos_ in ("NOUN", "PROPN")
                and role_word(part) in lex.part_nouns):
            parts.append((part, mention))
    return parts


def _in_own_paragraph(span: Span, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates in the anaphor's own paragraph, where there are any: a new paragraph
    opens a new topic, so the subject of an earlier one ("... not allow Afghanistan to
    become a haven") yields to what the paragraph itself names ("the Taliban fought
    ISIS-Khorasan ... Its bombings"). A speaker named a paragraph earlier is still found
    when the paragraph names no one the pronoun may mean, and through a pronoun of the
    paragraph that took it ("It urged the Government ... It called on": the Council). A
    place is no such topic: "In Kandahar province, it attacked" still means the group of the
    paragraph before."""
    starts = span.doc._.pw_paragraphs or [0]
    opening = starts[bisect_right(starts, span.start) - 1]
    own = [c for c in candidates if c.at.start >= opening]
    return own if any(c.actor.label_ != PLACE for c in own) else candidates


def _plural_after(span: Span, subject: Candidate,
                  compatible: list[Candidate]) -> Candidate | None:
    """'The United States sanctioned three officials over accusations they helped ...': a
    plural pronoun means the plural group of people named after a singular-named subject in
    its own sentence, not the subject (a state or body is 'it')."""
    if span.root.lower_ not in PLURAL_PRONOUNS or subject.actor.root.tag_ in PLURAL_TAGS:
        return None
    sentence = span.root.sent
    plural = [c for c in compatible
              if c.at.start >= subject.at.end and c.at.start >= sentence.start
              and _names_people(c.actor) and c.actor.label_ != "GPE"]
    return plural[-1] if plural else None


def _names_people(mention: Span) -> bool:
    """'three officials', or a name before plural people: 'five Houthi commanders'."""
    root = mention.root
    if root.tag_ in PLURAL_TAGS:
        return True
    head = root.head
    return (root.dep_ == "compound" and head.tag_ == "NNS" and head.i == mention.end
            and head.lemma_.lower() not in relation_lexicon().nouns)  # not 'Houthi raids'


def _coordinated_owner(pronoun: Token) -> Token | None:
    """'X and their Y': the noun a possessive's noun is coordinated with owns it."""
    if pronoun.lower_ != "their" or pronoun.dep_ != "poss":
        return None
    noun = pronoun.head
    if noun.dep_ == "conj" and noun.head.i != noun.i:
        return noun.head
    if pronoun.i >= 2 and pronoun.nbor(-1).lower_ == "and":
        return pronoun.nbor(-2)  # read from the words when the parser lost the coordination
    return None


def _reason_owner(pronoun: Token) -> Token | None:
    """'criticised Somalia for its attacks', 'sanctioned the Houthis for their attacks': a
    possessive in the 'for' phrase giving the reason for an act aimed at someone belongs to
    that someone, the verb's object, not to its subject. Praise is left alone: in 'thanked
    Qatar for its support' the thanks is the claim (a SUPPORT of Qatar), and the possessive
    keeps reading as the subject's, which the claim steps fold into it."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return None
    prep = pronoun.head.head
    if prep.lower_ != "for":
        return None
    if prep.head.pos_ == "ADJ":  # "held Iran responsible for its attacks"
        return _held_to_account(prep.head)
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    trigger = relation_lexicon().verbs.get(verb.lemma_.lower())
    if trigger is not None and trigger.relation is Relation.SUPPORT:
        return None
    if prep.head.dep_ == "dobj":
        return prep.head  # the parser hung the reason on the object
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)


def _held_to_account(adjective: Token) -> Token | None:
    """Who is held 'responsible' or 'accountable': the adjective's own subject when the
    parser reads a small clause ('hold the Houthis accountable'), else the holding verb's
    object ('held Iran responsible')."""
    subject = next((c for c in adjective.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None:
        return subject
    if adjective.dep_ not in ("oprd", "acomp", "ccomp", "xcomp"):
        return None
    return next((c for c in adjective.head.children if c.dep_ == "dobj"), None)


def _mention_at(word: Token, mentions: list[Span], accepts: frozenset[str]) -> Span | None:
    """The mention covering ``word`` if an anaphor accepting ``accepts`` may take it."""
    for mention in mentions:
        if mention.start <= word.i < mention.end:
            return mention if _anaphoric_label(mention) in accepts else None
    return None


def _intends(noun: Token) -> bool:
    """'of my intent to designate', 'in our decision to withdraw': a noun with an infinitive
    of its own says what its possessor means to do, wherever the noun stands."""
    return any(c.dep_ in ("acl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                  for g in c.children)
               for c in noun.children)


def _issuer_speaks(
    doc: Doc, token: Token, antecedent: Span | None, mentions: list[Span],
    sentence_of: dict[int, int], lex: ActorLexicon,
) -> bool:
    """A subject 'it' in an institution's own statement with no subject mention before it
    in the window: the body speaking of itself."""
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS:
        return False
    if not (doc._.pw_author and doc._.pw_kind in INSTITUTIONAL_KINDS):
        return False
    if antecedent is not None and antecedent.root.dep_ in SUBJECT_DEPS:
        return False
    here = sentence_of[token.i]
    return not any(m.end <= token.i and here - sentence_of[m.start] <= lex.anaphor_window
                   and m.root.dep_ in SUBJECT_DEPS for m in mentions)


def _continues_unknown(
    pronoun: Token, sentence_of: dict[int, int], named: set[int], unresolved: set[int]
) -> bool:
    """A subject pronoun continues the last subject before it (in its sentence or the one
    before). 'The deal has three phases. Phase one lasts 6 weeks. It includes a ceasefire':
    that subject is a thing no actor mention or anaphor (``named``) covers. 'He pointed to
    talks with the President ... He also said': that subject is the same pronoun, which found
    no antecedent either (its actor was named before the passage)."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    last = _last_subject(pronoun, sentence_of)
    if last is None:
        return False
    if last.i in unresolved:
        return last.lower_ == pronoun.lower_
    return pronoun.lower_ == "it" and last.pos_ in ("NOUN", "PROPN", "NUM") and last.i not in named


def _last_subject(word: Token, sentence_of: dict[int, int]) -> Token | None:
    """The nearest subject before ``word`` in its sentence or the one before."""
    doc = word.doc
    first = sentence_of[word.i] - 1
    for i in range(word.i - 1, -1, -1):
        if sentence_of[i] < first:
            return None
        if doc[i].dep_ in SUBJECT_DEPS:
            return doc[i]
    return None


def _own_subject(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun sits in: 'the government that harbored
    it' cannot mean the government (that would be 'itself')."""
    if pronoun.dep_ in ("dobj", "dative"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ in ("prep", "dative"):
        verb = pronoun.head.head
    else:
        return None
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lower_ in ("that", "which", "who") and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _rebel_army(name: Span, state_names: frozenset[str]) -> bool:
    """'the Kachin Independence Army', 'the Arakan Army': a name headed by 'Army' that no
    state's name or adjective opens is an armed group's, which 'the group' may mean; 'the
    Afghan National Army', 'the U.S. Army' are states' armies, institutions."""
    return (name.label_ == "ACTOR" and len(name) > 1 and name[-1].text == "Army"
            and name[0].lower_ not in state_names)


def _unnamed_force_between(antecedent: Span, pronoun: Token, named: set[int],
                           lex: ActorLexicon) -> bool:
    """'enable partner forces until they can defeat ISIS': a plural pronoun after forces that
    no name covers means those forces, an unnamed group (guideline rule 11), not the actor
    named before them."""
    if pronoun.lower_ not in PLURAL_PRONOUNS:
        return False
    doc = pronoun.doc
    return any(
        word.tag_ == "NNS" and word.lower_ in lex.force_nouns and word.i not in named
        for word in doc[max(antecedent.end, pronoun.sent.start):pronoun.i]
    )


def _anaphoric_label(mention: Span) -> str:
    """The label a pronoun agrees with: a registry name headed by a person's title ("the
    Secretary-General", "the Special Envoy") is a 'he' or 'she', not an 'it'."""
    if mention.label_ not in ("ACTOR", "ORG"):
        return mention.label_
    if role_word(mention[-1]) in PERSON_ROLES:
        return "PERSON"
    if mention.label_ == "ACTOR" and _described_as_person(mention):
        return "PERSON"  # "U.S. envoy Zalmay Khalilzad, who ...": a registry name of a person
    return mention.label_


def _described_as_person(mention: Span) -> bool:
    """A title right before the name, a 'who' clause after it, or a title in apposition
    ('said Jane Roe, Under-Secretary-General for ...')."""
    doc = mention.doc
    if mention.start > 0 and role_word(doc[mention.start - 1]) in PERSON_ROLES:
        return True
    return any((c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children))
               or (c.dep_ == "appos" and role_word(c) in PERSON_ROLES)
               for c in mention.root.children)


def _is_subject(span: Span) -> bool:
    """The anaphor is a subject, or the possessor of one ("its attacks killed ...")."""
    root = span.root
    if root.dep_ == "poss":
        root = root.head
    return root.dep_ in SUBJECT_DEPS


def _named_again(anaphor: Span, candidate: Span, mentions: list[Span]) -> bool:
    """'Its bombings target Taliban officials': a possessor is not an actor that its own
    clause names again further on (that would read 'their own officials')."""
    if anaphor.root.dep_ != "poss":
        return False
    verb = _clause_verb(anaphor.root).i
    name = candidate.text.lower().removeprefix("the ")
    return any(m.start >= anaphor.end and _clause_verb(m.root).i == verb
               and name in m.text.lower() for m in mentions)


def _clause_verb(token: Token) -> Token:
    """The verb heading the clause a word sits in (the word's root, failing one)."""
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token


def _subject_of_clause(token: Token) -> Token | None:
    """The subject of the clause a word sits in (of the first conjunct that has one)."""
    verb = token.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X called on ... and reaffirmed their support": X's
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subject


def _owned_by_thing(pronoun: Token, named: set[int], groups: set[int]) -> bool:
    """'intelligence professionals did their job', 'aid workers continued their work': a
    'their' whose clause subject is a plural common noun that no actor mention or anaphor
    covers (``named``; a group of people in ``groups`` is no actor) belongs to that. ('its'
    is left alone: 'fighting spread inside Syria and across its borders' means Syria.)"""
    if pronoun.dep_ != "poss" or pronoun.lower_ != "their":
        return False
    subject = _subject_of_clause(pronoun)
    if subject is None or subject.pos_ != "NOUN" or subject.i > pronoun.i:
        return False
    if subject.i in named and subject.i not in groups:
        return False
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in subject.children):
        return False  # "Russia's decision to suspend its participation": Russia's
    return subject.tag_ == "NNS"


def _clause_subject(token: Token, mentions: list[Span], accepts: frozenset[str]) -> Span | None:
    """A possessive binds to the subject of its clause: 'the Council reaffirmed its support';
    in a participle's clause before the main one, to the main clause's subject, which comes
    after it: 'Expressing its deep alarm ..., the Council renewed'."""
    subject = _subject_of_clause(token)
    comes_after = subject is None
    subject = subject or _participle_subject(token)
    if subject is None:
        return None
    candidates = [subject, *(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj")]
    for candidate in candidates:
        for mention in mentions:
            if (mention.start <= candidate.i < mention.end
                    and (comes_after or mention.end <= token.i)):
                return mention if _anaphoric_label(mention) in accepts else None
    return None


def _participle_subject(token: Token) -> Token | None:
    """The subject of the main clause after a subjectless participle clause that opens the
    sentence ('Reaffirming its support for ..., the Council called'): the participle's own
    understood subject."""
    verb = _clause_verb(token.head)
    main = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or main.i < verb.i:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return next((c for c in main.children if c.dep_ in SUBJECT_DEPS), None)


def bare_members(token: Token) -> bool:
    """'members' with nothing to say whose: no modifier but 'the', no 'of' after it."""
    if token.lower_ != "members" or token.tag_ != "NNS":
        return False
    return (all(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)
            and not any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in token.rights))


def _member_body(token: Token, mentions: list[Span], sentence_of: dict[int, int],
                 lex: ActorLexicon) -> Span | None:
    """The last body of members named in the window, cut after the body's own word: the
    'Council' of 'Council President for August, members demanded ...'."""
    here = sentence_of[token.i]
    for mention in reversed(mentions):
        if mention.end > token.i or here - sentence_of[mention.start] > lex.anaphor_window:
            continue
        for word in mention:
            if role_word(word) in lex.member_bodies:
                return Span(token.doc, mention.start, word.i + 1, label=mention.label_)
    return None


def _pair_anaphor_at(doc: Doc, token: Token, lex: ActorLexicon) -> int:
    """The length in tokens of 'both parties' / 'the two sides' starting here, or 0."""
    for length in (3, 2):
        words = " ".join(t.lower_ for t in doc[token.i : token.i + length])
        if token.i + length <= len(doc) and words in lex.pair_anaphors:
            return length
    return 0


def _last_two_parties(
    token: Token, mentions: list[Span], sentence_of: dict[int, int], lex: ActorLexicon
) -> list[Span]:
    """The two latest distinct organisations or states before ``token`` in the window."""
    here = sentence_of[token.i]
    found: list[Span] = []
    own = _own_subject(token.head if token.dep_ in ("det", "nummod", "amod") else token)
    for mention in reversed(mentions):
        if own is not None and mention.start <= own.i < mention.end:
            continue  # "the Council urged both sides": not the Council
        if (mention.end > token.i or here - sentence_of[mention.start] > lex.anaphor_window
                or _anaphoric_label(mention) in ("PERSON", GROUP, PLACE)
                or mention.root.dep_ == "appos"):  # "(ELN)" repeats the name before it
            continue
        if all(mention.text.lower() != f.text.lower() for f in found):
            found.append(mention)
        if len(found) == 2:
            return found[::-1]
    return []


def _anaphor_at(doc: Doc, token: Token, lex: ActorLexicon) -> tuple[str | None, int]:
    """The anaphor starting at ``token`` and its length in tokens, longest first
    ('the mercenary force' before 'the group')."""
    for length in (3, 2):
        if token.i + length <= len(doc):
            phrase = " ".join(t.lower_ for t in doc[token.i:token.i + length])
            last = doc[token.i + length - 1]
            if phrase in lex.anaphors and not _names_itself(last) and not modifies_noun_after(last):
                return phrase, length
    if token.pos_ == "PRON" and token.lower_ in lex.anaphors and not _pleonastic(token):
        return token.lower_, 1
    return None, 0


def modifies_noun_after(word: Token) -> bool:
    """A word that modifies a noun after it: 'the military offensive' and 'the group leader'
    are no descriptions of a body, 'the Kabul bombing' names no party, 'fighter jets' are
    no fighters."""
    return word.dep_ in ("amod", "compound", "nmod") and word.head.i > word.i


def _names_itself(noun: Token) -> bool:
    """'the Group of Five for the Sahel', 'the Organization for Security and Co-operation': a
    capitalised noun with its own 'of'/'for' name is a name, not the description 'the group'."""
    if not noun.text[:1].isupper() or noun.i + 2 > len(noun.doc) - 1:
        return False
    after = noun.doc[noun.i + 1 : noun.i + 3]
    return after[0].lower_ in ("of", "for") and after[1].text[:1].isupper()


def _pleonastic(pronoun: Token) -> bool:
    """'it is fortunate that ...', 'it is critical to ...', 'they did it': an 'it' that
    stands for a clause or a deed, not for an actor."""
    if pronoun.lower_ != "it":
        return False
    if pronoun.dep_ == "expl":
        return True
    doc = pronoun.doc
    if pronoun.dep_ == "dobj" and pronoun.head.lemma_ == "do":
        return True  # "we did it today": the deed
    if 0 < pronoun.i < len(doc) - 1 and doc[pronoun.i - 1].lemma_ == "do" and (
        doc[pronoun.i + 1].tag_ != "VB"  # not the question "did it attack"
    ):
        return True  # "they did it facing crowds", parsed as a subject
    after = doc[pronoun.i + 1 : pronoun.i + 4]
    if len(after) == 3 and after[0].lemma_ == "be" and after[1].pos_ == "ADJ" and (
        after[2].lower_ in ("to", "that")
    ):
        return True  # read from the words: the parser often splits "to de-escalate"
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_ != "be":
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    clauses = {"ccomp", "xcomp", "csubj"}
    return bool(complements) and any(  # the clause hangs on "is" or on "critical"
        c.dep_ in clauses for head in (verb, *complements) for c in head.children)

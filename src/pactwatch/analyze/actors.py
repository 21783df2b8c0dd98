"""The ``pw_actors`` component: who could be a party to a claim.

Named entities and gazetteer hits are the backbone; role nouns ("the Council", "the Special
Envoy") cover official prose that names bodies by title, and anaphors ("the group", "they")
point back to the last compatible mention so that a claim can name the actor.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pactwatch.analyze.extensions import ACTORS, ANAPHORS, register_extensions
from pactwatch.analyze.lexicons import ActorLexicon, actor_lexicon, relation_lexicon
from pactwatch.model import Relation

OPPOSED_PREFIXES = {"counter", "anti"}
PLACE_PREPS = {"in", "near", "at", "around", "outside", "inside"}
MISTAKEN_FOR_PLACES = {"PERSON", "ORG"}  # NER labels it gives unknown towns; GPE may be a party
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
FIRST_PERSON = {"we", "our", "us", "i", "my", "me"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Guideline rule 9: "we" is the issuing body in its own statement or report; in news and
# opinion it is the writer, who is not a party.
INSTITUTIONAL_KINDS = {"official_statement", "monitoring_report", "agreement"}
GROUP = "GROUP"  # label of collective victims: no anaphor points back to them
PERSON_ROLES = {"envoy", "representative", "secretary-general", "president", "minister",
                "ambassador", "spokesperson", "spokesman", "spokeswoman"}


@Language.factory(
    "pw_actors",
    assigns=["doc.spans", "doc._.pw_coref"],
    requires=["doc.ents", "token.dep", "token.lemma"],
)
def make_actor_finder(nlp: Language, name: str) -> ActorFinder:
    return ActorFinder()


class ActorFinder:
    """Stateless: the lexicon is loaded once per process, so the component pickles cheaply."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        lex = actor_lexicon()
        tokens = list(doc)  # one Token object per position, shared by the passes below
        mentions = filter_spans([
            *self._entity_mentions(doc, lex),
            *self._role_mentions(tokens, lex),
            *self._backed_groups(tokens, lex),
        ])
        doc.spans[ACTORS] = mentions
        anaphors, coref = self._resolve_anaphors(doc, tokens, mentions, lex)
        doc.spans[ANAPHORS] = anaphors
        doc._.pw_coref = coref
        return doc

    def _entity_mentions(self, doc: Doc, lex: ActorLexicon) -> list[Span]:
        spans = []
        for ent in doc.ents:
            if ent.label_ not in lex.entity_labels and ent.label_ != "ACTOR":
                continue
            start, end = ent.start, ent.end
            while start < end and doc[start].lower_ in DETERMINERS:
                start += 1
            text = doc[start:end].text
            if start == end or not any(ch.isalpha() for ch in text):
                continue
            if _opposed_prefix(doc, start):
                continue  # "counter-ISIS campaign", "anti-Houthi forces": not the actor itself
            if ent.label_ != "ACTOR" and not text[:1].isupper():
                continue  # NER's "intra-" in "intra-Afghan"; registry names are ACTOR hits
            if ent.label_ in MISTAKEN_FOR_PLACES and end - start == 1 and _named_place(doc[start]):
                continue
            end = _extend_with_force_noun(doc, start, end, lex)
            label = ent.label_ if end == ent.end else "ORG"
            spans.append(Span(doc, start, end, label=label))
        return spans

    def _role_mentions(self, tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        spans = []
        for token in tokens:
            if token.pos_ not in ("NOUN", "PROPN"):
                continue
            role = role_word(token)
            doc = token.doc
            if role in lex.victim_nouns:
                spans.append(Span(doc, _left_edge_of_group(token), token.i + 1, label=GROUP))
                continue
            if role not in lex.role_nouns:
                continue
            start = _left_edge_of_name(token)
            if "-" in role:
                start = min(start, token.i - 2)
            end = _right_edge_of_name(token)
            named = start < token.i or end > token.i + 1 or token.text[:1].isupper()
            if role in lex.role_nouns_needing_name and not named:
                continue
            label = "PERSON" if role in PERSON_ROLES else "ORG"
            spans.append(Span(doc, start, end, label=label))
        return spans

    @staticmethod
    def _backed_groups(tokens: list[Token], lex: ActorLexicon) -> list[Span]:
        """'Iran-aligned militia groups' names an actor even though no NER label covers it."""
        suffixes = relation_lexicon().compound_suffixes
        spans = []
        for token in tokens:
            if token.lower_ not in lex.force_nouns and token.lemma_.lower() not in lex.force_nouns:
                continue  # "militia groups" as well as "militia group"
            doc = token.doc
            for child in token.lefts:
                suffix = child.lower_.rpartition("-")[2]
                if child.dep_ in ("amod", "compound") and suffix in suffixes:
                    start = child.left_edge.i
                    while start < child.i and doc[start].lower_ in DETERMINERS:
                        start += 1
                    spans.append(Span(doc, start, token.i + 1, label="ORG"))
                    break
        return spans

    def _resolve_anaphors(
        self, doc: Doc, tokens: list[Token], mentions: list[Span], lex: ActorLexicon
    ) -> tuple[list[Span], list[list[object]]]:
        """Each anaphor takes the nearest earlier mention whose label it accepts."""
        anaphors: list[Span] = []
        coref: list[list[object]] = []
        taken = {i for span in mentions for i in range(span.start, span.end)}
        sentence_of = {}
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = n
        first_words = {phrase.split()[0] for phrase in (*lex.anaphors, *lex.pair_anaphors)}
        first_words |= FIRST_PERSON
        for token in tokens:
            if token.i in taken or token.lower_ not in first_words:
                continue
            if token.pos_ == "PRON" and token.lower_ in FIRST_PERSON:
                # "we"/"I" of the issuing body acts; "our efforts" as an object does not
                if (doc._.pw_author and doc._.pw_kind in INSTITUTIONAL_KINDS
                        and token.head.dep_ != "pobj"):
                    anaphors.append(Span(doc, token.i, token.i + 1))
                    coref.append([None, None, "ORG", doc._.pw_author])
                continue
            pair = _pair_anaphor_at(doc, token, lex)
            if pair:
                parties = _last_two_parties(token, mentions, sentence_of, lex)
                for party in parties:
                    anaphors.append(Span(doc, token.i, token.i + pair))
                    coref.append([party.start_char, party.end_char, party.label_, party.text])
                taken.update(range(token.i, token.i + pair))
                continue
            phrase, length = _anaphor_at(doc, token, lex)
            if phrase is None:
                continue
            span = Span(doc, token.i, token.i + length)
            accepts = lex.anaphors[phrase]
            antecedent = _clause_subject(token, mentions, accepts) if token.dep_ == "poss" else None
            antecedent = antecedent or self._antecedent(span, mentions, accepts, sentence_of, lex)
            if _issuer_speaks(doc, token, antecedent, mentions, sentence_of, lex):
                # "It urged the Government ...": in a body's own statement a subject "it"
                # that continues no earlier subject is the body itself (guideline rule 9)
                anaphors.append(span)
                coref.append([None, None, "ORG", doc._.pw_author])
                taken.update(range(span.start, span.end))
                continue
            if antecedent is not None:
                anaphors.append(span)
                coref.append([antecedent.start_char, antecedent.end_char, antecedent.label_,
                              antecedent.text])
            taken.update(range(span.start, span.end))
        return anaphors, coref

    @staticmethod
    def _antecedent(
        span: Span,
        mentions: list[Span],
        accepts: frozenset[str],
        sentence_of: dict[int, int],
        lex: ActorLexicon,
    ) -> Span | None:
        """The latest compatible mention in the window, preferring grammatical subjects:
        "The Secretary-General thanks his Special Representative ... He expresses" means the
        Secretary-General, and a subject pronoun continues the subject of its own sentence:
        "The U.S. Government has yet to recognize Afghanistan, but it engaged ..." means the
        U.S. Government."""
        here = sentence_of[span.start]
        own = _own_subject(span.root)
        compatible = [
            m for m in mentions
            if m.end <= span.start
            and not (own is not None and m.start <= own.i < m.end)
            and here - sentence_of[m.start] <= lex.anaphor_window
            and _anaphoric_label(m) in accepts
            and not _named_again(span, m, mentions)
        ]
        subjects = [m for m in compatible if m.root.dep_ in SUBJECT_DEPS]
        if subjects and (sentence_of[subjects[-1].start] < here or _is_subject(span)):
            return subjects[-1]
        if not compatible:
            return None
        # after the subject, the object of the last sentence is the most salient actor:
        # "X fought Y, a branch of Z active in W. Its attacks ..." means Y
        last = sentence_of[compatible[-1].start]
        objects = [m for m in compatible if m.root.dep_ == "dobj" and sentence_of[m.start] == last]
        return objects[-1] if objects and last < here else compatible[-1]


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


def _named_place(token: Token) -> bool:
    """'attacks on Dorvenka and Kessalou', 'a peacekeeper killed at Marbolek': NER tags small
    towns as people or organisations; a one-word name the registry does not know, placed by
    a preposition of place, is where something happened, not who did it."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word in PLACE_PREPS:
        return True
    event = prep.head
    trigger = relation_lexicon().nouns.get(event.lemma_.lower())
    return word == "on" and trigger is not None and trigger.relation is Relation.ASSAULT


def _opposed_prefix(doc: Doc, start: int) -> bool:
    """The name follows 'counter-' or 'anti-' joined by a hyphen."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
        return False
    return doc[start - 2].lower_ in OPPOSED_PREFIXES


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
    """A title right before the name, or a 'who' clause after it."""
    doc = mention.doc
    if mention.start > 0 and role_word(doc[mention.start - 1]) in PERSON_ROLES:
        return True
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
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


def _clause_subject(token: Token, mentions: list[Span], accepts: frozenset[str]) -> Span | None:
    """A possessive binds to the subject of its clause: 'the Council reaffirmed its support'."""
    verb = token.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X called on ... and reaffirmed their support": X's
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    candidates = [subject, *(g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj")]
    for candidate in candidates:
        for mention in mentions:
            if mention.start <= candidate.i < mention.end and mention.end <= token.i:
                return mention if _anaphoric_label(mention) in accepts else None
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
                or _anaphoric_label(mention) in ("PERSON", GROUP)
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
            if phrase in lex.anaphors:
                return phrase, length
    if token.pos_ == "PRON" and token.lower_ in lex.anaphors:
        return token.lower_, 1
    return None, 0


def role_word(token: Token) -> str:
    """The lemma, joined with a hyphenated first part: 'Secretary' '-' 'General',
    'cease' '-' 'fire'; lexicons list such words whole."""
    lemma = token.lemma_.lower()
    if token.i >= 2 and token.nbor(-1).text == "-" and not token.nbor(-1).whitespace_:
        return f"{token.nbor(-2).lower_}-{lemma}"
    return lemma


def _extend_with_force_noun(doc: Doc, start: int, end: int, lex: ActorLexicon) -> int:
    """'Houthi' + 'forces' -> 'Houthi forces': the name modifies a force noun it belongs to."""
    while True:
        last = doc[end - 1]
        head = last.head
        if not (
            last.dep_ in ("compound", "amod", "nmod")
            and head.i >= end
            and head.i - end <= 2
            and head.lower_ in lex.force_nouns
            and all(t.dep_ in ("compound", "amod") for t in doc[end : head.i])
        ):
            return end
        end = head.i + 1


def _left_edge_of_group(token: Token) -> int:
    """Extend left over all adjectives: 'religious minorities', 'foreign nationals'."""
    start = token.i
    for child in token.lefts:
        coordinated = any(g.dep_ in ("cc", "conj") for g in child.children)
        if not coordinated and child.dep_ in ("compound", "amod", "nmod"):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct
                               or doc[start].pos_ == "NUM"):
        start += 1
    return start


def _left_edge_of_name(token: Token) -> int:
    """Extend left over capitalised modifiers and possessors: 'the Secretary-General's Special'."""
    start = token.i
    for child in token.lefts:
        coordinated = any(g.dep_ in ("cc", "conj") for g in child.children)
        if not coordinated and child.dep_ in ("compound", "amod", "poss", "nmod") and (
            child.text[:1].isupper() or child.dep_ == "compound"
        ):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].lower_ in DETERMINERS or doc[start].is_punct):
        start += 1
    return start


def _right_edge_of_name(token: Token) -> int:
    """Extend right over 'of/for' + a capitalised name: 'Government of Colombia'."""
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i == end:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].text[:1].isupper():
                end = objects[0].right_edge.i + 1
    return end

"""The ``pw_attribution`` component: who asserts what, as frames over token ranges.

A frame says "the tokens from ``start`` to ``end`` (less the ``exclude`` ranges) are
asserted by ``name``". Claims look up the frames that contain their trigger: the innermost is
the source, all of them, outermost first, are the chain ("the U.N. report said Khalilzad told
..."). No frame means the writer asserts it (``SourceKind.AUTHOR``), which is also how an
institution's own statement speaks (guideline rule 9): in an official statement, what its
issuing body (or "we") says makes no frame.

Frames come from verbs of saying ("said", "told"; also set inside or before the clause
they report: "X, the report said, met Y", "As the report notes, X met Y"; in the passive,
its agent speaks: "the Panel was informed by one State that ..."), "according to",
verbs whose object is an event their subject reports or reacts to ("the Council welcomed
recent meetings between A and B", "drew attention to the visit": the meetings and the visit
are the Council's to assert, as in meetings coverage), and allegations a party rejects
("X rejected allegations that its forces attacked Y": the denied content is X's). A temporal
clause set before its clause ("While X held talks, ..., according to the report") is
background the writer states, so it
is left out of the frame, and so is a participle describing a noun ("the agreement signed by
A and B", "the X-backed group"): a description the writer vouches for, not the speaker's
news. A quotation that runs on into the next sentences, or
a sentence that opens with a quotation mark, carries the previous speaker over; so does, in
meetings coverage (official statements), a "X said that ..." paragraph's indirect speech.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.extensions import register_extensions
from pactwatch.analyze.lexicons import (
    LEXICON_DIR,
    AttributionLexicon,
    attribution_lexicon,
    relation_lexicon,
)
from pactwatch.analyze.mentions import MentionIndex
from pactwatch.analyze.paragraphs import same_paragraph
from pactwatch.model import AnalyzeError, DocumentKind, SourceKind

Frame = dict[str, object]
QUOTES = {'"', "“", "”", "‘", "’", "'", "``", "''"}
OPENING_QUOTES = {'"', "“", "``"}
CLOSING_QUOTES = {'"', "”", "''"}
MAX_NAME_TOKENS = 12
TEMPORAL_MARKS = {"while", "when", "after", "before", "since", "as", "until", "once"}
FIRST_PERSON = {"we", "i"}
HYPHENS = frozenset("-‑–")  # kept inside a speaker's title: "Under-Secretary-General"
SUBJECT_CLIMB = ("xcomp", "conj")  # "wanted to welcome", "condemned X and welcomed Y"


@Language.factory(
    "pw_attribution",
    assigns=["doc._.pw_frames"],
    requires=["doc.spans", "token.dep", "token.lemma"],
)
def make_attributor(nlp: Language, name: str) -> Attributor:
    return Attributor()


class Attributor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        lex = attribution_lexicon()
        objects = object_content()
        index = MentionIndex(doc)
        issuer = _issuer_words(doc)
        frames: list[Frame] = []
        previous: list[Frame] = []
        open_quote = False
        for sent in doc.sents:
            found = [
                f for t in sent
                if (f := _frame_at(t, sent, index, lex) or _object_frame(t, index, lex, objects))
                is not None
                and not _issuer_speaks(doc[int(f["speaker"])], issuer)  # type: ignore[call-overload]
            ]
            if not found and previous and (
                open_quote or _continues_quote(sent) or _speech_runs_on(previous[-1], sent)
            ):
                found = [{**previous[-1], "start": sent.start, "end": sent.end, "exclude": []}]
            open_quote = _quote_left_open(sent, open_quote)
            frames.extend(found)
            if found or not open_quote:
                previous = found
        doc._.pw_frames = frames
        return doc


def frames_containing(doc: Doc, token_i: int) -> list[Frame]:
    """Frames asserting ``token_i``, outermost first; the trigger's own verb never counts."""
    hits = []
    for frame in doc._.pw_frames or ():
        start, end = frame["start"], frame["end"]
        if not start <= token_i < end or frame["verb"] == token_i:  # type: ignore[operator]
            continue
        if any(a <= token_i < b for a, b in frame["exclude"]):  # type: ignore[attr-defined]
            continue
        hits.append(frame)
    return sorted(hits, key=lambda f: f["start"] - f["end"])  # type: ignore[operator]


def _frame_at(
    token: Token,
    sent: Span,
    index: MentionIndex,
    lex: AttributionLexicon,
) -> Frame | None:
    follows = lex.according_to.get(token.lower_)
    prep = next((c for c in token.children if c.lower_ == follows), None) if follows else None
    if prep is not None:
        speaker = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if speaker is None:
            return None
        return _frame(
            speaker, index, lex, verb=token.i, content=(sent.start, sent.end),
            exclude=[(token.left_edge.i, token.right_edge.i + 1), *_background(sent.root)],
        )
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or lemma not in lex.speech_verbs:
        return None
    particles = lex.speech_particles.get(lemma)
    if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in token.children):
        return None
    subject = _passive_agent(token) or _subject(token)
    if subject is not None:
        subject = _unclosed_appositive(subject, token) or subject
    issuer = _document_issuer(token, lex) if subject is None else None
    if subject is None and issuer is None:
        return None
    if issuer is not None:
        subject = issuer
    content_deps = ("ccomp", "parataxis", "dobj") if (
        lemma in lex.denial_verbs or issuer is not None) else ("ccomp", "parataxis")
    contents = [c for c in token.children if c.dep_ in content_deps
                and not _interjected(c, lex)]
    if not contents and (clause := _object_with_clause(token)) is not None:
        contents = [clause]
    if contents:
        said = _said_together(contents, token)
        return _frame(
            subject, index, lex, verb=token.i,
            content=(said[0].left_edge.i, said[-1].right_edge.i + 1),
            exclude=[r for c in said for r in _background(c)],
        )
    head = token.head
    if _reports_its_head(token) and (
            head.lemma_.lower() not in lex.speech_verbs or _interjected(token, lex)):
        return _frame(
            subject, index, lex, verb=token.i,
            content=(head.left_edge.i, head.right_edge.i + 1),
            exclude=[(token.left_edge.i, token.right_edge.i + 1), *_background(head)],
        )
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The speaker of a passive verb of saying: "the Panel was informed by one Member State
    that ...", "reporters were told by officials that ..." (the subject only heard it)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((p for a in verb.children if a.dep_ == "agent"
                 for p in a.children if p.dep_ == "pobj"), None)


def _said_together(contents: list[Token], verb: Token) -> list[Token]:
    """The clauses a verb of saying reports, in order: the first, and those the parser hung on
    the verb after it ("told the Council that X had killed civilians, while Y had overrun
    bases": the "while" clause is part of what was told, not the writer's aside)."""
    first = contents[0]
    if first.i < verb.i:
        return [first]
    return [c for c in contents if c.i > verb.i]


def _reports_its_head(verb: Token) -> bool:
    """A verb of saying that reports the clause it hangs on: after it ("X met Y, the report
    said"), inside it ("X, the report said, met Y") or before it as an "as" clause with
    nothing said of its own ("As the report notes, X met Y")."""
    head = verb.head
    if verb.dep_ in ("ccomp", "parataxis"):
        return verb.i > head.i or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in head.children)
    if verb.dep_ == "conj":  # "X met Y, the envoy told reporters": no "and" joins them
        return not any(c.dep_ == "cc" for c in head.children)
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children)  # "as he announced the deal"


def _unclosed_appositive(subject: Token, verb: Token) -> Token | None:
    """The real speaker where the parser took the noun before it for the subject: an
    appositive is closed by a comma, so "... meet jailed leader Y, a diplomat told reporters"
    (no comma before "told") has the diplomat speaking, not Y."""
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if appos is None or appos.i > verb.i:
        return None
    between = subject.doc[appos.right_edge.i + 1:verb.i]
    return appos if all(t.head.i == verb.i and t.dep_ in ("aux", "neg") for t in between) else None


def _interjected(verb: Token, lex: AttributionLexicon) -> bool:
    """A verb of saying set between its clause's subject and verb ("X, he added, could not
    claim ..."): it reports that clause, even when the clause's verb is one of saying too,
    and is never that verb's content."""
    head = verb.head
    return verb.dep_ == "parataxis" and verb.i < head.i and (
        verb.lemma_.lower() in lex.speech_verbs) and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in head.children)


def _object_with_clause(verb: Token) -> Token | None:
    """The object of a verb of saying that carries a "that" clause ("confirmed reports that
    talks had resumed", "repeated the claim that X met Y"): the clause is what is said. So
    is a "that" clause the parser hangs on a passive's speaker ("were told by an official
    that X had attacked Y"), where "that" marks the clause instead of standing in it."""
    speakers = [p for a in verb.children if a.dep_ == "agent"
                for p in a.children if p.dep_ == "pobj"]
    return next((o for o in verb.children if o.dep_ == "dobj" and any(
        c.dep_ in ("acl", "ccomp") and _that_clause(c) for c in o.children)), None) or next(
        (c for p in speakers for c in p.children if c.dep_ == "relcl" and _that_clause(c)),
        None)


def _that_clause(clause: Token) -> bool:
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


@dataclass(frozen=True)
class ObjectContent:
    """Verbs whose object (or whose preposition's object) is content their subject asserts."""

    verbs: frozenset[str]
    prepositions: dict[str, str]  # verb -> preposition introducing the content
    nouns: frozenset[str]  # nouns whose clause is content: "accusations that X ..."


@cache
def object_content(path: Path = LEXICON_DIR / "attribution.yaml") -> ObjectContent:
    """The ``object_content_verbs``, ``prepositional_content`` and ``claim_nouns`` of
    ``attribution.yaml``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise AnalyzeError(f"{path}: cannot read lexicon ({exc}); fix or reinstall it") from exc
    verbs = data.get("object_content_verbs") if isinstance(data, dict) else None
    preps = data.get("prepositional_content") if isinstance(data, dict) else None
    nouns = data.get("claim_nouns") if isinstance(data, dict) else None
    if not isinstance(verbs, list) or not all(isinstance(v, str) for v in verbs):
        raise AnalyzeError(f"{path}: key 'object_content_verbs' has bad value {verbs!r}; "
                           "expected a list of verbs")
    if not isinstance(preps, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in preps.items()):
        raise AnalyzeError(f"{path}: key 'prepositional_content' has bad value {preps!r}; "
                           "expected a mapping of verb -> preposition")
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise AnalyzeError(f"{path}: key 'claim_nouns' has bad value {nouns!r}; "
                           "expected a list of nouns")
    return ObjectContent(frozenset(v.lower() for v in verbs),
                         {k.lower(): v.lower() for k, v in preps.items()},
                         frozenset(n.lower() for n in nouns))


def _object_frame(
    token: Token, index: MentionIndex, lex: AttributionLexicon, objects: ObjectContent
) -> Frame | None:
    """A frame over the event a verb's subject welcomes, describes or draws attention to,
    or over the clause of an accusation or claim its maker asserts."""
    if token.pos_ == "NOUN" and (
            token.lemma_.lower() in objects.nouns or _refuted(token, lex)):
        return _claim_frame(token, index, lex)
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    content: Token | None = None
    if lemma in objects.verbs:
        content = next((c for c in token.children if c.dep_ == "dobj"), None)
    elif lemma in objects.prepositions:
        prep = next((c for t in (token, *token.children) for c in t.children
                     if c.dep_ == "prep" and c.lower_ == objects.prepositions[lemma]), None)
        content = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")),
                       None) if prep else None
    subject = _subject(token)
    if content is None or subject is None:
        return None
    return _frame(subject, index, lex, verb=token.i,
                  content=(content.left_edge.i, content.right_edge.i + 1), exclude=[])


def _refuted(noun: Token, lex: AttributionLexicon) -> bool:
    """'dismissed reports that ...': what a denial verb refutes (the relation lexicon's
    ``refuted_nouns``) is content, whichever noun names it."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.denial_verbs and (
        noun.lemma_.lower() in relation_lexicon().refuted_nouns)


def _claim_frame(noun: Token, index: MentionIndex, lex: AttributionLexicon) -> Frame | None:
    """'X's claim that ...', 'accusations by X that ...', 'X sanctioned Y over accusations
    that ...' (the party acting on them, in an active clause): the clause is X's. So is the
    clause of allegations X rejects or dismisses ("X rejected allegations that its forces
    attacked Y"): the guideline records the refuted content, negated, with the denier as its
    source. A denier that is a verb of saying ("denied") makes its own frame."""
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp")
                   and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return None
    makers = [c for c in noun.children if c.dep_ == "poss"]
    makers += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj"]
    head = noun.head
    if not makers and noun.dep_ == "pobj" and head.lower_ in ("over", "for", "amid"):
        makers = [c for c in head.head.children if c.dep_ == "nsubj"]
    lemma = head.lemma_.lower()
    if not makers and noun.dep_ == "dobj" and lemma in lex.denial_verbs - lex.speech_verbs:
        makers = [s for s in (_subject(head),) if s is not None]
    if not makers:
        return None
    return _frame(makers[0], index, lex, verb=noun.i,
                  content=(clause.left_edge.i, clause.right_edge.i + 1), exclude=[])


def _subject(verb: Token) -> Token | None:
    """The verb's subject (or the one the parser hung on its opening participle), or that of
    the verb it completes, is coordinated with, or describes as a participle ("Noting that X
    met Y, she said ...")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) or (
            _stranded_subject(verb))
        infinitive = verb.dep_ == "advcl" and any(  # "went on to welcome"
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG"
        if subject is not None or verb.head is verb or not (
                verb.dep_ in SUBJECT_CLIMB or infinitive or participle):
            return subject
        verb = verb.head


def _stranded_subject(verb: Token) -> Token | None:
    """The subject that the parser hangs on an opening participle ("Haley, noting that ...,
    emphasized that ...": "Haley" as the subject of "noting"): the main verb's own."""
    return next((s for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                 and c.i < verb.i for s in c.children if s.dep_ == "nsubj" and s.i < c.i),
                None) or _trailing_name(verb)


def _trailing_name(verb: Token) -> Token | None:
    """The name the parser hangs on an opening participle's phrase after it ("Briefing the
    Council, the envoy, Jane Roe, said ...": "Jane Roe" set in apposition somewhere inside
    the "Briefing" phrase): the last name set off before the verb is its subject."""
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                    and c.i == verb.sent.start), None)
    if opening is None:
        return None
    names = [c for c in opening.subtree if c.dep_ in ("npadvmod", "appos")
             and c.pos_ == "PROPN" and c.i > opening.i]
    return names[-1] if names else None


def _document_issuer(verb: Token, lex: AttributionLexicon) -> Token | None:
    """Who issued the document that a participle of saying describes: "the statement issued by
    X announcing ..." and "X's statement announcing ..." are X's words."""
    document = verb.head
    if verb.dep_ != "acl" or document.lemma_.lower() not in lex.document_nouns:
        return None
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    agents = (a for c in document.children if c.dep_ == "acl" and c.i != verb.i
              for a in c.children if a.dep_ == "agent")
    return next((p for a in agents for p in a.children if p.dep_ == "pobj"), None)


def _background(clause: Token) -> list[tuple[int, int]]:
    """Temporal clauses set before the clause they qualify in reported content ("While X
    held talks, ..."): the writer's scene-setting, not the report's. One that follows its
    clause ("..., after Y had rejected the proposal", "..., while Z had overrun the bases")
    carries news of its own and stays with the speaker, unless it reports another speaker
    ("..., while the representative of Y accused Z")."""
    return [
        (c.left_edge.i, c.right_edge.i + 1) for c in clause.children
        if c.dep_ == "advcl" and (c.i < clause.i or _another_speaker(c))
        and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in c.children)
    ]


def _another_speaker(clause: Token) -> bool:
    """A clause whose verb is one of saying, or whose subject is a speaker (an envoy, a
    representative): it reports someone else's words, not the outer speaker's news."""
    lex = attribution_lexicon()
    return clause.lemma_.lower() in lex.speech_verbs or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.person_words for c in clause.children)


def _descriptions(content: Span) -> list[tuple[int, int]]:
    """Past participles describing a noun inside reported content ("the agreement signed by
    X", "the X-backed group"), and a noun so described: the writer's description of what is
    being talked about, not the speaker's news."""
    found = [t for t in content
             if t.dep_ in ("acl", "amod") and t.head.pos_ in ("NOUN", "PROPN")
             and (t.tag_ == "VBN" or (t.dep_ == "amod" and "-" in t.text.strip("-")))
             and not _finite(t)]
    nouns = [t.head for t in found
             if t.dep_ == "acl" and content.start <= t.head.i < content.end]
    return [(t.i, t.i + 1) for t in (*found, *nouns)]


def _finite(clause: Token) -> bool:
    """A clause with its own subject or a "that" ("allegations that its forces had attacked
    Y") is content, not a participle describing its noun."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)


def _frame(
    speaker: Token,
    index: MentionIndex,
    lex: AttributionLexicon,
    *,
    verb: int,
    content: tuple[int, int],
    exclude: list[tuple[int, int]],
) -> Frame:
    mention = index.at(speaker)
    name = mention.text if mention else _phrase(speaker)
    exclude = [*exclude, *_descriptions(speaker.doc[content[0]:content[1]])]
    return {
        "name": name,
        "kind": str(_kind(speaker, mention.label if mention else None, lex)),
        "verb": verb,
        "speaker": speaker.i,
        "start": content[0],
        "end": content[1],
        "exclude": [list(r) for r in exclude],
    }


def _kind(speaker: Token, label: str | None, lex: AttributionLexicon) -> SourceKind:
    lemma = speaker.lemma_.lower()
    if lemma in lex.document_nouns:
        return SourceKind.DOCUMENT
    if label == "PERSON" or lemma in lex.person_words or speaker.lower_ in lex.person_words:
        return SourceKind.PERSON
    return SourceKind.ORGANIZATION


def _phrase(head: Token) -> str:
    """The speaker's noun phrase, without a leading determiner and within a sane length."""
    tokens = [t for t in head.subtree
              if t.dep_ not in ("relcl", "punct", "case") or t.i == head.i
              or t.text in HYPHENS]
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    tokens = tokens[:MAX_NAME_TOKENS]
    return "".join(t.text + _space_after(t, tokens) for t in tokens).strip()


def _space_after(token: Token, kept: list[Token]) -> str:
    """The space after a word of a speaker's phrase, where a left-out word ("Pyongyang" +
    "'s" + " official") held it: the phrase reads "Pyongyang official", not run together."""
    if token.whitespace_ or token.i + 1 >= len(token.doc) or token.nbor() in kept:
        return token.whitespace_
    return " "


def _continues_quote(sent: Span) -> bool:
    """A sentence that opens with a quotation mark continues the previous speaker's words."""
    first = sent[0]
    return first.text in OPENING_QUOTES


def _speech_runs_on(frame: Frame, sent: Span) -> bool:
    """Meetings coverage reports a speaker in indirect speech for a whole paragraph: after
    "X, briefing the Council, said that the situation has deteriorated", the next sentences
    of the paragraph with no speaker of their own are still X's account. Only in official
    statements (the issuer's own voice is left out before this), and only after a "said
    that" sentence whose speech verb is its root."""
    doc = sent.doc
    verb = doc[int(frame["verb"])]  # type: ignore[call-overload]
    return doc._.pw_kind == DocumentKind.OFFICIAL_STATEMENT and verb.dep_ == "ROOT" and (
        int(frame["start"]) > verb.i) and same_paragraph(verb.sent, sent)  # type: ignore[call-overload]


def _quote_left_open(sent: Span, open_quote: bool) -> bool:
    """Whether a quotation is still open after ``sent``: curly quotes open and close by
    shape, straight ones by count."""
    for token in sent:
        if token.text in ("“", "``"):
            open_quote = True
        elif token.text in ("”", "''"):
            open_quote = False
        elif token.text == '"':
            open_quote = not open_quote
    return open_quote


def _issuer_words(doc: Doc) -> frozenset[str]:
    """Words naming the issuing body of an official statement; empty for other kinds."""
    if doc._.pw_kind != DocumentKind.OFFICIAL_STATEMENT or not doc._.pw_author:
        return frozenset()
    return frozenset(w.lower() for w in str(doc._.pw_author).replace("-", " ").split())


def _issuer_speaks(speaker: Token, issuer: frozenset[str]) -> bool:
    """The issuing body (or "we") speaking in its own statement asserts in its own voice."""
    if not issuer:
        return False
    if speaker.lower_ in FIRST_PERSON:
        return True
    words = {w for w in speaker.lower_.replace("-", " ").split()}
    return speaker.pos_ in ("NOUN", "PROPN") and words <= issuer

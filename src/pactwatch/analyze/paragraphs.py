"""The ``pw_paragraphs`` component: sentence boundaries that the layout makes plain.

spaCy's parser does not split at a blank line, so a headline and the first sentence of the
body ("Taliban attack kills five\\n\\nThe Taliban attacked ...") become one sentence and a
claim's evidence starts with the headline. Text extracted from PDFs, on the other hand,
breaks lines inside sentences, so a single newline is no boundary at all -- unless the text
is laid out a paragraph a line (scraped pages, JSON records: most lines end a sentence), where
a single newline parts paragraphs as a blank line does. The component runs before the parser
and presets these decisions, which the parser then respects, and records where paragraphs
start: a reported speaker's words run on to the end of a paragraph, not beyond it.

A headline written in title case ("Envoy Rejects Allegations of Abuse by Government Forces")
ends its line with no full stop; it counts as a line that ends a sentence, so a text of
headlines is laid out a paragraph a line too, and the parser, which reads its capitals as
sentence openings, may not split it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pactwatch.analyze.extensions import register_extensions

QUOTES = frozenset("\"'“‘«")
BLANK_LINE = "\n\n"
WHITESPACE_RUN = re.compile(r"\s+")
UNWRAPPED_LINE = 200  # characters: longer than a printed or PDF line ever runs
SENTENCE_END = re.compile(r"[.!?:;…][\"'”’)\]]*\s*$")
HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’‑-]{3,}")  # four letters or more: not "of", "by"
HEADLINE_MIN_WORDS = 3
HEADLINE_CAPITALISED = 0.8  # share of a headline's longer words that start with a capital


@Language.factory("pw_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


class ParagraphSplitter:
    """Starts a sentence (and a paragraph) after a paragraph break; keeps a wrapped line
    inside its sentence."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc  # parsed already: the boundaries are the parser's to keep
        paragraph_break = "\n" if lines_are_paragraphs(doc.text) else BLANK_LINE
        starts = [0]
        for token in doc[1:]:
            gap = _gap_before(token)
            if paragraph_break in gap and _opens_block(token):
                token.is_sent_start = True
                starts.append(token.i)
            elif "\n" in gap and BLANK_LINE not in gap and token.text[:1].islower():
                token.is_sent_start = False  # "attacked a checkpoint on\nMonday" reads on
        for start, end in pairwise([*starts, len(doc)]):
            paragraph = doc[start:end]  # a headline is one line: "Rebel | Commander Says ..."
            kept = len(paragraph) if headline(paragraph.text) else _capitals_run(paragraph)
            for token in paragraph[1:1 + kept]:
                token.is_sent_start = False
        doc._.pw_paragraphs = starts
        return doc


def headline(line: str) -> bool:
    """A title-case line with no full stop: most of its longer words start with a capital."""
    if SENTENCE_END.search(line):
        return False
    words = HEADLINE_WORD.findall(line)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= HEADLINE_MIN_WORDS and capitalised >= HEADLINE_CAPITALISED * len(words)


def _capitals_run(paragraph: Span) -> int:
    """How many words after the first continue an upper-case name that opens the paragraph
    ("ANTÓNIO GUTERRES, Secretary-General, said ..."): the parser reads each as a sentence
    opening."""
    if not (paragraph[0].is_upper and paragraph[0].is_alpha):
        return 0
    run = 0
    for token in paragraph[1:]:
        if not (token.is_upper and token.is_alpha):
            break
        run += 1
    return run


def same_paragraph(first: Span, second: Span) -> bool:
    """Whether no paragraph starts after ``first`` begins and up to where ``second`` does
    (either order). A doc the splitter never saw is one paragraph."""
    starts = first.doc._.pw_paragraphs or [0]
    low, high = sorted((first.start, second.start))
    return bisect_right(starts, high) == bisect_right(starts, low)


def lines_are_paragraphs(text: str) -> bool:
    """Whether a single line break parts paragraphs here, as in scraped pages and JSON
    records (blank lines or not): a line too long for any page, or most lines that a single
    break ends also ending a sentence (a headline among them ends in no stop). Wrapped text
    has short lines, most ending mid-phrase."""
    lines = text.strip().split("\n")
    if any(len(line) > UNWRAPPED_LINE for line in lines):
        return True
    ended = [line for line, after in pairwise(lines) if line.strip() and after.strip()]
    ends = sum(1 for line in ended if SENTENCE_END.search(line) or headline(line))
    return ends > 0 and ends * 2 >= len(ended)


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a paragraph turned into a space, so that the
    tagger and parser read "Iran-supported\\nmilitias" as the words they are; blank lines
    stay, and so does every line break of a text laid out a paragraph a line. The result has
    the same length, so offsets into it are offsets into ``text``."""
    if lines_are_paragraphs(text):
        return text

    def join(run: re.Match[str]) -> str:
        gap = run.group()
        if gap.count("\n") != 1:
            return gap
        return gap.replace("\r", " ").replace("\n", " ")
    return WHITESPACE_RUN.sub(join, text)


def _gap_before(token: Token) -> str:
    """The whitespace between ``token`` and the previous word (a space token or a trail)."""
    previous = token.nbor(-1)
    if previous.is_space:
        before = previous.nbor(-1).whitespace_ if previous.i > 0 else ""
        return before + previous.text + previous.whitespace_
    return previous.whitespace_


def _opens_block(token: Token) -> bool:
    """A paragraph, heading or quotation starts with a capital, a digit or a quote mark;
    a lowercase word after a blank line continues a broken sentence."""
    if token.is_space:
        return False
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in QUOTES

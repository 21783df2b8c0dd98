"""The ``pw_paragraphs`` component: sentence boundaries that the layout makes plain.

spaCy's parser does not split at a blank line, so a headline and the first sentence of the
body ("Taliban attack kills five\\n\\nThe Taliban attacked ...") become one sentence and a
claim's evidence starts with the headline. Text extracted from PDFs, on the other hand,
breaks lines inside sentences, so a single newline is no boundary at all. The component runs
before the parser and presets both decisions, which the parser then respects.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

QUOTES = frozenset("\"'“‘«")
BLANK_LINE = "\n\n"
WHITESPACE_RUN = re.compile(r"\s+")


@Language.factory("pw_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_splitter(nlp: Language, name: str) -> ParagraphSplitter:
    return ParagraphSplitter()


class ParagraphSplitter:
    """Starts a sentence after a blank line; keeps a wrapped line inside its sentence."""

    def __call__(self, doc: Doc) -> Doc:
        if doc.has_annotation("DEP"):
            return doc  # parsed already: the boundaries are the parser's to keep
        for token in doc[1:]:
            gap = _gap_before(token)
            if BLANK_LINE in gap and _opens_block(token):
                token.is_sent_start = True
            elif "\n" in gap and BLANK_LINE not in gap and token.text[:1].islower():
                token.is_sent_start = False  # "attacked a checkpoint on\nMonday" reads on
        return doc


def unwrapped(text: str) -> str:
    """``text`` with each line break inside a paragraph turned into a space, so that the
    tagger and parser read "Iran-supported\\nmilitias" as the words they are; blank lines
    stay. The result has the same length, so offsets into it are offsets into ``text``."""
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

"""HTML pages: the article text without menus, footers and ads, and the page's metadata.

trafilatura does the boilerplate removal and metadata discovery (title, date, author, site
name, canonical URL). The document kind, which matters for weighing, comes from our own
``<meta name="pactwatch:kind">`` tag because no publisher vocabulary says "monitoring report".
"""

from __future__ import annotations

import trafilatura
from lxml.html import HtmlElement

from pactwatch.ingest.decoding import decode_text
from pactwatch.ingest.document import Extracted
from pactwatch.ingest.rejection import Rejected

KIND_META = "pactwatch:kind"


def read_html(data: bytes) -> Extracted:
    """Main text and metadata of an HTML page; raises `Rejected` when no text can be found."""
    tree = trafilatura.load_html(decode_text(data))
    if tree is None:
        raise Rejected("not parseable as HTML (broken or empty markup)")
    kind = _declared_kind(tree)  # read first: extraction prunes the tree it is given
    found = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if found is None or not (found.text or "").strip():
        raise Rejected("no main text found in the HTML (broken or empty page?)")
    return Extracted(
        text=_blocks_as_paragraphs(found.text),
        title=found.title,
        date=found.date,
        outlet=found.sitename,
        url=found.url,
        kind=kind,
        author=found.author,
    )


def _blocks_as_paragraphs(text: str) -> str:
    """trafilatura ends each block (heading, paragraph, list item) with one newline; a blank
    line between blocks keeps a headline from running into the first sentence downstream."""
    blocks = [line.strip() for line in text.splitlines()]
    return "\n\n".join(block for block in blocks if block)


def _declared_kind(tree: HtmlElement) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("name") or "").strip().lower() == KIND_META:
            return meta.get("content")
    return None

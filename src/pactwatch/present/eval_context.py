"""Passages read inside their whole documents, as a monitor reads them.

A gold passage is one to four sentences of a document (``eval/GUIDELINES.md``); its speaker
or antecedent is often named a paragraph earlier ("He insisted on the need for a
ceasefire"), and ``pactwatch run`` always analyzes whole documents. When the gold file has
its documents beside it (``dev.jsonl`` → ``dev_docs/NN.json``, each ``{"id", "text", ...}``)
and a row names its ``doc``, the document is analyzed once and each passage is scored on the
sentences that fall inside it. Rows without a document found there are analyzed alone.

The gold annotates what the passage itself says (guideline rule 1), so passage-alone is the
default figure; the whole-document figure measures the path real runs take.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pactwatch.model import AnalyzedDocument, Document, DocumentKind, PactwatchError, Sentence

__all__ = ["DocumentFolderError", "Placement", "load_documents", "place"]


class DocumentFolderError(PactwatchError):
    """A folder of whole documents for ``pactwatch eval --docs`` cannot be read."""


@dataclass(frozen=True)
class Placement:
    """Which analyzed document a passage is scored on, and the characters it spans there."""

    document: Document
    start: int
    end: int

    def sentences(self, analyzed: AnalyzedDocument) -> tuple[Sentence, ...]:
        """Sentences mostly inside the passage: a segmenter that joins the sentence before a
        passage to its first one must not drag the earlier sentence's claims in."""
        return tuple(s for s in analyzed.sentences if self._overlap(s) * 2 > s.end - s.start)

    def _overlap(self, sentence: Sentence) -> int:
        return min(sentence.end, self.end) - max(sentence.start, self.start)


def load_documents(folder: Path) -> dict[str, dict[str, Any]]:
    """Whole documents by id from ``folder/*.json``; an unreadable one names its file."""
    documents = {}
    for path in sorted(folder.glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise DocumentFolderError(f"{path}: cannot read document ({exc})") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise DocumentFolderError(f"{path}: not a document (wants an object with 'text')")
        documents[str(record.get("id", path.stem))] = record
    return documents


def place(rows: Sequence[dict[str, Any]],
          documents: Mapping[str, dict[str, Any]]) -> list[Placement]:
    """Each row's placement: in its whole document where the passage is found there, else in
    a document of its own text. Documents shared by several rows are one object, analyzed
    once."""
    whole: dict[str, Document] = {}
    placements = []
    for row in rows:
        record = documents.get(str(row.get("doc")))
        start = record["text"].find(row["text"]) if record else -1
        if record is None or start < 0:
            placements.append(Placement(_passage_document(row), 0, len(row["text"])))
            continue
        document = whole.setdefault(str(row["doc"]), _whole_document(row, record))
        placements.append(Placement(document, start, start + len(row["text"])))
    return placements


def _passage_document(row: dict[str, Any]) -> Document:
    return Document(
        id=row["id"], name=row["id"], text=row["text"], date=row.get("date"),
        outlet=row.get("outlet"), kind=DocumentKind.parse(row.get("kind")),
    )


def _whole_document(row: dict[str, Any], record: dict[str, Any]) -> Document:
    """The row's date, outlet and kind are the gold's; the document's own fill the gaps."""
    return Document(
        id=f"doc:{row['doc']}", name=str(row["doc"]), text=record["text"],
        title=record.get("title"), url=record.get("url"),
        date=row.get("date") or record.get("date"),
        outlet=row.get("outlet") or record.get("outlet"),
        kind=DocumentKind.parse(row.get("kind") or record.get("kind")),
    )

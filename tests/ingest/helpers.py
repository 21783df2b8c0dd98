"""Running ingest in tests: documents and errors apart, and files written in one call."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pactwatch.ingest import ingest
from pactwatch.model import Document, IngestError


def split(
    sources: Sequence[str | Path], **options: Any
) -> tuple[list[Document], list[IngestError]]:
    """Documents and errors of one ingest run, each in the order they came out."""
    documents: list[Document] = []
    errors: list[IngestError] = []
    for item in ingest([str(source) for source in sources], **options):
        (errors if isinstance(item, IngestError) else documents).append(item)
    return documents, errors


def write(path: Path, content: str | bytes) -> Path:
    """Write a file (text as UTF-8), creating its folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path

"""Ingest: files, folders and JSONL streams in, `Document`s (text, metadata, content id) out.

Plain text and Markdown (with YAML front matter), HTML (main text via trafilatura), PDF (pypdf),
JSONL corpora and JSON records. Bad input is yielded as `IngestError`, one per document, so a
batch goes on.
"""

from pactwatch.ingest.document import content_id
from pactwatch.ingest.sources import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, ingest

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_SUFFIXES", "content_id", "ingest"]

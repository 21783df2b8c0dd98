"""PDF files: the text of every page, and the title, author and creation date they declare.

Reports of monitoring teams mostly come as PDF. pypdf reads them without system libraries; a
scanned PDF has no text layer and is refused with a hint, since OCR is not ingest's job.
"""

from __future__ import annotations

import datetime as dt
import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from pactwatch.ingest.document import Extracted
from pactwatch.ingest.rejection import Rejected

# pypdf logs its repair attempts ("EOF marker not found") to stderr when the application has
# not configured logging; the outcome already reaches the user as one IngestError per file.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

PDF_MAGIC = b"%PDF-"
_HEADER_WINDOW = 1024
"""PDF readers accept the header anywhere in the first kilobyte (some files start with junk)."""


def read_pdf(data: bytes) -> Extracted:
    """Text and metadata of a PDF; raises `Rejected` for non-PDF, broken or locked files."""
    if PDF_MAGIC not in data[:_HEADER_WINDOW]:
        raise Rejected(f"not a PDF file (starts with {data[:8]!r})")
    try:
        reader = PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")
        pages = [] if locked else [page.extract_text() or "" for page in reader.pages]
        metadata = None if locked else reader.metadata
    except (FileNotDecryptedError, DependencyError) as error:
        raise Rejected(f"encrypted PDF that cannot be opened ({error})") from None
    # pypdf raises many exception types on damaged files (KeyError, ValueError,
    # RecursionError ...); any of them means this one document is unreadable.
    except Exception as error:
        raise Rejected(f"broken PDF ({type(error).__name__}: {error})") from None
    if locked:
        raise Rejected("encrypted PDF with a password; decrypt it first (qpdf --decrypt)")
    text = "\n\n".join(page.strip() for page in pages if page.strip())
    if not text:
        raise Rejected(
            f"PDF has no text layer ({len(pages)} page(s); scanned?); run OCR on it first"
        )
    return Extracted(
        text=text,
        title=metadata.title if metadata else None,
        date=_creation_date(metadata),
        author=metadata.author if metadata else None,
    )


def _creation_date(metadata: object) -> dt.date | None:
    """The declared creation date, or None when absent or malformed: a PDF's own metadata is
    a weak hint, not something the user wrote, so a bad one does not cost the document."""
    try:
        created = getattr(metadata, "creation_date", None)
    except ValueError:
        return None
    return created.date() if isinstance(created, dt.datetime) else None

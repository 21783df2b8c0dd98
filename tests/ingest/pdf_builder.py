"""Small real PDFs written byte by byte, so PDF tests need no fixture files and no extra tools.

Each page is one Helvetica text stream; the xref table has the true byte offsets, so pypdf
reads the file without falling back to its repair mode.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"({escaped})"


def pdf_bytes(
    pages: Sequence[Sequence[str]], *, title: str | None = None, created: dt.datetime | None = None
) -> bytes:
    """A PDF whose pages hold the given lines of (Latin-1) text, with optional Info metadata."""
    page_count = len(pages)
    font_number = 3 + 2 * page_count
    page_numbers = [3 + 2 * i for i in range(page_count)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: (
            "<< /Type /Pages /Kids ["
            + " ".join(f"{n} 0 R" for n in page_numbers)
            + f"] /Count {page_count} >>"
        ).encode(),
        font_number: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    for number, lines in zip(page_numbers, pages, strict=True):
        stream = "BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(f"{_literal(x)} '" for x in lines)
        content = stream.encode("latin-1") + b" ET"
        objects[number] = (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {number + 1} 0 R "
            f"/Resources << /Font << /F1 {font_number} 0 R >> >> >>"
        ).encode()
        objects[number + 1] = (
            f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream"
        )
    info = []
    if title is not None:
        info.append(f"/Title {_literal(title)}")
    if created is not None:
        info.append(f"/CreationDate (D:{created:%Y%m%d%H%M%S}Z)")
    info_number = font_number + 1
    objects[info_number] = f"<< {' '.join(info)} >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += f"{offsets[number]:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {size} /Root 1 0 R /Info {info_number} 0 R >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode()
    return bytes(out)


def encrypted(pdf: bytes, password: str) -> bytes:
    """The same PDF locked with a user password (RC4, which pypdf handles without extras)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()

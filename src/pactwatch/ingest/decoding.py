"""Bytes to text for text-like files, refusing what is not text rather than guessing wildly.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are certain. Anything else goes to
``charset_normalizer`` and is accepted only when its best guess is clean; otherwise the file is
refused, because a wrong guess silently turns names into mojibake that no resolver matches.
"""

from __future__ import annotations

import codecs

import charset_normalizer

from pactwatch.ingest.rejection import Rejected

MAX_DETECTOR_CHAOS = 0.1
"""charset_normalizer's "mess" ratio above which its guess is not trusted."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GUESSES_NEEDING_BOM = ("utf_16", "utf_32")


def decode_text(data: bytes) -> str:
    """Decode a text file's bytes; raises `Rejected` for binary data or an unknown encoding."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise Rejected(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {error.start}); re-save it as UTF-8"
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise Rejected(f"binary data, not text (NUL byte at offset {nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    best = charset_normalizer.from_bytes(data).best()
    if (
        best is None
        or best.encoding.startswith(_GUESSES_NEEDING_BOM)
        or best.chaos > MAX_DETECTOR_CHAOS
    ):
        offset = utf8_error.start
        raise Rejected(
            f"undecodable bytes: not UTF-8 (byte {data[offset : offset + 1]!r} at offset "
            f"{offset}) and no other encoding fits confidently; re-save it as UTF-8"
        )
    return str(best)

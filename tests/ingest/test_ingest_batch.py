"""Batches: folder walking, content ids, and bad input that never stops the good documents."""

from __future__ import annotations

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest

from pactwatch.ingest import content_id, ingest
from pactwatch.model import IngestError

from .helpers import split, write
from .pdf_builder import pdf_bytes

TEXT = "The two groups met in March, the report said."


def test_folder_is_walked_recursively_in_name_order_skipping_hidden(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    for relative in ["b.txt", "a/z.md", "a/b/c.txt", "c.html", "a.txt", "sub/d.jsonl"]:
        body = '{"id": "rec", "text": "A record."}' if relative.endswith(".jsonl") else relative
        if relative.endswith(".html"):
            body = f"<html><body><article><p>{relative} in a page.</p></article></body></html>"
        write(root / relative, f"{body} {TEXT}" if not relative.endswith(".jsonl") else body)
    for skipped in [".hidden.txt", ".git/config.txt", "notes.docx", "image.png"]:
        write(root / skipped, TEXT)
    documents, errors = split([f"{root}{os.sep}"])
    assert errors == []
    names = [d.name for d in documents]
    expected = ["a/b/c.txt", "a/z.md", "a.txt", "b.txt", "c.html"]
    assert names == [str(root / name) for name in expected] + ["rec"]


def test_content_id_is_a_stable_hash_of_normalised_text(tmp_path: Path) -> None:
    expected = hashlib.sha256("Café talks.\nEnded.".encode()).hexdigest()[:16]
    assert content_id("Café talks.\nEnded.") == expected
    decomposed = unicodedata.normalize("NFD", "  Café talks.\r\nEnded.\n\n")
    assert content_id(decomposed) == expected
    assert content_id("Café talks. Ended.") != expected


def test_same_text_in_two_files_gets_one_id(tmp_path: Path) -> None:
    first = write(tmp_path / "one.txt", TEXT + "\n")
    second = write(tmp_path / "copy" / "two.md", "\r\n" + TEXT.replace("\n", "\r\n"))
    (a, b), _ = split([first, second])
    assert a.id == b.id == content_id(a.text)
    assert (a.name, b.name) == (str(first), str(second))


def _bad_inputs(root: Path) -> dict[str, str]:
    """One file per kind of bad input, keyed by file name, with a phrase its error must hold."""
    write(root / "binary.txt", b"ab\x00\x01\x02" * 50)
    write(root / "controls.txt", "".join(f"word{chr(i % 8 + 1)}" for i in range(200)))
    write(root / "empty.txt", b"")
    write(root / "blank.md", " \n\t\r\n ")
    write(root / "undecodable.txt", bytes(range(0x80, 0x100)) * 3)
    write(root / "broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    write(root / "huge.txt", "word " * 400)
    return {
        "binary.txt": "binary data, not text (NUL byte at offset 2)",
        "blank.md": "empty document",
        "broken.pdf": "broken PDF",
        "controls.txt": "binary data, not text",
        "empty.txt": "empty document",
        "huge.txt": "file of 2.0 kB is over the limit of 1.5 kB (max_bytes)",
        "undecodable.txt": "undecodable bytes",
    }


def test_every_bad_input_is_one_error_and_good_documents_still_come(tmp_path: Path) -> None:
    root = tmp_path / "batch"
    expected = _bad_inputs(root)
    for name in ["a_good.txt", "m_good.txt", "z_good.txt"]:
        write(root / name, f"{name}: {TEXT}")
    unsupported = write(tmp_path / "notes.docx", TEXT)
    missing = tmp_path / "missing.txt"
    good_pdf = write(tmp_path / "fine.pdf", pdf_bytes([[TEXT]]))
    documents, errors = split([root, unsupported, missing, good_pdf], max_bytes=1500)

    assert [Path(d.name).name for d in documents] == [
        "a_good.txt",
        "m_good.txt",
        "z_good.txt",
        "fine.pdf",
    ]
    by_name = {Path(e.document).name: e for e in errors}
    assert len(by_name) == len(errors) == len(expected) + 2
    for name, phrase in expected.items():
        assert phrase in by_name[name].cause, by_name[name]
    assert "unsupported file type '.docx'; supported: .htm, .html" in by_name["notes.docx"].cause
    assert str(by_name["missing.txt"]) == f"{missing}: no such file or folder; check the path"
    assert all("\n" not in str(error) for error in errors)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file_is_an_error(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", TEXT)
    locked.chmod(0)
    try:
        documents, (error,) = split([locked, write(tmp_path / "open.txt", TEXT)])
    finally:
        locked.chmod(0o600)
    assert len(documents) == 1
    assert error.cause == "cannot read (Permission denied)"


def test_sources_are_read_only_when_their_turn_comes(tmp_path: Path) -> None:
    first = write(tmp_path / "first.txt", TEXT)
    later = tmp_path / "later.txt"
    stream = ingest([str(first), str(later)])
    assert next(stream).name == str(first)
    write(later, "Written after the first document came out.")
    second = next(stream)
    assert not isinstance(second, IngestError)
    assert second.name == str(later)


def test_shared_evaluation_corpus_ingests_cleanly(shared: Path) -> None:
    documents, errors = split([shared / "eval" / "dev.jsonl", shared / "seeds"])
    assert errors == []
    assert len(documents) >= 60
    assert all(d.date is None or len(d.date) == 10 for d in documents)


def test_dangling_link_is_an_unreadable_path(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "deleted.txt")
    documents, (error,) = split([link, write(tmp_path / "here.txt", TEXT)])
    assert [Path(d.name).name for d in documents] == ["here.txt"]
    assert str(error) == f"{link}: cannot read (No such file or directory)"

"""The README's command reference is regenerated from the CLI; it must not go stale."""

from __future__ import annotations

from tests.conftest import ROOT

from pactwatch.present.reference import BEGIN, END, render


def test_readme_command_reference_is_current() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index(BEGIN) : readme.index(END) + len(END)]
    assert section == render(), "run: .venv/bin/python -m pactwatch.present.reference"


def test_reference_covers_every_command() -> None:
    text = render()
    for command in ("run", "ingest", "analyze", "extract", "resolve", "assess", "report", "eval"):
        assert f"### `pactwatch {command}`" in text
    assert "### `pactwatch watchlist import`" in text

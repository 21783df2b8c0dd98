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


def test_help_texts_survive_rich_markup() -> None:
    """``--help`` renders help through Rich markup, which silently eats a bracketed word
    (an install hint ``'.[extra]'`` printed as ``'.'``)."""
    from rich.text import Text
    from typer.main import get_command

    from pactwatch.present.cli import app
    from pactwatch.present.reference import _commands

    for path, command in _commands(get_command(app), "pactwatch"):
        texts = [command.help or ""] + [getattr(p, "help", None) or "" for p in command.params]
        for text in texts:
            assert Text.from_markup(text).plain == text, f"{path}: {text!r}"

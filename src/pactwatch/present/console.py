"""Terminal output: data to stdout, messages to stderr, progress only on a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

# In pipes and CI logs rich would assume 80 columns; verdict tables read better wider.
out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, highlight=False)


def error(message: str) -> None:
    """One line per problem, ``error: <document>: <cause>``, never markup-interpreted."""
    err.print(f"error: {message}", markup=False, soft_wrap=True)


def info(message: str) -> None:
    err.print(message, markup=False, soft_wrap=True)


@contextmanager
def progress(description: str, total: int | None = None) -> Iterator:
    """A rich progress bar on a terminal; a no-op callable in pipes and CI logs."""
    if not sys.stderr.isatty():
        yield lambda advance=1: None
        return
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(description, total=total)
        yield lambda advance=1: bar.advance(task, advance)

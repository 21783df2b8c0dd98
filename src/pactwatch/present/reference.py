"""The README's CLI reference, generated from the same command objects that ``--help`` uses.

``python -m pactwatch.present.reference`` rewrites the section between the markers in
README.md; a test fails when the README is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer.main

from pactwatch.present.cli import app

BEGIN = "<!-- cli-reference:begin -->"
END = "<!-- cli-reference:end -->"


def _commands(group: Any, prefix: str) -> list[tuple[str, Any]]:
    """Leaf commands with their full paths. Duck-typed: typer ships its own click."""
    found: list[tuple[str, Any]] = []
    for name in sorted(group.commands):
        command = group.commands[name]
        path = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
        else:
            found.append((path, command))
    return found


def _describe(path: str, command: Any) -> str:
    arguments = [
        param.name.upper() + ("..." if param.nargs == -1 else "")
        for param in command.params
        if param.param_type_name == "argument"
    ]
    usage = " ".join(["[OPTIONS]", *arguments])
    lines = [f"### `{path}`", "", (command.help or "").strip().split("\n\n")[0], ""]
    lines += [f"    {path} {usage}", ""]
    rows = []
    for param in command.params:
        if param.name == "help":
            continue
        if param.param_type_name == "argument":
            names = param.name.upper()
            helptext = getattr(param, "help", "") or ""
        else:
            names = ", ".join(f"`{opt}`" for opt in param.opts)
            helptext = param.help or ""
            if param.default not in (None, False, ()) and not callable(param.default):
                default = param.default
                helptext += f" Default: `{getattr(default, 'value', default)}`."
        rows.append(f"| {names} | {helptext.strip()} |")
    if rows:
        lines += ["| argument / option | meaning |", "|---|---|", *rows, ""]
    return "\n".join(lines)


def render() -> str:
    group = typer.main.get_command(app)
    sections = [_describe(path, command) for path, command in _commands(group, "pactwatch")]
    intro = "Global option: `pactwatch --debug COMMAND` shows tracebacks on errors.\n"
    return "\n".join([BEGIN, intro, *sections, END])


def update(readme: Path) -> bool:
    """Rewrite the reference section; returns True when the file changed."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    new = text[:start] + render() + text[end:]
    if new == text:
        return False
    readme.write_text(new, encoding="utf-8")
    return True


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("README.md")
    print("updated" if update(target) else "up to date", target)

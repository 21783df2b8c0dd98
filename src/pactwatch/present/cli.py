"""The ``pactwatch`` command. Thin: each command parses options and calls one job."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pactwatch.analyze import OPINION_BACKENDS
from pactwatch.model import Agreement, CommitmentVerdict, PactwatchError, load_agreement
from pactwatch.present import console
from pactwatch.present.tables import claims_table, resolve_table, verdict_table
from pactwatch.present.workflow import (
    IngestSummary,
    Toolkit,
    analyze_pending,
    assess_agreement,
    import_watchlist,
    ingest_into,
    read_sources,
)
from pactwatch.resolve import DEFAULT_THRESHOLD
from pactwatch.store import Store, default_url

app = typer.Typer(
    help="Is this party keeping what it signed, and what is the evidence?",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
watchlist_app = typer.Typer(help="Sanctions lists: import them so names resolve to entries.")
app.add_typer(watchlist_app, name="watchlist")


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


class JsonlOrTable(StrEnum):
    jsonl = "jsonl"
    table = "table"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help="SQLite path or PostgreSQL URL. Default: PACTWATCH_DB or a "
                 "SQLite file in the user data directory."),
]
SourcesArg = Annotated[
    list[str],
    typer.Argument(help="Files (.txt .md .html .htm .pdf .jsonl), folders (recursive), "
                   "or - for JSONL records on stdin."),
]
AgreementOption = Annotated[
    Path, typer.Option("--agreement", help="Agreement YAML file (format: README, Agreements).")
]
FormatOption = Annotated[TableOrJson, typer.Option("--format", help="table or json.")]
WeightsOption = Annotated[
    Path | None,
    typer.Option("--weights", help="Weighing rules YAML (default: the bundled weights.v1; "
                 "docs/weighing.md)."),
]

# The choices are the analyze stage's backends, so a new one needs no edit here.
OpinionBackend = StrEnum("OpinionBackend", {name: name for name in OPINION_BACKENDS})  # type: ignore[misc]
OpinionOption = Annotated[
    OpinionBackend | None,
    typer.Option("--opinion-model", help="Opinion classifier: fast (default) or minilm "
                 "(slower, more accurate; needs the package's optional "
                 "'embeddings' extra). Default: PACTWATCH_OPINION, else fast."),
]
OutOption = Annotated[Path, typer.Option("--out", help="Folder for report.md and report.html.")]
ProcessesOption = Annotated[
    int, typer.Option("--processes", "-j", min=1, help="Processes for analysis.")
]

_state = {"debug": False}


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    _state["debug"] = debug


def _open(db: str | None) -> Store:
    return Store(db or default_url())


def _stdin_if_needed(sources: list[str]):
    return sys.stdin if "-" in sources else None


def _value(choice: StrEnum | None) -> str | None:
    return choice.value if choice is not None else None


def _path(path: Path | None) -> str | None:
    return str(path) if path else None


def _load(agreement: Path) -> Agreement:
    return load_agreement(agreement)


def _ingest(
    store: Store, sources: list[str], *, toolkit: Toolkit, analyze_now: bool
) -> IngestSummary:
    with console.progress("ingest + analyze" if analyze_now else "ingest") as advance:
        return ingest_into(
            store,
            sources,
            toolkit=toolkit,
            analyze_now=analyze_now,
            on_error=console.error,
            progress=advance,
            stdin=_stdin_if_needed(sources),
        )


@app.command()
def run(
    sources: SourcesArg,
    agreement: AgreementOption,
    db: DbOption = None,
    out: OutOption = Path("out"),
    processes: ProcessesOption = 1,
    weights: WeightsOption = None,
    opinion_model: OpinionOption = None,
) -> None:
    """The main job: ingest and analyze SOURCES, assess the agreement, write the report."""
    from pactwatch.present.report import write_report

    terms = _load(agreement)
    with _open(db) as store:
        toolkit = Toolkit(store=store, processes=processes, opinion=_value(opinion_model))
        summary = _ingest(store, sources, toolkit=toolkit, analyze_now=True)
        verdicts = assess_agreement(store, terms, toolkit=toolkit, weights=_path(weights))
        console.out.print(verdict_table(terms, verdicts))
        markdown, html = write_report(terms, verdicts, out_dir=out)
        stats = store.stats()
    console.info(
        f"{summary}; {stats.get('claims', 0)} claims in the store; report: {markdown}, {html}"
    )
    if summary.failed:
        raise typer.Exit(1)


@app.command("ingest")
def ingest_command(
    sources: SourcesArg,
    db: DbOption = None,
    no_analyze: Annotated[
        bool, typer.Option("--no-analyze", help="Store only; run `pactwatch analyze` later.")
    ] = False,
    processes: ProcessesOption = 1,
    opinion_model: OpinionOption = None,
) -> None:
    """Store documents (each content once) and analyze them as they are stored."""
    with _open(db) as store:
        toolkit = Toolkit(store=store, processes=processes, opinion=_value(opinion_model))
        summary = _ingest(store, sources, toolkit=toolkit, analyze_now=not no_analyze)
    console.info(str(summary))
    if summary.failed:
        raise typer.Exit(1)


@app.command("analyze")
def analyze_command(
    db: DbOption = None,
    processes: ProcessesOption = 1,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (tcp://host:8786): analyze "
                     "on that cluster; results are stored by this process."),
    ] = None,
    cluster: Annotated[
        int,
        typer.Option("--cluster", min=0, help="Analyze on a local Dask cluster of N worker "
                     "processes (0: no Dask)."),
    ] = 0,
    opinion_model: OpinionOption = None,
) -> None:
    """Analyze every stored document not yet analyzed by the current extractor."""
    with _open(db) as store:
        toolkit = Toolkit(store=store, processes=processes, opinion=_value(opinion_model))
        if scheduler or cluster:
            from pactwatch.present.distributed import analyze_distributed, connect

            toolkit.register_actors(store)
            with connect(scheduler, workers=max(cluster, 1)) as client:
                done = analyze_distributed(store, actors=toolkit.actors, client=client)
        else:
            with console.progress("analyze", total=None) as advance:
                done = analyze_pending(store, toolkit=toolkit, progress=advance)
    console.info(f"{done} documents analyzed")


@app.command()
def extract(
    sources: SourcesArg,
    format: Annotated[
        JsonlOrTable, typer.Option("--format", help="jsonl (the DESIGN.md contract) or table.")
    ] = JsonlOrTable.jsonl,
    opinion_model: OpinionOption = None,
) -> None:
    """Print sentences and their claims without storing anything (JSONL: DESIGN.md contract)."""
    failures = []

    def on_error(message: str) -> None:
        failures.append(message)
        console.error(message)

    toolkit = Toolkit(opinion=_value(opinion_model))
    documents = read_sources(sources, on_error=on_error, stdin=_stdin_if_needed(sources))
    for analyzed in toolkit.understand(documents):
        name = analyzed.document.name
        if format is JsonlOrTable.jsonl:
            for sentence in analyzed.sentences:
                sys.stdout.write(json.dumps(sentence.to_json(name), ensure_ascii=False) + "\n")
        else:
            console.out.print(claims_table(analyzed))
    sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command("resolve")
def resolve_command(
    names: Annotated[list[str], typer.Argument(help="Names to resolve.")],
    db: DbOption = None,
    date: Annotated[
        str | None, typer.Option("--date", help="YYYY-MM-DD: list membership as it stood then.")
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say why: matched alias, each scoring factor, "
                           "and why close candidates lost.")
    ] = False,
    format: FormatOption = TableOrJson.table,
) -> None:
    """Print the best actor for each name, with its score and watchlist references."""
    from pactwatch.resolve import explain_query

    with _open(db) as store:
        resolver = Toolkit(store=store).resolver
        results = [(name, resolver.match(name, date=date)) for name in names]
        # explain_query explains the match itself, or the near misses when there is none
        explanations = [
            explain_query(resolver, name, date=date) if explain else [] for name in names
        ]
    if format is TableOrJson.json:
        rows = []
        for (name, match), why in zip(results, explanations, strict=True):
            row: dict = {"query": name, "match": None}
            if match is not None:
                row["match"] = {
                    "name": match.actor.name,
                    "id": match.actor.id,
                    "score": round(match.score, 3),
                    "refs": [ref.to_json() for ref in match.actor.refs if ref.active_on(date)],
                }
                if explain:
                    row["match"] |= {
                        "alias": match.alias,
                        "listed": match.listed,
                        "steps": [[step, round(value, 4)] for step, value in match.steps],
                        "explanation": why,
                    }
            elif explain:
                row["explanation"] = why
            rows.append(row)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    console.out.print(resolve_table(results, date=date))
    if explain:
        for lines in explanations:
            sys.stdout.write("\n".join(lines) + "\n\n")


class CsvOrJson(StrEnum):
    csv = "csv"
    json = "json"


@app.command("screen")
def screen_command(
    file: Annotated[
        Path,
        typer.Argument(help="CSV/TSV or JSONL of names: name (required), id, birth_date or "
                       "dob, nationality, type (person or organization)."),
    ],
    db: DbOption = None,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help="Lowest score reported.")
    ] = DEFAULT_THRESHOLD,
    date: Annotated[
        str | None, typer.Option("--date", help="YYYY-MM-DD: screen against the lists as then.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Matches kept per name.")] = 3,
    format: Annotated[CsvOrJson, typer.Option("--format", help="csv or json.")] = CsvOrJson.csv,
) -> None:
    """Screen a file of names against the imported sanctions lists, with scores and reasons.

    Birth dates and nationalities sharpen the scores; bad rows are reported and skipped.
    """
    import csv

    from pactwatch.resolve import CSV_COLUMNS, csv_rows, screen_file

    with _open(db) as store:
        resolver = Toolkit(store=store).resolver
        with console.progress("screen") as advance:
            results, errors, summary = screen_file(
                file, resolver=resolver, threshold=threshold, limit=limit, date=date,
                progress=advance,
            )
    for error in errors:
        console.error(str(error))
    if format is CsvOrJson.json:
        payload = {"results": [r.to_json() for r in results], "summary": summary.to_json()}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        writer = csv.writer(sys.stdout)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(csv_rows(results))
    console.info(
        f"{summary.screened} names screened, {summary.flagged} flagged at {threshold}, "
        f"{summary.errors} bad rows, {summary.seconds:.2f} s"
    )
    if errors:
        raise typer.Exit(1)


def _print_verdicts(terms: Agreement, verdicts: list[CommitmentVerdict], fmt: TableOrJson) -> None:
    if fmt is TableOrJson.json:
        payload = [verdict.to_json() for verdict in verdicts]
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        console.out.print(verdict_table(terms, verdicts))


@app.command("assess")
def assess_command(
    agreement: AgreementOption,
    db: DbOption = None,
    format: FormatOption = TableOrJson.table,
    weights: WeightsOption = None,
) -> None:
    """Give each commitment a verdict (kept, breached, contested, unknown) with its evidence."""
    terms = _load(agreement)
    with _open(db) as store:
        verdicts = assess_agreement(
            store, terms, toolkit=Toolkit(store=store), weights=_path(weights)
        )
    _print_verdicts(terms, verdicts, format)


@app.command()
def report(
    agreement: AgreementOption,
    out: OutOption,
    db: DbOption = None,
    weights: WeightsOption = None,
) -> None:
    """Write the Markdown and self-contained HTML report of the agreement's verdicts."""
    from pactwatch.present.report import write_report

    terms = _load(agreement)
    with _open(db) as store:
        verdicts = assess_agreement(
            store, terms, toolkit=Toolkit(store=store), weights=_path(weights)
        )
    markdown, html = write_report(terms, verdicts, out_dir=out)
    console.info(f"wrote {markdown} and {html}")


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold passages, JSONL (eval/GUIDELINES.md).")],
    errors: Annotated[bool, typer.Option("--errors", help="List missed/spurious claims.")] = False,
    format: FormatOption = TableOrJson.table,
    opinion_model: OpinionOption = None,
    docs: Annotated[
        Path | None,
        typer.Option("--docs", help="Folder of the passages' whole documents (NN.json, matched "
                     "by each row's 'doc', as eval/README.md lays out dev_docs/): read each "
                     "passage inside its document, as `pactwatch run` reads text."),
    ] = None,
) -> None:
    """Score extraction against gold passages: claims P/R/F1, source, modality, opinion.

    Passages are analyzed alone, the scope the guideline annotates (rule 1); with --docs
    the whole-document path of `pactwatch run` is scored on the same gold."""
    from pactwatch.present.eval_context import load_documents
    from pactwatch.present.evaluate import evaluate, format_report, load_gold

    toolkit = Toolkit(opinion=_value(opinion_model))
    rows = load_gold(gold)
    if docs is not None and not docs.is_dir():
        raise typer.BadParameter(f"{docs}: no such folder", param_hint="--docs")
    documents = load_documents(docs) if docs is not None else {}
    result = evaluate(rows, predict=lambda d: list(toolkit.understand(d)), documents=documents)
    if format is TableOrJson.json:
        sys.stdout.write(json.dumps(result.to_json(), indent=2) + "\n")
    else:
        sys.stdout.write(format_report(result, errors=errors) + "\n")


@watchlist_app.command("import")
def watchlist_import(
    file: Annotated[
        Path,
        typer.Argument(help="UN Security Council Consolidated List XML, or FollowTheMoney / "
                       "OpenSanctions entities (JSON lines)."),
    ],
    db: DbOption = None,
    list_name: Annotated[
        str | None,
        typer.Option("--list-name", help="Name the list (default: UN, or the FtM dataset)."),
    ] = None,
    snapshot_date: Annotated[
        str | None,
        typer.Option("--snapshot-date", help="YYYY-MM-DD the file reflects (default: read from "
                     "the file, e.g. the UN list's dateGenerated)."),
    ] = None,
) -> None:
    """Load a sanctions list snapshot (UN XML or FollowTheMoney JSON lines).

    Entries become actors (merged with the registry's), additions and removals against other
    snapshots are recorded, and narrative links become TIES claims sourced to the list.
    """
    with _open(db) as store:
        saved, linked = import_watchlist(
            store,
            str(file),
            toolkit=Toolkit(store=store),
            list_name=list_name,
            snapshot_date=snapshot_date,
        )
    console.info(f"{saved}; {linked} registry actors linked")


def main() -> None:
    """Entry point: PactwatchError becomes one line on stderr and exit code 1."""
    import click

    try:
        code = app(standalone_mode=False)
    except PactwatchError as exc:
        if _state["debug"]:
            raise
        console.error(str(exc))
        sys.exit(1)
    except click.ClickException as exc:  # usage errors, with standalone_mode=False
        exc.show()
        sys.exit(exc.exit_code)
    except (click.Abort, KeyboardInterrupt):
        console.error("interrupted")
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()

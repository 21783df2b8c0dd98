"""The command line end to end: real files, the real spaCy pipeline, a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import DEMO

PACTWATCH = Path(sys.executable).parent / "pactwatch"

CLAIM_KEYS = {
    "subject", "relation", "mode", "object", "polarity", "modality", "source", "date",
    "confidence",
}
SENTENCE_KEYS = {"doc", "index", "start", "end", "text", "opinion", "claims"}
ACTOR_KEYS = {"name", "id", "mention"}


def pactwatch(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PACTWATCH), *args], input=stdin, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    work = tmp_path_factory.mktemp("demo")
    db, out = work / "demo.sqlite", work / "out"
    done = pactwatch(
        "run", str(DEMO / "documents"), "--agreement", str(DEMO / "agreement.yaml"),
        "--db", str(db), "--out", str(out),
    )
    assert done.returncode == 0, done.stderr
    return db, out, done.stdout


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"select count(*) from {table}").fetchone()[0]


def test_run_prints_verdicts_and_writes_reports(demo_run: tuple[Path, Path, str]) -> None:
    db, out, stdout = demo_run
    assert "verdict" in stdout
    assert (out / "report.md").read_text().strip()
    html = (out / "report.html").read_text()
    assert "<svg" in html
    assert _count(db, "documents") >= 10
    assert _count(db, "claims") > 20


def test_demo_verdicts_are_varied_and_cite_sentences(demo_run: tuple[Path, Path, str]) -> None:
    db, _, _ = demo_run
    done = pactwatch(
        "assess", "--agreement", str(DEMO / "agreement.yaml"), "--db", str(db), "--format", "json"
    )
    assert done.returncode == 0, done.stderr
    verdicts = json.loads(done.stdout)
    assert {"kept", "breached", "unknown"} <= {v["verdict"] for v in verdicts}
    for verdict in verdicts:
        assert set(verdict) >= {"commitment", "party", "verdict", "confidence", "evidence"}
        if verdict["verdict"] == "unknown":
            assert verdict["confidence"] == 0
        for evidence in verdict["evidence"]:
            assert evidence["stance"] in {"breach", "compliance"}
            assert evidence["sentence"] and evidence["doc"]
            assert set(evidence["claim"]) >= CLAIM_KEYS


def test_rerunning_the_main_job_changes_nothing(demo_run: tuple[Path, Path, str]) -> None:
    db, out, _ = demo_run
    before = {t: _count(db, t) for t in ("documents", "sentences", "claims", "verdicts")}
    again = pactwatch(
        "run", str(DEMO / "documents"), "--agreement", str(DEMO / "agreement.yaml"),
        "--db", str(db), "--out", str(out),
    )
    assert again.returncode == 0, again.stderr
    assert {t: _count(db, t) for t in before} == before


def test_extract_jsonl_from_stdin_follows_the_contract() -> None:
    records = [
        {"id": "a1", "text": "The Taliban held talks with al-Qaeda in Doha, the report said.",
         "date": "2020-06-01", "kind": "news"},
        {"id": "a2", "text": "Pakistan denied any links to the Haqqani Network."},
    ]
    stdin = "".join(json.dumps(r) + "\n" for r in records)
    done = pactwatch("extract", "-", "--format", "jsonl", stdin=stdin)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert {line["doc"] for line in lines} == {"a1", "a2"}
    claims = []
    for line in lines:
        assert set(line) >= SENTENCE_KEYS
        assert isinstance(line["index"], int) and line["start"] < line["end"]
        assert isinstance(line["opinion"], bool)
        claims.extend(line["claims"])
    assert claims, "expected at least one claim"
    for claim in claims:
        assert set(claim) >= CLAIM_KEYS
        assert set(claim["subject"]) >= ACTOR_KEYS
        assert claim["object"] is None or set(claim["object"]) >= ACTOR_KEYS
        assert claim["polarity"] in {"affirmed", "negated"}
        assert claim["source"]["kind"] in {"author", "person", "document", "organization"}
    talks = [c for c in claims if c["relation"] == "CONSULT"]
    assert talks and talks[0]["source"]["kind"] == "document"


def test_bad_inputs_get_one_line_each_and_the_rest_is_stored(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "good.txt").write_text("The Taliban attacked an army checkpoint in Kunduz.\n")
    (folder / "also-good.txt").write_text("Qatar hosted talks between the two sides.\n")
    (folder / "empty.txt").write_text("   \n")
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    (folder / "latin.txt").write_bytes(b"\xff\xfe\xfa\x00\x81\x8d\x8f\x90\x9d" * 3)
    db = tmp_path / "x.sqlite"
    done = pactwatch("ingest", str(folder), "--db", str(db))
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    named = {name for name in ("empty.txt", "junk.txt", "broken.pdf") if
             any(name in line for line in errors)}
    assert named == {"empty.txt", "junk.txt", "broken.pdf"}
    assert _count(db, "documents") >= 2
    again = pactwatch("ingest", str(folder / "good.txt"), "--db", str(db))
    assert again.returncode == 0
    assert "already stored" in again.stderr


def test_resolve_json_shape(tmp_path: Path) -> None:
    done = pactwatch(
        "resolve", "al-Qa'ida", "Washington", "Zzyzx Qwerty", "--db", str(tmp_path / "r.sqlite"),
        "--format", "json",
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [row["query"] for row in rows] == ["al-Qa'ida", "Washington", "Zzyzx Qwerty"]
    assert rows[0]["match"]["name"].lower().startswith("al-qa")
    assert set(rows[0]["match"]) == {"name", "id", "score", "refs"}
    assert rows[1]["match"]["id"] == "united-states"
    assert rows[2]["match"] is None


def test_agreement_errors_name_the_field(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: x\nsigned: 2020-02-29\nparties: [Taliban]\n"
        "commitments:\n  - id: c1\n    party: Taliban\n    forbids:\n"
        "      - relation: [ATTACK]\n"
    )
    done = pactwatch("assess", "--agreement", str(bad), "--db", str(tmp_path / "a.sqlite"))
    assert done.returncode == 1
    [line] = done.stderr.strip().splitlines()
    assert "commitments.0.forbids.0.relation" in line and "ATTACK" in line and "ASSAULT" in line


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh database on the test PostgreSQL server (PACTWATCH_TEST_PG), dropped afterwards."""
    base = os.environ.get("PACTWATCH_TEST_PG")
    if not base:
        pytest.skip("PACTWATCH_TEST_PG is not set (.ci/run starts a server)")
    import psycopg

    name = f"pw_cli_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(base, autocommit=True) as connection:
            connection.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_main_job_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    args = ("run", str(DEMO / "documents"), "--agreement", str(DEMO / "agreement.yaml"),
            "--db", postgres_url, "--out", str(tmp_path))
    first = pactwatch(*args)
    assert first.returncode == 0, first.stderr
    again = pactwatch(*args)
    assert again.returncode == 0, again.stderr
    assert " 0 new, " in again.stderr and " 0 failed" in again.stderr
    verdicts = pactwatch("assess", "--agreement", str(DEMO / "agreement.yaml"), "--db",
                         postgres_url, "--format", "json")
    assert {v["verdict"] for v in json.loads(verdicts.stdout)} >= {"breached", "kept"}


FIXTURES = Path(__file__).resolve().parent.parent / "resolve" / "fixtures"


@pytest.fixture
def listed_db(tmp_path: Path) -> Path:
    db = tmp_path / "lists.sqlite"
    done = pactwatch("watchlist", "import", str(FIXTURES / "un_sample.xml"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "entries" in done.stderr and "registry actors linked" in done.stderr
    return db


def test_screen_csv_flags_listed_names_and_reports_bad_rows(listed_db: Path, tmp_path: Path):
    names = tmp_path / "names.csv"
    names.write_text(
        "name,nationality\nKarim Tamarind,\nRivervale Liberation Front,\n"
        "Abdullah,\nJane Q. Public,\n,Afghanistan\n",
        encoding="utf-8",
    )
    done = pactwatch("screen", str(names), "--db", str(listed_db), "--format", "json")
    assert done.returncode == 1  # one bad row, reported, the rest screened
    assert "row 6" in done.stderr and done.stderr.count("error: ") == 1
    results = {r["name"]: r for r in json.loads(done.stdout)["results"]}
    assert results["Karim Tamarind"]["flagged"] and results["Rivervale Liberation Front"]["flagged"]
    assert not results["Abdullah"]["flagged"] and not results["Jane Q. Public"]["flagged"]
    csv_run = pactwatch("screen", str(names), "--db", str(listed_db))
    assert csv_run.stdout.splitlines()[0].startswith("id,row,name,rank,score")


def test_resolve_explain_says_why(listed_db: Path) -> None:
    done = pactwatch("resolve", "Karim Tamarind", "Abdullah", "--explain", "--db", str(listed_db),
                     "--format", "json")
    assert done.returncode == 0, done.stderr
    hit, miss = json.loads(done.stdout)
    assert hit["match"]["refs"] == [{"list": "UN", "ref": "XXi.902"}]
    assert hit["match"]["explanation"] and hit["match"]["steps"]
    assert miss["match"] is None and miss["explanation"]

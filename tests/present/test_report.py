"""The Markdown and HTML report written from real verdicts of the assess stage."""

from __future__ import annotations

import re
import xml.dom.minidom
from pathlib import Path

import pytest

from assess.builders import ACTORS, stored
from pactwatch.assess import assess
from pactwatch.model import (
    Agreement,
    CommitmentVerdict,
    DocumentKind,
    Polarity,
    Relation,
    Source,
    SourceKind,
    Verdict,
)
from pactwatch.present.report import write_report
from pactwatch.resolve import Resolver

AGREEMENT = Agreement.model_validate({
    "id": "doha-2020",
    "title": "Agreement for <Bringing> Peace & \"Security\"",
    "signed": "2020-02-29",
    "parties": ["Taliban", "United States"],
    "commitments": [
        {"id": "no-ties", "party": "Taliban", "text": "No cooperation with <al-Qaeda> | ever",
         "forbids": [{"relation": ["AID", "CONSULT", "TIES"], "counterparty": "al-Qaeda"}]},
        {"id": "withdraw", "party": "United States", "requires": [{"relation": "RETREAT"}],
         "until": "2021-05-01"},
        {"id": "no-attacks", "party": "Taliban", "forbids": [{"relation": "ASSAULT"}]},
    ],
})


@pytest.fixture
def verdicts() -> list[CommitmentVerdict]:
    claims = [
        stored("taliban", Relation.TIES, "al-qaeda", date="2020-05-10",
               text="The <script>alert('x')</script> report found ties remain close.",
               url="https://example.org/report?a=1&b=2", doc_name="monitoring-report"),
        stored("al-qaeda", Relation.CONSULT, "taliban", date="2020-03-02",
               source=Source(SourceKind.DOCUMENT, "U.N. report"), kind=DocumentKind.NEWS),
        stored("taliban", Relation.TIES, "al-qaeda", polarity=Polarity.NEGATED,
               date="2020-08-15", kind=DocumentKind.NEWS, url="javascript:alert(1)",
               source=Source(SourceKind.PERSON, "Zabihullah Mujahid")),
        stored("usa", Relation.RETREAT, date="2020-07-14", kind=DocumentKind.NEWS),
        stored("taliban", Relation.TIES, "al-qaeda", date="2020-06-01", kind=DocumentKind.OPINION),
    ]
    return assess(AGREEMENT, claims=claims, resolver=Resolver(ACTORS))


def test_both_files_are_written(tmp_path, verdicts):
    markdown, html = write_report(AGREEMENT, verdicts, out_dir=tmp_path / "out")
    assert (markdown.name, html.name) == ("report.md", "report.html")
    assert markdown.parent == html.parent == tmp_path / "out"
    assert [v.verdict for v in verdicts] == [Verdict.BREACHED, Verdict.KEPT, Verdict.UNKNOWN]


def test_html_has_summary_charts_and_citations(tmp_path, verdicts):
    page = write_report(AGREEMENT, verdicts, out_dir=tmp_path)[1].read_text(encoding="utf-8")
    summary = page[page.index('<table class="summary">'):page.index("</table>")]
    for verdict in verdicts:
        assert f">{verdict.commitment}</a>" in summary
        assert f">{verdict.verdict.value}</span>" in summary
    assert '<svg class="timeline"' in page and '<svg class="network"' in page
    assert page.count("<circle") >= 5 + 3  # five evidence marks, three actors
    assert "no evidence" in page
    assert '<a href="https://example.org/report?a=1&amp;b=2"' in page
    assert "javascript:" not in page  # a non-web URL is shown as text, never as a link


def test_html_escapes_document_text(tmp_path, verdicts):
    page = write_report(AGREEMENT, verdicts, out_dir=tmp_path)[1].read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(" in page
    assert "Agreement for &lt;Bringing&gt; Peace &amp; &#34;Security&#34;" in page


def test_html_is_self_contained(tmp_path, verdicts):
    page = write_report(AGREEMENT, verdicts, out_dir=tmp_path)[1].read_text(encoding="utf-8")
    assert not re.search(r"<script\b[^>]*\bsrc=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert "@import" not in page and "url(http" not in page
    links = re.findall(r"""(?:href|src)="([^"#][^"]*)\"""", page)
    assert links == ["https://example.org/report?a=1&amp;b=2"]


def test_svg_charts_are_well_formed(tmp_path, verdicts):
    page = write_report(AGREEMENT, verdicts, out_dir=tmp_path)[1].read_text(encoding="utf-8")
    for chart in re.findall(r"<svg\b.*?</svg>", page, re.DOTALL):
        xml.dom.minidom.parseString(chart)  # raises on unbalanced or unescaped markup


def test_report_is_deterministic(tmp_path, verdicts):
    first = write_report(AGREEMENT, verdicts, out_dir=tmp_path / "a")
    second = write_report(AGREEMENT, verdicts, out_dir=tmp_path / "b")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_markdown_has_table_reasons_and_escaped_cells(tmp_path, verdicts):
    text = write_report(AGREEMENT, verdicts, out_dir=tmp_path)[0].read_text(encoding="utf-8")
    assert "| no-ties | Taliban | **breached** |" in text
    assert "| withdraw | United States | **kept** |" in text
    assert "> No cooperation with \\<al-Qaeda\\> \\| ever" in text
    assert "\\<script\\>" in text and "<script>" not in text
    assert "[A test document](<https://example.org/report?a=1&b=2>)" in text
    assert "document kind opinion ×0" in text
    rows = [line for line in text.splitlines() if line.startswith("| breach") or
            line.startswith("| compliance")]
    assert rows and all(line.count(" | ") == 5 for line in rows)


def test_report_without_evidence_still_renders(tmp_path):
    verdicts = assess(AGREEMENT, claims=[], resolver=Resolver(ACTORS))
    markdown, html = write_report(AGREEMENT, verdicts, out_dir=Path(tmp_path))
    page = html.read_text(encoding="utf-8")
    assert page.count(">unknown</span>") == 2 * len(AGREEMENT.commitments)
    assert "No claim of the evidence links two actors." in page
    assert "No claim in the store matches this commitment." in markdown.read_text("utf-8")

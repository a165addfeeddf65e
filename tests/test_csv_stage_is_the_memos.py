"""The CSV's ``recommendations`` column heads each action as the memo does.

Trial 26 M2: beside an expired MoU the memo (its plan and its risk details) listed the BNN
notice and the surveillance of running activities under "Selama kegiatan kerja sama masih
berjalan, apa pun keputusannya" and the report owed under "Evaluasi dan keputusan atas MoU
yang telah berakhir", while the CSV gave them "Perencanaan" and "Pemantauan": in a
spreadsheet, notifying BNN about activities running now read as planning for a future MoU.
Both now take the label from :func:`paracheck.report.view.recommendation_stage` with the
check's domain; the JSON keeps its ``stage`` codes (a contract value) and has no label."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import paracheck
from paracheck.report import render

DATA = Path(__file__).parent / "data"
GOLDEN = Path(__file__).parent / "golden" / "proposals"
CASES = [
    DATA / "trial26-belu-bobonaro-lapsed.yaml",  # lapsed, trafficking and narcotics risks
    DATA / "trial22-f-lapsed-toc.yaml",  # lapsed, crew internship running
    GOLDEN / "padang-hildesheim-2016.yaml",  # lapsed
    GOLDEN / "sulteng-quangnam-expiring-2026.yaml",  # ending within months: deciding
    DATA / "kalbar-sarawak-proposal-2019.yaml",  # a proposal: stages as they are
]
RECOMMENDATIONS = {"id": "- *Rekomendasi:*", "en": "- *Recommendations:*"}


def _memo_stages(markdown: str, lang: str) -> dict[str, list[str]]:
    """Rule → the stage labels its risk details give its recommendations, in order."""
    out: dict[str, list[str]] = {}
    for section in markdown.split("\n### ")[1:]:
        rule = section.split(" — ", 1)[0]
        lines = section.splitlines()
        if RECOMMENDATIONS[lang] not in lines:
            continue
        start = lines.index(RECOMMENDATIONS[lang]) + 1
        stages = []
        for line in lines[start:]:
            if not line.startswith("  - "):
                break
            stages.append(line[4:].split(" · **", 1)[0])
        out[rule] = stages
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_the_csv_heads_each_recommendation_as_the_memos_risk_details_do(
    path: Path, lang: str
) -> None:
    proposal = paracheck.load_proposal(str(path))
    a = paracheck.assess(proposal, as_of=proposal.date)
    memo = _memo_stages(render(a, "markdown", lang), lang)
    assert memo, "no risk details with recommendations: the case tests nothing"
    rows = {
        r["rule_id"]: r["recommendations"]
        for r in csv.DictReader(io.StringIO(render(a, "csv", lang)))
    }
    for rule, stages in memo.items():
        cell = rows[rule]
        assert cell.startswith(f"{stages[0]} / "), (rule, stages[0], cell[:120])
        at = 0
        for stage in stages:
            found = cell.find(f"{stage} / ", at)
            assert found >= 0, (rule, stage, cell)
            at = found + len(stage)


def test_the_csv_files_the_bnn_notice_on_running_activities_as_the_memo_does() -> None:
    """The trial's own rows, in words: nothing running now reads as planning."""
    proposal = paracheck.load_proposal(str(CASES[0]))
    a = paracheck.assess(proposal, as_of=proposal.date)
    rows = {
        r["rule_id"]: r["recommendations"]
        for r in csv.DictReader(io.StringIO(render(a, "csv", "id")))
    }
    running = "Selama kegiatan kerja sama masih berjalan, apa pun keputusannya / "
    assert rows["TOC-012"].startswith(f"{running}Bagian Kerja Sama: Beri tahu BNN")
    assert rows["TOC-008"].startswith(running)
    assert rows["REG-026"].startswith("Evaluasi dan keputusan atas MoU yang telah berakhir / ")

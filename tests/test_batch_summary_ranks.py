"""A batch summary a head of bureau can rank by (practitioner trial 29 M3): four of five files
were "Risiko tinggi", the score said "bukan peringkat", and the top risks were bare codes.
Each row now gives the stage and the date judged, the top risks in words with their code and
score, and the programmes still running on a lapsed MoU; within one verdict the rows come in
the order of what needs acting on first (README, "The batch summary's order")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.batch import BatchRow, Summary, table_order
from paracheck.facts.labels import long_date, value_text
from paracheck.report import advice, html, markdown, text, view
from paracheck.report.messages import message

ROOT = Path(__file__).resolve().parent.parent
LAPSED = ROOT / "tests" / "golden" / "proposals" / "padang-hildesheim-2016.yaml"
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"


def _assess(data: dict) -> paracheck.Assessment:
    from paracheck.facts.loader import parse_proposal_data

    proposal = parse_proposal_data(data)
    return paracheck.assess(proposal, as_of=proposal.date)


def _lapsed(running: bool) -> paracheck.Assessment:
    """Padang – Hildesheim, MoU lapsed in 2021, judged in 2023; with ``running`` its artists'
    residency is recorded as still going on."""
    data = yaml.safe_load(LAPSED.read_text(encoding="utf-8"))
    if running:
        residency = data["sectors"][1]["programs"][1]
        residency["status"] = "ongoing"
        residency["last_activity"] = "2023-06-01"
    return _assess(data)


_LEVEL = {"blocked": "blocker", "high_risk": "high", "medium_risk": "medium", "low_risk": "low"}


def _row(name: str, verdict: str = "high_risk", **fields) -> BatchRow:
    """A row as a worker sends it: ``risk_severities`` given, the count of its verdict's
    level counted from them as :meth:`Summary.of` counts it."""
    severities = fields.pop("risk_severities", ())
    level = sum(1 for s in severities if s == _LEVEL[verdict])
    return BatchRow(
        f"{name}.yaml",
        Summary(name, verdict, fields.pop("score", 0), (), severities, level_risks=level, **fields),
    )


def test_within_one_verdict_a_lapsed_mou_with_running_programmes_comes_first_then_any_lapsed_mou():
    rows = [
        _row("sum", score=176, top_scores=(20, 16, 16), risk_count=14),
        _row("lapsed", score=114, top_scores=(16,), risk_count=8, lapsed=True),
        _row("running", score=20, top_scores=(20,), risk_count=1, lapsed=True, running=2),
        _row("medium", "medium_risk", score=300, top_scores=(12,), risk_count=25, lapsed=True),
    ]
    assert [r.source for r in table_order(rows)] == [
        "running.yaml",
        "lapsed.yaml",
        "sum.yaml",
        "medium.yaml",  # a verdict stays the first key
    ]


def test_then_the_highest_single_risk_then_the_number_of_risks_before_the_sum():
    rows = [
        _row("many-medium", score=180, top_scores=(12, 12, 12), risk_count=15),
        _row("one-high", score=20, top_scores=(20,), risk_count=1),
        _row("two-high", score=36, top_scores=(20, 16), risk_count=2),
        _row("two-high-less", score=40, top_scores=(20, 20), risk_count=2),
    ]
    assert [r.source for r in table_order(rows)] == [
        "two-high-less.yaml",  # same worst and count as two-high: the larger sum first
        "two-high.yaml",
        "one-high.yaml",
        "many-medium.yaml",
    ]


def test_three_risks_at_the_verdicts_level_come_before_one_scored_higher():
    """Trial 430 M6: one high risk scored 20 (the DPRD's approval already given, late) ranked
    above a file with three high risks scored 16 and fourteen risks in all."""
    rows = [
        _row(
            "one-high-20",
            score=44,
            top_scores=(20, 12, 12),
            risk_count=3,
            risk_severities=("high", "medium", "medium"),
        ),
        _row(
            "three-high-16",
            score=167,
            top_scores=(16, 16, 16),
            risk_count=14,
            risk_severities=("high", "high", "high", *("medium",) * 11),
        ),
    ]
    assert [r.source for r in table_order(rows)] == ["three-high-16.yaml", "one-high-20.yaml"]


def test_the_table_a_batch_writes_ranks_by_the_risks_at_the_verdicts_level_too():
    """Ministry trial 470 H1: the rows a batch keeps for its table drop every risk's severity
    (:meth:`BatchRow.for_table`), and the count of the verdict's level read from them was 0
    for every file, so signed-before-DPRD (two high risks, one scored 20) ranked above NTB
    (five high risks scored 16), against the legend printed above the table."""
    files = [ROOT / "examples" / "signed-before-dprd-2021.yaml", NTB]
    items = paracheck.assess_many([str(f) for f in files], workers=1)
    kept = [item.row.for_table() for item in items]
    assert [s.summary.level_risks for s in kept] == [2, 5]
    assert table_order(kept)[0].source.endswith("ntb-zhejiang-2015.yaml")
    drawn = b"".join(paracheck.render_batch(items, "markdown", "id", summary_only=True)).decode()
    assert drawn.index("ntb-zhejiang-2015.yaml") < drawn.index("signed-before-dprd-2021.yaml")


def test_a_summary_carries_the_stage_the_date_judged_and_each_top_risk_in_words():
    a = _assess(yaml.safe_load(NTB.read_text(encoding="utf-8")))
    s = Summary.of(a)
    checks = {c.rule_id: c for c in a.checks}
    top = [checks[rule] for rule in s.top_risks]
    assert len(top) == 3 and {c.rule_id for c in top} <= {c.rule_id for c in view.top_risks(a)}
    texts = view.saran_labels(a.pack.name)
    assert s.top_words == tuple(
        (advice.finding_words(c, texts, "id"), advice.finding_words(c, texts, "en")) for c in top
    )
    assert s.top_scores == tuple(c.score for c in top)
    assert s.risk_count == len(view.headline_risks(a))
    assert (s.stage, s.as_of) == (a.proposal.stage, a.as_of)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_human_summary_names_the_top_risks_in_words_with_stage_and_date(fmt, lang):
    a = _assess(yaml.safe_load(NTB.read_text(encoding="utf-8")))
    s = Summary.of(a)
    rows = [BatchRow("ntb.yaml", s)]
    if fmt == "text":
        # wide enough that no cell wraps: what is said, not where the lines break
        drawn = " ".join(text.batch_summary(rows, lang, width=2000).split())
    else:
        module = markdown if fmt == "markdown" else html
        drawn = "".join(module.summary(rows, lang)).replace("&#x27;", "'")
    stage = value_text("stage", s.stage, lang)
    assert stage in drawn and long_date(s.as_of, lang) in drawn
    for (words_id, words_en), code, score in zip(
        s.top_words, s.top_risks, s.top_scores, strict=True
    ):
        words = words_id if lang == "id" else words_en
        named = message("summary_risk", lang, words=words, code=code, score=score)
        assert named[1:] in drawn  # the cell's first letter is raised


def test_a_lapsed_mou_with_running_programmes_says_how_many_and_before_the_worse_verdict():
    s = Summary.of(_lapsed(running=True))
    assert s.lapsed and s.running == 1
    said = view.summary_risks(
        s.top_risks,
        s.notices,
        "id",
        s.notes,
        "blocked",
        ("REG-040",),
        s.top_words,
        s.top_scores,
        s.running,
    )
    expired = "masa berlaku MoU telah berakhir (19 November 2021); 1 program masih berjalan"
    assert expired in said
    # the note every row may repeat comes after the notes that set this row apart
    assert said.index(expired) < said.index("dapat menjadi terhambat")
    assert not Summary.of(_lapsed(running=False)).running


def test_the_date_judged_is_the_assessments_not_todays():
    s = Summary.of(_lapsed(running=False))
    assert s.as_of == dt.date(2023, 9, 12)
    assert view.summary_stage(s.stage, s.as_of, "id") == "evaluasi · 12 September 2023"

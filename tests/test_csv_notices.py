"""The CSV checklist carries the assessment's notices, as the other reports do.

A spreadsheet user lost "signed under the earlier regulation" or "the proposal's date is in
the future": the text, Markdown and HTML reports say them above the checklist, the CSV had no
place for them. They are two columns at the end, repeated on every row of the proposal as the
other columns that describe the assessment are (``proposal``, ``as_of``, ``verdict``), so the
CSV stays one row per check and a filter on ``notice_codes`` finds the proposals concerned.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import paracheck
from paracheck.report import view

ROOT = Path(__file__).resolve().parent.parent
JAKARTA = ROOT / "tests" / "calibration" / "jakarta-beijing-2022.yaml"  # signed under 3/2008
NTB = ROOT / "examples" / "ntb-zhejiang-2015.yaml"  # no notice


def _rows(path: Path, lang: str, **kw) -> tuple[list[str], list[dict[str, str]]]:
    a = paracheck.assess(paracheck.load_proposal(str(path)), **kw)
    reader = csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang)))
    return list(reader.fieldnames or []), list(reader)


def test_the_csv_ends_with_the_notice_columns_after_the_columns_it_had():
    columns, _ = _rows(NTB, "id")
    assert columns[-3:] == ["due", "notice_codes", "notices"]
    assert columns[:5] == ["proposal", "source", "as_of", "pack", "verdict"]


def test_a_proposal_signed_under_the_earlier_regime_says_so_on_every_row_in_both_languages():
    a = paracheck.assess(paracheck.load_proposal(str(JAKARTA)))
    notice = next(n for n in a.notices if n.code == "signed_under_earlier_regime")
    for lang in ("id", "en"):
        _, rows = _rows(JAKARTA, lang)
        assert len(rows) == len(a.checks)  # still one row per check
        assert {row["notice_codes"] for row in rows} == {"signed_under_earlier_regime"}
        assert {row["notices"] for row in rows} == {notice.text.get(lang)}
    assert notice.text.id != notice.text.en


def test_a_proposal_without_notices_has_empty_notice_cells():
    _, rows = _rows(NTB, "en")
    assert rows and all(row["notice_codes"] == "" and row["notices"] == "" for row in rows)


def test_several_notices_are_listed_in_the_order_the_reports_show_them():
    """Judged before its last recorded steps, the Jakarta proposal gets two notices; the cells
    list both, codes and texts in the same order, as the text report lists them."""
    import datetime as dt

    proposal = paracheck.load_proposal(str(JAKARTA))
    a = paracheck.assess(proposal, as_of=dt.date(2021, 1, 1))
    codes = [n.code for n in a.notices]
    assert codes == ["dated_after_assessment", "signed_under_earlier_regime"]
    for lang in ("id", "en"):
        row = next(csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang))))
        assert row["notice_codes"] == "dated_after_assessment; signed_under_earlier_regime"
        # whole sentences one after the other, never "….; " (newcomer trial 16)
        assert row["notices"] == " ".join(n.text.get(lang) for n in a.notices)
        assert row["notices"] == " ".join(view.notices(a, lang))
        assert ".;" not in row["notices"]

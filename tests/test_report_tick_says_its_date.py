"""REG-026's tick says the date of the report it rests on (pack field ``tick_dated``).

Newcomer trial 24 (P3, Sangihe–Glan, evaluated on 1 December 2026): "☑ REG-026 Laporan tahap
pelaporan dan evaluasi telah disampaikan" rested on a report dated 20 December 2025, a year
before the evaluation. REGULATION.md gives no rule on how recent the evaluation's report must
be, so the tick says the date ("laporan terakhir tertanggal …") and the reader judges, in every
format and both languages. Only a report that cannot be the evaluation's (more than a year before
the MoU's end and before the date judged: paracheck's yardstick, practitioner trial 31 W2) is a
finding.
"""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.report import view
from paracheck.rules.loader import load_pack

DATA = Path(__file__).parent / "data" / "trial24-sangihe-glan-evaluation.yaml"
SAID = {
    "id": "laporan terakhir tertanggal 20 Desember 2025",
    "en": "last report dated December 20, 2025",
}


def _data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _assess(data: dict[str, Any], pack: str = "pp28-2018") -> paracheck.Assessment:
    a = paracheck.assess(data, pack=pack, as_of=data["date"])
    assert a.pack.name == pack
    return a


def _reg026_line(text: str) -> str:
    """The checklist line of REG-026 (its row, joined where the text report wraps it)."""
    lines = text.splitlines()
    at = next(
        i
        for i, line in enumerate(lines)
        if ("REG-026" in line and "☑" in line)
        or ("| REG-026 |" in line)
        or (">REG-026<" in line)
        or (",REG-026," in line)
    )
    return " ".join(line.strip() for line in lines[at : at + 6])


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_report_tick_says_the_reports_date(pack: str, fmt: str, lang: str) -> None:
    a = _assess(_data(), pack)
    check = next(c for c in a.checks if c.rule_id == "REG-026")
    assert view.shown(check) == "clear"
    assert SAID[lang] in _reg026_line(paracheck.render(a, fmt, lang))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_undated_report_says_its_date_is_not_given(lang: str) -> None:
    data = _data()
    for step in data["procedure"]:
        if step["step"] == "reporting":
            step.pop("date")
    line = _reg026_line(paracheck.render(_assess(data), "text", lang))
    said = {
        "id": "tanggal laporan terakhir tidak dicantumkan",
        "en": "the last report's date is not given",
    }
    assert said[lang] in line


def test_an_age_limit_is_judged_only_by_paracheck_s_stated_yardstick() -> None:
    # no instrument says how recent the report must be: a report within the year before
    # the evaluation is still a tick, with its date (above); one of eleven years before it,
    # and more than a year before the MoU's end, cannot be the evaluation's and is REG-026's
    # finding, by a yardstick the statement says is paracheck's (practitioner trial 31 W2)
    data = _data()
    for step in data["procedure"]:
        if step["step"] == "reporting":
            step["date"] = "2015-12-20"
    a = _assess(data)
    check = next(c for c in a.checks if c.rule_id == "REG-026")
    assert check.status == "risk"
    assert "setahun adalah patokan paracheck" in check.statement.id


def test_a_check_not_due_says_no_date() -> None:
    # a running partnership whose report is still to come: REG-026 is not due ("Belum
    # waktunya"), and no date stands beside it
    data = _data()
    data["stage"] = "active"
    data["agreement"]["expires"] = dt.date(2030, 1, 1)
    for step in data["procedure"]:
        if step["step"] == "reporting":
            step["status"] = "pending"
            step.pop("date")
    a = _assess(data)
    check = next(c for c in a.checks if c.rule_id == "REG-026")
    assert view.shown(check) == "not_due"
    assert view.status_words(check, "id", a) == "Belum waktunya"


def test_tick_dated_without_its_date_placeholder_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["tick_dated"] = {
        "step": "reporting",
        "dated": {"id": "laporan terakhir", "en": "last report dated {date}"},
        "undated": {"id": "tanpa tanggal", "en": "undated"},
    }
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(copy.deepcopy(data), allow_unicode=True))
    with pytest.raises(PackError) as raised:
        load_pack(str(path))
    assert "BUD-001.tick_dated.dated.id" in str(raised.value)

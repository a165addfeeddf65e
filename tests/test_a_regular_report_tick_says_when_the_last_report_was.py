"""The tick of GOV-003 ("dilaporkan secara berkala kepada Menteri Dalam Negeri") says the last
report's date, as REG-026's does: the sources give no interval, so the reader judges how
regular the reports are; a report three years old was ticked with no word of its date
(province trial 480 M-6: Sumatera Selatan – Kunming judged on 1 March 2025, last report
15 February 2022)."""

from __future__ import annotations

from pathlib import Path

import yaml

import paracheck

KUNMING = Path(__file__).parent / "data" / "prov480-06-sumsel-kunming-mei2020.yaml"


def test_the_tick_of_regular_reporting_gives_the_last_report_s_date():
    data = yaml.safe_load(KUNMING.read_text(encoding="utf-8"))
    result = paracheck.assess(data)
    check = next(c for c in result.checks if c.rule_id == "GOV-003")
    assert check.status == "clear"
    memo = " ".join(paracheck.render(result, "text", "id").split())
    assert "GOV-003 Pelaksanaan kerja sama dilaporkan secara berkala" in memo
    assert "(laporan terakhir tertanggal 15 Februari 2022)" in memo
    english = " ".join(paracheck.render(result, "text", "en").split())
    assert "(last report dated February 15, 2022)" in english

"""The comparison's changed entries ("Isian yang berubah") speak in the terms of the new
version's date, as the new version's memo and the changed checks' titles beside them do: a
2012 comparison said "Perangkat Daerah pengampu sektor" where the memo of the same file and
IMP-001's title said "SKPD" (fix31e's section, fix31b's era terms). The officer's own texts (an
agency's name as written) are never rewritten; the old version's date does not decide: a
comparison of a 2012 file with its 2015 update is read in 2015's terms."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report.view import diff_view
from tests.madiun_omuta import madiun_omuta

#: an education sector whose lead agency is appointed in the new version; the officer's own
#: name for it holds today's term, which must stay as written
BEFORE = "  - {name: education, lead_agency: null, programs: []}\n"
AFTER = "  - {name: education, lead_agency: Perangkat Daerah Pendidikan, programs: []}\n"


def _entries(old_day: str, new_day: str, lang: str) -> tuple[str, ...]:
    old = madiun_omuta("2007-10-05", old_day, sectors=BEFORE)
    new = madiun_omuta("2007-10-05", new_day, sectors=AFTER)
    compared = paracheck.diff(paracheck.assess(old), paracheck.assess(new), (old, new))
    return diff_view(compared, lang).inputs


def _agency_entry(entries: tuple[str, ...]) -> str:
    [entry] = [e for e in entries if "Perangkat Daerah Pendidikan" in e]
    return entry


def test_a_comparison_judged_before_uu_23_2014_labels_the_sector_agency_skpd():
    entry = _agency_entry(_entries("2012-03-01", "2012-09-01", "id"))
    assert entry.startswith("SKPD pengampu sektor — ")
    assert entry.count("Perangkat Daerah") == 1  # the officer's own name only
    assert "“Perangkat Daerah Pendidikan”" in entry


def test_an_english_comparison_judged_before_uu_23_2014_says_work_unit_skpd():
    entry = _agency_entry(_entries("2012-03-01", "2012-09-01", "en"))
    assert entry.startswith("Regional work unit (SKPD) responsible for the sector — ")
    assert "none appointed" in entry


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_new_versions_date_decides_the_terms_not_the_old_ones(lang):
    later = _agency_entry(_entries("2012-03-01", "2015-03-01", lang))
    assert "SKPD" not in later
    earlier = _agency_entry(_entries("2015-03-01", "2012-03-01", lang))
    assert "SKPD" in earlier.split(" — ", 1)[0]


def test_the_new_versions_memo_and_its_changed_entries_use_one_term():
    old = madiun_omuta("2007-10-05", "2012-03-01", sectors=BEFORE)
    new = madiun_omuta("2007-10-05", "2012-09-01", sectors=AFTER)
    compared = paracheck.diff(paracheck.assess(old), paracheck.assess(new), (old, new))
    text = paracheck.render_diff(compared, "text", lang="id")
    flat = " ".join(text.split())
    assert "SKPD pengampu sektor" in flat
    assert "Perangkat Daerah pengampu" not in flat

"""Words for "there is none yet" are refused in any spelling where null or [] belongs, and a
text with no letter or digit is refused everywhere (attack 480 H1, H3, M1).

"(belum ditentukan)" as a sector's lead agency and "belum ada," as a target passed the exact
match of attack 470's fix: IMP-001 and IMP-003 ticked and a high-risk proposal read low. A
risk accepted "by" U+2060 "because" U+200B turned a high verdict low; "tidak ada" as an area
hit by outages made a false NRG-005. The words are compared as a reader reads them (marks,
dashes, brackets, invisible characters, fullwidth and look-alike letters aside); a name is
also refused by how it begins ("Belum ada Dinas yang ditunjuk"), while a list's item or a
free text is matched whole, as "Tidak ada kecelakaan kerja" is a target and "Belum ada sistem
pengelolaan sampah" a shared problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import paracheck

WELL = Path(__file__).resolve().parent.parent / "examples" / "well-prepared-2023.yaml"


def _data() -> dict:
    return yaml.safe_load(WELL.read_text(encoding="utf-8"))


def _refused(data: dict) -> list[str]:
    try:
        paracheck.assess(data)
    except paracheck.InputError as error:
        return [p.sentence("id") for p in error.problems]
    return []


@pytest.mark.parametrize(
    "written",
    [
        "(belum ditentukan)",
        "BELUM ADA!",
        "belum-ada",
        "belum\u200bada",
        "b\u0435lum ada",  # a Cyrillic е
        "\ufeffbelum ada",
        "N.A.",
        "\uff4e\uff0f\uff41",  # fullwidth n/a
        "T.B.D.",
        "tdk ada",
        "Belum ada Dinas yang ditunjuk",
        "\u2212",  # a minus sign
        "\u200b",
        "…",
    ],
)
def test_a_lead_agency_written_as_none_in_any_spelling_is_refused(written):
    data = _data()
    data["sectors"][0]["lead_agency"] = written
    said = _refused(data)
    assert said and "Perangkat Daerah pengampu sektor" in said[0], said


@pytest.mark.parametrize("written", ["belum ada,", "(belum ada)", "TBA", "\u2060-"])
def test_a_target_written_as_none_is_refused(written):
    data = _data()
    data["sectors"][0]["programs"][0]["kpis"] = [written]
    assert _refused(data)


def test_targets_and_problems_that_begin_with_the_words_are_answers():
    data = _data()
    data["sectors"][0]["programs"][0]["kpis"] = ["Tidak ada kecelakaan kerja peserta magang"]
    data["basis"]["similar_problems"] = ["Belum ada sistem pengelolaan sampah terpadu"]
    data["partner"]["name"] = "浙江省"
    assert not _refused(data)


def test_an_area_hit_by_outages_written_as_none_is_refused():
    data = _data()
    data.setdefault("energy", {})["affected_areas"] = ["tidak ada"]
    said = _refused(data)
    assert said and "tulis daftar kosong []" in said[0], said


@pytest.mark.parametrize(
    ("field", "written", "said"),
    [
        ("reason", "\u200b", "tidak memuat huruf atau angka (tertulis: U+200B)"),
        ("accepted_by", "\u2060", "tidak memuat huruf atau angka (tertulis: U+2060)"),
        ("accepted_by", "belum ada", "risiko itu belum diterima: hapus butir risiko diterima ini"),
        ("reason", "-", "isian ini wajib diisi dengan teks yang sebenarnya"),
        ("reason", "  ", "wajib diisi"),
    ],
)
def test_a_risk_accepted_by_nobody_or_for_no_reason_is_refused(field, written, said):
    data = _data()
    waiver = {"rule": "HR-001", "reason": "staf sedang direkrut", "accepted_by": "Sekda"}
    waiver.update({"until": "2030-01-01", field: written})
    data["accepted_risks"] = [waiver]
    refused = _refused(data)
    assert refused and said in refused[0], refused


def test_none_written_in_a_list_of_codes_asks_for_the_empty_list_not_other():
    # wording review 481 M8: the hint to write 'other' put a false "instansi lain" in the memo
    data = _data()
    data["security"] = {"coordinating_agencies": ["tidak ada"]}
    said = _refused(data)
    assert said and "tulis daftar kosong []" in said[0], said
    assert "other" not in said[0] and "lainnya" not in said[0]

"""The memo's brief says how much of the programmes' money is the APBD's (trial 230, 2).

A regency's sister city carried a private investor's fish-processing plant as a programme with
its Rp150 miliar, since a programme's budget counts every source. The brief summed
"Rp150.950.000.000 untuk tiga program yang belum selesai" and went on "Akan diajukan untuk
persetujuan DPRD: rencana kerja sama dengan bidang, program dan pembiayaan di atas": a DPRD
member read a Rp151 miliar plan, while the regency paid under Rp1 miliar. A programme may now
give the APBD's part of its budget (``apbd_idr``, additive), and the brief says it beside the
whole.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

import paracheck
from paracheck.report.view import brief

BASE = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister City Kabupaten Banyuwangi – Rui'an",
    "date": "2026-11-20",
    "stage": "proposal",
    "form": "sister_city",
    "local": {"name": "Kabupaten Banyuwangi", "level": "regency"},
    "partner": {"name": "Rui'an", "country": "CN", "level": "city"},
    "sectors": [
        {
            "name": "fisheries",
            "lead_agency": "Dinas Perikanan Kabupaten Banyuwangi",
            "programs": [
                {
                    "name": "Pelatihan rantai dingin bagi pengolah ikan",
                    "status": "planned",
                    "budget_idr": 350_000_000,
                    "apbd_idr": 350_000_000,
                }
            ],
        },
        {
            "name": "investment",
            "lead_agency": "DPMPTSP Kabupaten Banyuwangi",
            "programs": [
                {
                    "name": "Fasilitasi pembangunan pabrik pengolahan ikan oleh investor",
                    "status": "planned",
                    "budget_idr": 150_000_000_000,
                    "apbd_idr": 0,
                },
                {
                    "name": "Promosi investasi 2024",
                    "status": "done",
                    "budget_idr": 900_000_000,
                    "apbd_idr": 900_000_000,
                },
            ],
        },
    ],
    "budget": {"apbd_allocation_idr": 1_500_000_000, "other_sources": ["private"]},
}


def _funding(proposal: dict, lang: str = "id") -> str:
    rows = dict(brief(paracheck.assess(proposal), lang))
    return rows["Anggaran" if lang == "id" else "Funding"]


def test_the_apbd_part_is_said_beside_the_whole_sum():
    said = _funding(BASE)
    assert said.startswith(
        "Rp150.350.000.000 untuk dua program yang belum selesai (semua sumber dana, seluruh "
        "masa program), Rp350.000.000 di antaranya dari APBD;"
    ), said
    english = _funding(BASE, "en")
    assert "IDR 350,000,000 of it from the APBD;" in english, english


def test_a_finished_programmes_apbd_part_is_not_counted():
    # the promotion of 2024 is done: neither its budget nor its APBD part is in the sums
    said = _funding(BASE)
    assert "900.000.000" not in said and "Rp1.250.000.000" not in said, said


def test_where_some_programmes_give_it_the_brief_says_how_many_do():
    proposal = copy.deepcopy(BASE)
    del proposal["sectors"][0]["programs"][0]["apbd_idr"]
    said = _funding(proposal)
    # the programme whose part is not given is said so (review 260 H3)
    assert (
        "Rp0 di antaranya dari APBD untuk satu program (bagian APBD satu program "
        "lainnya belum dicantumkan)" in said
    ), said
    english = _funding(proposal, "en")
    said_en = "IDR 0 of it from the APBD for 1 programme (the APBD share of the other 1"
    assert said_en in english


def test_without_it_the_brief_is_as_before():
    proposal = copy.deepcopy(BASE)
    for sector in proposal["sectors"]:
        for program in sector["programs"]:
            del program["apbd_idr"]
    said = _funding(proposal)
    assert "di antaranya dari APBD" not in said, said


def test_the_assessment_carries_each_programmes_apbd_part():
    a = paracheck.assess(BASE)
    assert a.proposal.program_apbd == [[350_000_000], [0, 900_000_000]]
    assert json.loads(a.to_json_bytes())["proposal"]["program_apbd"] == a.proposal.program_apbd


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_apbd_part_above_the_budget_is_a_clear_error_at_its_line(tmp_path, lang):
    proposal = copy.deepcopy(BASE)
    proposal["sectors"][1]["programs"][0]["apbd_idr"] = 160_000_000_000
    import yaml

    path = tmp_path / "usulan.yaml"
    path.write_text(yaml.safe_dump(proposal, allow_unicode=True, sort_keys=False))
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(path), "--lang", lang],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    line = next(
        i + 1 for i, text in enumerate(path.read_text().splitlines()) if "160000000000" in text
    )
    assert f"usulan.yaml:{line}:" in done.stderr, done.stderr
    expected = {
        # the budget by its label, its key after it (trial 270), each with its amount (review
        # 280, 10)
        "id": "bagian APBD dari anggaran program, Rp160.000.000.000, lebih besar daripada "
        "anggaran program ('budget_idr'), Rp150.000.000.000:",
        "en": "the APBD's part of the programme budget, IDR 160,000,000,000, is more than the "
        "programme budget ('budget_idr'), IDR 150,000,000,000:",
    }[lang]
    assert expected in done.stderr, done.stderr


def test_the_form_names_the_budget_by_its_label_alone() -> None:
    # the form shows no keys (errors.KeyName): the budget is said by its label there
    from paracheck.errors import LabelledKey, Rupiah, Words

    words = Words.of(
        "program.apbd_above_budget",
        budget=LabelledKey("program.budget_idr"),
        apbd=Rupiah(2_000_000),
        amount=Rupiah(1_000_000),
    )
    on_form = words.render("id", form=True)
    assert "budget_idr" not in on_form
    assert "lebih besar daripada anggaran program, Rp1.000.000:" in on_form
    assert "('budget_idr')" in words.render("id")

"""A per-item finding names its sectors and programmes as the proposal does: "sektor
pariwisata", "program “Misi dagang UMKM”", not a bare "sektor ke-4" that sends the officer
counting down the YAML (newcomer trial, 2026-11-30), nor "sektor ke-2, program ke-1
(“Paket wisata …”)", the order of entries in a data file (words30 #6). Where two sectors share
a field, or a name is not known, the place's number says which."""

from __future__ import annotations

import paracheck
from paracheck.report import view


def _proposal() -> dict:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kota kembar",
        "date": "2024-06-01",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Contoh", "level": "city"},
        "partner": {"name": "Partner City", "country": "JP", "level": "city"},
        "sectors": [
            {"name": "education", "lead_agency": "Dinas Pendidikan", "programs": []},
            {"name": "tourism", "lead_agency": None, "programs": []},
            {
                "name": "trade",
                "lead_agency": "Dinas Perdagangan",
                "programs": [
                    {"name": "Misi dagang UMKM", "status": "stalled"},
                    {"name": "Pameran produk", "status": "ongoing", "budget_idr": 0},
                    {"name": "Temu bisnis", "status": "planned"},
                ],
            },
        ],
        "budget": {"multi_year": False},  # BUD-005 reads the programmes' names
    }


def test_a_sector_finding_names_the_sector_by_its_field_not_its_number():
    a = paracheck.assess(_proposal())
    imp001 = next(c for c in a.checks if c.rule_id == "IMP-001")
    assert imp001.items == ["sectors[1]"]
    assert view.items(imp001, "id", a) == "sektor pariwisata"
    assert view.items(imp001, "en", a) == "tourism sector"


def test_a_programme_finding_names_the_programme_where_the_assessment_read_its_name():
    a = paracheck.assess(_proposal())
    bud006 = next(c for c in a.checks if c.rule_id == "BUD-006")  # no money for a programme
    assert bud006.status == "risk" and bud006.items == ["sectors[2].programs[1]"]
    assert view.items(bud006, "id", a) == "program “Pameran produk”"
    # the stalled programme: BUD-005 now counts it as still needing money (trial 18) and reads
    # its name, so the finding names it too (a name no check reads keeps its number)
    imp004 = next(c for c in a.checks if c.rule_id == "IMP-004")
    assert view.items(imp004, "id", a) == "program “Misi dagang UMKM”"


def test_every_human_report_shows_the_named_items():
    a = paracheck.assess(_proposal())
    for fmt, lang, said in [
        ("markdown", "id", "sektor pariwisata"),
        ("text", "en", "tourism sector"),
        ("html", "id", "sektor pariwisata"),
    ]:
        assert said in paracheck.render(a, fmt, lang), (fmt, lang)


_PLAN_HEADING = {
    ("text", "id"): "RENCANA TINDAK",
    ("text", "en"): "ACTION PLAN",
    ("markdown", "id"): "Rencana tindak",
    ("html", "id"): "Rencana tindak",
}


def _plan_part(report: str, fmt: str, lang: str) -> str:
    """The memo's action plan, from its heading on (the plan comes before the annex)."""
    start = report.index(_PLAN_HEADING[fmt, lang])
    return report[start : start + 6000]


def test_the_action_plan_names_the_items_an_action_is_about():
    """An action such as "Siapkan keputusan … pengampu sektor ini" stands in the plan away
    from its finding: its rule reference names the sector (held-out proposal 9)."""
    a = paracheck.assess(_proposal())
    for fmt, lang, said in [
        ("markdown", "id", "IMP-001: sektor pariwisata"),
        ("text", "id", "IMP-001: sektor pariwisata"),
        ("text", "en", "IMP-001: tourism sector"),
        ("html", "id", ">IMP-001</a>: sektor pariwisata"),
    ]:
        plan = _plan_part(paracheck.render(a, fmt, lang), fmt, lang)
        assert said in plan, (fmt, lang)


def test_the_action_plan_names_at_most_three_items_and_counts_the_rest():
    sectors = [{"name": "tourism", "lead_agency": None} for _ in range(6)]
    a = paracheck.assess({**_proposal(), "sectors": sectors})
    plan = _plan_part(paracheck.render(a, "markdown", "id"), "markdown", "id")
    assert (
        "IMP-001: sektor ke-1 (pariwisata); sektor ke-2 (pariwisata); sektor ke-3 (pariwisata)"
        " dan tiga lainnya" in plan
    )


def test_items_are_parted_by_semicolons_since_a_programmes_place_has_a_comma():
    proposal = _proposal()
    for program in proposal["sectors"][2]["programs"]:
        program["budget_idr"] = 0
    a = paracheck.assess(proposal)
    bud006 = next(c for c in a.checks if c.rule_id == "BUD-006")
    assert len(bud006.items) >= 2
    named = view.items(bud006, "id", a)
    assert named.count("; ") == len(bud006.items) - 1
    assert "program “Pameran produk”" in named

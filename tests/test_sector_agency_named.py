"""The memo names the agency that acts on a sector's finding, as the proposal names it, where
the recommendation says "Perangkat Daerah pengampu sektor" (held-out proposal 16: the plan
told "the sector's lead agency" to consult KKP while the proposal named Dinas Kelautan dan
Perikanan Provinsi NTT)."""

from __future__ import annotations

import json

import paracheck
from paracheck.report import view

DKP = "Dinas Kelautan dan Perikanan Provinsi NTT"


def _fisheries(*extra_sectors: dict, agency: str | None = DKP) -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama perikanan",
        "date": "2026-06-01",
        "stage": "proposal",
        "form": "sister_province",
        "local": {"name": "Provinsi Nusa Tenggara Timur", "level": "province"},
        "sectors": [
            {"name": "fisheries", "lead_agency": agency, "programs": []},
            *extra_sectors,
        ],
        "security": {"iuu_fishing": "high", "coordinating_agencies": ["Polri"]},
    }
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def _plan_lines(result: paracheck.Assessment, rule: str) -> list[str]:
    return [
        act["who"]
        for _, acts in view.action_plan(result, "id")
        for act in acts
        if rule in act["rules"]
    ]


def test_a_sector_finding_names_the_agency_the_proposal_gives():
    result = _fisheries()
    assert {c.rule_id for c in result.checks if c.status == "risk"} >= {"TOC-001"}
    assert _plan_lines(result, "TOC-001") == [f"{DKP} (bersama KKP)", f"{DKP} (bersama Bakamla)"]
    memo = paracheck.render(result, "text", "id", width=10_000)
    assert f"→ [Perencanaan] {DKP} (bersama KKP): Konsultasikan cakupan" in memo
    for fmt in ("markdown", "html"):
        assert DKP in paracheck.render(result, fmt, "en")
    data = json.loads(paracheck.render(result, "json", "id"))
    assert data["proposal"]["sector_agencies"] == [DKP]
    # the contract keeps the glossary's actor: the name is the reports' reading of it
    (toc,) = [c for c in data["checks"] if c["rule_id"] == "TOC-001"]
    assert {r["owner"] for r in toc["recommendations"]} == {"Perangkat Daerah pengampu sektor"}


def test_a_sector_with_no_agency_named_goes_to_the_agency_to_be_appointed():
    """Held-out 21 (closing note 13): TOC-008's monitoring went to "Perangkat Daerah pengampu
    sektor" for the sector whose agency IMP-001 asks the head of region to appoint first; the
    plan now names the agency to be appointed for that sector (advice19)."""
    result = _fisheries(agency=None)
    assert {c.rule_id for c in result.checks if c.status == "risk"} >= {"IMP-001", "TOC-001"}
    appointed = "Perangkat Daerah yang akan ditetapkan mengampu sektor perikanan"
    assert _plan_lines(result, "TOC-001")[0] == f"{appointed} (bersama KKP)"
    english = paracheck.render(result, "markdown", "en")
    assert (
        "**Agency to be appointed to lead the fisheries sector, with the Ministry of Marine"
        in english
    )
    # the contract keeps the glossary's actor
    data = json.loads(paracheck.render(result, "json", "id"))
    (toc,) = [c for c in data["checks"] if c["rule_id"] == "TOC-001"]
    assert {r["owner"] for r in toc["recommendations"]} == {"Perangkat Daerah pengampu sektor"}


def test_a_finding_on_the_whole_proposal_names_the_agency_to_be_appointed_beside_named_ones():
    """A check on the whole proposal whose evidence names the sectors (TOC-008 over a
    scholarship, held-out 21): one sector without an agency no longer turns every named
    Dinas back into "Perangkat Daerah pengampu sektor"."""
    other = {"name": "tourism", "lead_agency": "Dinas Pariwisata NTT", "programs": []}
    result = _fisheries(other, agency=None)
    lines = _plan_lines(result, "TOC-001")
    assert "Perangkat Daerah yang akan ditetapkan mengampu sektor perikanan (bersama KKP)" in lines
    assert not [line for line in lines if line.startswith("Perangkat Daerah pengampu sektor")]


def test_sectors_of_different_agencies_get_a_line_each_in_the_plan():
    """Newcomer trial 18 #11: "Perangkat Daerah pengampu sektor: Jadwalkan ulang program ini"
    over three programmes of three Dinas the file names gave the disposisi no one to go to;
    with one sector the real name was used. Now each Dinas is named; where they take the same
    part (no programmes of their own), in one line, the counterpart said once (trial 250 L4)."""
    other = {"name": "fisheries", "lead_agency": "Dinas Pariwisata", "programs": []}
    result = _fisheries(other)
    assert _plan_lines(result, "TOC-001")[0] == f"{DKP} dan Dinas Pariwisata (bersama KKP)"
    same = {"name": "fisheries", "lead_agency": f" {DKP} ", "programs": []}
    assert _plan_lines(_fisheries(same), "TOC-001")[0] == f"{DKP} (bersama KKP)"


STALLED = [
    ("trade", "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan", "Temu bisnis UMKM batik"),
    ("education", "Dinas Pendidikan Kota Pekalongan", "Magang siswa SMK tekstil"),
    ("environment", "Dinas Lingkungan Hidup Kota Pekalongan", "Percontohan IPAL komunal"),
]


def _stalled_city() -> paracheck.Assessment:
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Pekalongan – Kurume",
        "date": "2025-10-20",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Pekalongan", "level": "city"},
        "sectors": [
            {
                "name": name,
                "lead_agency": agency,
                "programs": [{"name": program, "status": "stalled", "last_activity": "2024-01-10"}],
            }
            for name, agency, program in STALLED
        ],
    }
    return paracheck.assess(paracheck.Proposal.model_validate(data))


def test_each_dinas_is_told_of_its_own_stalled_programme_and_assigned_in_the_saran():
    result = _stalled_city()
    lines = [
        (act["who"], view.plan_refs(act))
        for _, acts in view.action_plan(result, "id")
        for act in acts
        if "IMP-004" in act["rules"]
    ]
    assert [who for who, _ in lines] == [f"{agency} (bersama mitra)" for _, agency, _ in STALLED]
    for (_, refs), (_, _, program) in zip(lines, STALLED, strict=True):
        assert program in refs and refs.count("program “") == 1
    memo = " ".join(paracheck.render(result, "markdown", "id").split())
    assert "**Perangkat Daerah pengampu sektor (bersama mitra)**" not in memo
    # a line the cooperation unit takes with the sectors' agencies names them all
    monitored = [
        act["who"]
        for _, acts in view.action_plan(result, "id")
        for act in acts
        if "IMP-005" in act["rules"]
    ]
    assert monitored == ["Bagian Kerja Sama (bersama " + "; ".join(a for _, a, _ in STALLED) + ")"]
    # the Saran assigns each Dinas by name; names holding commas are parted by semicolons,
    # the last joined by "serta", which no name holds (held-out 32: "…; dan Bagian …")
    saran = " ".join(paracheck.render(result, "text", "id", width=10_000).split())
    names = "; ".join(agency for _, agency, _ in STALLED)
    # in the decision itself (review 310, 13)
    assert f"ditindaklanjuti oleh {names}; serta Bagian Kerja Sama sesuai" in saran


def test_a_body_described_by_its_field_is_called_by_the_name_the_file_gives_it():
    """Newcomer trial 18 #13: one plan named "Dinas Penanaman Modal dan PTSP Provinsi Sulawesi
    Tenggara" (a sector's lead agency) and "Perangkat Daerah pengampu urusan penanaman modal"
    (NRG-004's owner; "… bidang penanaman modal" until words25), one office under two names."""
    dpmptsp = "Dinas Penanaman Modal dan PTSP Provinsi Sulawesi Tenggara"
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama investasi Sulawesi Tenggara",
        "date": "2025-03-17",
        "stage": "proposal",
        "form": "investment",
        "local": {"name": "Provinsi Sulawesi Tenggara", "level": "province"},
        "sectors": [{"name": "industry", "lead_agency": dpmptsp, "programs": []}],
        "energy": {"reserve_margin_pct": -4},
    }
    result = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "NRG-004" in {c.rule_id for c in result.checks if c.status == "risk"}
    # its sentence names PLN ("… pasokan listrik dari PLN …"): the line does not again
    # (wording review 26 C5)
    assert _plan_lines(result, "NRG-004") == [dpmptsp]
    memo = paracheck.render(result, "markdown", "id")
    assert "Perangkat Daerah pengampu urusan penanaman modal" not in memo
    # the contract keeps the glossary's actor; the checklist, with no proposal, its name
    (nrg,) = [c for c in result.checks if c.rule_id == "NRG-004"]
    assert nrg.recommendations[0].owner == "Perangkat Daerah pengampu urusan penanaman modal"
    checklist = paracheck.render_checklist(paracheck.load_pack("pp28-2018"), "id", "markdown")
    assert "Perangkat Daerah pengampu urusan penanaman modal" in checklist


def test_the_planning_office_named_as_a_lead_agency_is_one_body_in_the_plan_and_saran():
    """Held-out 68 (Semarang – Beihai): the file named "Bappeda Kota Semarang" as the urban
    planning sector's lead agency, and the Saran assigned "Bagian Kerja Sama, Bappeda, dan
    Bappeda Kota Semarang", the plan both names line after line. The planning office is known
    by its name's words (Bappeda, Bapperida, Perencanaan Pembangunan), as the investment
    office is; so are the finance office and Kesbangpol."""
    bappeda = "Bappeda Kota Semarang"
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Sister City Kota Semarang – Beihai",
        "date": "2010-06-30",
        "stage": "active",
        "form": "sister_city",
        "local": {"name": "Kota Semarang", "level": "city"},
        "sectors": [{"name": "urban_planning", "lead_agency": bappeda, "programs": []}],
        "budget": {"apbd_allocation_idr": 0, "other_sources": []},
        "governance": {"monitoring_plan": False},
        "procedure": [{"step": "signing", "status": "done", "date": "2008-06-15"}],
    }
    result = paracheck.assess(paracheck.Proposal.model_validate(data))
    owners = {r.owner for c in result.checks if c.status == "risk" for r in c.recommendations}
    assert "Bappeda" in owners  # BUD-001's and GOV-002's planning office, by the glossary
    for fmt in ("text", "markdown", "html"):
        memo = paracheck.render(result, fmt, "id")
        assert bappeda in memo
        assert "Bappeda:" not in memo and "Bappeda</" not in memo and "Bappeda)" not in memo
        assert "Bappeda, dan" not in " ".join(memo.split())
    # the contract keeps the glossary's actor
    assert any(r.owner == "Bappeda" for c in result.checks for r in c.recommendations)


def test_other_offices_are_known_by_the_words_of_their_names():
    named = [
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Sleman",
        "Badan Keuangan dan Aset Daerah Kabupaten Sleman",
        "Badan Kesatuan Bangsa dan Politik Kabupaten Sleman",
        "Dinas Pariwisata Kabupaten Sleman",
    ]
    roles = view._role_names("pp28-2018", named)
    assert roles["Bappeda"] == named[0]
    assert roles["BPKAD"] == named[1]
    assert roles["Badan Kesbangpol"] == named[2]
    assert named[3] not in roles.values()

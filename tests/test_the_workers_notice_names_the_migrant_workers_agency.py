"""The notice on a programme placing workers abroad names, beside the regional labour office,
the national agency for the protection of Indonesian migrant workers (trial 430 M3: Tarakan's
"Pelatihan dan penempatan tenaga kerja terampil di Tawau", led by the Dinas Tenaga Kerja,
was told to consult "Dinas yang membidangi ketenagakerjaan", its own office). The agency is
named by its task, not by the abbreviation of one era: "BP2MI/KP2MI" was said in memos of
2017 and 2019, before either name was the agency's (Kabag trial 470 H1); the sources paracheck
uses give no instrument dating the names, so no name is given for any date."""

from __future__ import annotations

from pathlib import Path

import paracheck

TARAKAN = Path(__file__).parent / "data" / "trial430-tarakan-tawau-2021.yaml"


def _notice(lang: str) -> str:
    a = paracheck.assess(paracheck.load_proposal(str(TARAKAN)))
    (notice,) = [n for n in a.notices if n.code == "workers_abroad"]
    return " ".join(getattr(notice.text, lang).split())


def test_the_notice_names_the_migrant_workers_agency_beside_the_labour_office() -> None:
    assert _notice("id").endswith(
        "Konsultasikan ketentuan itu dengan Dinas yang membidangi ketenagakerjaan serta, bagi "
        "pekerja yang dikirim ke luar negeri, instansi pelindungan pekerja migran Indonesia."
    )
    assert _notice("en").endswith("the Indonesian migrant workers' protection agency.")
    for lang in ("id", "en"):
        assert "BP2MI" not in _notice(lang) and "KP2MI" not in _notice(lang)

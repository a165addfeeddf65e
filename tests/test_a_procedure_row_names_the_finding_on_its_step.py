"""A procedure row names a finding on its step that its own status would not show
(``noted_by`` on the pack's step).

Held-out 54 (Kabupaten Sleman – Higashihiroshima): the MoU signed by the Sekretaris Daerah
was a high finding (REG-044: neither the Bupati nor named in a Surat Kuasa), while the table's
row read "Surat Kuasa dari Menteri Luar Negeri · wajib: tidak · Tidak diperlukan" — Permendagri
25/2020's order, which has no such step, with nothing about UU 24/2000's Full Powers that
REG-044 rests on. Held-out 52 (Kabupaten Raja Ampat – Vestvågøy): reporting read "ya, berkala
selama kerja sama berjalan … · Belum dilakukan" with its issue empty beside GOV-003's finding,
while the PKS row beside it said "wajib, tetapi belum selesai".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

DATA = Path(__file__).parent / "data"
SLEMAN = DATA / "holdout54-sleman-higashihiroshima-2026.yaml"
RAJA_AMPAT = DATA / "holdout52-rajaampat-vestvagoy-2026.yaml"
JOMBANG = DATA / "holdout251-jombang-kotabharu-2011.yaml"
MINI = Path(__file__).parent / "packs" / "mini.yaml"


def _row(a: Any, step: str) -> Any:
    return next(p for p in a.procedure if p.step == step)


def _data(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_the_full_powers_row_names_the_finding_on_an_mou_signed_outside_them() -> None:
    a = paracheck.assess(_data(SLEMAN))
    # and REG-054 (low): the Kabupaten's "Pertukaran pelajar SMA", a province's school
    assert {c.rule_id for c in a.checks if c.status == "risk"} == {"REG-044", "REG-054"}
    row = _row(a, "full_powers")
    assert row.required is False and row.status == "not_applicable"
    assert row.issue is not None
    assert row.issue.id == (
        "lihat temuan REG-044: MoU yang ditandatangani pejabat di luar Surat Kuasa"
    )
    assert (
        row.issue.en == "see finding REG-044: an MoU signed by an official outside the Full Powers"
    )
    table = paracheck.render(a, "markdown", "id")  # a row per line
    assert "lihat temuan REG-044: MoU yang ditandatangani pejabat di luar Surat Kuasa" in table


def test_the_signing_row_names_the_finding_where_the_signing_itself_is_done() -> None:
    # trial 250 L3 (held-out 251, Jombang 2011): the Full Powers named the Bupati, the Wakil
    # Bupati signed; the signing's row read "Selesai" with no word of REG-044, the remark only
    # on the Full Powers' row, whose step was done
    a = paracheck.assess(_data(JOMBANG))
    assert "REG-044" in {c.rule_id for c in a.checks if c.status == "risk"}
    row = _row(a, "signing")
    assert row.status == "done"
    assert row.issue is not None
    assert row.issue.id == (
        "lihat temuan REG-044: MoU yang ditandatangani pejabat di luar Surat Kuasa"
    )
    assert _row(paracheck.assess(_data(SLEMAN)), "signing").issue is not None


def test_the_row_says_nothing_once_the_head_of_region_signed() -> None:
    data = _data(SLEMAN)
    data["agreement"]["signatory"] = "head_of_region"
    a = paracheck.assess(data)
    assert not any(c.status == "risk" for c in a.checks if c.rule_id == "REG-044")
    assert _row(a, "full_powers").issue is None
    assert _row(a, "signing").issue is None


def test_the_reporting_row_names_the_missing_periodic_reports() -> None:
    a = paracheck.assess(_data(RAJA_AMPAT))
    row = _row(a, "reporting")
    assert row.required is False and row.status == "pending"  # the final report: not yet
    assert row.issue is not None and row.issue.id.startswith("lihat temuan GOV-003: ")
    # and not once the periodic reports are made
    data = _data(RAJA_AMPAT)
    data["governance"]["reports_to_ministry"] = True
    assert _row(paracheck.assess(data), "reporting").issue is None


@pytest.mark.parametrize("name", ["permendagri-3-2008", "pp28-2018"])
def test_the_shipped_packs_note_full_powers_and_reporting(name: str) -> None:
    steps = {s.step: s for s in load_pack(name).procedure}
    assert steps["full_powers"].noted_by == ["REG-044"]
    # the signing also names the signings before the approvals (province trial 480 L-4)
    assert steps["signing"].noted_by[:3] == ["REG-044", "REG-020", "REG-023"]
    assert steps["reporting"].noted_by == ["GOV-003"]


def test_a_pack_naming_no_rule_of_its_own_is_refused(tmp_path: Path) -> None:
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["procedure"][0]["noted_by"] = ["XYZ-999"]
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = str(caught.value)
    assert "noted_by" in said and "XYZ-999" in said


def test_a_pack_built_in_code_without_the_noted_rule_assesses_as_before() -> None:
    # the benchmark keeps subsets of a shipped pack's rules: a noted rule left out is passed
    # over, not an error (the loader refuses one only in a pack file)
    pack = load_pack("pp28-2018")
    part = pack.model_copy(update={"rules": [r for r in pack.rules if r.id != "REG-044"]})
    a = paracheck.assess(_data(SLEMAN), pack=part)
    assert _row(a, "full_powers").issue is None


def test_a_signing_before_the_dprd_approved_says_so_on_its_row() -> None:
    # province trial 480 L-4: "Penandatanganan MoU · Selesai" with nothing beside two high
    # findings on it
    kalbar = Path(__file__).parent / "data" / "prov480-05-kalbar-gangwon-2024.yaml"
    result = paracheck.assess(paracheck.load_proposal(str(kalbar)))
    row = next(e for e in result.procedure if e.step == "signing")
    assert row.issue is not None and row.issue.id.startswith("lihat temuan REG-020: ")

"""Wording review 26's B-items still open on main, each held here: the hazard levels named
as the checks' titles name them (B4: evidence "tinggi" beside titles "sangat rawan"), IMP-005's
title not pointing at a sector it cannot show in the list of top risks (B9: "di sektor ini"),
IMP-006's case label saying what it means (B13: "belum punya program yang berjalan … (…
punya program yang tidak dibatalkan)"), and GOV-002's action filed under the stage at hand
while the cooperation plan is being drawn up (held-out 25: under "Perjanjian")."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import paracheck
from paracheck.facts import labels
from paracheck.rules.loader import load_pack


@pytest.mark.parametrize(
    ("code", "said"), [("high", "tinggi (sangat rawan)"), ("medium", "sedang (cukup rawan)")]
)
@pytest.mark.parametrize("path", ["security.human_trafficking", "security.narcotics_route"])
def test_the_exposure_evidence_says_the_hazard_words_the_titles_use(
    path: str, code: str, said: str
) -> None:
    assert labels.value_label(path, code, "id") == said
    assert labels.value_label(path, code, "en") == code  # English titles say high/medium


def test_imp005_title_does_not_point_at_a_sector_it_cannot_show() -> None:
    rule = load_pack("pp28-2018").rule("IMP-005")
    assert "sektor ini" not in rule.title.id and "this sector" not in rule.title.en
    assert "suatu sektor" in rule.title.id


def test_imp006_case_labels_say_which_sectors_are_left_out() -> None:
    rule = load_pack("pp28-2018").rule("IMP-006")
    said = [rec.case_label for rec in rule.recommend if rec.case_label is not None]
    assert said
    for label in said:
        assert "mempunyai program yang tidak dibatalkan" not in label.id, label.id
        assert "has one that is not cancelled" not in label.en, label.en
    assert any("selain sektor yang seluruh programnya sudah dibatalkan" in x.id for x in said)


DRAFTING: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister Province Provinsi Uji – Sarawak",
    "date": "2026-08-20",
    "stage": "proposal",
    "form": "sister_province",
    "local": {"name": "Provinsi Uji", "level": "province"},
    "partner": {"name": "Sarawak", "country": "MY", "level": "state"},
    "governance": {"monitoring_plan": False},
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2025-06-10"},
        {"step": "exploration", "status": "done", "date": "2025-09-02"},
        {"step": "letter_of_intent", "status": "done", "date": "2025-11-18"},
        {"step": "cooperation_plan", "status": "in_progress"},
    ],
}


@pytest.mark.parametrize(("status", "stage"), [("in_progress", "planning"), ("done", "agreement")])
def test_gov002_is_followed_up_with_the_plan_being_drafted(status: str, stage: str) -> None:
    data = copy.deepcopy(DRAFTING)
    data["procedure"][-1]["status"] = status
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "GOV-002" in {c.rule_id for c in a.checks if c.status == "risk"}
    stages = [act.stage for act in a.actions if "GOV-002" in act.rules]
    assert stages == [stage], stages


#: a province's MoU signed 30 November 2021, lapsed 29 November 2025, judged 5 October 2026;
#: a scholarship started before the signing and still running
LAPSED: dict[str, Any] = {
    "schema": "paracheck/proposal/v1",
    "title": "Sister Province Provinsi Uji – Western Australia",
    "date": "2026-10-05",
    "stage": "active",
    "form": "sister_province",
    "local": {"name": "Provinsi Uji", "level": "province"},
    "partner": {"name": "Western Australia", "country": "AU", "level": "state"},
    "sectors": [
        {
            "name": "education",
            "lead_agency": "Dinas Pendidikan Provinsi Uji",
            "programs": [
                {
                    "name": "Beasiswa",
                    "status": "ongoing",
                    "started": "2021-08-01",
                    "last_activity": "2026-09-01",
                }
            ],
        }
    ],
    "procedure": [{"step": "signing", "status": "done", "date": "2021-11-30"}],
    "agreement": {"expires": "2025-11-29"},
}


@pytest.mark.parametrize(
    ("expires", "stage", "start", "kept"),
    [
        ("2025-11-29", "monitoring", "Catat dalam bahan evaluasi program yang dimulai", True),
        (
            "2029-11-29",
            "monitoring",
            "Catat dalam berkas, apa adanya, program yang dimulai",
            False,
        ),
    ],
)
def test_reg045_advises_the_signed_or_lapsed_case_the_file_shows(
    expires: str, stage: str, start: str, kept: bool
) -> None:
    data = copy.deepcopy(LAPSED)
    data["agreement"]["expires"] = expires
    a = paracheck.assess(paracheck.Proposal.model_validate(data))
    assert "REG-045" in {c.rule_id for c in a.checks if c.status == "risk"}
    acts = [act for act in a.actions if "REG-045" in act.rules]
    (act,) = [act for act in acts if act.stage != "implementation"]
    assert (act.stage, act.after_expiry) == (stage, kept)
    assert act.text.id.startswith(start), act.text.id
    assert "bila MoU belum ditandatangani" not in act.text.id
    # while the MoU is in force, the programme still running goes into the first PKS (no
    # PKS is recorded); once it has lapsed, nothing is carried on under it (held-out 146)
    carried = [act.text.id for act in acts if act.stage == "implementation"]
    assert carried == ([] if kept else [PKS])


PKS = (
    "Cantumkan program ini dalam perjanjian kerja sama (PKS) pertama atau rencana aksi "
    "pertama, agar kelanjutan program berlandaskan MoU."
)

"""The Saran of a freshly signed MoU names the step it goes on to.

Trial 19, finding 8 (Provinsi Kepulauan Riau – Cà Mau, stage ``mou_signed``, implementing
agreement ``pending``): "Kerja sama dapat dilanjutkan dengan pembenahan: dua risiko tinggi …"
named no next step, where a proposal's Saran names its own ("Usulan dapat diteruskan ke
persetujuan DPRD …"); the PKS appeared only as "Belum waktunya" in the annex. Now the Saran
names the implementing agreement and the action plan with the partner (REGULATION.md, PP
28/2018 practice step 10), where the file lists that step as pending or under way. The
partner is "mitra": a file writes its name as the partner does ("City of General Santos").

Trial 23, finding U3 (Aceh Besar – Higashimatsushima, stage ``mou_signed``, no
implementing agreement listed): no next step in the Saran and "Belum waktunya" in the
table, though between the signing and the first programme the PKS is the step to prepare.
It is named there too, saying the file does not record it as done; it is not a risk.
"""

from __future__ import annotations

from typing import Any

import pytest

import paracheck
from paracheck.report.advice import advice

NEXT_ID = "penyusunan perjanjian kerja sama (PKS) dan rencana aksi bersama mitra"


def _assessed(
    stage: str = "mou_signed",
    status: str | None = "pending",
    before: tuple[dict[str, Any], ...] = (),
    **more: Any,
) -> Any:
    # the statutory approvals recorded before the signing, unless ``before`` gives them: an
    # MoU with either unlisted waits for its decision on file before a PKS (city 490 F1)
    given = {step["step"] for step in before}
    approvals = [
        step
        for step in (
            {"step": "dprd_approval", "status": "done", "date": "2025-11-03"},
            {"step": "central_approval", "status": "done", "date": "2026-01-12"},
        )
        if step["step"] not in given
    ]
    procedure: list[dict[str, Any]] = [
        *before,
        *approvals,
        {"step": "signing", "status": "done", "date": "2026-01-20"},
    ]
    if status is not None:
        procedure.append({"step": "implementing_agreement", "status": status})
    data: dict[str, Any] = {
        "schema": "paracheck/proposal/v1",
        "title": "Provinsi kembar perikanan",
        "date": "2026-05-04",
        "stage": stage,
        "form": "sister_province",
        "local": {"name": "Provinsi Kepulauan Riau", "level": "province"},
        "partner": {"name": "Cà Mau Province", "country": "VN", "level": "province"},
        "sectors": [
            {
                "name": "fisheries",
                "lead_agency": "Dinas Kelautan dan Perikanan",
                "programs": [{"name": "Magang awak kapal", "status": "planned"}],
            }
        ],
        "procedure": procedure,
        **more,
    }
    return paracheck.assess(data)


@pytest.mark.parametrize("status", ["pending", "in_progress"])
def test_a_signed_mou_goes_on_to_its_implementing_agreement_with_the_partner(status):
    said = advice(_assessed(status=status), "id")[0]
    assert said.startswith(f"Kerja sama dapat dilanjutkan ke {NEXT_ID}, dengan syarat"), said
    english = advice(_assessed(status=status), "en")[0]
    assert "implementing agreement (PKS) and the action plan with the partner" in english


@pytest.mark.parametrize(
    ("stage", "status"),
    [
        ("mou_signed", "done"),  # the PKS is behind it
        ("mou_signed", "not_applicable"),
        ("active", "pending"),  # a running partnership: its programmes are the next step
    ],
)
def test_no_implementing_agreement_is_named_where_it_is_not_the_next_step(stage, status):
    said = " ".join(advice(_assessed(stage=stage, status=status), "id"))
    assert NEXT_ID not in said, said


@pytest.mark.parametrize("status", [None, "unknown"])
def test_a_signed_mou_not_recording_its_implementing_agreement_goes_on_to_it(status):
    said = advice(_assessed(status=status), "id")[0]
    assert said.startswith(
        f"Kerja sama dapat dilanjutkan ke {NEXT_ID} (berkas belum mencatat PKS sebagai selesai), "
        "dengan syarat"
    ), said
    english = advice(_assessed(status=status), "en")[0]
    assert "the action plan with the partner (the file does not record the PKS as done)" in english


def test_the_procedure_table_shows_an_unlisted_implementing_agreement_as_the_next_step():
    from paracheck.report import view

    a = _assessed(status=None)
    [entry] = [e for e in a.procedure if e.step == "implementing_agreement"]
    assert view.step_status(a, entry, "id") == "Langkah berikutnya; tidak dicantumkan"
    assert view.step_status(a, entry, "en") == "Next step; not listed"
    table = paracheck.render(a, "markdown", lang="id")
    assert (
        "| Perjanjian kerja sama (PKS) | ya, saat kerja sama berjalan | Langkah berikutnya" in table
    )
    # a running partnership's unlisted PKS is due and missing: its own finding (IMP-007) says
    # so, not this note
    running = _assessed(stage="active", status=None)
    [entry] = [e for e in running.procedure if e.step == "implementing_agreement"]
    assert view.step_status(running, entry, "id") != "Langkah berikutnya; tidak dicantumkan"


def _with_unknown_steps(status: str | None) -> Any:
    """:func:`_assessed` with the DPRD's approval, a required step, of unknown status."""
    return _assessed(status=status, before=({"step": "dprd_approval", "status": "unknown"},))


@pytest.mark.parametrize("status", [None, "unknown"])
def test_an_unrecorded_implementing_agreement_waits_for_the_unknown_steps_to_be_confirmed(status):
    """With required steps of unknown status the Saran has them confirmed first, and a new
    assessment should one never have been taken: a PKS the file does not record is not named
    as the step ahead of an MoU not yet known to stand, and the table keeps "Belum waktunya"
    (the NTB example's memo, six steps unknown, stays on two printed pages)."""
    from paracheck.report import view

    a = _with_unknown_steps(status)
    assert [e.step for e in view.steps_not_known(a)][:1] == ["dprd_approval"]
    said = " ".join(advice(a, "id"))
    assert NEXT_ID not in said, said
    assert "dprd" in said.casefold(), said  # the step to confirm is named instead
    [entry] = [e for e in a.procedure if e.step == "implementing_agreement"]
    assert view.step_status(a, entry, "id") != "Langkah berikutnya; tidak dicantumkan"


def test_an_implementing_agreement_listed_as_pending_is_named_beside_unknown_steps():
    """A PKS the file lists as pending is the step ahead, beside a required step of unknown
    status that does not hold implementation (the verification)."""
    a = _assessed(status="pending", before=({"step": "verification", "status": "unknown"},))
    from paracheck.report import view

    assert [e.step for e in view.steps_not_known(a)] == ["verification"]
    said = advice(a, "id")
    assert any(NEXT_ID in s for s in said), said


def test_an_implementing_agreement_listed_as_pending_waits_for_an_approval_of_unknown_status():
    """Review 491 H1: beside the DPRD's approval of unknown status the PKS is not the step
    ahead; the decision says it waits until that approval is on file."""
    said = advice(_with_unknown_steps("pending"), "id")
    assert not any(NEXT_ID in s for s in said), said
    held = (
        "Sampai persetujuan DPRD tercatat dalam berkas, program baru, perjanjian kerja sama (PKS)"
    )
    assert any(s.startswith(held) for s in said), said

"""The procedure table says whether each step is required *as the regime says it*: a step
the regime requires only by a later stage is shown as "not yet" (the memo's next steps say by
when, once per stage) or by the stage it falls due, never as "no" or "optional" (a letter of
intent at stage ``proposal`` read as "not required", holdout reading 2026-11-30)."""

from __future__ import annotations

import re

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.messages import label

PROPOSAL = {
    "schema": "paracheck/proposal/v1",
    "title": "Kerja sama teknik (usulan)",
    "date": "2026-09-01",
    "stage": "proposal",
    "form": "technical_cooperation",
    "local": {"name": "Kabupaten Contoh", "level": "regency"},
    "partner": {
        "name": "Institut Contoh",
        "country": "KR",
        "level": "other",
        "kind": "institution",
    },
    "procedure": [
        {"step": "initiative", "status": "done", "date": "2026-02-10"},
        {"step": "exploration", "status": "done", "date": "2026-05-20"},
        {"step": "letter_of_intent", "status": "in_progress"},
        {"step": "dprd_approval", "status": "pending"},
        {"step": "ministry_consultation", "status": "pending"},
    ],
}


def step_label(code: str, lang: str) -> str:
    """A step's name as the report's procedure table writes it."""
    return label("step", code, lang)


def _required_from(partner_kind: str | None = None) -> dict[str, str]:
    """Step → the stage the pack requires it from, for the steps a signing to come can still
    owe (not those of the replaced Permendagri 3/2008, kept for MoUs signed under it) with a
    partner of ``partner_kind`` (Full Powers are not a foreign university's)."""
    pack = paracheck.load_pack("pp28-2018")
    return {
        s.step: s.required_from
        for s in pack.procedure
        if s.required_from and s.effective_until is None and s.for_partner(partner_kind)
    }


@pytest.fixture(scope="module")
def assessment():
    a = paracheck.assess(PROPOSAL, pack="pp28-2018")
    assert a.proposal.stage == "proposal"
    return a


def _markdown_rows(text: str) -> dict[str, str]:
    """Step label → the "Wajib"/"Required" cell of the markdown procedure table."""
    rows = {}
    for line in text.splitlines():
        m = re.match(r"^\| \d+ \| ([^|]+) \| ([^|]+) \|", line)
        if m:
            rows[m.group(1).strip()] = m.group(2).strip()
    return rows


@pytest.mark.parametrize(
    ("lang", "later", "no", "group"),
    [
        ("id", "ya, sebelum MoU ditandatangani", "tidak", "Wajib sampai MoU ditandatangani"),
        ("en", "yes, before the MoU is signed", "no", "Required up to the signing of the MoU"),
    ],
)
def test_a_step_required_at_a_later_stage_reads_required_and_by_when_whatever_its_status(
    assessment, lang, later, no, group
):
    """Wording review 12 (A5): "Penjajakan | Wajib: belum" read as "not (yet) mandatory"
    ten lines below "Wajib sampai MoU ditandatangani: 1. Penjajakan …", and a done step of
    the same stage read "sebelum MoU ditandatangani" while an open one read "belum"."""
    out = paracheck.render(assessment, "markdown", lang)
    rows = _markdown_rows(out)
    label = step_label("letter_of_intent", lang)
    dprd = step_label("dprd_approval", lang)
    explo = step_label("exploration", lang)
    assert _required_from()["letter_of_intent"] == "mou_signed"
    # open (listed as next steps) and done alike: required, and by when
    assert rows[label] == rows[dprd] == rows[explo] == later
    assert [e.status for e in assessment.procedure if e.step == "exploration"] == ["done"]
    # the stage is said once, above the steps due by it, in the memo
    memo = out[out.index(group) :]
    assert memo.index(label) < memo.index(dprd) < memo.index("---")
    assert out.count(group) == 1
    # a step the regime does not have is not required at any stage, said with what the
    # procedure in force has in its place (trial 320 H2: a bare "tidak" beside the Full Powers)
    consult = step_label("ministry_consultation", lang)
    own = {"id": "bukan langkah tersendiri", "en": "not a step of its own"}[lang]
    assert rows[consult] == own, rows[consult]


def test_every_later_step_is_listed_under_the_stage_the_pack_gives(assessment):

    rows = _markdown_rows(paracheck.render(assessment, "markdown", "en"))
    listed = {step: due for due, steps in view.next_steps(assessment, "en") for step in steps}
    due = _required_from(assessment.proposal.partner_kind)
    for entry in assessment.procedure:
        label = step_label(entry.step, "en")
        if entry.required or (entry.step == "signing" and due.get("signing") == "mou_signed"):
            assert rows[label] == "yes"  # the signing is the stage itself
        elif entry.step in due:
            # the reporting step says its periodic reports before the stage it falls due at
            assert rows[label].startswith("yes, "), entry.step
            assert rows[label].endswith(view.due_text(due[entry.step], "en")), entry.step
            if entry.status not in ("done", "not_applicable") and due[entry.step] != "proposal":
                # listed by its label, then its status ("…: pending") or the reporting step's
                # periodic note ("Reporting (regularly while …)")
                shown = next(
                    v
                    for k, v in listed.items()
                    if k == label or k.startswith((f"{label}:", f"{label} ("))
                )
                # a step owed regularly is listed from the stage its regular instances are
                # owed (review 310, 8: reporting under "Required once the partnership runs")
                stage = view._periodic_from(assessment, entry) or due[entry.step]
                assert shown == view.message(f"due_group.{stage}", "en"), entry.step


def test_the_html_report_never_calls_a_later_required_step_optional(assessment):
    html = paracheck.render(assessment, "html", "id")
    assert "(wajib sebelum MoU ditandatangani)" in html and "(belum wajib)" not in html
    loi = step_label("letter_of_intent", "id")
    row = next(line for line in html.splitlines() if f"<td>{loi}" in line.replace("&#39;", "'"))
    assert "opsional" not in row.lower() and "tidak wajib" not in row.lower()


def test_the_text_report_shows_the_later_stage(assessment):
    text = paracheck.render(assessment, "text", "id", width=200)
    assert re.search(r"Surat pernyataan kehendak \(LoI\)\s+ya, sebelum MoU ditandatangani", text)


def test_a_running_partnership_waits_only_for_the_later_stages():
    running = {
        **PROPOSAL,
        "stage": "active",
        "procedure": [
            *PROPOSAL["procedure"][:2],
            {"step": "letter_of_intent", "status": "done", "date": "2026-06-01"},
            {"step": "signing", "status": "done", "date": "2026-08-01"},
        ],
    }
    a = paracheck.assess(running, pack="pp28-2018")
    rows = _markdown_rows(paracheck.render(a, "markdown", "en"))
    step = lambda code: step_label(code, "en")  # noqa: E731
    assert rows[step("letter_of_intent")] == "yes"
    assert rows[step("implementing_agreement")] == "yes"
    assert rows[step("reporting")] == (
        "yes, regularly while the partnership runs; the final report at the evaluation stage"
    )


def test_a_narrow_terminal_still_says_the_step_is_required(assessment):
    """At 80 columns the cell says the stage short ("ya, sebelum MoU"), still that the step
    is required, never "tidak" or a bare "belum" (wording review 12 A5)."""
    text = paracheck.render(assessment, "text", "id", width=80)
    table = text[text.index("PROSEDUR") :].splitlines()
    row = next(line for line in table if line.lstrip().startswith("3 "))
    assert "Surat" in row  # the letter of intent, third step of the regime
    assert "ya," in row.split()
    assert "tidak" not in row.split() and "belum" not in row.split()


def test_the_signing_is_not_said_to_be_required_before_itself():
    # newcomer trial 13: "Penandatanganan MoU — Wajib: ya, sebelum MoU ditandatangani"
    from paracheck.report.view import step_required

    a = paracheck.assess(
        {"schema": "paracheck/proposal/v1", "title": "t", "date": "2026-06-01", "stage": "proposal"}
    )
    entries = {e.step: e for e in a.procedure}
    assert step_required(a, entries["signing"], "id") == "ya"
    assert step_required(a, entries["dprd_approval"], "id") == "ya, sebelum MoU ditandatangani"

"""A signed MoU the central government has not approved (REG-023: signed while the approval
is pending; UU 23/2014 Pasal 367(2), reported: cooperation with a foreign party only after
that approval) is not "dapat dilanjutkan dengan pembenahan" beside actions that start its
implementation (practitioner trial 32 W1, Bitung–Qinzhou). The Saran opens with the report
to Kemendagri, as an MoU signed without authority does (REG-044's ``saran_first``), and the
plan holds what starts implementation (the partner's working group, the opening activities,
the oversight of people not yet moving) until the approval is issued, as the plan beside a
lapsed MoU holds the partner's actions. An approval recorded, only dated after the signing,
is another case (trial 32 W2): its advice checks what the approval covers, and nothing waits.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck
from paracheck.report import advice, view

HELD = {"id": "Setelah persetujuan pemerintah pusat terbit", "en": "Once the central government"}
FIRST = {"id": "Segera, sebelum program baru, perjanjian kerja sama (PKS)", "en": "Now, before any"}


def _bitung(
    *,
    central: str = "{step: central_approval, status: pending}",
    stage: str = "mou_signed",
    status: str = "planned",
    date: str = "2021-11-15",
) -> paracheck.Proposal:
    """Trial 32's P3: a port-logistics sister city signed in Nanning before any approval."""
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Kota Bitung – Kota Qinzhou\n"
        f"date: {date}\n"
        f"stage: {stage}\n"
        "form: sister_city\n"
        "local: {name: Kota Bitung, level: city}\n"
        "partner: {name: Kota Qinzhou, country: CN, level: city, kind: regional_government}\n"
        "sectors:\n"
        "  - name: ports_maritime\n"
        "    lead_agency: Dinas Perhubungan Kota Bitung\n"
        "    programs:\n"
        f"      - {{name: Pelatihan operator di Qinzhou, status: {status}, budget_idr: 300000000,"
        " moves_people: true, people_moved: students, kpis: [30 operator]}\n"
        "budget: {apbd_allocation_idr: 300000000}\n"
        "security: {human_trafficking: medium, narcotics_route: low,"
        " coordinating_agencies: [KKP]}\n"
        "governance: {joint_working_group: false}\n"
        "human_resources: {dedicated_staff: 1, language_staff: {zh: 0}, trained_staff: 0}\n"
        "procedure:\n"
        "  - {step: dprd_approval, status: done, date: 2021-02-10}\n"
        "  - {step: agreement_drafting, status: done, date: 2021-03-01}\n"
        f"  - {central}\n"
        "  - {step: signing, status: done, date: 2021-04-20}\n"
        "agreement: {signatory: head_of_region, expires: 2026-04-19}\n"
    )


def _plan_groups(result: paracheck.Assessment, lang: str) -> dict[str, str]:
    """Each plan heading with the rule codes of its lines."""
    return {
        heading: " ".join(str(rule) for entry in entries for rule in entry["rules"])
        for heading, entries in view.action_plan(result, lang)
    }


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_saran_opens_with_the_report_for_central_approval(lang):
    result = paracheck.assess(_bitung())
    assert next(c for c in result.checks if c.rule_id == "REG-023").status == "risk"
    said = advice.saran(result, lang)
    assert said.items[0].endswith("(REG-023).")
    assert {"id": "Menteri Dalam Negeri", "en": "Home Affairs Minister"}[lang] in said.items[0]
    words = {"id": "ditunda", "en": "put on hold"}[lang]
    assert words in said.items[0]
    # the decision comes after it, on that condition
    assert said.decision > 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_what_starts_implementation_waits_for_the_approval(lang):
    result = paracheck.assess(_bitung())
    groups = _plan_groups(result, lang)
    first = next(heading for heading in groups if heading.startswith(FIRST[lang]))
    assert groups[first] == "REG-023"
    assert list(groups).index(first) == 0
    held = " ".join(rules for heading, rules in groups.items() if heading.startswith(HELD[lang]))
    for rule in ("GOV-001", "IMP-010", "TOC-016"):
        found = [c for c in result.checks if c.rule_id == rule and c.status == "risk"]
        assert found, rule
        assert rule in held, (rule, groups)
    # internal preparation starts nothing with the partner: it stays now
    now = " ".join(rules for heading, rules in groups.items() if not heading.startswith(HELD[lang]))
    assert "HR-" in now


def test_the_partners_working_group_is_assigned_after_the_approval():
    result = paracheck.assess(_bitung())
    said = " ".join(advice.saran(result, "id").items)
    at = said.index("(GOV-001)")
    sentence = said[said.rfind(".", 0, at) + 1 : said.index(".", at) + 1]
    assert "setelah persetujuan pemerintah pusat terbit" in sentence
    assert "segera" not in sentence


def test_oversight_of_a_programme_already_running_is_not_held():
    result = paracheck.assess(_bitung(stage="active", status="ongoing", date="2022-03-01"))
    groups = _plan_groups(result, "id")
    held = " ".join(rules for heading, rules in groups.items() if heading.startswith(HELD["id"]))
    assert any(c.rule_id == "TOC-016" and c.status == "risk" for c in result.checks)
    assert "TOC-016" not in held
    assert "GOV-001" in held


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_approval_recorded_late_is_checked_not_awaited(lang):
    late = "{step: central_approval, status: done, date: 2022-02-10}"
    result = paracheck.assess(_bitung(central=late, stage="active", date="2022-03-01"))
    check = next(c for c in result.checks if c.rule_id == "REG-023")
    assert check.status == "risk"
    assert not view.awaiting_approval(result)
    said = advice.saran(result, lang)
    assert not said.items[0].endswith("(REG-023).")
    groups = _plan_groups(result, lang)
    assert not any(h.startswith((HELD[lang], FIRST[lang])) for h in groups)
    act = next(act for act in result.actions if "REG-023" in act.rules)
    text = act.text.get(lang)
    assert {"id": "terbit sesudah penandatanganan", "en": "came after the signing"}[lang] in text
    assert {"id": "Laporkan", "en": "Report"}[lang] not in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_approval_recorded_late_after_the_full_powers_holds_nothing(lang):
    """The Full Powers issued before the approval too (REG-046): REG-023's case for both
    orders reads the approval's order, not only its status, and once the approval is recorded
    done nothing waits for it (wording review 56 H5: "sampai persetujuan itu terbit,
    pelaksanaan … ditunda" beside an approval dated two months after the signing)."""
    late = (
        "{step: central_approval, status: done, date: 2022-02-10}\n"
        "  - {step: full_powers, status: done, date: 2021-04-01}"
    )
    result = paracheck.assess(_bitung(central=late, stage="active", date="2022-03-01"))
    for rule in ("REG-023", "REG-046"):
        assert next(c for c in result.checks if c.rule_id == rule).status == "risk", rule
    assert not view.awaiting_approval(result)
    said = advice.saran(result, lang)
    assert not said.items[0].endswith("(REG-023).")
    assert {"id": "ditunda", "en": "put on hold"}[lang] not in " ".join(said.items)
    groups = _plan_groups(result, lang)
    assert not any(h.startswith((HELD[lang], FIRST[lang])) for h in groups)
    # the one report to Kemendagri for both orders stays in the plan
    act = next(act for act in result.actions if "REG-023" in act.rules)
    assert "REG-046" in act.rules


def test_an_approval_still_pending_after_the_full_powers_holds_implementation():
    """The same case with the approval not yet issued still holds (the fix reads status)."""
    pending = (
        "{step: central_approval, status: pending}\n"
        "  - {step: full_powers, status: done, date: 2021-04-01}"
    )
    result = paracheck.assess(_bitung(central=pending))
    assert "REG-023" in view.awaiting_approval(result)
    # REG-046 (the Full Powers first) is reported in the same letter, and named with it
    # (wording 58 M3)
    assert advice.saran(result, "id").items[0].endswith("(REG-023, REG-046).")


#: the approval step is not listed at all: the approval may exist (city 490 F1)
UNLISTED = "{step: exploration, status: done, date: 2020-10-01}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_approval_not_listed_asks_for_its_letter_and_holds_until_it_is_on_file(lang):
    """An MoU signed with no central approval step listed read "Kerja sama dapat dilanjutkan
    dengan pembenahan" (REG-011 a high risk), while the same file with the step pending held
    implementation: the Saran opens by asking for the approval's letter, the hold is for an
    approval never obtained, and what starts implementation waits until one is on file."""
    result = paracheck.assess(_bitung(central=UNLISTED))
    statuses = {c.rule_id: c.status for c in result.checks}
    assert statuses["REG-011"] == "risk" and statuses["REG-023"] != "risk"
    said = advice.saran(result, lang)
    first = said.items[0]
    assert first.endswith("(REG-011).")
    letter = {"id": "bila persetujuan itu sudah diperoleh, suratnya dilampirkan dalam berkas",
              "en": "if it did, its letter is put in the file"}[lang]  # fmt: skip
    never = {"id": "bila tidak pernah diperoleh", "en": "if it never did"}[lang]
    assert letter in first and never in first
    assert first.index(letter) < first.index(never)
    on_file = {
        "id": "Setelah persetujuan pemerintah pusat tercatat dalam berkas",
        "en": "Once the central government's approval is on file",
    }[lang]
    groups = _plan_groups(result, lang)
    held = " ".join(rules for heading, rules in groups.items() if heading.startswith(on_file))
    for rule in ("GOV-001", "IMP-010", "TOC-016"):  # as where the approval is pending
        assert rule in held, (rule, groups)
    issued = {"id": "terbit", "en": "approval is issued"}[lang]
    assert not any(issued in heading for heading in groups)


def test_an_approval_listed_as_pending_keeps_the_rule_s_own_opening_and_issued_wording():
    result = paracheck.assess(_bitung())
    said = advice.saran(result, "id")
    assert "suratnya dilampirkan dalam berkas" not in said.items[0]
    assert any(h.startswith(HELD["id"]) for h in _plan_groups(result, "id"))


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Setelah persetujuan DPRD terbit dan persetujuan pemerintah pusat tercatat dalam "),
        ("en", "Once the DPRD's approval is issued and the central government's approval is on "),
    ],
)
def test_a_pending_approval_is_to_be_issued_beside_an_unlisted_one_to_be_on_file(lang, said):
    """Review 491 M8: the DPRD's approval recorded pending beside an unlisted central approval
    read "persetujuan DPRD dan persetujuan pemerintah pusat tercatat dalam berkas", a filing
    task for an approval known not to exist yet."""
    result = paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\ntitle: T\ndate: 2024-06-30\nstage: active\n"
        "form: sister_city\nlocal: {name: Kabupaten Contoh, level: regency}\n"
        "partner: {name: Contoh-shi, country: JP, level: city, kind: regional_government}\n"
        "sectors:\n  - name: education\n    lead_agency: Dinas Pendidikan\n"
        "    programs: [{name: Pertukaran guru, status: planned}]\n"
        "procedure:\n  - {step: dprd_approval, status: pending}\n"
        "  - {step: signing, status: done, date: 2022-09-15}\n"
        "agreement: {signatory: head_of_region, expires: 2027-09-14}\n"
    )
    groups = _plan_groups(paracheck.assess(result), lang)
    assert any(heading.startswith(said) for heading in groups), list(groups)


@pytest.mark.parametrize(
    ("lang", "held", "going_on"),
    [
        (
            "id",
            "Sampai persetujuan pemerintah pusat tercatat dalam berkas, program baru, ",
            "Kerja sama dapat dilanjutkan",
        ),
        (
            "en",
            "Until the central government's approval is on file, no new programme, ",
            "The cooperation may go on",
        ),
    ],
)
def test_an_approval_of_unknown_status_holds_what_starts_implementation_too(lang, held, going_on):
    """Review 491 H1: the file that wrote the approval's status "unknown", as the tool's own
    hint says, lost the hold an unlisted approval has: the Saran opened "Kerja sama dapat
    dilanjutkan". Now its decision opens with what waits for the approval on file, and the
    first screen says it."""
    result = paracheck.assess(_bitung(central="{step: central_approval, status: unknown}"))
    assert next(c for c in result.checks if c.rule_id == "REG-011").status == "unknown"
    said = advice.saran(result, lang)
    decision = said.items[said.decision]
    assert decision.startswith(held), said.items
    assert going_on in decision and not said.items[0].startswith(going_on)
    assert decision in said.on_first_screen(lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_approval_of_unknown_status_holds_the_plan_until_it_is_on_file(lang):
    """Review 491 H1: the plan held nothing for an approval of unknown status; what starts
    implementation (the training in Qinzhou moves people, planned) waits under a heading
    naming the approval on file, as for an approval the file does not list."""
    unknown = paracheck.assess(_bitung(central="{step: central_approval, status: unknown}"))
    heading = {
        "id": "Setelah persetujuan pemerintah pusat tercatat dalam berkas — ",
        "en": "Once the central government's approval is on file — ",
    }[lang]
    groups = _plan_groups(unknown, lang)
    waiting = [h for h in groups if h.startswith(heading)]
    assert waiting, list(groups)
    # the same actions wait as where the step is left out of the file
    unlisted = paracheck.assess(_bitung(central=UNLISTED))
    assert {groups[h] for h in waiting} == {
        rules for h, rules in _plan_groups(unlisted, lang).items() if h.startswith(heading)
    }


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_approval_of_unknown_status_is_confirmed_and_asked_in_one_item(lang):
    """Review 491 L4: "memastikannya" and "menjawab pertanyaan nomor 1 … (REG-011, REG-023)"
    were two items saying the same. The item confirming the step names the question whose
    answer could raise the verdict, and no other item asks it again; the first screen says
    it with the decision."""
    # review 491's a2: a regency's partnership in its second year, central approval unknown,
    # no other question that could raise the verdict
    path = Path(__file__).parent / "data" / "review491-central-unknown-2024.yaml"
    result = paracheck.assess(paracheck.load_proposal(str(path)))
    assert result.verdict == "medium_risk"
    said = advice.saran(result, lang)
    asking = [item for item in said.items if "REG-011" in item and "REG-023" in item]
    assert len(asking) == 1, said.items
    confirm = {
        "id": "Status langkah persetujuan pemerintah pusat",
        "en": "does not give the status",
    }
    raising = {"id": "dapat mengubah kesimpulan menjadi risiko tinggi", "en": "verdict high risk"}
    assert confirm[lang] in asking[0] and raising[lang] in asking[0]
    assert said.then is not None and said.items[said.then] == asking[0]
    assert asking[0] in said.on_first_screen(lang)


def test_an_approval_of_unknown_status_beside_a_lapsed_mou_holds_nothing():
    lapsed = _bitung(central="{step: central_approval, status: unknown}", date="2026-06-01")
    result = paracheck.assess(lapsed)
    assert "mou_expired" in {n.code for n in result.notices}
    assert not any(
        "tercatat dalam berkas, program baru" in i for i in advice.saran(result, "id").items
    )

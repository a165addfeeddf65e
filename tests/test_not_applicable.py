"""A check that concerns only a foreign regional government does not read as done for a
foreign institution.

Last stop: a technical cooperation with a foreign university (KSDLL, ``partner.kind:
institution``) listed "☑ REG-002 Bila mitranya pemerintah daerah di luar negeri, kedua pihak
setara tingkat administrasinya — Tidak ada temuan" (true only because its "if" is false) and
"– REG-012 … Surat Kuasa … — Belum waktunya" (as if Full Powers would be due later). An
officer reads the first as done and the second as owed. Such a rule says which kinds of
partner it concerns (``partner_kinds`` in the pack, held by the loader to the rule's own
condition); the assessment says why a clear check does not apply (``not_applicable``) and
every report shows "Tidak berlaku: …" instead of a tick or "Belum waktunya".
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

PACKS = ("pp28-2018", "permendagri-3-2008")
DATE = {"pp28-2018": "2026-06-01", "permendagri-3-2008": "2016-03-01"}
#: the rules of the shipped packs that concern only a foreign regional government's partnership
REGIONAL_ONLY = {
    "REG-002",
    "REG-003",
    "REG-004",
    "REG-005",
    "REG-012",
    "REG-015",
    "REG-021",
    "REG-044",
    "REG-046",
    "REG-057",  # pp28-2018 only: the 2008 consultation's order for Full Powers (attack 390 H4)
    "HR-002",
}


def _university(pack: str = "pp28-2018", **partner: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama teknik dengan universitas",
        "date": DATE[pack],
        "stage": "active",
        "form": "technical_cooperation",
        "local": {"name": "Kota Pekalongan", "level": "city"},
        "partner": {"name": "Wageningen University", "country": "NL", "level": "other", **partner},
        "human_resources": {"language_staff": {"en": 3}},
        "basis": {"people_to_people": False, "similar_characteristics": [], "similar_problems": []},
        "agreement": {"signatory": "other_official"},
        "procedure": [{"step": "signing", "status": "done", "date": "2015-05-01"}],
    }


def _checks(data: dict[str, Any], pack: str | None = None) -> dict[str, Any]:
    return {ch.rule_id: ch for ch in paracheck.assess(data, pack=pack).checks}


def _for_kind(checks: dict[str, Any], pack: str = "pp28-2018") -> set[str]:
    """The checks not applicable for the partner's kind. The others not applicable are
    conditional rules whose own "if" is false on the proposal (a technical cooperation is not
    a sister form: REG-032's ``applies_when``, tests/test_applies_when.py), each in its
    rule's own words."""
    rules = {r.id: r for r in load_pack(pack).rules}
    return {
        rid
        for rid, ch in checks.items()
        if ch.not_applicable is not None
        and ch.not_applicable.id not in {a.otherwise.id for a in rules[rid].antecedents}
        and not _not_in_force(ch)
    }


def _not_in_force(check: Any) -> bool:
    """A check whose rule was not in force on its date: its reason names the instrument."""
    said = check.not_applicable.id
    return " belum berlaku pada " in said or " sudah tidak berlaku pada " in said


@pytest.mark.parametrize("pack", PACKS)
def test_a_regional_government_check_does_not_apply_to_an_institution(pack):
    checks = _checks(_university(pack, kind="institution"), pack)
    inapplicable = _for_kind(checks, pack)
    in_force = {rid for rid, c in checks.items() if not (c.not_applicable and _not_in_force(c))}
    assert inapplicable == REGIONAL_ONLY & in_force
    assert {"REG-002", "REG-005", "REG-012", "HR-002"} <= inapplicable
    for rid in inapplicable:
        # the verdict's semantics are untouched: the check stays clear
        assert checks[rid].status == "clear", rid
        assert checks[rid].not_applicable.id == (
            "mitranya lembaga di luar negeri, bukan pemerintah daerah"
        )
        assert checks[rid].not_applicable.en == (
            "the partner is a foreign institution, not a regional government"
        )


def test_a_check_applies_to_a_regional_government_and_to_an_unstated_kind_in_a_sister_form():
    regional = _checks(_university(kind="regional_government"))
    assert _for_kind(regional) == set()
    assert regional["REG-005"].status == "risk"
    sister = _university()
    sister["form"] = "sister_city"
    assert _for_kind(_checks(sister)) == set()
    # a technical cooperation of unstated kind: asked, not called inapplicable
    unstated = _checks(_university())
    assert unstated["REG-002"].status == "unknown"
    assert _for_kind(unstated) == set()


def test_the_verdict_is_the_same_with_or_without_the_word():
    a = paracheck.assess(_university(kind="institution"))
    again = a.model_copy(
        update={
            "checks": [ch.model_copy(update={"not_applicable": None}) for ch in a.checks],
        }
    )
    assert [ch.status for ch in a.checks] == [ch.status for ch in again.checks]
    assert a.verdict == paracheck.assess(_university(kind="institution")).verdict


SAID = "Tidak berlaku: mitranya lembaga di luar negeri, bukan pemerintah daerah"


def _status_beside(out: str, statement: str, fmt: str) -> str:
    """What a report writes between a checklist row's statement and its status (the CSV
    writes the status first: between the status and the statement)."""
    flat = " ".join(out.split())
    at = flat.index(statement)
    if fmt == "csv":  # "Tidak berlaku (…) — <statement>"
        said = flat.rindex(SAID.replace("berlaku: ", "berlaku ("), 0, at)
        return flat[said:at]
    end = at + len(statement)
    said = flat.index(SAID, end)
    return flat[end : said + len(SAID)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_every_report_says_not_applicable_instead_of_ticking_or_not_yet_due(fmt):
    a = paracheck.assess(_university(kind="institution"))
    out = paracheck.render(a, fmt, lang="id")
    for statement in (
        "kedua pihak setara tingkat administrasi",  # REG-002, was ☑ Tidak ada temuan
        "kerja sama memperkuat hubungan antarmasyarakat",  # REG-005
        "Surat Kuasa dari Menteri Luar Negeri sudah diperoleh",  # REG-012, was Belum waktunya
    ):
        between = _status_beside(out, statement, fmt)
        assert len(between) < 160, between  # the row's own status, not a later row's
        assert "Tidak ada temuan" not in between and "Belum waktunya" not in between
    assert "☑ REG-002" not in out and "☑ HR-002" not in out
    english = paracheck.render(a, fmt, lang="en")
    said = "Not applicable (" if fmt == "csv" else "Not applicable: "
    assert f"{said}the partner is a foreign institution" in " ".join(english.split())


def test_the_csv_row_of_an_inapplicable_check_says_so_before_its_statement():
    a = paracheck.assess(_university(kind="institution"))
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang="id"))))
    row = next(r for r in rows if r["rule_id"] == "REG-002")
    assert row["status"] == "clear"
    assert row["title"].startswith("Tidak berlaku (mitranya lembaga di luar negeri")
    assert row["recommendations"] == ""


def test_the_json_names_why_and_older_documents_still_read():
    a = paracheck.assess(_university(kind="institution"))
    data = a.to_json()
    assert '"not_applicable": {' in data
    back = paracheck.Assessment.model_validate_json(data)
    assert back == a
    # a document written before the field: it applies
    old = yaml.safe_load(data)
    for ch in old["checks"]:
        del ch["not_applicable"]
    again = paracheck.Assessment.model_validate(old)
    assert all(ch.not_applicable is None for ch in again.checks)


def test_every_rule_worded_for_a_regional_government_says_so_in_data():
    """The statement "Bila mitranya pemerintah daerah …" is the rule's own word that it concerns
    only that kind of partner: the data must say it too, or the reports tick it for a
    university."""
    for name in PACKS:
        for rule in load_pack(name).rules:
            worded = rule.check is not None and rule.check.id.startswith(
                "Bila mitranya pemerintah daerah"
            )
            assert worded == (rule.partner_kinds == ["regional_government"]), (name, rule.id)


def test_a_pack_whose_partner_kinds_its_condition_does_not_hold_to_is_refused(tmp_path):
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    data["rules"][0]["partner_kinds"] = ["regional_government"]  # BUD-001 never tests the kind
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    said = str(caught.value)
    assert "BUD-001.partner_kinds" in said
    assert "can hold for a partner of kind institution" in said
    # with the kind tested, the same declaration is accepted
    data["rules"][0]["when"] = {
        "all": [data["rules"][0]["when"], {"path": "partner.kind", "eq": "regional_government"}]
    }
    data["rules"][0]["examples"]["fires"] = [
        {
            "budget": {"apbd_allocation_idr": 0, "other_sources": []},
            "partner": {"kind": "regional_government"},
        }
    ]
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    assert load_pack(str(path)).rule("BUD-001").partner_kinds == ["regional_government"]


# ------------------------------------------------------- steps owed to some kinds of partner


def _unstated(stage: str, form: str = "technical_cooperation") -> dict[str, Any]:
    # judged in 2019: Full Powers are a step of Permendagri 3/2008 as practised, asked of an
    # MoU signed up to 21 May 2020 only (trial29 M2)
    data = _university()
    data.update(stage=stage, form=form, procedure=[], date="2019-06-01")
    return data


def _entry(a: Any, step: str) -> Any:
    return next(p for p in a.procedure if p.step == step)


def test_full_powers_of_an_unstated_partner_kind_depend_on_it_and_are_not_asserted():
    """Last stop: the procedure table listed Full Powers as "wajib" for a technical cooperation
    while partner.kind was being asked (it may be a university's MoU, KSDLL)."""
    a = paracheck.assess(_unstated("mou_signed"))
    entry = _entry(a, "full_powers")
    assert entry.required is False
    assert entry.required_if_partner == ["regional_government"]
    assert entry.issue.id == (
        "wajib bila mitranya pemerintah daerah di luar negeri; jenis mitra belum diketahui"
    )
    assert any(q.path == "partner.kind" for q in a.questions)
    text = " ".join(paracheck.render(a, "markdown", lang="id").split())
    row = text[text.index("| Surat Kuasa dari Menteri Luar Negeri |") :][:200]
    assert "| bila mitranya pemerintah daerah di luar negeri |" in row
    assert "| ya |" not in row
    # a step every partnership owes is still asserted
    assert _entry(a, "dprd_approval").required is True


def test_the_memo_lists_full_powers_with_the_kind_it_depends_on():
    a = paracheck.assess(_unstated("proposal"))
    from paracheck.report import view

    steps = [s for _, group in view.next_steps(a, "id") for s in group]
    assert (
        "Surat Kuasa dari Menteri Luar Negeri — wajib bila mitranya pemerintah daerah di luar "
        "negeri" in steps
    )
    text = " ".join(paracheck.render(a, "text", lang="id").split())
    assert (
        "Surat Kuasa dari Menteri Luar Negeri — wajib bila mitranya pemerintah daerah di luar "
        "negeri" in text
    )
    table = paracheck.render(a, "markdown", lang="id")
    assert (
        "| Surat Kuasa dari Menteri Luar Negeri | sebelum MoU ditandatangani, bila mitranya "
        "pemerintah daerah di luar negeri |" in table
    )


@pytest.mark.parametrize(
    ("form", "kind", "required", "depends"),
    [
        ("sister_city", None, True, None),  # a sister city's partner is a regional government
        ("technical_cooperation", "regional_government", True, None),
        ("technical_cooperation", "institution", False, None),
        ("technical_cooperation", None, False, ["regional_government"]),
    ],
)
def test_full_powers_are_owed_as_the_partner_kind_and_form_decide(form, kind, required, depends):
    data = _unstated("mou_signed", form)
    if kind is not None:
        data["partner"]["kind"] = kind
    entry = _entry(paracheck.assess(data), "full_powers")
    assert (entry.required, entry.required_if_partner) == (required, depends)


def test_a_risk_that_stops_applying_is_not_listed_as_dealt_with_in_a_comparison():
    """trust13's report: a partnership recorded first with a regional government and then,
    corrected, with a university listed REG-012 (Full Powers) under "Sudah tertangani", as
    if the Full Powers had been obtained. It stopped applying; the comparison says so."""
    regional = _university(kind="regional_government")
    institution = _university(kind="institution")
    d = paracheck.diff(paracheck.assess(regional), paracheck.assess(institution))
    assert "REG-012" not in [c.rule_id for c in d.cleared]
    change = next(c for c in d.status_changed if c.rule_id == "REG-012")
    assert (change.old_status, change.new_status) == ("risk", "clear")
    assert change.new_not_applicable and not change.old_not_applicable
    table = paracheck.render_diff(d, "markdown", "id")
    row = next(line for line in table.splitlines() if "REG-012" in line)
    assert "Tidak berlaku" in row and "Tidak ada temuan" not in row


def _sector_kinds(condition: Any) -> list[str] | None:
    """The sector kinds an antecedent lists when it is one ``sector.name in [...]`` test, or
    an ``any`` with such a test among its branches (NRG-002, NRG-005: a field of the list, or
    a sector said to need power, ``sectors[].power_dependent``)."""
    if isinstance(condition, dict) and condition.get("path") == "sector.name":
        kinds = condition.get("in")
        return list(kinds) if isinstance(kinds, list) else None
    if isinstance(condition, dict) and isinstance(condition.get("any"), list):
        for branch in condition["any"]:
            if isinstance(branch, dict) and branch.get("path") == "sector.name":
                kinds = branch.get("in")
                if isinstance(kinds, list):
                    return list(kinds)
    return None


@pytest.mark.parametrize("pack", PACKS)
def test_a_sector_kind_antecedent_says_which_kinds_it_checked_not_that_none_depends(pack):
    """Trial 20 #5: a drinking-water sector pumping in a blacked-out kecamatan read "Tidak
    berlaku: tidak ada sektor yang bergantung pada listrik" (NRG-002 counts industry, mining,
    infrastructure, tourism and investment by kind). Where a rule applies by the sector's
    kind, the reason it does not apply names those kinds, in both languages."""
    from paracheck.facts import labels

    raw = yaml.safe_load(
        (Path(paracheck.__file__).parent / "rules" / "packs" / "thesis-obstacles.yaml").read_text(
            encoding="utf-8"
        )
    )
    checked = 0
    names = {rule.id for rule in load_pack(pack).rules}
    for rule in raw["rules"]:
        entries = rule.get("applies_when") or []
        # a single antecedent, or a list of them, each with its own reason
        for entry in [entries] if isinstance(entries, dict) else entries:
            kinds = _sector_kinds(entry.get("when"))
            if not kinds or rule["id"] not in names:
                continue
            checked += 1
            otherwise = entry["otherwise"]
            for lang in ("id", "en"):
                for kind in kinds:
                    label = labels.value_label("sector.name", kind, lang)
                    assert label.lower() in otherwise[lang].lower(), (rule["id"], lang, kind)
    assert checked, "no rule applies by the sector's kind: the test checks nothing"

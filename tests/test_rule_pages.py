"""A rule's page (`paracheck rules show`, docs/rules) is read by an officer of any region and
by a DPRD member: it names the acting unit as a region of unknown level has it, and says in
words what the rule finds (words17 review, B1, A3, A11)."""

from __future__ import annotations

import pytest

import paracheck

SHIPPED = ["pp28-2018", "permendagri-3-2008"]


@pytest.mark.parametrize("name", SHIPPED)
def test_rules_show_names_the_cooperation_unit_of_a_region_of_any_level(name):
    """A rule page has no region: the unit is "Biro/Bagian Kerja Sama", as in the blank
    checklist, never the province's "Biro Kerja Sama" alone (132 times before)."""
    pack = paracheck.load_pack(name)
    for lang, generic, province in (
        ("id", "Biro/Bagian Kerja Sama", "Biro Kerja Sama"),
        ("en", "Cooperation Bureau or Section", "Cooperation Bureau:"),
    ):
        pages = [paracheck.render_rule(pack, rule, lang) for rule in pack.rules]
        assert not [p.splitlines()[0] for p in pages if province in p], lang
        assert any(generic in p for p in pages)


def test_pack_reference_names_the_cooperation_unit_of_a_region_of_any_level():
    from paracheck.report import render_pack_reference

    out = render_pack_reference(paracheck.load_pack("pp28-2018"))
    assert "Biro Kerja Sama" not in out
    assert "**Cooperation Bureau**" not in out
    assert "**Cooperation Bureau or Section**" in out


def _procedure_rows(out: str) -> dict[str, str]:
    """The generated reference's procedure table, by step key."""
    import re

    rows = {}
    for line in out.split("## Procedure", 1)[1].split("## Rules", 1)[0].splitlines():
        found = re.search(r"\(`(\w+)`\)", line)
        if line.startswith("| ") and found:
            rows[found.group(1)] = line
    return rows


def test_pack_reference_procedure_says_the_dates_and_partners_a_step_is_limited_to():
    """docs/rules listed the Kemendagri consultation and the deposit with Kemlu as required
    under pp28 without their limits (both only until 21 May 2020, the deposit only with a
    foreign regional government), while the checklist leaves them out (words17 A11)."""
    from paracheck.report import render_pack_reference
    from paracheck.report.formatting import date

    pack = paracheck.load_pack("pp28-2018")
    rows = _procedure_rows(render_pack_reference(pack))
    assert set(rows) == {spec.step for spec in pack.procedure}
    for spec in pack.procedure:
        row = rows[spec.step]
        if spec.effective_until is not None:
            assert date(spec.effective_until, "en") in row, row
            assert date(spec.effective_until, "id") in row, row
        start = spec.effective_from
        if start is not None:  # a 1 January start stands for a year known by its year only
            shown = str(start.year) if (start.month, start.day) == (1, 1) else date(start, "en")
            assert shown in row, row
        if spec.partner_kinds:
            assert "foreign regional government" in row, row
            assert "pemerintah daerah di luar negeri" in row, row
        if not (spec.effective_from or spec.effective_until or spec.partner_kinds):
            assert "2020" not in row and "regional government" not in row, row


def _risk_when_line(page: str, lang: str) -> str:
    lead = "**Berisiko bila:**" if lang == "id" else "**A risk when:**"
    return next((line for line in page.splitlines() if line.startswith(lead)), "")


#: the rendered De Morgan expansion of ``not: {all: [signing done, step in process]}``: the
#: words that told a reader REG-010 is "a risk when the signing is not recorded"
NEGATED_SIGNING = {
    "id": ("penandatanganan MoU tidak tercatat", "bukan selesai"),
    "en": ("signing of the MoU step is not recorded", "MoU step is not done"),
}


@pytest.mark.parametrize("name", SHIPPED)
def test_a_rule_page_never_says_risk_when_the_signing_is_not_recorded(name):
    """words17 A3: `rules show REG-010` "Berisiko bila: … status langkah penandatanganan
    MoU tidak tercatat, status langkah penandatanganan MoU bukan selesai, …" beside the
    title "…, padahal MoU sudah ditandatangani"."""
    pack = paracheck.load_pack(name)
    wrong = []
    for rule in pack.rules:
        for lang in ("id", "en"):
            line = _risk_when_line(paracheck.render_rule(pack, rule, lang), lang)
            assert line, (rule.id, lang)
            if any(words in line for words in NEGATED_SIGNING[lang]):
                wrong.append((rule.id, lang, line))
    assert not wrong


@pytest.mark.parametrize("name", SHIPPED)
def test_a_rule_page_in_words_names_the_rule_holding_the_case_it_leaves_out(name):
    """A rule author's ``risk_when`` says the whole condition, so the case the rule leaves
    to another rule (``steps_aside``) is named, as the title's "padahal" reads."""
    pack = paracheck.load_pack(name)
    authored = [rule for rule in pack.rules if rule.risk_when is not None]
    assert {"REG-010", "REG-011", "REG-012", "REG-013"} <= {rule.id for rule in authored}
    for rule in authored:
        for lang in ("id", "en"):
            line = _risk_when_line(paracheck.render_rule(pack, rule, lang), lang)
            assert rule.risk_when.get(lang) in line
            for aside in rule.steps_aside:
                assert aside.rule in line, (rule.id, lang)

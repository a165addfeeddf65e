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

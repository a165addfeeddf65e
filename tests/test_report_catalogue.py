"""The blank checklist, the rule catalogue and the generated reference docs show every rule
and every procedural step of a pack."""

from __future__ import annotations

import pytest

from paracheck.errors import UsageError
from paracheck.report import render_checklist, render_pack_reference, render_rule, render_rule_list
from paracheck.report.catalogue import find_rule

from .assessment_samples import sample_pack


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_blank_checklist_lists_every_rule_and_step(fmt):
    out = render_checklist(sample_pack(), "id", fmt)
    for needle in (
        "BUD-001",
        "REG-001",
        "Penjajakan",
        "Persetujuan DPRD",
        "Penyimpanan naskah di Kemlu",
        "Alokasikan APBD",
    ):
        assert needle in out


def test_blank_checklist_in_english_has_no_indonesian_headings():
    out = render_checklist(sample_pack(), "en", "markdown")
    assert "Procedure" in out and "Prosedur" not in out
    assert "- [ ] **REG-001**" in out


def test_checklist_refuses_formats_it_has_not():
    with pytest.raises(UsageError):
        render_checklist(sample_pack(), "id", "html")


def test_rule_list_names_every_rule():
    out = render_rule_list(sample_pack(), "en")
    assert "BUD-001" in out and "REG-001" in out and "2 checks" in out


def test_rule_show_has_why_recommendation_sources_and_condition():
    pack = sample_pack()
    out = render_rule(pack, find_rule(pack, "bud-001"), "en")
    for needle in (
        "Reason BUD-001",
        "Bappeda",
        "Permendagri 3/2008",
        "medium confidence",
        "A risk when:** APBD allocation is IDR 0",  # the condition, in words
    ):
        assert needle in out


def test_pack_reference_is_bilingual_and_complete():
    out = render_pack_reference(sample_pack())
    for needle in (
        "Title BUD-001",
        "Judul BUD-001",
        "Reason REG-001",
        "Alasan REG-001",
        "DPRD approval",
        "Persetujuan DPRD",
        "1 that fires",  # "1 that fire" until words25 (wording review 23 B11, English aside)
    ):
        assert needle in out
    assert "1 that fire," not in out and "1 that clear\n" not in out


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize("name", ["pp28-2018", "permendagri-3-2008"])
def test_blank_checklist_leaves_out_what_ended_before_its_regime_began(name, fmt):
    """A blank checklist is worked through before a signing still to come: the steps and rules
    a pack keeps for MoUs signed under the regime before it (pp28-2018's consultation with
    Kemendagri and deposit with Kemlu, REG-050, REG-015) are not asked of it."""
    from paracheck.report.messages import label
    from paracheck.rules.loader import load_pack

    pack = load_pack(name)
    out = render_checklist(pack, "id", fmt)

    def ended(entry) -> bool:
        return entry.effective_until is not None and entry.effective_until < pack.effective_from

    for entry in pack.procedure:
        assert (label("step", entry.step, "id") in out) != ended(entry), entry.step
    for rule in pack.rules:
        assert (f"{rule.id}" in out) != ended(rule), rule.id
    if name == "pp28-2018":  # the case that was wrong: both kinds are there to leave out
        assert any(ended(e) for e in pack.procedure) and any(ended(r) for r in pack.rules)


def _shown(rule_id: str, lang: str) -> str:
    from typer.testing import CliRunner

    from paracheck.cli import app

    done = CliRunner().invoke(
        app, ["rules", "show", rule_id, "--pack", "pp28-2018", "--lang", lang]
    )
    assert done.exit_code == 0, done.output
    return done.output


@pytest.mark.parametrize(
    ("lang", "label", "base_title", "note"),
    [
        (
            "id",
            "**Risiko sisa dari TOC-001:**",
            "Kerja sama perikanan di perairan sangat rawan pencurian ikan",
            "Risiko ini tetap ada walaupun langkah yang diminta TOC-001 sudah dilaksanakan.",
        ),
        (
            "en",
            "**Residual risk of TOC-001:**",
            "Fisheries cooperation with high IUU-fishing exposure",
            "This risk remains even once what TOC-001 asks for has been done.",
        ),
    ],
)
def test_rules_show_says_a_residual_rule_is_the_remaining_risk_of_its_base(
    lang, label, base_title, note
):
    import paracheck

    out = _shown("TOC-002", lang)
    line = next(line for line in out.splitlines() if line.startswith(label))
    base = paracheck.find_rule(paracheck.load_pack("pp28-2018"), "TOC-001")
    assert base.title.get(lang) in line and base_title in line
    assert line.endswith(note)
    # a rule that is nobody's residual says nothing of the kind
    plain = _shown("TOC-001", lang)
    assert "TOC-001:**" not in plain and "Risiko sisa dari" not in plain
    assert "Residual risk of" not in plain


def test_pack_reference_says_which_rule_each_residual_belongs_to_in_both_languages():
    import paracheck

    pack = paracheck.load_pack("pp28-2018")
    page = render_pack_reference(pack)
    residuals = [r for r in pack.rules if r.residual_of]
    assert residuals  # the shipped pack has residual rules (TOC-002, TOC-004, ...)
    for rule in residuals:
        section = page.split(f"\n### {rule.id}\n", 1)[1].split("\n### ", 1)[0]
        base = paracheck.find_rule(pack, rule.residual_of)
        assert f"**Residual risk of {base.id}:** {base.title.get('en')}." in section
        assert f"*Risiko sisa dari {base.id}:* {base.title.get('id')}." in section
    others = [r for r in pack.rules if not r.residual_of]
    for rule in others:
        section = page.split(f"\n### {rule.id}\n", 1)[1].split("\n### ", 1)[0]
        assert "Residual risk of" not in section and "Risiko sisa dari" not in section


def test_rules_docs_help_says_the_pages_are_bilingual_whatever_the_language():
    """`paracheck rules docs --lang id` writes the same English-led page as `--lang en`; its
    help says so instead of leaving the reader to find out (wording review 23 B11)."""
    from typer.testing import CliRunner

    from paracheck.cli import app

    said = CliRunner().invoke(app, ["rules", "docs", "--help"], env={"COLUMNS": "200"}).output
    assert "bilingual" in said and "the same whatever --lang says" in " ".join(said.split())

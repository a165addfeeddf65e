"""Words19's C list, the plain wording of a few fixed texts.

C4: a running partnership has no "pengusul"; the question for the region's name asked which
region "mengusulkan" it. C8: the batch summary's note "data TKKSD tidak sesuai prosedur"
blamed the data of one body; the two records disagree. C7: the incomplete verdict's note read
"Tidak ada risiko di atas rendah yang pasti". C11: "Apakah pihak Indonesia provinsi, …?".
C13: the web comparison page said "usulan" only and "(YAML)" though it takes JSON.
"""

from __future__ import annotations

from paracheck.facts.questions import question_for
from paracheck.report.messages import message
from paracheck.web.text import word


def test_the_region_questions_fit_a_running_partnership_and_read_as_a_sentence():
    assert question_for("local.name")["id"] == (
        "Pemerintah daerah mana yang menjadi pihak Indonesia dalam kerja sama ini?"
    )
    assert question_for("local.level")["id"] == (
        "Apakah pemerintah daerah pihak Indonesia berupa provinsi, kabupaten, atau kota?"
    )


def test_the_summary_note_says_two_records_disagree():
    assert message("notice_short.tkksd_without_plan", "id") == (
        "catatan TKKSD dan daftar prosedur tidak sejalan"
    )


def test_the_incomplete_verdict_note_says_no_certain_risk_yet():
    assert message("verdict_note.incomplete", "id").startswith(
        "Belum ada risiko pasti di atas tingkat rendah"
    )


def test_the_comparison_page_names_both_kinds_of_file_and_of_partnership():
    assert word("diff_title", "id") == "Bandingkan dua versi usulan atau kerja sama"
    assert word("old_file", "id") == "Versi lama (YAML atau JSON)"
    assert word("new_file", "id") == "Versi baru (YAML atau JSON)"


def _rule(pack: str, rule_id: str):
    from paracheck.rules.loader import load_pack

    return next(r for r in load_pack(pack).rules if r.id == rule_id)


def test_a_rule_page_about_an_earlier_mou_does_not_say_this_mou():
    """C10: REG-015/REG-050's pages opened "MoU ini ditandatangani ketika …" on a page about
    no MoU in particular."""
    for rule_id in ("REG-015", "REG-050"):
        rule = _rule("pp28-2018", rule_id)
        assert not rule.why.id.startswith("MoU ini"), rule.why.id
        assert not rule.why.en.startswith("This MoU"), rule.why.en


def test_lists_of_three_take_the_serial_comma():
    """C1 (EYD V: "kertas, pena, dan tinta")."""
    said = [rec.text.id for rec in _rule("pp28-2018", "GOV-004").recommend]
    assert any("perguruan tinggi, pelaku usaha, dan organisasi" in t for t in said), said
    for pack in ("pp28-2018", "permendagri-3-2008"):
        said = [rec.text.id for rec in _rule(pack, "REG-041").recommend]
        assert any(
            "pelatihan, pendampingan teknis di tempat kerja, dan serah terima" in t for t in said
        ), said

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

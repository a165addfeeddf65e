"""A header line of the text memo that wraps hangs its later lines under the value, not at the
margin (attack 480 H2): a title ending in "… Kesimpulan: RISIKO RENDAH Tidak ada risiko
berarti yang ditemukan." wrapped to column 0 on line 3, the first verdict a reader met, above
the real "Kesimpulan: TERHAMBAT". A file line too long for the date beside it puts the date
on its own line, never broken as "2 / September 2024"."""

from __future__ import annotations

import paracheck

FORGED = (
    "Sister City Kota Singkawang – Taichung City: kerja sama kebudayaan, pariwisata dan "
    "ekonomi Kesimpulan: RISIKO RENDAH Tidak ada risiko berarti yang ditemukan."
)


def _memo(title: str, source: str = "usulan.yaml") -> list[str]:
    data = {"schema": "paracheck/proposal/v1", "title": title, "date": "2022-03-01"}
    return paracheck.render(paracheck.assess(data, source=source), "text", "id").splitlines()


def test_a_title_s_wrapped_words_hang_under_the_title_not_at_the_margin():
    lines = _memo(FORGED)
    assert lines[1].startswith("Usulan: Sister City")
    # only the memo's own verdict line says "Kesimpulan:" near the margin
    near_margin = [line for line in lines if line.lstrip().startswith("Kesimpulan:")]
    assert all(line.startswith(" " * len("Usulan: ")) for line in near_margin[:-1]), near_margin
    assert near_margin[-1].startswith(" Kesimpulan: ") and "RENDAH" not in near_margin[-1]


def test_a_title_given_alone_hangs_under_its_first_word():
    lines = _memo("Usulan " + "kerja sama kebudayaan " * 8)
    assert lines[1].startswith("Usulan kerja sama")
    assert lines[2].startswith(" " * len("Usulan ")) and lines[2].strip()


def test_the_date_judged_is_never_broken_beside_a_long_file_name():
    lines = _memo("Kerja sama", source="arsip/" + "usulan-kerja-sama-" * 5 + "2022.yaml")
    dated = [line for line in lines[:6] if "Tanggal penilaian" in line]
    assert dated == ["Tanggal penilaian: 1 Maret 2022"], lines[:6]

"""The blank checklist's head names the regulations, not the pack's identifier, and says each
thing once. Review 17: "Blangko daftar periksa — pp28-2018 1.0.0" led with a name no reader
knows, then "Dasar hukum: …" and "Dasar hukum yang berlaku: …" said the regulations twice;
Permendagri 3/2008's title was not its own ("tentang pedoman kerja sama daerah …")."""

from __future__ import annotations

import pytest

import paracheck
from paracheck.report import render_checklist


def _head(pack_name: str, fmt: str, lang: str, lines: int = 4) -> str:
    out = render_checklist(paracheck.load_pack(pack_name), lang, fmt)
    kept = [line.strip("# ") for line in out.splitlines() if line.strip()]
    return "\n".join(kept[:lines])


@pytest.mark.parametrize("fmt", ["text", "markdown"])
@pytest.mark.parametrize(
    ("pack", "regime"),
    [
        ("pp28-2018", "PP 28/2018 dan Permendagri 25/2020"),
        ("permendagri-3-2008", "Permendagri 3/2008"),
    ],
)
def test_the_checklist_is_titled_by_its_regulations_and_names_the_pack_once(fmt, pack, regime):
    head = _head(pack, fmt, "id")
    title = head.splitlines()[0]
    assert title == f"Blangko daftar periksa — {regime}"
    assert head.count(pack) == 1 and "Paket aturan" in head
    assert "Dasar hukum" not in head and "Dasar aturan" not in head


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_the_instruments_are_named_by_their_official_titles(fmt):
    old = " ".join(_head("permendagri-3-2008", fmt, "id", 8).split())
    assert (
        "Permendagri 3/2008 tentang Pedoman Pelaksanaan Kerja Sama Pemerintah Daerah dengan "
        "Pihak Luar Negeri" in old
    )
    new = " ".join(_head("pp28-2018", fmt, "id", 8).split())
    assert (
        "Permendagri 25/2020 tentang Tata Cara Kerja Sama Daerah dengan Pemerintah Daerah di Luar "
        "Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri" in new
    )

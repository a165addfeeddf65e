""" "Muat berkas" is part of the form: a file that cannot be read as a proposal at all (a PDF
chosen by mistake, YAML that does not parse), or no file chosen, leaves what was typed in the
form, and the page says so (web440 H1: the separate upload form emptied a form typed in full,
and nothing said the entries were gone). A file that loads, or one that can be read in part,
fills the form as before."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402

NTB = Path(__file__).parents[1] / "examples" / "ntb-zhejiang-2015.yaml"
TYPED = {"title": "Kerja sama Kota Kediri – Gimhae-si", "budget.apbd_allocation_idr": "350000000"}


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


def _upload(server: Server, name: str, content: bytes, lang: str = "id") -> httpx.Response:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/", params={"lang": lang}).text
        token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
        assert token
        return http.post(
            "/",
            data={"_csrf": token.group(1), "_lang": lang, "_action": "upload", **TYPED},
            files={"_file": (name, content)},
        )


def _kept(html: str) -> bool:
    return all(f'value="{value}"' in html for value in TYPED.values())


def test_the_form_page_has_one_form_holding_the_upload() -> None:
    template = (
        Path(__file__).parents[1] / "src" / "paracheck" / "web" / "templates" / "form.html"
    ).read_text(encoding="utf-8")
    assert template.count("<form ") == 1
    at = template.index("<form ")
    assert at < template.index('name="_file"') < template.index("</form>")
    # the first submit button, which Enter presses, is still the assessment's
    first = re.search(r'<button type="submit" name="_action" value="([^"]+)"', template[at:])
    assert first and first.group(1) == "assess"


def test_a_pdf_chosen_by_mistake_leaves_what_was_typed(server: Server) -> None:
    answer = _upload(server, "hasil.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert answer.status_code == 422
    assert _kept(answer.text)
    assert "Isian formulir di bawah ini tetap seperti semula" in answer.text
    # in the officer's words, without the file's first line and column or a command (web 462
    # M2: "hasil.pdf:1:1: … atau dibuat dengan paracheck init")
    said = " ".join(answer.text.split())
    assert (
        "Berkas ini adalah dokumen PDF, bukan berkas usulan paracheck (.yaml atau .json), "
        "misalnya berkas yang disimpan dengan tombol «Simpan isian (berkas YAML)»"
    ) in said
    assert "hasil.pdf:1:1" not in said and "paracheck init" not in said
    # said once: not again by "Berkas itu tidak dapat dibaca sebagai berkas usulan" (wording
    # review 462 M7)
    assert "tidak dapat dibaca sebagai berkas usulan" not in said


def test_a_text_note_is_said_to_be_no_form_file(server: Server) -> None:
    answer = _upload(server, "catatan.txt", b"catatan rapat koordinasi\n")
    assert answer.status_code == 422
    assert _kept(answer.text)
    said = " ".join(answer.text.split())
    assert "Isi berkas ini bukan berkas usulan paracheck (.yaml atau .json)" in said
    assert "pasangan kunci dan nilai" not in said and "catatan.txt:1:1" not in said


def test_a_file_of_nothing_shows_no_code(server: Server) -> None:
    """Wording review 462 M8: "Berkas ini berisi kosong (null)"."""
    answer = _upload(server, "kosong.yaml", b"~\n")
    said = " ".join(answer.text.split())
    assert "Isi berkas ini bukan berkas usulan paracheck" in said
    assert "(null)" not in said


def test_yaml_that_does_not_parse_leaves_what_was_typed_in_english_too(server: Server) -> None:
    answer = _upload(server, "broken.yaml", b"title: [unclosed\n", lang="en")
    assert answer.status_code == 422
    assert _kept(answer.text)
    assert "The form below is as it was" in answer.text


def test_no_file_chosen_leaves_what_was_typed(server: Server) -> None:
    answer = _upload(server, "", b"")
    assert answer.status_code == 422
    assert _kept(answer.text)
    assert "Belum ada berkas yang dipilih" in answer.text


def test_a_file_that_loads_fills_the_form_with_its_own_entries(server: Server) -> None:
    answer = _upload(server, NTB.name, NTB.read_bytes())
    assert answer.status_code == 200
    assert not _kept(answer.text)
    assert "sudah dimuat ke formulir" in answer.text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("package.json", b'{"name": "my-package", "version": "1.0.0"}'),
        ("compose.yaml", b"services:\n  web:\n    image: nginx\n"),
    ],
)
def test_a_mapping_with_no_field_of_a_proposal_leaves_what_was_typed(
    server: Server, name: str, content: bytes
) -> None:
    """Attack 450 H2: a file that parses as a mapping but holds no field the form has (a
    package.json chosen by mistake) emptied the typed form, and nothing said so."""
    answer = _upload(server, name, content)
    assert answer.status_code == 422
    assert _kept(answer.text)
    assert "Isian formulir di bawah ini tetap seperti semula" in answer.text


def test_a_file_read_in_part_says_that_it_replaced_what_was_typed(server: Server) -> None:
    """A file that does not load but fills some fields shows them, and the page says the typed
    entries gave way to them."""
    answer = _upload(server, "lain.yaml", b"schema: paracheck/proposal/v9\ntitle: Versi lain\n")
    assert answer.status_code == 422
    assert 'value="Versi lain"' in answer.text
    assert not _kept(answer.text)
    assert (
        "kini berisi bagian berkas lain.yaml yang dapat dibaca; isian yang diketik sebelumnya "
        "tidak dipertahankan"
    ) in " ".join(answer.text.split())

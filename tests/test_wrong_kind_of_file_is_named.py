"""A file that is plainly no proposal (a PDF, a Word or Excel file, an image, a ZIP) is said
to be what it is, with what to give instead (trial 27 U2): a PDF uploaded to the form was
"p3.pdf:2:2: Bukan teks UTF-8 (bita 0xd3); simpan berkas dengan pengodean UTF-8", words about
encodings for an officer who picked the wrong file. A text that is not UTF-8 keeps its
positioned message."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile

import pytest

import paracheck


def _zip(inner: str) -> bytes:
    held = io.BytesIO()
    with zipfile.ZipFile(held, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(inner, "<x/>")
    return held.getvalue()


FILES = {
    "pdf": ("p3.pdf", b"%PDF-1.7\n%\xd3\xeb\xe9\xe1\n1 0 obj\n<</Type/Catalog>>\n"),
    "docx": ("usulan.docx", _zip("word/document.xml")),
    "xlsx": ("anggaran.xlsx", _zip("xl/workbook.xml")),
    "office_old": ("usulan.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
    "image": ("foto.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"),
    "zip": ("berkas.zip", _zip("usulan.yaml")),
}


def _said(kind: str, lang: str, *, form: bool = False) -> str:
    words = paracheck.errors.Words.of(
        "file.wrong_kind", kind=paracheck.errors.Words.of(f"file.kind.{kind}")
    )
    said = words.render(lang, form=form)
    return said[0].upper() + said[1:]  # a sentence as printed


@pytest.mark.parametrize("kind", FILES)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wrong_kind_of_file_is_named_with_what_to_give_instead(kind, lang):
    name, data = FILES[kind]
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal_text(data, source=name)
    [problem] = refused.value.problems
    assert problem.sentence(lang) == _said(kind, lang)
    assert "UTF-8" not in problem.sentence(lang)


def test_the_command_line_names_a_pdf_given_as_a_proposal(tmp_path):
    name, data = FILES["pdf"]
    path = tmp_path / name
    path.write_bytes(data)
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip() == f"{path}:1:1: {_said('pdf', 'id')}"


def test_the_form_names_a_pdf_uploaded_as_a_proposal(http):
    page = http.get("/").text
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)
    name, data = FILES["pdf"]
    shown = http.post(
        "/", data={"_csrf": token, "_action": "upload"}, files={"_file": (name, data)}
    )
    assert shown.status_code == 422
    # in the form's words (web 462 M2): no command, the form's own button
    said = _said("pdf", "id", form=True)
    assert said.startswith("Berkas ini adalah dokumen PDF, bukan berkas usulan paracheck")
    assert said in shown.text.replace("&#39;", "'")

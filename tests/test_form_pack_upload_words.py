"""A rule pack uploaded to the web form is refused in the form's words: the officer was told
"berikan dengan --pack", an option of the command line the form does not have (atk23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_web_form import csrf_of

PACK = Path(__file__).resolve().parents[1] / "src" / "paracheck" / "rules" / "packs"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_pack_uploaded_to_the_form_is_refused_without_a_command_line_option(http, lang):
    token = csrf_of(http.get("/", params={"lang": lang}).text)
    page = http.post(
        "/",
        data={"_csrf": token, "_action": "upload", "_lang": lang},
        files={"_file": ("pp28-2018.yaml", (PACK / "pp28-2018.yaml").read_bytes())},
    )
    assert "--pack" not in page.text
    said = {"id": "berkas ini adalah paket aturan, bukan usulan", "en": "rule pack, not a proposal"}
    assert said[lang] in page.text.lower()

"""Fields that paracheck fills from its reference data when left empty (diplomatic relations,
the partner's working language) say so on the form. Review 17: the form offered
"— belum diketahui —" for diplomatic relations and said an empty field would be asked, while
the assessment judged it from the reference data without asking; the language field offered
a "belum ditunjuk" box, which means nothing for a language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


def _field(html: str, path: str) -> str:
    match = re.search(rf'<div class="field" data-path="{re.escape(path)}">(.*?)</div>', html, re.S)
    assert match, f"no field {path} on the form"
    return match.group(1)


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("id", "pakai data rujukan paracheck", "belum diketahui"),
        ("en", "reference data", "unknown"),
    ],
)
def test_diplomatic_relations_left_empty_says_the_reference_data_is_used(
    server, lang, said, not_said
):
    html = httpx.get(f"{server.url}/", params={"lang": lang}, timeout=60).text
    field = _field(html, "partner.diplomatic_relations")
    empty = re.search(r'<option value="">(.*?)</option>', field).group(1)
    assert said in empty and not_said not in empty
    assert "Kemlu" in field


def test_the_partners_language_has_no_none_box_and_says_what_empty_means(server):
    html = httpx.get(f"{server.url}/", params={"lang": "id"}, timeout=60).text
    field = _field(html, "partner.language")
    assert "belum ditunjuk" not in field and 'type="checkbox"' not in field
    assert "bahasa utama negaranya" in field


def test_other_yes_no_fields_still_call_an_empty_answer_unknown(server):
    html = httpx.get(f"{server.url}/", params={"lang": "id"}, timeout=60).text
    field = _field(html, "basis.people_to_people")
    assert "— belum diketahui —" in field

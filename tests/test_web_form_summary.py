"""The list of problems above the form names each field once, with its place: the fields
beside which the reasons stand are inside sectors and programmes the list has no headings for.

It said "Negara mitra: Negara mitra: 'Jepang' bukan kode negara" (the library's sentence
already begins with the label) and "Bidang sektor: wajib diisi" three times for three
sectors, without saying which."""

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


def summary(server: Server, fields: dict[str, str], lang: str) -> list[str]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        page = http.get("/", params={"lang": lang}).text
        token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page)
        assert token
        sent = {**fields, "_csrf": token.group(1), "_lang": lang, "_action": "assess"}
        response = http.post("/", data=sent)
    assert response.status_code == 422
    section = re.search(r'<section class="errors".*?</section>', response.text, re.S)
    assert section
    items = re.findall(r"<li>(.*?)</li>", section.group(0), re.S)
    return [re.sub(r"<[^>]+>", "", item).replace("&#39;", "'") for item in items]


def test_a_library_problem_names_its_field_once_in_the_list_above_the_form(server) -> None:
    lines = summary(server, {"title": "T", "partner.country": "Jepang"}, "id")
    assert lines == [
        "Negara mitra: 'Jepang' bukan kode negara; pilih negaranya dari daftar (misalnya 'JP' "
        "untuk Jepang)"
    ]


def test_the_list_above_the_form_says_which_sector_each_problem_is_in(server) -> None:
    # an empty choice is sent as a browser sends it
    fields = {
        "title": "T",
        "sectors.__count": "2",
        "sectors[0].name": "",
        "sectors[1].name": "culture",
    }
    fields |= {"sectors[1].programs.__count": "1", "sectors[1].programs[0].budget_idr": "1,5"}
    lines = summary(server, fields, "en")
    assert lines == [
        "Field of the sector (sector 1): required",
        "Programme budget (sector 2, programme 1): enter whole Rupiah, e.g. 250000000 or "
        "250,000,000",
    ]


def test_a_language_written_twice_in_the_staff_field_is_asked_about_not_overwritten(
    server,
) -> None:
    fields = {"title": "T", "human_resources.language_staff": "zh: 1\nen: 2\nzh: 3"}
    assert summary(server, fields, "id") == [
        "Staf yang menguasai bahasa mitra: bahasa «zh» ditulis dua kali; tulis satu baris "
        "untuk setiap bahasa dengan jumlah stafnya"
    ]

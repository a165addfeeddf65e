"""Switching the form's language after a failed "Nilai" says the form's problems again in the
other language: the values were kept but the list of problems was dropped until the form was
sent again (web440 L6). A form that showed no problems switches as before, checking nothing."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, running_server  # noqa: E402

TYPED = {"title": "Kerja sama Kota Kediri – Gimhae-si", "date": "31/02/2026"}


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


def _post(http: httpx.Client, token: str, action: str, lang: str, **extra: str) -> httpx.Response:
    return http.post("/", data={"_csrf": token, "_lang": lang, "_action": action, **TYPED, **extra})


def _token(http: httpx.Client) -> str:
    found = re.search(r'name="_csrf" value="([0-9a-f]+)"', http.get("/").text)
    assert found
    return found.group(1)


def test_the_problems_come_back_in_the_other_language(server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        token = _token(http)
        failed = _post(http, token, "assess", "id")
        assert failed.status_code == 422
        assert "bukan tanggal yang ada di kalender" in failed.text
        assert 'name="_checked" value="1"' in failed.text
        switched = _post(http, token, "lang:en", "id", _checked="1")
        assert switched.status_code == 422
        assert 'lang="en"' in switched.text
        assert "is not a date in the calendar" in switched.text
        assert 'value="Kerja sama Kota Kediri – Gimhae-si"' in switched.text


def test_a_form_that_showed_no_problems_switches_without_a_check(server: Server) -> None:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        switched = _post(http, _token(http), "lang:en", "id")
        assert switched.status_code == 200
        assert "is not a date in the calendar" not in switched.text
        assert 'value="31/02/2026"' in switched.text

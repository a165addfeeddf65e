"""An internal error met on the officer's pages is said as a page in Indonesian, not as the
API's English JSON (attack 462 M4: the form and the comparison page answered a 500 with
``{"type": "urn:paracheck:problem:internal", "title": "Internal error", …}``). The fault is
injected into the form's handler: no input is known to crash paracheck."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from paracheck.web import (
    create_app,
    pages,
)


def _broken(*_: object, **__: object) -> None:
    raise RuntimeError("injected fault")


def test_a_crash_on_the_form_is_an_indonesian_page(monkeypatch) -> None:
    monkeypatch.setattr(pages, "_finish_or_form", _broken)
    client = TestClient(create_app(), raise_server_exceptions=False)
    page = client.get("/").text
    token = re.search(r'name="_csrf" value="([0-9a-f]+)"', page).group(1)  # type: ignore[union-attr]
    answer = client.post(
        "/",
        data={"_csrf": token, "_action": "assess", "title": "Uji"},
        headers={"accept": "text/html"},
    )
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("text/html")
    assert "Terjadi kesalahan di dalam paracheck" in answer.text
    assert "Internal error" not in answer.text


def test_a_crash_on_the_api_is_still_problem_json(monkeypatch) -> None:
    import paracheck

    monkeypatch.setattr(paracheck, "render", _broken)
    client = TestClient(create_app(), raise_server_exceptions=False)
    answer = client.post(
        "/api/v1/assess",
        content=b"schema: paracheck/proposal/v1\ntitle: x\n",
        headers={"content-type": "application/yaml", "accept": "text/plain"},
    )
    assert answer.status_code == 500
    assert answer.headers["content-type"].startswith("application/problem+json")

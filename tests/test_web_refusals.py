"""The refusals the service makes before or around a route — no access token (401), too much
waiting work or an assessment over the time limit (503) — are said like every other problem:
problem+json in the request's ``lang`` (English when it gives none) for the API, a page in the
page's language for the officers' pages. Driven in-process through the application's own
ASGI interface with a real HTTP client (httpx), as tests/test_web_event_loop.py does."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from paracheck.web import Limits, create_app  # noqa: E402

ROOT = Path(__file__).parent.parent
NTB = (ROOT / "examples" / "ntb-zhejiang-2015.yaml").read_bytes()
YAML = {"content-type": "application/yaml"}
PROBLEM = "application/problem+json"


def _ask(app: Any, method: str, url: str, **options: Any) -> httpx.Response:
    async def run() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await client.request(method, url, **options)

    return asyncio.run(run())


def _problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "problems"}
    assert body["status"] == status and body["title"] and body["detail"]
    return body


@pytest.mark.parametrize(
    ("params", "title", "words", "wrong_title", "wrong_words"),
    [
        (
            {"lang": "id"},
            "Perlu token akses",
            "token diberikan oleh pengelola server",
            "Token akses tidak diterima",
            "periksa token yang diberikan pengelola server",
        ),
        (
            {"lang": "en"},
            "Access token required",
            "the server's administrator gives the token",
            "Access token not accepted",
            "check the token the server's administrator gave",
        ),
        (
            {},
            "Access token required",
            "the server's administrator gives the token",
            "Access token not accepted",
            "check the token the server's administrator gave",
        ),
    ],
    ids=["id", "en", "default-english"],
)
def test_a_request_without_the_access_token_is_refused_in_its_language(
    params: dict, title: str, words: str, wrong_title: str, wrong_words: str
) -> None:
    app = create_app(token="s3cret-token")
    response = _ask(app, "GET", "/api/v1/packs", params=params)
    body = _problem(response, 401)
    assert body["type"] == "urn:paracheck:problem:unauthorized"
    assert body["title"] == title and words in body["detail"]
    assert "Authorization: Bearer <token>" in body["detail"]
    assert response.headers["www-authenticate"].startswith("Basic")
    # a token sent, but not this server's, is said as such (trial 410 L5)
    response = _ask(
        app, "GET", "/api/v1/packs", params=params, headers={"authorization": "Bearer wrong"}
    )
    body = _problem(response, 401)
    assert body["type"] == "urn:paracheck:problem:unauthorized"
    assert body["title"] == wrong_title and wrong_words in body["detail"]
    assert response.headers["www-authenticate"].startswith("Basic")


@pytest.mark.parametrize(
    ("params", "lang", "words"),
    [
        ({}, "id", "Server ini hanya dapat dipakai dengan token akses."),
        ({"lang": "en"}, "en", "This server can only be used with an access token."),
    ],
    ids=["default-indonesian", "en"],
)
def test_the_form_without_the_access_token_is_a_page_in_its_language(
    params: dict, lang: str, words: str
) -> None:
    """What a browser shows when its user cancels the sign-in prompt."""
    response = _ask(create_app(token="s3cret-token"), "GET", "/", params=params)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["www-authenticate"].startswith("Basic")
    assert f'<html lang="{lang}">' in response.text and words in response.text


@pytest.mark.parametrize(
    ("params", "title", "detail"),
    [
        (
            {"lang": "id"},
            "Server sedang sibuk",
            "terlalu banyak penilaian yang sedang menunggu; coba lagi sebentar lagi",
        ),
        ({}, "Busy", "too many assessments are waiting; retry in a moment"),
    ],
    ids=["id", "default-english"],
)
def test_a_busy_server_says_so_in_the_request_s_language(
    params: dict, title: str, detail: str
) -> None:
    app = create_app(limits=Limits(queue=0))  # no room for any work: every run is refused
    response = _ask(app, "POST", "/api/v1/validate", params=params, content=NTB, headers=YAML)
    body = _problem(response, 503)
    assert (body["type"], body["title"], body["detail"]) == (
        "urn:paracheck:problem:busy",
        title,
        detail,
    )
    assert response.headers["retry-after"] == "1"


@pytest.mark.parametrize(
    ("params", "title", "detail"),
    [
        ({"lang": "id"}, "Waktu penilaian habis", "penilaian tidak selesai dalam batas waktu "),
        ({"lang": "en"}, "Took too long", "the assessment did not finish within "),
    ],
    ids=["id", "en"],
)
def test_an_assessment_over_the_time_limit_says_so_in_the_request_s_language(
    params: dict, title: str, detail: str
) -> None:
    # a microsecond: the limit is kept by the clock as well as by the timer
    # (paracheck.web.work), so any assessment is over it, every time
    app = create_app(limits=Limits(timeout=0.000001))
    response = _ask(app, "POST", "/api/v1/assess", params=params, content=NTB, headers=YAML)
    body = _problem(response, 503)
    assert (body["type"], body["title"]) == ("urn:paracheck:problem:timeout", title)
    assert body["detail"].startswith(detail)
    assert body["detail"].endswith(
        " detik; coba lagi sebentar lagi" if params["lang"] == "id" else " s"
    )
    assert response.headers["retry-after"] == "5"

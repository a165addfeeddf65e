"""The API's language is negotiated one way on every answer: the query's ``lang`` first, then
the ``Accept-Language`` header, then the answer's default (a report Indonesian, an error
English). ``Accept-Language`` was not read at all: a client sending ``Accept-Language: id``
got English errors, and ``en`` an Indonesian report. Each answer whose words follow the
request says its language (``Content-Language``) and ``Vary: Accept-Language``."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from paracheck.web.problems import accepted_lang  # noqa: E402
from tests.web_support import Server, running_server  # noqa: E402

ROOT = Path(__file__).parent.parent
NTB = (ROOT / "examples" / "ntb-zhejiang-2015.yaml").read_bytes()
YAML = {"content-type": "application/yaml"}
MEMO = {"id": "Telaahan risiko kerja sama", "en": "Decision memo"}  # NTB: an MoU signed


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("id", "id"),
        ("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id"),
        ("en-US,en;q=0.9", "en"),
        ("in-ID", "id"),  # Indonesian's code before 1989, still sent by old systems
        ("fr-FR, en;q=0.5, id;q=0.8", "id"),  # the highest q among what is spoken
        ("en;q=0.5, id;q=0.5", "en"),  # a tie: the first listed
        ("id;q=0, en;q=0.1", "en"),  # q=0 means "not this one"
        ("fr, de", None),  # neither: the answer's default
        ("*", None),
        ("", None),
        ("id;q=abc", None),  # a weight that is no number counts for nothing
        (";;,,", None),
    ],
)
def test_accept_language_picks_the_spoken_language_it_prefers(header, lang):
    assert accepted_lang(header) == lang


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server(PARACHECK_MAX_BODY=str(64 * 1024)) as live:
        yield live


@pytest.fixture(scope="module")
def client(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


@pytest.mark.parametrize(
    ("params", "header", "lang"),
    [
        ({}, {}, "id"),
        ({}, {"accept-language": "en-GB,en;q=0.9"}, "en"),
        ({}, {"accept-language": "id-ID"}, "id"),
        ({"lang": "id"}, {"accept-language": "en"}, "id"),  # the query wins
        ({"lang": "en"}, {"accept-language": "id"}, "en"),
    ],
)
def test_a_report_follows_lang_then_accept_language(client, params, header, lang):
    answer = client.post(
        "/api/v1/assess",
        content=NTB,
        params=params,
        headers={**YAML, "accept": "text/plain", **header},
    )
    assert answer.status_code == 200, answer.text
    assert answer.text.startswith(MEMO[lang]), answer.text[:80]
    assert answer.headers["content-language"] == lang
    assert "Accept-Language" in answer.headers["vary"]


def test_a_comparison_in_markdown_follows_accept_language(client):
    pair = json.dumps({"old": NTB.decode(), "new": NTB.decode()})
    said = {}
    for lang, header in (("id", "id"), ("en", "en-US")):
        answer = client.post(
            "/api/v1/diff",
            content=pair,
            headers={
                "content-type": "application/json",
                "accept": "text/markdown",
                "accept-language": header,
            },
        )
        assert answer.status_code == 200, answer.text
        assert answer.headers["content-language"] == lang
        said[lang] = answer.text
    assert said["id"] != said["en"]


def _problem(answer: httpx.Response, status: int) -> dict:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/problem+json"
    return answer.json()


@pytest.mark.parametrize(
    ("lang", "header"),
    [("id", {"accept-language": "id-ID,en;q=0.5"}), ("en", {"accept-language": "en"}), ("en", {})],
)
def test_every_kind_of_problem_follows_accept_language(client, lang, header):
    titles = {
        "id": [
            "Berkas usulan tidak sesuai format",
            "Paket aturan tidak ada",
            "Alamat tidak ditemukan",
            "Permintaan tidak sesuai",
            "Isi permintaan terlalu besar",
        ],
        "en": [
            "The proposal is not valid",
            "No such pack",
            "Not found",
            "The request is not valid",
            "Body too large",
        ],
    }
    answers = [
        (client.post("/api/v1/validate", content=b"title: x\n", headers={**YAML, **header}), 422),
        (client.get("/api/v1/packs/nowhere", headers=header), 404),
        (client.get("/api/v1/nowhere", headers=header), 404),
        (
            client.post(
                "/api/v1/assess",
                content=NTB,
                params={"as_of": "20150610"},
                headers={**YAML, **header},
            ),
            422,
        ),
        (
            client.post("/api/v1/assess", content=b"x" * (65 * 1024), headers={**YAML, **header}),
            413,
        ),
    ]
    for (answer, status), title in zip(answers, titles[lang], strict=True):
        body = _problem(answer, status)
        assert body["title"] == title, body
        assert answer.headers["content-language"] == lang
        assert "Accept-Language" in answer.headers["vary"]
    if lang == "id":  # the positioned problem's message too
        body = _problem(answers[0][0], 422)
        assert body["problems"][0]["message"].startswith("Versi format berkas tidak ada"), body


@pytest.mark.parametrize(("sent", "lang"), [("id-ID", "id"), ("ID", "id"), ("en-GB", "en")])
def test_a_language_tag_the_query_refuses_is_refused_in_that_language(client, sent, lang):
    """Web 490 L5: ``?lang=id-ID`` was refused in English, while ``Accept-Language: id-ID``
    is understood; the value is still refused (the option takes ``id`` or ``en``)."""
    answer = client.post("/api/v1/assess", content=NTB, params={"lang": sent}, headers=YAML)
    problem = _problem(answer, 422)
    title = {"id": "Permintaan tidak sesuai", "en": "The request is not valid"}[lang]
    assert problem["title"] == title
    [item] = problem["problems"]
    assert item["path"] == "query.lang" and f"'{sent}'" in item["message"]

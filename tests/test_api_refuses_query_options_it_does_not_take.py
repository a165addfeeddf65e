"""A query option an API address does not take, or one given twice, is refused with 422
problem+json naming it and the options the address takes (atk21). Each was ignored:
``?langg=en`` answered in Indonesian, ``?format=markdown`` with JSON, ``?lang=en&lang=id`` in
one of the two, all a silent 200, where /diff's body refuses a member it does not know."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

import paracheck  # noqa: E402
from tests.web_support import running_server  # noqa: E402

EXAMPLE = (Path(__file__).parent.parent / "examples" / "well-prepared-2023.yaml").read_bytes()
YAML = {"content-type": "application/yaml"}
DIFF_BODY = json.dumps({"old": EXAMPLE.decode(), "new": EXAMPLE.decode()})
JSON = {"content-type": "application/json"}


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=120) as http:
        yield http


def _problem(response: httpx.Response) -> dict:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    return response.json()


def _listed(options: list[str]) -> str:
    return ", ".join(f"'{name}'" for name in options)


REQUESTS = {
    "assess": ("POST", "/api/v1/assess", EXAMPLE, YAML, ["lang", "pack", "as_of"]),
    "validate": ("POST", "/api/v1/validate", EXAMPLE, YAML, ["lang"]),
    "diff": ("POST", "/api/v1/diff", DIFF_BODY, JSON, ["lang", "pack", "as_of"]),
    "packs": ("GET", "/api/v1/packs", None, {}, ["lang"]),
}


@pytest.mark.parametrize("name", REQUESTS)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_query_option_the_address_does_not_take_is_refused_naming_what_it_takes(
    client: httpx.Client, name: str, lang: str
) -> None:
    method, path, body, headers, takes = REQUESTS[name]
    sent = client.request(
        method, path, content=body, headers=headers, params={"lang": lang, "langg": "en"}
    )
    problem = _problem(sent)
    [item] = problem["problems"]
    assert item["path"] == "query.langg"
    said = paracheck.message("api.query.unknown", lang, name="'langg'", known=_listed(takes))
    assert item["message"] == said
    assert problem["detail"] == said


def test_an_option_given_twice_is_refused_not_one_of_them_chosen(client: httpx.Client) -> None:
    sent = client.post(
        "/api/v1/assess", content=EXAMPLE, headers=YAML, params=[("lang", "en"), ("lang", "id")]
    )
    [item] = _problem(sent)["problems"]
    assert item["path"] == "query.lang"
    # said in one of the two languages asked for (which one is the server's to choose)
    said = {paracheck.message("api.query.twice", lang, name="'lang'") for lang in ("en", "id")}
    assert item["message"] in said

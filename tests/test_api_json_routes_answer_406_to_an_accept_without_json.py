"""Every route of the API that answers JSON only answers 406 (problem+json) to an ``Accept``
that takes no JSON, as /assess and /diff do, and a weight above 1 or not a number is no
preference (attack 440 M5: ``GET /packs`` with ``Accept: image/png`` answered 200 JSON;
``text/html;q=2, application/json`` chose HTML). The OpenAPI document is such a route too
(attack 450 M4), and a browser's Accept, which ends in ``*/*``, still gets it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from paracheck.web.api import choose  # noqa: E402
from tests.web_support import running_server  # noqa: E402

WELL = (Path(__file__).parents[1] / "examples" / "well-prepared-2023.yaml").read_bytes()
GETS = [
    "/api/v1/packs",
    "/api/v1/packs/pp28-2018",
    "/api/v1/packs/pp28-2018/rules",
    "/api/v1/packs/pp28-2018/rules/BUD-001",
    "/api/v1/schemas/proposal",
    "/api/v1/schemas/assessment",
    "/api/v1/health",
    "/openapi.json",  # attack 450 M4: 200 JSON to "text/html" and "*/*;q=0"
]


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize("path", GETS)
def test_a_json_route_refuses_an_accept_without_json(http, path) -> None:
    refused = http.get(path, headers={"Accept": "image/png"})
    assert refused.status_code == 406
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert http.get(path, headers={"Accept": "application/json"}).status_code == 200
    assert http.get(path).status_code == 200  # no Accept: JSON


def test_validate_refuses_an_accept_without_json(http) -> None:
    headers = {"Content-Type": "application/yaml", "Accept": "text/html"}
    assert http.post("/api/v1/validate", content=WELL, headers=headers).status_code == 406
    headers["Accept"] = "*/*"
    assert http.post("/api/v1/validate", content=WELL, headers=headers).status_code == 200


@pytest.mark.parametrize("weight", ["2", "inf", "nan", "-1"])
def test_a_weight_out_of_range_is_no_preference(weight) -> None:
    offered = ["application/json", "text/html"]
    assert choose(f"text/html;q={weight}, application/json", offered) == "application/json"


def test_a_browser_opening_the_openapi_document_gets_it(http) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    got = http.get("/openapi.json", headers={"Accept": browser})
    assert got.status_code == 200
    assert got.json()["info"]["title"] == "paracheck"
    assert http.get("/openapi.json", headers={"Accept": "*/*;q=0"}).status_code == 406

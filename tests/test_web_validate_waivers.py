"""``POST /api/v1/validate`` refuses an accepted risk of a rule the pack in force lacks, as
``paracheck validate`` and ``/assess`` do; it answered ``{"valid": true}`` for a proposal that
``/assess`` then refused with 422."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import running_server  # noqa: E402

BODY = b"""schema: paracheck/proposal/v1
title: W
date: 2021-01-01
accepted_risks:
  - {rule: ZZZ-999, reason: r, accepted_by: Sekda, until: 2030-01-01}
"""


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


def test_validate_and_assess_agree_on_a_waiver_naming_no_rule(client: httpx.Client) -> None:
    headers = {"content-type": "application/yaml"}
    validated = client.post("/api/v1/validate?lang=id", content=BODY, headers=headers)
    assessed = client.post("/api/v1/assess?lang=id", content=BODY, headers=headers)
    assert validated.status_code == assessed.status_code == 422, validated.text
    assert validated.headers["content-type"] == "application/problem+json"
    (problem,) = validated.json()["problems"]
    assert (problem["line"], problem["column"], problem["path"]) == (
        5,
        12,
        "accepted_risks[0].rule",
    )
    assert "ZZZ-999 tidak ada dalam paket pp28-2018" in problem["message"]
    assert validated.json()["problems"] == assessed.json()["problems"]

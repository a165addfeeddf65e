"""Two requests a server answered wrongly (attack 430), over real HTTP:

- M4: a token read from an env file or a secret ending in a newline started the server, then
  refused every Bearer and Basic request as "not this server's token".
- M3: a /diff body with a number of more than 4,300 digits was called "not JSON … nested too
  deeply to read", with no place; /assess said the place for the same proposal.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import running_server  # noqa: E402

NTB = (Path(__file__).parent.parent / "examples" / "ntb-zhejiang-2015.yaml").read_text("utf-8")


def test_a_token_ending_in_a_line_end_is_the_token_without_it() -> None:
    with (
        running_server(PARACHECK_TOKEN="s3cret-token\n") as guarded,
        httpx.Client(base_url=guarded.url, timeout=60) as http,
    ):
        bearer = {"authorization": "Bearer s3cret-token"}
        assert http.get("/api/v1/packs", headers=bearer).status_code == 200
        assert http.get("/", auth=("officer", "s3cret-token")).status_code == 200
        assert http.get("/api/v1/packs").status_code == 401


def test_a_number_too_long_to_read_is_said_with_its_place() -> None:
    digits = "1" * 5000
    body = '{"old": ' + json.dumps(NTB) + ', "new": {"schema": "paracheck/proposal/v1", '
    body += f'"title": "x", "budget": {{"apbd_allocation_idr": {digits}}}}}}}'
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        for lang, words in (("en", "has 5000 digits, more than can be read"), ("id", "5000 digit")):
            answer = http.post(
                f"/api/v1/diff?lang={lang}",
                content=body.encode("utf-8"),
                headers={"content-type": "application/json"},
            )
            assert answer.status_code == 422, answer.text
            problem = answer.json()
            assert words in problem["detail"], problem
            assert "nested" not in problem["detail"] and "bersarang" not in problem["detail"]
            (item,) = problem["problems"]
            assert (item["line"], item["column"]) == (1, body.index(digits) + 1)

"""The API's refusal of a query option quotes the value as it was sent, its spaces kept
(attack 440 M4: ``?lang=id%20`` was refused as "… hanya dapat berupa 'id' … bukan 'id'", the
space stripped, so the sentence refused the very value it allowed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import running_server  # noqa: E402

WELL = Path(__file__).parents[1] / "examples" / "well-prepared-2023.yaml"


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as client:
        yield client


@pytest.mark.parametrize(
    ("sent", "quoted"), [("id ", "'id '"), (" en", "' en'"), ("id\t", "'id '")]
)
def test_a_language_with_a_space_is_refused_quoting_the_space(http, sent, quoted) -> None:
    answer = http.post(
        "/api/v1/assess",
        params={"lang": sent},
        content=WELL.read_bytes(),
        headers={"Content-Type": "application/yaml", "Accept-Language": "id"},
    )
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")
    detail = answer.json()["detail"]
    assert detail.endswith(f"bukan {quoted}") or detail.endswith(f"not {quoted}"), detail

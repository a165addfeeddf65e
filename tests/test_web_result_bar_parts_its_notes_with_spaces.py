"""The result bar's notes are parted by " · " with a space on each side (web440 L: "…dan PP
28/2018 berlaku· masa berlaku MoU telah berakhir (19 September 2023)· …")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.test_web_form import _fields_of, csrf_of, post  # noqa: E402
from tests.web_support import running_server  # noqa: E402

KALTIM = Path(__file__).parent / "data" / "dprd430-kaltim-sichuan-2016-oversight.yaml"


@pytest.fixture(scope="module")
def browser() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


def test_each_note_of_the_bar_stands_apart_from_the_one_before(browser: httpx.Client) -> None:
    page = browser.get("/").text
    uploaded = browser.post(
        "/",
        data={"_csrf": csrf_of(page), "_action": "upload"},
        files={"_file": (KALTIM.name, KALTIM.read_bytes())},
    ).text
    result = post(browser, _fields_of(uploaded), "assess").text
    bar = result[result.index('class="paracheck-bar"') :]
    bar = bar[: bar.index("</p>")]
    assert bar.count('class="pc-note"') >= 2
    said = " ".join(re.sub(r"<[^>]+>", "", bar).split())
    assert "·" in said
    assert not re.search(r"\S·|·\S", said), said

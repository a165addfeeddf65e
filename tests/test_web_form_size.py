"""The form's size is bounded: a page holds at most ``MAX_ITEMS`` sectors, programmes,
procedure steps and accepted risks together (each is ~4 KB of inputs, rendered on the event
loop). Without the bound a 4 KB post asked for a page of gigabytes, and a valid upload of
27,000 programmes made a 108 MB page while every other request waited."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from paracheck.web.form import MAX_ITEMS  # noqa: E402
from tests.web_support import Server, running_server  # noqa: E402


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


@pytest.fixture
def browser(server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=120) as http:
        yield http


def csrf(http: httpx.Client) -> str:
    match = re.search(r'name="_csrf" value="([0-9a-f]+)"', http.get("/").text)
    assert match
    return match.group(1)


def test_a_small_post_naming_more_items_than_a_page_holds_is_refused_unrendered(
    browser: httpx.Client,
) -> None:
    sectors = 40
    fields = {"_csrf": csrf(browser), "_action": "show", "sectors.__count": str(sectors)}
    fields |= {f"sectors[{i}].programs.__count": "40" for i in range(sectors)}
    # the items posted, each with its input, as a browser posts them (a count that no posted
    # item backs draws nothing: test_web_form)
    fields |= {f"sectors[{i}].programs[{j}].name": "" for i in range(sectors) for j in range(40)}
    assert sectors * 41 > MAX_ITEMS
    response = browser.post("/", data=fields)
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    assert "terlalu besar" in response.text
    assert len(response.content) < 100_000  # the message page, not 1,640 items of inputs


def test_adding_past_the_limit_keeps_what_was_typed_and_says_why_beside_the_list(
    browser: httpx.Client,
) -> None:
    fields = {
        "_csrf": csrf(browser),
        "_lang": "en",
        "_action": "add:sectors[0].programs",
        "title": "Kept title",
        "sectors.__count": "1",
        "sectors[0].name": "culture",
        "sectors[0].programs.__count": str(MAX_ITEMS - 1),
        # every item the page holds, as a browser posts them (attack 440 M3: a count backed
        # by the last item alone draws only the items before the first one missing)
        **{f"sectors[0].programs[{j}].name": "" for j in range(MAX_ITEMS - 1)},
        "sectors[0].programs[5].name": "Kept programme",
    }
    response = browser.post("/", data=fields)
    assert response.status_code == 422
    html = response.text
    assert 'value="Kept title"' in html and 'value="Kept programme"' in html
    count = re.search(r'name="sectors\[0\]\.programs\.__count" value="(\d+)"', html)
    assert count and int(count.group(1)) == MAX_ITEMS - 1
    said = "this form holds at most 1,000 items in all (sectors, programmes, procedure steps, and"
    assert f'<p class="error">{said}' in html
    # the message sits in the programmes' list, before its add button
    at = html.index(said)
    assert html.index('value="add:sectors[0].programs"', at) > at


def test_uploading_a_file_too_large_for_the_form_says_to_assess_it_as_a_file(
    browser: httpx.Client,
) -> None:
    programmes = "".join(f"      - {{name: p{i}}}\n" for i in range(MAX_ITEMS + 1))
    document = (
        "schema: paracheck/proposal/v1\ntitle: Big\nsectors:\n  - name: culture\n"
        f"    programs:\n{programmes}"
    ).encode()
    response = browser.post(
        "/",
        data={"_csrf": csrf(browser), "_action": "upload"},
        files={"_file": ("big.yaml", document)},
    )
    assert response.status_code == 413
    assert "usulan ini memuat 1.002 butir (sektor, program" in response.text
    assert "paracheck assess" in response.text
    assert len(response.content) < 200_000


def test_a_count_backed_by_its_last_item_alone_draws_no_items_before_it(
    browser: httpx.Client,
) -> None:
    """Attack 440 M3: ``sectors.__count=1000`` and one field of the 1000th sector, 136 bytes,
    drew a page of a thousand sectors (5.4 MB, four seconds)."""
    fields = {
        "_csrf": csrf(browser),
        "_action": "show",
        "sectors.__count": "1000",
        "sectors[999].name": "culture",
    }
    response = browser.post("/", data=fields)
    assert response.status_code == 200
    count = re.search(r'name="sectors\.__count" value="(\d+)"', response.text)
    assert count and count.group(1) == "0"
    assert len(response.content) < 1_000_000

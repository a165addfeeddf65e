"""A form is never refused for having been served by another process, and a refused form
gives back what was typed.

``paracheck serve --workers 2`` runs two processes; each drew its own secret for the form's
CSRF token, so a form served by one worker and posted (on a new connection: a browser's
keep-alive lasts 5 seconds) to the other was refused 403 — 32 of 40 posts in one trial — and
the refusal page said "reload the page", which loses everything typed. ``serve`` now gives its
workers one secret through the environment (``PARACHECK_FORM_SECRET``, which an operator may
also set so a restart does not expire open forms), and a refused form post shows the form
again with what was posted, unacted on, under a sentence saying why.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.web_support import Server, free_port, running_server  # noqa: E402

SECRET_ENV = "PARACHECK_FORM_SECRET"


def _token(html: str) -> str:
    found = re.search(r'name="_csrf" value="([0-9a-f]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def test_serve_gives_its_worker_processes_one_form_secret(monkeypatch) -> None:
    serve = importlib.import_module("paracheck.web.serve")  # the module, not the function

    seen: dict[str, str | None] = {}
    monkeypatch.delenv(SECRET_ENV, raising=False)
    monkeypatch.setattr(
        serve.uvicorn, "run", lambda *a, **k: seen.update(s=serve.os.environ.get(SECRET_ENV))
    )
    serve.serve("127.0.0.1", free_port(), workers=2)
    assert seen["s"] is not None and re.fullmatch(r"[0-9a-f]{64}", seen["s"])
    # an operator's own secret (kept across restarts) is the one used
    monkeypatch.setenv(SECRET_ENV, "ab" * 32)
    serve.serve("127.0.0.1", free_port(), workers=2)
    assert seen["s"] == "ab" * 32


@pytest.fixture(scope="module")
def two_workers() -> Iterator[tuple[Server, Server]]:
    """Two processes started as ``serve --workers 2`` starts its workers: same environment."""
    secret = {SECRET_ENV: "5e" * 32}
    with running_server(**secret) as first, running_server(**secret) as second:
        yield first, second


def test_a_form_served_by_one_worker_is_accepted_by_the_other(two_workers) -> None:
    first, second = two_workers
    with httpx.Client(base_url=first.url, timeout=60) as browser:
        token = _token(browser.get("/").text)
        cookies = browser.cookies
    with httpx.Client(base_url=second.url, timeout=60, cookies=cookies) as browser:
        posted = browser.post(
            "/", data={"title": "Kota Kembar", "_csrf": token, "_lang": "id", "_action": "yaml"}
        )
    assert posted.status_code == 200, posted.text[:300]
    assert "title: Kota Kembar" in posted.text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_form_gives_back_what_was_typed(two_workers, lang) -> None:
    server, _ = two_workers
    typed = {
        "title": "Kerja sama yang diketik satu jam",
        "date": "2021-05-01",
        "sectors.__count": "1",
        "sectors[0].name": "fisheries",
        "sectors[0].lead_agency": "Dinas Kelautan dan Perikanan",
    }
    with httpx.Client(base_url=server.url, timeout=60) as browser:
        browser.get("/")
        refused = browser.post(
            "/", data={**typed, "_csrf": "0" * 64, "_lang": lang, "_action": "assess"}
        )
        assert refused.status_code == 403
        page = refused.text
        assert 'class="proposal"' in page  # the form, not a dead end
        for value in typed.values():
            if not value.isdigit():
                assert value in page, value
        assert ("belum dinilai" if lang == "id" else "nothing was done") in page
        # sent again from the page it got back, the same entries are accepted
        again = browser.post(
            "/", data={**typed, "_csrf": _token(page), "_lang": lang, "_action": "yaml"}
        )
    assert again.status_code == 200
    assert "Kerja sama yang diketik satu jam" in again.text


def test_a_refused_post_from_the_result_page_gives_back_the_proposal(two_workers) -> None:
    server, _ = two_workers
    document = "schema: paracheck/proposal/v1\ntitle: Dari halaman hasil\ndate: 2021-05-01\n"
    with httpx.Client(base_url=server.url, timeout=60) as browser:
        browser.get("/")
        refused = browser.post(
            "/", data={"_yaml": document, "_csrf": "0" * 64, "_lang": "id", "_action": "edit"}
        )
    assert refused.status_code == 403
    assert 'class="proposal"' in refused.text and "Dari halaman hasil" in refused.text

"""A lapsed MoU's verdict line says that the MoU has ended, with its last day, in every
report and on the web result page's bar (words19 A6: "Kesimpulan: RISIKO TINGGI / Tidak ada
penghambat; ada risiko tinggi yang perlu ditangani." and the bar's "Kesimpulan: risiko
tinggi" read as a running partnership's clearance to carry on, while the notice below said
the activities had no MoU left to rest on)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import paracheck
from paracheck.report import formatting, view
from paracheck.report.messages import message

ROOT = Path(__file__).resolve().parents[1]
LAPSED = ROOT / "tests" / "golden" / "proposals" / "padang-hildesheim-2016.yaml"


def _lapsed() -> paracheck.Assessment:
    proposal = paracheck.load_proposal(str(LAPSED))
    return paracheck.assess(proposal, as_of=proposal.date)


def _flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_lapsed_mous_verdict_line_says_the_mou_ended_and_when(fmt, lang):
    a = _lapsed()
    assert "mou_expired" in {n.code for n in a.notices}
    assert a.verdict in ("high_risk", "medium_risk")
    ended = view.notice_date(a, "mou_expired")
    assert ended is not None
    out = _flat(paracheck.render(a, fmt, lang))
    said = message(
        "verdict_note.lapsed.risks",
        lang,
        on=f" ({formatting.date(ended, lang)})",
        ended=message("verdict_note.lapsed.ended", lang),
    )
    assert _flat(said) in out
    # not the note of a running partnership with that verdict ("Tidak ada penghambat; …")
    assert message(f"verdict_note.{a.verdict}", lang) not in out


def test_a_running_partnerships_verdict_line_is_unchanged():
    proposal = paracheck.load_proposal(str(ROOT / "examples" / "signed-before-dprd-2021.yaml"))
    a = paracheck.assess(proposal, as_of=proposal.date)
    assert "mou_expired" not in {n.code for n in a.notices}
    assert a.verdict == "high_risk"
    assert view.verdict_note(a, "id") == message("verdict_note.high_risk", "id")


# --- the web result page's bar -------------------------------------------------------------

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.test_web_form import _fields_of, csrf_of, post  # noqa: E402
from tests.web_support import running_server  # noqa: E402


@pytest.fixture(scope="module")
def browser() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


def test_the_result_bar_of_a_lapsed_mou_says_when_it_ended(browser: httpx.Client) -> None:
    a = _lapsed()
    short = next(n.short for n in a.notices if n.code == "mou_expired")
    assert short is not None
    page = browser.get("/").text
    uploaded = browser.post(
        "/",
        data={"_csrf": csrf_of(page), "_action": "upload"},
        files={"_file": (LAPSED.name, LAPSED.read_bytes())},
    ).text
    result = post(browser, _fields_of(uploaded), "assess").text
    bar = result[result.index('class="paracheck-bar"') :]
    bar = bar[: bar.index("</header>")]
    assert 'class="pc-note"' in bar
    assert short.id in _flat(bar)

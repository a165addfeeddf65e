"""The web result page says which steps required at the proposal's stage the form leaves
out, as ``paracheck assess`` hints on standard error for a file: an officer filling in the
form adds only the steps they know, and a step left out was read as "not listed" with
nothing on the page saying how to give it (the hint existed only on the command line). The
page names the steps by their labels, without the file's codes and YAML words, and says how
to add them; a form that lists every required step shows no hint.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import paracheck
from paracheck.facts.labels import value_label

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.test_web_form import _fields_of, csrf_of, post  # noqa: E402
from tests.web_support import running_server  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
#: an MoU of April 2017 evaluated in 2026 whose file leaves out two required steps
LEAVES_OUT = ROOT / "tests" / "data" / "holdout37-bengkulu-fujian-2017.yaml"
#: a proposal that lists every step its stage requires
LISTS_ALL = ROOT / "examples" / "well-prepared-2023.yaml"


def _assessed(path: Path) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(path)))


def _flat(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_samples_leave_out_two_steps_and_none():
    assert paracheck.unlisted_steps(_assessed(LEAVES_OUT)) == [
        "agreement_drafting",
        "deposit_with_kemlu",
    ]
    assert paracheck.unlisted_steps(_assessed(LISTS_ALL)) == []


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_note_names_each_step_by_its_label_without_codes(lang):
    a = _assessed(LEAVES_OUT)
    note = paracheck.unlisted_note(a, lang)
    assert note is not None
    for step in paracheck.unlisted_steps(a):
        assert value_label("procedure.<step>.step", step, lang) in note
        assert step not in note  # no code such as agreement_drafting
    assert "procedure:" not in note and "unknown" not in note  # no YAML words
    assert value_label("procedure.<step>.status", "unknown", lang) in note
    assert paracheck.unlisted_note(_assessed(LISTS_ALL), lang) is None


def test_one_step_left_out_is_said_in_the_singular():
    a = _assessed(ROOT / "tests" / "data" / "holdout36-bandung-braunschweig-2019.yaml")
    assert paracheck.unlisted_steps(a) == ["deposit_with_kemlu"]
    assert paracheck.unlisted_note(a, "en").startswith("the step “deposit with Kemlu” is ")
    assert "masing-masing" not in (paracheck.unlisted_note(a, "id") or "")


@pytest.fixture(scope="module")
def browser() -> Iterator[httpx.Client]:
    with running_server() as live, httpx.Client(base_url=live.url, timeout=60) as http:
        yield http


def _result_bar(browser: httpx.Client, path: Path, lang: str) -> str:
    page = browser.get("/", params={"lang": lang}).text
    uploaded = browser.post(
        "/",
        data={"_csrf": csrf_of(page), "_action": "upload", "_lang": lang},
        files={"_file": (path.name, path.read_bytes())},
    ).text
    result = post(browser, _fields_of(uploaded), "assess", lang).text
    bar = result[result.index('class="paracheck-bar"') :]
    return bar[: bar.index("</header>")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_result_bar_names_the_required_steps_the_form_leaves_out(browser, lang):
    bar = _result_bar(browser, LEAVES_OUT, lang)
    assert 'class="pc-hint"' in bar
    note = paracheck.unlisted_note(_assessed(LEAVES_OUT), lang)
    assert note is not None
    assert note[0].upper() + note[1:] in _flat(bar)  # its own paragraph: a capital first


def test_a_form_listing_every_required_step_shows_no_hint(browser):
    assert 'class="pc-hint"' not in _result_bar(browser, LISTS_ALL, "id")

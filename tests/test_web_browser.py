"""The form in a real browser (Playwright driving Debian's chromium; nothing downloaded):
fill a small proposal, add a sector with a programme, assess, read the verdict, download the
YAML and have ``paracheck validate`` accept it; an invalid date is shown beside its field.

Screenshots of the form and the result are taken on the way; with
``PARACHECK_SCREENSHOTS=docs/img`` they are also written there for the README.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

playwright = pytest.importorskip("playwright.sync_api")
pytest.importorskip("fastapi")

import paracheck  # noqa: E402
from tests.web_support import CHROMIUM, Server, chromium, running_server  # noqa: E402

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed here (CI installs it)"
)


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    with running_server() as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with chromium() as launched:
        yield launched


def _keep(shot: Path) -> None:
    target = os.environ.get("PARACHECK_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, Path(target) / shot.name)


def test_officer_fills_assesses_and_downloads_a_proposal(
    server: Server, browser: object, tmp_path: Path
) -> None:
    page = browser.new_page(
        viewport={"width": 1100, "height": 1500},  # type: ignore[attr-defined]
        accept_downloads=True,
    )
    page.goto(f"{server.url}/")
    assert page.locator("html").get_attribute("lang") == "id"
    page.fill("#f-title", "Kota Kembar Mataram – Kota Contoh")
    page.fill("#f-date", "2021-05-01")
    page.select_option("#f-stage", "proposal")
    page.select_option("#f-form", "sister_city")
    page.fill("#f-local-name", "Kota Mataram")
    page.select_option("#f-local-level", "city")
    page.select_option("#f-partner-country", label="Jepang (JP)")  # by name, sends JP

    page.click("button[value='add:sectors']")
    page.select_option("#f-sectors-0-name", "fisheries")
    page.fill("#f-sectors-0-lead_agency", "Dinas Kelautan dan Perikanan")
    page.click("button[value='add:sectors[0].programs']")
    page.fill("#f-sectors-0-programs-0-name", "Pertukaran benih rumput laut")
    page.select_option("#f-sectors-0-programs-0-status", "planned")
    page.fill("#f-sectors-0-programs-0-last_activity", "2021-03-15")
    assert page.input_value("#f-title") == "Kota Kembar Mataram – Kota Contoh"  # kept

    page.locator("#f-sectors").scroll_into_view_if_needed()
    form_shot = tmp_path / "web-form.png"
    page.screenshot(path=str(form_shot))
    _keep(form_shot)

    page.locator("button[value='assess']").first.click()
    verdict = page.locator(".pc-verdict")
    expected = paracheck.assess(
        {
            "schema": "paracheck/proposal/v1",
            "title": "Kota Kembar Mataram – Kota Contoh",
            "date": "2021-05-01",
            "stage": "proposal",
            "form": "sister_city",
            "local": {"name": "Kota Mataram", "level": "city"},
            "partner": {"country": "JP"},
            "sectors": [
                {
                    "name": "fisheries",
                    "lead_agency": "Dinas Kelautan dan Perikanan",
                    "programs": [
                        {
                            "name": "Pertukaran benih rumput laut",
                            "status": "planned",
                            "last_activity": "2021-03-15",
                        }
                    ],
                }
            ],
        }
    )
    assert verdict.get_attribute("data-verdict") == expected.verdict
    assert verdict.is_visible()
    result_shot = tmp_path / "web-result.png"
    page.screenshot(path=str(result_shot))
    _keep(result_shot)

    with page.expect_download() as caught:
        page.click("button[value='yaml']")
    saved = tmp_path / "usulan.yaml"
    caught.value.save_as(str(saved))
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "validate", str(saved)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    proposal = paracheck.load_proposal(str(saved))
    assert proposal.sectors[0].programs[0].name == "Pertukaran benih rumput laut"
    assert paracheck.assess(proposal).verdict == expected.verdict
    page.close()


def test_invalid_date_is_shown_beside_the_field_using_only_the_keyboard(
    server: Server, browser: object
) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.fill("#f-title", "Uji tanggal")
    page.fill("#f-date", "2021-02-30")
    page.focus("#f-date")
    page.keyboard.press("Enter")  # the form's first button is "Jalankan penilaian"
    error = page.locator("#f-date-err")
    error.wait_for()
    assert "bukan tanggal yang ada di kalender" in error.inner_text()  # trial 270 L9
    field = page.locator(".field", has=page.locator("#f-date"))
    assert field.locator("#f-date-err").count() == 1
    assert page.get_attribute("#f-date", "aria-invalid") == "true"
    assert "f-date-err" in (page.get_attribute("#f-date", "aria-describedby") or "")
    assert page.input_value("#f-date") == "2021-02-30"
    page.close()


def test_on_a_phone_the_problems_are_shown_and_focused_after_a_failed_assessment(
    server: Server, browser: object
) -> None:
    """Web 462 M7: at 375 px a failed "Jalankan penilaian" opened at the top of the page, the
    problems' box below the fold with only its border showing, as if nothing had happened."""
    page = browser.new_page(viewport={"width": 375, "height": 740})  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.fill("#f-date", "kemarin")
    page.click("button.primary >> nth=0")
    box = page.locator("section.errors")
    box.wait_for()
    assert page.evaluate("document.activeElement.classList.contains('errors')")
    top = page.evaluate("document.querySelector('section.errors').getBoundingClientRect().top")
    assert 0 <= top < 740 - 120, top  # its heading and first lines on the screen
    assert "Periksa isian berikut" in box.inner_text()
    page.close()


def test_a_file_a_browser_would_change_comes_back_as_written(
    server: Server, browser: object, tmp_path: Path
) -> None:
    """Chromium drops a title's line break (a one-line input), splits a list item at its
    line break, reads a carriage return as a line feed and U+0000 as U+FFFD: upload then
    download gave back "Kerja samabaris dua", two items for one, and so on."""
    written = tmp_path / "usulan.yaml"
    written.write_text(
        "schema: paracheck/proposal/v1\n"
        'title: "Kerja sama\\nbaris dua \\0"\n'
        "date: 2021-03-01\n"
        "basis:\n"
        '  similar_characteristics: ["perikanan\\ntangkap", "pertanian"]\n'
        '  complementarity: "satu\\rdua"\n',
        encoding="utf-8",
    )
    page = browser.new_page(accept_downloads=True)  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.set_input_files("#upload-file", str(written))
    page.click("button[value=upload]")
    with page.expect_download() as caught:
        page.locator("form.proposal button[value='yaml']").first.click()
    saved = tmp_path / "kembali.yaml"
    caught.value.save_as(str(saved))
    expected = paracheck.proposal_yaml(paracheck.load_proposal(str(written)))
    assert saved.read_text(encoding="utf-8") == expected
    page.close()


def test_the_forms_own_problems_and_the_librarys_come_back_in_one_round(
    server: Server, browser: object
) -> None:
    """Trial26 U4: the form's own reading ("banyak" is no figure) came back first, and only
    after it was corrected and the form sent again did "Tetun" come back as no language
    code. Both are said the first time, each beside its input."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.fill("#f-title", "Uji satu putaran")
    page.fill("#f-date", "2026-05-05")
    page.fill("#f-partner-language", "Tetun")
    page.fill("#f-budget-apbd_allocation_idr", "banyak")
    page.locator("button[value='assess']").first.click()
    page.locator("#f-budget-apbd_allocation_idr-err").wait_for()
    assert page.locator("#f-partner-language-err").count() == 1
    assert "Tetun" in page.locator("#f-partner-language-err").inner_text()
    assert page.get_attribute("#f-partner-language", "aria-invalid") == "true"
    assert page.input_value("#f-budget-apbd_allocation_idr") == "banyak"  # kept as typed
    page.close()


def test_a_failed_upload_fills_the_form_with_what_the_file_could_be_read_as(
    server: Server, browser: object, tmp_path: Path
) -> None:
    """Trial26 U4: after an upload with four wrong values the problems were listed, but the
    form stayed empty and the newcomer fixed the file in a text editor. The form now holds
    what the file says, the wrong value's problem beside its input as well as above."""
    written = tmp_path / "usulan.yaml"
    written.write_text(
        "schema: paracheck/proposal/v1\n"
        "title: Kerja sama Kabupaten Belu – Bobonaro\n"
        "date: 2026-05-05\n"
        "stage: active\n"
        "local: {name: Kabupaten Belu, level: regency}\n"
        "sectors:\n"
        "  - name: trade\n"
        "    lead_agency: Dinas Perdagangan\n"
        "    programs:\n"
        "      - name: Pasar perbatasan\n"
        "        status: jalan\n"
        "        budget_idr: 120000000\n"
        "budget:\n"
        "  apbd_allocation_idr: 75 juta\n",
        encoding="utf-8",
    )
    with pytest.raises(paracheck.InputError) as refused:
        paracheck.load_proposal(str(written))
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.set_input_files("#upload-file", str(written))
    page.click("button[value=upload]")
    page.locator("#f-sectors-0-programs-0-status-err").wait_for()
    assert page.input_value("#f-title") == "Kerja sama Kabupaten Belu – Bobonaro"
    assert page.input_value("#f-local-name") == "Kabupaten Belu"
    assert page.input_value("#f-sectors-0-lead_agency") == "Dinas Perdagangan"
    assert page.input_value("#f-sectors-0-programs-0-name") == "Pasar perbatasan"
    assert page.input_value("#f-budget-apbd_allocation_idr") == "75 juta"
    assert page.locator("#f-budget-apbd_allocation_idr-err").count() == 1
    # each problem once above the form, linked to its input, and not again with the file's
    # line and column (web 462 M3: every problem was listed twice)
    summary = page.locator("section.errors li")
    assert summary.count() == len(refused.value.problems)
    assert summary.locator("a").count() == len(refused.value.problems)
    assert "usulan.yaml:" not in page.content()
    page.close()


def test_a_file_over_the_limit_is_refused_before_it_is_sent_and_the_form_stays(
    server: Server, browser: object, tmp_path: Path
) -> None:
    """Attack 450 H3: a file over the server's limit (a scanned PDF of the MoU) chosen for
    "Muat berkas" made the whole post too large, and the server's page kept nothing typed.
    The form's script refuses the file as it is chosen, and again as the form is sent (a
    file set without a change event), and says so; what was typed stays."""
    big = tmp_path / "mou-pindaian.pdf"
    big.write_bytes(b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 1))
    page = browser.new_page()  # type: ignore[attr-defined]
    posts: list[object] = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST" else None)
    page.goto(f"{server.url}/")
    page.fill("#f-title", "Kerja sama Kota Kediri – Gimhae-si")
    said = page.locator("#upload-too-large")
    assert said.is_hidden()
    files = "document.getElementById('upload-file').files.length"
    page.set_input_files("#upload-file", str(big))
    said.wait_for(state="visible")
    assert page.evaluate(files) == 0  # the choice is cleared
    assert "lebih besar daripada batas yang diterima server ini (1 MiB)" in said.inner_text()
    # set with no change event (as a script or an older browser may): refused on sending
    page.evaluate(
        """() => {
            const input = document.getElementById('upload-file');
            const chosen = new DataTransfer();
            chosen.items.add(new File([new Uint8Array(1024 * 1024 + 1)], 'besar.pdf'));
            input.files = chosen.files;
            document.getElementById('upload-too-large').hidden = true;
        }"""
    )
    assert page.evaluate(files) == 1
    page.click("button[value=assess]")
    said.wait_for(state="visible")
    assert page.evaluate(files) == 0
    assert page.input_value("#f-title") == "Kerja sama Kota Kediri – Gimhae-si"
    page.wait_for_timeout(500)
    assert posts == []  # nothing was sent
    # with the file cleared, "Muat berkas" reaches the server, which keeps the form
    page.click("button[value=upload]")
    page.locator(".errors").wait_for()
    assert "Belum ada berkas yang dipilih" in page.locator(".errors").inner_text()
    assert page.input_value("#f-title") == "Kerja sama Kota Kediri – Gimhae-si"
    assert len(posts) == 1
    page.close()


def test_adding_an_item_opens_the_page_on_its_first_field_and_removing_on_the_add_button(
    server: Server, browser: object
) -> None:
    """Trial 230 #5: every "Tambah" reloaded the page at its top, the keyboard on the body:
    43 Tab presses to the new sector's first field, the page scrolled back by hand eleven
    times while entering one proposal. The page now opens on the new item's first field;
    after "Hapus", on the list's "Tambah" button."""
    page = browser.new_page(viewport={"width": 1100, "height": 900})  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    page.fill("#f-title", "Uji fokus")
    page.click("#add-f-sectors")
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.id") == "f-sectors-0-name"
    assert page.evaluate("window.scrollY") > 0  # brought into view, not left at the top
    assert page.input_value("#f-title") == "Uji fokus"
    page.keyboard.press("Tab")  # the keyboard goes on from there, not from the top
    assert page.evaluate("document.activeElement.id") != "f-title"
    page.click("#add-f-sectors-0-programs")
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.id") == "f-sectors-0-programs-0-name"
    page.click("button[value='remove:sectors[0].programs[0]']")
    page.wait_for_load_state()
    assert page.evaluate("document.activeElement.id") == "add-f-sectors-0-programs"
    page.close()


def test_the_only_language_switch_on_the_form_keeps_what_was_typed(
    server: Server, browser: object
) -> None:
    """Trial 230 #4: the header's "English" was a link to ``/?lang=en`` and dropped the whole
    form, while the form's own "English" button kept it. The form page has one switch, the
    form's."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    assert page.get_by_text("English", exact=True).count() == 1
    assert page.locator("header.site nav").get_by_text("English").count() == 0
    page.fill("#f-title", "Kota Kembar Banyuwangi – Rui'an")
    page.get_by_text("English", exact=True).click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.input_value("#f-title") == "Kota Kembar Banyuwangi – Rui'an"
    page.goto(f"{server.url}/bandingkan")  # elsewhere the header keeps its link
    assert page.locator("header.site nav").get_by_text("English").count() == 1
    page.close()


def test_a_result_edited_and_assessed_again_is_compared_with_the_version_before(
    server: Server, browser: object
) -> None:
    """Trial 230 #3: to compare two versions the officer had to download the YAML before "Ubah
    isian", download it again after, and upload both on the comparison page. A result reached
    through "Ubah isian" offers "Bandingkan dengan versi sebelumnya", and the comparison shows
    what was changed in the form."""
    page = browser.new_page(viewport={"width": 1100, "height": 1200})  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    assert page.get_by_text("Bandingkan dengan versi sebelumnya").count() == 0
    page.fill("#f-title", "Sister Province Sulawesi Selatan – South Australia")
    page.fill("#f-date", "2026-11-30")
    page.select_option("#f-stage", "active")
    page.select_option("#f-form", "sister_province")
    page.fill("#f-local-name", "Provinsi Sulawesi Selatan")
    page.select_option("#f-local-level", "province")
    page.select_option("#f-partner-country", "AU")
    page.click("#add-f-sectors")
    page.select_option("#f-sectors-0-name", "fisheries")
    page.click("#add-f-sectors-0-programs")
    page.fill("#f-sectors-0-programs-0-name", "Budidaya rumput laut")
    page.select_option("#f-sectors-0-programs-0-status", "stalled")
    page.locator("button[value='assess']").first.click()
    page.locator(".pc-verdict").wait_for()
    # a first result, not reached from another: nothing to compare with
    assert page.get_by_text("Bandingkan dengan versi sebelumnya").count() == 0
    page.click("button[value='edit']")
    page.select_option("#f-sectors-0-programs-0-status", "cancelled")
    # round trips of the form keep the version before
    page.click("#add-f-sectors-0-programs")
    page.click("button[value='remove:sectors[0].programs[1]']")
    page.locator("button[value='assess']").first.click()
    page.get_by_text("Bandingkan dengan versi sebelumnya").click()
    page.wait_for_load_state()
    shown = " ".join(page.locator("main").inner_text().split())
    assert "Status program “Budidaya rumput laut”: terhenti → dibatalkan" in shown
    page.close()


def test_back_from_the_result_keeps_every_date_and_number_typed(
    server: Server, browser: object
) -> None:
    """Web 490 H1: dates, amounts and counts were ``autocomplete="off"``, which a browser
    resets on a history traversal: Back from the result brought the text fields back and
    blanked the numbers (or restored a loaded file's old ones), and the next assessment ran
    on them with no word of it."""
    page = browser.new_page(viewport={"width": 1100, "height": 1500})  # type: ignore[attr-defined]
    page.goto(f"{server.url}/")
    typed = {
        "#f-title": "Kasus Kembali",
        "#f-date": "2024-03-12",
        "#f-budget-apbd_allocation_idr": "1500000000",
        "#f-human_resources-dedicated_staff": "2",
    }
    for selector, value in typed.items():
        page.fill(selector, value)
    page.locator("button[value='assess']").first.click()
    assert page.locator(".pc-verdict").is_visible()
    page.go_back()
    page.wait_for_selector("#f-title")
    kept = {selector: page.input_value(selector) for selector in typed}
    assert kept == typed
    page.close()

"""The HTML report holds no control character a proposal's text carried (atk21): a title
written with YAML escapes (``"\\e[2J\\0"``) or JSON ones (``"\\u001b…"``) reached the page raw,
ESC, BEL and NUL included, which HTML does not allow, where the text and Markdown reports
replace each with U+FFFD. Single reports, batches (their reports and summary) and the PDF's
source alike."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import paracheck

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "well-prepared-2023.yaml"
HOSTILE = "\x1b[2J\x1b]0;retitled\x07\x00\x85\x9b Sister City"
#: what HTML does not allow in text: C0 but tab and line breaks, DEL, C1
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _hostile(tmp_path: Path, name: str = "hostile.yaml") -> Path:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["title"] = HOSTILE
    data["partner"]["name"] = "Pohang\x00\x08\x7f City"
    data["sectors"][0]["lead_agency"] = "Dinas\x1b[31m Lingkungan"
    path = tmp_path / name
    # safe_dump writes each control character as a YAML escape, as a program would
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_single_html_report_replaces_control_characters(tmp_path):
    proposal = paracheck.load_proposal(_hostile(tmp_path))
    assert proposal.title == HOSTILE  # the proposal keeps what it was given
    page = paracheck.render(paracheck.assess(proposal), "html", "en")
    assert FORBIDDEN.findall(page) == []
    assert "\ufffd[2J" in page  # the title is there, its escape made inert


def test_an_html_batch_replaces_control_characters_in_reports_and_summary(tmp_path):
    files = [str(_hostile(tmp_path, "a.yaml")), str(_hostile(tmp_path, "b.yaml"))]
    for summary_only in (False, True):
        page = b"".join(
            paracheck.stream_batch(files, "html", "id", summary_only=summary_only)
        ).decode("utf-8")
        assert FORBIDDEN.findall(page) == [], summary_only
        assert "\ufffd[2J" in page


def test_a_batch_worker_s_html_bytes_are_the_single_report_s_whatever_its_text_holds(tmp_path):
    """A batch's worker checks for control characters on the encoded report
    (``html.report_bytes``); it sends the same bytes as the report made safe and encoded, for
    a C0 control, DEL, a C1 control and the characters around them that are none."""
    from paracheck.report import html

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    for char in ("\x00", "\x08", "\x1b", "\x7f", "\x80", "\x85", "\x9f", "\xa0", "·", "⚠"):
        data["title"] = f"Sister{char}City"
        path = tmp_path / "one.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        a = paracheck.assess(paracheck.load_proposal(path))
        sent = html.report_bytes(a, "id", "\x00")
        assert sent == html.report(a, "id", "\x00").encode("utf-8"), repr(char)
        assert (f"Sister{char}City".encode() in sent) == (FORBIDDEN.match(char) is None)

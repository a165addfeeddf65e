"""Beside a lapsed MoU with a programme still running, the Saran's first item is that
programme's (REG-051), the most urgent, and the first screen says it with the evaluation (trial
430 L5 and web440 M4: the bold excerpt read "Saran (butir 2 dan 3)", leaving butir 1 to a
notice further down). A lapsed MoU with nothing running keeps one item on the first screen."""

from __future__ import annotations

from pathlib import Path

import paracheck
from paracheck.report.advice import saran

DATA = Path(__file__).parent / "data"


def _first_screen(name: str, lang: str = "id") -> str:
    a = paracheck.assess(paracheck.load_proposal(str(DATA / name)))
    return " ".join(saran(a, lang).on_first_screen(lang).split())


def test_a_programme_running_on_a_lapsed_mou_leads_the_first_screen() -> None:
    said = _first_screen("dprd430-kaltim-sichuan-2016-oversight.yaml")
    assert said.startswith("Saran (butir 1, 2")
    assert "masih berjalan" in said and "(REG-051)" in said
    assert said.index("(REG-051)") < said.index("menyiapkan evaluasi kerja sama")


def test_the_english_first_screen_leads_with_it_too() -> None:
    said = _first_screen("dprd430-kaltim-sichuan-2016-oversight.yaml", "en")
    assert said.startswith("Recommendation (items 1, 2")
    assert "(REG-051)" in said


def test_a_lapsed_mou_with_nothing_running_keeps_the_evaluation_alone() -> None:
    said = _first_screen("holdout36-bandung-braunschweig-2019.yaml")
    assert said.startswith("Saran (butir 1):")
    assert "(REG-051)" not in said

"""A freshly signed MoU whose regime owes the deposit of its signed original with Kemlu goes
there before its implementing agreement (Kabag trial 470 M1: Karanganyar – Tsuruoka, signed
20 March 2017 and judged six months on with the deposit pending, was sent on to the PKS
alone; under Permendagri 3/2008 as practised the deposit is step 9, after the signing and
before the implementing agreements of step 10, REGULATION.md). The check on the deposit
still waits for the partnership to run; the Saran names the step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

import paracheck
from paracheck.report.advice import advice

DATA = Path(__file__).parent / "data"
KARANGANYAR = DATA / "kabag470-karanganyar-tsuruoka-2017.yaml"
SAID = {
    "id": "dilanjutkan ke penyerahan naskah asli MoU kepada Kemlu untuk disimpan, lalu "
    "penyusunan perjanjian kerja sama (PKS)",
    "en": "go on to handing the signed original of the MoU to Kemlu for deposit, then drawing "
    "up the implementing agreement (PKS)",
}


def _first(data: dict, lang: str = "id") -> str:
    return next(iter(advice(paracheck.assess(data), lang)))


def _karanganyar(deposit: str | None) -> dict:
    data = yaml.safe_load(KARANGANYAR.read_text(encoding="utf-8"))
    steps = [e for e in data["procedure"] if e["step"] != "deposit_with_kemlu"]
    if deposit is not None:
        steps.append({"step": "deposit_with_kemlu", "status": deposit})
    data["procedure"] = steps
    return data


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_pending_deposit_is_named_before_the_pks(lang):
    said = _first(_karanganyar("pending"), lang)
    assert SAID[lang] in said, said


@pytest.mark.parametrize("deposit", [None, "unknown"])
def test_a_deposit_not_recorded_is_named_before_the_pks_saying_the_file_does_not_record_it(
    deposit,
):
    # the file may simply not say it: the deposit is named with the record as it is, as the
    # PKS is (REG-015's own advice: "if the original is already with Kemlu, attach …")
    said = _first(_karanganyar(deposit))
    assert (
        "dilanjutkan ke penyerahan naskah asli MoU kepada Kemlu untuk disimpan (berkas belum "
        "mencatat bahwa naskah asli sudah diserahkan), lalu penyusunan perjanjian kerja sama (PKS)"
    ) in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_neither_the_deposit_nor_the_pks_recorded_is_said_once_for_both(lang):
    data = _karanganyar(None)
    data["procedure"] = [e for e in data["procedure"] if e["step"] != "implementing_agreement"]
    said = _first(data, lang)
    expected = {
        "id": "dilanjutkan ke penyerahan naskah asli MoU kepada Kemlu untuk disimpan, kemudian "
        "penyusunan perjanjian kerja sama (PKS) dan rencana aksi bersama mitra (berkas belum "
        "mencatat bahwa naskah asli sudah diserahkan maupun bahwa PKS sudah disusun)",
        "en": "go on to handing the signed original of the MoU to Kemlu for deposit, then "
        "drawing up the implementing agreement (PKS) and the action plan with the partner (the "
        "file records neither the original as handed over nor the PKS as drawn up)",
    }[lang]
    assert expected in said, said
    assert said.count("berkas belum mencatat") + said.count("the file ") == 1, said


def test_a_deposit_under_way_is_named_without_a_bracket():
    said = _first(_karanganyar("in_progress"))
    assert SAID["id"] in said, said
    assert "penyerahan itu" not in said


def test_a_deposit_done_leaves_the_pks_next():
    said = _first(_karanganyar("done"))
    assert "Kemlu" not in said
    assert "dilanjutkan ke penyusunan perjanjian kerja sama (PKS)" in said


def test_a_regime_without_the_step_names_no_deposit():
    # Permendagri 25/2020's order has no deposit as a step of its own (the pack's law_after)
    data = _later(_karanganyar("pending"), 5)
    # the central approval this law asks recorded before the signing, as the file records
    # the 2017 consultation: unlisted, it holds the PKS until it is on file (city 490 F1)
    signed = next(e["date"] for e in data["procedure"] if e["step"] == "signing")
    data["procedure"].append({"step": "central_approval", "status": "done", "date": signed})
    said = _first(data)
    assert said.startswith("Kerja sama dapat dilanjutkan ke penyusunan perjanjian kerja sama")
    assert "Kemlu untuk disimpan" not in said


def _later(value: Any, years: int) -> Any:
    """``value`` with every date in it ``years`` later (the file judged under another law)."""
    if isinstance(value, dict):
        return {k: _later(v, years) for k, v in value.items()}
    if isinstance(value, list):
        return [_later(v, years) for v in value]
    if isinstance(value, dt.date):
        return value.replace(year=value.year + years)
    return value

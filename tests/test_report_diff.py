"""``paracheck diff``: which checks became risks, cleared or changed score, and the verdict."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

import paracheck
from paracheck.comparison import diff
from paracheck.report import render_diff

from .assessment_samples import clean_assessment, sample_assessment


def test_fixing_everything_clears_the_risks_and_changes_the_verdict():
    d = diff(sample_assessment(), clean_assessment())
    assert d.verdict_changed and (d.old_verdict, d.new_verdict) == ("blocked", "low_risk")
    assert {c.rule_id for c in d.cleared} == {"REG-001", "BUD-001", "TNC-001"}
    assert [c.rule_id for c in d.status_changed] == ["NRG-001", "HR-002"]
    assert not d.became_risk


def test_going_backwards_lists_the_new_risks():
    d = diff(clean_assessment(), sample_assessment())
    assert {c.rule_id for c in d.became_risk} == {"REG-001", "BUD-001", "TNC-001"}


def test_same_assessment_has_no_changes():
    a = sample_assessment()
    d = diff(a, a)
    assert not d.has_changes and not d.verdict_changed


def test_a_moved_score_is_reported():
    old = sample_assessment()
    checks = [
        c.model_copy(update={"likelihood": 2, "score": 10}) if c.rule_id == "REG-001" else c
        for c in old.checks
    ]
    d = diff(old, old.model_copy(update={"checks": checks}))
    assert [(c.rule_id, c.old_score, c.new_score) for c in d.score_changed] == [("REG-001", 25, 10)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_diff_renders_in_every_format(fmt):
    out = render_diff(diff(sample_assessment(), clean_assessment()), fmt, "en")
    assert "REG-001" in out
    if fmt == "json":
        assert json.loads(out)["schema"] == "paracheck/diff/v2"
    else:
        assert "Blocked → Low risk" in out and "no longer a finding" in out.lower()


def test_a_diff_names_checks_without_a_risk_by_their_statement_and_says_two_titles_differ():
    """Review 12: "BUD-001 Tidak ada alokasi APBD … / Perlu dipastikan → Tidak ada temuan" is
    a double negative, and "Sudah tertangani" between the Manado and the Balikpapan examples
    claimed a remedy nobody made."""
    root = Path(__file__).resolve().parent.parent / "examples"
    old, new = (
        paracheck.assess(paracheck.load_proposal(str(root / name)), pack="pp28-2018")
        for name in ("signed-before-dprd-2021.yaml", "well-prepared-2023.yaml")
    )
    out = paracheck.render_diff(diff(old, new), "text", "id")
    assert "BUD-001  Kerja sama mempunyai alokasi APBD, atau sumber dana lain" in out
    assert "Tidak ada alokasi APBD" not in out
    assert "Sudah tertangani" not in out.title() and "TIDAK LAGI MENJADI TEMUAN" in out
    assert "Risiko (skor 20) → Tidak ada temuan" in out
    assert "Kedua berkas menyebut pihak yang berbeda (" in out
    same = render_diff(diff(new, new), "text", "id")
    assert "pihak yang berbeda" not in same and "Judul kedua berkas berbeda" not in same


def _version(**changes):
    """A running partnership's yearly review, ``changes`` applied to its top-level keys."""
    data = {
        "schema": "paracheck/proposal/v1",
        "title": "Kota Kembar Kota Kupang – City of Darwin, tinjauan tahunan 2026",
        "date": "2026-04-15",
        "stage": "active",
        "local": {"name": "Kota Kupang", "level": "city"},
        "partner": {"name": "City of Darwin", "country": "AU"},
    }
    data.update(changes)
    return paracheck.assess(data)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_yearly_review_under_a_new_title_is_one_partnership(lang):
    # newcomer trial 19: officers date their titles, and the diff of one partnership's 2026
    # and 2027 reviews warned that they might be two proposals
    old = _version()
    new = _version(title="Kota Kembar Kota Kupang – City of Darwin, tinjauan tahunan 2027")
    out = render_diff(diff(old, new), "text", lang)
    assert "Judul kedua" not in out and "different titles" not in out
    assert "pihak yang berbeda" not in out and "different parties" not in out


@pytest.mark.parametrize(
    ("local", "partner"),
    [
        ("Pemerintah Kota Kupang", "City of Darwin"),
        ("Kota Kupang", "Darwin City"),
        ("Pemerintah Daerah Kota Kupang", "Darwin"),
    ],
)
def test_one_party_under_its_official_name_is_not_another_party(local, partner):
    # words20 B5: "Kedua berkas menyebut pihak yang berbeda" for "Kota Palu" and "Pemerintah
    # Kota Palu", "Gimhae-si" and "Gimhae City": one partnership written two ways
    old = _version()
    new = _version(
        local={"name": local, "level": "city"}, partner={"name": partner, "country": "AU"}
    )
    out = render_diff(diff(old, new), "text", "id")
    assert "pihak yang berbeda" not in out


def test_the_level_word_keeps_two_regions_apart():
    from paracheck.report.view import party_key

    assert party_key("Gimhae-si") == party_key("Gimhae City") == party_key("gimhae")
    assert party_key("Kota Palu") != party_key("Kabupaten Palu")
    assert party_key("Pemerintah Provinsi Jawa Tengah") == party_key("Provinsi Jawa Tengah")


def test_another_partner_under_the_same_title_is_said_to_be_another_partnership():
    old = _version()
    new = _version(partner={"name": "City of Palmerston", "country": "AU"})
    out = " ".join(render_diff(diff(old, new), "text", "id").split())
    assert "Kedua berkas menyebut pihak yang berbeda" in out
    assert "Kota Kupang – City of Darwin (Australia)" in out
    assert "Kota Kupang – City of Palmerston (Australia)" in out


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Kota Kupang – Provinsi Zhejiang, Republik Rakyat Tiongkok;"),
        ("en", "Kota Kupang – Provinsi Zhejiang, Republik Rakyat Tiongkok (China);"),
    ],
)
def test_a_partner_whose_name_says_its_country_is_not_given_the_country_again(lang, said):
    """The NTB example's partner is "Provinsi Zhejiang, Republik Rakyat Tiongkok": the line
    of different parties read "… Republik Rakyat Tiongkok (Tiongkok (RRT))" (atk23)."""
    zhejiang = {"name": "Provinsi Zhejiang, Republik Rakyat Tiongkok", "country": "CN"}
    out = " ".join(render_diff(diff(_version(partner=zhejiang), _version()), "text", lang).split())
    assert said in out
    assert "Tiongkok (Tiongkok" not in out


def test_versions_that_name_no_party_are_compared_by_title():
    old = _version(local=None, partner=None)
    new = _version(local=None, partner=None, title="Usulan lain")
    assert "Judul kedua berkas berbeda" in render_diff(diff(old, new), "text", "id")


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _assessed(name: str, **options) -> paracheck.Assessment:
    return paracheck.assess(paracheck.load_proposal(str(EXAMPLES / name)), **options)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_comparison_says_which_regulation_judged_each_version(fmt):
    """Wording review 15: a 2015 and a 2023 version compared under one pack, the revoked 2008
    rules, with no word of it; the command line and the web answered differently."""
    old, new = _assessed("ntb-zhejiang-2015.yaml"), _assessed("well-prepared-2023.yaml")
    text = " ".join(render_diff(diff(old, new), fmt, "id").split())
    assert (
        "Versi lama dinilai menurut Permendagri 3/2008, versi baru menurut PP 28/2018 dan "
        "Permendagri 25/2020: sebagian perubahan pemeriksaan di bawah ini dapat berasal dari "
        "pergantian aturan, bukan dari perubahan kerja samanya."
    ) in text
    same = " ".join(render_diff(diff(new, new), fmt, "en").split())
    assert "Both are judged under PP 28/2018 and Permendagri 25/2020." in same


def test_a_comparison_under_a_named_pack_no_longer_in_force_says_so():
    old = _assessed("signed-before-dprd-2021.yaml", pack="permendagri-3-2008")
    new = _assessed("well-prepared-2023.yaml", pack="permendagri-3-2008")
    d = diff(old, new)
    assert d.old_pack_superseded and d.new_pack_superseded
    shown = paracheck.diff_view(d, "id")
    # one pack for both: the rules did not change between the versions (words16: the sentence
    # said the differences may come "dari perubahan aturan")
    assert shown.rules == (
        "Keduanya dinilai menurut Permendagri 3/2008. Pada tanggal versi lama (30 November "
        "2021) aturan itu sudah tidak berlaku. Pada tanggal versi baru (15 September 2023) "
        "aturan itu sudah tidak berlaku."
    )
    assert "perubahan aturan" not in shown.rules


def test_a_comparison_under_a_named_pack_not_yet_in_force_says_so():
    old = _assessed("ntb-zhejiang-2015.yaml", pack="pp28-2018")
    new = _assessed("well-prepared-2023.yaml", pack="pp28-2018")
    d = diff(old, new)
    assert d.old_pack_not_yet and not d.new_pack_not_yet
    assert paracheck.diff_view(d, "en").rules == (
        "Both are judged under PP 28/2018 and Permendagri 25/2020. On the old version's date "
        "(June 10, 2015) those rules were not yet in force."
    )


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_comparison_says_each_versions_date_and_stage(fmt):
    """Newcomer trial 16: two versions of one proposal, same title, could not be told apart —
    the comparison showed neither its date nor its stage."""
    old, new = _assessed("ntb-zhejiang-2015.yaml"), _assessed("well-prepared-2023.yaml")
    text = " ".join(render_diff(diff(old, new), fmt, "id").split())
    assert "dinilai per 10 Juni 2015, tahap: MoU ditandatangani" in text
    assert "dinilai per 15 September 2023, tahap: berjalan" in text
    english = " ".join(render_diff(diff(old, new), fmt, "en").split())
    assert "as of June 10, 2015, stage: MoU signed" in english


def _at_stage(name: str, stage: str) -> paracheck.Assessment:
    data = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
    data["stage"] = stage
    return paracheck.assess(data)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_step_that_became_due_is_not_said_to_have_had_no_finding(fmt):
    """Newcomer trial 18 #6: REG-026 (the report to the Minister) was "Belum waktunya" in the
    yearly review and a risk at the evaluation; the comparison said "Tidak ada temuan →
    Risiko", as if the report had been fine before."""
    d = diff(
        _at_stage("well-prepared-2023.yaml", "active"),
        _at_stage("well-prepared-2023.yaml", "evaluation"),
    )
    change = next(c for c in d.became_risk if c.rule_id == "REG-026")
    assert (change.old_due, change.new_due) == (False, True)
    arrow = " → " if fmt == "text" else " | "  # the Markdown table has a column each
    text = " ".join(render_diff(d, fmt, "id").split())
    assert f"Belum waktunya{arrow}Risiko (skor 9)" in text
    assert "Tidak ada temuan" not in text
    english = " ".join(render_diff(d, fmt, "en").split())
    assert f"Not yet due{arrow}Risk (score 9)" in english
    assert json.loads(render_diff(d, "json", "id"))["became_risk"][0]["old_due"] is False


def test_a_risk_no_longer_due_is_not_listed_as_cleared():
    """The other way (the stage set back): the risk was not dealt with, it is not due yet."""
    d = diff(
        _at_stage("well-prepared-2023.yaml", "evaluation"),
        _at_stage("well-prepared-2023.yaml", "active"),
    )
    assert "REG-026" not in [c.rule_id for c in d.cleared]
    change = next(c for c in d.status_changed if c.rule_id == "REG-026")
    assert (change.old_status, change.new_status, change.new_due) == ("risk", "clear", False)
    assert paracheck.diff_view(d, "id").groups[0].rows[0].new == "Belum waktunya"


def test_the_markdown_comparison_names_the_regulations_not_the_pack_ids():
    """Newcomer trial 18: "(`old.yaml`, pp28-2018)" put a pack id in the versions' lines; the
    line under them names the regulations each version was judged by."""
    old, new = _assessed("ntb-zhejiang-2015.yaml"), _assessed("well-prepared-2023.yaml")
    text = render_diff(diff(old, new), "markdown", "id")
    assert "pp28-2018" not in text and "permendagri-3-2008" not in text
    assert "Versi lama dinilai menurut Permendagri 3/2008" in " ".join(text.split())


def _with_programmes(statuses: list[str]) -> paracheck.Assessment:
    """well-prepared-2023 with its four programmes' statuses set, a year after its date."""
    data = yaml.safe_load((EXAMPLES / "well-prepared-2023.yaml").read_text(encoding="utf-8"))
    for sector, status in zip(data["sectors"], statuses, strict=True):
        sector["programs"][0]["status"] = status
    return paracheck.assess(data)


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_a_check_whose_items_moved_while_its_status_did_not_is_listed_by_name(fmt):
    """Newcomer trial 18 #10: IMP-004 (stalled programmes) went from three to one after the
    revival, the main news for the head, and the comparison listed only the checks whose
    status changed."""
    old = _with_programmes(["stalled", "stalled", "done", "stalled"])
    new = _with_programmes(["ongoing", "stalled", "done", "cancelled"])
    d = diff(old, new)
    change = next(c for c in d.items_changed if c.rule_id == "IMP-004")
    assert (change.old_status, change.new_status) == ("risk", "risk")
    gone, kept, found = change.item_changes()
    assert [i.name for i in gone] == [
        "Pemulihan kualitas air Teluk Balikpapan",
        "Temu bisnis UMKM dan pelaku usaha pelabuhan",
    ]
    assert [i.name for i in kept] == ["Pertukaran guru SMP"] and not found
    assert d.has_changes
    text = " ".join(render_diff(d, fmt, "id").split())
    assert "BUTIR TEMUAN YANG BERUBAH" in text.upper()
    assert "3 program → 1 program" in text or "3 program | 1 program" in text
    assert "masih: program “Pertukaran guru SMP”" in text
    assert "tidak lagi: program “Pemulihan kualitas air Teluk" in text
    data = json.loads(render_diff(d, "json", "id"))
    assert [i["path"] for i in data["items_changed"][0]["new_items"]] == ["sectors[1].programs[0]"]


def test_items_renumbered_by_a_sector_removed_before_them_are_not_a_change():
    """Items are matched by name: removing a sector that had no finding moves the others'
    places, not what the check found."""
    data = yaml.safe_load((EXAMPLES / "well-prepared-2023.yaml").read_text(encoding="utf-8"))
    for sector in data["sectors"][1:]:
        sector["programs"][0]["status"] = "stalled"
    old = paracheck.assess(data)
    data["sectors"] = data["sectors"][1:]
    d = diff(old, paracheck.assess(data))
    assert "IMP-004" not in [c.rule_id for c in d.items_changed]

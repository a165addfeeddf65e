"""A memo reads as an officer of a Biro/Bagian Kerja Sama would write it: no sentence said
twice, each procedure stage said once, and a step named with the body that carries it out
where the regime's sources say who (wording review, 2026-11-30)."""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

import paracheck
from paracheck.report import view
from paracheck.report.messages import label
from paracheck.rules import conditions

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
ANNEX = {"id": "Lampiran:", "en": "Annex:"}


def _sentences(memo: str) -> list[str]:
    """The memo's sentences and clauses: each line cut at sentence ends and at " — ", those
    of four words or more (a rule list "Terkait: TOC-005, TOC-006" or "Tinggi, skor 16" is
    a line's tail, not a sentence, and so is an action's reference "(NRG-002: sektor …)")."""
    lines: list[str] = []
    for line in memo.splitlines():
        # the text renderer wraps at 200 columns whatever width is asked: a line going on in
        # lower case (a question's "(untuk … dan 4 lainnya)") belongs to the line above it
        if lines and re.match(r"\s+[a-z(“]", line):
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    parts = [part.strip(" →") for line in lines for part in re.split(r"(?<=\.)\s+| — ", line)]
    return [
        p
        for p in parts
        if len(re.findall(r"\b[^\W\d]{2,}\b(?!-)", p)) >= 4
        and not re.fullmatch(r"\([A-Z]{2,4}-\d{3}\b.*\)", p)
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_sentence_appears_twice_in_a_memo(example, lang):
    result = paracheck.assess(paracheck.load_proposal(str(example)))
    text = paracheck.render(result, "text", lang, width=10_000)  # one line per paragraph
    memo = text[: text.index(ANNEX[lang])]
    # the plan's headings are labels, one per stage, not sentences: "Setelah persetujuan DPRD
    # tercatat dalam berkas — Perencanaan" and "… — Pelaksanaan" name two stages held for it
    headings = {heading for heading, _ in view.action_plan(result, lang)}
    memo = "\n".join(line for line in memo.splitlines() if line.strip() not in headings)
    twice = {s: n for s, n in collections.Counter(_sentences(memo)).items() if n > 1}
    assert not twice


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_a_report_says_each_procedure_stage_once(example):
    """ "paling lambat tahap MoU ditandatangani" stood after eight steps of one memo and
    again in eight rows of its table."""
    result = paracheck.assess(paracheck.load_proposal(str(example)))
    for fmt in ("text", "markdown", "html"):
        out = paracheck.render(result, fmt, "id")
        assert "paling lambat tahap" not in out, fmt
        for stage in ("sebelum MoU ditandatangani", "saat kerja sama berjalan", "tahap evaluasi"):
            assert out.count(f"Wajib {stage}") <= 1, (fmt, stage)


def test_the_signing_is_not_due_by_its_own_stage():
    """ "Penandatanganan — wajib selesai paling lambat tahap MoU ditandatangani" went in a
    circle: the signing is the last step of the steps due up to the signing."""
    from paracheck.report import view

    result = paracheck.assess(
        paracheck.load_proposal(str(ROOT / "examples/regency-with-province-2021.yaml"))
    )
    groups = dict(view.next_steps(result, "id"))
    assert groups["Wajib sampai MoU ditandatangani"][-1] == "Penandatanganan MoU"


#: the bodies a step's name may give as the one acting, as the packs' rules name them
ACTORS = ("Kemendagri", "Kemlu", "Menteri Luar Negeri", "DPRD")


@pytest.mark.parametrize("lang", ["id"])
def test_a_step_names_only_an_actor_its_regimes_rules_name(lang):
    """ "Verifikasi" left the officer asking by whom: a step's name says who acts, and only a
    body a regime pack's own rule about that step names, never one made up for it (the
    verification was "oleh Kemendagri", a verifier no source names)."""
    named: dict[str, set[str]] = collections.defaultdict(set)
    for pack_name in ("permendagri-3-2008", "pp28-2018"):
        for rule in paracheck.load_pack(pack_name).rules:
            words = " ".join((rule.check.id, rule.title.id, rule.why.id))
            for path in conditions.read_paths(rule.condition):
                if path.startswith("procedure."):
                    named[path.split(".")[1]].update(a for a in ACTORS if a in words)
    steps = (
        paracheck.load_pack("pp28-2018").procedure
        + paracheck.load_pack("permendagri-3-2008").procedure
    )
    said = {}
    for spec in steps:
        name = label("step", spec.step, lang)
        for actor in ACTORS:
            if actor in name:
                said[spec.step] = name
                assert actor in named[spec.step], (spec.step, actor)
    # no source names who verifies a plan under Permendagri 25/2020 (REGULATION.md lists the
    # step alone): its name says what is verified, not a verifier made up for it
    assert "verification" not in said
    assert label("step", "verification", lang) == "Verifikasi rencana kerja sama"
    assert "Menteri Luar Negeri" in said["full_powers"]
    assert "Kemendagri" in said["ministry_consultation"]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_the_items_a_finding_concerns_are_not_called_butir(fmt):
    """ "Butir:" before the sectors a finding is about clashed with the checklist, whose
    "butir" are the lines an officer ticks."""
    result = paracheck.assess(
        paracheck.load_proposal(str(ROOT / "examples/ntb-zhejiang-2015.yaml"))
    )
    out = re.sub(r"<[^>]+>", "", paracheck.render(result, fmt, "id"))
    assert "Butir" not in out
    assert "Menyangkut" in out and "sektor infrastruktur" in out


def _first_pks_spelled_out(text: str) -> bool:
    """Whether "PKS" is spelled out where a reader first meets it (or never used)."""
    flat = " ".join(re.sub(r"<[^>]+>", " ", text).split())
    first = flat.find("PKS")
    return first < 0 or flat[:first].lower().endswith("perjanjian kerja sama (")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_pks_is_spelled_out_where_a_report_first_uses_it(example):
    result = paracheck.assess(paracheck.load_proposal(str(example)))
    for fmt in ("text", "markdown", "html"):
        out = paracheck.render(result, fmt, "id", **({"width": 10_000} if fmt == "text" else {}))
        assert _first_pks_spelled_out(out), fmt


@pytest.mark.parametrize("pack", ["pp28-2018", "permendagri-3-2008"])
def test_pks_is_spelled_out_in_every_text_of_the_packs_that_uses_it(pack):
    """Which rule a report shows first varies, so each text that says "PKS" spells it out."""
    bare = [
        (rule.id, said)
        for rule in paracheck.load_pack(pack).rules
        for said in (
            rule.title.id,
            rule.check.id,
            rule.why.id,
            *(r.text.id for r in rule.recommend),
        )
        if not _first_pks_spelled_out(said)
    ]
    assert not bare

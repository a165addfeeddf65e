"""A conditional check whose condition is false says "Tidak berlaku", not "Tidak ada temuan".

Newcomer trial 15 (three trials in a row): beside "✗ REG-010 DPRD telah menyetujui rencana
kerja sama — Risiko", the same memo ticked "☑ REG-024 Bila DPRD sudah menyetujui, surat
pernyataan kehendak (LoI) sudah ditandatangani sebelumnya — Tidak ada temuan" (and REG-048),
and a technical cooperation ticked "☑ REG-032/REG-049 Bila berbentuk Sister Province atau
Sister City, …". Such a rule states its own antecedent (``applies_when`` in the pack, held by
the loader to the rule's condition); where the antecedent is certainly false the check
carries why it does not apply (``not_applicable``), and every report shows "Tidak berlaku: …"
instead of the tick. Unknown or true, nothing changes; the verdict never does.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

import paracheck
from paracheck.errors import PackError
from paracheck.rules import conditions as c
from paracheck.rules.loader import load_pack
from tests import strategies
from tests.oracle import F, Oracle

PACKS = ("pp28-2018", "permendagri-3-2008")
DATE = {"pp28-2018": "2023-03-01", "permendagri-3-2008": "2016-03-01"}
NO_DPRD = "DPRD belum menyetujui; persetujuannya diperiksa pada REG-010"
NOT_SISTER = "kerja sama ini bukan Sister Province atau Sister City"


def _proposal(pack: str = "pp28-2018", **fields: Any) -> dict[str, Any]:
    return {
        "schema": "paracheck/proposal/v1",
        "title": "Kerja sama",
        "date": DATE[pack],
        "local": {"name": "Provinsi NTB", "level": "province"},
        "partner": {"name": "Zhejiang", "country": "CN", "kind": "regional_government"},
        **fields,
    }


def _signed_without_dprd(pack: str = "pp28-2018") -> dict[str, Any]:
    """Trial 15's a-signed-nodprd: the MoU signed, the letter of intent before it, no DPRD."""
    year = DATE[pack][:4]
    return _proposal(
        pack,
        stage="mou_signed",
        form="sister_province",
        procedure=[
            {"step": "letter_of_intent", "status": "done", "date": f"{int(year) - 1}-11-20"},
            {"step": "signing", "status": "done", "date": f"{year}-01-10"},
        ],
    )


def _technical(pack: str = "pp28-2018") -> dict[str, Any]:
    """Trial 15's b-ntt-university-2022: a technical cooperation with a university."""
    return _proposal(
        pack,
        stage="proposal",
        form="technical_cooperation",
        partner={"name": "Universitas", "country": "AU", "kind": "institution"},
    )


def _checks(data: dict[str, Any], pack: str | None = None) -> dict[str, Any]:
    return {ch.rule_id: ch for ch in paracheck.assess(data, pack=pack).checks}


@pytest.mark.parametrize("pack", PACKS)
def test_an_order_rule_after_the_dprd_does_not_apply_while_the_dprd_has_not_approved(pack):
    checks = _checks(_signed_without_dprd(pack), pack)
    assert checks["REG-010"].status == "risk"  # the missing approval is REG-010's finding
    for rid in ("REG-024", "REG-048"):
        assert checks[rid].status == "clear", rid
        assert checks[rid].due, rid
        assert checks[rid].not_applicable.id == NO_DPRD, rid
        assert (
            checks[rid].not_applicable.en
            == "the DPRD has not approved; REG-010 checks its approval"
        )


@pytest.mark.parametrize("pack", PACKS)
def test_a_sister_form_check_does_not_apply_to_a_technical_cooperation(pack):
    checks = _checks(_technical(pack), pack)
    for rid in ("REG-032", "REG-049"):
        assert checks[rid].status == "clear"
        said = checks[rid].not_applicable.id
        if rid == "REG-049" and pack == "permendagri-3-2008":
            # REG-049 is PP 28/2018's, judged before it: that is the reason it does not apply
            assert said.startswith("PP 28/2018 belum berlaku pada "), said
        else:
            assert said == NOT_SISTER, rid


def test_a_check_whose_antecedent_holds_is_ticked_as_before():
    data = _signed_without_dprd()
    data["procedure"].insert(1, {"step": "dprd_approval", "status": "done", "date": "2022-12-01"})
    checks = _checks(data)
    assert checks["REG-024"].status == "clear"
    assert checks["REG-024"].not_applicable is None


def test_a_check_whose_antecedent_is_unknown_is_ticked_as_before():
    # the form not stated: whether REG-049's "if" holds is not known; its check is clear
    # (the partner is a regional government) and stays a tick, not "Tidak berlaku"
    data = _proposal(stage="proposal")
    checks = _checks(data)
    assert checks["REG-049"].status == "clear"
    assert checks["REG-049"].not_applicable is None


def test_a_risk_stays_a_risk_and_the_verdict_is_unchanged():
    data = _signed_without_dprd()
    data["procedure"] = [
        {"step": "letter_of_intent", "status": "done", "date": "2022-02-01"},
        {"step": "dprd_approval", "status": "done", "date": "2022-01-15"},
        {"step": "signing", "status": "done", "date": "2023-01-10"},
    ]
    checks = _checks(data)
    assert checks["REG-024"].status == "risk"
    assert checks["REG-024"].not_applicable is None
    a = paracheck.assess(_signed_without_dprd())
    stripped = a.model_copy(
        update={"checks": [ch.model_copy(update={"not_applicable": None}) for ch in a.checks]}
    )
    assert [ch.status for ch in a.checks] == [ch.status for ch in stripped.checks]
    assert a.verdict == paracheck.assess(_signed_without_dprd()).verdict


def test_a_check_not_yet_due_stays_not_yet_due():
    # at the proposal stage without the DPRD's approval REG-024 is not due (its due_when):
    # "Belum waktunya", not "Tidak berlaku"
    data = _signed_without_dprd()
    data["stage"] = "proposal"
    data["procedure"] = [{"step": "letter_of_intent", "status": "pending"}]
    checks = _checks(data)
    assert checks["REG-024"].status == "clear"
    assert not checks["REG-024"].due
    assert checks["REG-024"].not_applicable is None


def test_the_partner_kind_keeps_its_own_words():
    # REG-046 concerns a regional government (partner_kinds) and applies once the Full
    # Powers are issued: for a university the partner's kind is the reason given
    data = _technical()
    data["stage"] = "mou_signed"
    checks = _checks(data)
    assert checks["REG-046"].not_applicable.id.startswith("mitranya lembaga di luar negeri")


def test_a_check_recorded_under_another_rule_says_so_instead(tmp_path):
    """A rule whose step-aside case holds while its antecedent is false: "Dicatat pada …"
    names where the case is, and wins over "Tidak berlaku"."""
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    funds = data["rules"][0]  # BUD-001: no APBD and no other source
    other = copy.deepcopy(funds)
    other.update(
        id="BUD-002",
        when={
            "all": [
                {"path": "form", "eq": "investment"},
                {"path": "budget.multi_year", "eq": False},
            ]
        },
        applies_when={
            "when": {"path": "form", "eq": "investment"},
            "otherwise": {"id": "bukan investasi", "en": "not an investment"},
        },
        steps_aside=[{"rule": "BUD-001", "when": {"path": "budget.apbd_allocation_idr", "eq": 0}}],
        examples={
            "fires": [{"form": "investment", "budget": {"multi_year": False}}],
            "clears": [{"form": "investment", "budget": {"multi_year": True}}],
            "not_applicable": [{"form": "sister_city"}],
        },
    )
    data["rules"].append(other)
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    pack = load_pack(str(path))
    base = {"schema": "paracheck/proposal/v1", "title": "t", "form": "sister_city"}
    covered = {**base, "budget": {"apbd_allocation_idr": 0, "other_sources": []}}
    checks = _checks(covered, pack)
    assert checks["BUD-001"].status == "risk"
    assert (checks["BUD-002"].covered_by, checks["BUD-002"].not_applicable) == ("BUD-001", None)
    funded = {**base, "budget": {"apbd_allocation_idr": 5, "other_sources": []}}
    checks = _checks(funded, pack)
    assert (checks["BUD-002"].covered_by, checks["BUD-002"].not_applicable.id) == (
        None,
        "bukan investasi",
    )
    assert paracheck.run_examples(pack)[1] == []


def _status_beside(out: str, statement: str, said: str, fmt: str) -> str:
    flat = " ".join(out.split())
    at = flat.index(statement)
    if fmt == "csv":  # the status first, then the statement
        return flat[flat.rindex(said, 0, at) : at]
    end = at + len(statement)
    return flat[end : flat.index(said, end) + len(said)]


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "csv"])
def test_every_report_says_not_applicable_instead_of_the_tick(fmt):
    out = paracheck.render(paracheck.assess(_signed_without_dprd()), fmt, lang="id")
    # the CSV's title: "Tidak berlaku (…) — <statement>"
    said = f"Tidak berlaku ({NO_DPRD}" if fmt == "csv" else f"Tidak berlaku: {NO_DPRD}"
    for statement in (
        "Bila DPRD sudah menyetujui, surat pernyataan kehendak (LoI) sudah ditandatangani",
        "Bila DPRD sudah menyetujui, rencana kerja sama sudah disusun sebelumnya",
    ):
        between = _status_beside(out, statement, said, fmt)
        assert len(between) < 140, between  # the row's own status, not a later row's
        assert "Tidak ada temuan" not in between
    assert "☑ REG-024" not in out and "☑ REG-048" not in out
    english = " ".join(
        paracheck.render(paracheck.assess(_signed_without_dprd()), fmt, lang="en").split()
    )
    said = "Not applicable (" if fmt == "csv" else "Not applicable: "
    assert f"{said}the DPRD has not approved; REG-010 checks its approval" in english


def test_the_csv_row_says_why_before_the_statement():
    a = paracheck.assess(_technical())
    rows = list(csv.DictReader(io.StringIO(paracheck.render(a, "csv", lang="id"))))
    row = next(r for r in rows if r["rule_id"] == "REG-032")
    assert row["status"] == "clear"
    assert row["title"].startswith(f"Tidak berlaku ({NOT_SISTER}")


def test_a_comparison_reads_a_risk_whose_antecedent_became_false_as_a_status_change():
    # the DPRD's approval recorded after the letter of intent (REG-024's risk), then found
    # to be a draft and taken out of the file: REG-024 no longer applies, it was not dealt with
    late = _signed_without_dprd()
    late["procedure"] = [
        {"step": "letter_of_intent", "status": "done", "date": "2022-02-01"},
        {"step": "dprd_approval", "status": "done", "date": "2022-01-15"},
        {"step": "signing", "status": "done", "date": "2023-01-10"},
    ]
    d = paracheck.diff(paracheck.assess(late), paracheck.assess(_signed_without_dprd()))
    assert "REG-024" not in [ch.rule_id for ch in d.cleared]
    change = next(ch for ch in d.status_changed if ch.rule_id == "REG-024")
    assert (change.old_status, change.new_status, change.new_not_applicable) == (
        "risk",
        "clear",
        True,
    )


def test_the_rule_page_says_when_the_check_does_not_apply():
    pack = load_pack("pp28-2018")
    rule = next(r for r in pack.rules if r.id == "REG-024")
    assert f"**Tidak berlaku bila:** {NO_DPRD}" in paracheck.render_rule(pack, rule, "id")
    english = paracheck.render_rule(pack, rule, "en")
    assert (
        "**Not applicable when:** the DPRD has not approved; REG-010 checks its approval" in english
    )
    other = next(r for r in pack.rules if r.id == "REG-010")
    assert "Tidak berlaku bila" not in paracheck.render_rule(pack, other, "id")


# ------------------------------------------------------------------------ the loader


def _mini_with(tmp_path: Path, **fields: Any) -> str:
    data = yaml.safe_load((Path(__file__).parent / "packs" / "mini.yaml").read_text())
    rule = data["rules"][0]  # BUD-001: apbd 0 and no other source
    rule.update(fields)
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return str(path)


OTHERWISE = {"id": "tidak ada sumber dana lain", "en": "there is no other source of funds"}


@pytest.mark.parametrize(
    ("applies", "said"),
    [
        # an antecedent the condition does not imply: the check could be a risk there
        ({"path": "budget.multi_year", "eq": True}, "does not imply it"),
        # a narrower value than the condition tests
        ({"path": "budget.apbd_allocation_idr", "gt": 0}, "does not imply it"),
        ({"flag": "energy_shortfall"}, "cannot test a flag"),
        ({"path": "budget.nothing", "eq": 1}, "budget.nothing"),
    ],
)
def test_an_antecedent_the_rule_does_not_hold_to_is_refused(tmp_path, applies, said):
    path = _mini_with(
        tmp_path,
        applies_when={"when": applies, "otherwise": OTHERWISE},
        examples={
            "fires": [{"budget": {"apbd_allocation_idr": 0, "other_sources": []}}],
            "clears": [{"budget": {"apbd_allocation_idr": 5, "other_sources": []}}],
            "not_applicable": [{"budget": {"apbd_allocation_idr": 5, "other_sources": []}}],
        },
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.applies_when.when" in str(caught.value)
    assert said in str(caught.value)


def test_an_antecedent_without_an_example_where_it_does_not_apply_is_refused(tmp_path):
    path = _mini_with(
        tmp_path,
        applies_when={
            "when": {"path": "budget.apbd_allocation_idr", "eq": 0},
            "otherwise": OTHERWISE,
        },
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.examples.not_applicable" in str(caught.value)


def test_an_example_that_does_not_show_not_applicable_fails_the_rules_test(tmp_path):
    funded = {"budget": {"apbd_allocation_idr": 5, "other_sources": []}}
    path = _mini_with(
        tmp_path,
        applies_when={
            "when": {"path": "budget.apbd_allocation_idr", "eq": 0},
            "otherwise": OTHERWISE,
        },
        examples={
            "fires": [{"budget": {"apbd_allocation_idr": 0, "other_sources": []}}],
            "clears": [funded],
            # the antecedent true: the check is clear, but it applies
            "not_applicable": [
                funded,
                {"budget": {"apbd_allocation_idr": 0, "other_sources": ["partner"]}},
            ],
        },
    )
    _, failures = paracheck.run_examples(load_pack(path))
    assert [(f.rule_id, f.kind, f.index, f.expected, f.got) for f in failures] == [
        ("BUD-001", "not_applicable", 1, "not applicable", "clear")
    ]
    assert "tidak berlaku" in failures[0].describe("id")


def test_implication_is_read_off_the_shapes_and_carries_falsity():
    def parse(raw: Any) -> c.Condition:
        return c.parse(raw, "proposal")

    done = {"path": "procedure.dprd_approval.status", "eq": "done"}
    dated = {"path": "procedure.dprd_approval.date", "ne": None}
    earlier = {"path": "procedure.dprd_approval.date", "lt": {"path": "procedure.signing.date"}}
    antecedent = parse({"any": [done, dated]})
    assert c.implies(parse({"all": [{"path": "stage", "eq": "proposal"}, done]}), antecedent)
    assert c.implies(parse({"all": [earlier]}), antecedent)
    assert c.implies(
        parse({"path": "form", "eq": "sister_city"}),
        parse({"path": "form", "in": ["sister_city", "sister_province"]}),
    )
    assert c.implies(
        parse({"path": "form", "in": ["investment"]}), parse({"path": "form", "ne": "sister_city"})
    )
    assert not c.implies(
        parse({"path": "form", "in": ["sister_city", "investment"]}),
        parse({"path": "form", "eq": "sister_city"}),
    )
    assert not c.implies(parse({"any": [done, {"path": "stage", "eq": "active"}]}), antecedent)
    # a value test does not imply exists: where the path is absent it is open, not false
    assert not c.implies(
        parse(done), parse({"path": "procedure.dprd_approval.status", "exists": True})
    )


# ------------------------------------------------------------ every shipped antecedent

#: the conditional rules of the shipped packs whose antecedent is a plain fact of the
#: proposal (the rest of the "Bila …" statements: see the commit that added them)
SHARED = {"BUD-002", "BUD-005", "GOV-005", "GOV-006", "IMP-010", "NRG-002", "NRG-003", "NRG-004"}
SHARED |= {"REG-021", "REG-032", "TOC-001", "TOC-005", "TOC-007", "TOC-009", "TOC-010"}
SHARED |= {"TOC-013", "TOC-014", "GOV-021", "REG-033", "REG-045"}
SHARED |= {"REG-020", "REG-022", "REG-023", "REG-024", "REG-046", "REG-048", "REG-049"}
# trust17 #6, #7: the residual risks, the narcotics routes, the per-item rules, HR-005, and
# IMP-007 (a PKS recorded as not needed earns no tick)
SHARED |= {"TOC-002", "TOC-003", "TOC-004", "TOC-006", "TOC-008", "TOC-011", "TOC-012"}
SHARED |= {"BUD-006", "IMP-003", "HR-005", "IMP-007"}
CONDITIONAL = {"pp28-2018": SHARED | {"REG-047"}, "permendagri-3-2008": SHARED}


@pytest.mark.parametrize("pack", PACKS)
def test_the_shipped_conditional_rules_state_their_antecedent(pack):
    loaded = load_pack(pack)
    stated = {r.id for r in loaded.rules if r.applies_when is not None}
    assert CONDITIONAL[pack] <= stated
    for rule in loaded.rules:
        for applies in rule.antecedents:
            assert rule.examples.not_applicable, rule.id
            for lang in ("id", "en"):
                words = getattr(applies.otherwise, lang)
                assert "." not in words.replace("REG-0", "") or words.endswith(")"), words
                assert "_" not in words and "==" not in words, words


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(strategies.proposals)
def test_where_an_antecedent_is_false_its_rule_is_false_and_the_check_says_so(raw):
    """On generated proposals, read by the independent oracle: wherever a shipped rule's
    antecedent is false (for every item it is judged on), its condition is false too, and
    the assessment calls the check not applicable exactly when it is clear, due, not
    recorded under another rule and not already inapplicable for the partner's kind."""
    for name in PACKS:
        pack = load_pack(name)
        day = dt.date.fromisoformat(DATE[name])
        oracle = Oracle(pack, raw, day)
        checks = {ch.rule_id: ch for ch in paracheck.assess(raw, pack=pack, as_of=day).checks}
        for rule in pack.rules:
            if rule.applies_when is None or rule.id not in checks:
                continue
            items = oracle.items(rule)
            # the first antecedent certainly false (on every item) gives the reason
            first = next(
                (
                    a
                    for a in rule.antecedents
                    if items and all(oracle.eval(a.when, item) is F for item in items)
                ),
                None,
            )
            false = first is not None
            if false:
                for item in items:
                    assert oracle.eval(rule.when, item) is F, (name, rule.id)
            check = checks[rule.id]
            said = check.not_applicable is not None and (
                check.not_applicable.id in {a.otherwise.id for a in rule.antecedents}
            )
            if said and false:  # the first false one's reason, not another's
                assert check.not_applicable.id == first.otherwise.id, (name, rule.id)
            kind = check.not_applicable is not None and not said
            expected = (
                false
                and check.status == "clear"
                and check.due
                and check.covered_by is None
                and not kind
                and not oracle.blind(rule)
            )
            assert said == expected, (name, rule.id, check.status, check.due)


SECOND = {"id": "dana APBD belum dicatat nol", "en": "the APBD allocation is not recorded as nil"}
BOTH = [
    {"when": {"path": "budget.apbd_allocation_idr", "eq": 0}, "otherwise": SECOND},
    {"when": {"count": "budget.other_sources", "eq": 0}, "otherwise": OTHERWISE},
]
BOTH_EXAMPLES = {
    "fires": [{"budget": {"apbd_allocation_idr": 0, "other_sources": []}}],
    "clears": [{"budget": {"apbd_allocation_idr": 5, "other_sources": []}}],
    "not_applicable": [{"budget": {"apbd_allocation_idr": 0, "other_sources": ["partner"]}}],
}


def test_antecedents_of_their_own_each_give_their_reason_the_first_false_first(tmp_path):
    """A list of antecedents (steps18: REG-024's "DPRD belum menyetujui" and "LoI dicatat
    tidak diperlukan"): each false one alone gives its own reason; both false, the first."""
    pack = load_pack(_mini_with(tmp_path, applies_when=BOTH, examples=BOTH_EXAMPLES))
    base = {"schema": "paracheck/proposal/v1", "title": "t"}

    def said(budget):
        return _checks({**base, "budget": budget}, pack)["BUD-001"].not_applicable

    assert said({"apbd_allocation_idr": 0, "other_sources": ["partner"]}).id == OTHERWISE["id"]
    assert said({"apbd_allocation_idr": 5, "other_sources": []}).id == SECOND["id"]
    assert said({"apbd_allocation_idr": 5, "other_sources": ["partner"]}).id == SECOND["id"]
    assert said({"apbd_allocation_idr": 0, "other_sources": []}) is None  # a risk
    assert paracheck.run_examples(pack)[1] == []
    page = paracheck.render_rule(pack, pack.rule("BUD-001"), "id")
    both = f"{SECOND['id']}. Juga tidak berlaku bila {OTHERWISE['id']}"
    assert f"**Tidak berlaku bila:** {both}" in page


def test_an_antecedent_of_a_list_the_rule_does_not_hold_to_is_refused_by_its_place(tmp_path):
    bad = [BOTH[0], {"when": {"path": "budget.multi_year", "eq": True}, "otherwise": OTHERWISE}]
    path = _mini_with(tmp_path, applies_when=bad, examples=BOTH_EXAMPLES)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert "BUD-001.applies_when[1].when" in str(caught.value)
    assert "does not imply it" in str(caught.value)

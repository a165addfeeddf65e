"""Each report format shows the whole assessment, in the language asked for."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from paracheck.errors import UsageError
from paracheck.report import FORMATS, render
from paracheck.report.messages import MESSAGES, in_words

from .assessment_samples import clean_assessment, sample_assessment

REMOTE = re.compile(r"https?:|//[a-z0-9.-]+\.[a-z]{2,}|\bsrc\s*=|url\(\s*['\"]?(?!#)", re.I)


@pytest.fixture(scope="module")
def assessment():
    return sample_assessment()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_check_id_appears_in_every_format(assessment, fmt, lang):
    out = render(assessment, fmt, lang)
    for check in assessment.checks:
        assert check.rule_id in out


def test_json_is_exactly_the_contract(assessment):
    out = render(assessment, "json")
    assert out == assessment.to_json() + "\n"
    assert json.loads(out)["schema"] == "paracheck/assessment/v2"


@pytest.mark.parametrize("fmt", FORMATS)
def test_same_assessment_renders_the_same_bytes(assessment, fmt):
    assert render(assessment, fmt, "en") == render(assessment, fmt, "en")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_english_report_has_no_indonesian_labels_and_vice_versa(assessment, fmt):
    english, indonesian = render(assessment, fmt, "en"), render(assessment, fmt, "id")
    assert english != indonesian
    for word in (
        "Kesimpulan",
        "Risiko menurut",
        "Bukti",
        "Rekomendasi",
        "Prosedur",
        "Penghambat",
        "Anggaran",
        "Juni",
        "Pertanyaan",
    ):
        assert word.lower() not in english.lower(), word
    for word in (
        "Verdict",
        "Evidence",
        "Recommendations",
        "Procedure",
        "Blocker",
        "Budget",
        "June",
        "Questions",
    ):
        assert word not in indonesian, word


def test_money_and_dates_follow_the_locale(assessment):
    a = sample_assessment(apbd=600_000_000)
    assert "Rp600.000.000" in render(a, "text", "id")
    assert "IDR 600,000,000" in render(a, "text", "en")
    assert "10 Juni 2015" in render(a, "markdown", "id")
    assert "June 10, 2015" in render(a, "markdown", "en")


def test_text_is_plain_unless_colour_is_asked_for(assessment):
    assert "\x1b[" not in render(assessment, "text")
    assert "\x1b[" in render(assessment, "text", color=True)


def test_text_opens_with_the_memo_then_the_annex(assessment):
    out = render(assessment, "text", "en")

    def heading(s: str) -> int:  # the line that is the heading, not a longer one holding it
        found = re.search(rf"(?m)^\W*{re.escape(s)}\b(?! STEPS)", out)
        assert found, s
        return found.start()

    order = [
        heading(s)
        for s in (
            "Decision memo",
            "Verdict",
            "TOP RISKS",
            "QUESTIONS TO ANSWER",
            "ACTION PLAN BY STAGE",
            "Annex",
            "CHECKLIST",
            "RISK DETAILS",
            "NOT YET DECIDABLE",
            "PROCEDURE",
        )
    ]
    assert order == sorted(order)
    assert out.index("REG-001") < out.index("BUD-001") < out.index("TNC-001")


def test_text_shows_evidence_with_label_value_and_line(assessment):
    out = render(assessment, "text", "en")
    assert "APBD allocation: IDR 0 (line 31)" in out
    assert "→ [Planning] Bappeda: Allocate APBD <now>" in out


def test_markdown_marks_each_status_as_the_legend_says(assessment):
    out = render(assessment, "markdown", "en")
    assert "| `[✗]` | REG-001 |" in out
    assert "| `[✓]` | IMP-001 |" in out
    assert "- `[ ]` **HR-002**" in out  # unknowns: under the question that settles them
    assert "| `[~]` | NRG-001 |" in out
    assert "`[✗]` risk" in out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clear_check_is_ticked_as_confirmed_and_an_unknown_left_to_confirm(assessment, lang):
    """Newcomer finding (issue 12): the checklist lists what must be true, so a clear check
    beside an empty box read as "not done"; an empty box is now only what is still to be
    confirmed."""
    text = render(assessment, "text", lang)
    clear = next(line for line in text.splitlines() if "IMP-001" in line and "☑" in line)
    assert clear.lstrip().startswith("☑ IMP-001")
    unknown = [line for line in text.splitlines() if "HR-002" in line]
    assert any(line.lstrip().startswith("☐ HR-002") for line in unknown), unknown
    assert not any(line.lstrip().startswith("☐ IMP-001") for line in text.splitlines())
    markdown = render(assessment, "markdown", lang)
    assert "| `[ ]` | IMP-001 |" not in markdown


def test_markdown_action_plan_keeps_the_assessments_order(assessment):
    # the sample's REG-001 is a blocker, and a blocked plan lists only the blocker's actions:
    # the order is seen with REG-001 as a high risk
    unblocked = assessment.model_copy(
        update={
            "checks": [
                c.model_copy(update={"severity": "high"}) if c.rule_id == "REG-001" else c
                for c in assessment.checks
            ]
        }
    )
    out = render(unblocked, "markdown", "en")
    plan = out[out.index("## Action plan") : out.index("# Annex")]
    assert plan.index("BUD-001") < plan.index("REG-001")


def test_a_blocked_sample_plans_only_the_blockers_actions(assessment):
    out = render(assessment, "markdown", "en")
    plan = out[out.index("## Action plan") : out.index("# Annex")]
    assert "REG-001" in plan and "BUD-001" not in plan
    # REG-001 (no diplomatic relations) cannot be removed by the region: the other actions
    # are not taken at all, they do not wait (trial18 #1)
    assert "not taken, since the regional government cannot cooperate" in " ".join(plan.split())


def test_html_is_self_contained_with_a_heat_map(assessment):
    out = render(assessment, "html", "en")
    assert "<svg" in out and 'class="heatmap"' in out
    assert out.count('class="cell"') == 25
    assert not REMOTE.search(out), REMOTE.search(out)


def test_html_escapes_what_the_proposal_says(assessment):
    out = render(assessment, "html", "en")
    assert "Allocate APBD &lt;now&gt;" in out
    assert "<now>" not in out


def test_html_places_each_risk_in_its_likelihood_impact_cell(assessment):
    out = render(assessment, "html", "en")
    cell = re.search(r'data-likelihood="4" data-impact="4">(.*?)</g>', out, re.S)
    assert cell and "BUD-001" in cell.group(1)
    accepted = re.search(r'data-likelihood="4" data-impact="3">(.*?)</g>', out, re.S)
    assert accepted and "NRG-001" not in accepted.group(1)


def test_csv_has_one_row_per_check(assessment):
    rows = list(csv.DictReader(io.StringIO(render(assessment, "csv", "en"))))
    assert [r["rule_id"] for r in rows] == [c.rule_id for c in assessment.checks]
    assert rows[1]["evidence"].startswith("APBD allocation: IDR 0 (line 31)")
    assert {r["verdict"] for r in rows} == {"blocked"}


def test_csv_shows_each_checks_own_rule_texts_not_those_of_an_earlier_check_of_its_rule(
    assessment,
):
    """The CSV makes a rule's title, recommendations and sources cells once and reuses them
    for the same objects: a check carrying other ones shows its own."""
    first = render(assessment, "csv", "en")
    check = assessment.checks[0]
    text = type(check.title)(id="Judul lain", en="Another title")
    rec = check.recommendations[0].model_copy(update={"text": text, "owner": "Bappeda"})
    other = check.model_copy(update={"title": text, "recommendations": [rec], "sources": []})
    changed = assessment.model_copy(update={"checks": [other, *assessment.checks[1:]]})
    row = next(csv.DictReader(io.StringIO(render(changed, "csv", "en"))))
    assert (row["title"], row["sources"]) == ("Another title", "")
    assert row["recommendations"].endswith("/ Bappeda: Another title")
    assert render(assessment, "csv", "en") == first


def test_clean_proposal_says_there_is_nothing_to_do():
    clean = clean_assessment()
    assert clean.actions == [] and {c.status for c in clean.checks} == {"clear"}
    out = render(clean, "text", "en")
    assert "Verdict: LOW RISK" in out
    assert MESSAGES["verdict_note.low_risk"][1] in out
    lines = [line.strip() for line in out.splitlines()]
    for heading in (
        "heading.top_risks",
        "heading.questions",
        "heading.risk_details",
        "heading.unknown_by_question",
    ):  # each says "None."
        at = lines.index(MESSAGES[heading][1].upper())
        assert lines[at + 1] == MESSAGES["none"][1], heading
    # the plan, with steps still ahead, says where they are (web 462 M5)
    at = lines.index(MESSAGES["heading.plan"][1].upper())
    assert lines[at + 1].startswith("No finding needs follow-up. The procedure steps")
    assert f"{MESSAGES['recommendations'][1]}:" not in out  # no step to take


@pytest.mark.parametrize("fmt, lang", [("pdf", "id"), ("text", "fr")])
def test_unknown_format_or_language_is_a_usage_error(assessment, fmt, lang):
    with pytest.raises(UsageError):
        render(assessment, fmt, lang)


def test_every_code_of_the_contract_has_a_label_in_both_languages():
    from paracheck.engine.model import DOMAINS, SEVERITIES
    from paracheck.facts.model import STEP_IDS

    codes = (
        [f"domain.{d}" for d in DOMAINS]
        + [f"severity.{s}" for s in SEVERITIES]
        + [f"step.{s}" for s in STEP_IDS]
        + [
            f"verdict.{v}"
            for v in ("blocked", "incomplete", "high_risk", "medium_risk", "low_risk")
        ]
        + [f"status.{s}" for s in ("risk", "clear", "unknown", "accepted")]
    )
    for code in codes:
        id_, en = MESSAGES[code]
        assert id_ and en, code


@pytest.mark.parametrize("lang", ["id", "en"])
def test_markdown_puts_every_evidence_item_and_heading_on_its_own_line(lang):
    from pathlib import Path

    import paracheck

    root = Path(__file__).resolve().parent.parent
    ntb = paracheck.assess(
        paracheck.load_proposal(str(root / "examples" / "ntb-zhejiang-2015.yaml"))
    )
    md = render(ntb, "markdown", lang)
    for line in md.splitlines():
        # one list item per line: a second "- *Heading:*" or "- `path`" glued on is a bug
        assert not re.search(r"\S\s+- (\*|`)", line), line


def test_the_worst_verdict_line_names_only_the_checks_that_could_cause_it():
    """An untouched template could become Blocked through its four open blocker checks; the
    dozens of open medium checks are counted, not listed as if each could block it."""
    import paracheck
    from paracheck.engine.model import SEVERITY_VERDICT
    from paracheck.facts.loader import load_proposal_bytes
    from paracheck.facts.template import proposal_template
    from paracheck.report import view

    a = paracheck.assess(
        load_proposal_bytes(proposal_template("sister_city").encode("utf-8"), "template.yaml")
    )
    severity = {c.rule_id: c.severity for c in a.checks}
    causing = [r for r in a.worst_because if SEVERITY_VERDICT[severity[r]] == a.worst_verdict]
    others = len(a.worst_because) - len(causing)
    assert a.worst_verdict == "blocked" and causing and others > 0
    line = view.worst(a, "id")
    # each with what it checks beside it (trial26 U1), as the question it leaves (reviews 240
    # and 280: the statement quoted read as a result)
    questions = view.open_questions(a.pack.name)
    assert all(r in questions for r in causing)
    assert f"{in_words(len(causing), 'id')} pemeriksaan belum dapat dinilai, yaitu " in line
    for r in causing:
        assert f"{questions[r]['id']} ({r})" in line
    assert f"{in_words(others, 'id')} pemeriksaan lain" in line
    assert not any(r in line for r in a.worst_because if r not in causing)


@pytest.mark.parametrize(
    ("lang", "sectors", "programme", "more"),
    [
        (
            "id",
            "sektor infrastruktur; sektor pertanian; sektor pertambangan",
            "program “",
            "dan empat lainnya",
        ),
        (
            "en",
            "infrastructure sector; agriculture sector; mining sector",
            "programme “",
            "and 4 more",
        ),
    ],
)
def test_a_question_for_several_items_names_them_not_just_their_count(
    lang, sectors, programme, more
):
    """Newcomer finding (issue 12): "(Untuk: 7 butir)" left the officer to guess which seven
    sectors; the first three are named by their field, then how many more."""
    import paracheck

    result = paracheck.assess(paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"))
    for fmt in ("text", "markdown", "html"):
        out = " ".join(render(result, fmt, lang).split())
        assert f"{sectors} {more}" in out, fmt
        assert f"{programme}Saling pasok pupuk dan bibit pertanian”" in out, fmt
        assert "7 butir" not in out and "7 items" not in out, fmt


@pytest.mark.parametrize(
    ("lang", "country", "language"),
    [("id", "Tiongkok (RRT)", "bahasa Mandarin"), ("en", "China", "Chinese")],
)
def test_country_and_language_codes_read_as_names_in_human_formats(lang, country, language):
    """Newcomer finding (issue 12): the evidence showed "CN" and "zh" where an officer reads
    names; machines keep the codes (JSON, CSV)."""
    import paracheck

    result = paracheck.assess(paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"))
    for fmt in ("text", "markdown", "html"):
        out = " ".join(re.sub(r"<[^>]+>", "", render(result, fmt, lang)).split())
        assert f": {country} (" in out, fmt
        # "Staf yang menguasai bahasa Mandarin: 0", not "… bahasa mitra (bahasa Mandarin)"
        assert f" {language}: " in out, fmt
        assert not re.search(r": CN\b|\(zh\)|: zh\b", out), fmt
    assert '"value": "CN"' in render(result, "json", lang)


def test_the_signing_date_is_asked_at_the_stage_where_signing_is_due_not_at_proposal():
    """Newcomer finding (issue 12): a proposal at stage ``proposal`` was asked the date of the
    signing among the questions to answer now. Both packs require signing from ``mou_signed``
    (REGULATION.md: signing comes after the DPRD, the ministries and the full powers); the
    question is now the last one, marked for that stage. A signed MoU is asked it plainly."""
    import paracheck

    blank = paracheck.assess(paracheck.load_proposal_text(paracheck.proposal_template()))
    assert blank.proposal and any(q.path == "procedure.signing.date" for q in blank.questions)
    for lang, later in (
        ("id", "(ditanyakan nanti, pada tahap MoU ditandatangani)"),
        ("en", "(to ask later, at the MoU signed stage)"),
    ):
        lines = [
            " ".join(line.split())
            for line in render(blank, "markdown", lang).split("\n## ")[2].splitlines()
            if line[:1].isdigit()
        ]
        signing = [line for line in lines if line.endswith(": IMP-006, IMP-010, IMP-011, IMP-013")]
        assert signing and later in signing[0].replace("*", ""), signing
        # after everything that can be answered now, among the questions for later
        for_later = [line for line in lines if later in line.replace("*", "")]
        assert signing[0] in for_later and lines[-len(for_later) :] == for_later
    signed = paracheck.assess(paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"))
    assert "nanti" not in render(signed, "text", "id")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_domain_summary_calls_its_score_the_highest_not_a_total(assessment, fmt, lang):
    """A domain's score is its highest risk's score, while the assessment's score is the sum:
    a column headed only "Skor" invited a reader to add the domains up and find another total."""
    out = render(assessment, fmt, lang)
    highest = MESSAGES["domain_score"][0 if lang == "id" else 1]
    assert highest in out
    worst_in_a_domain = max(s.score for s in assessment.domains.values())
    assert worst_in_a_domain == max(
        (c.score for c in assessment.checks if c.status == "risk"), default=0
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_chinese_reads_as_bahasa_mandarin_in_an_indonesian_report(fmt):
    """An officer writes "bahasa Mandarin"; CLDR's "Tionghoa" names the ethnic group
    (wording review)."""
    import paracheck

    result = paracheck.assess(paracheck.load_proposal("examples/ntb-zhejiang-2015.yaml"))
    out = render(result, fmt, "id")
    assert "Tionghoa" not in out
    assert "bahasa utama negara mitra: bahasa Mandarin" in out

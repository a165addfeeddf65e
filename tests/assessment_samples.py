"""Hand-made assessments for the report tests: every status, a waiver, a superseded pack,
evidence with and without lines, a question and a procedure issue — so the renderers are
exercised on the whole contract without running the engine."""

from __future__ import annotations

import datetime as dt

from paracheck.engine.model import (
    Action,
    Assessment,
    Check,
    DomainSummary,
    Evidence,
    Localized,
    PackRef,
    ProcedureEntry,
    ProposalRef,
    Question,
    Recommendation,
    Source,
    WaiverRef,
)


def L(id_: str, en: str) -> Localized:
    return Localized(id=id_, en=en)


def _check(
    rule_id: str, domain: str, status: str, severity: str, likelihood: int, impact: int, **extra
) -> Check:
    base = {
        "rule_id": rule_id,
        "domain": domain,
        "title": L(f"Judul {rule_id}", f"Title {rule_id}"),
        "statement": L(f"Pernyataan {rule_id}", f"Statement {rule_id}"),
        "why": L(f"Alasan {rule_id}", f"Reason {rule_id}"),
        "status": status,
        "severity": severity,
        "likelihood": likelihood,
        "impact": impact,
        "score": likelihood * impact,
        "evidence": [],
        "missing": [],
        "clears_when": L(f"Aman bila {rule_id}", f"Clears when {rule_id}"),
        "recommendations": [],
        "sources": [Source(kind="thesis", ref="IV.B.2.a", confidence=None)],
    }
    base.update(extra)
    return Check(**base)


def sample_assessment(
    title: str = "Sister Province NTB – Zhejiang", source: str = "ntb.yaml", apbd: int = 0
) -> Assessment:
    rec = Recommendation(
        text=L("Alokasikan APBD <segera>", "Allocate APBD <now>"), owner="Bappeda", stage="planning"
    )
    checks = [
        _check(
            "REG-001",
            "regulatory",
            "risk",
            "blocker",
            5,
            5,
            evidence=[Evidence(path="procedure.dprd_approval.status", value="missing", line=None)],
            recommendations=[
                Recommendation(
                    text=L("Ajukan persetujuan DPRD", "Seek DPRD approval"),
                    owner="Biro Kerja Sama",
                    stage="approval",
                )
            ],
            sources=[
                Source(kind="law", ref="UU 23/2014 Pasal 367", confidence="high"),
                Source(
                    kind="regulation",
                    ref="Permendagri 3/2008",
                    confidence="medium",
                    note="reported",
                ),
            ],
        ),
        _check(
            "BUD-001",
            "budget",
            "risk",
            "high",
            4,
            4,
            evidence=[
                Evidence(path="budget.apbd_allocation_idr", value=apbd, line=31),
                Evidence(path="budget.realization_rate", value=0.6, line=34),
            ],
            recommendations=[rec],
        ),
        _check(
            "NRG-001",
            "energy",
            "accepted",
            "high",
            4,
            3,
            evidence=[Evidence(path="energy.reserve_margin_pct", value=-4, line=44)],
            waiver=WaiverRef(
                reason="PLN peaker plant due 2016",
                accepted_by="Sekda NTB",
                until=dt.date(2016, 6, 30),
            ),
        ),
        _check(
            "HR-002",
            "human_resources",
            "unknown",
            "high",
            3,
            4,
            missing=["human_resources.language_staff"],
        ),
        _check(
            "TNC-001",
            "transnational_crime",
            "risk",
            "medium",
            3,
            3,
            items=["sectors[1]"],
            evidence=[
                Evidence(path="security.iuu_fishing", value="high", line=52),
                Evidence(
                    path="context.partner_has_relations",
                    value=True,
                    line=None,
                    note=L("periksa dengan Kemlu", "verify with Kemlu"),
                ),
            ],
            recommendations=[
                Recommendation(
                    text=L("Libatkan KKP & Bakamla", "Involve KKP & Bakamla"),
                    owner="Dinas Kelautan",
                    stage="implementation",
                )
            ],
        ),
        _check(
            "IMP-001",
            "implementation",
            "clear",
            "medium",
            3,
            3,
            evidence=[Evidence(path="sectors[0].lead_agency", value="Dinas PU", line=60)],
        ),
        _check(
            "GOV-001",
            "governance",
            "clear",
            "low",
            2,
            2,
            evidence=[
                Evidence(path="date", value="2015-06-10", line=3),
                Evidence(path="governance.stakeholders", value=[], line=70),
            ],
        ),
    ]
    return Assessment(
        proposal=ProposalRef(title=title, source=source, sha256="0" * 64),
        as_of=dt.date(2015, 6, 10),
        pack=PackRef(
            name="permendagri-3-2008",
            version="1.0.0",
            regime="Permendagri 3/2008",
            effective_from=dt.date(2008, 1, 28),
            effective_until=dt.date(2020, 5, 21),
            superseded=False,
            superseded_by="pp28-2018",
        ),
        verdict="blocked",
        worst_verdict="blocked",
        worst_because=[],
        notices=[],
        score=25,
        domains={
            "regulatory": DomainSummary(level="high", score=25, risks=1, unknowns=0),
            "budget": DomainSummary(level="high", score=16, risks=1, unknowns=0),
            "human_resources": DomainSummary(level="none", score=0, risks=0, unknowns=1),
            "energy": DomainSummary(level="none", score=0, risks=0, unknowns=0),
            "transnational_crime": DomainSummary(level="medium", score=9, risks=1, unknowns=0),
            "implementation": DomainSummary(level="none", score=0, risks=0, unknowns=0),
            "governance": DomainSummary(level="none", score=0, risks=0, unknowns=0),
        },
        checks=checks,
        actions=[
            Action(
                text=rec.text, owner="Bappeda", stage="planning", severity="high", rules=["BUD-001"]
            ),
            Action(
                text=L("Ajukan persetujuan DPRD", "Seek DPRD approval"),
                owner="Biro Kerja Sama",
                stage="approval",
                severity="blocker",
                rules=["REG-001"],
            ),
        ],
        questions=[
            Question(
                path="human_resources.language_staff",
                text=L(
                    "Berapa staf yang menguasai bahasa mitra?",
                    "How many staff speak the partner's language?",
                ),
                checks=["HR-002"],
            )
        ],
        procedure=[
            ProcedureEntry(
                step="exploration",
                status="done",
                date=dt.date(2014, 9, 1),
                required=True,
                issue=None,
            ),
            ProcedureEntry(
                step="letter_of_intent",
                status="done",
                date=dt.date(2014, 11, 20),
                required=True,
                issue=None,
            ),
            ProcedureEntry(
                step="dprd_approval",
                status=None,
                date=None,
                required=True,
                issue=L("Langkah wajib belum ada", "Required step is missing"),
            ),
            ProcedureEntry(
                step="deposit_with_kemlu",
                status="pending",
                date=None,
                required=False,
                issue=None,
                due_from="active",  # as the engine decides it (engine.assess.due_from)
            ),
        ],
    )


def clean_assessment() -> Assessment:
    """A proposal with nothing left to do: every check clear."""
    a = sample_assessment(title="Well prepared", source="good.yaml")
    checks = [c.model_copy(update={"status": "clear", "waiver": None}) for c in a.checks]
    return a.model_copy(
        update={
            "checks": checks,
            "verdict": "low_risk",
            "worst_verdict": "low_risk",
            "score": 0,
            "actions": [],
            "questions": [],
        }
    )


def sample_pack():
    """A two-rule pack built from the pack models, for checklist and catalogue rendering."""
    from paracheck.rules.model import ProcedureStepSpec, Rule, RulePack

    def rule(rule_id: str, domain: str, severity: str) -> Rule:
        return Rule.model_validate(
            {
                "id": rule_id,
                "domain": domain,
                "severity": severity,
                "likelihood": 4,
                "impact": 3,
                "title": {"id": f"Judul {rule_id}", "en": f"Title {rule_id}"},
                "why": {"id": f"Alasan {rule_id}", "en": f"Reason {rule_id}"},
                "when": {"path": "budget.apbd_allocation_idr", "eq": 0},
                "recommend": [
                    {
                        "stage": "planning",
                        "owner": "Bappeda",
                        "text": {"id": "Alokasikan APBD", "en": "Allocate APBD"},
                    }
                ],
                "sources": [
                    {"kind": "regulation", "ref": "Permendagri 3/2008", "confidence": "medium"}
                ],
                "examples": {
                    "fires": [{"budget": {"apbd_allocation_idr": 0}}],
                    "clears": [{"budget": {"apbd_allocation_idr": 1}}],
                },
            }
        )

    return RulePack(
        name="sample-pack",
        version="1.0.0",
        regime="Permendagri 3/2008",
        effective_from=dt.date(2008, 1, 28),
        effective_until=None,
        supersedes=None,
        superseded_by=None,
        description={"id": "Paket contoh", "en": "Sample pack"},
        procedure=[
            ProcedureStepSpec(step="exploration", required_from="proposal"),
            ProcedureStepSpec(step="dprd_approval", required_from="mou_signed"),
            ProcedureStepSpec(step="deposit_with_kemlu"),
        ],
        rules=[rule("BUD-001", "budget", "high"), rule("REG-001", "regulatory", "blocker")],
        source="sample-pack.yaml",
    )

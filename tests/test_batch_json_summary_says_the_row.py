"""The JSON batch summary carries what the human summary's row says (fix33e left): the stage
and the date judged on, each top risk in words with its score, how many risks, a lapsed MoU
and the programmes running on it, the notices in a few words. Additive in
``paracheck/batch/v1``: the keys it had keep their places and values."""

from __future__ import annotations

import json
from pathlib import Path

import paracheck
from paracheck.batch import BatchItem, Summary
from paracheck.report import advice, view

EXAMPLES = Path(__file__).parent.parent / "examples"
LAPSED = {
    "schema": "paracheck/proposal/v1",
    "title": "Kalbar – Sarawak",
    "date": "2025-06-01",
    "stage": "active",
    "agreement": {"expires": "2022-08-14"},
}
BEFORE = [
    "source",
    "title",
    "verdict",
    "score",
    "top_risks",
    "worst_verdict",
    "worst_because",
    "error",
]


def _assessments() -> list:
    ntb = paracheck.assess(paracheck.load_proposal(EXAMPLES / "ntb-zhejiang-2015.yaml"))
    lapsed = paracheck.assess(paracheck.Proposal.model_validate(LAPSED))
    return [ntb, lapsed]


def _entries(assessments: list) -> list[dict]:
    items = [BatchItem(f"{i}.yaml", a) for i, a in enumerate(assessments)]
    text = "".join(
        p.decode() if isinstance(p, bytes) else p
        for p in paracheck.render_batch(items, "json", "id", summary_only=True)
    )
    document = json.loads(text)
    assert document["schema"] == "paracheck/batch/v1"
    return document["summary"]


def test_a_json_summary_entry_carries_the_stage_the_date_and_the_top_risks_in_words():
    assessments = _assessments()
    for a, entry in zip(assessments, _entries(assessments), strict=True):
        assert list(entry)[: len(BEFORE)] == BEFORE  # additive: the old keys first, as before
        assert entry["stage"] == a.proposal.stage
        assert entry["as_of"] == a.as_of.isoformat()
        top = view.top_risks(a)[:3]
        texts = view.saran_labels(a.pack.name)
        assert [w["rule_id"] for w in entry["top_risk_words"]] == entry["top_risks"]
        assert entry["top_risk_words"] == [
            {
                "rule_id": c.rule_id,
                "score": c.score,
                "id": advice.finding_words(c, texts, "id"),
                "en": advice.finding_words(c, texts, "en"),
            }
            for c in top
        ]
        assert entry["risk_count"] == len(view.headline_risks(a))


def test_a_json_summary_entry_says_a_lapsed_mou_and_its_notices_in_words():
    ntb, lapsed = _entries(_assessments())
    assert (ntb["mou_lapsed"], lapsed["mou_lapsed"]) == (False, True)
    codes = [n["code"] for n in lapsed["notices"]]
    assert "mou_expired" in codes
    expired = lapsed["notices"][codes.index("mou_expired")]
    assert "14 Agustus 2022" in expired["id"] and "August 14, 2022" in expired["en"]


def test_a_json_summary_entry_counts_the_programmes_running_on_a_lapsed_mou():
    from tests.test_batch_summary_ranks import _lapsed

    running, idle = _lapsed(running=True), _lapsed(running=False)
    entries = _entries([running, idle])
    expected = [Summary.of(running).running, Summary.of(idle).running]
    assert [e["running_after_lapse"] for e in entries] == expected
    assert expected[0] > expected[1] and all(e["mou_lapsed"] for e in entries)

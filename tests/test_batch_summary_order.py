"""A batch's summary table, as a person reads it, lists the files by verdict and says that the
score sums a file's risks: ordered by file name, "Risiko sedang 75" stood above "Risiko tinggi
40" under "Jumlah skor", and a head of bureau read the medium-risk file as the riskiest
(newcomer trial 23, M2). The JSON summary and the CSV rows keep the input order tools rely on."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import paracheck
from paracheck.batch import BatchItem, Summary, assess_file
from paracheck.errors import Words, problem

EXAMPLES = Path(__file__).parent.parent / "examples"


def _summary(verdict: str, score: int) -> Summary:
    return Summary(f"Kerja sama {verdict} {score}", verdict, score, (), ())


#: in file-name order, as a folder gives them
ROWS = [
    ("a-sedang.yaml", _summary("medium_risk", 75)),
    ("b-rendah.yaml", _summary("low_risk", 0)),
    ("c-tinggi.yaml", _summary("high_risk", 40)),
    ("d-belum-lengkap.yaml", _summary("incomplete", 0)),
    ("e-sedang.yaml", _summary("medium_risk", 90)),
    ("f-terhambat.yaml", _summary("blocked", 10)),
]


def _items() -> list[BatchItem]:
    items = [BatchItem(source, summary=s) for source, s in ROWS]
    broken = (problem("g-rusak.yaml", 1, 1, "", Words.of("file.empty")),)
    return [*items[:2], BatchItem("g-rusak.yaml", problems=broken), *items[2:]]


def _document(items: list[BatchItem], fmt: str, lang: str = "id") -> str:
    pieces = paracheck.render_batch(items, fmt, lang, summary_only=fmt != "csv")
    return "".join(p.decode() if isinstance(p, bytes) else p for p in pieces)


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_summary_table_lists_files_by_verdict_then_score(fmt):
    out = _document(_items(), fmt)
    names = ["g-rusak", "f-terhambat", "c-tinggi", "e-sedang", "a-sedang", "d-belum", "b-rendah"]
    table = out.index("Baris diurutkan")  # the text lists the broken file above the table
    places = [out.index(name, table) for name in names]
    assert places == sorted(places), sorted(zip(places, names, strict=True))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "bukan peringkat: banyak risiko sedang dapat berjumlah lebih besar"),
        ("en", "not a ranking: many medium risks can add up to more than one high risk"),
    ],
)
def test_a_summary_table_says_its_score_sums_the_risks_and_does_not_rank_across_verdicts(
    fmt, lang, said
):
    out = " ".join(_document(_items(), fmt, lang).split())
    assert said in out
    assert ("Baris diurutkan menurut kesimpulan" if lang == "id" else "ordered by verdict") in out


def test_the_json_summary_and_the_csv_rows_keep_the_input_order():
    files = [
        "ntb-zhejiang-2015.yaml",
        "regency-with-province-2021.yaml",  # medium risk before a high one
        "signed-before-dprd-2021.yaml",
    ]
    items = [assess_file(str(EXAMPLES / name)) for name in files]
    verdicts = [item.summary.verdict for item in items if item.summary]
    assert verdicts == ["high_risk", "medium_risk", "high_risk"]  # the table would reorder them
    summary = json.loads(_document(items, "json"))["summary"]
    assert [Path(entry["source"]).name for entry in summary] == files
    rows = csv.DictReader(io.StringIO(_document(items, "csv")))
    seen = list(dict.fromkeys(Path(row["source"]).name for row in rows))
    assert seen == files
    table = _document(items, "markdown")
    assert table.rindex(files[1]) > table.rindex(files[2])


def test_the_reports_of_a_batch_stay_in_input_order_above_the_ordered_table():
    """Only the summary table at the end is ordered: each file's report is written as it is
    assessed, in input order, as before."""
    files = ["regency-with-province-2021.yaml", "ntb-zhejiang-2015.yaml"]  # medium, then high
    items = [assess_file(str(EXAMPLES / name)) for name in files]
    out = "".join(
        p.decode() if isinstance(p, bytes) else p
        for p in paracheck.render_batch(items, "markdown", "id")
    )
    table = out.index("Baris diurutkan")
    reports = [out.index(f"`{EXAMPLES / name}`") for name in files]
    assert reports == sorted(reports) and reports[-1] < table, reports
    # the table lists the high-risk file first
    assert out.index(files[1], table) < out.index(files[0], table)

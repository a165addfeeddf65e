"""One file never aborts a batch (issue 14, item 2): a failure at any stage — loading,
assessing (a waiver naming a rule the pack lacks), an internal error, even a worker process
that dies — becomes that file's error item, and every other file is still assessed and
written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from paracheck.batch import assess_many

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
GOOD = ["ntb-zhejiang-2015.yaml", "well-prepared-2023.yaml"]
BAD_WAIVER = """
accepted_risks:
  - rule: ZZZ-999
    reason: the pack has no such rule
    accepted_by: Sekretaris Daerah
    until: 2030-01-01
"""


def batch_dir(tmp_path: Path) -> Path:
    for name in GOOD:
        shutil.copy(EXAMPLES / name, tmp_path / name)
    text = (EXAMPLES / "well-prepared-2023.yaml").read_text(encoding="utf-8")
    (tmp_path / "m-bad-waiver.yaml").write_text(text + BAD_WAIVER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("workers", [1, 2])
def test_a_waiver_for_a_missing_rule_is_that_files_error_item(tmp_path, workers):
    items = assess_many([batch_dir(tmp_path)], workers=workers)
    by_name = {Path(i.source).name: i for i in items}
    assert sorted(by_name) == sorted([*GOOD, "m-bad-waiver.yaml"])
    bad = by_name["m-bad-waiver.yaml"]
    assert not bad.ok
    assert [p.path for p in bad.problems] == ["accepted_risks[0].rule"]
    assert "ZZZ-999" in bad.problems[0].message and bad.problems[0].line
    assert all(by_name[name].ok for name in GOOD)


def test_a_batch_with_a_bad_waiver_still_writes_every_other_file(tmp_path):
    (tmp_path / "in").mkdir()
    folder = batch_dir(tmp_path / "in")
    out = tmp_path / "out.json"
    done = subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(folder), "-f", "json", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "m-bad-waiver.yaml:" in done.stderr and "ZZZ-999" in done.stderr
    written = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(written)
    for name in GOOD:
        assert name in text
    assert "ZZZ-999" in text  # the bad file is an error item in the written batch


CRASH = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from paracheck import batch

    real = batch._assess_file

    def dying(path, pack=None, as_of=None):
        if Path(path).name.startswith("crash"):
            os.kill(os.getpid(), signal.SIGSEGV)  # what a rule-engine crash looks like
        if Path(path).name.startswith("boom"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(path, pack, as_of)

    batch._assess_file = dying  # forked workers inherit it
    items = batch.assess_many(sys.argv[1:], workers=2)
    for item in items:
        print(Path(item.source).name, item.ok, item.internal,
              " | ".join(p.message for p in item.problems))
    """
)


def test_a_worker_that_dies_or_raises_costs_only_its_own_file(tmp_path):
    names = ["a.yaml", "boom.yaml", "c.yaml", "crash.yaml", "e.yaml", "f.yaml"]
    for name in names:
        shutil.copy(EXAMPLES / GOOD[0], tmp_path / name)
    done = subprocess.run(
        [sys.executable, "-c", CRASH, *(str(tmp_path / n) for n in names)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in done.stdout.strip().splitlines())
    assert list(lines) == names
    for name in ["a.yaml", "c.yaml", "e.yaml", "f.yaml"]:
        assert lines[name].startswith("True False"), (name, lines[name])
    assert lines["boom.yaml"].startswith("False True"), lines["boom.yaml"]
    assert "RecursionError" in lines["boom.yaml"]
    assert lines["crash.yaml"].startswith("False True"), lines["crash.yaml"]
    assert "stopped" in lines["crash.yaml"]


def _batch_dir(tmp_path):
    """The examples, one of them again in a subfolder, and a broken file."""
    folder = tmp_path / "batch"
    (folder / "sub").mkdir(parents=True)
    for src in sorted(EXAMPLES.glob("*.yaml")):
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "sub" / "again.yaml").write_bytes((EXAMPLES / "ntb-zhejiang-2015.yaml").read_bytes())
    (folder / "broken.yaml").write_text("schema: paracheck/proposal/v1\nstage: nonsense\n")
    return folder


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "html", "text"])
@pytest.mark.parametrize("summary_only", [False, True])
def test_a_batch_rendered_by_the_workers_is_byte_identical_to_one_rendered_in_one_process(
    tmp_path, fmt, summary_only
):
    import paracheck

    folder = _batch_dir(tmp_path)
    inputs = [str(folder), str(tmp_path / "missing.yaml")]
    rows = []
    streamed = b"".join(
        paracheck.stream_batch(
            inputs, fmt, "en", workers=2, summary_only=summary_only, on_row=rows.append
        )
    )
    items = paracheck.assess_many(inputs, workers=1)
    whole = b"".join(paracheck.render_batch(items, fmt, "en", summary_only=summary_only))
    assert streamed == whole
    assert [r.source for r in rows] == [i.source for i in items]
    # sorted by path: blocked-taiwan, broken, ntb, regency, signed-before, sub/again, well-prepared
    assert [r.ok for r in rows] == [True, False, True, True, True, True, True, False]
    if fmt == "html" and not summary_only:  # each report is numbered in the parent
        assert [streamed.count(f'id="report-{n}"'.encode()) for n in (1, 6, 7)] == [1, 1, 0]


def test_each_report_of_a_batch_is_rendered_in_a_worker_and_the_parent_only_writes(tmp_path):
    folder = _batch_dir(tmp_path)
    log = tmp_path / "pids"
    code = (
        "import os, sys\n"
        "from paracheck import batch\n"
        "real = batch.render_piece\n"
        "def logged(*args):\n"
        f"    with open({str(log)!r}, 'a') as fh:\n"
        "        fh.write(f'{os.getpid()}\\n')\n"
        "    return real(*args)\n"
        "batch.render_piece = logged  # forked workers inherit it\n"
        "out = b''.join(batch.stream(sys.argv[1:], 'markdown', workers=2))\n"
        "print(os.getpid(), len(out))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    parent, size = (int(x) for x in done.stdout.split())
    renderers = [int(x) for x in log.read_text().split()]
    assert size > 0
    assert len(renderers) == 6  # one per assessed file, none for the broken one
    assert parent not in renderers

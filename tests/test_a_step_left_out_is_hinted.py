"""``paracheck assess`` hints, on standard error and without refusing anything, at a procedure
step required at the proposal's stage that the file leaves out: such a step is judged not
recorded, which can weigh as a certain risk where ``unknown`` asks a question.

Practitioner trial 32 U1/W3: NTT – Western Australia (2019, running) left out
``agreement_drafting`` (Full Powers and the signing recorded): REG-019 high, "Risiko tinggi";
with the step ``unknown`` it is a question and the verdict medium. Nothing said the step was
missing from the file rather than undone.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

import paracheck

DATA = Path(__file__).parent / "data"
NTT = DATA / "trial32-ntt-wa-2019.yaml"


def _assess(path: Path, lang: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "paracheck", "assess", str(path), "-f", "json", "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_library_names_the_required_steps_the_file_leaves_out():
    proposal = paracheck.load_proposal(str(NTT))
    a = paracheck.assess(proposal)
    listed = {s.step for s in proposal.procedure}
    assert paracheck.unlisted_steps(a) == ["agreement_drafting"]
    assert "agreement_drafting" not in listed
    # a step the file lists, even as unknown, is not left out
    assert "deposit_with_kemlu" in listed
    assert "deposit_with_kemlu" not in paracheck.unlisted_steps(a)


def test_assess_hints_at_a_step_left_out_and_refuses_nothing():
    done = _assess(NTT, "id")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("{")
    label = paracheck.value_label("procedure.<step>.step", "agreement_drafting", "id")
    (hint,) = [line for line in done.stderr.splitlines() if line.startswith("petunjuk:")]
    assert f"«{label}» (agreement_drafting)" in hint
    assert "wajib pada tahap ini" in hint and "«unknown» bila belum diketahui" in hint
    english = _assess(NTT, "en")
    assert "hint:" in english.stderr and "(agreement_drafting)" in english.stderr


def test_a_file_that_lists_every_required_step_gets_no_hint(tmp_path):
    text = NTT.read_text(encoding="utf-8").replace(
        "  - step: deposit_with_kemlu\n",
        "  - step: agreement_drafting\n    status: unknown\n  - step: deposit_with_kemlu\n",
    )
    listed = tmp_path / "ntt-listed.yaml"
    listed.write_text(text, encoding="utf-8")
    done = _assess(listed, "id")
    assert done.returncode == 0, done.stderr
    assert "petunjuk" not in done.stderr


def test_the_library_says_the_hint_in_plain_words_for_any_caller():
    """The hint is the library's (a form or another tool says the same words as the CLI):
    several steps are listed as a list in words, with EYD's comma before the last "dan"."""
    proposal = paracheck.load_proposal(str(NTT))
    a = paracheck.assess(proposal)
    hint = paracheck.unlisted_hint(a, NTT, "id")
    assert hint is not None and hint.startswith(f"petunjuk: {NTT}: langkah «")
    dropped = {"procedure": [s for s in proposal.model_dump(mode="json")["procedure"][:1]]}
    raw = {**proposal.model_dump(mode="json", exclude_unset=True), **dropped}
    several = paracheck.assess(raw)
    steps = paracheck.unlisted_steps(several)
    assert len(steps) >= 3
    hint = paracheck.unlisted_hint(several, "usulan.yaml", "id")
    assert hint is not None
    labels = [paracheck.value_label("procedure.<step>.step", s, "id") for s in steps]
    assert all(f"«{label}» ({s})" in hint for label, s in zip(labels, steps, strict=True))
    assert f", dan «{labels[-1]}»" in hint
    english = paracheck.unlisted_hint(several, "usulan.yaml", "en")
    assert english is not None and english.startswith("hint: usulan.yaml: the steps “")
    assert "petunjuk" not in english and "«" not in english


def test_the_alternative_to_a_step_left_out_is_not_hinted_as_required():
    """Ministry trial 470 H2: a 2008 MoU that leaves out the consultation with Kemendagri was
    told "«persetujuan pemerintah pusat» (central_approval) … wajib pada tahap ini", a step
    of Permendagri 25/2020 its procedure table does not show: REG-011 reads a central
    approval only as the consultation's alternative."""
    semarang = paracheck.assess(
        paracheck.load_proposal(str(DATA / "holdout68-semarang-beihai-2010.yaml"))
    )
    assert "central_approval" not in {e.step for e in semarang.procedure}
    left = paracheck.unlisted_steps(semarang)
    assert "ministry_consultation" in left and "central_approval" not in left
    ntb = yaml.safe_load((DATA.parent.parent / "examples" / "ntb-zhejiang-2015.yaml").read_text())
    ntb["procedure"] = [e for e in ntb["procedure"] if e["step"] != "ministry_consultation"]
    assert paracheck.unlisted_steps(paracheck.assess(ntb)) == ["ministry_consultation"]

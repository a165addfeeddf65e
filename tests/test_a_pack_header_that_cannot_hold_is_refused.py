"""A pack's header that cannot hold is refused at its line, in Indonesian (attack 440 M1): a
term ending before it begins ("berlaku 22 Mei 2020 s.d. 1 Januari 2019" in every memo), a step
listed twice in ``procedure`` (said twice in the checklist, under two headings), and
``supersedes`` naming no shipped pack, or the pack itself (read as a path in the current
folder, pulling in another pack file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from paracheck.errors import PackError
from paracheck.rules.loader import load_pack

MINI = (Path(__file__).parent / "packs" / "mini.yaml").read_text(encoding="utf-8")


def _refused(tmp_path: Path, old: str, new: str) -> str:
    assert old in MINI
    path = tmp_path / "mini.yaml"
    path.write_text(MINI.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    return "\n".join(p.describe("id") for p in caught.value.problems)


def test_a_term_ending_before_it_begins_is_refused(tmp_path) -> None:
    said = _refused(tmp_path, "effective_until: 2030-12-31", "effective_until: 1999-12-31")
    assert ":7:" in said
    assert "tanggal 1999-12-31 jatuh sebelum effective_from (2000-01-01)" in said


def test_a_step_listed_twice_is_refused(tmp_path) -> None:
    said = _refused(
        tmp_path,
        "  - {step: signing, required_from: mou_signed}\n",
        "  - {step: signing, required_from: mou_signed}\n"
        "  - {step: signing, required_from: active}\n",
    )
    assert "langkah 'signing' tercantum dua kali" in said


@pytest.mark.parametrize("named", ["nosuch", "mini"])
def test_supersedes_must_name_another_shipped_pack(tmp_path, named) -> None:
    said = _refused(
        tmp_path, 'regime: "test regime"\n', f'regime: "test regime"\nsupersedes: {named}\n'
    )
    assert (
        f"'{named}' bukan nama paket bawaan lain; sebutkan paket bawaan selain paket ini sendiri"
        in said
    )


def test_a_shipped_pack_superseding_another_still_loads() -> None:
    assert load_pack("pp28-2018").supersedes == "permendagri-3-2008"


def test_a_pack_of_no_rule_is_refused_at_its_rules_key(tmp_path) -> None:
    """Attack 440 L8: ``rules: []`` passed ``rules test`` with "0 contoh lulus, 0 gagal", and an
    assessment with it would say "Tidak ada temuan" having looked at nothing."""
    start = MINI.index("\nrules:\n") + 1
    path = tmp_path / "mini.yaml"
    path.write_text(MINI[:start] + "rules: []\n", encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(str(path))
    (problem,) = caught.value.problems
    line = MINI[:start].count("\n") + 1
    assert (problem.line, problem.column) == (line, 8)
    assert problem.describe("id").endswith(
        "rules: paket ini tidak memuat satu aturan pun, sehingga penilaian dengan paket ini tidak "
        "akan menghasilkan temuan apa pun; tulis sedikitnya satu aturan di bawah kunci rules:, "
        "atau sertakan berkas aturan melalui kunci include:"
    )


def test_a_pack_replacing_and_replaced_by_the_same_pack_is_refused(tmp_path) -> None:
    """Attack 450 M5: ``supersedes`` and ``superseded_by`` naming one pack loaded, the second
    silently read as none."""
    said = _refused(
        tmp_path,
        'regime: "test regime"\n',
        'regime: "test regime"\nsupersedes: pp28-2018\nsuperseded_by: pp28-2018\n',
    )
    assert (
        "'pp28-2018' disebut sebagai paket yang digantikan paket ini (supersedes) sekaligus paket "
        "yang menggantikannya (superseded_by)"
    ) in said

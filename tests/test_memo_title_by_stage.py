"""A signed partnership's memo is not titled a proposal's. Review 17 (B11): a running sister
city was headed "Telaahan risiko usulan kerja sama", and a blocked running partnership told
"usulan belum dapat diteruskan"."""

from __future__ import annotations

from pathlib import Path

import pytest

import paracheck

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _memo(name: str, fmt: str, **changes) -> str:
    proposal = paracheck.load_proposal(str(EXAMPLES / name))
    if changes:
        proposal = proposal.model_copy(update=changes)
    out = paracheck.render(
        paracheck.assess(proposal), fmt, "id", **({"width": 10_000} if fmt == "text" else {})
    )
    return " ".join(out.split())


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_running_partnership_is_titled_a_partnership_and_a_proposal_a_proposal(fmt):
    running = _memo("well-prepared-2023.yaml", fmt)  # stage: active
    assert "Telaahan risiko kerja sama" in running
    assert "Telaahan risiko usulan kerja sama" not in running
    if fmt != "html":  # the page shows the title as its subtitle, with no row label
        assert "Kerja sama: " in running or "| Kerja sama |" in running
        assert "Usulan: " not in running and "| Usulan |" not in running
    proposal = _memo("blocked-taiwan-2022.yaml", fmt)
    assert "Telaahan risiko usulan kerja sama" in proposal


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_blocked_running_partnership_is_not_told_it_cannot_go_forward_as_a_proposal(fmt):
    # a blocker the region can remove: a representative office abroad (drop it)
    well = paracheck.load_proposal(str(EXAMPLES / "well-prepared-2023.yaml"))
    basis = well.basis.model_copy(update={"representative_office_abroad": True})
    blocked = _memo("well-prepared-2023.yaml", fmt, basis=basis)
    assert "kerja sama belum dapat dilanjutkan sebelum risiko itu ditangani" in blocked
    assert "usulan belum dapat diteruskan" not in blocked
    # one it cannot (no diplomatic relations): the partnership cannot go on with this partner
    taiwan = _memo("blocked-taiwan-2022.yaml", fmt, stage="active")
    assert "kerja sama tidak dapat dilanjutkan sebagai kerja sama pemerintah daerah" in taiwan
    assert "usulan tidak dapat dilanjutkan" not in taiwan

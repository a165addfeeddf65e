"""Madiun–Ōmuta (newcomer trial 25, p3b): the sister city whose original MoU was signed in
2007, before Permendagri 3/2008, which the pre-2008 tests share — built with the signing
date, the date judged, and the steps and sectors each test states."""

from __future__ import annotations

import paracheck


def madiun_omuta(
    signed: str,
    judged: str,
    before: str = "",
    after: str = "",
    sectors: str = "",
) -> paracheck.Proposal:
    """The proposal signed on ``signed`` and judged on ``judged`` (its ``date``), at stage
    active. ``before`` and ``after``: the procedure's lines (YAML flow mappings, each
    "  - {step: …}\\n") before and after the signing; ``sectors``: the ``sectors:`` block's
    lines, none when empty. Read from YAML text, as a file is."""
    return paracheck.load_proposal_text(
        "schema: paracheck/proposal/v1\n"
        "title: Sister City Kota Madiun – Ōmuta\n"
        f"date: {judged}\n"
        "stage: active\n"
        "form: sister_city\n"
        "local: {name: Kota Madiun, level: city}\n"
        "partner: {name: Ōmuta City, country: JP, level: city, kind: regional_government}\n"
        + (f"sectors:\n{sectors}" if sectors else "")
        + "procedure:\n"
        + before
        + f"  - {{step: signing, status: done, date: {signed}}}\n"
        + after
    )


#: the DPRD's approval before a 2007 signing, as the trial's file records it
DPRD_APPROVED = "  - {step: dprd_approval, status: done, date: 2007-06-20}\n"

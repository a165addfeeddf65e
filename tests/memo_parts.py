"""Parts of a rendered memo that several tests read: the action plan's groups by heading."""

from __future__ import annotations

import paracheck


def plan_groups(a: paracheck.Assessment) -> dict[str, str]:
    """The Indonesian Markdown memo's action plan ("Rencana tindak lanjut per tahap"): each
    group's bold heading → the text under it, up to the Saran."""
    memo = paracheck.render(a, "markdown", "id")
    plan = memo.split("## Rencana tindak lanjut per tahap", 1)[1].split("## Saran", 1)[0]
    groups: dict[str, str] = {}
    for part in plan.split("\n**")[1:]:
        heading, _, body = part.partition("**")
        groups[heading] = body
    return groups

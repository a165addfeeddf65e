"""In the Markdown checklist each recommendation, and the rule's "Sumber" line, is a list item
of its own (wording review 23 A1).

A ``{% endif %}`` at the end of the recommendation line ate the newline (``trim_blocks``), so
every recommendation after a case-labelled one, and the sources, ran into one paragraph: the
case label "*(diberikan bila: …)*" then read as the condition of the *next* action. The
checklist is parsed as Markdown here, as a reader's viewer would show it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from markdown_it import MarkdownIt

import paracheck
from paracheck.report import catalogue
from paracheck.report.messages import message
from paracheck.rules.loader import load_pack


@dataclass
class _Item:
    """One list item as shown: the plain text of its first paragraph and its nested items."""

    text: str = ""
    children: list[_Item] = field(default_factory=list)


def _items(markdown: str) -> list[_Item]:
    """The document's list items as a tree (top-level items returned)."""
    root = _Item()
    stack = [root]
    seen_text: set[int] = set()
    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "list_item_open":
            item = _Item()
            stack[-1].children.append(item)
            stack.append(item)
        elif token.type == "list_item_close":
            stack.pop()
        elif token.type == "inline" and len(stack) > 1 and id(stack[-1]) not in seen_text:
            seen_text.add(id(stack[-1]))
            stack[-1].text = " ".join(
                "".join(
                    c.content if c.type in ("text", "code_inline") else " "
                    for c in token.children or []
                    if c.type in ("text", "code_inline", "softbreak")
                ).split()
            )
    return root.children


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("pack_name", ["pp28-2018", "permendagri-3-2008"])
def test_each_recommendation_and_the_sources_start_their_own_list_item(lang, pack_name):
    pack = load_pack(pack_name)
    tree = _items(paracheck.render_checklist(pack, lang, "markdown"))
    heading, sources = message("recommendations", lang), message("sources", lang)
    several = 0
    shown = [rule for _, rules in catalogue.checklist_groups(pack) for rule in rules]
    assert len(shown) >= 20
    for rule in shown:
        item = next(i for i in tree if i.text.startswith(f"[ ] {rule.id} "))
        recs = catalogue.recommendations(rule, lang, pack.actors)
        labels = [child.text.split(":", 1)[0] for child in item.children]
        assert labels[-1] == sources, (rule.id, item.children[-1].text[:200])
        block = next(c for c in item.children if c.text == f"{heading}:")
        assert len(block.children) == len(recs), (rule.id, [c.text[:80] for c in block.children])
        for child, rec in zip(block.children, recs, strict=True):
            start = " ".join(f"{rec['stage']} · {rec['owner']}: {rec['text']}".split())
            assert child.text.startswith(start), (rule.id, child.text[:300])
            assert f"{sources}:" not in child.text, (rule.id, child.text[:300])
        several += len(recs) > 1
    assert several >= 5  # the packs do have rules with several recommendations

"""Field and value labels for the form, from the library's label table.

The table (``paracheck.field_label`` / ``paracheck.value_label``, the same one the reports
use) is looked up through the public library; where a library without it is installed the
field's own name is shown with spaces, so the form still works.
"""

from __future__ import annotations

import paracheck


def field_label(path: str, lang: str) -> str:
    """``sectors[0].lead_agency`` → the label people read (without the item's place)."""
    lookup = getattr(paracheck, "field_label", None)
    if lookup is not None:
        return str(lookup(path, lang, where=False))
    name = path.rsplit(".", 1)[-1].split("[", 1)[0]
    return name.replace("_", " ")


def value_label(path: str, code: str, lang: str) -> str:
    """A code of a closed vocabulary (``fisheries``) as people read it (``perikanan``)."""
    lookup = getattr(paracheck, "value_label", None)
    if lookup is not None:
        label = lookup(path, code, lang)
        if label:
            return str(label)
    return code.replace("_", " ")


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]

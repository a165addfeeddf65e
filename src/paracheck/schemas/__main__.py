"""``python -m paracheck.schemas``: write the shipped schema files again from the models."""

from paracheck.schemas import write

for path in write():
    print(f"wrote {path}")

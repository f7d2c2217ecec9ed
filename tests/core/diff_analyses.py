"""Compare two folders of analysis JSON (``reader export --format json``), ignoring only each
claim's "provenance": the proof that a refactoring left the analyses as they were.

Run: ``python tests/core/diff_analyses.py BEFORE AFTER [--rules]``; every *.json under BEFORE
must have an equal twin under AFTER (same relative path). Exit 1 on any difference; --rules
counts AFTER's claims per rule.

Make each folder with the same fixed hash seed (actor ids of some articles depend on it)::

    PYTHONHASHSEED=0 python -m reader export seeds/*.txt -o BEFORE/seeds --format json --quiet

and likewise for tests/data/articles, tests/data/real/gv, tests/data/real/heldout and the press
texts, once with the old code and once with the new.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def without_provenance(data: dict[str, Any]) -> dict[str, Any]:
    """The analysis with every claim's "provenance" taken out."""
    claims = [{k: v for k, v in c.items() if k != "provenance"} for c in data.get("claims", [])]
    return {**data, "claims": claims}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--rules", action="store_true", help="claims per rule in AFTER")
    args = parser.parse_args(argv)
    same, differ = 0, []
    rules: Counter[str] = Counter()
    for old_path in sorted(args.before.rglob("*.json")):
        new_path = args.after / old_path.relative_to(args.before)
        if not new_path.is_file():
            differ.append(f"{new_path}: missing")
            continue
        old = json.loads(old_path.read_text(encoding="utf-8"))
        new = json.loads(new_path.read_text(encoding="utf-8"))
        rules.update((c.get("provenance") or {}).get("rule", "") for c in new.get("claims", []))
        if without_provenance(old) == without_provenance(new):
            same += 1
        else:
            differ.append(f"{old_path.relative_to(args.before)}: differs")
    print("\n".join(differ))
    print(f"{same} of {same + len(differ)} files identical apart from provenance")
    if args.rules:
        for rule, count in rules.most_common():
            print(f"{count:6d}  {rule or '(none)'}")
        print(f"{sum(rules.values()):6d}  claims in all")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

"""Prints a pip constraints file pinning every runtime dependency of pyproject.toml to its lower bound.

.ci/run installs the wheel with it, so the lower bounds we declare are the ones we test.
"""

import re
import sys
from pathlib import Path

import tomllib

project = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())["project"]
for requirement in project["dependencies"]:
    match = re.match(r"^\s*([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*.*?>=\s*([0-9][^,;\s]*)", requirement)
    if not match:
        sys.exit(f"no lower bound in {requirement!r}: declare one (>=) so that it is tested")
    print(f"{match.group(1)}=={match.group(3)}")

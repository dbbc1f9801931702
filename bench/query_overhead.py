"""`kg query` end to end against a bare pyoxigraph script running the same SPARQL on the same store (issue 16).

    python bench/query_overhead.py STORE [RUNS]     # e.g. a store built from ../shared/corpus/politics-2000.jsonl.gz

Both run as whole processes (imports included), CSV to a file, RUNS times each (default 5); prints the median
seconds of each and their ratio per named query, and checks that both wrote the same bytes. Parameterized queries
get sample values (the raw script binds the same terms kg would: the values in canonical Vietnamese spelling).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PARAMS = {
    "people-of-org": {"org": "Bộ Công an"},
    "successions": {"role": "Bộ trưởng", "org": "Bộ Công an"},
    "timeline": {"person": "Tô Lâm"},
    "who-held": {"role": "Bộ trưởng", "org": "Bộ Công an", "date": "2020-01-01"},
}
QUERIES = ["holdings", "persons", "organizations", "org-tree", "organization-forms", "events", *PARAMS]
RAW = """
import sys, pyoxigraph as ox
from kg.prefixes import PREFIXES
store = ox.Store.read_only(sys.argv[1])
bindings = {ox.Variable(k): ox.Literal(v) for k, v in zip(sys.argv[3::2], sys.argv[4::2])}
answer = store.query(open(sys.argv[2], encoding="utf-8").read(), prefixes=PREFIXES,
                     use_default_graph_as_union=True, substitutions=bindings or None)
sys.stdout.buffer.write(answer.serialize(format=ox.QueryResultsFormat.CSV))
"""


def _time(command: list[str], out: Path) -> float:
    started = time.perf_counter()
    with open(out, "wb") as handle:
        subprocess.run(command, stdout=handle, check=True)
    return time.perf_counter() - started


def main() -> None:
    store, runs = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 5
    sys.path.insert(0, str(REPO))
    from kg.language.text import canonical

    kg = [sys.executable, "-m", "kg.cli", "query"]
    print(f"{'query':20} {'kg s':>7} {'raw s':>7} {'ratio':>6}  same")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in QUERIES:
            params = PARAMS.get(name, {})
            flags = [x for k, v in params.items() for x in ("--param", f"{k}={v}")]
            raw_args = [x for k, v in params.items() for x in (k, canonical(v))]
            mine, theirs = Path(tmp) / "kg.csv", Path(tmp) / "raw.csv"
            ours = [_time([*kg, name, "-s", store, "-f", "csv", *flags], mine) for _ in range(runs)]
            query = REPO / "queries" / f"{name}.rq"
            bare = [_time([sys.executable, "-c", RAW, store, str(query), *raw_args], theirs) for _ in range(runs)]
            a, b = statistics.median(ours), statistics.median(bare)
            ratios.append(a / b)
            same = mine.read_bytes().rstrip(b"\r\n") == theirs.read_bytes().rstrip(b"\r\n")
            print(f"{name:20} {a:7.3f} {b:7.3f} {a / b:6.2f}  {'yes' if same else 'NO'}")
    print(f"median ratio {statistics.median(ratios):.2f}, worst {max(ratios):.2f}")


if __name__ == "__main__":
    main()

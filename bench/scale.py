"""Scale benchmark (issues 5 and 16): writes bench/RESULTS.md. One command, about two hours on 2 cores:

    .venv/bin/python bench/scale.py --out bench/RESULTS.md

1. Build throughput on politics-2000: `kg build -j 1` and `-j 2` beside bare underthesea (sent_tokenize +
   word_tokenize + pos_tag, bench/bare_underthesea.py) on the same texts; documents/s, sentences/s, peak memory
   of the whole process tree.
2. The named queries on a graph of at least 1M triples (built from the first --graph-docs articles of
   all.jsonl.gz, or an existing store given with --graph-store): `kg query` (the library call behind it, rows
   materialized) vs raw pyoxigraph (same SPARQL, solutions iterated) vs rdflib's memory store (same SPARQL on a
   `Dataset(default_union=True)`, in a subprocess with a time budget).
3. Load and export throughput on that graph.
4. The whole corpus (all.jsonl.gz, 35,440 articles): `kg build -j 2`, `kg validate` (a batch of documents at a
   time) and `kg link` against the shared reference: seconds and peak memory of each (--corpus-store reuses a
   built store; --corpus-figures takes the build's figures from bench/peak_memory.py's JSON).
5. The load test of `kg serve` (bench/load_test.py): 50 clients for 60 s of mixed named queries on the
   politics-2000 graph of section 1, then a cheap query beside 8 runaway ones (--load-store serves another store).

Sections 2-5 reuse the graphs section 1 and 4 build, so one run measures everything side by side.
Run it on a quiet machine: the timings are wall-clock.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(BENCH))
from measure import run_measured  # noqa: E402

from kg.graph.export import export  # noqa: E402
from kg.namespaces import PREFIXES  # noqa: E402
from kg.query import named_queries, prepare_query, run_query  # noqa: E402
from kg.store import Store  # noqa: E402

PARAMS = {
    "people-of-org": {"org": "Ban Tổ chức Trung ương"},
    "timeline": {"person": "Nguyễn Xuân Phúc"},
    "who-held": {"role": "Chủ tịch", "org": "UBND thành phố Hà Nội", "date": "2017-01-01"},
    "successions": {"role": "Chủ tịch", "org": "UBND thành phố Hà Nội"},
}
RDFLIB_LOAD_BUDGET = float(
    os.environ.get("KG_RDFLIB_LOAD_BUDGET", 300)
)  # seconds rdflib may take to load the graph, before its query's own budget starts
KG = [sys.executable, "-m", "kg.cli"]


def _build(corpus: str, store: str, jobs: int):
    measured = run_measured(KG + ["build", corpus, "-s", store, "-j", str(jobs), "--json", "--no-progress"], cwd=REPO)
    if measured.returncode not in (0, 1):
        raise SystemExit(f"kg build failed:\n{measured.stderr[-3000:]}")
    return measured, json.loads(measured.stdout.strip().splitlines()[-1])


def build_throughput(corpus: str, tmp: Path) -> dict:
    print(f"[1/3] build throughput on {corpus}", file=sys.stderr)
    bare = run_measured([sys.executable, str(BENCH / "bare_underthesea.py"), corpus], cwd=REPO)
    if bare.returncode != 0:
        raise SystemExit(f"bare underthesea failed:\n{bare.stderr[-3000:]}")
    bare_summary = json.loads(bare.stdout.strip().splitlines()[-1])
    rows = {"bare underthesea (1 process)": (bare, bare_summary["documents"])}
    for jobs in (1, 2):
        measured, summary = _build(corpus, str(tmp / f"build-j{jobs}"), jobs)
        rows[f"kg build -j {jobs}"] = (measured, summary["documents"] + summary["unchanged"])
        print(f"  -j {jobs}: {measured.seconds:.1f} s", file=sys.stderr)
    sentences = bare_summary["sentences"]
    return {
        "corpus": corpus,
        "sentences": sentences,
        "rows": {
            name: {
                "seconds": round(m.seconds, 1),
                "documents": docs,
                "docs_per_s": round(docs / m.seconds, 1),
                "sentences_per_s": round(sentences / m.seconds),
                "peak_mb": round(m.peak_mb),
            }
            for name, (m, docs) in rows.items()
        },
    }


def _first_articles(corpus: str, count: int, path: Path) -> Path:
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(lines, count))
    return path


def _timed(function, repeat: int = 3) -> tuple[float, float]:
    """(first run, median of the next `repeat` runs) in seconds."""
    times = []
    for _ in range(repeat + 1):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


RDFLIB_SCRIPT = r"""
import json, sys, time
from rdflib import Dataset, Literal
path, queries = sys.argv[1], json.loads(sys.argv[2])
started = time.perf_counter()
ds = Dataset(default_union=True)
ds.parse(path, format="nquads")
print(json.dumps({"load": time.perf_counter() - started, "triples": len(ds)}), flush=True)
for name, text, params in queries:
    started = time.perf_counter()
    rows = sum(1 for _ in ds.query(text, initBindings={k: Literal(v) for k, v in params.items()}))
    print(json.dumps({"query": name, "seconds": time.perf_counter() - started, "rows": rows}), flush=True)
"""


def _rdflib(nquads: Path, queries: list, budget: float) -> dict:
    """Runs the queries on rdflib's memory store in a subprocess: RDFLIB_LOAD_BUDGET seconds for the load, then
    `budget` seconds for the queries; what did not finish is reported as such."""
    results: dict = {}
    process = subprocess.Popen(
        [sys.executable, "-c", RDFLIB_SCRIPT, str(nquads), json.dumps(queries)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    deadline = time.monotonic() + RDFLIB_LOAD_BUDGET
    try:
        import selectors

        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if not selector.select(timeout=max(0.0, deadline - time.monotonic())):
                break
            line = process.stdout.readline()
            if not line:
                break
            record = json.loads(line)
            results[record.get("query", "load")] = record
            if "query" not in record:  # loaded: the queries' own time starts now
                deadline = time.monotonic() + budget
            print(f"  rdflib: {record}", file=sys.stderr)
    finally:
        process.kill()
        process.wait()
    return results


def queries_and_io(store_path: str, tmp: Path, rdflib_budget: float) -> dict:
    print(f"[2/3] named queries on {store_path}", file=sys.stderr)
    store = Store(store_path)
    triples = len(store)
    queries = named_queries()
    table = {}
    queries = {
        name: q for name, q in queries.items() if "SERVICE" not in q.text.upper()
    }  # federated: needs the network
    for name, named in sorted(queries.items()):
        params = PARAMS.get(name, {})
        cold, warm = _timed(lambda: run_query(store, named, params))
        rows = len(run_query(store, named, params).rows)
        raw_store = store._store  # the same pyoxigraph store, without kg around it
        text, bindings = prepare_query(named, params)  # the same SPARQL, the names' keys bound as kg binds them

        def raw() -> None:
            results = raw_store.query(
                text,
                prefixes=PREFIXES,
                use_default_graph_as_union=True,
                substitutions={ox.Variable(k): v for k, v in bindings.items()} or None,
            )
            variables = results.variables
            for solution in results:
                for variable in variables:
                    solution[variable]

        raw_cold, raw_warm = _timed(raw)
        table[name] = {
            "rows": rows,
            "kg_first": round(cold, 3),
            "kg": round(warm, 3),
            "pyoxigraph_first": round(raw_cold, 3),
            "pyoxigraph": round(raw_warm, 3),
        }
        print(f"  {name}: {table[name]}", file=sys.stderr)

    print("[3/3] export and load", file=sys.stderr)
    io: dict = {}
    for fmt, suffix in (("nquads", "nq"), ("turtle", "ttl")):
        target = tmp / f"graph.{suffix}"
        started = time.perf_counter()
        export(store, fmt, target)
        seconds = time.perf_counter() - started
        io[f"export {fmt}"] = {
            "seconds": round(seconds, 2),
            "triples_per_s": round(triples / seconds),
            "mb": round(target.stat().st_size / 2**20),
        }
    store.close()
    nquads = tmp / "graph.nq"
    memory = ox.Store()
    started = time.perf_counter()
    memory.load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    seconds = time.perf_counter() - started
    io["load N-Quads, memory store"] = {"seconds": round(seconds, 2), "triples_per_s": round(triples / seconds)}
    del memory
    for mode in ("bulk_load", "load"):
        disk = ox.Store(str(tmp / f"load-{mode}"))
        started = time.perf_counter()
        getattr(disk, mode)(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        disk.flush()
        seconds = time.perf_counter() - started
        io[f"load N-Quads, on-disk store ({mode})"] = {
            "seconds": round(seconds, 2),
            "triples_per_s": round(triples / seconds),
        }
        del disk
    from kg.store.dump import load_dump  # kg's own bulk path: blocks loaded by a thread per core

    with Store(str(tmp / "load-kg")) as restored:
        summary = load_dump(restored, [nquads])
    io["load N-Quads, on-disk store (kg load)"] = {
        "seconds": round(summary.seconds, 2),
        "triples_per_s": round(triples / summary.seconds),
    }
    for name, figures in io.items():
        print(f"  {name}: {figures}", file=sys.stderr)

    print(f"  rdflib memory store ({rdflib_budget:.0f} s a query after its load) ...", file=sys.stderr)
    rdf: dict = {}
    for name, named in sorted(queries.items()):  # one process a query, so that one slow query does not hide the rest
        answer = _rdflib(
            nquads, [(name, prepare_query(named, PARAMS.get(name))[0], PARAMS.get(name, {}))], rdflib_budget
        )
        rdf.setdefault("load", answer.get("load"))
        if name in answer:
            rdf[name] = answer[name]
        if answer.get("load") is None:  # not even loaded within its budget: the other queries would not be either
            print(
                f"  rdflib did not load the graph in {RDFLIB_LOAD_BUDGET} s: its queries are not run", file=sys.stderr
            )
            break
    if rdf.get("load") is None:
        del rdf["load"]
    for name in table:
        table[name]["rdflib"] = round(rdf[name]["seconds"], 2) if name in rdf else None
        table[name]["rdflib_rows"] = rdf[name]["rows"] if name in rdf else None
    io["load N-Quads, rdflib memory store"] = (
        {"seconds": round(rdf["load"]["load"], 1), "triples_per_s": round(triples / rdf["load"]["load"])}
        if "load" in rdf
        else None
    )
    return {
        "store": store_path,
        "triples": triples,
        "queries": table,
        "io": io,
        "rdflib_budget": rdflib_budget,
        "rdflib_load_budget": RDFLIB_LOAD_BUDGET,
        "rdflib_loaded": "load" in rdf,
    }


def whole_corpus(corpus: str, store: str, reference: str, figures: str | None) -> dict:
    """Build (unless `figures` gives it), validate and link the whole corpus: seconds and peak memory."""
    print(f"[4/5] whole corpus {corpus}: build, validate, link", file=sys.stderr)
    out: dict = {"corpus": corpus, "store": store}
    if figures:
        built = json.loads(Path(figures).read_text())
        out["build"] = {
            "seconds": built["wall_seconds"],
            "peak_mb": built["peak_tree_rss_mb"],
            "documents": built["summary"]["documents"] + built["summary"]["unchanged"],
            "triples": built["summary"].get("triples", built["summary"].get("store", {}).get("triples")),
            "from": figures,
        }
    elif not Path(store).is_dir():
        measured, summary = _build(corpus, store, 2)
        out["build"] = {
            "seconds": round(measured.seconds, 1),
            "peak_mb": round(measured.peak_mb),
            "documents": summary["documents"] + summary["unchanged"],
            "triples": summary["triples"],
        }
    for step, args in (
        ("validate", ["validate", "-s", store, "-q", "--no-progress"]),
        ("link", ["link", "-s", store, "--reference", reference, "--period", "2016/2017", "--json"]),
    ):
        measured = run_measured(KG + args, cwd=REPO)
        out[step] = {
            "seconds": round(measured.seconds, 1),
            "peak_mb": round(measured.peak_mb),
            "exit": measured.returncode,
            "last_line": (measured.stdout.strip().splitlines() or measured.stderr.strip().splitlines() or [""])[-1][
                :300
            ],
        }
        print(f"  {step}: {out[step]['seconds']} s, {out[step]['peak_mb']} MB", file=sys.stderr)
    with Store(store, create=False, read_only=True) as opened:
        out["quads"] = len(opened)
    return out


def load_test(store: str, tmp: Path) -> dict:
    """bench/load_test.py against `kg serve` of `store`: 50 clients, 60 s, then 8 runaway queries."""
    print(f"[5/5] load test of kg serve on {store}", file=sys.stderr)
    target = tmp / "load-test.json"
    done = subprocess.run(
        [sys.executable, str(BENCH / "load_test.py"), "--store", store, "--clients", "50", "--seconds", "60"]
        + ["--out", str(target)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"load test failed:\n{done.stderr[-3000:]}")
    return json.loads(target.read_text())


def _versions() -> str:
    import importlib.metadata as md

    import kg

    names = ("pyoxigraph", "rdflib", "underthesea")
    versions = ", ".join([f"kg {kg.__version__}"] + [f"{n} {md.version(n)}" for n in names])  # kg: the code run
    rev = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    return f"{platform.python_implementation()} {platform.python_version()}, {versions}; kg at git {rev}"


def write_results(
    out: Path,
    build: dict,
    query: dict,
    command: str,
    note: str = "",
    corpus: dict | None = None,
    load: dict | None = None,
) -> None:
    lines = [
        "# Scale benchmark results",
        "",
        f"Written by `{command}`{note} on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, "
        f"{os.cpu_count()} cores, {_versions()}.",
        "",
    ]
    if build:
        rows = build["rows"]
        bare = rows["bare underthesea (1 process)"]["seconds"]
        j1, j2 = rows["kg build -j 1"]["seconds"], rows["kg build -j 2"]["seconds"]
        lines += [
            f"## 1. Build throughput: `{build['corpus']}` ({build['sentences']:,} sentences by underthesea)",
            "",
            "| run | seconds | documents/s | sentences/s | peak memory (MB, all processes) |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {name} | {r['seconds']} | {r['docs_per_s']} | {r['sentences_per_s']} | {r['peak_mb']} |"
            for name, r in rows.items()
        ]
        lines += [
            "",
            f"- `-j 1` takes {j1 / bare:.2f}x the bare-underthesea time, `-j 2` {j2 / bare:.2f}x (goal, issue 16: "
            f"at most 0.5x): {'met' if min(j1, j2) / bare <= 0.5 else 'missed'}.",
            f"- `-j 2` is {j1 / j2:.2f}x faster than `-j 1` (goal: at least 1.7x): {'met' if j1 / j2 >= 1.7 else 'missed'}.",
            "",
        ]
    if query:
        budget = query["rdflib_budget"]
        lines += [
            f"## 2. Named queries on a graph of {query['triples']:,} triples (`{query['store']}`)",
            "",
            "Seconds; `kg query` and pyoxigraph: median of 3 runs after a first one (first run in brackets). "
            f"rdflib: one run of each query in a process of its own, stopped after {budget:.0f} s.",
            "",
            "| query | rows | kg query | raw pyoxigraph | kg / pyoxigraph | rdflib memory store | rdflib / kg |",
            "|---|---|---|---|---|---|---|",
        ]
        overheads, speedups = [], []
        loaded = query.get("rdflib_loaded", True)
        load_budget = query.get("rdflib_load_budget", RDFLIB_LOAD_BUDGET)
        for name, r in query["queries"].items():
            rdflib = (
                f"{r['rdflib']}"
                if r["rdflib"] is not None
                else f"not done in {budget:.0f} s"
                if loaded
                else f"graph not loaded in {load_budget:.0f} s"
            )
            kg_seconds = max(r["kg"], 0.001)  # a query answered in under a millisecond
            speedup = (r["rdflib"] if r["rdflib"] is not None else budget if loaded else load_budget) / kg_seconds
            speedups.append((speedup, name))
            ratio = f"{speedup:.0f}x" if r["rdflib"] is not None else f"> {speedup:.0f}x"
            overhead = kg_seconds / max(r["pyoxigraph"], 0.001)
            overheads.append((overhead, name))
            lines.append(
                f"| {name} | {r['rows']:,} | {r['kg']} ({r['kg_first']}) | {r['pyoxigraph']} "
                f"({r['pyoxigraph_first']}) | {overhead:.2f} | {rdflib} | {ratio} |"
            )
        slowest = max((r["kg"], name) for name, r in query["queries"].items())
        worst_overhead, least_speedup = max(overheads), min(speedups)
        lines += [
            "",
            f"- Slowest named query: {slowest[1]}, {slowest[0]} s (goal: every one under 0.5 s on at least 1M "
            f"triples): {'met' if slowest[0] < 0.5 else 'missed'}.",
            f"- `kg query` / raw pyoxigraph at most {worst_overhead[0]:.2f} ({worst_overhead[1]}; goal: at most 1.2): "
            f"{'met' if worst_overhead[0] <= 1.2 else 'missed'}.",
            (
                f"- rdflib / kg at least {least_speedup[0]:.0f}x ({least_speedup[1]}; goal: at least 50x): "
                f"{'met' if least_speedup[0] >= 50 else 'missed'}."
                if loaded
                else f"- rdflib did not load this graph in {load_budget:.0f} s: every ratio is a lower bound (the least "
                f"{least_speedup[0]:.0f}x, {least_speedup[1]}); the goal of at least 50x is not measured here."
            ),
            "",
        ]
        lines += [
            f"## 3. Load and export throughput on the same graph ({query['triples']:,} triples)",
            "",
            "| operation | seconds | triples/s | size (MB) |",
            "|---|---|---|---|",
        ]
        for name, r in query["io"].items():
            if r is None:
                lines.append(f"| {name} | not done within the budget | | |")
            else:
                lines.append(f"| {name} | {r['seconds']} | {r['triples_per_s']:,} | {r.get('mb', '')} |")
        bulk = query["io"].get("load N-Quads, on-disk store (kg load)") or query["io"].get(
            "load N-Quads, on-disk store (bulk_load)"
        )
        if bulk:
            lines += [
                "",
                f"- Loading on disk in bulk: {bulk['triples_per_s']:,} triples/s (goal: at least 250,000): "
                f"{'met' if bulk['triples_per_s'] >= 250_000 else 'missed'}.",
            ]
        lines.append("")
    if corpus:
        lines += [
            f"## 4. The whole corpus: `{corpus['corpus']}` ({corpus['quads']:,} quads in the store)",
            "",
            "| step | seconds | peak memory (MB, all processes) | |",
            "|---|---|---|---|",
        ]
        if "build" in corpus:
            b = corpus["build"]
            origin = f"from {b['from']}" if "from" in b else ""
            lines.append(
                f"| kg build -j 2 ({b['documents']:,} documents) | {b['seconds']} | {b['peak_mb']} | {origin} |"
            )
        for step in ("validate", "link"):
            r = corpus[step]
            lines.append(f"| kg {step} | {r['seconds']} | {r['peak_mb']} | exit {r['exit']}: {r['last_line']} |")
        lines.append("")
    if load:
        o, check = load["overall"], load["runaway_check"]
        lines += [
            f"## 5. Load test of `kg serve` on `{load['store']}`",
            "",
            f"{load['clients']} concurrent clients running mixed named queries for {load['seconds']} s "
            f"(bench/load_test.py; {load['workers']} query workers, {load['timeout']:.0f} s query limit), on 127.0.0.1:",
            "",
            "| requests | errors | requests/s | p50 ms | p95 ms | p99 ms | max ms |",
            "|---|---|---|---|---|---|---|",
            f"| {o['requests']} | {load['errors']} | {load['requests_per_second']} | {o['p50_ms']} | {o['p95_ms']} | "
            f"{o['p99_ms']} | {o['max_ms']} |",
            "",
            f"- Errors: {load['errors']} (goal: 0): {'met' if load['errors'] == 0 else 'missed'}.",
            f"- With {check['runaways']} runaway queries in flight (answered {', '.join(sorted(set(check['runaway_statuses'])))}"
            f" after at most {check['runaway_seconds_max']} s), a cheap query answered in at most "
            f"{check['cheap_max_ms']} ms over {check['cheap_during']} tries (goal: under 1 s): "
            f"{'met' if check['cheap_max_ms'] < 1000 else 'missed'}.",
            "",
        ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-corpus", default=str(SHARED / "corpus" / "politics-2000.jsonl.gz"))
    parser.add_argument("--graph-corpus", default=str(SHARED / "corpus" / "all.jsonl.gz"))
    parser.add_argument("--graph-docs", type=int, default=14500, help="articles of --graph-corpus in the query graph")
    parser.add_argument("--graph-store", help="use this existing store for sections 2 and 3 instead of building one")
    parser.add_argument("--rdflib-budget", type=float, default=120, help="seconds rdflib gets for each query")
    parser.add_argument("--skip-build", action="store_true", help="leave out section 1")
    parser.add_argument("--build-figures", help="take section 1 from the RESULTS.json of an earlier run")
    parser.add_argument("--query-figures", help="take sections 2 and 3 from the RESULTS.json of an earlier run")
    parser.add_argument(
        "--corpus", default=str(SHARED / "corpus" / "all.jsonl.gz"), help="the whole corpus (section 4)"
    )
    parser.add_argument("--corpus-store", help="section 4: a store of the whole corpus (built there when absent)")
    parser.add_argument("--corpus-figures", help="section 4: the build's figures from bench/peak_memory.py's JSON")
    parser.add_argument(
        "--reference", default=str(SHARED / "reference" / "vi-wikipedia-politicians.json"), help="for kg link"
    )
    parser.add_argument("--skip-corpus", action="store_true", help="leave out section 4")
    parser.add_argument("--load-store", help="section 5: the store to serve (default: section 1's -j 2 graph)")
    parser.add_argument("--skip-load", action="store_true", help="leave out section 5")
    parser.add_argument("--out", default=str(BENCH / "RESULTS.md"))
    parser.add_argument("--rewrite", metavar="JSON", help="only write --out again from a run's RESULTS.json")
    args = parser.parse_args()
    if args.rewrite:
        saved = json.loads(Path(args.rewrite).read_text())
        note = f" (the tables written again from {args.rewrite}: {saved.get('command', 'its run')})"
        write_results(
            Path(args.out),
            saved["build"],
            saved["queries"],
            "python bench/scale.py --rewrite " + args.rewrite,
            note,
            saved.get("corpus"),
            saved.get("load"),
        )
        return
    command = "python bench/scale.py " + " ".join(sys.argv[1:])
    with tempfile.TemporaryDirectory(dir=os.environ.get("KG_BENCH_TMP")) as tmp_name:
        tmp = Path(tmp_name)
        if args.build_figures:
            build = json.loads(Path(args.build_figures).read_text())["build"]
        else:
            build = {} if args.skip_build else build_throughput(args.build_corpus, tmp)
        store = args.graph_store
        if store is None and not args.query_figures:
            sample = _first_articles(args.graph_corpus, args.graph_docs, tmp / "graph-articles.jsonl")
            print(f"building the query graph from {args.graph_docs} articles of {args.graph_corpus}", file=sys.stderr)
            store = str(tmp / "graph")
            _build(str(sample), store, 2)
        figures: dict = {"command": command, "build": build}
        save = Path(args.out).with_suffix(".json")

        def saved(section: str, value: object) -> None:  # each section as it is measured: a crash loses no other
            figures[section] = value
            save.write_text(json.dumps(figures, indent=2) + "\n")

        saved("build", build)
        if args.query_figures:
            query = json.loads(Path(args.query_figures).read_text())["queries"]
        else:
            query = queries_and_io(store, tmp, args.rdflib_budget)
        saved("queries", query)
        corpus = None
        if not args.skip_corpus:
            corpus_store = args.corpus_store or str(tmp / "corpus")
            corpus = whole_corpus(args.corpus, corpus_store, args.reference, args.corpus_figures)
        saved("corpus", corpus)
        load = None
        if not args.skip_load:
            served = args.load_store or str(tmp / "build-j2")
            load = load_test(served, tmp) if Path(served).is_dir() else None
        saved("load", load)
        notes = [f"section 1 from the earlier run in {args.build_figures}"] if args.build_figures else []
        notes += [f"sections 2 and 3 from the earlier run in {args.query_figures}"] if args.query_figures else []
        write_results(Path(args.out), build, query, command, f" ({'; '.join(notes)})" if notes else "", corpus, load)
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

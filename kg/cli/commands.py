"""The `kg` command line: parses options, calls one library function, formats the result."""

from __future__ import annotations

import json
import sys
import time
from typing import Optional, Union

import click

from kg.components import DEFAULT_EXTRACTOR, EXTRACTORS
from kg.errors import KGError
from kg.formats import EXPORTED_FORMATS, QUERY_OUTPUTS
from kg.version import __version__

EXTRACTOR = click.Choice(sorted(EXTRACTORS, key=lambda name: name != DEFAULT_EXTRACTOR))  # the default first
STORE_HELP = (
    "Store: a directory (embedded Oxigraph store, created if missing), 'memory', or the http(s):// URL of a "
    "SPARQL 1.1 server (e.g. http://127.0.0.1:7878 for `oxigraph serve`, http://host:3030/ds for Fuseki)."
)


class _Problems:
    """Prints each skipped input on one stderr line and remembers that something was skipped.

    An unexpected error (a bug, a broken dependency) carries a traceback: shown with --debug, else pointed to.
    """

    def __init__(self, debug: bool = False) -> None:
        self.count = 0
        self.debug = debug

    def __call__(self, problem) -> None:
        self.count += 1
        detail = getattr(problem, "detail", "")
        hint = " (--debug shows the traceback)" if detail and not self.debug else ""
        click.echo(f"kg: skipped {problem}{hint}", err=True)
        if detail and self.debug:
            click.echo(detail.rstrip("\n"), err=True)


class _Command(click.Command):
    """Every command takes -q (results and errors only) and -v (also what each step did, and the time taken)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.params.append(
            click.Option(
                ["-q", "--quiet"], is_flag=True, help="Print only results and errors: no summaries, progress or timing."
            )
        )
        self.params.append(
            click.Option(
                ["-v", "--verbose"], is_flag=True, help="Also print what each step did and how long the command took."
            )
        )

    def invoke(self, ctx: click.Context):
        quiet, verbose = ctx.params.pop("quiet", False), ctx.params.pop("verbose", False)
        if quiet and verbose:
            raise click.UsageError("-q and -v exclude each other")
        ctx.meta["kg.quiet"], ctx.meta["kg.verbose"] = quiet, verbose
        started = time.perf_counter()
        try:
            return super().invoke(ctx)
        finally:
            _detail(f"kg {ctx.command_path.partition(' ')[2]}: {time.perf_counter() - started:.2f} s")


class _Group(click.Group):
    command_class = _Command
    group_class = type  # subgroups are _Groups too, so their commands also take -q and -v


def _flag(name: str) -> bool:
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.meta.get(f"kg.{name}"))


def _quiet() -> bool:
    return _flag("quiet")


def _say(message: str, err: bool = False) -> None:
    """A summary line: shown unless -q."""
    if not _quiet():
        click.echo(message, err=err)


def _detail(message: str) -> None:
    """A step's detail on stderr: shown with -v."""
    if _flag("verbose"):
        click.echo(message, err=True)


def _fail(error: KGError) -> "click.ClickException":
    return click.ClickException(str(error))  # exits with status 1 (ClickException.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of people, positions and organizations from Vietnamese news.

    \b
    kg build news/ corpus.jsonl -s graph/     extract into an embedded store
    kg query holdings -s graph/                run a named query
    kg export -s graph/ -f turtle -o kg.ttl    write the graph out
    kg remove DOC_ID... -s graph/              remove documents
    kg serve -s graph/                         SPARQL endpoint on http://127.0.0.1:7878/
    kg stats -s graph/                         count documents, people, organizations, holdings, triples
    kg eval gold.jsonl                         score the pipeline against gold annotations
    kg validate -s graph/ [--owl]              check the graph against the shapes and the ontology
    kg link -s graph/ --reference wd.ttl       link people and organizations to Wikidata-shaped data
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Leave out holdings whose confidence is below this.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the analysis (the graph is the same; about twice as fast with 2 on 2 cores).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Run the analysis on a Dask distributed cluster (e.g. tcp://10.0.0.5:8786); needs vnkg[dask].",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Documents written per transaction (an interruption loses at most the batch in progress).",
)
@click.option(
    "--strict", is_flag=True, help="Stop at the first bad input instead of skipping it (what was built is kept)."
)
@click.option(
    "--extractor",
    type=EXTRACTOR,
    default=DEFAULT_EXTRACTOR,
    show_default=True,
    help="hybrid: the grammar, with the span model adding the people and organizations it misses; rules: "
    "the grammar alone; model: the span model alone. To compare them, build into separate stores.",
)
@click.option(
    "--pipeline",
    metavar="NAMES",
    help="Components to run, comma-separated, instead of --extractor's (hybrid is "
    "segment,dates,extract,model,resolve,events); a name may be "
    "module:function or come from an installed package's 'kg.components' entry point. "
    "Part of the build settings: a store rebuilds its documents when the pipeline changes.",
)
@click.option(
    "--date",
    "default_date",
    metavar="YYYY-MM-DD",
    default="",
    help="The date of articles that do not give one (plain text files, standard input, JSONL records without "
    "'date'; HTML pages give theirs): dates written without a year ('sáng 28-6', 'hôm qua') are read against it.",
)
@click.option("--debug", is_flag=True, help="Print the traceback of any unexpected error under its one-line report.")
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on when stderr is a terminal and not -q)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def build(
    inputs: tuple[str, ...],
    store_location: str,
    min_confidence: float,
    jobs: int,
    scheduler: Optional[str],
    batch_size: int,
    strict: bool,
    extractor: str,
    pipeline: Optional[str],
    default_date: str,
    debug: bool,
    progress: Optional[bool],
    as_json: bool,
) -> None:
    """Extract people, positions and organizations from INPUTS into the store.

    INPUTS are .txt/.md files (one article each), .html/.htm pages (the article text is extracted), directories
    (searched recursively), .jsonl or .jsonl.gz files (one article per line: id, text, and optionally title, date,
    source, place) or - for standard input. UTF-8, UTF-16 and the legacy TCVN3, VNI and Windows-1258 encodings are read.
    Documents already in the store with the same content are skipped; changed ones are replaced.
    Bad inputs, and documents on which a stage fails unexpectedly, are reported on stderr, one line each (file,
    document, kind of error; --debug adds the traceback), and the rest is built; the exit code is then 1.
    The summary gives this run's figures, then the whole store's (`kg stats` gives the latter at any time).
    Documents are saved in batches as the build goes: after Ctrl-C (or a crash), run the same command again
    to resume.
    """
    from kg.components import EXTRACTORS, parse_pipeline
    from kg.pipeline import build as run_build
    from kg.store import open_store

    problems = _Problems(debug)
    show = (sys.stderr.isatty() and not _quiet()) if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", desc="building", file=sys.stderr)

    def done(doc) -> None:
        if bar is not None:
            bar.update(1)
        _detail(f"kg: {doc.id} {'unchanged' if doc.content_hash else 'built'}")

    try:
        names = parse_pipeline(pipeline) if pipeline else EXTRACTORS[extractor]
        _detail(f"kg: pipeline {','.join(names)}")
        with open_store(store_location) as store:
            summary = run_build(
                inputs,
                store,
                min_confidence=min_confidence,
                pipeline=names,
                jobs=jobs,
                scheduler=scheduler,
                strict=strict,
                batch_size=batch_size,
                on_problem=problems,
                on_document=done,
                stdin=sys.stdin.buffer if "-" in inputs else None,
                default_date=default_date,
            )
    except KGError as error:
        raise _fail(error) from error
    except KeyboardInterrupt:  # a second Ctrl-C, or one during the final identity pass
        click.echo(
            "kg: interrupted; the documents written so far are saved. Run the same command again to resume "
            "(documents already built are skipped; the identity pass is redone).",
            err=True,
        )
        sys.exit(130)
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        s = summary.store
        _say(
            f"this run: {summary.documents} documents built, {summary.unchanged} unchanged, "
            f"{len(summary.problems)} skipped, {summary.holdings} holdings found; {summary.seconds:.1f} s"
        )
        _say(f"{store.location} now holds: {_store_line(s)}")
    if summary.interrupted:
        click.echo(
            f"kg: interrupted; the {summary.documents} documents built so far are saved in {store.location}. "
            "Run the same command again to resume (documents already built are skipped).",
            err=True,
        )
        sys.exit(130)
    if problems.count:
        sys.exit(1)


def _store_line(s) -> str:
    return (
        f"{s.documents} documents, {s.persons} persons, {s.organizations} organizations, {s.holdings} holdings; "
        f"{s.triples} distinct triples, {s.quads} quads"
    )


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, val = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = val
    return params


@main.command()
@click.argument("query", required=False)
@click.option("-e", "--expression", help="A SPARQL query given inline instead of QUERY.")
@click.option("-s", "--store", "store_location", help=STORE_HELP)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (a string; <IRI> for an IRI). Repeatable. Values are bound, never pasted.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(QUERY_OUTPUTS),
    default=None,
    help="Output format (default: table on a terminal, else csv). json is the W3C SPARQL 1.1 JSON format.",
)
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Show at most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, help="Skip this many rows first.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
def query(
    query: Optional[str],
    expression: Optional[str],
    store_location: Optional[str],
    params: tuple[str, ...],
    fmt: Optional[str],
    limit: Optional[int],
    offset: int,
    list_queries: bool,
) -> None:
    """Run a named query (see --list), a .rq FILE, or -e 'SPARQL' against the store."""
    from kg.query import NamedQuery, count_rows, load_query, named_queries, query_text
    from kg.store import open_store

    if list_queries:
        for name, listed in named_queries().items():
            required = [p for p in listed.parameters if p not in listed.optional]
            extra = f" [--param {', '.join(required)}]" if required else ""
            extra += f" [optional --param {', '.join(listed.optional)}]" if listed.optional else ""
            click.echo(f"{name}{extra}: {listed.description}")
        return
    if bool(query) == bool(expression):
        raise click.UsageError("give either QUERY (a name or .rq file) or -e 'SPARQL', not both or neither")
    if not store_location:
        raise click.UsageError("missing option -s/--store")
    try:
        named: Union[NamedQuery, str]
        if query:
            named = load_query(query)
        else:
            assert expression is not None  # exactly one of QUERY and -e is given (checked above)
            named = expression
        fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
        with open_store(store_location, create=False, read_only=True) as store:
            output, rows = query_text(store, named, _parse_params(params), fmt, limit=limit, offset=offset)
    except KGError as error:
        raise _fail(error) from error
    click.echo(output.rstrip("\n"))
    if _flag("verbose"):
        _detail(f"kg: {rows if rows is not None else count_rows(output, fmt)} rows")


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(EXPORTED_FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF format; nquads, trig and jsonld keep one graph per document.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
@click.option(
    "--wikidata",
    is_flag=True,
    help="Instead: for people linked by `kg link`, the positions our articles give, as Wikidata statements.",
)
def export(store_location: str, fmt: str, output: Optional[str], wikidata: bool) -> None:
    """Write the whole graph in a standard RDF format.

    With --wikidata, write only "position held" (P39) statements in Wikidata's shape on the entities people are
    linked to (owl:sameAs), with the start time when a dated article reports the appointment and the article as
    reference, so that the facts can flow back.
    """
    from kg.graph.export import export as run_export
    from kg.store import open_store

    try:
        with open_store(store_location, create=False, read_only=True) as store:
            result = run_export(store, fmt, output, wikidata=wikidata)
    except KGError as error:
        raise _fail(error) from error
    if result.data is not None:
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    what = "Wikidata statements as " if wikidata else ""
    _say(f"kg: wrote {result.count} {result.unit} ({what}{fmt}) to {output or 'standard output'}", err=True)


@main.command()
@click.argument("dumps", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Threads loading at once (default: one per core).",
)
def load(dumps: tuple[str, ...], store_location: str, jobs: Optional[int]) -> None:
    """Restore DUMPS that `kg export -f nquads` (or `-f trig`) wrote into a new store, fast.

    The bulk path: the data goes straight into the store's files, several blocks at once, without transactions,
    so the store must be new or empty (`kg build` adds documents to an existing one). Files may be gzipped. If a
    load is interrupted or a file is invalid, load again into a new directory.
    """
    from kg.store import open_store
    from kg.store.dump import load_dump

    try:
        with open_store(store_location) as store:
            summary = load_dump(store, dumps, threads=jobs or 0)
    except KGError as error:
        raise _fail(error) from error
    _say(
        f"kg: loaded {summary.quads:,} quads from {len(summary.files)} file(s) into {store_location} in "
        f"{summary.seconds:.1f} s ({summary.quads_per_second:,.0f} quads/s)"
    )


@main.command()
@click.argument("doc_ids", nargs=-1, required=True)
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
def remove(doc_ids: tuple[str, ...], store_location: str) -> None:
    """Remove documents (by id, as `kg query persons` shows them) and everything only they contributed.

    Exits with 1 when an id is not in the store; the others are still removed.
    """
    from kg.pipeline import remove as run_remove
    from kg.store import open_store

    try:
        with open_store(store_location, create=False) as store:
            summary = run_remove(doc_ids, store)
    except KGError as error:
        raise _fail(error) from error
    for doc_id in summary.missing:
        click.echo(f"kg: no document {doc_id!r} in {store_location}", err=True)
    _say(f"{len(summary.removed)} documents removed; {summary.triples} quads in {store_location}")
    if summary.missing:
        sys.exit(1)


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to bind; the default is this machine only."
)
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on (0 picks a free one).")
@click.option("--writable", is_flag=True, help="Accept SPARQL Update on /update (refused by default).")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--max-rows", default=100_000, show_default=True, type=int, help="Results a query may return.")
@click.option(
    "--workers",
    default=10,
    show_default=True,
    type=click.IntRange(min=0),
    help="Query worker processes at most (a read-only on-disk store); a query past --timeout has its worker "
    "killed. 0 runs queries on threads instead.",
)
@click.option(
    "--base",
    default="/",
    show_default=True,
    help="The address the pages are reached at, when a reverse proxy serves them under a path "
    "(https://example.org/vnkg/ or /vnkg/): links start with its path. Entity pages stay at <base>id/… for the IRIs "
    "https://w3id.org/vnkg/id/….",
)
def serve(
    store_location: str,
    host: str,
    port: int,
    writable: bool,
    timeout: float,
    max_rows: int,
    workers: int,
    base: str,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/query, GET or POST) with a query page at /, and as pages.

    Pages: /overview, /search?q=NAME (case and tone marks aside), and one page per entity IRI under /id/
    (https://w3id.org/vnkg/id/person/x is /id/person/x): a person's posts in time order with their sentences, an
    organization's units and office holders, a document with its people, posts and bodies marked. The same /id/
    paths answer Turtle, N-Triples or JSON-LD to clients that ask for them. Query results come as SPARQL JSON,
    XML, CSV or TSV by content negotiation (Accept header). Read-only unless --writable; bound to 127.0.0.1
    unless --host says otherwise. Served by waitress; over a read-only on-disk store each query runs in a worker
    process that is stopped when the query runs past --timeout, so a runaway query frees its resources. Other
    readers (`kg query`, `kg export`) can open the store while it is served. Stop with
    Ctrl-C.
    """
    from kg.serve.server import ServeSettings, make_server, serve_base
    from kg.store import open_store

    try:
        base_path = serve_base(base)  # a wrong --base is told before the store is opened
        store = open_store(store_location, create=False, read_only=not writable)
        settings = ServeSettings(writable, timeout, max_rows, workers=workers, base=base_path)
        server = make_server(store, host, port, settings)
    except (KGError, OSError) as error:
        raise _fail(KGError(str(error))) from error
    bound_host, bound_port = server.server_address
    _say(
        f"kg: serving {store_location} on http://{bound_host}:{bound_port}/ "
        f"({'writable' if writable else 'read-only'}); "
        f"pages at http://{bound_host}:{bound_port}/overview; Ctrl-C stops",
        err=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg: stopped", err=True)
    finally:
        server.server_close()
        store.close()


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(store_location: str, as_json: bool) -> None:
    """Count what the store holds: documents, persons and organizations (distinct entities after identity
    merging), holdings, distinct triples and quads.

    The holdings figure, and the per-document person and organization figures, are the row counts of the named
    queries holdings, persons and organizations, so they match what `kg query` lists.
    """
    from kg.stats import store_stats
    from kg.store import open_store

    try:
        with open_store(store_location, create=False, read_only=True) as store:
            counts = store_stats(store)
    except KGError as error:
        raise _fail(error) from error
    if as_json:
        click.echo(json.dumps(counts.as_dict()))
        return
    width = max(len(label) for label, _ in _STATS_LABELS)
    for label, key in _STATS_LABELS:
        click.echo(f"{label:<{width}}  {getattr(counts, key)}")


_STATS_LABELS = (
    ("documents", "documents"),
    ("persons (entities)", "persons"),
    ("organizations (entities)", "organizations"),
    ("holdings (rows of `kg query holdings`)", "holdings"),
    ("persons per document (rows of `kg query persons`)", "persons_rows"),
    ("organizations per document (rows of `kg query organizations`)", "organizations_rows"),
    ("distinct triples (Turtle, N-Triples export)", "triples"),
    ("quads (N-Quads, TriG export)", "quads"),
)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss and false positive with its sentence.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="As for build.")
@click.option(
    "--extractor",
    type=EXTRACTOR,
    default=DEFAULT_EXTRACTOR,
    show_default=True,
    help="As for build: which extractor to score.",
)
def evaluate(gold: str, as_json: bool, show_errors: bool, min_confidence: float, extractor: str) -> None:
    """Score the whole pipeline against GOLD, a JSONL file of annotated texts.

    One record per line: `id`, `text`, and what a reader finds in it: `persons` (names), `organizations` (names) and
    `holdings` (objects with `person`, `role`, `org` and optionally `org_parents`). Names are compared after Unicode
    normalization, lower-casing, canonical tone marks and the expansion of common abbreviations; scores are
    micro-averaged precision, recall and F1.

    The gold texts are built into a throw-away store and read back through the named queries persons, holdings
    and organizations, so the figures measure what a user of the graph gets.

    Dated records (`date`) may also give `events` (kind, person, role, org, date), `tenures` (person, role, org,
    start, end) and `who_held` questions (role, org, date, holders), as data/events/SPEC.md describes: events are
    then scored without and with their date (events, events-dated), each stated tenure bound against the graph's
    tenures (tenure bounds exact), and each question through the named query who-held (who-held right).
    """
    from kg.components import EXTRACTORS
    from kg.evaluate import evaluate_file

    try:
        report = evaluate_file(gold, min_confidence=min_confidence, pipeline=EXTRACTORS[extractor])
    except KGError as error:
        raise _fail(error) from error
    if as_json:
        payload = report.to_dict()
        if show_errors:
            payload["errors"] = [e.__dict__ for e in report.errors]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if show_errors:
        click.echo(report.format_errors())
    click.echo(report.format_table())


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("-s", "--store", "store_location", help="Store to check (a directory or an http(s):// SPARQL server).")
@click.option("--owl", is_flag=True, help="Also check the ontology plus the data for consistency (HermiT, needs Java).")
@click.option(
    "--sample",
    type=click.IntRange(min=1),
    metavar="N",
    help="With --owl: reason over N documents chosen at random (same N, same documents), for large graphs.",
)
@click.option(
    "--batch",
    "documents_per_batch",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    metavar="N",
    help="A store is checked N documents at a time (with what the shared graphs say of their nodes): memory stays "
    "flat in the store's size.",
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on when stderr is a terminal and not -q)."
)
def validate(
    files: tuple[str, ...],
    store_location: Optional[str],
    owl: bool,
    sample: Optional[int],
    documents_per_batch: int,
    progress: Optional[bool],
) -> None:
    """Check the store (-s) or RDF FILES against the SHACL shapes (ontology/shapes.ttl), and with --owl against
    the ontology's axioms.

    A store is checked a batch of documents at a time, then the nodes only its shared graphs describe (tenures,
    merge decisions, links); the shapes that relate documents (a cycle in the hierarchy, labels written differently
    by different articles, links without evidence) run once over the whole store.
    Each finding is one line: severity, the node with its label and types, the property, what is wrong.
    Exits with 1 when there is a violation, when the OWL check finds the graph inconsistent, or when it cannot run;
    warnings are printed and do not fail.
    """
    from pathlib import Path

    from kg.graph.validate import validate as run_validate
    from kg.store import is_remote, open_store

    if bool(files) == bool(store_location):
        raise click.UsageError("give either -s STORE or FILE..., not both or neither")
    if store_location and not is_remote(store_location) and not Path(store_location).is_dir():
        raise click.UsageError(f"no store at {store_location}")
    if sample is not None and not owl:
        raise click.UsageError("--sample limits the OWL check: give --owl too")
    show = (sys.stderr.isatty() and not _quiet()) if progress is None else progress
    bar = None

    def advance(done: int, total: int) -> None:
        nonlocal bar
        if not show:
            return
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit=" docs", desc="validating", file=sys.stderr)
        bar.update(done - bar.n)

    try:
        if store_location:
            with open_store(store_location, create=False, read_only=True) as store:
                report = run_validate(
                    store, owl=owl, sample=sample, documents_per_batch=documents_per_batch, progress=advance
                )
        else:
            report = run_validate(list(files), owl=owl, sample=sample)
    except KGError as error:
        raise _fail(error) from error
    finally:
        if bar is not None:
            bar.close()
    for finding in report.findings:
        if finding in report.violations or not _quiet():
            click.echo(finding.format())
    violations, warnings = len(report.violations), len(report.warnings)
    verdict = "conforms to the shapes" if not violations else f"{violations} violation{'s' * (violations != 1)}"
    _say(
        f"{report.source}: {verdict}; {warnings} warning{'s' * (warnings != 1)}; {report.triples} triples; "
        f"{report.seconds:.1f} s"
    )
    if report.owl is not None:
        (click.echo if not report.owl.consistent else _say)(
            f"OWL: {report.owl.message}; {report.owl.triples} triples; {report.owl.seconds:.1f} s"
        )
        for cause in report.owl.causes:
            click.echo(f"  likely cause: {cause}")
    if not report.ok:
        sys.exit(1)


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option(
    "--reference",
    type=click.Path(dir_okay=False),
    help="Reference file: Wikidata-shaped RDF (.ttl, .nt, ...) or a Wikipedia infobox .json.",
)
@click.option(
    "--endpoint",
    metavar="URL",
    help="Or a SPARQL endpoint with Wikidata-shaped data (e.g. https://query.wikidata.org/sparql).",
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 1),
    default=0.65,
    show_default=True,
    help="Score from which a link is owl:sameAs.",
)
@click.option(
    "--close-threshold",
    type=click.FloatRange(0, 1),
    default=0.5,
    show_default=True,
    help="Score from which a link below the threshold is skos:closeMatch.",
)
@click.option(
    "--period",
    metavar="START/END",
    help="When undated articles were written (e.g. 2016/2017), to compare with terms of office.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def link(
    store_location: str,
    reference: Optional[str],
    endpoint: Optional[str],
    threshold: float,
    close_threshold: float,
    period: Optional[str],
    as_json: bool,
) -> None:
    """Link people and organizations to a reference dataset in Wikidata's shape.

    Names propose candidates; roles, organizations, places and dates from the articles decide between namesakes.
    Links (owl:sameAs, skos:closeMatch) with their score and evidence replace the store's previous links.
    """
    from kg.linking.linker import link as run_link
    from kg.store import open_store

    if bool(reference) == bool(endpoint):
        raise click.UsageError("give either --reference FILE or --endpoint URL")
    try:
        with open_store(store_location, create=False) as store:
            summary = run_link(
                store,
                reference=reference,
                endpoint=endpoint,
                threshold=threshold,
                close_threshold=close_threshold,
                period=period,
            )
    except KGError as error:
        raise _fail(error) from error
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        _say(
            f"{summary.persons} persons, {summary.organizations} organizations against "
            f"{summary.reference_entities} reference entities: {summary.same_as} owl:sameAs, "
            f"{summary.close_match} skos:closeMatch, {summary.ambiguous} left ambiguous"
        )


@main.group()
def reference() -> None:
    """Reference data for `kg link`."""


@reference.command(name="convert")
@click.argument("source", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(list(EXPORTED_FORMATS)),
    default="turtle",
    show_default=True,
    help="RDF format.",
)
def reference_convert(source: str, output: Optional[str], fmt: str) -> None:
    """Convert Wikipedia infoboxes (a JSON list of {title, id, infobox}) into Wikidata-shaped RDF.

    Each page becomes a person <https://vi.wikipedia.org/?curid=ID> with its names and one "position held" (P39)
    statement per office, with start and end time; the result can be given to `kg link --reference` or loaded
    into any SPARQL store for `kg link --endpoint`.
    """
    from kg.linking.wikipedia import convert_wikipedia

    try:
        summary, data = convert_wikipedia(source, output, fmt)
    except KGError as error:
        raise _fail(error) from error
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    _say(
        f"{summary.records} records: {summary.persons} persons, {summary.statements} positions held, "
        f"{summary.triples} triples",
        err=True,
    )


if __name__ == "__main__":  # pragma: no cover
    main()

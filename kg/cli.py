"""The `kg` command line: parses options, calls one library function, formats the result."""

from __future__ import annotations

import json
import sys
from typing import Optional

import click

from . import __version__
from .errors import KGError

STORE_HELP = ("Store: a directory (embedded Oxigraph store, created if missing), 'memory', or the http(s):// URL of a "
              "SPARQL 1.1 server (e.g. http://127.0.0.1:7878 for `oxigraph serve`, http://host:3030/ds for Fuseki).")


class _Problems:
    """Prints each skipped input on one stderr line and remembers that something was skipped."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, problem) -> None:
        self.count += 1
        click.echo(f"kg: skipped {problem}", err=True)


def _fail(error: KGError) -> "click.ClickException":
    exception = click.ClickException(str(error))
    exception.exit_code = 1
    return exception


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a knowledge graph of people, positions and organizations from Vietnamese news.

    \b
    kg build news/ corpus.jsonl -s graph/     extract into an embedded store
    kg query holdings -s graph/                run a named query
    kg export -s graph/ -f turtle -o kg.ttl    write the graph out
    kg remove DOC_ID... -s graph/              remove documents
    kg serve -s graph/                         SPARQL endpoint on http://127.0.0.1:7878/
    kg eval gold.jsonl                         score the pipeline against gold annotations
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Leave out holdings whose confidence is below this.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes for the analysis (the graph is the same; about 1.8x faster with 2 on 2 cores).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Run the analysis on a Dask distributed cluster (e.g. tcp://10.0.0.5:8786); needs kg[dask].")
@click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents written per transaction (an interruption loses at most the batch in progress).")
@click.option("--strict", is_flag=True, help="Stop at the first bad input instead of skipping it (what was built is kept).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on when stderr is a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def build(inputs: tuple[str, ...], store_location: str, min_confidence: float, jobs: int, scheduler: Optional[str],
          batch_size: int, strict: bool, progress: Optional[bool], as_json: bool) -> None:
    """Extract people, positions and organizations from INPUTS into the store.

    INPUTS are .txt/.md files (one article each), directories (searched recursively), .jsonl or .jsonl.gz files
    (one article per line: id, text, and optionally title, date, source, place) or - for standard input.
    Documents already in the store with the same content are skipped; changed ones are replaced.
    Bad inputs are reported on stderr, one line each, and the rest is built; the exit code is then 1.
    Documents are saved in batches as the build goes: after Ctrl-C (or a crash), run the same command again
    to resume.
    """
    from .pipeline import build as run_build
    from .store import open_store

    problems = _Problems()
    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from tqdm import tqdm

        bar = tqdm(unit=" docs", desc="building", file=sys.stderr)
    try:
        with open_store(store_location) as store:
            summary = run_build(
                inputs, store, min_confidence=min_confidence, jobs=jobs, scheduler=scheduler, strict=strict,
                batch_size=batch_size, on_problem=problems,
                on_document=(lambda doc: bar.update(1)) if bar is not None else None,
                stdin=sys.stdin.buffer if "-" in inputs else None,
            )
    except KGError as error:
        raise _fail(error) from error
    finally:
        if bar is not None:
            bar.close()
    if as_json:
        click.echo(json.dumps(summary.as_dict()))
    else:
        click.echo(
            f"{summary.documents} documents built, {summary.unchanged} unchanged, {len(summary.problems)} skipped; "
            f"{summary.persons} persons, {summary.holdings} holdings, {summary.organizations} organizations; "
            f"{summary.triples} triples in {store.location}; {summary.seconds:.1f} s"
        )
    if summary.interrupted:
        click.echo(f"kg: interrupted; the {summary.documents} documents built so far are saved in {store.location}. "
                   "Run the same command again to resume (documents already built are skipped).", err=True)
        sys.exit(130)
    if problems.count:
        sys.exit(1)


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
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a string; <IRI> for an IRI). Repeatable. Values are bound, never pasted.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default=None,
              help="Output format (default: table on a terminal, else csv). json is the W3C SPARQL 1.1 JSON format.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
def query(query: Optional[str], expression: Optional[str], store_location: Optional[str], params: tuple[str, ...],
          fmt: Optional[str], list_queries: bool) -> None:
    """Run a named query (see --list), a .rq FILE, or -e 'SPARQL' against the store."""
    from .query import format_result, load_query, named_queries, run_query
    from .store import open_store

    if list_queries:
        for name, named in named_queries().items():
            extra = f" [--param {', '.join(named.parameters)}]" if named.parameters else ""
            click.echo(f"{name}{extra}: {named.description}")
        return
    if bool(query) == bool(expression):
        raise click.UsageError("give either QUERY (a name or .rq file) or -e 'SPARQL', not both or neither")
    if not store_location:
        raise click.UsageError("missing option -s/--store")
    try:
        named = load_query(query) if query else expression
        with open_store(store_location) as store:
            result = run_query(store, named, _parse_params(params))
        output = format_result(result, fmt or ("table" if sys.stdout.isatty() else "csv"))
    except KGError as error:
        raise _fail(error) from error
    click.echo(output.rstrip("\n"))


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option("-f", "--format", "fmt", type=click.Choice(["turtle", "ntriples", "nquads", "trig", "jsonld", "xml"]),
              default="turtle", show_default=True, help="RDF format; nquads, trig and jsonld keep one graph per document.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="File to write (default: stdout).")
def export(store_location: str, fmt: str, output: Optional[str]) -> None:
    """Write the whole graph in a standard RDF format."""
    from .export import export as run_export
    from .store import open_store

    try:
        with open_store(store_location) as store:
            data = run_export(store, fmt, output)
    except KGError as error:
        raise _fail(error) from error
    if data is not None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@main.command()
@click.argument("doc_ids", nargs=-1, required=True)
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
def remove(doc_ids: tuple[str, ...], store_location: str) -> None:
    """Remove documents (by id, as `kg query persons` shows them) and everything only they contributed.

    Exits with 1 when an id is not in the store; the others are still removed.
    """
    from .pipeline import remove as run_remove
    from .store import open_store

    try:
        with open_store(store_location) as store:
            summary = run_remove(doc_ids, store)
    except KGError as error:
        raise _fail(error) from error
    for doc_id in summary.missing:
        click.echo(f"kg: no document {doc_id!r} in {store_location}", err=True)
    click.echo(f"{len(summary.removed)} documents removed; {summary.triples} triples in {store_location}")
    if summary.missing:
        sys.exit(1)


@main.command()
@click.option("-s", "--store", "store_location", required=True, help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; the default is this machine only.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on (0 picks a free one).")
@click.option("--writable", is_flag=True, help="Accept SPARQL Update on /update (refused by default).")
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--max-rows", default=100_000, show_default=True, type=int, help="Results a query may return.")
def serve(store_location: str, host: str, port: int, writable: bool, timeout: float, max_rows: int) -> None:
    """Serve the store as a SPARQL 1.1 endpoint (/query, GET or POST) with a query page at /.

    Results come as SPARQL JSON, XML, CSV or TSV by content negotiation (Accept header). Read-only unless
    --writable; bound to 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.
    """
    from .serve import ServeSettings, make_server
    from .store import open_store

    try:
        store = open_store(store_location)
        server = make_server(store, host, port, ServeSettings(writable, timeout, max_rows))
    except (KGError, OSError) as error:
        raise _fail(KGError(str(error))) from error
    bound_host, bound_port = server.server_address[:2]
    click.echo(f"kg: serving {store_location} on http://{bound_host}:{bound_port}/ "
               f"({'writable' if writable else 'read-only'}); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("kg: stopped", err=True)
    finally:
        server.server_close()
        store.close()


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List every miss and false positive with its sentence.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="As for build.")
def evaluate(gold: str, as_json: bool, show_errors: bool, min_confidence: float) -> None:
    """Score the whole pipeline against GOLD (JSONL, see shared/eval/SPEC.md).

    The gold texts are built into a throw-away store and read back through the named queries persons, holdings
    and organizations, so the figures measure what a user of the graph gets.
    """
    from .evaluate import evaluate_file

    try:
        report = evaluate_file(gold, min_confidence=min_confidence)
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


if __name__ == "__main__":  # pragma: no cover
    main()

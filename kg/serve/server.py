"""A SPARQL 1.1 Protocol endpoint over a store, with a query page for the browser.

Binds to 127.0.0.1 and is read-only unless told otherwise; each query has a time limit and a result-size limit.
Results are serialized by pyoxigraph in the format the client's Accept header asks for (JSON by default).
"""

from __future__ import annotations

import concurrent.futures
import html
import itertools
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable, Iterator, Mapping, Optional, TypeVar, Union, cast
from urllib.parse import parse_qs, urlparse

import pyoxigraph as ox

from kg.errors import KGError
from kg.formats import RDF_FORMATS, RESULTS_FORMATS, by_media_type
from kg.namespaces import PREFIXES
from kg.query import QueryResult, solutions_from_rows
from kg.store.base import BaseStore, QueryAnswer

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = by_media_type(RESULTS_FORMATS, ("json", "xml", "csv", "tsv"))
GRAPH_TYPES: dict[str, ox.RdfFormat] = by_media_type(RDF_FORMATS, ("ntriples", "turtle", "xml", "jsonld"))
F = TypeVar("F")


@dataclass
class ServeSettings:
    writable: bool = False
    timeout: float = 30.0  # seconds a query may take before the client gets 503
    max_rows: int = 100_000  # solutions or triples a query may return


class QueryTooLarge(Exception):
    pass


class NotAcceptable(Exception):
    """The Accept header names no format this endpoint can write (HTTP 406)."""


def _choose(accept: str, table: Mapping[str, F], default: str) -> tuple[str, F]:
    """The first format of the Accept header that `table` has; `default` for none, "*/*" or a matching "type/*";
    NotAcceptable when the header names only formats this endpoint cannot write."""
    parts = [part.split(";")[0].strip().lower() for part in accept.split(",")]
    for media in parts:
        if media in table:
            return media, table[media]
        if media in ("*/*", "") or (media.endswith("/*") and any(m.startswith(media[:-1]) for m in table)):
            return default, table[default]
    if any(parts):
        raise NotAcceptable(
            f"none of the formats asked for ({accept}) can be written; this endpoint writes " + ", ".join(sorted(table))
        )
    return default, table[default]


_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"


def service_description(endpoint: str, writable: bool, accept: str) -> tuple[str, bytes]:
    """The W3C SPARQL 1.1 Service Description of this endpoint (what a GET on /query without a query answers),
    in the RDF format the Accept header asks for (Turtle by default)."""
    try:
        service = ox.NamedNode(endpoint)
    except ValueError:  # a Host header that makes no IRI (a server listening on every interface takes any)
        service = ox.NamedNode("urn:kg:endpoint")
    sd = lambda name: ox.NamedNode(_SD + name)  # noqa: E731
    dataset, graph = ox.BlankNode(), ox.BlankNode()
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, rdf_type, sd("Graph")),
    ]
    if writable:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N-Triples",
        "RDF_XML",
        "JSON-LD",
    ):
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(_FORMATS + name)))
    media, fmt = _choose(accept, GRAPH_TYPES, "text/turtle")
    data = ox.serialize(triples, format=fmt, prefixes={"sd": _SD} if fmt == ox.RdfFormat.TURTLE else None)
    return media, cast(bytes, data)  # no output given: the bytes


def _take(items: Iterable, limit: int) -> tuple[list, bool]:
    """At most `limit` items, and whether there were more."""
    taken = list(itertools.islice(items, limit + 1))
    return taken[:limit], len(taken) > limit


def _run(store: BaseStore, query: str, accept: str, settings: ServeSettings) -> tuple[str, bytes]:
    results: Optional[QueryAnswer]  # Optional: both are dropped once read (below)
    items: Optional[Iterator[Union[list[Any], ox.Triple]]]
    fmt: Union[ox.QueryResultsFormat, ox.RdfFormat]
    results = store.query(query)
    if isinstance(results, ox.QueryBoolean):
        media, boolean_fmt = _choose(accept, RESULT_TYPES, "application/sparql-results+json")
        return media, cast(bytes, results.serialize(format=boolean_fmt))  # serializers given no output return the bytes
    if isinstance(results, ox.QuerySolutions):
        media, fmt = _choose(accept, RESULT_TYPES, "application/sparql-results+json")
        variables = [v.value for v in results.variables]
        items, what = ([s[v] for v in variables] for s in results), "results"
    else:
        media, fmt = _choose(accept, GRAPH_TYPES, "application/n-triples")
        items, what = iter(results), "triples"
    taken, too_large = _take(items, settings.max_rows)
    # pyoxigraph's iterators must be dropped on the thread that made them, so none may escape with an error
    results = items = None
    if too_large:
        raise QueryTooLarge(f"more than {settings.max_rows} {what}; add a LIMIT")
    if isinstance(fmt, ox.QueryResultsFormat):  # the solutions of a SELECT (what == "results")
        return media, cast(bytes, solutions_from_rows(QueryResult(variables, taken)).serialize(format=fmt))
    data = ox.serialize(taken, format=fmt, prefixes=PREFIXES if fmt != ox.RdfFormat.N_TRIPLES else None)
    return media, cast(bytes, data)


# The query page: self-contained (no CDN; it must work offline). A link `/?query=...` fills the editor and runs
# the query on load, and running a query puts it in the address bar, so a result can be shared by its URL.
PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>body{font-family:sans-serif;margin:2em;max-width:70em}textarea{width:100%;height:12em;font-family:monospace}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
#error{color:#a00;background:#fee;border:1px solid #e99;padding:.5em;white-space:pre-wrap}</style>
</head><body><h1>kg SPARQL endpoint</h1>
<p>Store: <code>__STORE__</code> (__MODE__). Prefixes kg, kgid, org, foaf, prov, skos, schema, dcterms, nif are predeclared.</p>
<form id="f"><textarea id="q" name="query">SELECT DISTINCT ?person ?role ?org WHERE {
  ?m a org:Membership ; org:member/foaf:name ?person ; org:role/skos:prefLabel ?role .
  OPTIONAL { ?m org:organization/rdfs:label ?org }
} LIMIT 50</textarea><br><button type="submit">Run</button> (Ctrl+Enter) <span id="status" role="status"></span></form>
<pre id="error" role="alert" hidden></pre>
<div id="out"></div>
<script>
const form = document.getElementById('f'), editor = document.getElementById('q'),
  statusLine = document.getElementById('status'), errorBox = document.getElementById('error'),
  out = document.getElementById('out');
function show(state, message) { document.body.dataset.state = state; statusLine.textContent = message; }
function fail(message) { errorBox.textContent = message; errorBox.hidden = false; show('error', 'failed'); }
async function run(query) {
  show('running', 'running…'); errorBox.hidden = true; out.replaceChildren();
  history.replaceState(null, '', '?' + new URLSearchParams({query}));
  let r, text;
  try {
    r = await fetch('query', {method: 'POST', headers: {'Content-Type': 'application/sparql-query',
      'Accept': 'application/sparql-results+json, application/n-triples'}, body: query});
    text = await r.text();
  } catch (err) { return fail('could not reach the endpoint: ' + err.message); }
  if (!r.ok) return fail('Error ' + r.status + ': ' + text.trim());
  if (!(r.headers.get('Content-Type') || '').includes('json')) {  /* CONSTRUCT, DESCRIBE: N-Triples */
    const pre = document.createElement('pre'); pre.textContent = text; out.replaceChildren(pre);
    const n = text.split('\\n').filter(line => line.trim()).length;
    return show('done', n + (n === 1 ? ' triple' : ' triples'));
  }
  const data = JSON.parse(text);
  if (data.boolean !== undefined) { out.textContent = String(data.boolean); return show('done', 'ASK'); }
  const vars = data.head.vars, rows = data.results.bindings, table = document.createElement('table');
  const head = table.createTHead().insertRow(), body = table.createTBody();
  vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
  rows.forEach(b => { const row = body.insertRow();
    vars.forEach(v => { row.insertCell().textContent = b[v] ? b[v].value : ''; }); });
  out.replaceChildren(table);
  show('done', rows.length + (rows.length === 1 ? ' row' : ' rows'));
}
form.addEventListener('submit', (e) => { e.preventDefault(); run(editor.value); });
editor.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); } });
const shared = new URLSearchParams(location.search).get('query');
if (shared) { editor.defaultValue = shared; run(shared); }  /* defaultValue: the DOM shows it too */
</script></body></html>"""


class _AnyName:
    def __contains__(self, name: object) -> bool:
        return True


def make_server(
    store: BaseStore, host: str = "127.0.0.1", port: int = 7878, settings: Optional[ServeSettings] = None
) -> ThreadingHTTPServer:
    """A ready HTTP server (call `serve_forever`); port 0 picks a free port (see `server.server_address`).

    Args:
        store: the store to serve (read-only unless `settings.writable`).
        host: the address to bind; 127.0.0.1 keeps the endpoint on this machine.
        port: the TCP port.
        settings: the query timeout, the row limit and whether updates are accepted.

    Returns:
        The bound server; `serve_forever()` runs it, `shutdown()` stops it.
    """
    config = settings or ServeSettings()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg"
        protocol_version = "HTTP/1.1"  # keep-alive; every response carries its Content-Length
        server: ThreadingHTTPServer  # the Server below

        def log_message(self, format: str, *args) -> None:  # quiet by default; the CLI prints the address
            pass

        def _send(self, status: int, body: bytes, media: str = "text/plain; charset=utf-8") -> None:
            self.send_response(status)
            self.send_header("Content-Type", media)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _error(self, status: int, message: str) -> None:
            self._send(status, (message + "\n").encode("utf-8"))

        def _query(self, query: Optional[str]) -> None:
            if not query:
                self._error(400, "missing query")
                return
            try:
                _choose(self.headers.get("Accept", ""), {**RESULT_TYPES, **GRAPH_TYPES}, "application/json")
            except NotAcceptable as error:
                self._error(406, str(error))
                return
            future = pool.submit(_run, store, query, self.headers.get("Accept", ""), config)
            try:
                media, body = future.result(timeout=config.timeout)
            except concurrent.futures.TimeoutError:
                self._error(503, f"query took longer than {config.timeout:g} s")
            except QueryTooLarge as error:
                self._error(413, str(error))
            except NotAcceptable as error:
                self._error(406, str(error))
            except KGError as error:
                self._error(400, str(error))
            except Exception as error:  # a broken query must not take the server down
                self._error(400, f"query failed: {error}")
            else:
                self._send(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""))

        def _update(self, update: Optional[str]) -> None:
            if not config.writable:
                self._error(403, "this endpoint is read-only (start it with --writable to allow updates)")
                return
            if not update:
                self._error(400, "missing update")
                return
            try:
                store.update(update)
            except KGError as error:
                self._error(400, str(error))
                return
            self._send(204, b"")

        def _refused(self, update: bool = False) -> bool:
            """DNS rebinding and cross-site requests: a page on another site must not reach a local endpoint
            through the browser. The Host header must name this server (unless it listens on all interfaces),
            and an update must not come from another origin."""
            host = (self.headers.get("Host") or "").rsplit(":", 1)[0].strip("[]").lower()
            if host not in local_names:
                self._error(403, f"refused: unexpected Host header {host!r}")
                return True
            origin = self.headers.get("Origin")
            if update and origin and urlparse(origin).netloc.lower() != (self.headers.get("Host") or "").lower():
                self._error(403, f"refused: an update from another origin ({origin})")
                return True
            return False

        def do_GET(self) -> None:
            if self._refused():
                return
            url = urlparse(self.path)
            if url.path in ("/", "/index.html"):
                page = PAGE.replace("__STORE__", html.escape(store.location)).replace(
                    "__MODE__", "writable" if config.writable else "read-only"
                )
                self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")
            elif url.path == "/query":
                query = parse_qs(url.query, keep_blank_values=True).get("query", [None])[0]
                if query is None:  # SPARQL 1.1 Service Description: what this endpoint is and speaks
                    # a listening socket's address: (host, port), IPv6 adding flow info and scope id
                    address = cast(tuple[str, int], self.server.server_address[:2])
                    endpoint = f"http://{self.headers.get('Host') or '%s:%d' % address}/query"
                    try:
                        media, body = service_description(endpoint, config.writable, self.headers.get("Accept", ""))
                    except NotAcceptable as error:
                        self._error(406, str(error))
                        return
                    self._send(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""))
                    return
                self._query(query)
            elif url.path == "/update":
                self._error(405, "updates are sent with POST")
            else:
                self._error(404, "not found: try / or /query")

        def do_POST(self) -> None:
            url = urlparse(self.path)
            if self._refused(update=url.path == "/update"):
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            form = parse_qs(body) if kind == "application/x-www-form-urlencoded" else {}
            if url.path == "/query":
                self._query(body if kind == "application/sparql-query" else form.get("query", [None])[0])
            elif url.path == "/update":
                self._update(body if kind == "application/sparql-update" else form.get("update", [None])[0])
            else:
                self._error(404, "not found: try /query or /update")

    # Names a browser may use for this server; any name when it listens on every interface (the user chose that).
    local_names = _AnyName() if host in ("0.0.0.0", "::", "") else {"127.0.0.1", "localhost", "::1", host.lower()}

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def server_close(self) -> None:
            super().server_close()
            pool.shutdown(wait=False, cancel_futures=True)

    return Server((host, port), Handler)

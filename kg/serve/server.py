"""A SPARQL 1.1 Protocol endpoint over a store, with a query page for the browser.

Binds to 127.0.0.1 and is read-only unless told otherwise; each query has a time limit and a result-size limit.
Results are serialized by pyoxigraph in the format the client's Accept header asks for (JSON by default). The
endpoint is a WSGI application served by waitress (HTTP/1.1, a thread per request in flight, a listen backlog for
bursts of clients); its queries run where a timeout can stop them (kg.serve.workers).
"""

from __future__ import annotations

import errno
import html
import json
import re
from typing import Any, Callable, Iterable, Optional, cast
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.errors import KGError
from kg.prefixes import DATA_BASE, PREFIXES
from kg.serve.answers import (
    GRAPH_TYPES,
    RESULT_TYPES,
    TEXT,
    NotAcceptable,
    ServeSettings,
    answer,
    choose,
    serialize_graph,
    with_charset,
)
from kg.serve.workers import ProcessRunner, QueryRunner, ThreadRunner
from kg.store.base import BaseStore

__all__ = ["ServeSettings", "make_server", "make_app", "service_description", "serve_base", "Server"]

_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,60}")  # a named query's file name: /named/people-of-org

_SD = "http://www.w3.org/ns/sparql-service-description#"
_FORMATS = "http://www.w3.org/ns/formats/"


def serve_base(address: str) -> str:
    """The path pages are reached under, from `--base` ("https://example.org/vnkg" -> "/vnkg/"; "" -> "/"): links
    start with it. Only the path is kept (the scheme and host are the proxy's)."""
    from urllib.parse import urlparse

    path = urlparse(address).path if "://" in address else address
    path = "/" + path.strip("/")
    if not re.fullmatch(r"/[A-Za-z0-9._~/-]*", path):
        raise KGError(f"--base: {address!r} is no URL path (letters, digits, '-', '.', '_', '~' and '/')")
    return path if path.endswith("/") else path + "/"


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
    media, fmt = choose(accept, GRAPH_TYPES, "text/turtle")
    data = ox.serialize(triples, format=fmt, prefixes={"sd": _SD} if fmt == ox.RdfFormat.TURTLE else None)
    return media, cast(bytes, data)  # no output given: the bytes


# The query page: self-contained (no CDN; it must work offline). A link `/?query=...` fills the editor and runs
# the query on load, and running a query puts it in the address bar, so a result can be shared by its URL.
PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>kg SPARQL</title>
<style>body{font-family:sans-serif;margin:2em;max-width:75em}
#editor{position:relative;height:12em}#editor textarea,#editor pre{position:absolute;inset:0;margin:0;padding:.3em;
box-sizing:border-box;width:100%;height:100%;font:14px/1.4 monospace;white-space:pre-wrap;overflow-wrap:anywhere;
overflow:auto;border:1px solid #999}#editor textarea{color:transparent;background:transparent;caret-color:#000;
resize:none;z-index:1}#editor pre{color:#222;background:#fff;border-color:transparent}
.k{color:#7c3aed;font-weight:bold}.v{color:#b45309}.i{color:#0369a1}.s{color:#15803d}.c{color:#6b7280}
#complete{position:absolute;z-index:2;background:#fff;border:1px solid #999;list-style:none;margin:0;padding:0}
#complete li{padding:.1em .5em}#complete li[aria-selected=true]{background:#dbeafe}
table{border-collapse:collapse;margin-top:1em}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
th{cursor:pointer;background:#f3f4f6}small.dt{color:#777;margin-left:.3em}#pages button{margin:0 .3em}
fieldset{margin:.5em 0 1em;border:1px solid #ccc}fieldset label{margin-right:1em}
#error{color:#a00;background:#fee;border:1px solid #e99;padding:.5em;white-space:pre-wrap}</style>
</head><body><nav><a href="/overview">Tổng quan</a> · <a href="/search">Tìm kiếm</a></nav><h1>kg SPARQL endpoint</h1>
<p>Store: <code>__STORE__</code> (__MODE__). Prefixes kg, kgid, org, foaf, prov, skos, schema, dcterms, nif are predeclared.</p>
<fieldset id="named-box"><legend>Named queries</legend><select id="named" aria-label="named query">
<option value="">—</option></select> <span id="named-fields"></span> <button type="button" id="named-run">Run</button>
<p id="named-help"></p></fieldset>
<form id="f"><div id="editor"><pre id="hl" aria-hidden="true"></pre><textarea id="q" name="query" spellcheck="false"
 aria-label="SPARQL query (Ctrl+Space completes a prefix)">SELECT DISTINCT ?person ?role ?org WHERE {
  ?m a org:Membership ; org:member/foaf:name ?person ; org:role/skos:prefLabel ?role .
  OPTIONAL { ?m org:organization/rdfs:label ?org }
} LIMIT 50</textarea><ul id="complete" role="listbox" hidden></ul></div><button type="submit">Run</button> (Ctrl+Enter) <span id="status" role="status"></span>
<button type="button" id="csv" hidden>CSV</button> <button type="button" id="json" hidden>JSON</button></form>
<pre id="error" role="alert" hidden></pre>
<div id="out"></div><div id="pages"></div>
<script>
const $ = (id) => document.getElementById(id);
const form = $('f'), editor = $('q'), statusLine = $('status'), errorBox = $('error'), out = $('out');
const DATA = __DATA_BASE__, PAGE_ROWS = 100;
let last = null, table = null, sortBy = null, page = 0;
function show(state, message) { document.body.dataset.state = state; statusLine.textContent = message; }
function fail(message) { errorBox.textContent = message; errorBox.hidden = false; show('error', 'failed'); }
function cell(term) {  /* an IRI links to its page here (the graph's own) or elsewhere; a literal shows its tag */
  const td = document.createElement('td');
  if (!term) return td;
  if (term.type === 'uri') {
    const a = document.createElement('a');
    a.href = term.value.startsWith(DATA) ? '/id/' + term.value.slice(DATA.length) : term.value;
    a.textContent = term.value; td.appendChild(a);
  } else {
    td.textContent = term.value;
    const tag = term['xml:lang'] ? '@' + term['xml:lang'] : (term.datatype ? term.datatype.split(/[#/]/).pop() : '');
    if (tag) {
      const small = document.createElement('small'); small.className = 'dt'; small.textContent = tag; td.appendChild(small);
    }
  }
  return td;
}
function draw() {
  const rows = table.rows.slice();
  if (sortBy) rows.sort((a, b) => {
    const x = a[sortBy.v] ? a[sortBy.v].value : '', y = b[sortBy.v] ? b[sortBy.v].value : '';
    return sortBy.dir * x.localeCompare(y, 'vi', {numeric: true});
  });
  const el = document.createElement('table'), head = el.createTHead().insertRow(), body = el.createTBody();
  table.vars.forEach(v => {
    const th = document.createElement('th'); th.textContent = v;
    th.title = 'sort'; th.onclick = () => { sortBy = {v, dir: sortBy && sortBy.v === v ? -sortBy.dir : 1}; page = 0; draw(); };
    head.appendChild(th);
  });
  rows.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS).forEach(b => {
    const row = body.insertRow(); table.vars.forEach(v => row.appendChild(cell(b[v])));
  });
  out.replaceChildren(el);
  const pages = $('pages'); pages.replaceChildren();
  const count = Math.ceil(rows.length / PAGE_ROWS);
  if (count > 1) {
    const back = Object.assign(document.createElement('button'), {textContent: '‹', disabled: page === 0});
    const next = Object.assign(document.createElement('button'), {textContent: '›', disabled: page >= count - 1});
    back.onclick = () => { page--; draw(); }; next.onclick = () => { page++; draw(); };
    pages.append(back, `page ${page + 1} of ${count}`, next);
  }
}
async function fetchAnswer(request, accept) {
  const [url, init] = request;
  return fetch(url, Object.assign({}, init, {headers: Object.assign({}, init.headers || {}, {'Accept': accept})}));
}
async function runRequest(request) {
  show('running', 'running…'); errorBox.hidden = true; out.replaceChildren(); $('pages').replaceChildren();
  $('csv').hidden = $('json').hidden = true;
  let r, text;
  try {
    r = await fetchAnswer(request, 'application/sparql-results+json, application/n-triples');
    text = await r.text();
  } catch (err) { return fail('could not reach the endpoint: ' + err.message); }
  if (!r.ok) return fail('Error ' + r.status + ': ' + text.trim().split('\\n')[0]);
  last = request;
  if (!(r.headers.get('Content-Type') || '').includes('json')) {  /* CONSTRUCT, DESCRIBE: N-Triples */
    const pre = document.createElement('pre'); pre.textContent = text; out.replaceChildren(pre);
    const n = text.split('\\n').filter(line => line.trim()).length;
    return show('done', n + (n === 1 ? ' triple' : ' triples'));
  }
  const data = JSON.parse(text);
  if (data.boolean !== undefined) { out.textContent = String(data.boolean); return show('done', 'ASK'); }
  table = {vars: data.head.vars, rows: data.results.bindings}; sortBy = null; page = 0; draw();
  $('csv').hidden = $('json').hidden = false;
  show('done', table.rows.length + (table.rows.length === 1 ? ' row' : ' rows'));
}
function run(query) {
  history.replaceState(null, '', '?' + new URLSearchParams({query}));
  return runRequest(['query', {method: 'POST', headers: {'Content-Type': 'application/sparql-query'}, body: query}]);
}
async function download(accept, extension) {  /* the last answer again, as a file */
  if (!last) return;
  const r = await fetchAnswer(last, accept);
  const link = Object.assign(document.createElement('a'),
    {href: URL.createObjectURL(await r.blob()), download: 'kg-results.' + extension});
  link.click(); URL.revokeObjectURL(link.href);
}
$('csv').onclick = () => download('text/csv', 'csv');
$('json').onclick = () => download('application/sparql-results+json', 'json');
form.addEventListener('submit', (e) => { e.preventDefault(); run(editor.value); });
editor.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); } });
/* named queries: a menu, a field per parameter, run on /named/NAME */
let named = {};
function fields(name) {
  const q = named[name], box = $('named-fields'); box.replaceChildren();
  $('named-help').textContent = q ? q.description : '';
  (q ? q.parameters : []).forEach(p => {
    const label = document.createElement('label'); label.textContent = p + (q.optional.includes(p) ? ' (optional) ' : ' ');
    const input = Object.assign(document.createElement('input'), {name: p, id: 'param-' + p});
    label.appendChild(input); box.appendChild(label);
  });
}
function runNamed(name, values) {
  const params = new URLSearchParams(values);
  params.set('limit', '1000');
  history.replaceState(null, '', '?' + new URLSearchParams(Object.assign({named: name}, values)));
  return runRequest(['named/' + encodeURIComponent(name) + '?' + params, {method: 'GET'}]);
}
$('named').onchange = () => fields($('named').value);
$('named-run').onclick = () => {
  const name = $('named').value; if (!name) return;
  const values = {};
  named[name].parameters.forEach(p => { const v = $('param-' + p).value.trim(); if (v) values[p] = v; });
  runNamed(name, values);
};
/* highlighting: the text drawn again, coloured, under a textarea whose own text is transparent */
const PREFIXES = __PREFIXES__;
const TOKENS = /(#[^\\n]*)|("(?:[^"\\\\\\n]|\\\\.)*"|'(?:[^'\\\\\\n]|\\\\.)*')|(<[^<>\\s]*>)|([?$][\\w]+)|(\\b(?:SELECT|DISTINCT|REDUCED|WHERE|OPTIONAL|FILTER|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|AS|ORDER|BY|ASC|DESC|GROUP|HAVING|LIMIT|OFFSET|PREFIX|BASE|CONSTRUCT|DESCRIBE|ASK|FROM|NAMED|NOT|EXISTS|IN|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|STR|LANG|REGEX|CONTAINS|COALESCE|IF|BOUND|a)\\b)|([A-Za-z][\\w-]*:[\\w-]*)/gi;
const CLASSES = ['c', 's', 'i', 'v', 'k', 'i'];
function escapeHtml(t) { return t.replace(/[&<>]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;'})[c]); }
function paint() {
  let html = '', at = 0;
  editor.value.replace(TOKENS, (m, ...groups) => {
    const offset = groups[groups.length - 2], kind = groups.slice(0, 6).findIndex(g => g !== undefined);
    html += escapeHtml(editor.value.slice(at, offset)) + `<span class="${CLASSES[kind]}">${escapeHtml(m)}</span>`;
    at = offset + m.length; return m;
  });
  $('hl').innerHTML = html + escapeHtml(editor.value.slice(at)) + '\\n';
  $('hl').scrollTop = editor.scrollTop;
}
editor.addEventListener('input', paint);
editor.addEventListener('scroll', () => { $('hl').scrollTop = editor.scrollTop; });
/* prefix completion: Ctrl+Space lists the declared prefixes that begin with the word at the caret */
const list = $('complete');
let choices = [], chosen = 0;
function word() { const m = editor.value.slice(0, editor.selectionStart).match(/[A-Za-z]*$/); return m ? m[0] : ''; }
function drawChoices() {
  list.replaceChildren(...choices.map((c, i) => Object.assign(document.createElement('li'),
    {textContent: c + ':', role: 'option', ariaSelected: String(i === chosen)})));
  list.hidden = !choices.length;
}
function accept() {
  const w = word(), start = editor.selectionStart - w.length, insert = choices[chosen] + ':';
  editor.setRangeText(insert, start, editor.selectionStart, 'end');
  choices = []; drawChoices(); paint();
}
editor.addEventListener('keydown', (e) => {
  if (e.key === ' ' && e.ctrlKey) {
    e.preventDefault(); const w = word().toLowerCase();
    choices = PREFIXES.filter(p => p.startsWith(w)); chosen = 0; drawChoices(); return;
  }
  if (!choices.length) return;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault(); chosen = (chosen + (e.key === 'ArrowDown' ? 1 : choices.length - 1)) % choices.length;
    drawChoices();
  } else if (e.key === 'Enter' || e.key === 'Tab') { e.preventDefault(); accept(); }
  else if (e.key === 'Escape') { choices = []; drawChoices(); }
});
list.addEventListener('mousedown', (e) => {
  const i = [...list.children].indexOf(e.target); if (i >= 0) { e.preventDefault(); chosen = i; accept(); } });
const shared = new URLSearchParams(location.search);
fetch('named').then(r => r.json()).then(list => {
  list.forEach(q => { named[q.name] = q;
    $('named').appendChild(Object.assign(document.createElement('option'), {value: q.name, textContent: q.name})); });
  const wanted = shared.get('named');
  if (wanted && named[wanted]) {
    $('named').value = wanted; fields(wanted);
    const values = {};
    named[wanted].parameters.forEach(p => { const v = shared.get(p); if (v) { values[p] = v; $('param-' + p).value = v; } });
    runNamed(wanted, values);
  }
}).catch(() => { $('named-box').hidden = true; });
if (shared.get('query')) { editor.defaultValue = shared.get('query'); run(shared.get('query')); }  /* the DOM shows it too */
paint();
</script></body></html>"""


class _AnyName:
    def __contains__(self, name: object) -> bool:
        return True


_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    406: "Not Acceptable",
    413: "Payload Too Large",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def make_app(
    store: BaseStore, runner: QueryRunner, settings: ServeSettings, local_names: Any
) -> Callable[[dict, Callable], Iterable[bytes]]:
    """The endpoint as a WSGI application: / (the query page), /query (GET or POST), /update (POST)."""

    def app(environ: dict, start_response: Callable) -> Iterable[bytes]:
        def send(status: int, body: bytes, media: str = TEXT) -> list[bytes]:
            headers = [("Content-Type", media), ("Content-Length", str(len(body)))]
            start_response(f"{status} {_REASONS.get(status, '')}".strip(), headers)
            return [body]

        def error(status: int, message: str) -> list[bytes]:
            return send(status, (message + "\n").encode("utf-8"))

        host_header = environ.get("HTTP_HOST") or ""
        # DNS rebinding and cross-site requests: a page on another site must not reach a local endpoint through the
        # browser. The Host header must name this server (unless it listens on all interfaces), and an update must
        # not come from another origin.
        host = host_header.rsplit(":", 1)[0].strip("[]").lower()
        if host not in local_names:
            return error(403, f"refused: unexpected Host header {host!r}")
        path, method = environ.get("PATH_INFO") or "/", environ.get("REQUEST_METHOD", "GET")
        accept = environ.get("HTTP_ACCEPT", "")
        origin = environ.get("HTTP_ORIGIN")
        if method == "POST" and path == "/update" and origin:
            from urllib.parse import urlparse

            if urlparse(origin).netloc.lower() != host_header.lower():
                return error(403, f"refused: an update from another origin ({origin})")

        def run(query: Optional[str]) -> list[bytes]:
            if not query:
                return error(400, "missing query")
            try:
                choose(accept, {**RESULT_TYPES, **GRAPH_TYPES}, "application/json")
            except NotAcceptable as refused:
                return error(406, str(refused))
            status, media, body = runner.run(("sparql", query, accept))
            return send(status, body, media)

        def named(name: str) -> list[bytes]:
            fields = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True).items()}
            try:
                limit = int(fields.pop("limit")) if "limit" in fields else None
                offset = int(fields.pop("offset", "0"))
            except ValueError:
                return error(400, "limit and offset are whole numbers")
            if (limit is not None and limit < 0) or offset < 0:
                return error(400, "limit and offset are whole numbers")
            status, media, body = runner.run(("named", name, fields, limit, offset, accept))
            return send(status, body, media)  # the answer's media type says its encoding already

        def explore(path: str) -> list[bytes]:
            from kg.serve import explorer  # the pages load on first use: an endpoint for clients does without

            fields = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
            words = fields.get("q", [""])[0][:200]

            def shown(page: explorer.Page) -> list[bytes]:
                return send(200, explorer.render(page, settings.base).encode("utf-8"), "text/html; charset=utf-8")

            if path == "/overview":
                return shown(explorer.overview(store))
            if path == "/search":
                return shown(explorer.search(store, words))
            if path == "/search.json":
                return send(200, explorer.suggestions(store, words), "application/json")
            iri = explorer.iri_of(path)
            if iri is None:
                return error(404, "not found")
            try:
                media, fmt = choose(accept, {"text/html": None, **GRAPH_TYPES}, "text/html")
            except NotAcceptable as refused:
                return error(406, str(refused))
            if fmt is None:
                page = explorer.entity_page(store, iri)
                if page is None:
                    return error(404, f"the graph says nothing about {iri}")
                return shown(page)
            triples = explorer.describe(store, iri)
            if not triples:
                return error(404, f"the graph says nothing about {iri}")
            return send(200, serialize_graph(triples, fmt), with_charset(media))

        if method in ("GET", "HEAD"):
            if path in ("/", "/index.html"):
                page = (
                    PAGE.replace("__STORE__", html.escape(store.location))
                    .replace("__MODE__", "writable" if settings.writable else "read-only")
                    .replace("__PREFIXES__", json.dumps(sorted(PREFIXES)))
                    .replace("__DATA_BASE__", json.dumps(DATA_BASE))
                    .replace('href="/', f'href="{settings.base}')
                    .replace("'/id/'", json.dumps(settings.base + "id/"))
                )
                return send(200, page.encode("utf-8"), "text/html; charset=utf-8")
            if path == "/query":
                query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True).get("query", [None])[0]
                if query is None:  # SPARQL 1.1 Service Description: what this endpoint is and speaks
                    endpoint = f"{environ.get('wsgi.url_scheme', 'http')}://{host_header or 'localhost'}/query"
                    try:
                        media, body = service_description(endpoint, settings.writable, accept)
                    except NotAcceptable as refused:
                        return error(406, str(refused))
                    return send(200, body, with_charset(media))
                return run(query)
            if path == "/named":  # the named queries, for the query page's menu
                from kg.query import named_queries

                listing = [
                    {"name": q.name, "description": q.description, "parameters": q.parameters, "optional": q.optional}
                    for q in named_queries().values()
                ]
                return send(200, json.dumps(listing, ensure_ascii=False).encode("utf-8"), "application/json")
            if path.startswith("/named/") and _NAME.fullmatch(path[len("/named/") :]):
                return named(path[len("/named/") :])
            if path in ("/overview", "/search", "/search.json") or path.startswith("/id/"):
                return explore(path)
            if path == "/update":
                return error(405, "updates are sent with POST")
            return error(404, "not found: try /, /overview, /search?q=…, /id/…, /query or /named/NAME")
        if method != "POST":
            return error(405, f"{method} is not supported: use GET or POST")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        payload = environ["wsgi.input"].read(length).decode("utf-8", errors="replace") if length > 0 else ""
        kind = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip()
        form = parse_qs(payload) if kind == "application/x-www-form-urlencoded" else {}
        if path == "/query":
            return run(payload if kind == "application/sparql-query" else form.get("query", [None])[0])
        if path == "/update":
            if not settings.writable:
                return error(403, "this endpoint is read-only (start it with --writable to allow updates)")
            update = payload if kind == "application/sparql-update" else form.get("update", [None])[0]
            if not update:
                return error(400, "missing update")
            try:
                store.update(update)
            except KGError as failed:
                return error(400, str(failed))
            return send(204, b"")
        return error(404, "not found: try /query or /update")

    return app


class Server:
    """A bound endpoint: `serve_forever()` runs it, `shutdown()` stops it, `server_close()` releases its workers."""

    def __init__(self, app: Callable, host: str, port: int, runner: QueryRunner, threads: int) -> None:
        import waitress

        self._runner = runner
        # a listen backlog for bursts of clients; threads for the requests in flight (runaway ones included)
        self._server: Any = waitress.create_server(
            app, host=host, port=port, threads=threads, backlog=1024, ident="kg", connection_limit=1000
        )
        self.server_address: tuple[str, int] = (str(self._server.effective_host), int(self._server.effective_port))
        self._stopping = False

    def serve_forever(self) -> None:
        try:
            self._server.run()
        except OSError as error:
            # shutdown() closes the sockets under the loop's select: that ends the loop, it is no error
            if not (self._stopping and error.errno == errno.EBADF):
                raise

    def shutdown(self) -> None:
        from waitress import wasyncore

        self._stopping = True
        self._server.task_dispatcher.shutdown(timeout=1)
        wasyncore.close_all(self._server._map)  # the loop of serve_forever ends once nothing is left to watch

    def server_close(self) -> None:
        try:
            self._server.close()
        except OSError:
            pass
        self._runner.close()


def make_server(
    store: BaseStore, host: str = "127.0.0.1", port: int = 7878, settings: Optional[ServeSettings] = None
) -> Server:
    """A ready HTTP server (call `serve_forever`); port 0 picks a free port (see `server.server_address`).

    Args:
        store: the store to serve (read-only unless `settings.writable`).
        host: the address to bind; 127.0.0.1 keeps the endpoint on this machine.
        port: the TCP port.
        settings: the query timeout, the row limit, the query workers and whether updates are accepted.

    Returns:
        The bound server; `serve_forever()` runs it, `shutdown()` stops it.
    """
    config = settings or ServeSettings()
    runner: QueryRunner
    if _shareable(store, config):  # another process can open it read-only: queries run where they can be stopped
        runner = ProcessRunner(store.location, config, config.timeout, config.spare_workers, config.workers)
        threads = config.workers + config.spare_workers + 4
    else:
        runner = ThreadRunner(lambda job: answer(store, job, config), config.timeout)
        threads = 8
    # Names a browser may use for this server; any name when it listens on every interface (the user chose that).
    local_names = _AnyName() if host in ("0.0.0.0", "::", "") else {"127.0.0.1", "localhost", "::1", host.lower()}
    try:
        return Server(make_app(store, runner, config, local_names), host, port, runner, threads)
    except BaseException:
        runner.close()
        raise


def _shareable(store: BaseStore, settings: ServeSettings) -> bool:
    """An on-disk embedded store served read-only: worker processes can open it read-only beside this one."""
    from kg.store.embedded import MEMORY, Store

    return isinstance(store, Store) and store.location != MEMORY and not settings.writable and settings.workers > 0

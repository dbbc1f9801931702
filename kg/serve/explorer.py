"""The graph as pages for people who would rather look than write SPARQL (issue 14): an overview, a search, and a
page for every person, organization and document, each fact linked to the sentence that states it.

Every entity IRI of the graph (`https://w3id.org/vnkg/id/...`) is served under `/id/...` of the server, with content
negotiation: HTML for browsers, Turtle, N-Triples or JSON-LD for clients (what the graph says about the IRI, over all
its graphs). Pages are built on the server from bounded SPARQL queries whose IRIs and search words are bound as RDF
terms, never pasted into the query text; there is no script but the search box's suggestions, and no file from
another site, so the pages work offline.

The functions `overview`, `search`, `person_page`, `organization_page` and `document_page` return plain data (dicts
and lists) usable from Python; `render` turns one into HTML.
"""

from __future__ import annotations

import html
import json
import time
from dataclasses import dataclass, field
from typing import Any, Optional

import pyoxigraph as ox

from kg.graph.iri import LABELS_GRAPH, TENURES_GRAPH
from kg.language.text import ascii_fold
from kg.prefixes import DATA_BASE
from kg.stats import entity_counts
from kg.store.base import BaseStore, Bindings
from kg.version import __version__

__all__ = [
    "Page",
    "overview",
    "search",
    "person_page",
    "organization_page",
    "document_page",
    "describe",
    "entity_page",
    "iri_of",
    "local_path",
    "render",
]

SUGGESTIONS = 10  # names the search box proposes as one types
RESULTS = 50  # rows of a search page
STATEMENTS = 300  # sentences a person's page lists (a prime minister has hundreds)
CHART_HOLDERS = 8  # holders named beside a body in its chart
_INDEX_SECONDS = 60.0  # how long the search index of a store is reused before it is read again

# what the documents were built with ("kg 0.34.0; pipeline …; min_confidence 0"), and how many with each
_BUILT_WITH = """
SELECT ?settings (COUNT(DISTINCT ?d) AS ?documents) WHERE { GRAPH ?g { ?d kg:buildSettings ?settings } }
GROUP BY ?settings ORDER BY DESC(?documents)
"""
_TOP = """
SELECT ?e ?docs (SAMPLE(?label) AS ?name) WHERE {
  { SELECT ?e (COUNT(DISTINCT ?d) AS ?docs) WHERE { ?d schema:mentions ?e . ?e a ?type }
    GROUP BY ?e ORDER BY DESC(?docs) LIMIT 10 }
  OPTIONAL { ?e skos:prefLabel ?pref } OPTIONAL { ?e foaf:name ?personal } OPTIONAL { ?e rdfs:label ?written }
  BIND(COALESCE(?pref, ?personal, ?written) AS ?label)
} GROUP BY ?e ?docs ORDER BY DESC(?docs) ?name
"""
_LABELS = """
SELECT DISTINCT ?e ?type ?label WHERE {
  { ?e a foaf:Person ; foaf:name ?label . BIND("person" AS ?type) }
  UNION { ?e a org:Organization . { ?e rdfs:label ?label } UNION { ?e skos:altLabel ?label }
          UNION { ?e skos:prefLabel ?label } BIND("organization" AS ?type) }
}
"""
_NAMES = """
SELECT DISTINCT ?e ?written ?rank WHERE {
  { ?e skos:prefLabel ?written BIND(0 AS ?rank) } UNION { ?e foaf:name ?written BIND(1 AS ?rank) }
  UNION { ?e rdfs:label ?written BIND(2 AS ?rank) } UNION { ?e skos:altLabel ?written BIND(3 AS ?rank) }
} ORDER BY ?rank ?written
"""
# A person's memberships as each article states them (inside each article's graph: fast however many articles);
# the bodies' preferred names and the sentences are looked up after, for the memberships found (`_looked_up`): as
# optional parts of this query Oxigraph would read them for every membership of the store
_POSTS = """
SELECT ?e ?m ?role ?org ?orgWritten ?status ?d ?docId ?date WHERE {
  GRAPH ?g {
    ?m org:member ?e ; org:role ?r ; kg:status ?status ; prov:wasDerivedFrom ?d .
    ?d dcterms:identifier ?docId . OPTIONAL { ?d dcterms:date ?date }
    OPTIONAL { ?r skos:prefLabel ?role }
    OPTIONAL { ?m org:organization ?org OPTIONAL { ?org rdfs:label ?orgWritten } }
  }
} ORDER BY ?date ?docId
"""
# honorifics, ranks and academic titles the articles write before the name, with how many articles write each
_RANKS = """
SELECT ?e ?rank (COUNT(DISTINCT ?g) AS ?articles) WHERE { GRAPH ?g { ?e schema:honorificPrefix ?rank } }
GROUP BY ?e ?rank ORDER BY DESC(?articles) ?rank
"""
_PREFERRED = f"SELECT ?x ?label WHERE {{ VALUES ?x {{ %s }} GRAPH <{LABELS_GRAPH}> {{ ?x skos:prefLabel ?label }} }}"
_SENTENCES_OF = """
SELECT ?x ?anchor ?sentence WHERE {
  VALUES ?x { %s } GRAPH ?g { ?x kg:mention ?mention . ?mention nif:anchorOf ?anchor ; nif:sentence ?sentence }
}
"""
# Tenures and the one preferred label of each role and body are read from their inferred graphs: over the union a
# role's label comes once per article that names the role (thousands of rows for "Bộ trưởng")
_TENURES = f"""
SELECT DISTINCT ?e ?t ?role ?org ?orgName ?begin ?end WHERE {{
  GRAPH <{TENURES_GRAPH}> {{
    ?t kg:tenureOf ?e ; kg:tenureRole ?r ; kg:tenureOrganization ?org .
    OPTIONAL {{ ?t kg:beginDay ?begin }} OPTIONAL {{ ?t kg:endDay ?end }}
  }}
  OPTIONAL {{ GRAPH <{LABELS_GRAPH}> {{ ?r skos:prefLabel ?role }} }}
  OPTIONAL {{ GRAPH <{LABELS_GRAPH}> {{ ?org skos:prefLabel ?orgName }} }}
}} ORDER BY ?begin ?role
"""
_LINKS = """
SELECT DISTINCT ?e ?link ?how WHERE {
  { ?e owl:sameAs ?link BIND("same as" AS ?how) } UNION { ?e skos:closeMatch ?link BIND("close match" AS ?how) }
  FILTER(isIRI(?link))
}
"""
_DOCS_OF = """
SELECT DISTINCT ?e ?d ?docId ?title ?date WHERE {
  ?d a schema:NewsArticle ; schema:mentions ?e ; dcterms:identifier ?docId .
  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date }
} ORDER BY DESC(?date) ?docId LIMIT 100
"""
_PARENTS = """
SELECT DISTINCT ?e ?p ?name WHERE { ?e org:subOrganizationOf ?p .
  OPTIONAL { ?p skos:prefLabel ?pref } OPTIONAL { ?p rdfs:label ?written }
  BIND(COALESCE(?pref, ?written, "") AS ?name) }
"""
_CHILDREN = """
SELECT DISTINCT ?e ?c ?name WHERE { ?c org:subOrganizationOf ?e .
  OPTIONAL { ?c skos:prefLabel ?pref } OPTIONAL { ?c rdfs:label ?written }
  BIND(COALESCE(?pref, ?written, "") AS ?name) }
ORDER BY ?name LIMIT 200
"""
_HOLDERS = f"""
SELECT DISTINCT ?e ?t ?p ?role ?begin ?end WHERE {{
  GRAPH <{TENURES_GRAPH}> {{
    ?t kg:tenureOrganization ?e ; kg:tenureOf ?p ; kg:tenureRole ?r .
    OPTIONAL {{ ?t kg:beginDay ?begin }} OPTIONAL {{ ?t kg:endDay ?end }}
  }}
  OPTIONAL {{ GRAPH <{LABELS_GRAPH}> {{ ?r skos:prefLabel ?role }} }}
}} ORDER BY ?role ?begin LIMIT 1000
"""
_NAME = "SELECT ?e ?name WHERE { ?e foaf:name ?name } LIMIT 1"
_UNIT_HOLDERS = f"""
SELECT DISTINCT ?e ?c ?p ?role WHERE {{
  {{ SELECT DISTINCT ?e ?c WHERE {{ ?c org:subOrganizationOf ?e }} }}
  GRAPH <{TENURES_GRAPH}> {{
    ?t kg:tenureOrganization ?c ; kg:tenureOf ?p ; kg:tenureRole ?r . FILTER NOT EXISTS {{ ?t kg:endDay ?end }}
  }}
  OPTIONAL {{ GRAPH <{LABELS_GRAPH}> {{ ?r skos:prefLabel ?role }} }}
}} ORDER BY ?c ?role LIMIT 1000
"""
_DOCUMENT = """
SELECT ?e ?docId ?title ?date WHERE { ?e a schema:NewsArticle ; dcterms:identifier ?docId .
  OPTIONAL { ?e dcterms:title ?title } OPTIONAL { ?e dcterms:date ?date } } LIMIT 1
"""
_SENTENCES = """
SELECT ?e ?s ?begin ?end ?text WHERE { ?s a nif:Sentence ; nif:referenceContext ?e ; nif:beginIndex ?begin ;
  nif:endIndex ?end ; nif:anchorOf ?text } ORDER BY ?begin
"""
_PERSON_MENTIONS = """
SELECT ?e ?begin ?end ?p WHERE { GRAPH ?g { ?e a schema:NewsArticle .
  ?mention nif:referenceContext ?e ; kg:denotes ?p ; nif:beginIndex ?begin ; nif:endIndex ?end . ?p a foaf:Person } }
"""
_FORMS = """
SELECT DISTINCT ?e ?o ?form ?kind WHERE { GRAPH ?g {
  ?e a schema:NewsArticle .
  { ?e schema:mentions ?o . ?o a org:Organization . { ?o rdfs:label ?form } UNION { ?o skos:altLabel ?form }
    BIND("organization" AS ?kind) }
  UNION { ?m prov:wasDerivedFrom ?e ; org:role ?o . ?o skos:prefLabel ?form . BIND("role" AS ?kind) }
  UNION { ?m prov:wasDerivedFrom ?e ; kg:writtenForm ?form ; org:organization ?o . BIND("organization" AS ?kind) }
  UNION { ?e schema:mentions ?o . ?o a foaf:Person ; foaf:name ?form . BIND("person" AS ?kind) }
} }
"""


@dataclass
class Page:
    """One page's data: its kind ("overview", "search", "person", "organization", "document"), title and content."""

    kind: str
    title: str
    data: dict[str, Any] = field(default_factory=dict)


def local_path(iri: str) -> Optional[str]:
    """The server path of one of the graph's IRIs (`https://w3id.org/vnkg/id/person/x` -> `/id/person/x`), or None."""
    return "/id/" + iri[len(DATA_BASE) :] if iri.startswith(DATA_BASE) else None


def iri_of(path: str) -> Optional[str]:
    """The graph IRI a server path under /id/ stands for."""
    return DATA_BASE + path[len("/id/") :] if path.startswith("/id/") and len(path) > len("/id/") else None


def _value(term: Any) -> str:
    return str(getattr(term, "value", "")) if term is not None else ""


def _select(store: BaseStore, sparql: str, iri: Optional[str] = None) -> list[dict[str, str]]:
    """The rows as dicts of plain strings, each once (a body written differently in two articles gives one row)."""
    bindings: Optional[Bindings] = {"e": ox.NamedNode(iri)} if iri else None
    solutions = store.select(sparql, bindings)
    names = [v.value for v in solutions.variables]
    rows: dict[tuple[str, ...], dict[str, str]] = {}
    for solution in solutions:
        row = {name: _value(solution[name]) for name in names}
        key = tuple(v for k, v in row.items() if k not in _LABEL_COLUMNS)
        rows.setdefault(key, row)  # the first of its labels: one row per fact
    return list(rows.values())


_STATUS = {"current": "đương nhiệm", "new": "mới nhận", "former": "nguyên"}  # kg:status as the page says it
# columns that may hold several spellings
_LABEL_COLUMNS = frozenset({"orgName", "orgWritten", "name", "title", "anchor"})


def overview(store: BaseStore) -> Page:
    """Counts, the most mentioned people and organizations, and the kg version of the server."""
    documents, persons, organizations = entity_counts(store)
    top = {
        kind: _select(store, _TOP.replace("?e a ?type", f"?e a {rdf_type}"))
        for kind, rdf_type in (("persons", "foaf:Person"), ("organizations", "org:Organization"))
    }
    return Page(
        "overview",
        "Tổng quan",
        {
            "documents": documents,
            "persons": persons,
            "organizations": organizations,
            "top": top,
            "version": __version__,
            "store": store.location,
            "built_with": _select(store, _BUILT_WITH),
        },
    )


_INDEXES: dict[int, tuple[float, list[tuple[str, str, str, str]]]] = {}


def _index(store: BaseStore) -> list[tuple[str, str, str, str]]:
    """(folded label, label, type, IRI) of every person and organization, read at most once a minute."""
    cached = _INDEXES.get(id(store))
    if cached is not None and time.monotonic() - cached[0] < _INDEX_SECONDS:
        return cached[1]
    rows = [(_fold(r["label"]), r["label"], r["type"], r["e"]) for r in _select(store, _LABELS)]
    _INDEXES[id(store)] = (time.monotonic(), rows)
    return rows


def _fold(text: str) -> str:
    """Case, tone marks and "đ" set aside, spaces collapsed: "Nguyen van an" finds "Nguyễn Văn An"."""
    return " ".join(ascii_fold(text).lower().split())


def search(store: BaseStore, text: str, limit: int = RESULTS) -> Page:
    """People and organizations whose name or any written form contains the words, however accented or cased;
    names that start with them first, then the shorter."""
    wanted = _fold(text)
    found: dict[str, tuple[int, int, str, str]] = {}  # IRI -> (starts with it?, length, label, type): best form
    if wanted:
        for folded, label, kind, iri in _index(store):
            if wanted in folded:
                rank = (0 if folded.startswith(wanted) else 1, len(label), label, kind)
                found[iri] = min(found.get(iri, rank), rank)
    hits = sorted(found.items(), key=lambda item: item[1])[:limit]
    results = [{"iri": iri, "label": label, "type": kind, "path": local_path(iri)} for iri, (_, _, label, kind) in hits]
    return Page("search", f"Tìm: {text}" if text else "Tìm kiếm", {"query": text, "results": results})


def _looked_up(store: BaseStore, sparql: str, iris: set[str]) -> dict[str, list[dict[str, str]]]:
    """The rows of `sparql` for each of the IRIs, by IRI (`%s` in its VALUES block: the IRIs as pyoxigraph writes
    them, never text from a request)."""
    found: dict[str, list[dict[str, str]]] = {}
    ordered = sorted(i for i in iris if i)
    for start in range(0, len(ordered), 500):
        values = " ".join(str(ox.NamedNode(i)) for i in ordered[start : start + 500])
        for row in _select(store, sparql % values):
            found.setdefault(row["x"], []).append(row)
    return found


def _memberships(store: BaseStore, iri: str) -> list[dict[str, str]]:
    """Each membership of a person as an article states it, with the body's preferred name and, once per sentence
    that states it, that sentence."""
    posts = _select(store, _POSTS, iri)
    preferred = _looked_up(store, _PREFERRED, {p["org"] for p in posts})
    sentences = _looked_up(store, _SENTENCES_OF, {p["m"] for p in posts})
    out = []
    for post in posts:
        written, names = post.pop("orgWritten", ""), preferred.get(post["org"])
        post["orgName"] = names[0]["label"] if names else written
        for said in sentences.get(post["m"]) or [{"anchor": "", "sentence": ""}]:
            out.append({**post, "anchor": said["anchor"], "sentence": said["sentence"]})
    return out


def person_page(store: BaseStore, iri: str) -> Optional[Page]:
    """A person: names, posts as tenures in time order, every statement with its sentence, other datasets' links."""
    names = list(dict.fromkeys(r["written"] for r in _select(store, _NAMES, iri)))
    posts = _memberships(store, iri)
    if not names and not posts:
        return None
    tenures = _select(store, _TENURES, iri)
    for tenure in tenures:
        tenure["org_path"] = local_path(tenure["org"]) or ""
    for post in posts:
        post["org_path"] = local_path(post["org"]) or ""
        post["status"] = _STATUS.get(post["status"].rsplit("#", 1)[-1], post["status"].rsplit("#", 1)[-1])
        post["doc_path"] = local_path(post["d"]) or ""
        post["sentence_anchor"] = _sentence_id(post["sentence"]) if post["sentence"] else ""
    return Page(
        "person",
        names[0] if names else iri,
        {
            "iri": iri,
            "names": names,
            "ranks": [r["rank"] for r in _select(store, _RANKS, iri)],
            "tenures": tenures,
            "statements": posts,
            "links": _select(store, _LINKS, iri),
            "documents": _documents(store, iri),
        },
    )


def _documents(store: BaseStore, iri: str) -> list[dict[str, str]]:
    rows = _select(store, _DOCS_OF, iri)
    for row in rows:
        row["path"] = local_path(row["d"]) or ""
    return rows


def organization_page(store: BaseStore, iri: str) -> Optional[Page]:
    """An organization: names, the bodies above and below it, who held which post in it (current and former)."""
    names = list(dict.fromkeys(r["written"] for r in _select(store, _NAMES, iri)))
    if not names:
        return None
    holder_names: dict[str, str] = {}

    def name_of(person: str) -> str:  # each holder's name looked up once (names live in every article's graph)
        if person not in holder_names:
            found = _select(store, _NAME, person)
            holder_names[person] = found[0]["name"] if found else person
        return holder_names[person]

    holders = _select(store, _HOLDERS, iri)
    for holder in holders:
        holder["person"] = name_of(holder["p"])
        holder["path"] = local_path(holder["p"]) or ""
    parents = _select(store, _PARENTS, iri)
    children = _select(store, _CHILDREN, iri)
    for row in parents:
        row["path"] = local_path(row["p"]) or ""
    ancestors: list[dict[str, str]] = []  # the chain above it, nearest first: its first parent's first parent, …
    above, seen = parents, {iri}
    while above and len(ancestors) < 8 and above[0]["p"] not in seen:
        ancestors.append(above[0])
        seen.add(above[0]["p"])
        above = [dict(r, path=local_path(r["p"]) or "") for r in _select(store, _PARENTS, above[0]["p"])]
    holders_of: dict[str, dict[tuple[str, str], dict[str, str]]] = {}
    for row in _select(store, _UNIT_HOLDERS, iri):  # the chart: who holds which post in each unit now
        held = {"person": name_of(row["p"]), "role": row["role"], "path": local_path(row["p"]) or ""}
        # one post per person and title, however its case is written ("Giám đốc", "giám đốc")
        holders_of.setdefault(row["c"], {}).setdefault((row["p"], row["role"].lower()), held)
    chart: list[dict[str, Any]] = []
    for row in children:
        unit: dict[str, Any] = dict(row, path=local_path(row["c"]) or "")
        unit["holders"] = list(holders_of.get(row["c"], {}).values())
        chart.append(unit)
    return Page(
        "organization",
        names[0],
        {
            "iri": iri,
            "names": names,
            "parents": parents,
            "ancestors": ancestors,
            "children": chart,
            "current": [h for h in holders if not h["end"]],
            "former": [h for h in holders if h["end"]],
            "links": _select(store, _LINKS, iri),
            "documents": _documents(store, iri),
        },
    )


def document_page(store: BaseStore, iri: str) -> Optional[Page]:
    """A document's sentences with the people, posts and organizations read in them marked, each linking to its
    page: people where the graph says who a name denotes, posts and bodies where their written forms occur."""
    head = _select(store, _DOCUMENT, iri)
    if not head:
        return None
    people = [(int(r["begin"]), int(r["end"]), r["p"]) for r in _select(store, _PERSON_MENTIONS, iri)]
    written = {(r["form"], r["kind"], r["o"]) for r in _select(store, _FORMS, iri) if len(r["form"]) > 1}
    # each body also as the news abbreviates it ("Ủy ban nhân dân tỉnh" as "UBND tỉnh"), compared in lower case
    spelt = {(f, kind, o) for form, kind, o in written for f in _written_forms(form, kind)}
    forms = sorted(spelt, key=lambda f: -len(f[0]))
    sentences = []
    for row in _select(store, _SENTENCES, iri):
        begin, text = int(row["begin"]), row["text"]
        lowered = text.lower() if len(text.lower()) == len(text) else text
        marks = [(b - begin, e - begin, "person", p) for b, e, p in people if begin <= b and e <= begin + len(text)]
        for form, kind, target in forms:  # longest forms first; a span taken is not marked twice
            at = lowered.find(form)
            while at >= 0:
                end = at + len(form)
                if not any(at < m[1] and m[0] < end for m in marks) and _whole_words(text, at, end):
                    marks.append((at, end, kind, target))
                at = lowered.find(form, end)
        sentences.append({"id": _sentence_id(row["s"]), "text": text, "marks": sorted(marks)})
    info = head[0]
    return Page(
        "document",
        info["title"] or info["docId"],
        {"iri": iri, "id": info["docId"], "date": info["date"], "sentences": sentences},
    )


_TYPES = "SELECT DISTINCT ?e ?type WHERE { ?e a ?type }"
_PERSON, _ORGANIZATION = "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/org#Organization"
_ARTICLE = "https://schema.org/NewsArticle"


def entity_page(store: BaseStore, iri: str) -> Optional[Page]:
    """The page of any IRI of the graph: a person's, an organization's or a document's, else the statements about
    it; None when the graph says nothing about it."""
    types = {row["type"] for row in _select(store, _TYPES, iri)}
    if _PERSON in types:
        return person_page(store, iri)
    if _ORGANIZATION in types:
        return organization_page(store, iri)
    if _ARTICLE in types:
        return document_page(store, iri)
    triples = describe(store, iri)
    if not triples:
        return None
    rows = [{"p": t.predicate.value, "o": _value(t.object), "iri": isinstance(t.object, ox.NamedNode)} for t in triples]
    return Page("resource", iri.rsplit("/", 1)[-1], {"iri": iri, "statements": rows})


def _written_forms(form: str, kind: str) -> set[str]:
    """The lower-case ways a name may be written in the text: as stored, and for a body every abbreviation the news
    uses ("ủy ban nhân dân tỉnh" and "ubnd tỉnh")."""
    if kind != "organization":
        return {form.lower()}
    from kg.language.text import name_lookup_forms

    return {f for f in name_lookup_forms(form) if len(f) > 1}


def _whole_words(text: str, begin: int, end: int) -> bool:
    """The span neither starts nor ends inside a word ("Bộ" is not marked in "Bộ trưởng"'s "Bộ" twice)."""
    before = text[begin - 1] if begin > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _sentence_id(iri: str) -> str:
    """The HTML id of a sentence on its document's page ("…/sentence/3" -> "s3")."""
    return "s" + iri.rsplit("/", 1)[-1]


def describe(store: BaseStore, iri: str) -> list[ox.Triple]:
    """What the graph says about the IRI, over all its graphs: the triples whose subject it is."""
    return [
        ox.Triple(ox.NamedNode(iri), row["p"], row["o"])
        for row in store.select("SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }", {"e": ox.NamedNode(iri)})
    ]


# ---- HTML --------------------------------------------------------------------------------------------------------

_STYLE = """body{font-family:sans-serif;margin:0;color:#222}main{margin:1.5em 2em;max-width:72em}
nav{background:#234;padding:.6em 2em}nav a{color:#fff;margin-right:1.2em;text-decoration:none}
nav form{display:inline}nav input{padding:.25em;width:18em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}
mark{padding:0 .1em;border-radius:.2em}mark.person{background:#fde68a}mark.role{background:#bfdbfe}
mark.organization{background:#bbf7d0}mark a{color:inherit;text-decoration:none}.muted{color:#666}
p.sentence:target{outline:2px solid #f59e0b}ul.results li{margin:.2em 0}
ul.tree,ul.tree ul{list-style:none;padding-left:1.2em;margin:.2em 0}ul.tree ul{border-left:2px solid #94a3b8}
ul.tree li{margin:.3em 0;padding-left:.5em;position:relative}
ul.tree li.self>strong{background:#e0f2fe;padding:0 .3em}"""

_SUGGEST = """<script>
const box = document.getElementById('q'), list = document.getElementById('names');
box.addEventListener('input', async () => {
  if (box.value.trim().length < 2) return;
  const r = await fetch('/search.json?q=' + encodeURIComponent(box.value));
  if (!r.ok) return;
  list.replaceChildren(...(await r.json()).map(h => Object.assign(document.createElement('option'), {value: h.label})));
});
</script>"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _link(label: str, path: Optional[str]) -> str:
    return f'<a href="{_e(path)}">{_e(label)}</a>' if path else _e(label)


def _frame(title: str, body: str, query: str = "") -> str:
    return (
        f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{_e(title)} · kg</title>'
        f"<style>{_STYLE}</style></head><body>"
        '<nav><a href="/overview">Tổng quan</a><a href="/">SPARQL</a>'
        f'<form action="/search" role="search"><input id="q" name="q" list="names" value="{_e(query)}" '
        'placeholder="Tìm người, tổ chức…" aria-label="Tìm"><datalist id="names"></datalist></form></nav>'
        f"<main><h1>{_e(title)}</h1>{body}</main>{_SUGGEST}</body></html>"
    )


def _table(headers: list[str], rows: list[list[str]], empty: str = "không có") -> str:
    if not rows:
        return f'<p class="muted">{_e(empty)}</p>'
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _links(rows: list[dict[str, str]]) -> str:
    if not rows:
        return ""
    items = "".join(f'<li>{_e(r["how"])}: <a href="{_e(r["link"])}">{_e(r["link"])}</a></li>' for r in rows)
    return f"<h2>Liên kết ngoài</h2><ul>{items}</ul>"


def _chart(title: str, data: dict[str, Any]) -> str:
    """The organization chart: the chain of bodies above, this one with who holds its posts now, its units with
    theirs, drawn as a tree."""
    here_held = ", ".join(f"{_e(h['role'])} {_link(h['person'], h['path'])}" for h in data["current"][:CHART_HOLDERS])
    more = len(data["current"]) - CHART_HOLDERS
    here = (
        f'<li class="self"><strong>{_e(title)}</strong>'
        + (f" — {here_held}" + (f" … (+{more})" if more > 0 else "") if here_held else "")
        + '<div id="children">'
        + (_bodies(data["children"]) if data["children"] else "")
        + "</div></li>"
    )
    for parent in data["ancestors"]:
        here = f"<li>{_link(parent['name'], parent['path'])}<ul>{here}</ul></li>"
    others = data["parents"][1:]  # a body under two parents: the others, named beside the chart
    beside = (
        '<p class="muted">Cũng trực thuộc: ' + ", ".join(_link(p["name"], p["path"]) for p in others) + "</p>"
        if others
        else ""
    )
    return f'<div id="chart"><ul class="tree" id="parents">{here}</ul>{beside}</div>'


def _bodies(rows: list[dict[str, Any]]) -> str:
    """A list of bodies, each with the people holding a post in it now (the units of an organization chart)."""
    if not rows:
        return '<p class="muted">không có</p>'
    items = []
    for row in rows:
        held = ", ".join(f"{_e(h['role'])} {_link(h['person'], h['path'])}" for h in row.get("holders", []))
        items.append(f"<li>{_link(row['name'], row['path'])}" + (f" — {held}" if held else "") + "</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _documents_html(rows: list[dict[str, str]]) -> str:
    items = [[_link(r["title"] or r["docId"], r["path"]), _e(r["date"])] for r in rows]
    return "<h2>Bài viết</h2>" + _table(["bài", "ngày"], items)


def render(page: Page, base: str = "/") -> str:
    """The page as a whole HTML document; its links start with `base`, the path the server is reached under."""
    document = _render(page)
    if base == "/":
        return document
    # every link this module writes is a root path; the text and values it quotes are escaped, so no data can
    # hold these attribute openings
    for opening in ('href="/', 'action="/', "fetch('/"):
        document = document.replace(opening, opening[:-1] + base)
    return document


def _render(page: Page) -> str:
    data = page.data
    if page.kind == "overview":
        body = (
            f'<p id="counts">{data["documents"]} bài viết, {data["persons"]} người, '
            f"{data['organizations']} tổ chức "
            f'<span class="muted">(kg {_e(data["version"])}, kho {_e(data["store"])})</span></p>'
        )
        for kind, heading in (
            ("persons", "Người được nhắc nhiều nhất"),
            ("organizations", "Tổ chức được nhắc nhiều nhất"),
        ):
            rows = [[_link(r["name"] or r["e"], local_path(r["e"])), _e(r["docs"])] for r in data["top"][kind]]
            body += f'<h2>{heading}</h2><div id="top-{kind}">' + _table(["tên", "số bài"], rows) + "</div>"
        built = [[_e(r["settings"]), _e(r["documents"])] for r in data["built_with"]]
        body += (
            '<h2>Thiết lập khi xây dựng</h2><div id="built-with">' + _table(["thiết lập", "số bài"], built) + "</div>"
        )
        return _frame(page.title, body)
    if page.kind == "search":
        kinds = {"person": "người", "organization": "tổ chức"}
        items = "".join(
            f'<li>{_link(r["label"], r["path"])} <span class="muted">({kinds.get(r["type"], r["type"])})</span></li>'
            for r in data["results"]
        )
        prompt = "Nhập tên một người hoặc một tổ chức vào ô tìm kiếm."
        empty = "Không tìm thấy." if data["query"] else prompt
        body = f'<ul class="results">{items}</ul>' if items else f'<p class="muted">{empty}</p>'
        return _frame(page.title, body, data["query"])
    if page.kind == "person":
        tenures = [
            [_e(t["role"]), _link(t["orgName"] or t["org"], t["org_path"]), _e(t["begin"]), _e(t["end"])]
            for t in data["tenures"]
        ]
        statements = [
            [
                _e(s["role"]),
                _link(s["orgName"], s["org_path"]) if s["org"] else "",
                _e(s["status"]),
                _link(
                    s["anchor"] or s["docId"],
                    f"{s['doc_path']}#{s['sentence_anchor']}" if s["sentence_anchor"] else s["doc_path"],
                ),
                _e(s["date"]),
            ]
            for s in data["statements"][:STATEMENTS]
        ]
        more = len(data["statements"]) - STATEMENTS
        body = (
            f'<p class="muted">{_e(data["iri"])}</p>'
            + ("<p>Còn viết: " + ", ".join(_e(n) for n in data["names"][1:]) + "</p>" if len(data["names"]) > 1 else "")
            + (
                '<p id="ranks">Danh xưng, cấp bậc, học hàm: ' + ", ".join(_e(r) for r in data["ranks"]) + "</p>"
                if data["ranks"]
                else ""
            )
            + '<h2>Chức vụ theo thời gian</h2><div id="timeline">'
            + _table(["chức vụ", "tổ chức", "từ", "đến"], tenures)
            + '</div><h2>Các câu nêu chức vụ</h2><div id="statements">'
            + _table(["chức vụ", "tổ chức", "trạng thái", "câu", "ngày bài"], statements)
            + (
                f'<p class="muted">… và {more} câu nữa (truy vấn <code>timeline</code> cho tất cả)</p>'
                if more > 0
                else ""
            )
            + "</div>"
            + _links(data["links"])
            + _documents_html(data["documents"])
        )
        return _frame(page.title, body)
    if page.kind == "organization":

        def people(rows: list[dict[str, str]]) -> str:
            return _table(
                ["người", "chức vụ", "từ", "đến"],
                [[_link(r["person"], r["path"]), _e(r["role"]), _e(r["begin"]), _e(r["end"])] for r in rows],
            )

        body = (
            f'<p class="muted">{_e(data["iri"])}</p>'
            + ("<p>Còn viết: " + ", ".join(_e(n) for n in data["names"][1:]) + "</p>" if len(data["names"]) > 1 else "")
            + "<h2>Sơ đồ tổ chức</h2>"
            + _chart(page.title, data)
            + '<h2>Đang giữ chức vụ</h2><div id="current">'
            + people(data["current"])
            + '</div><h2>Đã giữ chức vụ</h2><div id="former">'
            + people(data["former"])
            + "</div>"
            + _links(data["links"])
            + _documents_html(data["documents"])
        )
        return _frame(page.title, body)
    if page.kind == "document":
        paragraphs = []
        for sentence in data["sentences"]:
            text, marks, out, at = sentence["text"], sentence["marks"], [], 0
            for begin, end, kind, target in marks:
                if begin < at:
                    continue
                out.append(_e(text[at:begin]))
                inner = _link(text[begin:end], local_path(target))
                out.append(f'<mark class="{_e(kind)}" data-iri="{_e(target)}">{inner}</mark>')
                at = end
            out.append(_e(text[at:]))
            paragraphs.append(f'<p class="sentence" id="{_e(sentence["id"])}">{"".join(out)}</p>')
        body = (
            f'<p class="muted">{_e(data["id"])} · {_e(data["date"])} · '
            '<mark class="person">người</mark> <mark class="role">chức vụ</mark> '
            '<mark class="organization">tổ chức</mark></p>' + '<article id="text">' + "".join(paragraphs) + "</article>"
        )
        return _frame(page.title, body)
    if page.kind == "resource":
        rows = [
            [_e(r["p"]), _link(r["o"], local_path(r["o"]) or r["o"]) if r["iri"] else _e(r["o"])]
            for r in data["statements"]
        ]
        return _frame(page.title, f'<p class="muted">{_e(data["iri"])}</p>' + _table(["thuộc tính", "giá trị"], rows))
    raise ValueError(f"unknown page kind {page.kind!r}")


def suggestions(store: BaseStore, text: str) -> bytes:
    """The first names a search would give, as JSON, for the search box."""
    return json.dumps(search(store, text, SUGGESTIONS).data["results"], ensure_ascii=False).encode("utf-8")

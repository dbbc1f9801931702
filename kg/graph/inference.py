"""Inference that queries can rely on, materialized: the organization hierarchy and the memberships it implies.

Articles assert only an organization's immediate parent (``org:subOrganizationOf``: "Vụ Địa phương 2, Ban Tổ chức
Trung ương"). Questions such as "who works anywhere under Ban Tổ chức Trung ương?" need the whole hierarchy, so
after every build and removal (`kg.pipeline`) the store gets, in one named graph of its own
(`kg.graph.iri.HIERARCHY_GRAPH`), rewritten as a whole each time:

- ``org:transitiveSubOrganizationOf``: every organization with every organization above it (W3C ORG's transitive
  super-property of ``org:subOrganizationOf``);
- ``org:memberOf``: every person with the organization of each of their memberships and every organization
  above it (ORG's shortcut for "member, role unspecified"; memberships of any status, as the articles state them);
- ``kg:labelKey``: each name of each organization in lower case, as written, with its abbreviations spelt out and in
  its usual short forms ("Sở TN&MT"), and its preferred name, so that finding one by name is a lookup whichever way
  it is written; ``kg:roleKey``: each written form of each role in lower case, for the same reason;
- ``skos:prefLabel``: one per role (graph `kg.graph.iri.LABELS_GRAPH`), the form most of its articles write, with a
  capital if any writes one ("Bộ trưởng"), so that pages and queries read a role's name once instead of once per
  article that repeats it;
- ``foaf:name``: each name of each person once (graph `kg.graph.iri.LABELS_GRAPH`), so that a query that starts
  from a name does not read it once per article;
- ``skos:prefLabel``: one per organization (graph `kg.graph.iri.LABELS_GRAPH`): for a body of the authority list
  (`kg.graph.authority`) its official name; for any other, its name with every known abbreviation spelt out, the form
  most of its articles give (then the longest, then the first in code-point order), so that "Sở NN&PTNT Hà Nội"
  and "Sở NN&PTNT TP Hà Nội", one body, show one name whichever article came first;
- ``kg:articleCount``, ``kg:writtenForms`` and ``kg:articleRank``: per organization (graph
  `kg.graph.iri.LABELS_GRAPH`), how many articles name it, the forms they write (the most written first) and its
  place in the list of bodies by articles, so that the `organization-forms` query reads one summary per body
  instead of grouping every article's labels, and sorts on one integer;
- for each body of the authority list the store names (graph `kg.graph.iri.AUTHORITY_GRAPH`): its official name
  (``rdfs:label``), its other names (``skos:altLabel``) and the bodies above it (``org:subOrganizationOf``, up to
  the top), so that "Sở Y tế tỉnh Hà Giang" sits under "Ủy ban nhân dân tỉnh Hà Giang" though no article says so.

Materializing (rather than ``org:subOrganizationOf*`` in each query) keeps queries simple and fast, works on any
SPARQL store (the closure is computed in Python from the asserted edges), and gives other tools the inferred facts
in exports. It is a function of the asserted graph only, so the same documents give the same triples whatever order
they were built in.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence, cast

import pyoxigraph as ox

from kg.graph import iri
from kg.graph.authority import load_aliases, load_authority
from kg.graph.tenures import refresh_tenures
from kg.language.lexicon import load_lexicon
from kg.language.text import expand_abbreviations, fold, name_lookup_forms, slug
from kg.namespaces import DATA_BASE, KG
from kg.store.base import BaseStore

_PREF_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

# The asserted edges; the closure is computed here, not by a property path (`org:subOrganizationOf+` with neither
# end bound), which some SPARQL servers refuse (Virtuoso: "transitive start not given").
_PARENTS = "SELECT DISTINCT ?org ?parent WHERE { ?org org:subOrganizationOf ?parent }"
_MEMBERS = (
    "SELECT DISTINCT ?person ?org WHERE { ?membership a org:Membership ; org:member ?person ; org:organization ?org }"
)


# Labels are read inside each document's graph (the union repeats them once per document that names the entity).
_LABELS = """
SELECT DISTINCT ?org ?label WHERE { GRAPH ?g { ?org a org:Organization ; rdfs:label|skos:altLabel ?label } }
"""


def label_key_triples(store: BaseStore, preferred: Sequence[ox.Triple] = ()) -> list[ox.Triple]:
    """Each name of each organization in the lower-case forms a reader may look it up by (as written, abbreviations
    spelt out, the usual short forms: `kg.language.text.name_lookup_forms`), its preferred name among them; and
    each written form of each role in lower case (`kg:roleKey`), so that the named queries find a post's role and
    body by index lookups."""
    key, role_key = ox.NamedNode(str(KG.labelKey)), ox.NamedNode(str(KG.roleKey))
    found: set[ox.Triple] = set()
    for row in store.select(_LABELS):
        for form in name_lookup_forms(row["label"].value):
            found.add(ox.Triple(row["org"], key, ox.Literal(form)))
    for triple in preferred:  # the organizations' preferred names: "Ủy ban nhân dân tỉnh Quảng Trị" for "UBND …"
        if isinstance(triple.subject, ox.NamedNode) and isinstance(triple.object, ox.Literal):
            found.add(ox.Triple(triple.subject, key, ox.Literal(triple.object.value.lower())))
    for row in store.select(_ROLE_FORMS):
        found.add(ox.Triple(row["role"], role_key, ox.Literal(row["label"].value.lower())))
    return sorted(found, key=str)


# every form any article writes of each role (read inside each graph, as the labels are)
_ROLE_FORMS = "SELECT DISTINCT ?role ?label WHERE { GRAPH ?g { ?role a org:Role ; skos:prefLabel ?label } }"


_ORG_LABELS = """
SELECT ?org ?g ?label WHERE { GRAPH ?g { ?org a org:Organization ; rdfs:label ?label } }
"""
# how many articles write each label of each role (inside each graph: a join over the union would pair every
# article's type triple with every article's label)
_ROLE_LABELS = """
SELECT ?role ?label (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?role a org:Role ; skos:prefLabel ?label } }
GROUP BY ?role ?label
"""


@dataclass
class InferenceSummary:
    sub_organizations: int = 0  # org:transitiveSubOrganizationOf triples
    member_of: int = 0  # org:memberOf triples
    label_keys: int = 0  # kg:labelKey triples
    preferred_labels: int = 0  # skos:prefLabel triples, one per organization and one per role


_ORG_IRIS = (
    f"SELECT DISTINCT ?org WHERE {{ GRAPH ?g {{ ?org a org:Organization }} FILTER(?g != <{iri.AUTHORITY_GRAPH}>) }}"
)
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_ORGANIZATION = ox.NamedNode("http://www.w3.org/ns/org#Organization")
_SUB_ORGANIZATION_OF = ox.NamedNode("http://www.w3.org/ns/org#subOrganizationOf")
_TRANSITIVE = ox.NamedNode("http://www.w3.org/ns/org#transitiveSubOrganizationOf")
_MEMBER_OF = ox.NamedNode("http://www.w3.org/ns/org#memberOf")
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_ORG_BASE = f"{DATA_BASE}org/"


def authority_triples(store: BaseStore) -> list[ox.Triple]:
    """What the authority list says of the bodies the store's articles name (see the module's docstring)."""
    bodies = load_authority()
    out: set[ox.Triple] = set()
    for row in store.select(_ORG_IRIS):
        body = bodies.body_of_iri(row["org"].value)
        chain = [body] + bodies.ancestors(body) if body is not None else []
        for lower, upper in zip(chain, chain[1:] + [None]):
            node = ox.NamedNode(str(iri.organization(lower.key)))
            out.add(ox.Triple(node, _RDF_TYPE, _ORGANIZATION))
            out.add(ox.Triple(node, _RDFS_LABEL, ox.Literal(lower.name, language="vi")))
            out |= {ox.Triple(node, _ALT_LABEL, ox.Literal(alias, language="vi")) for alias in lower.aliases}
            if upper is not None:
                out.add(ox.Triple(node, _SUB_ORGANIZATION_OF, ox.NamedNode(str(iri.organization(upper.key)))))
    return sorted(out, key=str)


def _completed(node: str, label: str) -> str:
    """The label with what identity added to the written name: the country of a national body the text places
    abroad ("Bộ Chính trị" of a story about Laos is "Bộ Chính trị Lào"), the unit a title names ("Tư pháp" after
    "Bộ trưởng" is "Bộ Tư pháp"). Read from the IRI, whose readable part is the identity key's own name."""
    readable = node[len(_ORG_BASE) :].rsplit("-", 1)[0] if node.startswith(_ORG_BASE) else ""
    written = slug(label, limit=200)
    countries, units = _slugged_completions()
    if readable.startswith(written + "-"):
        country = countries.get(readable[len(written) + 1 :])
        return f"{label} {country}" if country else label
    if readable.endswith("-" + written):
        unit = units.get(readable[: -len(written) - 1])
        return f"{unit} {label}" if unit else label
    return label


@lru_cache(maxsize=1)
def _slugged_completions() -> tuple[dict[str, str], dict[str, str]]:
    """The countries and the units identity may add to a name, by their slug as IRIs write them."""
    lexicon = load_lexicon()
    return {slug(c): c for c in lexicon.country_names_list}, {slug(u): u for _, u in lexicon.role_units}


def _most_written(counts: Counter[str]) -> str:
    """The name the most articles write, letter case aside; of its case variants, the one with the most capitalised
    words ("Tuổi Trẻ", not the common noun "Tuổi trẻ" some articles write): a proper name loses nothing by them."""
    group = min(_case_variants(counts), key=lambda g: (-sum(g.values()), -len(next(iter(g))), min(g)))
    return min(group, key=lambda name: (-_proper_capitals(name), -group[name], name))


def _case_variants(counts: Counter[str]) -> list[Counter[str]]:
    """The written forms grouped by their lower case, each group with its forms' counts."""
    by_case: dict[str, Counter[str]] = defaultdict(Counter)
    for name, count in counts.items():
        by_case[name.lower()][name] = count
    return list(by_case.values())


def _proper_capitals(name: str) -> int:
    """Capitalised words of the name proper: not the rest of its head word ("Hiệp Hội") nor a level word ("Bệnh viện
    Đa khoa Tỉnh Hòa Bình"), which the articles that spell the body best write in lower case."""
    lexicon = load_lexicon()
    words = name.split()
    folded = [fold(w) for w in words]
    head = lexicon.org_heads.match(folded, 0)
    skip = set(range(1, head[0])) if head is not None else set()
    for start in range(len(words)):
        level = lexicon.place_types.match(folded, start)
        if level is not None:
            skip |= set(range(start, level[0]))
    return sum(word[:1].isupper() for index, word in enumerate(words) if index not in skip)


_ARTICLE_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?d a schema:NewsArticle } }"
_ARTICLE_COUNT = ox.NamedNode(str(KG.articleCount))
_WRITTEN_FORMS = ox.NamedNode(str(KG.writtenForms))
_ARTICLE_RANK = ox.NamedNode(str(KG.articleRank))


def canonical_labels(store: BaseStore) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """One skos:prefLabel per organization, from the authority list or the labels its articles give it (see the
    module's docstring); and each organization's summary (kg:articleCount, kg:writtenForms, kg:articleRank)."""
    bodies = load_authority()
    alias_names = {str(iri.organization(key)): name for key, name in load_aliases().names.items()}
    articles = {row["g"].value for row in store.select(_ARTICLE_GRAPHS)}
    votes: dict[ox.NamedNode, Counter[str]] = defaultdict(Counter)
    written: dict[ox.NamedNode, Counter[str]] = defaultdict(Counter)  # each form, by the articles that write it
    named_in: dict[ox.NamedNode, set[str]] = defaultdict(set)
    seen: set[tuple[str, str, str]] = set()
    for row in store.select(_ORG_LABELS):
        org, graph, label = row["org"], row["g"], row["label"]
        if (org.value, graph.value, label.value) in seen:
            continue
        seen.add((org.value, graph.value, label.value))
        votes[org][expand_abbreviations(label.value, extended=True)] += 1
        if graph.value in articles:
            written[org][label.value] += 1
            named_in[org].add(graph.value)
    out = []
    preferred: dict[ox.NamedNode, str] = {}
    for org, counts in votes.items():
        body = bodies.body_of_iri(org.value)
        best = body.name if body is not None else _most_written(counts)
        if body is None and org.value in alias_names:  # "Sacombank": the full name the articles define it by
            best = expand_abbreviations(alias_names[org.value], extended=True)
        if body is None:
            best = _completed(org.value, best)
            best = best[:1].upper() + best[1:]  # a body's name begins with a capital: "quân đội Mỹ" -> "Quân đội Mỹ"
        out.append(ox.Triple(org, _PREF_LABEL, ox.Literal(best, language="vi")))
        preferred[org] = best
    summaries = []
    # the most named first, then by preferred name and IRI: a rank the query sorts on (an integer sorts at once
    # where Oxigraph compares strings slowly)
    ranked = sorted(written, key=lambda org: (-len(named_in[org]), preferred.get(org, ""), org.value))
    for rank, org in enumerate(ranked, 1):
        forms = written[org]
        ordered = sorted(forms, key=lambda form: (-forms[form], form))
        summaries.append(ox.Triple(org, _ARTICLE_COUNT, ox.Literal(str(len(named_in[org])), datatype=_INTEGER)))
        summaries.append(ox.Triple(org, _WRITTEN_FORMS, ox.Literal(" | ".join(ordered))))
        summaries.append(ox.Triple(org, _ARTICLE_RANK, ox.Literal(str(rank), datatype=_INTEGER)))
    return sorted(out, key=str), sorted(summaries, key=str)


def role_labels(store: BaseStore) -> list[ox.Triple]:
    """One skos:prefLabel per role: of the labels its articles give it, letter case aside the one most of them
    write, capitalised where one of them capitalises it."""
    votes: dict[ox.NamedNode, Counter[str]] = defaultdict(Counter)
    for row in store.select(_ROLE_LABELS):
        votes[row["role"]][row["label"].value] += int(row["n"].value)
    out = []
    for role, counts in votes.items():
        group = min(_case_variants(counts), key=lambda g: (-sum(g.values()), min(g)))
        # capitalised first; then the form the most articles write; then, of forms written equally often, the one
        # with the fewest capitals ("Bộ trưởng" before "Bộ Trưởng")
        best = max(group, key=lambda label: (label[:1].isupper(), group[label], label))
        out.append(ox.Triple(role, _PREF_LABEL, ox.Literal(best, language="vi")))
    return sorted(out, key=str)


_PERSON_NAMES = "SELECT DISTINCT ?person ?name WHERE { GRAPH ?g { ?person a foaf:Person ; foaf:name ?name } }"
_FOAF_NAME = ox.NamedNode("http://xmlns.com/foaf/0.1/name")


def person_names(store: BaseStore) -> list[ox.Triple]:
    """Each name of each person once (graph `kg.graph.iri.LABELS_GRAPH`): every article that names someone writes
    the name again in its own graph, so a query that starts from a name reads it here, once, instead of once per
    article ("Nguyễn Xuân Phúc": 600 articles)."""
    return sorted({ox.Triple(row["person"], _FOAF_NAME, row["name"]) for row in store.select(_PERSON_NAMES)}, key=str)


def hierarchy_triples(store: BaseStore) -> tuple[list[ox.Triple], list[ox.Triple]]:
    """The inferred triples (closure, memberships) computed from what the store asserts, without writing them."""
    # The hierarchy graph holds no org:subOrganizationOf or org:Membership: reading the union ignores its old state.
    parents: defaultdict[ox.NamedNode, set[ox.NamedNode]] = defaultdict(set)
    for row in store.select(_PARENTS):
        if isinstance(row["org"], ox.NamedNode) and isinstance(row["parent"], ox.NamedNode):
            parents[row["org"]].add(row["parent"])
    ancestors: dict[ox.NamedNode, set[ox.NamedNode]] = {}

    def above(org: ox.NamedNode) -> set[ox.NamedNode]:
        """Every body above `org` (a cycle, which the SHACL shapes report, never makes a body its own ancestor)."""
        if org not in ancestors:
            seen: set[ox.NamedNode] = set()
            todo = list(parents.get(org, ()))
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(parents.get(node, ()))
            seen.discard(org)
            ancestors[org] = seen
        return ancestors[org]

    closure = sorted({ox.Triple(org, _TRANSITIVE, up) for org in list(parents) for up in above(org)}, key=str)
    member_of = {
        ox.Triple(row["person"], _MEMBER_OF, unit)
        for row in store.select(_MEMBERS)
        if isinstance(row["org"], ox.NamedNode)
        for unit in ({row["org"]} | above(row["org"]))
    }
    return closure, sorted(member_of, key=str)


def refresh_inferences(store: BaseStore) -> InferenceSummary:
    """Recomputes the materialized hierarchy and rewrites its named graph (removed when there is nothing to infer)."""
    authority = authority_triples(store)
    # pyoxigraph's serialize returns the bytes when given no output
    authority_data = cast(
        bytes,
        ox.serialize(
            (ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(str(iri.AUTHORITY_GRAPH))) for t in authority),
            format=ox.RdfFormat.N_QUADS,
        ),
    )
    store.replace_graphs({str(iri.AUTHORITY_GRAPH): authority_data})
    closure, member_of = hierarchy_triples(store)
    organization_labels, organization_summaries = canonical_labels(store)
    preferred = organization_labels + role_labels(store)
    labels = preferred + organization_summaries + person_names(store)
    label_keys = label_key_triples(store, organization_labels) if closure or member_of else []
    graph = ox.NamedNode(str(iri.HIERARCHY_GRAPH))
    data = cast(
        bytes,
        ox.serialize(
            (ox.Quad(t.subject, t.predicate, t.object, graph) for t in closure + member_of + label_keys),
            format=ox.RdfFormat.N_QUADS,
        ),
    )
    labels_graph = ox.NamedNode(str(iri.LABELS_GRAPH))
    labels_data = cast(
        bytes,
        ox.serialize(
            (ox.Quad(t.subject, t.predicate, t.object, labels_graph) for t in labels), format=ox.RdfFormat.N_QUADS
        ),
    )
    store.replace_graphs({str(iri.HIERARCHY_GRAPH): data, str(iri.LABELS_GRAPH): labels_data})
    refresh_tenures(store)
    return InferenceSummary(
        sub_organizations=len(closure),
        member_of=len(member_of),
        label_keys=len(label_keys),
        preferred_labels=len(preferred),
    )

"""Who is the same person across articles: a pass over the whole store after every build or removal.

Each article gives, for every person it names, a mention with the name's canonical key and the anchors the article
offers (the province of their posts, a national body, a national title: see `kg.extract.resolve.person_anchors`). Mentions
of one name that share an anchor, directly or through other mentions, are one person (union-find); a mention with
no anchor joins the only person of that name the store knows with posts, if that person is prominent and the
article names something of theirs (a province or a body of their posts: `kg:contextEvidence`) or the name is not a
Vietnamese one ("Tập Cận Bình", "Hillary Clinton": no namesake to fear), or that person is a national leader and the
article names a public body of the authority list, and else stays a person of its own article (a name with the body
its bearer works in written after it, "Bà X, Phòng Y (Sở Z)", is anchored to that body); a namesake with posts in one or two articles joins that prominent person the same way when its posts are
in no other province. Each person's IRI comes from its name and the smallest anchor of its
group, so the result depends only on which articles are in the store, never on the order they came in. Articles
whose persons changed IRI are rewritten in place; the decisions (which two mentions, on what shared anchor) are
rewritten into the graph <https://w3id.org/vnkg/id/graph/identity>. Then `kg.graph.org_identity` joins each body an
article leaves without its place ("Bí thư Thành ủy Đinh La Thăng" in an article naming several provinces) to the one
body its holder holds posts in elsewhere.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.graph import iri
from kg.graph.authority import load_authority
from kg.graph.org_identity import plan_scoped_organizations
from kg.language.lexicon import load_lexicon
from kg.language.names import name_key
from kg.language.text import is_roman_numeral_word, is_vietnamese_syllable
from kg.namespaces import KG, RDF
from kg.store.base import BaseStore, Triple

_IDENTITY = ox.NamedNode(str(iri.IDENTITY_GRAPH))
_MENTIONS = f"""
SELECT ?g ?m ?p ?key ?doc ?e WHERE {{
  GRAPH ?g {{
    ?m a kg:Mention ; kg:denotes ?p ; kg:nameKey ?key ; nif:referenceContext ?d .
    ?d dcterms:identifier ?doc .
    OPTIONAL {{ ?m kg:identityEvidence ?e }}
  }}
  FILTER(?g != {_IDENTITY})
}}
"""

_CONTEXT = f"""
SELECT ?g ?c WHERE {{ GRAPH ?g {{ ?d a schema:NewsArticle ; kg:contextEvidence ?c }} FILTER(?g != {_IDENTITY}) }}
"""


@dataclass
class IdentitySummary:
    mentions: int = 0
    persons: int = 0
    merged_persons: int = 0  # persons named in two or more articles
    rewritten: int = 0  # person IRIs changed in an article
    joined_organizations: int = 0  # article-scoped bodies joined to the body their holders hold posts in elsewhere


@dataclass
class _Mention:
    graph: str
    node: str
    person: str
    key: str
    doc: str
    anchors: list[str]
    context: list[str]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True


def _mentions(store: BaseStore) -> list[_Mention]:
    found: dict[str, _Mention] = {}
    for row in store.select(_MENTIONS):
        node = row["m"].value
        mention = found.get(node)
        if mention is None:
            mention = found[node] = _Mention(
                row["g"].value, node, row["p"].value, row["key"].value, row["doc"].value, [], []
            )
        if row["e"] is not None:
            mention.anchors.append(row["e"].value)
    clues: dict[str, list[str]] = defaultdict(list)
    for row in store.select(_CONTEXT):
        clues[row["g"].value].append(row["c"].value)
    for mention in found.values():
        mention.context = clues.get(mention.graph, [])
    return sorted(found.values(), key=lambda m: (m.key, m.graph, m.node))


PROMINENT = 5  # articles with a post that make a person the one an untitled mention of their name refers to
DOMINANT = 4  # ... and how many times more articles than any other person of that name
SMALL = 2  # articles at most of a namesake with posts that may join the prominent person on shared context


def _attach_unanchored(mentions: list[_Mention], groups: _UnionFind, decisions: list) -> None:
    """An article naming someone without a post ("ông Đinh La Thăng") refers to the person of that name the store
    knows with posts in several articles, when no other person of that name comes close (four times fewer
    articles at most) and the article names a province or a body of that person's posts. Otherwise (a namesake
    with no tie to them: an assailant, a lawyer, a travel writer), or when that person is rarely seen, the mention
    stays in its own article."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        by_name[mention.key].append(mention)
    for key, group in by_name.items():
        anchored: dict[str, set[str]] = defaultdict(set)
        for mention in group:
            if mention.anchors:
                anchored[groups.find(mention.node)].add(mention.graph)
        if not anchored:
            continue
        ranked = sorted(anchored.items(), key=lambda item: (-len(item[1]), item[0]))
        root, graphs = ranked[0]
        runner_up = len(ranked[1][1]) if len(ranked) > 1 else 0
        if len(graphs) < PROMINENT or len(graphs) < DOMINANT * runner_up:
            continue
        target = next(m for m in group if groups.find(m.node) == root)
        anchor_articles: dict[str, set[str]] = defaultdict(set)  # each anchor of the person: the articles giving it
        for member in group:
            if groups.find(member.node) == root:
                for anchor in member.anchors:
                    anchor_articles[anchor].add(member.graph)
        own_anchors = set(anchor_articles)
        own_places = {a for a in own_anchors if a.startswith("place:")}
        ties = _ties(own_anchors)
        distinctive = _distinctive(key)
        # a leader only when most of the person's articles say so: one misread title ("Thủ tướng" next to a
        # minister's name) must not make every namesake the minister
        leader = _national_leader(
            {a for a, seen in anchor_articles.items() if len(seen) >= PROMINENT and 2 * len(seen) >= len(graphs)}
        )
        for mention in group:
            if mention.anchors:
                continue
            shared = (
                sorted(ties & set(mention.context))
                or (["distinctive-name"] if distinctive else [])
                or ([f"national-leader:{leader}"] if leader and _speaks_of_the_state(mention) else [])
            )
            if shared and groups.union(root, mention.node):
                decisions.append((target, mention, f"only-person-with-posts:{len(graphs)}-articles;{shared[0]}"))
        for other, other_graphs in ranked[1:]:
            # a namesake seen with posts in one or two articles that speak of the prominent person's places or
            # bodies, and whose own posts are in no other province: the prominent person in a post not yet known
            # to the store ("Chủ tịch Quốc hội" elsewhere, "đại biểu Quốc hội tỉnh Cần Thơ" here)
            members = [m for m in group if groups.find(m.node) == other]
            if len(other_graphs) > SMALL or not members:
                continue
            places = {a for m in members for a in m.anchors if a.startswith("place:")}
            if places and own_places and not places & own_places:
                continue
            shared = (
                sorted(ties & {c for m in members for c in m.context})
                or (["distinctive-name"] if distinctive and not places else [])
                or ([f"national-leader:{leader}"] if leader and not places else [])
            )
            if shared and groups.union(root, other):
                decisions.append((target, members[0], f"prominent-namesake:{len(graphs)}-articles;{shared[0]}"))


def _speaks_of_the_state(mention: _Mention) -> bool:
    """The article names a public body of the authority list: a national leader's name written bare there is the
    leader; in a list of travel books' authors ("Nguyễn Thị Kim Ngân") it is a namesake."""
    return any(clue.startswith("body:" + iri.AUTHORITY_PREFIX) for clue in mention.context)


def _join_foreign_names(mentions: list[_Mention], groups: _UnionFind, decisions: list) -> None:
    """Every mention of a name spelt the foreign way ("Hillary Clinton", "Kim Jong-un": a word that is no
    Vietnamese syllable) is one person, with or without a post in its article: Vietnamese news has no namesakes
    of these to fear, and a post is often written in one article only."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        if _foreign_spelled(mention.key):
            by_name[mention.key].append(mention)
    for group in by_name.values():
        first = group[0]
        for mention in group[1:]:
            if groups.union(first.node, mention.node):
                decisions.append((first, mention, "foreign-name"))


def _foreign_spelled(key: str) -> bool:
    words = key.split()
    if len(words) < 2 or len(words[-1].strip(".")) == 1:
        return False  # "Nguyễn Văn H": a name cut to an initial hides who it is
    # "quý iv": a numeral, no foreign spelling
    return any(len(w.strip(".")) > 1 and not is_vietnamese_syllable(w) and not is_roman_numeral_word(w) for w in words)


def _national_leader(anchors: set[str]) -> str:
    """The national post with one holder at a time that a person's posts include ("tổng bí thư", "chủ tịch quốc
    hội"): the news names such a leader without the title too ("ông Nguyễn Phú Trọng"), and a namesake is rare."""
    unique = load_lexicon().unique_titles
    bodies = load_authority()
    for anchor in sorted(anchors):
        kind, _, value = anchor.partition(":")
        if kind == "title" and value in unique:
            return value
        if kind == "post" and "@" in value:
            role, _, org = value.partition("@")
            body = bodies.body_of_key(org)
            title = f"{role} {name_key(body.name)}" if body is not None and not body.country else ""
            if title in unique:
                return title
    return ""


def _distinctive(key: str) -> bool:
    """A name no Vietnamese namesake is likely to share: it does not begin with a Vietnamese family name ("tập cận
    bình", "hillary clinton") and has two syllables or more."""
    words = key.split()
    return len(words) >= 2 and words[0] not in load_lexicon().vietnamese_surnames


def _ties(anchors: set[str]) -> set[str]:
    """What an article must name to speak of the person with these anchors: a province of theirs, a body of theirs
    ("body:…", or the body of a post "post:bộ trưởng@bộ công an")."""
    out = {a for a in anchors if a.startswith(("place:", "body:"))}
    out |= {"body:" + a.split("@", 1)[1] for a in anchors if a.startswith("post:") and "@" in a}
    return out


def _documents_state(store: BaseStore) -> str:
    """A digest of which documents, in which version, the store holds: what the identity pass depends on."""
    hashes = sorted(store.content_hashes().items())
    return hashlib.sha256("\n".join(f"{i}\t{h}" for i, h in hashes).encode("utf-8")).hexdigest() if hashes else ""


def _recorded_state(store: BaseStore) -> str:
    rows = list(store.select(f"SELECT ?state WHERE {{ GRAPH {_IDENTITY} {{ {_IDENTITY} kg:contentHash ?state }} }}"))
    return rows[0]["state"].value if rows else ""


def ensure_identities(store: BaseStore) -> Optional[IdentitySummary]:
    """Runs the identity pass unless it already ran on exactly the documents the store holds.

    Checking the store rather than what this run changed means that a build interrupted between writing its
    documents and the identity pass is completed by the next run, even when that run has nothing else to do.
    """
    state = _documents_state(store)
    if state == _recorded_state(store):
        return None
    return resolve_identities(store, state)


def resolve_identities(store: BaseStore, state: Optional[str] = None) -> IdentitySummary:
    """Groups mentions into persons over the whole store, rewrites changed articles and the decision graph."""
    mentions = _mentions(store)
    groups = _UnionFind()
    decisions: list[tuple[_Mention, _Mention, str]] = []
    first_with_anchor: dict[tuple[str, str], _Mention] = {}
    for mention in mentions:
        groups.find(mention.node)
        for anchor in sorted(set(mention.anchors)):
            other = first_with_anchor.setdefault((mention.key, anchor), mention)
            if other is not mention and groups.union(other.node, mention.node):
                decisions.append((other, mention, anchor))
    _attach_unanchored(mentions, groups, decisions)
    _join_foreign_names(mentions, groups, decisions)
    members: dict[str, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        members[groups.find(mention.node)].append(mention)
    canonical: dict[str, str] = {}
    for group in members.values():
        anchors = sorted({a for m in group for a in m.anchors})
        for m in group:
            # a person of its own article gets back its article-scoped IRI, whatever an earlier pass gave it
            if anchors:
                canonical[m.node] = str(iri.person(f"{m.key}|{anchors[0]}"))
            elif len({other.doc for other in group}) > 1:  # a foreign name named in several articles, never with a post
                canonical[m.node] = str(iri.person(f"{m.key}|name"))
            else:
                canonical[m.node] = str(iri.person(f"{m.key}|doc:{m.doc}"))

    summary = IdentitySummary(mentions=len(mentions))
    renames: list[tuple[str, str, str]] = []
    for mention in mentions:
        target = canonical[mention.node]
        if target != mention.person:
            renames.append((mention.graph, mention.person, target))
            summary.rewritten += 1
    store.rename_nodes(renames)
    persons_docs: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        persons_docs[canonical[mention.node]].add(mention.graph)
    summary.persons = len(persons_docs)
    summary.merged_persons = sum(1 for docs in persons_docs.values() if len(docs) > 1)

    triples: list[Triple] = []
    for a, b, anchor in decisions:
        if a.graph == b.graph:
            continue
        node = iri.merge_decision(a.node, b.node)
        triples += [
            (node, RDF.type, KG.MergeDecision),
            (node, KG.mergedMention, URIRef(a.node)),
            (node, KG.mergedMention, URIRef(b.node)),
            (node, KG.identityEvidence, Literal(anchor)),
            (node, KG.denotes, URIRef(canonical[a.node])),
        ]
    organizations = plan_scoped_organizations(store)
    summary.joined_organizations = organizations.summary.joined
    triples += organizations.triples
    # the decisions first (what a join displaced included), then the articles they rewrite, then the record that the
    # pass is complete: an interruption anywhere leaves the next pass able to finish or undo each join
    store.replace_graphs({str(iri.IDENTITY_GRAPH): triples})
    organizations.apply(store)
    state = _documents_state(store) if state is None else state
    if state:
        triples.append((iri.IDENTITY_GRAPH, KG.contentHash, Literal(state)))
        store.replace_graphs({str(iri.IDENTITY_GRAPH): triples})
    store.flush()
    return summary

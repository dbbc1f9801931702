"""Tenures: one person's holding of one post across articles, as one interval with all its evidence (issue 13).

Every article states memberships (a person, a role, an organization) and the events its sentences report
(`kg.extract.events`). After each build and removal, the memberships of one person in one role of one organization
become one tenure (`kg:Tenure`, a `time:ProperInterval`), written whole into its own graph
(`kg.graph.iri.TENURES_GRAPH`), whatever order the articles came in:

- its beginning: the earliest date of an appointment, election or transfer that concerns it, or that a sentence
  gives for it ("giữ chức … từ năm 2016", `kg:heldSince`);
- its end: the earliest date of a dismissal, resignation or retirement that concerns it, of the event that gives
  the post to someone else "in place of" its holder ("thay ông X"), of a transfer that moves its holder elsewhere
  (`kg:endsMembership`), that a sentence gives (`kg:heldUntil`), of the holder's promotion from deputy to head of
  the same body, or the day its body ceased where the authority list has it (a province merged away on 1 July 2025)
  or its level was abolished (a district's bodies: the two-level local government of 1 July 2025);
- the days its holder was observed holding it (the dates of the articles that state it as current, or as new on or
  after its beginning: an appointment announced ahead of the day it takes effect is no sight of it held), and the
  days it was observed over (articles that call it former);
- each membership points to it (`org:memberDuring`), and contradictory evidence (an end before the beginning, the
  post observed held after its end) is kept and reported (`kg:conflict`), never dropped;
- successions: the tenures of one post in time order, each with the one it follows (`kg:replaces`, and
  `kg:replacedBy` back) where an event says so ("thay ông X"), or, for a post one person holds at a time (not a
  deputy's: "Phó …", "Ủy viên …"), where both tenures have a beginning.

`kg:beginDay` and `kg:endDay` are the first day the beginning can be and the last day the end can be (a year's
beginning is 1 January, its end 31 December), so that "who held the post on this day" is a comparison of days.
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional, cast

import pyoxigraph as ox

from kg.graph import authority, iri
from kg.graph.rdf import role_iri
from kg.language.lexicon import load_lexicon
from kg.language.text import fold
from kg.namespaces import DATA_BASE, KG, ORG, RDF, TIME, XSD
from kg.store.base import BaseStore

_MEMBERSHIPS = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?m ?p ?r ?o ?status ?doc ?docDate ?since ?until ?seen WHERE { GRAPH ?g {
  ?m a org:Membership ; org:member ?p ; org:role ?r ; org:organization ?o ; kg:status ?status ;
     prov:wasDerivedFrom ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?d dcterms:date ?docDate }
  OPTIONAL { ?m kg:heldSince/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?since }
  OPTIONAL { ?m kg:heldUntil/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?until }
  OPTIONAL { ?m kg:heldOn/time:inXSDDate ?seen }
} }
"""

_EVENTS = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?e ?class ?m ?value ?replaced ?doc ?left WHERE { GRAPH ?g {
  ?e a ?class ; prov:wasDerivedFrom ?d .
  OPTIONAL { ?e kg:concerns ?m }
  OPTIONAL { ?e kg:endsMembership ?left }
  ?d dcterms:identifier ?doc .
  FILTER(?class != kg:Event)
  OPTIONAL { ?e time:hasTime ?t . ?t time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?value }
  OPTIONAL { ?e kg:replacesPerson ?replaced }
} }
"""

# Ending events that name their person but no membership ("thay ông X nghỉ hưu từ ngày 1/3"): the day X's post
# ended, when the event that replaces X is in the same article.
_PERSON_ENDS = """
PREFIX time: <http://www.w3.org/2006/time#>
SELECT ?class ?p ?value ?doc ?m WHERE { GRAPH ?g {
  ?e a ?class ; kg:concernsPerson ?p ; prov:wasDerivedFrom ?d ; time:hasTime ?t .
  VALUES ?class { kg:Dismissal kg:Resignation kg:Retirement }
  ?t time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear ?value .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?e kg:concerns ?m }
} }
"""

_BEGINS = {"Appointment", "Election", "Transfer"}
_ENDS = {"Dismissal", "Resignation", "Retirement"}
_DEPUTY_WORDS = ("phó ", "ủy viên", "thành viên", "đại biểu", "cố vấn", "trợ lý")
_ACTING = "quyền "
_DEPUTY = _DEPUTY_WORDS[0].strip()  # "phó": the deputy of the same title


def first_day(value: str) -> str:
    """The first day an ISO value of any precision can be: "2019" -> "2019-01-01", "2019-03" -> "2019-03-01"."""
    return value + "-01-01" if len(value) == 4 else value + "-01" if len(value) == 7 else value


def last_day(value: str) -> str:
    """The last day an ISO value of any precision can be: "2019" -> "2019-12-31", "2019-02" -> "2019-02-28"."""
    if len(value) == 4:
        return value + "-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        return f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    return value


def _datatype(value: str) -> ox.NamedNode:
    return ox.NamedNode(str(XSD.gYear if len(value) == 4 else XSD.gYearMonth if len(value) == 7 else XSD.date))


def _sharpest(chosen: str, values: list[str]) -> str:
    """The most precise of the values that fall within `chosen`: "giữ chức từ năm 2016" and "bầu … chiều 30-6"
    (2016-06-30) say the same beginning, the day says it better."""
    inside = [v for v in values if v.startswith(chosen)]
    return min(inside, key=lambda v: (-len(v), first_day(v))) if inside else chosen


def _time_property(value: str) -> ox.NamedNode:
    name = "inXSDgYear" if len(value) == 4 else "inXSDgYearMonth" if len(value) == 7 else "inXSDDate"
    return ox.NamedNode(str(TIME[name]))


@dataclass
class Tenure:
    person: str
    role: str
    org: str
    memberships: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)
    begins: list[str] = field(default_factory=list)  # ISO values of beginning events
    ends: list[str] = field(default_factory=list)  # ISO values of ending events
    # the days a move to another post took effect: an end unless an event that ends this post itself says when (the
    # council's dismissal of a chair moved to a ministry some days before)
    left_for: list[str] = field(default_factory=list)
    ceased: str = ""  # the day its body ceased (the authority list): the latest its end can be
    observed: set[str] = field(default_factory=set)  # article days stating it current or new
    observed_former: set[str] = field(default_factory=set)  # article days stating it former
    announced: set[str] = field(default_factory=set)  # article days stating it new (observed once it has begun)
    replaces: Optional["Tenure"] = None
    conflicts: list[str] = field(default_factory=list)

    @property
    def begin(self) -> str:
        return _sharpest(min(self.begins, key=first_day), self.begins) if self.begins else ""

    @property
    def end(self) -> str:
        ends = (self.ends or self.left_for) + ([self.ceased] if self.ceased else [])
        return _sharpest(min(ends, key=last_day), ends) if ends else ""

    @property
    def order_day(self) -> str:
        """When it began, or was first seen held: its place among the post's tenures."""
        days = [first_day(self.begin)] if self.begin else []
        return min(days + sorted(self.observed)) if days or self.observed else "9999-12-31"

    def iri(self) -> ox.NamedNode:
        digest = hashlib.sha256("|".join((self.person, self.role, self.org)).encode("utf-8")).hexdigest()[:16]
        return ox.NamedNode(f"{DATA_BASE}tenure/{digest}")


@dataclass
class TenureSummary:
    tenures: int = 0
    with_beginning: int = 0
    with_end: int = 0
    successions: int = 0
    conflicts: int = 0


def _value(term) -> str:
    return term.value if term is not None else ""


def collect_tenures(store: BaseStore) -> list[Tenure]:
    """The tenures the store's memberships and events give, in a stable order."""
    role_labels = _role_labels(store)
    tenures: dict[tuple[str, str, str], Tenure] = {}
    of_membership: dict[str, Tenure] = {}
    for row in store.select(_MEMBERSHIPS):
        key = (_value(row["p"]), _value(row["r"]), _value(row["o"]))
        tenure = tenures.setdefault(key, Tenure(*key))
        membership = _value(row["m"])
        tenure.memberships.add(membership)
        tenure.docs.add(_value(row["doc"]))
        of_membership[membership] = tenure
        if row["since"] is not None:  # "giữ chức … từ tháng 9/2018"
            tenure.begins.append(_value(row["since"]))
        if row["until"] is not None:
            tenure.ends.append(_value(row["until"]))
        if row["seen"] is not None:  # "Chủ tịch UBND tỉnh X chủ trì hội nghị" on the meeting's day
            tenure.observed.add(_value(row["seen"]))
        day = _value(row["docDate"])[:10]
        if len(day) == 10:
            status = _value(row["status"]).rsplit("#", 1)[-1]
            {"former": tenure.observed_former, "new": tenure.announced}.get(status, tenure.observed).add(day)
    replaced: list[tuple[Tenure, str, str, str]] = []  # (new holder's tenure, replaced person, date, document)
    for row in store.select(_EVENTS):
        kind = _value(row["class"]).rsplit("#", 1)[-1]
        value = _value(row["value"])
        if row["m"] is None:
            left = of_membership.get(_value(row["left"])) if row["left"] is not None else None
            if left is not None and kind in _ENDS and value:
                left.ends.append(value)  # "ông X, người đã nghỉ hưu từ ngày 1/6": the post the article gives X
            continue
        concerned = of_membership.get(_value(row["m"]))
        if concerned is None:
            continue
        if kind in _BEGINS and value:
            concerned.begins.append(value)
            left = of_membership.get(_value(row["left"]))
            if left is not None:
                left.left_for.append(value)  # "điều động ông X, Chủ tịch UBND tỉnh, giữ chức Thứ trưởng": he leaves
        elif kind in _ENDS and value:
            concerned.ends.append(value)
        if kind in _BEGINS and row["replaced"] is not None:
            replaced.append((concerned, _value(row["replaced"]), value, _value(row["doc"])))
    names = _person_names(store) if replaced else {}
    person_ends: dict[tuple[str, str], list[tuple[str, Optional[str]]]] = {}
    for r in store.select(_PERSON_ENDS) if replaced else []:
        told_of = _value(r["m"]) if r["m"] is not None else None
        person_ends.setdefault((_value(r["doc"]), _value(r["p"])), []).append((_value(r["value"]), told_of))
    for new, person, value, doc in replaced:
        # "giao ông Y quyền Giám đốc Sở, thay bà X nghỉ hưu": X was Giám đốc, not acting
        post_role = _acting_base(role_labels.get(new.role, "")) or new.role
        old: Optional[Tenure] = tenures.get((person, post_role, new.org)) or tenures.get((person, new.role, new.org))
        # "thay ông X nghỉ hưu từ ngày 1/3": X's own last day, told of no post or of this one; not "miễn nhiệm chức
        # Chủ tịch HĐND đối với ông X", another post's end
        own_ends = [
            end
            for end, post in person_ends.get((doc, person), [])
            if post is None or (old is not None and of_membership.get(post) is old)
        ]
        value = own_ends[-1] if own_ends else value
        if old is None:  # "thay ông X" where X has no post in that article: X of the same name who held this post
            same_name = [
                t
                for (holder, role, org), t in tenures.items()
                if role in (new.role, post_role)
                and org == new.org
                and holder != new.person
                and names.get(holder)
                and names.get(holder) == names.get(person)
            ]
            old = same_name[0] if len(same_name) == 1 else None
        if old is None and not any(
            holder == person and role in (new.role, post_role) and org == new.org for holder, role, org in tenures
        ):  # X held the post, though no article states it otherwise: the replacement says so
            old = tenures.setdefault((person, post_role, new.org), Tenure(person, post_role, new.org))
        if old is not None:
            new.replaces = old
            old.docs.add(doc)  # the article that ends it is evidence of it too
            if value:
                old.ends.append(value)
    bodies = authority.load_authority()
    labels = _organization_labels(store) if tenures else {}
    for tenure in tenures.values():
        body = bodies.body_of_iri(tenure.org)
        if body is not None and len(body.until) == 10:
            tenure.ceased = body.until  # "UBND tỉnh Thái Bình": no one holds its posts after the province merged
        elif body is None and _of_a_district(labels.get(tenure.org, "")):
            tenure.ceased = DISTRICT_LEVEL_ENDED  # "UBND thành phố Buôn Ma Thuột": no district level after it
    for tenure in tenures.values():
        # an article that gives the post as new shows it held, unless it was announced before it began ("bổ nhiệm
        # … kể từ ngày 1/9/2020" in an article of 28 August)
        begin = first_day(tenure.begin) if tenure.begin else ""
        tenure.observed |= {day for day in tenure.announced if day >= begin}
    ordered = [tenures[key] for key in sorted(tenures)]
    _promotions(ordered, role_labels)
    _successions(ordered, role_labels)
    for tenure in ordered:
        _check(tenure)
    return ordered


def _promotions(tenures: list[Tenure], role_labels: dict[str, str]) -> None:
    """A deputy, or one acting in the post, who becomes the head of the same body leaves the deputy's or acting post
    the day the head's begins ("ông X, Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh"; "bà Y, quyền Giám đốc
    Sở, giữ chức Giám đốc Sở"), unless something else ended it first."""
    by_holder: dict[tuple[str, str], list[tuple[str, Tenure]]] = defaultdict(list)
    for tenure in tenures:
        by_holder[(tenure.person, tenure.org)].append((role_labels.get(tenure.role, "").lower(), tenure))
    for tenure in tenures:
        label = role_labels.get(tenure.role, "").lower()
        if not tenure.begin or not label or label.startswith(_DEPUTY_WORDS) or label.startswith(_ACTING):
            continue
        # "Phó Bí thư", and "Phó Bí thư Thường trực" too: a deputy's post of the same title, however qualified
        below = [
            t
            for lower, t in by_holder[(tenure.person, tenure.org)]
            if lower == _ACTING + label or f"{lower} ".startswith(f"{_DEPUTY} {label} ")
        ]
        for deputy in below:
            if deputy.ends or (deputy.begin and first_day(deputy.begin) >= first_day(tenure.begin)):
                continue
            deputy.left_for.append(tenure.begin)
            # the article that reports the promotion names the deputy's post as the one held until then: no sight of
            # it held after its end
            promoted = first_day(tenure.begin)
            described = {day for day in deputy.observed if day >= promoted and day in tenure.observed}
            deputy.observed -= described
            deputy.observed_former |= described


def _successions(tenures: list[Tenure], role_labels: dict[str, str]) -> None:
    """A post one person holds at a time: each tenure with a beginning follows the one before it, and the first of
    them the holder last seen before it began whose tenure has no beginning or end of its own."""
    by_post: dict[tuple[str, str], list[Tenure]] = defaultdict(list)
    for tenure in tenures:
        by_post[(tenure.role, tenure.org)].append(tenure)
    for (role, _), holders in by_post.items():
        label = role_labels.get(role, "").lower()
        if not label or label.startswith(_DEPUTY_WORDS):
            continue  # "Phó Chủ tịch": several at a time, no one follows another
        begun = sorted((t for t in holders if t.begin), key=lambda t: (first_day(t.begin), t.person))
        for before, after in zip(begun, begun[1:]):
            if after.replaces is None and after.person != before.person:
                after.replaces = before
        if begun and begun[0].replaces is None:
            # "Ông Triết, Chủ tịch UBND tỉnh" in 2015, "ông Phúc giữ chức Chủ tịch UBND tỉnh từ tháng 10/2020": the
            # first holder with a beginning follows the one seen holding the post last before it began
            first = begun[0]
            seen_before = [
                t
                for t in holders
                if not t.begin
                and not (t.ends or t.left_for)  # the day its body ceased is no end of this holder's
                and t.observed
                and t.person != first.person
                and max(t.observed) < first_day(first.begin)
            ]
            if seen_before:
                first.replaces = max(seen_before, key=lambda t: (max(t.observed), t.person))


def _check(tenure: Tenure) -> None:
    """Contradictions are kept and said, never resolved by dropping evidence."""
    if tenure.begin and tenure.end and last_day(tenure.end) < first_day(tenure.begin):
        tenure.conflicts.append(f"ends ({tenure.end}) before it begins ({tenure.begin})")
    if tenure.end:
        late = sorted(day for day in tenure.observed if day > last_day(tenure.end))
        if late:
            tenure.conflicts.append(f"observed held on {late[0]}, after its end ({tenure.end})")


def _acting_base(label: str) -> str:
    """The IRI of the post an acting title stands in for ("Quyền Giám đốc": Giám đốc), else ""."""
    if not label.lower().startswith(_ACTING) or len(label) <= len(_ACTING):
        return ""
    return str(role_iri(label[len(_ACTING) :]))


def _person_names(store: BaseStore) -> dict[str, str]:
    query = "SELECT DISTINCT ?p ?n WHERE { GRAPH ?g { ?p a foaf:Person ; kg:nameKey|^kg:denotes/kg:nameKey ?n } }"
    return {_value(row["p"]): _value(row["n"]) for row in store.select(query)}


# Local government has two levels (province, commune) from this day (Luật Tổ chức chính quyền địa phương 2025): the
# People's Committees and Councils of districts, district-level towns and provincial cities, and their Party
# committees, ceased.
DISTRICT_LEVEL_ENDED = "2025-07-01"
_DISTRICT_BODY = re.compile(
    r"(?:(?:ủy ban nhân dân|hội đồng nhân dân) (?:huyện|quận|thị xã|thành phố) |(?:huyện|quận|thị) ủy |thành ủy )(.+)"
)


def _of_a_district(label: str) -> bool:
    """A district's (a district-level town's, a provincial city's) People's Committee, Council or Party committee,
    by its preferred name: "Ủy ban nhân dân huyện Krông Búk", "Thành ủy Buôn Ma Thuột"; not a province's or a
    centrally governed city's ("Thành ủy Đà Nẵng", "Ủy ban nhân dân thành phố Hà Nội")."""
    found = _DISTRICT_BODY.fullmatch(fold(label))
    if found is None:
        return False
    place = found.group(1).split()
    lexicon = load_lexicon()
    district = lexicon.districts.match(place, 0)
    province = lexicon.provinces.match(place, 0)
    return district is not None and district[0] == len(place) and not (province and province[0] == len(place))


def _organization_labels(store: BaseStore) -> dict[str, str]:
    """Each organization's preferred name (the inferred labels graph)."""
    query = f"SELECT ?o ?l WHERE {{ GRAPH <{iri.LABELS_GRAPH}> {{ ?o skos:prefLabel ?l }} }}"
    return {_value(row["o"]): _value(row["l"]) for row in store.select(query)}


def _role_labels(store: BaseStore) -> dict[str, str]:
    query = "SELECT DISTINCT ?r ?l WHERE { GRAPH ?g { ?r a org:Role ; skos:prefLabel ?l } }"
    return {_value(row["r"]): _value(row["l"]) for row in store.select(query)}


def tenure_triples(store: BaseStore) -> tuple[list[ox.Triple], TenureSummary]:
    """The triples of the tenures graph, and what they hold."""
    tenures = collect_tenures(store)
    summary = TenureSummary(tenures=len(tenures))
    followers: dict[int, list[Tenure]] = defaultdict(list)
    for tenure in tenures:
        if tenure.replaces is not None:
            followers[id(tenure.replaces)].append(tenure)
    for before in tenures:
        after = sorted(followers.get(id(before), []), key=lambda t: (t.order_day, t.person))
        followers[id(before)] = after
        if len(after) > 1:  # two holders said to follow one: both kept, the earliest as its successor
            before.conflicts.append(f"followed by {len(after)} tenures of the same post")
    out: list[ox.Triple] = []

    def node(term) -> ox.NamedNode:
        return ox.NamedNode(str(term))

    def date_literal(day: str) -> ox.Literal:
        return ox.Literal(day, datatype=node(XSD.date))

    for tenure in tenures:
        t = tenure.iri()
        out += [
            ox.Triple(t, node(RDF.type), node(KG.Tenure)),
            ox.Triple(t, node(KG.tenureOf), ox.NamedNode(tenure.person)),
            ox.Triple(t, node(KG.tenureRole), ox.NamedNode(tenure.role)),
            ox.Triple(t, node(KG.tenureOrganization), ox.NamedNode(tenure.org)),
        ]
        out += [ox.Triple(ox.NamedNode(m), node(ORG.memberDuring), t) for m in sorted(tenure.memberships)]
        out += [ox.Triple(t, node(KG.documentId), ox.Literal(doc)) for doc in sorted(tenure.docs)]
        for which, value, day in (
            ("begin", tenure.begin, first_day(tenure.begin)),
            ("end", tenure.end, last_day(tenure.end)),
        ):
            if not value:
                continue
            instant = ox.NamedNode(f"{t.value}/{which}")
            out += [
                ox.Triple(t, node(TIME.hasBeginning if which == "begin" else TIME.hasEnd), instant),
                ox.Triple(instant, node(RDF.type), node(TIME.Instant)),
                ox.Triple(instant, _time_property(value), ox.Literal(value, datatype=_datatype(value))),
                ox.Triple(t, node(KG.beginDay if which == "begin" else KG.endDay), date_literal(day)),
            ]
        out += [ox.Triple(t, node(KG.observedOn), date_literal(day)) for day in sorted(tenure.observed)]
        out += [ox.Triple(t, node(KG.observedFormerOn), date_literal(day)) for day in sorted(tenure.observed_former)]
        # summaries, so that a query on a few tenures reads them instead of grouping every tenure of the store
        out.append(ox.Triple(t, node(KG.documentIds), ox.Literal(" ".join(sorted(tenure.docs)))))
        if tenure.observed:
            out.append(ox.Triple(t, node(KG.firstObservedOn), date_literal(min(tenure.observed))))
            out.append(ox.Triple(t, node(KG.lastObservedOn), date_literal(max(tenure.observed))))
        if tenure.observed_former:
            out.append(ox.Triple(t, node(KG.lastObservedFormerOn), date_literal(max(tenure.observed_former))))
        if tenure.replaces is not None:
            out.append(ox.Triple(t, node(KG.replaces), tenure.replaces.iri()))
            if followers[id(tenure.replaces)][0] is tenure:
                out.append(ox.Triple(tenure.replaces.iri(), node(KG.replacedBy), t))
            summary.successions += 1
        out += [ox.Triple(t, node(KG.conflict), ox.Literal(text)) for text in tenure.conflicts]
        summary.with_beginning += bool(tenure.begin)
        summary.with_end += bool(tenure.end)
        summary.conflicts += len(tenure.conflicts)
    return out, summary


def refresh_tenures(store: BaseStore) -> TenureSummary:
    """Rewrites the tenures graph from the store's memberships and events."""
    triples, summary = tenure_triples(store)
    graph = ox.NamedNode(str(iri.TENURES_GRAPH))
    data = cast(
        bytes,
        ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples), format=ox.RdfFormat.N_QUADS),
    )
    store.replace_graphs({str(iri.TENURES_GRAPH): data})
    return summary

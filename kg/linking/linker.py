"""Links the people and organizations of the graph to a reference dataset in Wikidata's shape (kg.linking.reference).

Name matching alone fails in Vietnamese politics, where many officials share a name. So a name only proposes
candidates (case-, tone-placement- and Unicode-form-insensitive; close spellings such as "Phớc"/"Phước" through
rapidfuzz, at a lower score); what the news says of the person decides between them: each membership read from an
article (role, organization, place of the post, the article's date), and the words just around each mention, are
compared with each position the reference records (its label and term of office). Places that disagree ("tỉnh An
Giang" / "tỉnh Hà Tĩnh") count against, terms that cover the article's date count for. A rare name says more than a
common one; a name two reference entries bear says nothing by itself. People link only to people, organizations
only to organizations.

A score at or above the threshold gives `owl:sameAs`; a lower but plausible one `skos:closeMatch`; a best candidate
that another one comes close to gives nothing. Each link is recorded as an `owl:Axiom` with `sssom:confidence`
(the score), `kg:linkEvidence` (what matched, readable) and `prov:wasDerivedFrom` (the memberships, mentions,
articles and reference statements used), in the graph `iri.LINKS_GRAPH`; what the reference says of the linked entities is kept beside it
(`iri.REFERENCE_GRAPH`), so that queries can join both without the reference at hand.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Union

import pyoxigraph as ox
from rapidfuzz import fuzz
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import LinkError
from kg.graph import iri
from kg.language.lexicon import load_lexicon, phrase_key
from kg.language.names import name_key
from kg.language.text import ascii_fold, fold
from kg.linking.reference import Entity, Office, Reference, date_bounds, parse_date
from kg.linking.sources import fetch_reference, load_reference
from kg.namespaces import KG, OWL, PROV, RDF, RDFS, SEMAPV, SKOS, SSSOM, XSD
from kg.resources import read_yaml_shared
from kg.store.base import BaseStore
from kg.store.remote import without_credentials
from kg.version import __version__

Triple = tuple[Node, Node, Node]
Interval = tuple[Optional[date], Optional[date]]

#: How far apart an article's date and a term of office may be and still count as agreeing (news lags, terms in
#: infoboxes are often rounded to the year).
DATE_TOLERANCE = timedelta(days=365)
#: A best candidate needs this lead over the next one; otherwise the subject is ambiguous and left unlinked.
MARGIN = 0.1
#: Below this, no position agrees with what the articles say: the roles they give count against the candidate.
AGAINST = 0.35
#: Lowest rapidfuzz ratio (0-100) for two differently spelled names to be candidates.
FUZZY_CUTOFF = 90.0
#: A role as written that fits this many of the reference's positions or fewer tells enough to identify one ...
INFORMATIVE = 30
#: ... and so does one that fits this many of the graph's people or fewer.
INFORMATIVE_IN_GRAPH = 10
#: A position in the same province as a post the articles give (not at a lower level: "xã", "huyện") is evidence
#: however the titles differ.
SAME_PLACE = 0.6
#: Words read before and after a mention (titles come before a name, appositions after it).
WINDOW_BEFORE = 10
WINDOW_AFTER = 8
#: Words near a mention count for less than a membership the extractor read.
WINDOW_WEIGHT = 0.8
#: About how many people could make Vietnamese news with a title; a name's expected bearers among them say how
#: much the name alone identifies (kg.linking.linker.NameFrequencies).
POPULATION = 100_000
#: The most a name alone can say, kept below the default threshold: a name never links by itself.
NAME_ALONE = 0.6


# ---- what our graph says -------------------------------------------------------------------------------------


@dataclass
class Held:
    """A membership read from one article: the evidence a person is who the reference says."""

    membership: str
    text: str  # "Bí thư Tỉnh ủy Hòa Bình"
    doc: str
    when: Interval  # the article's date (or the given period); (None, day) for a former post
    places: set[str] = field(default_factory=set)


@dataclass
class Window:
    """The words just around a mention of a person: titles the extractor missed ("Thường trực Ban Bí thư Đinh
    Thế Huynh đã ký"), weaker evidence than a membership."""

    mention: str
    text: str
    doc: str
    when: Interval


@dataclass
class Subject:
    """One person or organization of our graph, with everything the linker may use."""

    iri: str
    kind: str  # "person" | "organization"
    names: set[str] = field(default_factory=set)
    held: list[Held] = field(default_factory=list)
    context: list[str] = field(default_factory=list)  # organizations: parent organizations and places
    windows: list[Window] = field(default_factory=list)  # persons: the words around each mention
    documents: set[str] = field(default_factory=set)  # IRIs of the articles that name the subject

    @property
    def name(self) -> str:
        return min(self.names, key=lambda n: (-len(n), n)) if self.names else self.iri


_DOC_GRAPH = "?d a schema:NewsArticle ; dcterms:identifier ?doc ."
_PERSONS = f"SELECT DISTINCT ?s ?name ?d WHERE {{ GRAPH ?g {{ {_DOC_GRAPH} ?s a foaf:Person ; foaf:name ?name }} }}"
_MEMBERSHIPS = f"""
SELECT ?s ?m ?role ?org ?written ?parent ?status ?doc ?date ?spatial WHERE {{ GRAPH ?g {{
  {_DOC_GRAPH}
  ?m a org:Membership ; org:member ?s ; org:role ?r ; prov:wasDerivedFrom ?d ; kg:status ?status .
  ?r skos:prefLabel ?role .
  OPTIONAL {{ ?m org:organization ?o . ?o rdfs:label ?org
             OPTIONAL {{ ?o org:subOrganizationOf ?po . ?po rdfs:label ?parent }} }}
  OPTIONAL {{ ?m kg:writtenForm ?written }}
  OPTIONAL {{ ?d dcterms:date ?date }}
  OPTIONAL {{ ?d dcterms:spatial ?spatial }}
}} }}"""
_ANCHORS = f"""
SELECT ?s ?doc ?evidence WHERE {{ GRAPH ?g {{
  {_DOC_GRAPH}
  ?mention kg:denotes ?s ; nif:referenceContext ?d ; kg:identityEvidence ?evidence .
}} }}"""
_WINDOWS = f"""
SELECT ?s ?m ?doc ?begin ?end ?sentenceBegin ?sentence ?date WHERE {{ GRAPH ?g {{
  {_DOC_GRAPH}
  ?m kg:denotes ?s ; nif:referenceContext ?d ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:sentence ?n .
  ?n nif:beginIndex ?sentenceBegin ; nif:anchorOf ?sentence .
  OPTIONAL {{ ?d dcterms:date ?date }}
}} }}"""
_ORGANIZATIONS = f"""
SELECT ?s ?label ?alt ?parent ?d WHERE {{ GRAPH ?g {{
  {_DOC_GRAPH}
  ?s a org:Organization ; rdfs:label ?label .
  OPTIONAL {{ ?s skos:altLabel ?alt }}
  OPTIONAL {{ ?s org:subOrganizationOf ?po . ?po rdfs:label ?parent }}
}} }}"""


def parse_period(text: str) -> Interval:
    """A period as given on the command line: "2016/2017", "2016-03/2016-09", "2017-05-01" (one day)."""
    parts = [p for p in re.split(r"/|\.\.", text.strip()) if p.strip()]
    if not 1 <= len(parts) <= 2:
        raise LinkError(f"period {text!r}: write START/END, e.g. 2016/2017 or 2016-03-01/2016-12-31")
    first = date_bounds(_ox(parse_date(parts[0])))
    last = date_bounds(_ox(parse_date(parts[-1])))
    if first[0] is None or last[1] is None or first[0] > last[1]:
        raise LinkError(f"period {text!r}: write START/END, e.g. 2016/2017 or 2016-03-01/2016-12-31")
    return first[0], last[1]


def _ox(value: Optional[Literal]) -> Optional[ox.Literal]:
    return None if value is None else ox.Literal(str(value), datatype=ox.NamedNode(str(value.datatype)))


def _article_interval(value: Optional[ox.Literal], period: Optional[Interval]) -> Interval:
    if value is not None:
        start, end = date_bounds(_ox(parse_date(value.value)))
        if start is not None:
            return start, end
    return period if period is not None else (None, None)


def _value(term) -> str:
    return term.value if term is not None else ""


def read_subjects(store: BaseStore, period: Optional[Interval] = None) -> list[Subject]:
    """The persons and organizations of the store, with their memberships (per article) and identity anchors."""
    persons: dict[str, Subject] = {}
    for row in store.select(_PERSONS):
        subject = persons.setdefault(row["s"].value, Subject(row["s"].value, "person"))
        subject.names.add(row["name"].value)
        subject.documents.add(row["d"].value)
    anchors: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.select(_ANCHORS):
        kind, _, value = row["evidence"].value.partition(":")
        if kind == "place":
            anchors[(row["s"].value, row["doc"].value)].add(value)
    held: dict[str, Held] = {}
    for row in store.select(_MEMBERSHIPS):
        person = persons.get(row["s"].value)
        if person is None:
            continue
        written, label = _value(row["written"]), _value(row["org"])
        # the body as written at the title, or the article's fuller name of it ("Tỉnh ủy" → "Tỉnh ủy Hà Giang"), not
        # another of its names ("Ban Chấp hành Đảng bộ tỉnh Hà Giang" for "Tỉnh ủy Hà Giang")
        org = label if not written or name_key(written) in name_key(label) else written
        parent = _value(row["parent"])
        if parent and name_key(parent) not in name_key(org):
            org = f"{org} {parent}"
        text = " ".join(t for t in (row["role"].value, org) if t)
        start, end = _article_interval(row["date"], period)
        if row["status"].value == str(KG.former):
            start = None
        places = set(anchors.get((person.iri, row["doc"].value), set()))
        if row["spatial"] is not None:
            places.add(name_key(row["spatial"].value))
        key = row["m"].value
        if key not in held:
            held[key] = Held(key, text, row["doc"].value, (start, end), places)
            person.held.append(held[key])
        elif len(text) > len(held[key].text):
            held[key].text = text
    for row in store.select(_WINDOWS):
        person = persons.get(row["s"].value)
        if person is None:
            continue
        offset = int(row["sentenceBegin"].value)
        sentence = row["sentence"].value
        begin, finish = int(row["begin"].value) - offset, int(row["end"].value) - offset
        before = sentence[: max(begin, 0)].split()[-WINDOW_BEFORE:]
        after = sentence[max(finish, 0) :].split()[:WINDOW_AFTER]
        text = " ".join(before + ["|"] + after)
        person.windows.append(Window(row["m"].value, text, row["doc"].value, _article_interval(row["date"], period)))
    organizations: dict[str, Subject] = {}
    for row in store.select(_ORGANIZATIONS):
        subject = organizations.setdefault(row["s"].value, Subject(row["s"].value, "organization"))
        subject.names.add(row["label"].value)
        subject.documents.add(row["d"].value)
        for extra in (row["alt"],):
            if extra is not None:
                subject.names.add(extra.value)
        if row["parent"] is not None and row["parent"].value not in subject.context:
            subject.context.append(row["parent"].value)
    return list(persons.values()) + list(organizations.values())


# ---- comparing texts -----------------------------------------------------------------------------------------


def _name(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())


def _words(text: str) -> list[str]:
    return name_key(text).split()


def places_in(text: str) -> set[str]:
    """The provinces and cities a text names (from kg/resources/places.yaml), as name keys."""
    provinces = load_lexicon().provinces
    words = list(phrase_key(name_key(text)))
    found: set[str] = set()
    index = 0
    while index < len(words):
        match = provinces.match(words, index)
        if match:
            found.add(" ".join(words[index : match[0]]))
            index = match[0]
        else:
            index += 1
    return found


def _place_types(words: set[str]) -> set[str]:
    """The words of `words` that name a kind of place ("tỉnh", "huyện", "xã": kg/resources/lexicon.yaml)."""
    kinds = {w for phrase in load_lexicon_place_types() for w in phrase.split()}
    return words & kinds


@lru_cache(maxsize=1)
def load_lexicon_place_types() -> frozenset[str]:
    return frozenset(name_key(str(p)) for p in read_yaml_shared("lexicon.yaml").get("place_types", []))


def _same_place(a: set[str], b: set[str]) -> bool:
    """Whether two sets of places share one ("huế" is in "thừa thiên huế")."""
    return any(x == y or f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


class _Weights:
    """Inverse document frequency of words over the reference's positions: "tĩnh" (of Hà Tĩnh) tells positions
    apart, "ủy ban nhân dân" does not."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.postings: dict[str, set[int]] = defaultdict(set)
        total = 0
        for total, text in enumerate(texts, start=1):
            for word in set(_words(text)):
                self.postings[word].add(total)
        self.total = total
        self.counts = Counter({w: len(p) for w, p in self.postings.items()})
        self._information: dict[frozenset[str], float] = {}

    def __call__(self, word: str) -> float:
        """A word no position has weighs least, not most: it is more often a slip of extraction ("Chủ tịch Quốc
        hội Sáng") than something a reference would say."""
        count = self.counts.get(word, 0)
        return math.log((self.total + 1) / (count + 1)) + 1.0 if count else 1.0

    def coverage(self, ours: set[str], theirs: set[str]) -> float:
        """The weighted share of our words that the reference's text has."""
        total = sum(self(w) for w in ours)
        return sum(self(w) for w in ours & theirs) / total if total else 0.0

    def information(self, words: set[str]) -> float:
        """How much a text can tell, in [0, 1], from how many reference positions have all its words (those the
        reference knows): one that fits INFORMATIVE positions or fewer ("Bộ trưởng Bộ Y tế") tells enough;
        "Chủ tịch", which fits a fifth of them, tells a third as much."""
        key = frozenset(w for w in words if w in self.postings)
        if key not in self._information:
            fitting = len(set.intersection(*(self.postings[w] for w in key))) if key else self.total
            self._information[key] = _specificity(fitting, self.total, INFORMATIVE)
        return self._information[key]


def _specificity(fitting: int, total: int, enough: int) -> float:
    """1 when `fitting` of `total` is `enough` or fewer, falling to 0 (log scale) as it nears all of them."""
    if total <= enough:
        return 1.0
    value = math.log((total + 1) / (fitting + 1)) / math.log((total + 1) / (enough + 1))
    return max(0.0, min(1.0, value))


class _Roles:
    """How many people of the graph a role as written fits: "Tổng giám đốc" fits many (of companies too),
    "Chủ tịch Quốc hội" few. A role that fits many of our people says little even where the reference's
    positions, all of politicians, make it look rare."""

    def __init__(self, subjects: Iterable[Subject]) -> None:
        self.postings: dict[str, set[int]] = defaultdict(set)
        self.total = 0
        for subject in subjects:
            if subject.kind == "person" and subject.held:
                self.total += 1
                for word in {w for held in subject.held for w in _words(held.text)}:
                    self.postings[word].add(self.total)
        self._cache: dict[frozenset[str], float] = {}

    def specificity(self, words: set[str]) -> float:
        key = frozenset(words)
        if key not in self._cache:
            sets = [self.postings.get(w, set()) for w in key]
            fitting = len(set.intersection(*sets)) if sets else self.total
            self._cache[key] = _specificity(fitting, self.total, INFORMATIVE_IN_GRAPH)
        return self._cache[key]


class NameFrequencies:
    """How common a Vietnamese name is, from the names of the graph and the reference: family name, middle
    name(s) and given name are counted apart, and a name's probability is the product of the three (smoothed).
    "Nguyễn Văn Hùng" is borne by many; "Lưu Bình Nhưỡng" by about one person."""

    def __init__(self, names: Iterable[str]) -> None:
        self.parts: list[Counter[str]] = [Counter(), Counter(), Counter()]
        for name in set(names):
            for counter, part in zip(self.parts, self.split(name)):
                counter[part] += 1
        self.totals = [sum(c.values()) for c in self.parts]

    @staticmethod
    def split(name: str) -> tuple[str, str, str]:
        words = _name(name).split()
        if len(words) < 2:
            return ("", "", words[0] if words else "")
        return (words[0], " ".join(words[1:-1]), words[-1])

    def probability(self, name: str) -> float:
        p = 1.0
        for counter, total, part in zip(self.parts, self.totals, self.split(name)):
            p *= (counter.get(part, 0) + 1) / (total + len(counter) + 1)
        return p

    def strength(self, name: str) -> float:
        """What the name alone says, in [0, NAME_ALONE]: high when few people can bear it."""
        bearers = POPULATION * self.probability(name)
        return NAME_ALONE / (1.0 + bearers)


def _overlaps(a: Interval, b: Interval) -> Optional[bool]:
    """Whether two periods meet (within DATE_TOLERANCE); None when either is wholly unknown."""
    if a == (None, None) or b == (None, None):
        return None
    a_start, a_end = a[0] or date.min, a[1] or date.max
    b_start, b_end = b[0] or date.min, b[1] or date.max
    try:
        return a_start - DATE_TOLERANCE <= b_end and b_start - DATE_TOLERANCE <= a_end
    except OverflowError:
        return a_start <= b_end and b_start <= a_end


# ---- candidates and scores ------------------------------------------------------------------------------------


@dataclass
class Candidate:
    entity: Entity
    score: float
    name_score: float
    evidence: list[str] = field(default_factory=list)
    derived_from: list[str] = field(default_factory=list)


@dataclass
class Decision:
    """What the linker decided for one subject: a relation (None: not linked) to its best candidate."""

    subject: Subject
    relation: Optional[str]  # "sameAs" | "closeMatch" | None
    best: Optional[Candidate]
    runner_up: Optional[Candidate] = None
    reason: str = ""


class _NameIndex:
    """Reference entities by folded name, by name without diacritics, and by family name for fuzzy matching."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        entities = list(entities)
        self.labels = {e.iri: [self.key(e.kind, label) for label in e.labels] for e in entities}
        self.exact: dict[str, set[str]] = defaultdict(set)
        self.loose: dict[str, set[str]] = defaultdict(set)
        self.blocks: dict[tuple[str, int], set[str]] = defaultdict(set)
        for entity in entities:
            for label in entity.labels:
                key = self.key(entity.kind, label)
                if not key:
                    continue
                self.exact[key].add(entity.iri)
                self.loose[ascii_fold(key)].add(entity.iri)
                words = key.split()
                self.blocks[(entity.kind, len(words))].add(key)

    @staticmethod
    def key(kind: str, text: str) -> str:
        return (_name(text) if kind == "person" else name_key(text)).strip()

    def candidates(self, kind: str, names: Iterable[str]) -> dict[str, float]:
        """Entity IRI -> name score: 1 for the same name; for a spelling that differs only in diacritics
        ("Nguyên Xuân Phúc") or in one syllable ("Hồ Đức Phớc" / "Phước"), the rapidfuzz ratio scaled below 0.9,
        and only when no entity bears the name exactly (a namesake is likelier than a misspelling)."""
        exact: dict[str, float] = {}
        close: dict[str, float] = {}
        for name in names:
            key = self.key(kind, name)
            if not key:
                continue
            for e in self.exact.get(key, ()):
                exact[e] = 1.0
            others = {k for e in self.loose.get(ascii_fold(key), ()) for k in self.labels[e]} - {key}
            words = key.split()
            for other in self.blocks.get((kind, len(words)), ()):
                if other != key and other[:1] == key[:1] and _one_syllable_apart(words, other.split()):
                    others.add(other)
            for other in others:
                ratio = fuzz.ratio(key, other)
                if ratio >= FUZZY_CUTOFF or ascii_fold(other) == ascii_fold(key):
                    for e in self.exact.get(other, ()):
                        close[e] = max(close.get(e, 0.0), 0.9 * ratio / 100.0)
        return exact or close


def _one_syllable_apart(a: list[str], b: list[str]) -> bool:
    """Same number of syllables, the same but for one, and that one spelled alike without diacritics but for
    one letter ("phớc" / "phước")."""
    differing = [(x, y) for x, y in zip(a, b) if x != y]
    if len(a) != len(b) or len(differing) != 1:
        return False
    x, y = (ascii_fold(w) for w in differing[0])
    return x[:1] == y[:1] and fuzz.ratio(x, y) >= 80


class Linker:
    """Scores subjects of our graph against the entities of one reference."""

    def __init__(self, reference: Reference, subjects: Iterable[Subject] = ()) -> None:
        subjects = list(subjects)
        names = [n for s in subjects if s.kind == "person" for n in s.names]
        self.roles = _Roles(subjects)
        self.reference = reference
        self.entities = reference.entities
        self.index = _NameIndex(self.entities.values())
        people = [label for e in self.entities.values() if e.kind == "person" for label in e.labels]
        self.names = NameFrequencies([*names, *people])
        self.weights = _Weights(o.text for e in self.entities.values() for o in e.offices)
        self._office_cache: dict[int, tuple[set[str], set[str]]] = {}

    def _office(self, office: Office) -> tuple[set[str], set[str]]:
        cached = self._office_cache.get(id(office))
        if cached is None:
            cached = self._office_cache[id(office)] = (set(_words(office.text)), places_in(office.text))
        return cached

    def office_similarity(self, held: Held, office: Office) -> float:
        """How well a membership read from an article matches a reference position, in [0, 1]: the weighted
        share of the article's words (role, organization, the place of the post) that the position has, scaled
        down when they say little; a shared province counts for, different provinces against."""
        written_places = places_in(held.text)
        ours_places = written_places or held.places
        text = held.text if written_places or not held.places else f"{held.text} {' '.join(sorted(held.places))}"
        ours = set(_words(text))
        theirs, their_places = self._office(office)
        information = min(self.weights.information(ours), self.roles.specificity(set(_words(held.text))))
        # mostly how much of ours the position has; a little how much of the position ours has, so that of
        # "Chủ tịch" and "Phó Chủ tịch UBND tỉnh X", "Chủ tịch UBND tỉnh X" is the one that matches best
        similarity = self.weights.coverage(ours, theirs) * (0.9 + 0.1 * self.weights.coverage(theirs, ours))
        similarity *= information
        if _place_types(ours) - theirs:  # a post at another level ("xã", "huyện") than the position's
            similarity *= 0.5
        elif ours_places and their_places:
            if _same_place(ours_places, their_places):
                similarity = max(similarity, SAME_PLACE)
            else:
                similarity *= 0.3
        return similarity

    def window_similarity(self, window: Window, office: Office) -> float:
        """How much of a reference position the words around a mention say, in [0, 1]."""
        ours = set(_words(window.text))
        theirs, their_places = self._office(office)
        matched = ours & theirs
        ours_places = places_in(window.text)
        if not matched - {w for place in ours_places for w in place.split()} - _place_types(matched):
            return 0.0  # a place alone ("đường Mai Chí Thọ, ... TP.HCM") says nothing of a position
        similarity = self.weights.coverage(theirs, ours) * self.weights.information(matched)
        if ours_places and their_places and not _same_place(ours_places, their_places):
            similarity *= 0.3
        return similarity

    @staticmethod
    def _when(agree: Optional[bool]) -> float:
        return 1.0 if agree else 0.9 if agree is None else 0.75

    def score(self, subject: Subject, entity: Entity, name_score: float, shared_name: bool = False) -> Candidate:
        """A person's score: what the name says (less when common, nothing when the reference gives it to two
        people) combined with the best agreement between what the articles say and a position of the entity."""
        if subject.kind == "organization":
            return self._score_organization(subject, entity, name_score)
        candidate = Candidate(entity, 0.0, name_score)
        keys = {self.index.key("person", n) for n in subject.names}
        matched = [label for label in entity.labels if self.index.key("person", label) in keys]
        strength = 0.0 if shared_name else max(self.names.strength(n) for n in subject.names)
        candidate.evidence.append(
            (
                f"name: {subject.name} = {matched[0]}"
                if matched
                else f"name: {subject.name} ~ {entity.label} ({name_score:.2f})"
            )
            + (", borne by another reference entry too" if shared_name else f", rarity {strength:.2f}")
        )
        best = 0.0
        best_pair: Optional[tuple[str, Union[Held, Window], Office, float, Optional[bool]]] = None
        for held in subject.held:
            for office in entity.offices:
                similarity = self.office_similarity(held, office)
                if similarity > 0:
                    agree = _overlaps(held.when, (office.start, office.end))
                    value = similarity * self._when(agree)
                    if value > best:
                        best, best_pair = value, ("office", held, office, similarity, agree)
        for window in subject.windows:
            for office in entity.offices:
                similarity = self.window_similarity(window, office)
                if similarity > 0:
                    agree = _overlaps(window.when, (office.start, office.end))
                    value = WINDOW_WEIGHT * similarity * self._when(agree)
                    if value > best:
                        best, best_pair = value, ("context", window, office, similarity, agree)
        if best_pair is None or best < AGAINST:
            if subject.held:
                candidate.score = name_score * strength * 0.5
                candidate.evidence.append("no reference position matches a role the articles give")
            else:
                candidate.score = name_score * strength
                candidate.evidence.append("no role known in the articles")
            return candidate
        candidate.score = name_score * (1.0 - (1.0 - strength) * (1.0 - best))
        kind, source, office, similarity, agree = best_pair
        when = {
            True: "term agrees with the article's date",
            False: "term does not cover the article's date",
            None: "dates unknown",
        }[agree]
        said = source.text if kind == "office" else f"«{source.text.replace('|', subject.name)}»"
        candidate.evidence.append(
            f"{kind}: {said} (article {source.doc}) ~ {office.label} ({office.term()}): {similarity:.2f}, {when}"
        )
        candidate.derived_from.append(source.membership if isinstance(source, Held) else source.mention)
        if office.statement:
            candidate.derived_from.append(office.statement)
        return candidate

    def _score_organization(self, subject: Subject, entity: Entity, name_score: float) -> Candidate:
        candidate = Candidate(entity, 0.0, name_score)
        candidate.evidence.append(f"name: {subject.name} ~ {entity.label} ({name_score:.2f})")
        ours, theirs = subject.context, entity.context
        ours_places = set().union(*(places_in(t) for t in [*subject.names, *ours])) if subject.names else set()
        their_places = set().union(*(places_in(t) for t in [*entity.labels, *theirs])) if entity.labels else set()
        if ours_places and their_places and not _same_place(ours_places, their_places):
            context = 0.0
            candidate.evidence.append(
                f"places differ: {', '.join(sorted(ours_places))} / {', '.join(sorted(their_places))}"
            )
        elif ours and theirs:
            a, b = set(_words(" ".join(ours))), set(_words(" ".join(theirs)))
            context = min(self.weights.coverage(a, b), self.weights.coverage(b, a))
            candidate.evidence.append(f"parent: {'; '.join(ours)} ~ {'; '.join(theirs)}: {context:.2f}")
            context = 1.0 if context >= 0.5 else context
        else:
            context = 0.8
            candidate.evidence.append("no parent organization to compare")
        candidate.score = name_score * (0.25 + 0.75 * context)
        return candidate

    def decide(self, subject: Subject, threshold: float, close_threshold: float) -> Decision:
        names = {
            e: s
            for e, s in self.index.candidates(subject.kind, subject.names).items()
            if self.entities[e].kind == subject.kind
        }
        shared = sum(1 for s in names.values() if s == 1.0) > 1
        candidates = sorted(
            (self.score(subject, self.entities[e], s, shared) for e, s in names.items()),
            key=lambda c: (-c.score, c.entity.iri),
        )
        if not candidates:
            return Decision(subject, None, None, reason="no candidate")
        best = candidates[0]
        runner_up = candidates[1] if len(candidates) > 1 else None
        if runner_up is not None and best.score - runner_up.score < MARGIN:
            return Decision(subject, None, best, runner_up, reason="ambiguous")
        if runner_up is not None:
            best.evidence.append(
                f"next candidate: {runner_up.entity.label} <{runner_up.entity.iri}> ({runner_up.score:.2f})"
            )
        if best.score >= threshold:
            return Decision(subject, "sameAs", best, runner_up)
        if best.score >= close_threshold:
            return Decision(subject, "closeMatch", best, runner_up)
        return Decision(subject, None, best, runner_up, reason="below threshold")


# ---- writing the links -----------------------------------------------------------------------------------------


def _rdflib(term) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def link_triples(decisions: Iterable[Decision], source: str) -> list[Triple]:
    """The links and their records (owl:Axiom with SSSOM confidence, evidence and PROV sources)."""
    activity = iri.link_activity(source)
    out: list[Triple] = [
        (activity, RDF.type, PROV.Activity),
        (activity, RDFS.label, Literal(f"kg link against {source}")),
        (activity, PROV.used, URIRef(source) if re.match(r"^https?://", source) else Literal(source)),
        (activity, SSSOM.mapping_tool, Literal(f"kg {__version__}")),
    ]
    for decision in decisions:
        if decision.relation is None or decision.best is None:
            continue
        relation = OWL.sameAs if decision.relation == "sameAs" else SKOS.closeMatch
        subject, target = URIRef(decision.subject.iri), URIRef(decision.best.entity.iri)
        record = iri.link(str(subject), str(relation), str(target))
        out += [
            (subject, relation, target),
            (record, RDF.type, OWL.Axiom),
            (record, RDF.type, PROV.Entity),
            (record, OWL.annotatedSource, subject),
            (record, OWL.annotatedProperty, relation),
            (record, OWL.annotatedTarget, target),
            (record, SSSOM.confidence, Literal(Decimal(f"{decision.best.score:.3f}"), datatype=XSD.decimal)),
            (record, SSSOM.mapping_justification, SEMAPV.CompositeMatching),
            (record, PROV.wasGeneratedBy, activity),
        ]
        out += [(record, KG.linkEvidence, Literal(text, lang="vi")) for text in decision.best.evidence]
        # what the decision read: the memberships or mentions and the reference statements used, the articles
        # naming the subject, and the reference entry itself
        sources = [*decision.best.derived_from, *sorted(decision.subject.documents), str(target)]
        out += [(record, PROV.wasDerivedFrom, URIRef(source_iri)) for source_iri in dict.fromkeys(sources)]
    return list(dict.fromkeys(out))


@dataclass
class LinkSummary:
    """What `link` did: the people and organizations read, the links made (`same_as`, `close_match`), the
    ambiguous ones left unlinked, the size of the reference and the triples written; `decisions` has every
    decision with its candidates and evidence."""

    persons: int = 0
    organizations: int = 0
    same_as: int = 0
    close_match: int = 0
    ambiguous: int = 0
    reference_entities: int = 0
    triples: int = 0
    decisions: list[Decision] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "decisions"}


def link(
    store: BaseStore,
    reference: Union[str, Path, Reference, None] = None,
    endpoint: Optional[str] = None,
    threshold: float = 0.65,
    close_threshold: float = 0.5,
    period: Union[str, Interval, None] = None,
) -> LinkSummary:
    """Links the store's people and organizations to a reference (a file, see kg.linking.sources.load_reference, or a
    SPARQL endpoint), and rewrites the links graph and the reference graph of the store with the result.

    `period` (e.g. "2016/2017") stands for the date of articles that carry none, so that terms of office can be
    compared with it; without it such articles count as undated.

    Args:
        store: the store whose people and organizations are linked.
        reference: a reference file (Wikidata-shaped RDF, or a Wikipedia infobox JSON), or a loaded `Reference`.
        endpoint: or the URL of a SPARQL endpoint with Wikidata-shaped data.
        threshold: the score from which a link is `owl:sameAs`.
        close_threshold: the score from which a link below `threshold` is `skos:closeMatch`.
        period: "START/END" years for undated articles.

    Returns:
        A `LinkSummary`: counts of people, organizations and links, and every decision with its evidence.

    Raises:
        LinkError: both or neither of `reference` and `endpoint`, bad thresholds, or an unusable reference.
    """
    if (reference is None) == (endpoint is None):
        raise LinkError("give either a reference file or a SPARQL endpoint, not both or neither")
    if not 0 <= close_threshold <= threshold <= 1:
        raise LinkError(f"thresholds must satisfy 0 <= close ({close_threshold}) <= threshold ({threshold}) <= 1")
    interval = parse_period(period) if isinstance(period, str) else period
    subjects = read_subjects(store, interval)
    if endpoint is not None:
        source = without_credentials(endpoint)  # it goes into the graph: never a password
        ref = fetch_reference(endpoint, [n for s in subjects for n in s.names])
    elif isinstance(reference, Reference):
        ref, source = reference, reference.source
    else:
        assert reference is not None  # exactly one of reference and endpoint, checked above
        ref = load_reference(reference)
        source = Path(reference).name  # the file's name: where it lies on this machine is no one's business
    linker = Linker(ref, subjects)
    summary = LinkSummary(reference_entities=len(ref.entities))
    for subject in subjects:
        decision = linker.decide(subject, threshold, close_threshold)
        summary.decisions.append(decision)
        if subject.kind == "person":
            summary.persons += 1
        else:
            summary.organizations += 1
        summary.same_as += decision.relation == "sameAs"
        summary.close_match += decision.relation == "closeMatch"
        summary.ambiguous += decision.reason == "ambiguous"
    links = link_triples(summary.decisions, source)
    linked = {d.best.entity.iri for d in summary.decisions if d.relation is not None and d.best is not None}
    described = [(_rdflib(t.subject), _rdflib(t.predicate), _rdflib(t.object)) for t in ref.describe(linked)]
    summary.triples = store.replace_graphs({str(iri.LINKS_GRAPH): links, str(iri.REFERENCE_GRAPH): described})
    store.flush()
    return summary

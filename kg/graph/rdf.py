"""Maps a resolved `Document` to RDF triples under the ontology (ontology/kg.ttl).

Everything a document contributes goes into its own named graph, so a rebuild can replace it whole.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator, Optional

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.document import DateMention, Document, Event, Holding, OrgMention, PersonMention
from kg.graph import iri
from kg.language.lexicon import fold, load_lexicon
from kg.language.names import role_key
from kg.language.text import TERM_AT_END, collapse_spaces, expand_abbreviations, without_short_names
from kg.namespaces import DCTERMS, FOAF, KG, NIF, OPENGOV, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, TIME, XSD

Triple = tuple[Node, Node, Node]
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _vi(text: str) -> Literal:
    return Literal(collapse_spaces(text), lang="vi")


def _int(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _organization(
    org: OrgMention, out: list[Triple], done: set[str], labels: Optional[dict[str, str]] = None
) -> URIRef:
    node = iri.organization(org.key, org.label)
    if org.key in done:
        return node
    done.add(org.key)
    written = collapse_spaces((labels or {}).get(org.key, org.label))
    full = expand_abbreviations(written)  # the evaluation spec's abbreviations: what the named queries show
    canonical = expand_abbreviations(written, extended=True)  # every abbreviation we know: "Sở NN&PTNT" spelt out
    out.append((node, RDF.type, ORG.Organization))
    out.append((node, RDFS.label, _vi(full)))
    # The one skos:prefLabel is chosen across articles (kg.graph.inference.canonical_labels, from each article's label
    # spelt out); an article gives the forms it writes as alternatives.
    for alternative in dict.fromkeys((written, full)):
        if alternative != canonical:
            out.append((node, SKOS.altLabel, _vi(alternative)))
    if org.parent is not None:
        parent = _organization(org.parent, out, done, labels)
        if parent != node:  # an abbreviation after the name read as its parent ("… Mặt trận Tổ quốc Việt Nam (UBTƯ
            # MTTQ)"), one body: no body lies under itself
            out.append((node, ORG.subOrganizationOf, parent))
    return node


def to_triples(doc: Document) -> Iterator[Triple]:
    """The triples of one document's named graph."""
    out: list[Triple] = []
    d = iri.document(doc.id)
    out += [
        (d, RDF.type, SCHEMA.NewsArticle),
        (d, RDF.type, PROV.Entity),
        (d, DCTERMS.identifier, Literal(doc.id)),
        (d, KG.contentHash, Literal(doc.content_hash)),
    ]
    if doc.build_settings:
        out.append((d, KG.buildSettings, Literal(doc.build_settings)))
    if doc.title.strip():
        out.append((d, DCTERMS.title, _vi(doc.title)))
    if doc.date.strip():
        date = doc.date.strip()
        out.append((d, DCTERMS.date, Literal(date, datatype=XSD.date) if _ISO_DATE.match(date) else Literal(date)))
    if doc.source.strip():
        out.append((d, DCTERMS.source, Literal(doc.source.strip())))
    if doc.place.strip():
        out.append((d, DCTERMS.spatial, _vi(doc.place)))

    persons_done: set[str] = set()
    for person in doc.persons + [h.person for h in doc.holdings]:
        if person.key in persons_done:
            continue
        persons_done.add(person.key)
        p = iri.person(person.key, person.name)
        name = collapse_spaces(person.name)
        out += [
            (p, RDF.type, FOAF.Person),
            (p, FOAF.name, Literal(name)),
            (p, RDFS.label, _vi(name)),
            (d, SCHEMA.mentions, p),
        ]
    for person in doc.persons:
        for prefix in person.prefixes:
            out.append((iri.person(person.key, person.name), SCHEMA.honorificPrefix, _vi(prefix)))
    out += _person_mentions(doc, d)

    orgs_done: set[str] = set()
    labels = _article_labels(doc)
    for org in sorted(doc.organizations, key=lambda o: not o.standalone):
        node = _organization(org, out, orgs_done, labels)
        if org.standalone:
            out.append((d, SCHEMA.mentions, node))

    fullest = _fullest_written_forms(doc)
    for holding in doc.holdings:
        out += _holding(doc, d, holding, orgs_done, fullest)
    for found in doc.dates:
        out += _date(doc, d, found)
    for event in doc.events:
        out += _event(doc, d, event)
    seen: set[Triple] = set()
    for triple in out:
        if triple not in seen:
            seen.add(triple)
            yield triple


def _person_mentions(doc: Document, d: URIRef) -> list[Triple]:
    """One mention per person named in the article (its first occurrence), with the evidence of its identity."""
    out: list[Triple] = []
    out += [(d, KG.contextEvidence, Literal(clue)) for clue in doc.context_evidence]
    first: dict[str, PersonMention] = {}
    for person in sorted(doc.persons + [h.person for h in doc.holdings], key=lambda p: (p.start, p.end)):
        first.setdefault(person.key, person)
    for key, person in first.items():
        node = iri.mention(doc.id, person.start, person.end)
        out += _span(doc, d, node, person.start, person.end, person.sentence)
        out.append((node, KG.denotes, iri.person(key, person.name)))
        out.append((node, KG.nameKey, Literal(person.key.split("|")[0])))
        out += [(node, KG.identityEvidence, Literal(anchor)) for anchor in person.anchors]
    return out


_XSD_OF_PRECISION = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}
_TIME_VALUE = {"day": TIME.inXSDDate, "month": TIME.inXSDgYearMonth, "year": TIME.inXSDgYear}
_TIME_UNIT = {"day": TIME.unitDay, "month": TIME.unitMonth, "year": TIME.unitYear}


def _date(doc: Document, d: URIRef, found: DateMention) -> list[Triple]:
    """A date the text writes: a span (kg:Mention) that is an OWL-Time instant at its precision, or an interval
    of years ("nhiệm kỳ 2020–2025") with its first and last year."""
    node = iri.date_mention(doc.id, found.start, found.end)
    out: list[Triple] = [
        *_span(doc, d, node, found.start, found.end, found.sentence),
        (node, KG.dateKind, Literal(found.kind)),
        (node, KG.datePrecision, _TIME_UNIT[found.precision]),
    ]
    if found.kind == "period":
        begin, end = iri.date_bound(node, "begin"), iri.date_bound(node, "end")
        out += [
            (node, RDF.type, TIME.ProperInterval),
            (node, TIME.hasBeginning, begin),
            (node, TIME.hasEnd, end),
            (begin, RDF.type, TIME.Instant),
            (begin, TIME.inXSDgYear, Literal(found.value, datatype=XSD.gYear)),
            (end, RDF.type, TIME.Instant),
            (end, TIME.inXSDgYear, Literal(found.end_value, datatype=XSD.gYear)),
        ]
    else:
        value = Literal(found.value, datatype=_XSD_OF_PRECISION[found.precision])
        out += [(node, RDF.type, TIME.Instant), (node, _TIME_VALUE[found.precision], value)]
    return out


def _membership_of(doc: Document, holding: Holding) -> URIRef:
    okey = holding.org.key if holding.org is not None else ""
    return iri.membership(doc.id, holding.person.key, role_key(title_label(holding.role)), okey, holding.start)


def title_label(written: str) -> str:
    """A title as the graph names its role: spaces collapsed, abbreviations spelt out ("PCT" -> "Phó Chủ tịch"), and
    a title the lexicon knows whole written with the lexicon's capitals whatever the article's ("Phó Giám Đốc", "phó
    giám đốc" -> "Phó Giám đốc"), so that a common role has one preferred label however many articles name it."""
    label = expand_abbreviations(collapse_spaces(written))
    cased = lexicon_title_case(label)
    return cased if role_key(cased) == role_key(label) else label


def lexicon_title_case(label: str) -> str:
    """`label` with the lexicon's capitals when all of it is a title the lexicon knows: prefixes (`role_prefixes`:
    "Phó", "Quyền"), one title (`roles`: "Giám đốc") and suffixes (`role_suffixes`: "Thường trực"); the article's
    letters kept ("Thượng nghị sỹ"). Any other label is returned as written: its words may be names ("Tổng thống
    Mỹ") or a body's ("Trưởng ca" is no "Trưởng CA")."""
    lexicon = load_lexicon()
    words = label.split()
    folded = [fold(w) for w in words]
    spelt: list[str] = []
    at = 0
    for trie, repeat in ((lexicon.role_prefixes, True), (lexicon.roles, False), (lexicon.role_suffixes, True)):
        before = at
        while at < len(words):
            found = trie.match(folded, at)
            if found is None or not isinstance(found[1], str) or len(found[1].split()) != found[0] - at:
                break
            spelt += found[1].split()
            at = found[0]
            if not repeat:
                break
        if trie is lexicon.roles and at == before:
            return label  # no title the lexicon knows
    if at != len(words):
        return label
    out = [
        lexicon_word if written.lower() == lexicon_word.lower() else _with_capitals_of(written, lexicon_word)
        for written, lexicon_word in zip(words, spelt)
    ]
    text = " ".join(out)
    return text[:1].upper() + text[1:]


def _with_capitals_of(written: str, model: str) -> str:
    """The written word with the capitals of the lexicon's spelling of it ("sỹ" where the lexicon writes "sĩ")."""
    if model.isupper() and len(model) > 1:
        return written.upper()
    return written[:1].upper() + written[1:].lower() if model[:1].isupper() else written.lower()


def role_iri(written: str) -> URIRef:
    """The role node of a title as an article writes it: the one every holding of that title shares."""
    label = title_label(written)
    return iri.role(role_key(label), label)


def _event(doc: Document, d: URIRef, event: Event) -> list[Triple]:
    """An event a sentence reports: its kind (a class), the words that report it, its date, the memberships it
    begins or ends, the people it concerns, the body that decided it, a meeting's chair and attendees."""
    node = iri.event(doc.id, event.start, event.end)
    words = iri.mention(doc.id, event.start, event.end)
    out: list[Triple] = [
        (node, RDF.type, KG.Event),
        (node, RDF.type, getattr(KG, event.kind.capitalize())),  # "election" -> kg:Election (declared in KG)
        (node, PROV.wasDerivedFrom, d),
        (node, KG.reportedIn, words),
        *_span(doc, d, words, event.start, event.end, event.sentence),
    ]
    if event.date is not None:
        out.append((node, TIME.hasTime, iri.date_mention(doc.id, event.date.start, event.date.end)))
    kept = {id(h) for h in doc.holdings}  # not those --min-confidence left out
    for holding in event.holdings:
        if id(holding) not in kept:
            continue
        out.append((node, KG.concerns, _membership_of(doc, holding)))
        out.append((node, KG.concernsPerson, iri.person(holding.person.key, holding.person.name)))
    for person in event.persons:
        out.append((node, KG.concernsPerson, iri.person(person.key, person.name)))
    for prop, people in ((KG.chair, event.chairs), (KG.attendee, event.attendees)):
        for one in people:
            if isinstance(one, Holding) and id(one) not in kept:
                continue
            person = one.person if isinstance(one, Holding) else one
            out.append((node, prop, iri.person(person.key, person.name)))
            if isinstance(one, Holding) and id(one) in kept:
                out.append((node, KG.concerns, _membership_of(doc, one)))
    if event.decider is not None and event.decider.key:
        out.append((node, PROV.wasAssociatedWith, iri.organization(event.decider.key, event.decider.label)))
    if event.replaced is not None:
        out.append((node, KG.replacesPerson, iri.person(event.replaced.key, event.replaced.name)))
    out += [(node, KG.endsMembership, _membership_of(doc, h)) for h in event.ends if id(h) in kept]
    return out


def _span(doc: Document, d: URIRef, node: URIRef, start: int, end: int, sentence: int) -> list[Triple]:
    """A span of the document (kg:Mention): its text, offsets, document and sentence."""
    out: list[Triple] = [
        (node, RDF.type, KG.Mention),
        (node, NIF.anchorOf, Literal(doc.text[start:end])),
        (node, NIF.beginIndex, _int(start)),
        (node, NIF.endIndex, _int(end)),
        (node, NIF.referenceContext, d),
    ]
    if 0 <= sentence < len(doc.sentences):
        out += _sentence(doc, d, node, sentence)
    return out


def _sentence(doc: Document, d: URIRef, mention: URIRef, index: int) -> list[Triple]:
    sentence = doc.sentences[index]
    s = iri.sentence(doc.id, index)
    return [
        (mention, NIF.sentence, s),
        (s, RDF.type, NIF.Sentence),
        (s, NIF.anchorOf, Literal(sentence.text)),
        (s, NIF.beginIndex, _int(sentence.start)),
        (s, NIF.endIndex, _int(sentence.end)),
        (s, NIF.referenceContext, d),
    ]


def _holding_key(holding: Holding) -> tuple[str, str, str]:
    return (holding.person.key, role_key(holding.role), holding.org.key if holding.org is not None else "")


def _article_labels(doc: Document) -> dict[str, str]:
    """Each body's label in the article: the fullest form it writes as the body's own name ("Sở Giáo dục và Đào tạo
    tỉnh Lâm Đồng" in the text, not "Sở GD&ĐT Lâm Đồng" of the headline; of forms as full, the first), counting the
    evaluation spec's abbreviations spelt out, a term after it ("khóa XIII") not counted; a province standing for it
    after a title ("làm Chủ tịch tỉnh Yên Bái") only where the article writes no other form."""
    best: dict[str, tuple[tuple[int, int, int], str]] = {}
    mentions = [(org, org.standalone) for org in doc.organizations]
    for org in doc.organizations:
        parent = org.parent
        while parent is not None:  # "Sở Y tế Nghệ An" inside "Phòng tổ chức cán bộ Sở Y tế Nghệ An": its own name
            mentions.append((parent, True))
            parent = parent.parent
    for org, own in mentions:
        label = collapse_spaces(org.label)
        words = len(expand_abbreviations(TERM_AT_END.sub("", label)).split())  # "QH khóa XIII" no fuller than "QH"
        rank = (int(own), words, -org.start)
        if org.key not in best or rank > best[org.key][0]:
            best[org.key] = (rank, label)
    return {key: label for key, (_, label) in best.items()}


def _fullest_written_forms(doc: Document) -> dict[tuple[str, str, str], str]:
    """For each (person, role, organization), the fullest way the article writes the organization at a title.

    The entity keeps its own full name; the holding also records how this article names the body ("Tỉnh ủy" in
    "Bí thư Tỉnh ủy Nguyễn Văn A" may be the "Tỉnh ủy Yên Bái" named elsewhere in the text).
    """
    out: dict[tuple[str, str, str], str] = {}
    for holding in doc.holdings:
        if holding.org is None:
            continue
        written = expand_abbreviations(collapse_spaces(without_short_names(holding.org.written)))
        key = _holding_key(holding)  # "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Đắk Lắk": named without "(TN&MT)"
        if len(written) > len(out.get(key, "")):
            out[key] = written
    return out


def _holding(
    doc: Document, d: URIRef, holding: Holding, orgs_done: set[str], fullest: dict[tuple[str, str, str], str]
) -> list[Triple]:
    out: list[Triple] = []
    person = iri.person(holding.person.key, holding.person.name)
    role_label = title_label(holding.role)
    rkey = role_key(role_label)
    role = iri.role(rkey, role_label)
    out += [
        (role, RDF.type, ORG.Role),
        (role, RDF.type, SKOS.Concept),
        (role, SKOS.prefLabel, _vi(role_label)),
        (role, RDFS.label, _vi(role_label)),
    ]
    okey = holding.org.key if holding.org is not None else ""
    m = _membership_of(doc, holding)
    out += [
        (m, RDF.type, ORG.Membership),
        (m, ORG.member, person),
        (m, ORG.role, role),
        (m, PROV.wasDerivedFrom, d),
        (m, KG.confidence, Literal(Decimal(str(round(holding.confidence, 3))), datatype=XSD.decimal)),
        (m, KG.status, getattr(KG, holding.status)),
        (m, KG.extractionPattern, Literal(holding.pattern)),
    ]
    if holding.org is not None:
        org = _organization(holding.org, out, orgs_done)
        post = iri.post(rkey, okey, f"{role_label} {holding.org.label}")
        out += [
            (m, ORG.organization, org),
            (m, OPENGOV.post, post),
            (post, RDF.type, ORG.Post),
            (post, ORG.role, role),
            (post, ORG.postIn, org),
            (post, RDFS.label, _vi(f"{role_label}, {expand_abbreviations(collapse_spaces(holding.org.label))}")),
            (person, ORG.holds, post),
            (m, KG.writtenForm, _vi(fullest[_holding_key(holding)])),
        ]
        if " @ doc:" in okey:  # a body scoped to this article: the organization identity pass may join it
            out.append((m, KG.organizationKey, Literal(okey)))
    mention = iri.mention(doc.id, holding.start, holding.end)
    out += [(m, KG.mention, mention), *_span(doc, d, mention, holding.start, holding.end, holding.sentence)]
    bounded = holding.since is not None or holding.until is not None
    periods = {(x.start, x.end) for x in doc.dates if x.kind == "period"} if bounded else set()
    for prop, found, bound in (
        (KG.heldSince, holding.since, "begin"),
        (KG.heldUntil, holding.until, "end"),
        (KG.heldOn, holding.seen, ""),
    ):
        if found is not None:
            node = iri.date_mention(doc.id, found.start, found.end)
            if bound and (found.start, found.end) in periods:
                node = iri.date_bound(node, bound)  # "giai đoạn 2015–2020": its first year begins it, its last ends it
            out.append((m, prop, node))
    return out

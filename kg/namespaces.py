"""Every vocabulary the graph uses, declared once.

Standard vocabularies come first (W3C ORG, FOAF, PROV-O, SKOS, schema.org, Dublin Core, NIF for text offsets);
`KG` holds only what they lack and must agree with `ontology/kg.ttl` (a test checks this).
"""

from __future__ import annotations

from rdflib import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.namespace import ORG, DefinedNamespace
from rdflib.term import URIRef

from kg.prefixes import DATA_BASE, ONTOLOGY_IRI, PREFIXES

SCHEMA = Namespace(PREFIXES["schema"])
OPENGOV = Namespace(PREFIXES["opengov"])
NIF = Namespace(PREFIXES["nif"])
TIME = Namespace(PREFIXES["time"])  # OWL-Time: the dates the text writes
# Wikidata's RDF shape: entities, truthy statements, full statements (p:) with their value (ps:), qualifiers (pq:)
# and references (pr:). Reference data is read in this shape and `kg export --wikidata` writes it
# (kg.graph.wikidata).
WD = Namespace(PREFIXES["wd"])
WDT = Namespace(PREFIXES["wdt"])
WDP = Namespace(PREFIXES["p"])
PS = Namespace(PREFIXES["ps"])
PQ = Namespace(PREFIXES["pq"])
PR = Namespace(PREFIXES["pr"])
WIKIBASE = Namespace(PREFIXES["wikibase"])
# SSSOM: a link's confidence and justification, on the owl:Axiom that records it.
SSSOM = Namespace(PREFIXES["sssom"])
SEMAPV = Namespace(PREFIXES["semapv"])


class KG(DefinedNamespace):
    """Terms of our own ontology (ontology/kg.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Mention: URIRef  # a span of a document that names a person or states a holding
    HoldingStatus: URIRef  # current, new (being appointed) or former
    # individuals of HoldingStatus
    current: URIRef
    new: URIRef
    former: URIRef
    # properties
    confidence: URIRef  # Membership -> xsd:decimal in [0, 1]
    status: URIRef  # Membership -> HoldingStatus
    mention: URIRef  # Membership -> Mention it was read from
    extractionPattern: URIRef  # Membership -> the pattern that found it (for error analysis)
    contentHash: URIRef  # Document -> sha256 of its normalized text
    buildSettings: URIRef  # Document -> the kg version, pipeline and threshold it was built with
    writtenForm: URIRef  # Membership -> the organization as the article writes it at the title
    denotes: URIRef  # Mention / MergeDecision -> the person it names
    identityEvidence: URIRef  # Mention -> what identifies the person across articles ("place:hà tĩnh")
    contextEvidence: URIRef  # Document naming someone without a post -> what it names ("place:…", "body:…")
    nameKey: URIRef  # Mention -> the canonical form of the name (case, tone marks, abbreviations normalized)
    labelKey: URIRef  # Organization -> each of its labels in lower case (inferred graph; fast lookup by name)
    roleKey: URIRef  # Role -> each of its labels in lower case (inferred graph; fast lookup by name)
    MergeDecision: URIRef  # two mentions in different articles joined into one person, and why
    Event: URIRef  # an event a sentence reports about people and their posts (a prov:Activity)
    Appointment: URIRef
    Election: URIRef
    Transfer: URIRef
    Dismissal: URIRef
    Resignation: URIRef
    Retirement: URIRef
    Discipline: URIRef
    Prosecution: URIRef
    Arrest: URIRef
    Meeting: URIRef
    reportedIn: URIRef  # Event -> the Mention (words) that report it
    concerns: URIRef  # Event -> a Membership it begins, ends or otherwise concerns
    concernsPerson: URIRef  # Event -> a Person it concerns
    chair: URIRef  # Meeting -> the Person who chairs it
    attendee: URIRef  # Meeting -> a Person who attends it
    replacesPerson: URIRef  # Event -> the Person whose post it ends ("thay ông X")
    endsMembership: URIRef  # Event -> a Membership it ends besides what it concerns (a transfer's old post)
    heldSince: URIRef  # Membership -> the date the sentence gives for the post's beginning ("giữ chức … từ năm 2016")
    heldOn: URIRef  # Membership -> the day of an event the sentence reports its holder at (seen held that day)
    heldUntil: URIRef  # Membership -> the date the sentence gives for its end ("… đến năm 2020")
    Tenure: URIRef  # one person's holding of one post across articles (a time:ProperInterval)
    tenureOf: URIRef  # Tenure -> the Person
    tenureRole: URIRef  # Tenure -> the org:Role
    tenureOrganization: URIRef  # Tenure -> the org:Organization
    beginDay: URIRef  # Tenure -> xsd:date, the first day its beginning can be
    endDay: URIRef  # Tenure -> xsd:date, the last day its end can be
    observedOn: URIRef  # Tenure -> xsd:date of an article stating the post held (current or new)
    observedFormerOn: URIRef  # Tenure -> xsd:date of an article calling the post former
    documentId: URIRef  # Tenure -> the id of an article that states it
    documentIds: URIRef  # Tenure -> the ids of every article that states it, space-separated (a summary for queries)
    articleCount: URIRef  # Organization -> how many articles name it (labels graph; a summary for queries)
    writtenForms: URIRef  # Organization -> the forms its articles write, " | " between them (labels graph)
    articleRank: URIRef  # Organization -> its place among organizations by articles naming it, 1 first (labels graph)
    firstObservedOn: URIRef  # Tenure -> the earliest kg:observedOn (a summary for queries)
    lastObservedOn: URIRef  # Tenure -> the latest kg:observedOn (a summary for queries)
    lastObservedFormerOn: URIRef  # Tenure -> the latest kg:observedFormerOn (a summary for queries)
    replaces: URIRef  # Tenure -> the tenure of the same post it follows
    replacedBy: URIRef  # Tenure -> the tenure that follows it
    conflict: URIRef  # Tenure -> a contradiction in its evidence, said in words
    dateKind: URIRef  # date Mention -> "point", "from" ("từ ngày 1/7"), "until" ("đến ngày 30/6") or "period"
    datePrecision: URIRef  # date Mention -> time:unitDay, unitWeek, unitMonth or unitYear
    mergedMention: URIRef  # MergeDecision -> each of the two mentions it joins
    organizationKey: URIRef  # Membership -> identity key of a body scoped to its article ("thành ủy @ doc:1")
    OrganizationMergeDecision: URIRef  # an article-scoped body joined to the body its holder holds posts in elsewhere
    scopedOrganization: URIRef  # OrganizationMergeDecision -> the article-scoped node it replaced
    joinedOrganization: URIRef  # OrganizationMergeDecision -> the body that node became
    displacedTriples: URIRef  # OrganizationMergeDecision -> what the join changed in an article also naming that body
    linkEvidence: URIRef  # link record (owl:Axiom) -> one piece of evidence for it, readable ("office: ...")


__all__ = [
    "DATA_BASE",
    "DCTERMS",
    "FOAF",
    "KG",
    "NIF",
    "ONTOLOGY_IRI",
    "OPENGOV",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "TIME",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "XSD",
    "WD",
    "WDT",
    "WDP",
    "PS",
    "PQ",
    "PR",
    "WIKIBASE",
    "SSSOM",
    "SEMAPV",
]

"""The graph side: IRIs (`iri`), documents to RDF (`rdf`), the ontology (`ontology`), the authority list of public
bodies (`authority`), organization and person identity across documents (`identity`), inferred facts
(`inference`), checks against the shapes and the ontology (`validate`), and writing the graph out (`export`, with
`wikidata` for our positions held as Wikidata statements)."""

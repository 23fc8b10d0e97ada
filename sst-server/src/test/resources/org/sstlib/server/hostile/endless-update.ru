# Attacks the server's CPU through an update: its WHERE is a five-way cross product of every triple.
INSERT { GRAPH <urn:sst:graph:endless> { ?s1 ?p1 ?o5 } } WHERE {
  GRAPH ?g1 { ?s1 ?p1 ?o1 }
  GRAPH ?g2 { ?s2 ?p2 ?o2 }
  GRAPH ?g3 { ?s3 ?p3 ?o3 }
  GRAPH ?g4 { ?s4 ?p4 ?o4 }
  GRAPH ?g5 { ?s5 ?p5 ?o5 }
}

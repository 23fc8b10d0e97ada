/**
 * The SST model as an RDF graph (Apache Jena): the vocabulary ({@code sst.ttl}, {@code ic.ttl}), the lossless
 * mapping between a {@link org.sstlib.core.Case} and its named graph, stores that hold many cases (in memory,
 * TDB2 on disk, a remote SPARQL endpoint), and RDF formats for archiving. See {@code docs/rdf.md} for the
 * mapping.
 */
package org.sstlib.rdf;

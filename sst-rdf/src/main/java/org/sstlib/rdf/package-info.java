/**
 * The SST model as an RDF graph (Apache Jena): the vocabulary ({@link org.sstlib.rdf.SST}, shipped as {@code sst.ttl}
 * and {@code ic.ttl}), the lossless mapping between a {@link org.sstlib.core.Case} and its graph
 * ({@link org.sstlib.rdf.CaseGraphs}), and the names a case takes in a store ({@link org.sstlib.rdf.GraphNames}).
 *
 * <p>Start here:
 *
 * <pre>{@code
 * Case study = CaseFiles.read(Path.of("examples/cases/hughes-2022.yaml"));
 * Graph graph = CaseGraphs.toGraph(study);          // every triple checked before the first is added
 * Case again = CaseGraphs.fromGraph(graph);         // equal to study
 * Node name = GraphNames.graphNode(study.id());     // urn:sst:graph:hughes-2022, its named graph in a store
 * }</pre>
 *
 * <p>The other packages of this module, by what a user does:
 *
 * <ul>
 *   <li>{@link org.sstlib.rdf.io}: read and write RDF files (Turtle, TriG, N-Triples, N-Quads, JSON-LD);
 *   <li>{@link org.sstlib.rdf.store}: keep many cases in a store (in memory, TDB2 on disk, a SPARQL endpoint);
 *   <li>{@link org.sstlib.rdf.query}: ask the named questions of an SST study;
 *   <li>{@link org.sstlib.rdf.shacl}: check a graph against the theory's rules.
 * </ul>
 *
 * <p>See {@code docs/rdf.md} for the mapping.
 */
package org.sstlib.rdf;

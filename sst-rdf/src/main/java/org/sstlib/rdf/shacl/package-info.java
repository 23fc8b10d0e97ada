/**
 * The theory's rules as SHACL shapes ({@code sst-shapes.ttl}, beside this package) and their check on a case's
 * graph ({@link org.sstlib.rdf.shacl.SstShapes}), each problem reported for the element concerned with what to
 * change: a {@link org.sstlib.rdf.shacl.ShapeReport} of {@link org.sstlib.rdf.shacl.ShapeProblem}s, each with its
 * {@link org.sstlib.rdf.shacl.Severity}.
 *
 * <p>Start here:
 *
 * <pre>{@code
 * Graph graph = RDFParser.source("handwritten.ttl").toGraph();   // or CaseGraphs.toGraph(study)
 * ShapeReport report = SstShapes.validate(graph);
 * report.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>Check the graph as it was written where there is one: some shapes (the stored chain steps, for example) can
 * only fail on RDF written by hand or by another tool, as {@code CaseGraphs.toGraph} always writes them right.
 */
package org.sstlib.rdf.shacl;

package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sstlib.core.Case;
import org.sstlib.rdf.GraphNames;

/**
 * The cases an RDF file holds, with the RDF exactly as the file wrote it: what {@link RdfFiles#readWithGraphs}
 * gives, from one parse. The written graphs are for checks that must see what a person wrote rather than what the
 * library would write for the same case (the SHACL shapes for hand-written RDF, such as a missing chain step).
 *
 * <pre>{@code
 * WrittenCases read = RdfFiles.readWithGraphs(Path.of("handwritten.ttl"));
 * for (Case c : read.cases()) {
 *   ShapeReport report = SstShapes.validate(read.graphOf(c.id()));
 * }
 * }</pre>
 *
 * @param cases the cases, in the order {@link RdfFiles#read(java.nio.file.Path)} gives them
 * @param written the dataset as parsed: the default graph, and a named graph {@code urn:sst:graph:<id>} per case of
 *     a TriG, N-Quads or JSON-LD file that has them; not to be changed
 */
public record WrittenCases(ImmutableList<Case> cases, DatasetGraph written) {

  /** Checks that no component is null. */
  public WrittenCases {
    checkNotNull(cases, "cases");
    checkNotNull(written, "written");
  }

  /**
   * The graph that holds a case as written: its named graph {@code urn:sst:graph:<id>} where the file has one,
   * otherwise the default graph.
   */
  public Graph graphOf(String caseId) {
    Node name = GraphNames.graphNode(caseId);
    return written.containsGraph(name) ? written.getGraph(name) : written.getDefaultGraph();
  }
}

package org.sstlib.rdf;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

/**
 * The names a case takes in RDF, whatever its base: the named graph that holds it ({@code urn:sst:graph:<id>})
 * and the case resource ({@code urn:sst:case:<id>}). A store holds one case per named graph, so a case id and a
 * graph name stand for each other.
 *
 * <pre>{@code
 * GraphNames.graphName("hughes-2022");                     // "urn:sst:graph:hughes-2022"
 * GraphNames.caseId(GraphNames.graphNode("hughes-2022"));  // Optional[hughes-2022]
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class GraphNames {
  /** The start of the name of a case's named graph: {@code urn:sst:graph:<id>}. */
  public static final String GRAPH_PREFIX = "urn:sst:graph:";
  /** The start of the IRI of a case resource: {@code urn:sst:case:<id>}. */
  public static final String CASE_PREFIX = "urn:sst:case:";

  private GraphNames() {}

  /**
   * The name of the named graph that holds a case: {@code urn:sst:graph:<id>}, whatever the case's base.
   *
   * <pre>{@code
   * GraphNames.graphName("hughes-2022");   // "urn:sst:graph:hughes-2022"
   * }</pre>
   */
  public static String graphName(String caseId) {
    checkNotNull(caseId, "caseId");
    return GRAPH_PREFIX + caseId;
  }

  /**
   * The named graph of a case as a node, for {@link org.apache.jena.sparql.core.DatasetGraph#getGraph(Node)}.
   *
   * @throws IllegalArgumentException if {@code caseId} does not make a valid IRI
   */
  public static Node graphNode(String caseId) {
    String iri = graphName(caseId);
    try {
      IRIs.checkEx(iri);
    } catch (IRIException e) {
      throw new IllegalArgumentException("case id '" + caseId + "' does not make a valid graph name <" + iri
          + ">: " + e.getMessage(), e);
    }
    return NodeFactory.createURI(iri);
  }

  /**
   * The graph name of a case id, or empty if the id cannot name a case graph (so it names no case in any
   * store): for looking up a case a user named.
   */
  public static Optional<Node> findGraphNode(String caseId) {
    checkNotNull(caseId, "caseId");
    try {
      return Optional.of(graphNode(caseId));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The case id a graph name stands for, or empty if it is not a case graph {@code urn:sst:graph:<id>}. */
  public static Optional<String> caseId(Node graphName) {
    checkNotNull(graphName, "graphName");
    if (graphName.isURI() && graphName.getURI().startsWith(GRAPH_PREFIX)
        && graphName.getURI().length() > GRAPH_PREFIX.length()) {
      return Optional.of(graphName.getURI().substring(GRAPH_PREFIX.length()));
    }
    return Optional.empty();
  }

  /**
   * The IRI of the case resource: {@code urn:sst:case:<id>}.
   *
   * <pre>{@code
   * GraphNames.caseIri("hughes-2022");   // "urn:sst:case:hughes-2022"
   * }</pre>
   */
  public static String caseIri(String caseId) {
    checkNotNull(caseId, "caseId");
    return CASE_PREFIX + caseId;
  }
}

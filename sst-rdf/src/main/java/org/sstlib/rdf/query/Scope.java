package org.sstlib.rdf.query;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * A case in the scope of a query: its id, its named graph and the base its ids resolve against. Immutable.
 *
 * @param caseId the case's id
 * @param graph its named graph, {@code urn:sst:graph:<id>}
 * @param base its {@code sst:base}: an element's IRI is the base and its id
 */
record Scope(String caseId, Node graph, String base) {

  /** The id of a node of this case: the part after the base, or the IRI in angle brackets; text as is. */
  String id(Node node) {
    if (node == null) {
      return "";
    }
    if (node.isURI()) {
      String uri = node.getURI();
      return uri.startsWith(base) && uri.length() > base.length() ? uri.substring(base.length())
          : "<" + uri + ">";
    }
    if (node.isLiteral()) {
      return node.getLiteralLexicalForm();
    }
    return node.toString();
  }

  /**
   * The case of a row, by its {@code case} variable (the graph).
   *
   * @throws IllegalStateException if the row comes from a graph that is not in scope
   */
  static Scope of(List<Scope> scope, Map<String, Node> row) {
    Node graph = row.get(NamedQuery.CASE);
    for (Scope s : scope) {
      if (s.graph().equals(graph)) {
        return s;
      }
    }
    throw new IllegalStateException("a row of graph " + graph + " that is not in scope");
  }

  /** The ids of the cases, for a message: "a, b", or "none". */
  static String names(List<Scope> scope) {
    return scope.isEmpty() ? "none" : scope.stream().map(Scope::caseId).collect(Collectors.joining(", "));
  }
}

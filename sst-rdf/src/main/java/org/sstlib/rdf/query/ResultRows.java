package org.sstlib.rdf.query;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.sstlib.core.CodeListValue;
import org.sstlib.rdf.SstConcepts;

/**
 * The rows of a {@code SELECT} answer, read once for every reader (the named queries, and
 * {@link QueryTable#copyOf(org.apache.jena.query.ResultSet)} for a researcher's own query), and the values in
 * them as Java reads them. Stateless.
 */
final class ResultRows {

  private ResultRows() {}

  /**
   * Reads every row of an answer, in order: each a map from variable name to the node bound to it; a variable
   * left unbound in a row is absent from its map.
   */
  static List<Map<String, Node>> read(ResultSet results) {
    checkNotNull(results, "results");
    List<Var> vars = results.getResultVars().stream().map(Var::alloc).toList();
    List<Map<String, Node>> rows = new ArrayList<>();
    while (results.hasNext()) {
      Binding binding = results.nextBinding();
      Map<String, Node> row = new HashMap<>();
      for (Var v : vars) {
        Node node = binding.get(v);
        if (node != null) {
          row.put(v.getVarName(), node);
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** A node as text: a literal's lexical form, an IRI without brackets, anything else as Jena writes it. */
  static String text(Node node) {
    if (node == null) {
      return "";
    }
    return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : node.toString();
  }

  static int integer(Node node) {
    return Integer.parseInt(node.getLiteralLexicalForm().trim());
  }

  static boolean bool(Node node) {
    String lexical = node.getLiteralLexicalForm().trim();
    return lexical.equals("true") || lexical.equals("1");
  }

  /** The concept of a code list that a node names, if it names one. */
  static <E extends Enum<E> & CodeListValue> Optional<E> concept(Class<E> type, Node node) {
    return node == null ? Optional.empty() : SstConcepts.value(type, node);
  }

  /** A concept as a researcher types it ({@code constrains}), or the empty string. */
  static String code(Optional<? extends CodeListValue> value) {
    return value.map(CodeListValue::code).orElse("");
  }
}

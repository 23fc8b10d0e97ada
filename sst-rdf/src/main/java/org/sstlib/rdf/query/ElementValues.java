package org.sstlib.rdf.query;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.sstlib.core.internal.DidYouMean;
import org.sstlib.core.internal.Ids;
import org.sstlib.rdf.SST;

/**
 * Parameter values that name elements, turned into the RDF terms a query binds: an id, resolved against the base of
 * each case in scope, or an absolute IRI in angle brackets, checked. Nothing here writes query text; a value that
 * is neither an id nor an allowed IRI, or that names nothing, is refused with a {@link QueryParameterException}
 * that names the parameter. Stateless.
 */
final class ElementValues {

  /** Characters that may never appear in an IRI given as a parameter, whatever the IRI checker says. */
  private static final Pattern UNSAFE_IRI_CHARACTER = Pattern.compile("[\\x00-\\x20<>\"{}|\\\\^`\\x7F]");
  private static final ImmutableSet<String> IRI_SCHEMES = ImmutableSet.of("http", "https", "urn");

  /** The kinds of element a chain passes through: {@code chain-nodes.rq} lists the same. */
  private static final ImmutableSet<Node> CHAIN_TYPES =
      ImmutableSet.of(SST.Structure, SST.Event, SST.PositionPractice, SST.ActiveAgency);

  private ElementValues() {}

  /**
   * The node a value stands for in each case in scope where it names an element (of {@code type}, if given), in
   * scope order.
   *
   * @param typeName what an element of {@code type} is called in a message ("cycle"); null with {@code type}
   * @throws QueryParameterException if the value is neither an id nor an allowed IRI, or names no such element
   */
  static Map<Scope, Node> resolve(QueryRunner runner, String parameter, String value, List<Scope> scope, Node type,
      String typeName) {
    Map<Scope, Set<Node>> types = new LinkedHashMap<>();
    Map<Scope, Node> resolved = find(runner, parameter, value, scope, types);
    resolved.keySet().retainAll(type == null ? types.keySet()
        : types.entrySet().stream().filter(e -> e.getValue().contains(type)).map(Map.Entry::getKey).toList());
    if (resolved.isEmpty()) {
      String what = typeName == null ? "element" : typeName;
      if (!types.isEmpty()) {
        throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value
            + "' is not a " + what + " in case(s) " + Scope.names(List.copyOf(types.keySet()))
            + (value.startsWith("<") ? "" : hint(runner, value, scope, type)), true);
      }
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': no " + what + " '"
          + value + "' in case(s) " + Scope.names(scope) + (value.startsWith("<") ? ""
          : hint(runner, value, scope, type)));
    }
    return resolved;
  }

  /**
   * The node a value stands for in each case in scope where it names an element that can be on the chain of
   * structuration (a structure, an event, a position-practice or an agency), in scope order.
   *
   * @throws QueryParameterException if the value is neither an id nor an allowed IRI, names nothing, or names
   *     only elements that are never on a chain ({@link QueryParameterException#wrongKind()}), such as an agent
   */
  static Map<Scope, Node> resolveOnChain(QueryRunner runner, String parameter, String value, List<Scope> scope) {
    Map<Scope, Set<Node>> types = new LinkedHashMap<>();
    Map<Scope, Node> found = find(runner, parameter, value, scope, types);
    if (found.isEmpty()) {
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': no element '" + value
          + "' in case(s) " + Scope.names(scope) + (value.startsWith("<") ? "" : hint(runner, value, scope, null)));
    }
    Map<Scope, Node> resolved = new LinkedHashMap<>();
    found.forEach((s, node) -> {
      if (!Collections.disjoint(types.get(s), CHAIN_TYPES)) {
        resolved.put(s, node);
      }
    });
    if (resolved.isEmpty()) {
      Scope first = found.keySet().iterator().next();
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value + "' is "
          + kindOf(types.get(first)) + " in case(s) " + Scope.names(List.copyOf(found.keySet())) + ", and "
          + "never on the chain of structuration: a chain starts and ends at a structure, an event, a "
          + "position-practice or the agency of a cycle", true);
    }
    return resolved;
  }

  /** What an element of these types is, in words, for a message: "an agent", "a cycle". */
  private static String kindOf(Set<Node> types) {
    Map<Node, String> words = new LinkedHashMap<>();
    words.put(SST.Agent, "an agent");
    words.put(SST.Cycle, "a cycle");
    words.put(SST.Case, "the case itself");
    words.put(SST.Source, "a source");
    words.put(SST.Evidence, "an evidence item");
    words.put(SST.Analyst, "an analyst");
    words.put(SST.Codebook, "a codebook");
    return words.entrySet().stream().filter(e -> types.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
        .orElse("an element that is not a structure, an event, a position-practice or an agency");
  }

  /**
   * The node a value stands for in each case in scope where it names an element, of any kind, in scope order;
   * fills {@code types} with the types of each.
   *
   * @throws QueryParameterException if the value is neither an id nor an allowed IRI
   */
  private static Map<Scope, Node> find(QueryRunner runner, String parameter, String value, List<Scope> scope,
      Map<Scope, Set<Node>> types) {
    Map<Scope, Node> candidates = new LinkedHashMap<>();
    Optional<Node> givenIri = checkValue(parameter, value);
    boolean isIri = givenIri.isPresent();
    if (isIri) {
      scope.forEach(s -> candidates.put(s, givenIri.get()));
    } else {
      for (Scope s : scope) {
        try {
          IRIs.checkEx(s.base() + value);
          candidates.put(s, NodeFactory.createURI(s.base() + value));
        } catch (IRIException e) {
          // The id cannot name an element of this case: its base makes no IRI of it.
        }
      }
    }
    List<List<Node>> values = new ArrayList<>();
    candidates.forEach((s, node) -> values.add(List.of(s.graph(), node)));
    for (Map<String, Node> row : runner.select("resolve", List.of(NamedQuery.CASE, "element"), values)) {
      Set<Node> set = types.computeIfAbsent(Scope.of(scope, row), k -> new HashSet<>());
      if (row.get("type") != null) {
        set.add(row.get("type"));
      }
    }
    Map<Scope, Node> found = new LinkedHashMap<>();
    for (Scope s : scope) {
      if (types.containsKey(s)) {
        found.put(s, candidates.get(s));
      }
    }
    return found;
  }

  /** "; did you mean 'x'?" for an id, among the ids (of elements of {@code type}, if given) of the scope. */
  private static String hint(QueryRunner runner, String value, List<Scope> scope, Node type) {
    if (scope.isEmpty()) {
      return "";
    }
    Set<String> all = new TreeSet<>();
    Set<String> ofType = new TreeSet<>();
    for (Map<String, Node> row : runner.selectInCases("identifiers", scope)) {
      String id = ResultRows.text(row.get("id"));
      all.add(id);
      if (type != null && type.equals(row.get("type"))) {
        ofType.add(id);
      }
    }
    return DidYouMean.hint(value, type == null ? all : ofType);
  }

  /**
   * Checks the form of a value that names an element: an id, or an allowed IRI in angle brackets (returned).
   *
   * @throws QueryParameterException if it is neither
   */
  static Optional<Node> checkValue(String parameter, String value) {
    if (value.startsWith("<")) {
      return Optional.of(checkIri(parameter, value));
    }
    if (!Ids.isId(value)) {
      throw new QueryParameterException(parameter, value, "parameter '" + parameter + "': '" + value + "' is "
          + "neither an id (letters, digits, '.', '_' and '-', starting with a letter or a digit) nor an IRI in "
          + "angle brackets <...>");
    }
    return Optional.empty();
  }

  /**
   * The IRI of a value in angle brackets, checked: absolute, of scheme http, https or urn, valid for Jena's IRI
   * checker, and free of characters that could end an IRI in SPARQL text.
   */
  private static Node checkIri(String parameter, String value) {
    String prefix = "parameter '" + parameter + "': ";
    if (!value.endsWith(">") || value.length() < 3) {
      throw new QueryParameterException(parameter, value, prefix + "'" + value + "' is not an IRI in angle "
          + "brackets <...>");
    }
    String iri = value.substring(1, value.length() - 1);
    if (UNSAFE_IRI_CHARACTER.matcher(iri).find()) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + " holds a space, a "
          + "control character or one of <>\"{}|\\^` which no IRI may hold");
    }
    int colon = iri.indexOf(':');
    String scheme = colon < 0 ? "" : iri.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!IRI_SCHEMES.contains(scheme)) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + (colon < 0
          ? " is not absolute" : " has the scheme '" + scheme + ":'") + "; only http, https and urn IRIs name "
          + "elements of a case");
    }
    try {
      IRIs.checkEx(iri);
    } catch (IRIException e) {
      throw new QueryParameterException(parameter, value, prefix + "the IRI " + value + " is not valid: "
          + e.getMessage());
    }
    return NodeFactory.createURI(iri);
  }
}

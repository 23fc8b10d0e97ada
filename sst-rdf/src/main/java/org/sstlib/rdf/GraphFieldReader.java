package org.sstlib.rdf;

import static org.sstlib.rdf.MappingTerms.DESCRIPTION;
import static org.sstlib.rdf.MappingTerms.FIRST;
import static org.sstlib.rdf.MappingTerms.IDENTIFIER;
import static org.sstlib.rdf.MappingTerms.LABEL;
import static org.sstlib.rdf.MappingTerms.NIL;
import static org.sstlib.rdf.MappingTerms.REST;
import static org.sstlib.rdf.MappingTerms.TYPE;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.G;
import org.sstlib.core.CodeListValue;
import org.sstlib.core.Codebook;
import org.sstlib.core.Scale;
import org.sstlib.core.ShippedCodebooks;

/**
 * Reads the typed values of a case's graph off its nodes (identifiers, references, texts, lists, concepts of the
 * code lists, positions in lists), collecting a problem for each malformed or missing value instead of stopping:
 * what {@link CaseGraphReader} builds a case from. Single use, not thread-safe.
 */
abstract class GraphFieldReader {
  static final PrefixMapping PREFIXES = SST.prefixes();

  final Graph g;
  final List<String> problems = new ArrayList<>();
  String base = "";
  /** Each concept of the case's codebooks, as {@code codebook:concept}. */
  final Map<Node, String> conceptCodes = new HashMap<>();

  GraphFieldReader(Graph g) {
    this.g = g;
  }

  /** The fields every element shares. */
  record Common(String id, String label, Optional<String> description, Optional<Scale> scale,
      ImmutableList<String> codes) {}

  /** {@code ic:concept} for the IRI of a concept of a code list that comes with sst, or null. */
  String shippedCode(Node code) {
    if (!code.isURI()) {
      return null;
    }
    for (String id : ShippedCodebooks.ids()) {
      String ns = ShippedCodebooks.namespace(id).orElseThrow();
      if (code.getURI().startsWith(ns)) {
        String concept = code.getURI().substring(ns.length());
        boolean known = ShippedCodebooks.get(id).orElseThrow().concepts().stream()
            .anyMatch(c -> c.id().equals(concept));
        return known ? id + ":" + concept : null;
      }
    }
    return null;
  }

  Common common(Node n, String what) {
    String id = identifier(n, what);
    String label = requiredText(n, LABEL, what);
    Optional<String> description = optionalText(n, DESCRIPTION, what);
    Optional<Scale> scale = optionalConcept(n, SST.scale, Scale.class, what);
    List<String> codes = new ArrayList<>();
    for (Node code : G.listSP(g, n, SST.code)) {
      String c = conceptCodes.get(code);
      if (c == null) {
        c = shippedCode(code);
      }
      if (c == null) {
        problem(what + " " + show(n) + " has sst:code " + show(code) + ", which is not a concept of a codebook "
            + "of the case (a skos:Concept with skos:inScheme an sst:Codebook)");
      } else {
        codes.add(c);
      }
    }
    return new Common(id, label, description, scale, ImmutableList.copyOf(codes));
  }

  /** The resources of a type, in the order of their {@code sst:index}. */
  List<Node> ofType(Node type, String what) {
    return sortedByIndex(G.listPO(g, TYPE, type), what);
  }

  /** The nodes in the order of their {@code sst:index}; reports a missing, malformed or repeated index. */
  List<Node> sortedByIndex(List<Node> nodes, String what) {
    List<Map.Entry<Integer, Node>> indexed = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      Node index = requiredOne(n, SST.index, what);
      int i = Integer.MAX_VALUE;
      if (index != null) {
        Object value = literalValue(index, XSDDatatype.XSDinteger);
        if (value instanceof Number number && isWhole(number) && number.longValue() >= 0
            && number.longValue() < Integer.MAX_VALUE) {
          i = number.intValue();
        } else {
          problem(what + " " + show(n) + " has sst:index " + show(index) + ", which is not an xsd:integer "
              + "from 0");
        }
      }
      indexed.add(Map.entry(i, n));
    }
    indexed.sort(Map.Entry.<Integer, Node>comparingByKey().thenComparing(e -> show(e.getValue())));
    List<Node> sorted = new ArrayList<>(indexed.size());
    for (int k = 0; k < indexed.size(); k++) {
      if (k > 0 && indexed.get(k).getKey() != Integer.MAX_VALUE
          && indexed.get(k).getKey().equals(indexed.get(k - 1).getKey())) {
        problem(what + " " + show(indexed.get(k - 1).getValue()) + " and " + show(indexed.get(k).getValue())
            + " have the same sst:index " + indexed.get(k).getKey());
      }
      sorted.add(indexed.get(k).getValue());
    }
    return sorted;
  }

  static boolean isWhole(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof BigInteger || n instanceof Short
        || n instanceof Byte;
  }

  /** The {@code dcterms:identifier} of an element, which must be the end of its IRI {@code base + id}. */
  String identifier(Node n, String what) {
    String id = requiredText(n, IDENTIFIER, what);
    if (!id.isEmpty() && !(n.isURI() && n.getURI().equals(base + id))) {
      problem(what + " " + show(n) + " has dcterms:identifier '" + id + "', so its IRI should be <" + base + id
          + "> (the case's sst:base followed by the id)");
    }
    return id;
  }

  /** The id of the element an object IRI names ({@code base + id}), or "" after reporting a problem. */
  String ref(Node s, Node p, Node o, String what) {
    if (o.isURI() && o.getURI().startsWith(base)) {
      String id = o.getURI().substring(base.length());
      if (!id.isEmpty() && id.indexOf('/') < 0) {
        return id;
      }
    }
    problem(what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not an element of the case "
        + "(an IRI made of the case's sst:base <" + base + "> and an id)");
    return "";
  }

  ImmutableList<String> refs(Node s, Node p, String what) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Node o : G.listSP(g, s, p)) {
      ids.add(ref(s, p, o, what));
    }
    return ids.build();
  }

  Optional<String> optionalRef(Node s, Node p, String what) {
    return Optional.ofNullable(optionalOne(s, p, what)).map(o -> ref(s, p, o, what));
  }

  /** The one value of (s, p), or null if there is none or, after reporting it, more than one. */
  Node optionalOne(Node s, Node p, String what) {
    List<Node> values = G.listSP(g, s, p);
    if (values.size() > 1) {
      problem(what + " " + show(s) + " has " + values.size() + " values of " + prop(p) + " ("
          + String.join(", ", values.stream().map(CaseGraphReader::show).sorted().toList()) + "); it takes one");
      return null;
    }
    return values.isEmpty() ? null : values.get(0);
  }

  /** The one value of (s, p), or null after reporting that there is none or more than one. */
  Node requiredOne(Node s, Node p, String what) {
    if (!g.contains(s, p, Node.ANY)) {
      problem(what + " " + show(s) + " has no " + prop(p));
      return null;
    }
    return optionalOne(s, p, what);
  }

  Optional<String> optionalText(Node s, Node p, String what) {
    return Optional.ofNullable(optionalOne(s, p, what)).map(o -> text(s, p, o, what));
  }

  String requiredText(Node s, Node p, String what) {
    Node o = requiredOne(s, p, what);
    return o == null ? "" : text(s, p, o, what);
  }

  String text(Node s, Node p, Node o, String what) {
    if (o.isLiteral() && XSDDatatype.XSDstring.getURI().equals(o.getLiteralDatatypeURI())) {
      return o.getLiteralLexicalForm();
    }
    problem(what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not a plain string literal "
        + "(xsd:string, no language tag)");
    return "";
  }

  /** An RDF list of plain strings; empty when the property is absent. */
  ImmutableList<String> textList(Node s, Node p, String what) {
    Node head = optionalOne(s, p, what);
    ImmutableList.Builder<String> items = ImmutableList.builder();
    if (head == null) {
      return items.build();
    }
    Set<Node> seen = new HashSet<>();
    Node cell = head;
    while (!cell.equals(NIL)) {
      List<Node> first = cell.isLiteral() ? List.of() : G.listSP(g, cell, FIRST);
      List<Node> rest = cell.isLiteral() ? List.of() : G.listSP(g, cell, REST);
      if (!seen.add(cell) || first.size() != 1 || rest.size() != 1) {
        problem(what + " " + show(s) + " has " + prop(p) + " " + show(head) + ", which is not a well-formed RDF "
            + "list (each cell has one rdf:first and one rdf:rest, ending in rdf:nil)");
        return ImmutableList.of();
      }
      items.add(text(s, p, first.get(0), what));
      cell = rest.get(0);
    }
    return items.build();
  }

  <E extends Enum<E> & CodeListValue> Optional<E> optionalConcept(Node s, Node p, Class<E> type,
      String what) {
    Node o = optionalOne(s, p, what);
    if (o == null) {
      return Optional.empty();
    }
    Optional<E> value = SstConcepts.value(type, o);
    if (value.isEmpty()) {
      problem(notAConcept(s, p, o, type, what));
    }
    return value;
  }

  static <E extends Enum<E> & CodeListValue> String notAConcept(Node s, Node p, Node o, Class<E> type,
      String what) {
    return what + " " + show(s) + " has " + prop(p) + " " + show(o) + ", which is not a concept of "
        + prop(SstConcepts.scheme(type)) + " (one of " + String.join(", ", CodeListValue.codes(type).stream()
            .map(code -> prop(SstConcepts.concept(CodeListValue.fromCode(type, code).orElseThrow()))).toList())
        + ")";
  }

  /** Every value of (s, p), each a concept of {@code type}; reports any other node. */
  <E extends Enum<E> & CodeListValue> ImmutableList<E> concepts(Node s, Node p, Class<E> type,
      String what) {
    ImmutableList.Builder<E> values = ImmutableList.builder();
    for (Node o : G.listSP(g, s, p)) {
      Optional<E> value = SstConcepts.value(type, o);
      if (value.isEmpty()) {
        problem(notAConcept(s, p, o, type, what));
      }
      value.ifPresent(values::add);
    }
    return values.build();
  }

  <E extends Enum<E> & CodeListValue> E requiredConcept(Node s, Node p, Class<E> type, E placeholder,
      String what) {
    if (!g.contains(s, p, Node.ANY)) {
      problem(what + " " + show(s) + " has no " + prop(p));
      return placeholder;
    }
    return optionalConcept(s, p, type, what).orElse(placeholder);
  }

  void problem(String message) {
    problems.add(message);
  }

  /** The integer datatypes an {@code sst:index} may have (a store may hand back a narrower one). */
  static final Set<XSDDatatype> INTEGER_TYPES = Set.of(XSDDatatype.XSDinteger,
      XSDDatatype.XSDnonNegativeInteger, XSDDatatype.XSDpositiveInteger, XSDDatatype.XSDlong, XSDDatatype.XSDint,
      XSDDatatype.XSDshort, XSDDatatype.XSDbyte, XSDDatatype.XSDunsignedLong, XSDDatatype.XSDunsignedInt,
      XSDDatatype.XSDunsignedShort, XSDDatatype.XSDunsignedByte);

  /**
   * The value of a literal of the given datatype (for {@code xsd:integer}, of any integer datatype), or null if the
   * node is not a valid literal of it.
   */
  static Object literalValue(Node node, XSDDatatype datatype) {
    if (!node.isLiteral() || !(node.getLiteralDatatype() instanceof XSDDatatype dt)) {
      return null;
    }
    boolean fits = datatype == XSDDatatype.XSDinteger ? INTEGER_TYPES.contains(dt) : dt.equals(datatype);
    if (!fits || !dt.isValid(node.getLiteralLexicalForm())) {
      return null;
    }
    return node.getLiteralValue();
  }

  /** A node as it appears in messages: an IRI in angle brackets, a literal in N-Triples form. */
  static String show(Node node) {
    return node.isBlank() ? "[a blank node]" : NodeFmtLib.strNT(node);
  }

  /** A property as a prefixed name where one of the case prefixes fits. */
  static String prop(Node property) {
    return property.isURI() ? PREFIXES.shortForm(property.getURI()) : show(property);
  }
}

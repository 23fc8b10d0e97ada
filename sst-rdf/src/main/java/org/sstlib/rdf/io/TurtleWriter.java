package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a graph as Turtle that depends only on the graph and the prefixes: the same graph gives the same
 * characters in every run and every JVM, so a case archived twice gives byte-identical files and a diff shows
 * only what changed.
 *
 * <p>The layout: {@code @prefix} lines sorted by prefix name ({@code :} first); then one block a subject, the
 * chosen first subject (the case) first, then IRIs in IRI order, then labelled blank nodes in label order; in a
 * block, {@code rdf:type} (written {@code a}) first, then predicates in IRI order; objects sorted by their text and
 * grouped with {@code ,}. A blank node that heads a well-formed RDF list referenced once is written {@code ( ... )};
 * any other blank node referenced once is written inline {@code [ ... ]}; every other blank node (referenced twice
 * or more, never, or only from a cycle of blank nodes, or nested deeper than {@link #MAX_INLINE_DEPTH}) gets a
 * label {@code _:bN}, in the order of a structural signature of the node (colour refinement over the graph), never
 * of Jena's internal blank node ids. Two blank nodes that no property, value or neighbour distinguishes may
 * swap labels; the text is then the same unless the graph is a rare regular structure, and the graphs of sst cases
 * have no labelled blank nodes at all.
 *
 * <p>IRIs are written as prefixed names only where the local name is legal in Turtle without escapes (else in
 * full, {@code <...>}); strings are escaped as Turtle requires, strings holding a line break are written between
 * {@code """}; other characters are kept as they are (UTF-8), never replaced.
 *
 * <p>Immutable and thread-safe.
 */
final class TurtleWriter {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  /** Inline blank nodes nested deeper than this get a label instead, so that writing never recurses deeply. */
  static final int MAX_INLINE_DEPTH = 64;
  /** Lines longer than this are broken: objects, list items and inline properties go on lines of their own. */
  private static final int WIDTH = 100;
  /** A line break of the layout (not of a literal), followed by indentation relative to the enclosing block. */
  private static final char NL = '\u0000';
  private static final String INDENT = "    ";

  private static final Node TYPE = RDF.type.asNode();
  private static final Node FIRST = RDF.first.asNode();
  private static final Node REST = RDF.rest.asNode();
  private static final Node NIL = RDF.nil.asNode();
  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();
  private static final String XSD_INTEGER = XSDDatatype.XSDinteger.getURI();
  private static final String XSD_BOOLEAN = XSDDatatype.XSDboolean.getURI();
  private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");

  /** Prefix name to namespace, in the order the {@code @prefix} lines are written. */
  private final ImmutableMap<String, String> prefixes;

  /**
   * @param prefixes prefix name ({@code ""} for {@code :}) to namespace; each name must be a legal Turtle prefix
   *     name
   */
  TurtleWriter(Map<String, String> prefixes) {
    checkNotNull(prefixes, "prefixes");
    TreeMap<String, String> sorted = new TreeMap<>();
    prefixes.forEach((name, ns) -> {
      checkArgument(isPrefixName(name), "'%s' is not a legal Turtle prefix name", name);
      sorted.put(name, checkNotNull(ns, "namespace of %s", name));
    });
    this.prefixes = ImmutableMap.copyOf(sorted);
  }

  /** The {@code @prefix} lines, each ending with a line break. */
  String prefixLines() {
    StringBuilder s = new StringBuilder();
    prefixes.forEach((name, ns) -> s.append("@prefix ").append(name).append(": ").append(iriRef(ns))
        .append(" .\n"));
    return s.toString();
  }

  /** A whole Turtle document: the prefix lines, a blank line, the triples. */
  String document(Graph graph, Node first) {
    String body = body(graph, first, 0);
    return body.isEmpty() ? prefixLines() : prefixLines() + "\n" + body;
  }

  /**
   * The triples of a graph without prefix lines, each line indented by {@code indent} levels (for a TriG
   * {@code GRAPH} block), ending with a line break; empty for an empty graph.
   *
   * @param first the subject written first (the case), or null
   */
  String body(Graph graph, Node first, int indent) {
    checkNotNull(graph, "graph");
    checkArgument(first == null || first.isURI(), "the first subject must be an IRI: %s", first);
    Plan plan = new Plan(graph);
    String text = plan.render(first);
    if (text.isEmpty()) {
      return "";
    }
    return finish(INDENT.repeat(indent) + indent(text, indent)) + "\n";
  }

  /**
   * Labels for every blank node of a graph, the same in every run, for N-Triples and N-Quads where every blank
   * node needs one: {@code b0, b1, ...} for the blank nodes that Turtle labels, in their order, then on for the
   * inline ones in the order they appear in the Turtle text of the graph (written without prefixes).
   */
  static Map<Node, String> blankLabels(Graph graph, Node first) {
    checkNotNull(graph, "graph");
    Plan plan = new TurtleWriter(Map.of()).new Plan(graph);
    plan.render(first);
    return plan.allLabels();
  }

  // ------------------------------------------------------------------------------------------------ the plan

  /** The layout of one graph: which blank nodes are inline, which are lists, which are labelled. */
  private final class Plan {
    private final Map<Node, List<Triple>> out = new HashMap<>();
    private final Map<Node, List<Triple>> in = new HashMap<>();
    private final Set<Node> blanks = new HashSet<>();
    /** Blank nodes that must be labelled though referenced once (cycles, deep nesting). */
    private final Set<Node> forced = new HashSet<>();
    private Set<Node> inline = Set.of();
    /** Head of each list written with {@code ( )}, to its items. */
    private final Map<Node, List<Node>> lists = new HashMap<>();
    /** Head of each list to its cells, head first. */
    private final Map<Node, List<Node>> cells = new HashMap<>();
    private final Map<Node, String> labels = new HashMap<>();
    /** Text of each inline blank node, relative to the line it starts on. */
    private final Map<Node, String> inlineText = new HashMap<>();
    private Map<Node, String> colours;
    private List<Node> subjectOrder = List.of();

    Plan(Graph graph) {
      graph.find().forEachRemaining(t -> {
        checkArgument(!t.getSubject().isLiteral() && !t.getSubject().isTripleTerm()
            && !t.getObject().isTripleTerm(), "not an RDF 1.1 triple: %s", t);
        out.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        if (t.getSubject().isBlank()) {
          blanks.add(t.getSubject());
        }
        if (t.getObject().isBlank()) {
          blanks.add(t.getObject());
          in.computeIfAbsent(t.getObject(), k -> new ArrayList<>()).add(t);
        }
      });
    }

    String render(Node first) {
      layout();
      List<Node> subjects = new ArrayList<>();
      List<Node> iris = new ArrayList<>();
      List<Node> labelled = new ArrayList<>();
      for (Node s : out.keySet()) {
        if (s.equals(first)) {
          subjects.add(s);
        } else if (!s.isBlank()) {
          iris.add(s);
        } else if (!inline.contains(s)) {
          labelled.add(s);
        }
      }
      iris.sort(Comparator.comparing(Node::getURI));
      labelled.sort(Comparator.comparing(this::labelIndex));
      subjects.addAll(iris);
      subjects.addAll(labelled);
      subjectOrder = subjects;
      StringBuilder text = new StringBuilder();
      for (Node s : subjects) {
        if (text.length() > 0) {
          text.append(NL).append(NL);
        }
        text.append(s.isBlank() ? "_:" + labels.get(s) : iri(s));
        List<String> entries = predicateObjects(s);
        text.append(NL).append(INDENT);
        text.append(String.join(" ;" + NL + INDENT, indentAll(entries, 1))).append(" .");
      }
      return text.toString();
    }

    private int labelIndex(Node blank) {
      return Integer.parseInt(labels.get(blank).substring(1));
    }

    /** Decides inline, list and labelled blank nodes, and labels the labelled ones. */
    private void layout() {
      while (true) {
        inline = new HashSet<>();
        for (Node b : blanks) {
          if (!forced.contains(b) && in.getOrDefault(b, List.of()).size() == 1) {
            inline.add(b);
          }
        }
        findLists();
        Set<Node> reached = new HashSet<>();
        Set<Node> tooDeep = new HashSet<>();
        reach(reached, tooDeep);
        if (!tooDeep.isEmpty()) {
          forced.addAll(tooDeep);
          continue;
        }
        List<Node> unreached = new ArrayList<>();
        for (Node b : inline) {
          if (!reached.contains(b)) {
            unreached.add(b);
          }
        }
        if (!unreached.isEmpty()) {
          // A cycle of blank nodes each referenced once: label one of them, the same one every run.
          Map<Node, String> c = colours();
          forced.add(unreached.stream().min(Comparator.comparing(c::get)).orElseThrow());
          continue;
        }
        break;
      }
      List<Node> labelled = new ArrayList<>();
      for (Node b : blanks) {
        if (!inline.contains(b)) {
          labelled.add(b);
        }
      }
      if (!labelled.isEmpty()) {
        Map<Node, String> c = colours();
        labelled.sort(Comparator.comparing(c::get));
        for (int i = 0; i < labelled.size(); i++) {
          labels.put(labelled.get(i), "b" + i);
        }
      }
    }

    private boolean isCell(Node b) {
      if (!inline.contains(b)) {
        return false;
      }
      List<Triple> ts = out.getOrDefault(b, List.of());
      if (ts.size() != 2) {
        return false;
      }
      Node p0 = ts.get(0).getPredicate();
      Node p1 = ts.get(1).getPredicate();
      return (p0.equals(FIRST) && p1.equals(REST)) || (p0.equals(REST) && p1.equals(FIRST));
    }

    private Node cellValue(Node cell, Node predicate) {
      for (Triple t : out.get(cell)) {
        if (t.getPredicate().equals(predicate)) {
          return t.getObject();
        }
      }
      throw new IllegalStateException("not a list cell");
    }

    private void findLists() {
      lists.clear();
      cells.clear();
      for (Node b : blanks) {
        if (!isCell(b)) {
          continue;
        }
        Triple ref = in.get(b).get(0);
        if (ref.getPredicate().equals(REST) && isCell(ref.getSubject())) {
          continue; // a cell inside a list
        }
        List<Node> items = new ArrayList<>();
        List<Node> chain = new ArrayList<>();
        Set<Node> seen = new HashSet<>();
        Node cell = b;
        boolean wellFormed = true;
        while (true) {
          if (!isCell(cell) || !seen.add(cell)) {
            wellFormed = false;
            break;
          }
          chain.add(cell);
          items.add(cellValue(cell, FIRST));
          Node rest = cellValue(cell, REST);
          if (rest.equals(NIL)) {
            break;
          }
          if (!rest.isBlank()) {
            wellFormed = false;
            break;
          }
          cell = rest;
        }
        if (wellFormed) {
          lists.put(b, items);
          cells.put(b, chain);
        }
      }
    }

    /** Marks the inline blank nodes reachable from the written subjects; collects those nested too deep. */
    private void reach(Set<Node> reached, Set<Node> tooDeep) {
      Deque<Map.Entry<Node, Integer>> stack = new ArrayDeque<>();
      for (Node s : out.keySet()) {
        if (!s.isBlank() || !inline.contains(s)) {
          stack.push(Map.entry(s, 0));
        }
      }
      while (!stack.isEmpty()) {
        Map.Entry<Node, Integer> e = stack.pop();
        Node node = e.getKey();
        int depth = e.getValue();
        List<Node> objects = new ArrayList<>();
        if (lists.containsKey(node)) {
          objects.addAll(lists.get(node));
        } else {
          for (Triple t : out.getOrDefault(node, List.of())) {
            objects.add(t.getObject());
          }
        }
        for (Node o : objects) {
          if (!o.isBlank() || !inline.contains(o) || reached.contains(o)) {
            continue;
          }
          if (depth + 1 > MAX_INLINE_DEPTH) {
            tooDeep.add(o);
            continue;
          }
          reached.add(o);
          if (cells.containsKey(o)) {
            reached.addAll(cells.get(o));
          }
          stack.push(Map.entry(o, depth + 1));
        }
      }
    }

    /**
     * A signature of each blank node that depends only on the graph's structure and values: colour refinement
     * (Weisfeiler-Leman) until the partition is stable.
     */
    private Map<Node, String> colours() {
      if (colours != null) {
        return colours;
      }
      Map<Node, String> c = new HashMap<>();
      for (Node b : blanks) {
        c.put(b, "");
      }
      int classes = 1;
      for (int round = 0; round <= blanks.size(); round++) {
        Map<Node, String> next = new HashMap<>();
        for (Node b : blanks) {
          List<String> parts = new ArrayList<>();
          for (Triple t : out.getOrDefault(b, List.of())) {
            parts.add("> " + t.getPredicate().getURI() + " " + key(t.getObject(), c));
          }
          for (Triple t : in.getOrDefault(b, List.of())) {
            parts.add("< " + key(t.getSubject(), c) + " " + t.getPredicate().getURI());
          }
          parts.sort(null);
          next.put(b, Hashing.sha256().hashString(String.join("\n", parts), StandardCharsets.UTF_8).toString());
        }
        int nextClasses = new HashSet<>(next.values()).size();
        c = next;
        if (nextClasses == classes && round > 0) {
          break;
        }
        classes = nextClasses;
      }
      colours = c;
      return c;
    }

    private String key(Node n, Map<Node, String> c) {
      return n.isBlank() ? "_:" + c.get(n) : NodeFmtLib.strNT(n);
    }

    /** The {@code predicate objects} entries of a subject or inline blank node, relative text. */
    private List<String> predicateObjects(Node subject) {
      Map<Node, List<Node>> byPredicate = new TreeMap<>(PREDICATE_ORDER);
      for (Triple t : out.getOrDefault(subject, List.of())) {
        byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
      }
      List<String> entries = new ArrayList<>();
      byPredicate.forEach((p, objects) -> {
        String pred = p.equals(TYPE) ? "a" : iri(p);
        List<String> texts = new ArrayList<>();
        for (Node o : objects) {
          texts.add(object(o));
        }
        texts.sort(null);
        if (texts.size() == 1) {
          entries.add(pred + " " + texts.get(0));
        } else if (fits(pred + " " + String.join(" , ", texts))) {
          entries.add(pred + " " + String.join(" , ", texts));
        } else {
          entries.add(pred + NL + INDENT + String.join(" ," + NL + INDENT, indentAll(texts, 1)));
        }
      });
      return entries;
    }

    /** The sort key of an object, the same as its text. */
    private String object(Node o) {
      if (o.isBlank()) {
        if (!inline.contains(o)) {
          return "_:" + labels.get(o);
        }
        String text = lists.containsKey(o) ? list(o) : blankNode(o);
        inlineText.put(o, text);
        return text;
      }
      if (o.equals(NIL)) {
        return "()";
      }
      return term(o);
    }

    private String list(Node head) {
      List<String> items = new ArrayList<>();
      for (Node item : lists.get(head)) {
        items.add(object(item));
      }
      String oneLine = "( " + String.join(" ", items) + " )";
      if (fits(oneLine)) {
        return oneLine;
      }
      return "(" + NL + INDENT + String.join(NL + INDENT, indentAll(items, 1)) + NL + ")";
    }

    private String blankNode(Node b) {
      List<String> entries = predicateObjects(b);
      if (entries.isEmpty()) {
        return "[]";
      }
      String oneLine = "[ " + String.join(" ; ", entries) + " ]";
      if (fits(oneLine)) {
        return oneLine;
      }
      return "[" + NL + INDENT + String.join(" ;" + NL + INDENT, indentAll(entries, 1)) + NL + "]";
    }

    /** Every blank node's label: the labelled ones, then the inline ones in order of appearance. */
    Map<Node, String> allLabels() {
      Map<Node, String> all = new LinkedHashMap<>();
      List<Node> labelled = new ArrayList<>(labels.keySet());
      labelled.sort(Comparator.comparing(this::labelIndex));
      for (Node b : labelled) {
        all.put(b, labels.get(b));
      }
      List<Node> appearance = new ArrayList<>();
      for (Node s : subjectOrder) {
        appear(s, appearance);
      }
      for (Node b : appearance) {
        all.put(b, "b" + all.size());
      }
      return all;
    }

    /** Adds the inline blank nodes under a node, in the order the text shows them. */
    private void appear(Node node, List<Node> appearance) {
      Map<Node, List<Node>> byPredicate = new TreeMap<>(PREDICATE_ORDER);
      for (Triple t : out.getOrDefault(node, List.of())) {
        byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
      }
      for (List<Node> objects : byPredicate.values()) {
        appearInOrder(objects, appearance);
      }
    }

    private void appearInOrder(List<Node> objects, List<Node> appearance) {
      List<Node> sorted = new ArrayList<>(objects);
      sorted.sort(Comparator.comparing(this::textOf));
      for (Node o : sorted) {
        appearObject(o, appearance);
      }
    }

    private void appearObject(Node o, List<Node> appearance) {
      if (!o.isBlank() || !inline.contains(o)) {
        return;
      }
      if (lists.containsKey(o)) {
        appearance.addAll(cells.get(o));
        for (Node item : lists.get(o)) {
          appearObject(item, appearance);
        }
      } else {
        appearance.add(o);
        appear(o, appearance);
      }
    }

    private String textOf(Node o) {
      if (o.isBlank()) {
        return inline.contains(o) ? inlineText.get(o) : "_:" + labels.get(o);
      }
      return o.equals(NIL) ? "()" : term(o);
    }
  }

  private static final Comparator<Node> PREDICATE_ORDER = (a, b) -> {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(TYPE)) {
      return -1;
    }
    if (b.equals(TYPE)) {
      return 1;
    }
    return a.getURI().compareTo(b.getURI());
  };

  // ------------------------------------------------------------------------------------------------ terms

  /** An IRI or literal as Turtle. */
  String term(Node n) {
    if (n.isURI()) {
      return iri(n);
    }
    if (n.isLiteral()) {
      return literal(n);
    }
    throw new IllegalArgumentException("not an IRI or literal: " + n);
  }

  /** An IRI as a prefixed name where one is legal, else in full. */
  String iri(Node n) {
    String iri = n.getURI();
    String bestName = null;
    String bestNs = "";
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      String ns = p.getValue();
      if (ns.length() > bestNs.length() && iri.startsWith(ns) && isLocalName(iri.substring(ns.length()))) {
        bestName = p.getKey();
        bestNs = ns;
      }
    }
    if (bestName != null) {
      return bestName + ":" + iri.substring(bestNs.length());
    }
    return iriRef(iri);
  }

  private String literal(Node n) {
    String lex = n.getLiteralLexicalForm();
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      String text = string(lex) + "@" + lang;
      if (n.getLiteralBaseDirection() != null) {
        text += "--" + n.getLiteralBaseDirection().direction();
      }
      return text;
    }
    String datatype = n.getLiteralDatatypeURI();
    if (datatype == null || datatype.equals(XSD_STRING)) {
      return string(lex);
    }
    if (datatype.equals(XSD_INTEGER) && INTEGER.matcher(lex).matches()) {
      return lex;
    }
    if (datatype.equals(XSD_BOOLEAN) && (lex.equals("true") || lex.equals("false"))) {
      return lex;
    }
    return string(lex) + "^^" + iri(NodeFactory.createURI(datatype));
  }

  /** A string as a Turtle string literal: between {@code """} when it holds a line feed, else {@code "}. */
  static String string(String s) {
    boolean longForm = s.indexOf('\n') >= 0;
    StringBuilder out = new StringBuilder(s.length() + 8);
    out.append(longForm ? "\"\"\"" : "\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append(longForm ? "\n" : "\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            // A lone surrogate cannot be encoded in UTF-8; keep it visible rather than turn it into '?'.
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append(longForm ? "\"\"\"" : "\"").toString();
  }

  /** An IRI in full, {@code <...>}, with the characters IRIREF forbids escaped. */
  static String iriRef(String iri) {
    StringBuilder out = new StringBuilder(iri.length() + 2).append('<');
    for (int i = 0; i < iri.length(); i++) {
      char c = iri.charAt(i);
      if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('>').toString();
  }

  // ------------------------------------------------------------------------------------------------ grammar

  /** Whether a string is a legal PN_LOCAL of Turtle that needs no escapes (empty is legal). */
  static boolean isLocalName(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean ok;
      if (i == 0) {
        ok = isPnCharsU(cp) || cp == ':' || (cp >= '0' && cp <= '9');
      } else if (next == n) {
        ok = isPnChars(cp) || cp == ':';
      } else {
        ok = isPnChars(cp) || cp == '.' || cp == ':';
      }
      if (!ok) {
        return false;
      }
      i = next;
    }
    return true;
  }

  /** Whether a string is a legal PN_PREFIX of Turtle, or empty. */
  static boolean isPrefixName(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean ok = i == 0 ? isPnCharsBase(cp) : next == n ? isPnChars(cp) : isPnChars(cp) || cp == '.';
      if (!ok) {
        return false;
      }
      i = next;
    }
    return true;
  }

  private static boolean isPnCharsBase(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  }

  private static boolean isPnCharsU(int c) {
    return isPnCharsBase(c) || c == '_';
  }

  private static boolean isPnChars(int c) {
    return isPnCharsU(c) || c == '-' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F)
        || (c >= 0x203F && c <= 0x2040);
  }

  // ------------------------------------------------------------------------------------------------ layout

  private static boolean fits(String text) {
    return text.length() <= WIDTH && text.indexOf(NL) < 0 && text.indexOf('\n') < 0;
  }

  private static List<String> indentAll(List<String> texts, int levels) {
    List<String> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(indent(t, levels));
    }
    return out;
  }

  /** Moves every layout line of a relative text in by some levels; line breaks inside literals stay as they are. */
  private static String indent(String text, int levels) {
    if (levels == 0 || text.indexOf(NL) < 0) {
      return text;
    }
    return text.replace(String.valueOf(NL), NL + INDENT.repeat(levels));
  }

  /** Turns layout line breaks into real ones, leaving no spaces on empty lines. */
  private static String finish(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int start = 0;
    while (true) {
      int end = text.indexOf(NL, start);
      String segment = end < 0 ? text.substring(start) : text.substring(start, end);
      if (segment.chars().anyMatch(ch -> ch != ' ')) {
        out.append(segment);
      }
      if (end < 0) {
        break;
      }
      out.append('\n');
      start = end + 1;
    }
    return out.toString();
  }
}

package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a graph as Turtle that depends only on the graph and the prefixes: the same graph gives the same
 * characters in every run and every JVM, so a case archived twice gives byte-identical files and a diff shows
 * only what changed. The text is laid out and written a subject at a time, never held whole.
 *
 * <p>The layout: {@code @prefix} lines sorted by prefix name ({@code :} first); then one block a subject, the
 * chosen first subject (the case) first, then IRIs in IRI order, then labelled blank nodes in label order; in a
 * block, {@code rdf:type} (written {@code a}) first, then predicates in IRI order; objects sorted by their text and
 * grouped with {@code ,}. Lists and blank nodes referenced once are written in place, {@code ( ... )} and
 * {@code [ ... ]}; the others get labels {@code _:bN} ({@link BlankNodeLayout} decides which).
 *
 * <p>IRIs are written as prefixed names only where the local name is legal in Turtle without escapes (else in
 * full, {@code <...>}); strings are escaped as Turtle requires ({@link TermText}), strings holding a line break are
 * written between {@code """}; other characters are kept as they are (UTF-8), never replaced.
 *
 * <p>Immutable and thread-safe.
 */
final class TurtleWriter {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  /** Lines longer than this are broken: objects, list items and inline properties go on lines of their own. */
  private static final int WIDTH = 100;
  /** A line break of the layout (not of a literal), followed by indentation relative to the enclosing block. */
  private static final char NL = '\u0000';
  private static final String INDENT = "    ";

  private static final Node TYPE = RDF.type.asNode();
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
      checkArgument(TermText.isPrefixName(name), "'%s' is not a legal Turtle prefix name", name);
      sorted.put(name, checkNotNull(ns, "namespace of %s", name));
    });
    this.prefixes = ImmutableMap.copyOf(sorted);
  }

  /** The order of the subjects that are IRIs: the first one (the case), then the others in IRI order. */
  static Comparator<Node> subjectOrder(Node first) {
    checkArgument(first == null || first.isURI(), "the first subject must be an IRI: %s", first);
    return (a, b) -> {
      if (a.equals(b)) {
        return 0;
      }
      if (a.equals(first)) {
        return -1;
      }
      if (b.equals(first)) {
        return 1;
      }
      return a.getURI().compareTo(b.getURI());
    };
  }

  // ------------------------------------------------------------------------------------------------ writing

  /** Writes the {@code @prefix} lines, each ending with a line break. */
  void writePrefixes(Writer out) throws IOException {
    for (Map.Entry<String, String> p : prefixes.entrySet()) {
      out.write("@prefix " + p.getKey() + ": " + TermText.iriRef(p.getValue()) + " .\n");
    }
  }

  /**
   * Writes a whole Turtle document: the prefix lines, a blank line, the triples.
   *
   * @param table the triples, IRI subjects in {@link #subjectOrder(Node)}
   */
  void writeDocument(SubjectTable table, Writer out) throws IOException {
    writePrefixes(out);
    if (!table.isEmpty()) {
      out.write('\n');
      writeBody(table, 0, out);
    }
  }

  /**
   * Writes the triples without prefix lines, each line indented by {@code indent} levels (for a TriG graph block),
   * ending with a line break; nothing for an empty graph.
   *
   * @param table the triples, IRI subjects in {@link #subjectOrder(Node)}
   */
  void writeBody(SubjectTable table, int indent, Writer out) throws IOException {
    Layout layout = new Layout(new BlankNodeLayout(table.blankOut(), table.blankIn()));
    BlankNodeLayout blanks = layout.blanks;
    String lead = INDENT.repeat(indent);
    int subjects = table.subjectCount() + blanks.labelledSubjects().size();
    for (int i = 0; i < subjects; i++) {
      String block;
      if (i < table.subjectCount()) {
        block = layout.block(iri(table.subject(i)), table.triples(i));
      } else {
        Node b = blanks.labelledSubjects().get(i - table.subjectCount());
        block = layout.block("_:" + blanks.label(b), blanks.triples(b));
      }
      if (i > 0) {
        out.write("\n\n");   // an empty line between blocks
      }
      writeLines(block, lead, out);
    }
    if (subjects > 0) {
      out.write('\n');
    }
  }

  // ------------------------------------------------------------------------------------------------ whole texts

  /** The {@code @prefix} lines, each ending with a line break. */
  String prefixLines() {
    StringWriter text = new StringWriter();
    write(() -> writePrefixes(text));
    return text.toString();
  }

  /** A whole Turtle document of a graph, as {@link #writeDocument} writes it. */
  String document(Graph graph, Node first) {
    StringWriter text = new StringWriter();
    write(() -> writeDocument(SubjectTable.of(graph, subjectOrder(first)), text));
    return text.toString();
  }

  /** The body of a graph, as {@link #writeBody} writes it. */
  String body(Graph graph, Node first, int indent) {
    StringWriter text = new StringWriter();
    write(() -> writeBody(SubjectTable.of(graph, subjectOrder(first)), indent, text));
    return text.toString();
  }

  private interface Output {
    void run() throws IOException;
  }

  private static void write(Output output) {
    try {
      output.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
  }

  /**
   * Labels for every blank node of a graph, the same in every run, for N-Triples and N-Quads where every blank
   * node needs one: {@code b0, b1, ...} for the blank nodes that Turtle labels, in their order, then on for the
   * inline ones in the order they appear in the Turtle text of the graph (written without prefixes).
   */
  static Map<Node, String> blankLabels(Graph graph, Node first) {
    checkNotNull(graph, "graph");
    return blankLabels(SubjectTable.of(graph, subjectOrder(first)), subjectOrder(first));
  }

  /**
   * {@link #blankLabels(Graph, Node)} of the triples of a table.
   *
   * @param order the order of the IRI subjects in Turtle, {@link #subjectOrder(Node)}
   */
  static Map<Node, String> blankLabels(SubjectTable table, Comparator<Node> order) {
    Layout layout = new TurtleWriter(Map.of()).new Layout(
        new BlankNodeLayout(table.blankOut(), table.blankIn()));
    return layout.allLabels(order);
  }

  // ------------------------------------------------------------------------------------------------ layout

  /** The text of one graph's subjects and objects, given how its blank nodes are written. */
  private final class Layout {
    private final BlankNodeLayout blanks;
    /** The text of each inline blank node, when labels are being found. */
    private Map<Node, String> inlineText;
    /** The text of each predicate: a graph has few, each used many times. */
    private final Map<Node, String> predicateText = new HashMap<>();

    Layout(BlankNodeLayout blanks) {
      this.blanks = blanks;
    }

    /** A subject's block: its name, then its predicates and objects, relative text. */
    String block(String name, List<Triple> triples) {
      List<String> entries = predicateObjects(triples);
      return name + NL + INDENT + String.join(" ;" + NL + INDENT, indentAll(entries, 1)) + " .";
    }

    /** The {@code predicate objects} entries of a subject or inline blank node, relative text. */
    private List<String> predicateObjects(List<Triple> triples) {
      Map<Node, List<Node>> byPredicate = byPredicate(triples);
      List<String> entries = new ArrayList<>(byPredicate.size());
      byPredicate.forEach((p, objects) -> {
        String pred = predicateText.computeIfAbsent(p, k -> k.equals(TYPE) ? "a" : iri(k));
        List<String> texts = new ArrayList<>(objects.size());
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
        if (!blanks.isInline(o)) {
          return "_:" + blanks.label(o);
        }
        String text = blanks.listItems(o) != null ? list(o) : blankNode(o);
        if (inlineText != null) {
          inlineText.put(o, text);
        }
        return text;
      }
      if (o.equals(NIL)) {
        return "()";
      }
      return term(o);
    }

    private String list(Node head) {
      List<String> items = new ArrayList<>();
      for (Node item : blanks.listItems(head)) {
        items.add(object(item));
      }
      String oneLine = "( " + String.join(" ", items) + " )";
      if (fits(oneLine)) {
        return oneLine;
      }
      return "(" + NL + INDENT + String.join(NL + INDENT, indentAll(items, 1)) + NL + ")";
    }

    private String blankNode(Node b) {
      List<String> entries = predicateObjects(blanks.triples(b));
      if (entries.isEmpty()) {
        return "[]";
      }
      String oneLine = "[ " + String.join(" ; ", entries) + " ]";
      if (fits(oneLine)) {
        return oneLine;
      }
      return "[" + NL + INDENT + String.join(" ;" + NL + INDENT, indentAll(entries, 1)) + NL + "]";
    }

    /**
     * Every blank node's label: the labelled ones, then the inline ones in the order the Turtle text shows them.
     * Only the subjects that hold inline blank nodes are looked at; the others show none.
     */
    Map<Node, String> allLabels(Comparator<Node> order) {
      Map<Node, String> all = new LinkedHashMap<>();
      for (Node b : blanks.labelled()) {
        all.put(b, blanks.label(b));
      }
      inlineText = new HashMap<>();
      // The IRI subjects that hold inline blank nodes, in Turtle order, with the triples that hold them.
      Map<Node, List<Triple>> holders = new TreeMap<>(order);
      for (Node b : blanks.inline()) {
        Triple ref = blanks.references(b).get(0);
        if (!ref.getSubject().isBlank()) {
          holders.computeIfAbsent(ref.getSubject(), k -> new ArrayList<>()).add(ref);
        }
      }
      List<Node> appearance = new ArrayList<>();
      for (List<Triple> refs : holders.values()) {
        appear(refs, appearance);
      }
      for (Node b : blanks.labelledSubjects()) {
        appear(blanks.triples(b), appearance);
      }
      for (Node b : appearance) {
        all.put(b, "b" + all.size());
      }
      return all;
    }

    /** Adds the inline blank nodes among some triples of one subject, in the order the text shows them. */
    private void appear(List<Triple> triples, List<Node> appearance) {
      for (List<Node> objects : byPredicate(triples).values()) {
        List<Node> sorted = new ArrayList<>(objects);
        sorted.sort(Comparator.comparing(this::textOf));
        for (Node o : sorted) {
          appearObject(o, appearance);
        }
      }
    }

    private void appearObject(Node o, List<Node> appearance) {
      if (!o.isBlank() || !blanks.isInline(o)) {
        return;
      }
      if (blanks.listItems(o) != null) {
        appearance.addAll(blanks.listCells(o));
        for (Node item : blanks.listItems(o)) {
          appearObject(item, appearance);
        }
      } else {
        appearance.add(o);
        appear(blanks.triples(o), appearance);
      }
    }

    private String textOf(Node o) {
      if (o.isBlank() && blanks.isInline(o)) {
        String text = inlineText.get(o);
        return text != null ? text : object(o);
      }
      return object(o);
    }
  }

  /** The objects of some triples by predicate, {@code rdf:type} first, then in IRI order; each object once. */
  private static Map<Node, List<Node>> byPredicate(List<Triple> triples) {
    Map<Node, List<Node>> byPredicate = new TreeMap<>(PREDICATE_ORDER);
    for (Triple t : triples) {
      byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>(1)).add(t.getObject());
    }
    // A case may give a triple twice; a graph holds it once.
    byPredicate.replaceAll((p, objects) -> objects.size() == 1 ? objects
        : new ArrayList<>(new LinkedHashSet<>(objects)));
    return byPredicate;
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
      if (ns.length() > bestNs.length() && iri.startsWith(ns) && TermText.isLocalName(iri, ns.length())) {
        bestName = p.getKey();
        bestNs = ns;
      }
    }
    if (bestName != null) {
      return bestName + ":" + iri.substring(bestNs.length());
    }
    return TermText.iriRef(iri);
  }

  private String literal(Node n) {
    String lex = n.getLiteralLexicalForm();
    String lang = n.getLiteralLanguage();
    if (lang != null && !lang.isEmpty()) {
      String text = TermText.turtleString(lex) + "@" + lang;
      if (n.getLiteralBaseDirection() != null) {
        text += "--" + n.getLiteralBaseDirection().direction();
      }
      return text;
    }
    String datatype = n.getLiteralDatatypeURI();
    if (datatype == null || datatype.equals(XSD_STRING)) {
      return TermText.turtleString(lex);
    }
    if (datatype.equals(XSD_INTEGER) && INTEGER.matcher(lex).matches()) {
      return lex;
    }
    if (datatype.equals(XSD_BOOLEAN) && (lex.equals("true") || lex.equals("false"))) {
      return lex;
    }
    return TermText.turtleString(lex) + "^^" + iri(NodeFactory.createURI(datatype));
  }

  // ------------------------------------------------------------------------------------------------ text

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

  /**
   * Writes a relative text with its layout breaks made real, each line moved in by {@code lead} (for TriG); a line
   * of nothing but spaces is left empty. Line breaks inside literals stay as they are.
   */
  private static void writeLines(String text, String lead, Writer out) throws IOException {
    int start = 0;
    while (true) {
      int end = text.indexOf(NL, start);
      int stop = end < 0 ? text.length() : end;
      if (hasNonSpace(text, start, stop)) {
        out.write(lead);
        out.write(text, start, stop - start);
      }
      if (end < 0) {
        return;
      }
      out.write('\n');
      start = end + 1;
    }
  }

  private static boolean hasNonSpace(String text, int start, int stop) {
    for (int i = start; i < stop; i++) {
      if (text.charAt(i) != ' ') {
        return true;
      }
    }
    return false;
  }
}

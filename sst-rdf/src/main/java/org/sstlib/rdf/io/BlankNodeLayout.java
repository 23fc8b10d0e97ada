package org.sstlib.rdf.io;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;

/**
 * How the blank nodes of one graph are written in Turtle, decided from the graph alone: a blank node that heads a
 * well-formed RDF list referenced once is written {@code ( ... )}; any other blank node referenced once is written
 * inline {@code [ ... ]}; every other blank node (referenced twice or more, never, or only from a cycle of blank
 * nodes, or nested deeper than {@link #MAX_INLINE_DEPTH}) gets a label {@code bN}, in the order of a structural
 * signature of the node (colour refinement over the graph), never of Jena's internal blank node ids.
 *
 * <p>Two blank nodes that no property, value or neighbour distinguishes may swap labels; the text is then the same
 * unless the graph is a rare regular structure, and the graphs of sst cases have no labelled blank nodes at all.
 * Immutable once made.
 */
final class BlankNodeLayout {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  /** Inline blank nodes nested deeper than this get a label instead, so that writing never recurses deeply. */
  static final int MAX_INLINE_DEPTH = 64;

  private static final Node FIRST = RDF.first.asNode();
  private static final Node REST = RDF.rest.asNode();
  private static final Node NIL = RDF.nil.asNode();

  private final Map<Node, List<Triple>> out;
  private final Map<Node, List<Triple>> in;
  private final Set<Node> blanks;
  /** Blank nodes that must be labelled though referenced once (cycles, deep nesting). */
  private final Set<Node> forced = new HashSet<>();
  private Set<Node> inline = Set.of();
  /** Head of each list written with {@code ( )}, to its items. */
  private final Map<Node, List<Node>> lists = new HashMap<>();
  /** Head of each list to its cells, head first. */
  private final Map<Node, List<Node>> cells = new HashMap<>();
  private final Map<Node, String> labels = new HashMap<>();
  /** The labelled blank nodes that are subjects, in label order. */
  private final List<Node> labelledSubjects = new ArrayList<>();
  private Map<Node, String> colours;

  /**
   * @param out the triples of each blank subject
   * @param in the triples that have each blank node as object
   */
  BlankNodeLayout(Map<Node, List<Triple>> out, Map<Node, List<Triple>> in) {
    this.out = out;
    this.in = in;
    this.blanks = new HashSet<>(out.keySet());
    blanks.addAll(in.keySet());
    layout();
    for (Node b : out.keySet()) {
      if (!inline.contains(b)) {
        labelledSubjects.add(b);
      }
    }
    labelledSubjects.sort(Comparator.comparing(this::labelIndex));
  }

  /** Whether a blank node is written where it is referenced, {@code [ ... ]} or {@code ( ... )}. */
  boolean isInline(Node blank) {
    return inline.contains(blank);
  }

  /** The items of the list a blank node heads, or null if it is not written {@code ( ... )}. */
  List<Node> listItems(Node blank) {
    return lists.get(blank);
  }

  /** The cells of the list a blank node heads, head first. */
  List<Node> listCells(Node head) {
    return cells.get(head);
  }

  /** The label of a blank node that is not inline, such as {@code b0}. */
  String label(Node blank) {
    return labels.get(blank);
  }

  /** Every labelled blank node, subject or only object, in label order. */
  List<Node> labelled() {
    List<Node> all = new ArrayList<>(labels.keySet());
    all.sort(Comparator.comparing(this::labelIndex));
    return all;
  }

  /** Every blank node written in place. */
  Set<Node> inline() {
    return Collections.unmodifiableSet(inline);
  }

  /** The labelled blank nodes that are subjects, written after the IRIs, in label order. */
  List<Node> labelledSubjects() {
    return labelledSubjects;
  }

  /** The triples of a blank subject; empty for a blank node that is only an object. */
  List<Triple> triples(Node blank) {
    return out.getOrDefault(blank, List.of());
  }

  /** The triples that have a blank node as object. */
  List<Triple> references(Node blank) {
    return in.getOrDefault(blank, List.of());
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

  /**
   * Marks the inline blank nodes reachable from the written subjects (the IRIs and the labelled blank nodes);
   * collects those nested too deep. An inline node has one reference, so one depth, whatever the order of the walk.
   */
  private void reach(Set<Node> reached, Set<Node> tooDeep) {
    Deque<Map.Entry<Node, Integer>> stack = new ArrayDeque<>();
    for (Node b : inline) {
      if (!in.get(b).get(0).getSubject().isBlank()) {
        reached.add(b);
        if (cells.containsKey(b)) {
          reached.addAll(cells.get(b));
        }
        stack.push(Map.entry(b, 1));
      }
    }
    for (Node s : out.keySet()) {
      if (!inline.contains(s)) {
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

  private static String key(Node n, Map<Node, String> c) {
    return n.isBlank() ? "_:" + c.get(n) : NodeFmtLib.strNT(n);
  }
}

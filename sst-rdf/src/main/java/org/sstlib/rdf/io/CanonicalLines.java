package org.sstlib.rdf.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * N-Triples and N-Quads in a canonical form: one triple (or quad) a line, every term in the form of
 * {@link TermText#appendNTriples}, blank nodes labelled the same in every run ({@link TurtleWriter#blankLabels}),
 * and the lines in sorted order ({@link String#compareTo}), each once, so that the same cases always give the same
 * bytes.
 *
 * <p>The lines are written as they are made, never all held at once: a line starts with its subject, so sorting
 * the subjects (by their text, {@link #SUBJECT_ORDER}) and then the few lines of each subject gives the order of
 * sorting every line. The graphs of an N-Quads file are merged subject by subject, as a case's element may be in
 * several graphs. Stateless and thread-safe.
 */
final class CanonicalLines {
  /** The order of IRI subjects in the lines: by their text {@code <...>}, so {@code <a/b>} before {@code <a>}. */
  static final Comparator<Node> SUBJECT_ORDER = (a, b) -> TermText.compareIriRefs(a.getURI(), b.getURI());

  private CanonicalLines() {}

  /**
   * One graph of the output.
   *
   * @param table its triples, IRI subjects in {@link #SUBJECT_ORDER}
   * @param labels the label of each of its blank nodes
   * @param graphName its name in N-Quads, or null for N-Triples
   * @param labelPrefix put before each blank node label, so that the graphs of a file share no blank node
   */
  record Graph(SubjectTable table, Map<Node, String> labels, String graphName, String labelPrefix) {}

  /** Writes the lines of the graphs. */
  static void write(List<Graph> graphs, Writer out) throws IOException {
    int[] next = new int[graphs.size()];
    List<String> lines = new ArrayList<>();
    while (true) {
      // The smallest subject not yet written, and every graph that has it.
      Node subject = null;
      for (int g = 0; g < graphs.size(); g++) {
        SubjectTable table = graphs.get(g).table();
        if (next[g] < table.subjectCount()
            && (subject == null || SUBJECT_ORDER.compare(table.subject(next[g]), subject) < 0)) {
          subject = table.subject(next[g]);
        }
      }
      if (subject == null) {
        break;
      }
      lines.clear();
      for (int g = 0; g < graphs.size(); g++) {
        SubjectTable table = graphs.get(g).table();
        if (next[g] < table.subjectCount() && table.subject(next[g]).equals(subject)) {
          addLines(graphs.get(g), table.triples(next[g]), lines);
          next[g]++;
        }
      }
      writeSorted(lines, out);
    }
    // Blank subjects last: "_:" sorts after "<".
    List<BlankSubject> blankSubjects = new ArrayList<>();
    for (Graph g : graphs) {
      g.table().blankOut().forEach((b, triples) -> blankSubjects.add(new BlankSubject(label(g, b), g, triples)));
    }
    blankSubjects.sort(Comparator.comparing(BlankSubject::label));
    for (BlankSubject b : blankSubjects) {
      lines.clear();
      addLines(b.graph(), b.triples(), lines);
      writeSorted(lines, out);
    }
  }

  private record BlankSubject(String label, Graph graph, List<Triple> triples) {}

  private static String label(Graph g, Node blank) {
    return g.labelPrefix() + g.labels().get(blank);
  }

  private static void addLines(Graph g, List<Triple> triples, List<String> lines) {
    StringBuilder end = new StringBuilder(" ");
    if (g.graphName() != null) {
      TermText.appendIriRef(end, g.graphName());
      end.append(' ');
    }
    end.append('.');
    for (Triple t : triples) {
      StringBuilder line = new StringBuilder(128);
      TermText.appendNTriples(line, t.getSubject(), b -> label(g, b));
      line.append(' ');
      TermText.appendNTriples(line, t.getPredicate(), b -> label(g, b));
      line.append(' ');
      TermText.appendNTriples(line, t.getObject(), b -> label(g, b));
      lines.add(line.append(end).toString());
    }
  }

  /** Writes lines in sorted order, a line a case gave twice once. */
  private static void writeSorted(List<String> lines, Writer out) throws IOException {
    lines.sort(null);
    for (int i = 0; i < lines.size(); i++) {
      if (i == 0 || !lines.get(i).equals(lines.get(i - 1))) {
        out.write(lines.get(i));
        out.write('\n');
      }
    }
  }
}

package org.sstlib.rdf.io;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphSink;
import org.apache.jena.sys.JenaSystem;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.QuoteAnchors;

/**
 * The triples of one graph grouped by subject, the IRI subjects in a given order, for writers that lay the text
 * out a subject at a time: the layout needs each subject's triples together and the subjects sorted, never the
 * whole text at once.
 *
 * <p>It keeps much less than a graph (at a million triples, 43 MB against 149 MB): for the triples of IRI subjects,
 * only their predicates and objects, in the order they came, and the runs of each subject, sorted; the nodes
 * themselves are shared with the mapping, a plain string with the case. Only the few triples that touch a blank node are kept as {@link Triple}s, indexed both ways, because
 * the layout of blank nodes (lists, inline nodes, labels) looks at them from every side.
 *
 * <p>A case may give the same triple twice (a graph would keep it once): the triples that touch a blank node are
 * kept once here, and writers drop the repeats among a subject's other triples. Single use, not thread-safe.
 */
final class SubjectTable {
  static {
    // Jena must initialise before its vocabulary constants are touched, or they can come out null.
    JenaSystem.init();
  }

  private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

  /**
   * Predicates and objects of the triples of IRI subjects, in the order they were added; a plain string literal
   * is kept as its {@link String} (often the case's own), the node made again when it is read.
   */
  private final Chunks predicates;
  private final Chunks objects;
  /** Each IRI subject, in order; the triples of subject {@code i} are the runs {@code groupRuns[i]} to {@code [i+1]}. */
  private final Node[] subjects;
  private final int[] groupRuns;
  /** Each run: a stretch {@code [runFrom, runTo)} of the arrays with one subject. */
  private final int[] runFrom;
  private final int[] runTo;
  /** The triples of each blank subject, and the triples that have each blank node as object. */
  private final Map<Node, List<Triple>> blankOut;
  private final Map<Node, List<Triple>> blankIn;

  private SubjectTable(Builder b, Comparator<Node> order) {
    this.predicates = b.predicates;
    this.objects = b.objects;
    int count = b.runStarts.size();
    Run[] runs = new Run[count];
    for (int r = 0; r < count; r++) {
      runs[r] = new Run((Node) b.runSubjects.get(r), b.runStarts.get(r),
          r + 1 < count ? b.runStarts.get(r + 1) : b.predicates.size());
    }
    // A stable sort: the runs of one subject stay in the order they came.
    Arrays.sort(runs, (x, y) -> x.subject == y.subject ? 0 : order.compare(x.subject, y.subject));
    runFrom = new int[runs.length];
    runTo = new int[runs.length];
    List<Node> groupSubjects = new ArrayList<>();
    int[] starts = new int[runs.length + 1];
    for (int r = 0; r < runs.length; r++) {
      runFrom[r] = runs[r].from;
      runTo[r] = runs[r].to;
      if (r == 0 || !runs[r].subject.equals(runs[r - 1].subject)) {
        starts[groupSubjects.size()] = r;
        groupSubjects.add(runs[r].subject);
      }
    }
    starts[groupSubjects.size()] = runs.length;
    this.subjects = groupSubjects.toArray(new Node[0]);
    this.groupRuns = Arrays.copyOf(starts, subjects.length + 1);
    this.blankOut = b.blankOut;
    this.blankIn = b.blankIn;
  }

  private record Run(Node subject, int from, int to) {}

  /** The triples of a graph, IRI subjects in the given order. */
  static SubjectTable of(Graph graph, Comparator<Node> order) {
    return of(graph.find(), order);
  }

  /** Triples as they come, perhaps some twice, IRI subjects in the given order. */
  static SubjectTable of(Iterator<Triple> triples, Comparator<Node> order) {
    Builder b = new Builder();
    triples.forEachRemaining(b::add);
    return b.build(order);
  }

  /**
   * The triples of a case, as {@link CaseGraphs#addTo} makes them (every IRI checked before the first triple is
   * added, so a case that cannot be mapped leaves nothing), IRI subjects in the given order.
   */
  static SubjectTable of(Case c, Comparator<Node> order) {
    return of(c, QuoteAnchors.none(), order);
  }

  /** As {@link #of(Case, Comparator)}, with the case's quotes anchored in their sources' texts. */
  static SubjectTable of(Case c, QuoteAnchors anchors, Comparator<Node> order) {
    Builder b = new Builder();
    CaseGraphs.addTo(c, new GraphSink() {
      @Override
      public void performAdd(Triple t) {
        b.add(t);
      }
    }, anchors);
    return b.build(order);
  }

  // ------------------------------------------------------------------------------------------------ reading

  /** The number of IRI subjects. */
  int subjectCount() {
    return subjects.length;
  }

  /** The IRI subject at a place of the order. */
  Node subject(int i) {
    return subjects[i];
  }

  /** The triples of the IRI subject at a place of the order; a triple that a case gave twice comes twice. */
  List<Triple> triples(int i) {
    Node s = subjects[i];
    int n = 0;
    for (int r = groupRuns[i]; r < groupRuns[i + 1]; r++) {
      n += runTo[r] - runFrom[r];
    }
    List<Triple> out = new ArrayList<>(n);
    for (int r = groupRuns[i]; r < groupRuns[i + 1]; r++) {
      for (int k = runFrom[r]; k < runTo[r]; k++) {
        Object o = objects.get(k);
        out.add(Triple.create(s, (Node) predicates.get(k),
            o instanceof String text ? NodeFactory.createLiteralString(text) : (Node) o));
      }
    }
    return out;
  }

  /** The triples of each blank subject. */
  Map<Node, List<Triple>> blankOut() {
    return blankOut;
  }

  /** The triples that have each blank node as object. */
  Map<Node, List<Triple>> blankIn() {
    return blankIn;
  }

  /** Every blank node, as subject or object. */
  Set<Node> blanks() {
    Set<Node> all = new HashSet<>(blankOut.keySet());
    all.addAll(blankIn.keySet());
    return all;
  }

  /** Whether there is no triple at all. */
  boolean isEmpty() {
    return subjects.length == 0 && blankOut.isEmpty();
  }

  // ------------------------------------------------------------------------------------------------ building

  /** Collects triples as they come. */
  private static final class Builder {
    private final Chunks predicates = new Chunks();
    private final Chunks objects = new Chunks();
    private final Chunks runSubjects = new Chunks();
    private final IntChunks runStarts = new IntChunks();
    private Node lastSubject;
    private final Map<Node, List<Triple>> blankOut = new HashMap<>();
    private final Map<Node, List<Triple>> blankIn = new HashMap<>();
    private final Set<Triple> blankTriples = new HashSet<>();

    void add(Triple t) {
      Node s = t.getSubject();
      Node o = t.getObject();
      checkArgument(!s.isLiteral() && !s.isTripleTerm() && !o.isTripleTerm(), "not an RDF 1.1 triple: %s", t);
      if (s.isBlank() || o.isBlank()) {
        // Kept whole and once: the blank node layout reads these from both ends.
        if (!blankTriples.add(t)) {
          return;
        }
        if (o.isBlank()) {
          blankIn.computeIfAbsent(o, k -> new ArrayList<>(1)).add(t);
        }
        if (s.isBlank()) {
          blankOut.computeIfAbsent(s, k -> new ArrayList<>(2)).add(t);
          return;
        }
      }
      if (s != lastSubject) {
        runSubjects.add(s);
        runStarts.add(predicates.size());
        lastSubject = s;
      }
      predicates.add(t.getPredicate());
      objects.add(isPlainString(o) ? o.getLiteralLexicalForm() : o);
    }

    private static boolean isPlainString(Node o) {
      return o.isLiteral() && XSD_STRING.equals(o.getLiteralDatatypeURI()) && o.getLiteralLanguage().isEmpty();
    }

    SubjectTable build(Comparator<Node> order) {
      return new SubjectTable(this, order);
    }
  }

  /**
   * A list that grows a chunk at a time: a million triples never copy a large array, and no chunk is large enough
   * for the garbage collector to treat it as a humongous object.
   */
  private static final class Chunks {
    private static final int SHIFT = 14;
    private static final int SIZE = 1 << SHIFT;
    private final List<Object[]> chunks = new ArrayList<>();
    private int size;

    void add(Object value) {
      if ((size & (SIZE - 1)) == 0) {
        chunks.add(new Object[SIZE]);
      }
      chunks.get(size >>> SHIFT)[size & (SIZE - 1)] = value;
      size++;
    }

    Object get(int i) {
      return chunks.get(i >>> SHIFT)[i & (SIZE - 1)];
    }

    int size() {
      return size;
    }
  }

  /** {@link Chunks} of ints. */
  private static final class IntChunks {
    private final List<int[]> chunks = new ArrayList<>();
    private int size;

    void add(int value) {
      if ((size & (Chunks.SIZE - 1)) == 0) {
        chunks.add(new int[Chunks.SIZE]);
      }
      chunks.get(size >>> Chunks.SHIFT)[size & (Chunks.SIZE - 1)] = value;
      size++;
    }

    int get(int i) {
      return chunks.get(i >>> Chunks.SHIFT)[i & (Chunks.SIZE - 1)];
    }

    int size() {
      return size;
    }
  }
}

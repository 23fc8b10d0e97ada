package org.sstlib.bench;

import static org.sstlib.bench.SetupCheck.check;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.sstlib.core.Case;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.chain.ShortestPaths;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;

/**
 * Chain: from one national policy, the shortest chain to every reachable patient position-practice. The library
 * ({@link ChainGraph#shortestPathsFrom}, then the {@link ChainPath} to each patient position-practice it reached)
 * against a hand-written breadth-first search with predecessors over {@code Graph.find(node, sst:chainStep, ANY)}
 * on the case's RDF graph (the floor), and against ARQ evaluating {@code <policy> sst:chainStep+ ?x}
 * (reachability only, no paths). Each returns the number of targets plus the sum of their shortest lengths (the
 * path query only the number of targets).
 *
 * <p>Both baselines apply the chain's rule of time without knowing it: the stored steps encode it (a produces step
 * reaches the outcome entry, and an outcome entry has steps only into agency of cycles that are not earlier), so a
 * search over {@code sst:chainStep} goes where {@link ChainGraph} goes, through the outcome entries where the
 * library passes through its {@code id@cycle} nodes, and the shortest lengths agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ChainBenchmark {
  /** Longer than the field's longest chain (policy to patient position-practice: 14 steps). */
  private static final int MAX_LENGTH = 32;

  @Param("100000")
  public int size;

  private ChainGraph chain;
  private Graph graph;
  private DatasetGraph dataset;
  private Query pathQuery;
  private String policy;
  private Node policyNode;
  private String targetPrefix;

  @Setup(Level.Trial)
  public void setUp() {
    Case field = FieldGenerator.generate(42, size);
    chain = ChainGraph.of(field);
    graph = CaseGraphs.toGraph(field);
    dataset = DatasetGraphFactory.wrap(graph);
    policy = FieldGenerator.policyId(0);
    policyNode = NodeFactory.createURI(field.base() + policy);
    targetPrefix = field.base() + FieldGenerator.PATIENT_PP_PREFIX;
    pathQuery = QueryFactory.create(
        "SELECT ?x { <" + policyNode.getURI() + "> <" + SST.chainStep.getURI() + ">+ ?x }");

    Set<String> libraryTargets = new TreeSet<>();
    long libraryLengths = 0;
    ShortestPaths shortest = chain.shortestPathsFrom(policy);
    for (String id : shortest.reached()) {
      if (id.startsWith(FieldGenerator.PATIENT_PP_PREFIX)) {
        libraryTargets.add(field.base() + id);
        ChainPath path = shortest.path(id);
        // paths() searches backwards from its target over the whole chain: compare on the first few hundred.
        if (libraryTargets.size() <= 200) {
          check(path.equals(chain.paths(policy, id, 1, MAX_LENGTH).get(0)), "shortestPathsFrom and paths differ "
              + "for %s", id);
        }
        libraryLengths += path.length();
      }
    }
    Set<String> bfsTargets = new TreeSet<>();
    long bfsLengths = bfs(bfsTargets);
    Set<String> pathTargets = new TreeSet<>();
    path(pathTargets);
    int patients = (int) field.positionPractices().stream()
        .filter(p -> p.id().startsWith(FieldGenerator.PATIENT_PP_PREFIX)).count();
    check(libraryTargets.size() == patients, "library reaches %s of %s patients", libraryTargets.size(),
        patients);
    check(libraryTargets.equals(bfsTargets), "library and BFS reach different targets: %s vs %s",
        libraryTargets.size(), bfsTargets.size());
    check(libraryTargets.equals(pathTargets), "library and the path query reach different targets: %s vs %s",
        libraryTargets.size(), pathTargets.size());
    check(libraryLengths == bfsLengths, "shortest lengths differ: library %s, BFS %s", libraryLengths,
        bfsLengths);
    check(library() == bfs() && bfs() == libraryTargets.size() + bfsLengths && path() == patients,
        "benchmark results differ from setup");
  }

  @Benchmark
  public long library() {
    long result = 0;
    ShortestPaths shortest = chain.shortestPathsFrom(policy);
    for (String id : shortest.reached()) {
      if (id.startsWith(FieldGenerator.PATIENT_PP_PREFIX)) {
        result += 1 + shortest.path(id).length();
      }
    }
    return result;
  }

  @Benchmark
  public long bfs() {
    return bfs(null);
  }

  @Benchmark
  public long path() {
    return path(null);
  }

  /** BFS with predecessors; returns targets + the sum of their path lengths, read back through the predecessors. */
  private long bfs(Set<String> targets) {
    Map<Node, Node> predecessor = new HashMap<>();
    Queue<Node> queue = new ArrayDeque<>();
    queue.add(policyNode);
    long result = 0;
    long lengths = 0;
    while (!queue.isEmpty()) {
      Node node = queue.remove();
      ExtendedIterator<Triple> it = graph.find(node, SST.chainStep, Node.ANY);
      try {
        while (it.hasNext()) {
          Node next = it.next().getObject();
          if (next.equals(policyNode) || predecessor.containsKey(next)) {
            continue;
          }
          predecessor.put(next, node);
          queue.add(next);
          if (next.isURI() && next.getURI().startsWith(targetPrefix)) {
            int length = 0;
            for (Node n = next; !n.equals(policyNode); n = predecessor.get(n)) {
              length++;
            }
            result += 1 + length;
            lengths += length;
            if (targets != null) {
              targets.add(next.getURI());
            }
          }
        }
      } finally {
        it.close();
      }
    }
    return targets == null ? result : lengths;
  }

  /** The targets {@code <policy> sst:chainStep+ ?x} finds. */
  private long path(Set<String> targets) {
    long result = 0;
    try (QueryExec exec = QueryExec.dataset(dataset).query(pathQuery).build()) {
      RowSet rows = exec.select();
      while (rows.hasNext()) {
        Binding row = rows.next();
        Node x = row.get("x");
        if (x.isURI() && x.getURI().startsWith(targetPrefix)) {
          result++;
          if (targets != null) {
            targets.add(x.getURI());
          }
        }
      }
    }
    return result;
  }
}

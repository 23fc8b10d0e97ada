package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sstlib.core.Case;
import org.sstlib.core.Change;
import org.sstlib.core.Condition;
import org.sstlib.core.Cycle;
import org.sstlib.core.Effect;
import org.sstlib.core.Outcome;
import org.sstlib.core.Structure;
import org.sstlib.core.StructureForm;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.chain.ChainPath;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.StoreCases;
import org.sstlib.rdf.GraphNames;

/**
 * The SPARQL chain equals the in-memory chain on seeded random cases ({@link RandomCases}): the paths of
 * {@link SstQueries#chain(String, String, int, int)} are those of {@link ChainGraph#paths(String, String, int, int)},
 * and a plain property path {@code sst:chainStep+} reaches exactly what {@link ChainGraph#reachableFrom(String)}
 * reaches. Seeds 0 to 199 on a memory store (one case per store, so the plain query over the union default graph is
 * the case's own); twenty cases in one TDB2 store and twenty in one embedded Fuseki, each case asked on its own
 * named graph. Every message names the seed: {@code RandomCases.generate(seed)} replays it.
 */
class QueryChainPropertyTest {

  private static final int MEMORY_SEEDS = 200;
  private static final int SHARED_STORE_CASES = 20;

  @TempDir
  Path tempDir;

  /** How much to ask of one case: (from, to) pairs for the chain query, and ASK targets per start. */
  private record Budget(int pairs, int asksPerNode) {}

  private static final Budget MEMORY = new Budget(10, 4);
  private static final Budget SHARED = new Budget(8, 3);

  @Test
  void theSparqlChainAndReachabilityEqualTheInMemoryChainOnTwoHundredSeedsInMemory() {
    int paths = 0;
    int reachable = 0;
    for (long seed = 0; seed < MEMORY_SEEDS; seed++) {
      Case c = RandomCases.generate(seed);
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        // One case in the store: the plain query, as a user would write it, over the union default graph.
        Checked checked = check(store, c, seed, false, MEMORY);
        paths += checked.paths();
        reachable += checked.reachable();
      }
    }
    // The property must have been tried on real paths and real reachability, not only on empty answers.
    assertTrue(paths > MEMORY_SEEDS, "only " + paths + " paths compared");
    assertTrue(reachable > MEMORY_SEEDS, "only " + reachable + " reachable pairs compared");
  }

  @Test
  void theSparqlChainEqualsTheInMemoryChainForTwentyCasesInOneTdb2Store() {
    try (SstStore store = SstStore.tdb2(tempDir.resolve("tdb2"))) {
      checkShared(store);
    }
  }

  @Test
  void theSparqlChainEqualsTheInMemoryChainForTwentyCasesInOneFuseki() {
    FusekiServer server = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    try (SstStore store = SstStore.remote("http://localhost:" + server.getPort() + "/ds")) {
      checkShared(store);
    } finally {
      server.stop();
    }
  }

  @Test
  void theOtherQueriesAgreeWithTheCaseModelOnTwoHundredSeeds() {
    int loops = 0;
    int unavailable = 0;
    int unrealised = 0;
    for (long seed = 0; seed < MEMORY_SEEDS; seed++) {
      Case c = RandomCases.generate(seed);
      String at = "seed=" + seed + " case=" + c.id();
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        SstQueries queries = SstQueries.on(store);
        ChainGraph chain = ChainGraph.of(c);

        // feedback: the (structure, change) of every outcome that reproduces, changes or erodes a structure
        // leading back to the agency that produced it; each loop made of the chain's own steps.
        Set<List<String>> expectedLoops = new HashSet<>();
        for (Cycle cycle : c.cycles()) {
          for (Outcome o : cycle.outcomes()) {
            boolean closing = o.change().filter(ch -> ch == Change.REPRODUCED || ch == Change.CHANGED
                || ch == Change.ERODED).isPresent();
            // An unrealised outcome is produced by nothing, so it closes no loop.
            if (closing && o.realised() && chain.contains(o.ref())
                && o.producedBy().stream().anyMatch(a -> chain.reaches(o.ref(), a))) {
              expectedLoops.add(List.of(o.ref(), o.change().orElseThrow().code()));
            }
          }
        }
        List<FeedbackLoop> feedback = queries.feedback();
        assertEquals(expectedLoops, feedback.stream().map(l -> List.of(l.structure(), l.change().code()))
            .collect(Collectors.toSet()), at + ": feedback");
        for (FeedbackLoop loop : feedback) {
          assertTrue(chain.steps().containsAll(loop.loop().steps()), at + ": " + loop);
          assertEquals(loop.structure(), loop.loop().from(), at + ": " + loop);
          assertEquals(loop.structure(), loop.loop().to(), at + ": " + loop);
        }
        loops += feedback.size();

        // unavailable: the entries the model marks unavailable, in the order of the case.
        List<List<String>> expectedUnavailable = new ArrayList<>();
        for (Cycle cycle : c.cycles()) {
          for (int i = 0; i < cycle.external().size(); i++) {
            if (!cycle.external().get(i).available()) {
              expectedUnavailable.add(List.of(cycle.id(), "external", Integer.toString(i),
                  cycle.external().get(i).ref()));
            }
          }
          for (int i = 0; i < cycle.material().size(); i++) {
            if (!cycle.material().get(i).available()) {
              expectedUnavailable.add(List.of(cycle.id(), "material", Integer.toString(i),
                  cycle.material().get(i).ref()));
            }
          }
        }
        assertEquals(expectedUnavailable, queries.unavailable().stream()
            .map(u -> List.of(u.cycle(), u.role(), Integer.toString(u.index()), u.element())).toList(),
            at + ": unavailable");
        unavailable += expectedUnavailable.size();

        // unrealised: the outcomes the model marks unrealised, with who intended them, what happened instead and
        // the evidence for the outcome or its role in that cycle.
        List<List<Object>> expectedUnrealised = new ArrayList<>();
        for (Cycle cycle : c.cycles()) {
          for (int i = 0; i < cycle.outcomes().size(); i++) {
            Outcome o = cycle.outcomes().get(i);
            if (!o.realised()) {
              Set<String> claims = Set.of(o.ref(), cycle.id() + "/" + o.ref());
              List<String> evidence = c.evidence().stream()
                  .filter(e -> e.supports().stream().anyMatch(claims::contains))
                  .map(e -> e.id()).sorted().toList();
              expectedUnrealised.add(List.of(cycle.id(), i, o.ref(), o.intendedBy(), o.instead(), evidence));
            }
          }
        }
        assertEquals(expectedUnrealised, queries.unrealised().stream()
            .map(u -> List.<Object>of(u.cycle(), u.index(), u.outcome(), u.intendedBy(), u.instead(), u.evidence()))
            .toList(), at + ": unrealised");
        unrealised += expectedUnrealised.size();

        // factors: the model's external and material entries of structures, by form (none for an internal
        // structure) and effect.
        Map<List<String>, List<Integer>> expectedFactors = new HashMap<>();
        for (Cycle cycle : c.cycles()) {
          for (Condition e : cycle.conditions()) {
            c.element(e.ref(), Structure.class).ifPresent(s -> expectedFactors.merge(
                List.of(s.isInternal() ? "" : s.form().orElseThrow().code(), e.effect().map(Effect::code).orElse("")),
                List.of(1, e.available() ? 1 : 0),
                (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
          }
        }
        assertEquals(expectedFactors, queries.factors().stream().collect(Collectors.toMap(
            f -> List.of(f.form().map(StructureForm::code).orElse(""), f.effect().map(Effect::code).orElse("")),
            f -> List.of(f.count(), f.available()))), at + ": factors");

        // interpretations: the elements that internal structures of two or more agents are about.
        Map<String, Set<String>> contested = new HashMap<>();
        for (Structure s : c.structures()) {
          s.about().forEach(a -> contested.computeIfAbsent(a, k -> new HashSet<>())
              .add(s.internalTo().orElseThrow()));
        }
        contested.values().removeIf(holders -> holders.size() < 2);
        assertEquals(contested, queries.interpretations().stream().collect(Collectors.groupingBy(
            Interpretation::about, Collectors.mapping(Interpretation::holder, Collectors.toSet()))),
            at + ": interpretations");

        // quadripartite: every role of every cycle, in the model's order.
        for (Cycle cycle : c.cycles()) {
          List<QuadripartiteEntry> table = queries.quadripartite(cycle.id());
          Map<String, List<String>> byRole = new LinkedHashMap<>();
          table.forEach(e -> byRole.computeIfAbsent(e.role(), k -> new ArrayList<>()).add(e.element()));
          Map<String, List<String>> expected = new LinkedHashMap<>();
          expected.put("agent-in-focus", List.of(cycle.agentInFocus()));
          expected.put("agent-in-context", cycle.agentsInContext().stream().sorted().toList());
          expected.put("position-practice", cycle.positionPractice().stream().toList());
          expected.put("external", cycle.external().stream().map(Condition::ref).toList());
          expected.put("material", cycle.material().stream().map(Condition::ref).toList());
          expected.put("internal", cycle.internal());
          expected.put("agency", cycle.agency().stream().map(a -> a.id()).toList());
          expected.put("outcome", cycle.outcomes().stream().map(Outcome::ref).toList());
          expected.values().removeIf(List::isEmpty);
          assertEquals(expected, byRole, at + ": quadripartite " + cycle.id());
        }
      }
    }
    assertTrue(loops > MEMORY_SEEDS / 2, "only " + loops + " feedback loops compared");
    assertTrue(unavailable > MEMORY_SEEDS / 2, "only " + unavailable + " unavailable entries compared");
    assertTrue(unrealised > MEMORY_SEEDS / 4, "only " + unrealised + " unrealised outcomes compared");
  }

  /** Twenty random cases with distinct ids in one store, each asked about on its own named graph. */
  private static void checkShared(SstStore store) {
    // The seeds 0, 1, ... whose case ids are not taken yet (as StoreCases.distinctRandom picks them).
    Map<Long, Case> cases = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (long seed = 0; cases.size() < SHARED_STORE_CASES; seed++) {
      Case c = RandomCases.generate(seed);
      if (ids.add(c.id())) {
        cases.put(seed, c);
      }
    }
    store.putAll(cases.values());
    int paths = 0;
    for (Map.Entry<Long, Case> e : cases.entrySet()) {
      paths += check(store, e.getValue(), e.getKey(), true, SHARED).paths();
    }
    assertTrue(paths > SHARED_STORE_CASES, "only " + paths + " paths compared");
  }

  private record Checked(int paths, int reachable) {}

  /**
   * Compares, for one case in a store, the chain query with {@link ChainGraph#paths} for random pairs, and the
   * property path {@code sst:chainStep+} with {@link ChainGraph#reachableFrom} and {@link ChainGraph#reaches} for
   * every chain node.
   *
   * @param inOwnGraph whether to ask on the case's named graph (a store of several cases) or on the default graph
   */
  private static Checked check(SstStore store, Case c, long seed, boolean inOwnGraph, Budget budget) {
    String at = "seed=" + seed + " case=" + c.id();
    ChainGraph chain = ChainGraph.of(c);
    List<String> nodes = chain.graph().nodes().stream().sorted().toList();
    assertFalse(nodes.isEmpty(), at + ": a random case has chain nodes");
    SstQueries queries = SstQueries.on(store).inCase(c.id());
    SplittableRandom random = new SplittableRandom(seed);

    int paths = 0;
    for (int i = 0; i < budget.pairs(); i++) {
      String from = nodes.get(random.nextInt(nodes.size()));
      List<String> reachable = List.copyOf(chain.reachableFrom(from));
      // Half of the pairs reach their target, so that there are paths to compare; the others are any pair.
      String to = i % 2 == 0 && !reachable.isEmpty() ? reachable.get(random.nextInt(reachable.size()))
          : nodes.get(random.nextInt(nodes.size()));
      int limit = 1 + random.nextInt(15);
      int maxLength = 1 + random.nextInt(14);
      List<ChainPath> expected = chain.paths(from, to, limit, maxLength);
      List<ChainRoute> routes = queries.chain(from, to, limit, maxLength);
      String pair = at + " from=" + from + " to=" + to + " limit=" + limit + " maxLength=" + maxLength;
      assertEquals(expected, routes.stream().map(ChainRoute::path).toList(), pair);
      for (int r = 0; r < routes.size(); r++) {
        assertEquals(c.id(), routes.get(r).caseId(), pair);
        assertEquals(r + 1, routes.get(r).rank(), pair);
      }
      paths += expected.size();
    }
    // And with the defaults (10 paths of at most 12 steps), from a start that reaches something.
    String start = nodes.stream().filter(n -> !chain.reachableFrom(n).isEmpty()).findFirst().orElse(nodes.get(0));
    for (String target : List.copyOf(chain.reachableFrom(start)).subList(0,
        Math.min(3, chain.reachableFrom(start).size()))) {
      assertEquals(chain.paths(start, target), queries.chain(start, target).stream().map(ChainRoute::path).toList(),
          at + " from=" + start + " to=" + target + " (defaults)");
    }

    int reachablePairs = 0;
    Optional<Node> graph = inOwnGraph ? Optional.of(GraphNames.graphNode(c.id())) : Optional.empty();
    for (String from : nodes) {
      Set<String> expected = chain.reachableFrom(from);
      assertEquals(expected, reachableBySparql(store, graph, c, from), at + ": " + from + " sst:chainStep+ ?x");
      reachablePairs += expected.size();
      // ASK for the start itself (a loop), a node it reaches, a node it does not, and random ones.
      Set<String> targets = new LinkedHashSet<>();
      targets.add(from);
      if (!expected.isEmpty()) {
        targets.add(List.copyOf(expected).get(random.nextInt(expected.size())));
      }
      List<String> unreachable = nodes.stream().filter(n -> !expected.contains(n)).toList();
      if (!unreachable.isEmpty()) {
        targets.add(unreachable.get(random.nextInt(unreachable.size())));
      }
      while (targets.size() < budget.asksPerNode() && targets.size() < nodes.size()) {
        targets.add(nodes.get(random.nextInt(nodes.size())));
      }
      for (String to : targets) {
        assertEquals(chain.reaches(from, to), store.ask(ask(graph, iri(c, from), iri(c, to))),
            at + ": ASK { " + from + " sst:chainStep+ " + to + " }");
      }
    }
    return new Checked(paths, reachablePairs);
  }

  // ------------------------------------------------------------------------------------------------ queries

  private static Node iri(Case c, String id) {
    return NodeFactory.createURI(c.base() + id);
  }

  /** The ids {@code SELECT DISTINCT ?x { <from> sst:chainStep+ ?x }} finds. */
  private static Set<String> reachableBySparql(SstStore store, Optional<Node> graph, Case c, String from) {
    Query query = new Query();
    query.setQuerySelectType();
    query.setDistinct(true);
    Var x = Var.alloc("x");
    query.addResultVar(x);
    query.setQueryPattern(chainStepPlus(graph, iri(c, from), x));
    List<String> ids = store.select(query.serialize(), rows -> {
      List<String> found = new ArrayList<>();
      while (rows.hasNext()) {
        String uri = rows.next().get("x").asNode().getURI();
        assertTrue(uri.startsWith(c.base()), uri + " is not in the base of " + c.id());
        found.add(uri.substring(c.base().length()));
      }
      return found;
    });
    Set<String> set = Set.copyOf(ids);
    assertEquals(ids.size(), set.size(), "DISTINCT gave a row twice: " + ids);
    return set;
  }

  /** {@code ASK { <from> sst:chainStep+ <to> }}, built as a query object, not as text. */
  private static String ask(Optional<Node> graph, Node from, Node to) {
    Query query = new Query();
    query.setQueryAskType();
    query.setQueryPattern(chainStepPlus(graph, from, to));
    return query.serialize();
  }

  /** {@code { s sst:chainStep+ o }}, inside {@code GRAPH g { ... }} when a graph is given. */
  private static Element chainStepPlus(Optional<Node> graph, Node subject, Node object) {
    ElementPathBlock block = new ElementPathBlock();
    block.addTriplePath(new TriplePath(subject, PathFactory.pathOneOrMore1(PathFactory.pathLink(SST.chainStep)),
        object));
    ElementGroup group = new ElementGroup();
    group.addElement(graph.<Element>map(g -> new ElementNamedGraph(g, block)).orElse(block));
    return group;
  }
}

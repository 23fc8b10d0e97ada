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
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
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
import org.sstlib.core.ActiveAgency;
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
import org.sstlib.core.chain.ChainStep;
import org.sstlib.core.testing.BruteForceOrder;
import org.sstlib.core.testing.RandomCases;
import org.sstlib.core.testing.TestSizes;
import org.sstlib.rdf.GraphNames;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.store.LoopbackFuseki;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreCases;

/**
 * The SPARQL chain equals the in-memory chain on seeded random cases ({@link RandomCases}): the paths of
 * {@link SstQueries#chain(String, String, int, int)} are those of {@link ChainGraph#paths(String, String, int, int)},
 * and a plain property path {@code sst:chainStep+} reaches exactly what {@link ChainGraph#reachableFrom(String)}
 * reaches (an outcome entry read as the structure or event it names), and so does the chain query; the steps that
 * leave an outcome entry are exactly those of the model and never lead into the agency of an earlier cycle (the
 * order worked out by brute force in {@link BruteForceOrder}). Seeds 0 to 199 on a memory store (one case per store, so the plain query over the union default graph is
 * the case's own); twenty cases in one TDB2 store and twenty in one embedded Fuseki, each case asked on its own
 * named graph (40 seeds and four cases with {@code -Dsst.tests=quick}, see {@link TestSizes}). Every message names
 * the seed: {@code RandomCases.generate(seed)} replays it.
 */
class QueryChainPropertyTest {

  // Quick (-Dsst.tests=quick): seeds 0 to 39 reach every part of the model (RandomCasesTest checks it), chains,
  // feedback loops, unavailable entries and unrealised outcomes among them; the counts asserted below scale with
  // the seeds, so a quick run still compares real paths, reachability and steps from outcome entries.
  private static final int MEMORY_SEEDS = TestSizes.of(200, TestSizes.QUICK_SEEDS);
  // Quick: the two shared-store tests exist for asking each case on its own named graph among other cases, in TDB2
  // and over HTTP; four cases do that, and the paths are worked out by the same SPARQL engine as in the memory test,
  // which tries the model's variety. Each case on the remote store costs seconds.
  private static final int SHARED_STORE_CASES = TestSizes.of(20, 4);

  @TempDir
  Path tempDir;

  /**
   * How much to ask of one case: (from, to) pairs for the chain query, ASK targets per start, and starts from which
   * the chain query is asked for a path to every element.
   */
  private record Budget(int pairs, int asksPerNode, int reachStarts) {}

  private static final Budget MEMORY = new Budget(10, 4, 2);
  // A chain query on a remote store is several requests: one start per case there.
  private static final Budget SHARED = new Budget(8, 3, 1);

  @Test
  void theSparqlChainAndReachabilityEqualTheInMemoryChainOnRandomCasesInMemory() {
    int paths = 0;
    int reachable = 0;
    int forwardSteps = 0;
    for (long seed = 0; seed < MEMORY_SEEDS; seed++) {
      Case c = RandomCases.generate(seed);
      try (SstStore store = SstStore.memory()) {
        store.put(c);
        // One case in the store: the plain query, as a user would write it, over the union default graph.
        Checked checked = check(store, c, seed, false, MEMORY);
        paths += checked.paths();
        reachable += checked.reachable();
        forwardSteps += checked.forwardSteps();
      }
    }
    // The property must have been tried on real paths and real reachability, not only on empty answers.
    assertTrue(paths > MEMORY_SEEDS, "only " + paths + " paths compared");
    assertTrue(reachable > MEMORY_SEEDS, "only " + reachable + " reachable pairs compared");
    assertTrue(forwardSteps > MEMORY_SEEDS, "only " + forwardSteps + " steps from outcome entries compared");
  }

  @Test
  void theSparqlChainEqualsTheInMemoryChainForSeveralCasesInOneTdb2Store() {
    try (SstStore store = SstStore.tdb2(tempDir.resolve("tdb2"))) {
      checkShared(store);
    }
  }

  @Test
  void theSparqlChainEqualsTheInMemoryChainForSeveralCasesInOneFuseki() {
    FusekiServer server = LoopbackFuseki.server(DatabaseMgr.createDatasetGraph()).build().start();
    try (SstStore store = SstStore.remote("http://localhost:" + server.getPort() + "/ds")) {
      checkShared(store);
    } finally {
      server.stop();
    }
  }

  @Test
  void theOtherQueriesAgreeWithTheCaseModelOnRandomCases() {
    int loops = 0;
    int unavailable = 0;
    int unrealised = 0;
    int absencesConstraining = 0;
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
          for (int i = 0; i < cycle.internal().size(); i++) {
            if (!cycle.internalAvailable(cycle.internal().get(i))) {
              expectedUnavailable.add(List.of(cycle.id(), "internal", Integer.toString(i),
                  cycle.internal().get(i)));
            }
          }
        }
        assertEquals(expectedUnavailable, queries.unavailable().stream()
            .map(u -> List.of(u.cycle(), u.role(), Integer.toString(u.index()), u.element())).toList(),
            at + ": unavailable");
        // Each absence with the agency that lists it (conditionedBy for a condition, drawsOn for an internal
        // structure) and the realised outcomes that agency produced.
        for (UnavailableEntry u : queries.unavailable()) {
          Cycle cycle = c.cycles().stream().filter(x -> x.id().equals(u.cycle())).findFirst().orElseThrow();
          Set<String> constrains = new TreeSet<>();
          Set<String> produced = new TreeSet<>();
          for (ActiveAgency a : cycle.agency()) {
            if ((u.role().equals("internal") ? a.drawsOn() : a.conditionedBy()).contains(u.element())) {
              constrains.add(a.id());
              cycle.outcomes().stream().filter(o -> o.realised() && o.producedBy().contains(a.id()))
                  .forEach(o -> produced.add(o.ref()));
            }
          }
          assertEquals(List.copyOf(constrains), u.constrains(), at + ": " + u);
          assertEquals(List.copyOf(produced), u.produced(), at + ": " + u);
          absencesConstraining += constrains.size();
        }
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
              .addAll(s.internalTo()));
        }
        contested.values().removeIf(holders -> holders.size() < 2);
        assertEquals(contested, queries.interpretations().stream().collect(Collectors.groupingBy(
            Interpretation::about, Collectors.flatMapping(i -> i.holders().stream(), Collectors.toSet()))),
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
    assertTrue(absencesConstraining > MEMORY_SEEDS / 4, "only " + absencesConstraining
        + " agencies constrained by an absence compared");
  }

  /** {@link #SHARED_STORE_CASES} random cases with distinct ids in one store, each asked on its own named graph. */
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
    int forwardSteps = 0;
    for (Map.Entry<Long, Case> e : cases.entrySet()) {
      Checked checked = check(store, e.getValue(), e.getKey(), true, SHARED);
      paths += checked.paths();
      forwardSteps += checked.forwardSteps();
    }
    assertTrue(paths > SHARED_STORE_CASES, "only " + paths + " paths compared");
    assertTrue(forwardSteps > SHARED_STORE_CASES, "only " + forwardSteps + " steps from outcome entries compared");
  }

  /** What one case's check compared: paths, reachable pairs, and steps that leave an outcome entry. */
  private record Checked(int paths, int reachable, int forwardSteps) {}

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
    // The element ids of the chain: its other nodes (id@cycle) are the outcomes of each cycle.
    List<String> nodes = chain.graph().nodes().stream().filter(n -> !n.contains("@")).sorted().toList();
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
    Map<String, String> outcomeEntries = outcomeEntries(c);
    for (String from : nodes) {
      Set<String> expected = chain.reachableFrom(from);
      assertEquals(expected, reachableBySparql(store, graph, c, from, outcomeEntries),
          at + ": " + from + " sst:chainStep+ ?x");
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
            at + ": ASK { " + from + " sst:chainStep+/sst:entity? " + to + " }");
      }
    }
    // The SPARQL chain reaches what the in-memory chain and the property path reach: from a start that reaches
    // something (and, on a memory store, a random one), a path to every other element reached and to no other. (A
    // path is simple, so none leads from an element back to itself, even on a loop.)
    for (String from : new LinkedHashSet<>(List.of(start, nodes.get(random.nextInt(nodes.size()))).subList(0,
        budget.reachStarts()))) {
      Set<String> expected = new HashSet<>(chain.reachableFrom(from));
      expected.remove(from);
      Set<String> bySparqlChain = new HashSet<>();
      for (String to : nodes) {
        if (!to.equals(from) && !queries.chain(from, to, 1, SstQueries.MAX_MAX_LENGTH).isEmpty()) {
          bySparqlChain.add(to);
        }
      }
      assertEquals(expected, bySparqlChain, at + ": the elements the chain query finds a path to from " + from);
    }
    int forwardSteps = checkForwardsInTime(store, c, at);
    return new Checked(paths, reachablePairs, forwardSteps);
  }

  /**
   * The steps stored from outcome entries are exactly those the model gives, worked out here by brute force, and
   * none leads into the agency of a cycle that comes before the cycle whose outcome it is ({@link BruteForceOrder},
   * from the case's follows and times, not {@code CycleOrder}). The same of the in-memory chain.
   */
  private static int checkForwardsInTime(SstStore store, Case c, String at) {
    BruteForceOrder order = BruteForceOrder.of(c);
    // (producing cycle, element, agency): a realised outcome that some agency produced, into each agency that
    // lists the element (as a condition of its cycle, or an internal structure it draws on) in a cycle that is
    // not earlier.
    Set<List<String>> expected = new HashSet<>();
    for (Cycle producing : c.cycles()) {
      for (Outcome o : producing.outcomes()) {
        if (!o.realised() || o.producedBy().isEmpty()) {
          continue;
        }
        for (Cycle into : c.cycles()) {
          if (order.isEarlier(into.id(), producing.id())) {
            continue;
          }
          boolean condition = into.conditions().stream().anyMatch(e -> e.ref().equals(o.ref()));
          for (ActiveAgency a : into.agency()) {
            if (condition && a.conditionedBy().contains(o.ref()) || a.drawsOn().contains(o.ref())) {
              expected.add(List.of(producing.id(), o.ref(), a.id()));
            }
          }
        }
      }
    }
    Set<List<String>> inMemory = new HashSet<>();
    for (ChainStep step : ChainGraph.of(c).steps()) {
      step.producedIn().ifPresent(p -> inMemory.add(List.of(p, step.from(), step.to())));
    }
    assertEquals(expected, inMemory, at + ": the in-memory steps that leave an outcome");

    Query query = new Query();
    query.setQuerySelectType();
    Var producing = Var.alloc("producing");
    Var entity = Var.alloc("entity");
    Var agency = Var.alloc("agency");
    Var agencyCycle = Var.alloc("agencyCycle");
    Var entry = Var.alloc("entry");
    List.of(producing, entity, agency, agencyCycle).forEach(query::addResultVar);
    ElementPathBlock block = new ElementPathBlock();
    block.addTriple(Triple.create(producing, SST.qualifiedOutcome, entry));
    block.addTriple(Triple.create(entry, SST.entity, entity));
    block.addTriple(Triple.create(entry, SST.chainStep, agency));
    block.addTriple(Triple.create(agency, SST.inCycle, agencyCycle));
    ElementGroup group = new ElementGroup();
    group.addElement(new ElementNamedGraph(GraphNames.graphNode(c.id()), block));
    query.setQueryPattern(group);
    List<List<String>> stored = store.select(query.serialize(), rows -> {
      List<List<String>> found = new ArrayList<>();
      while (rows.hasNext()) {
        var row = rows.next();
        String from = id(c, row.get("producing").asNode());
        String into = id(c, row.get("agencyCycle").asNode());
        assertFalse(order.isEarlier(into, from), () -> at + ": the outcome " + row.get("entity") + " of " + from
            + " leads into " + row.get("agency") + " of the earlier cycle " + into);
        found.add(List.of(from, id(c, row.get("entity").asNode()), id(c, row.get("agency").asNode())));
      }
      return found;
    });
    assertEquals(expected, Set.copyOf(stored), at + ": the stored steps that leave an outcome entry");
    assertEquals(stored.size(), Set.copyOf(stored).size(), at + ": one stored step per outcome and agency");
    return stored.size();
  }

  private static String id(Case c, Node iri) {
    assertTrue(iri.isURI() && iri.getURI().startsWith(c.base()), iri + " is not in the base of " + c.id());
    return iri.getURI().substring(c.base().length());
  }

  /** The IRI of each outcome entry of the case, to the id of the structure or event it names. */
  private static Map<String, String> outcomeEntries(Case c) {
    Map<String, String> entries = new HashMap<>();
    for (Cycle cycle : c.cycles()) {
      for (int i = 0; i < cycle.outcomes().size(); i++) {
        entries.put(c.base() + cycle.id() + "/outcome/" + i, cycle.outcomes().get(i).ref());
      }
    }
    return entries;
  }

  // ------------------------------------------------------------------------------------------------ queries

  private static Node iri(Case c, String id) {
    return NodeFactory.createURI(c.base() + id);
  }

  /**
   * The ids {@code SELECT DISTINCT ?x { <from> sst:chainStep+ ?x }} finds, an outcome entry read as the structure or
   * event it names.
   */
  private static Set<String> reachableBySparql(SstStore store, Optional<Node> graph, Case c, String from,
      Map<String, String> outcomeEntries) {
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
        found.add(uri);
      }
      return found;
    });
    assertEquals(ids.size(), Set.copyOf(ids).size(), "DISTINCT gave a row twice: " + ids);
    return ids.stream().map(uri -> outcomeEntries.getOrDefault(uri, uri.substring(c.base().length())))
        .collect(Collectors.toSet());
  }

  /** {@code ASK { <from> sst:chainStep+/sst:entity? <to> }}, built as a query object, not as text. */
  private static String ask(Optional<Node> graph, Node from, Node to) {
    Query query = new Query();
    query.setQueryAskType();
    query.setQueryPattern(chainStepPlusToElement(graph, from, to));
    return query.serialize();
  }

  /** {@code { s sst:chainStep+ o }}, inside {@code GRAPH g { ... }} when a graph is given. */
  private static Element chainStepPlus(Optional<Node> graph, Node subject, Node object) {
    return inGraph(graph, new TriplePath(subject, PathFactory.pathOneOrMore1(PathFactory.pathLink(SST.chainStep)),
        object));
  }

  /**
   * {@code { s sst:chainStep+/sst:entity? o }}: o reached as itself (an agency, a position-practice) or as an
   * outcome entry that names it (a structure or event as a cycle produced it).
   */
  private static Element chainStepPlusToElement(Optional<Node> graph, Node subject, Node object) {
    return inGraph(graph, new TriplePath(subject, PathFactory.pathSeq(
        PathFactory.pathOneOrMore1(PathFactory.pathLink(SST.chainStep)),
        PathFactory.pathZeroOrOne(PathFactory.pathLink(SST.entity))), object));
  }

  private static Element inGraph(Optional<Node> graph, TriplePath path) {
    ElementPathBlock block = new ElementPathBlock();
    block.addTriplePath(path);
    ElementGroup group = new ElementGroup();
    group.addElement(graph.<Element>map(g -> new ElementNamedGraph(g, block)).orElse(block));
    return group;
  }
}

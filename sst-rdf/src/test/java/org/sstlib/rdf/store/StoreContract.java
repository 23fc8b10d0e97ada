package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;
import org.sstlib.rdf.SST;
import org.sstlib.rdf.GraphNames;

/**
 * The behaviour every {@link SstStore} back end shares: one suite, run against memory ({@link MemoryStoreTest}),
 * TDB2 ({@link Tdb2StoreTest}) and an embedded Fuseki ({@link RemoteStoreTest}), in the manner of Jena's own
 * {@code AbstractTestRDFConnection}.
 */
abstract class StoreContract {

  static final String SST = "PREFIX sst: <https://w3id.org/sst#>\n";

  private final List<SstStore> opened = new ArrayList<>();

  /** A new, empty store of the back end under test. */
  protected abstract SstStore newStore();

  /**
   * A new, empty store of the back end under test whose storage fails (like a broken disk, in the middle of the
   * transaction) when a write reaches the graph of case {@code caseId}; everything else works.
   */
  protected abstract SstStore newStoreFailingOn(String caseId);

  /** Opens a store and closes it after the test. */
  protected final SstStore store() {
    return track(newStore());
  }

  protected final SstStore track(SstStore store) {
    opened.add(store);
    return store;
  }

  @AfterEach
  void closeStores() {
    opened.forEach(SstStore::close);
  }

  // ------------------------------------------------------------------------------------------------ put and get

  @Test
  void theReferenceCaseComesBackEqual() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    store.put(hughes);
    assertEquals(Optional.of(hughes), store.get(hughes.id()));
    assertEquals(List.of(hughes.id()), store.caseIds());
    assertEquals(List.of(hughes), store.all());
  }

  @Test
  void randomCasesComeBackEqual() {
    SstStore store = store();
    List<Case> cases = StoreCases.distinctRandom(0, 20, Set.of());
    for (Case c : cases) {
      store.put(c);
    }
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      assertEquals(Optional.of(StoreCases.expected(c)), store.get(c.id()), "random case " + i + " (" + c.id() + ")");
    }
    List<Case> sorted = cases.stream().sorted(Comparator.comparing(Case::id)).map(StoreCases::expected)
        .collect(Collectors.toList());
    assertEquals(sorted.stream().map(Case::id).collect(Collectors.toList()), store.caseIds());
    assertEquals(sorted, store.all());
  }

  @Test
  void putAllStoresEveryCaseAndReadsBackEqual() {
    SstStore store = store();
    List<Case> cases = new ArrayList<>(StoreCases.distinctRandom(100, 10, Set.of("hughes-2022")));
    cases.add(StoreCases.reference());
    store.putAll(cases);
    for (Case c : cases) {
      assertEquals(Optional.of(StoreCases.expected(c)), store.get(c.id()), c.id());
    }
    assertEquals(Optional.of(StoreCases.reference()), store.get("hughes-2022"));
    assertEquals(cases.size(), store.caseIds().size());
  }

  @Test
  void putReplacesTheWholeCase() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    store.put(hughes);
    Case small = StoreCases.minimal(hughes.id(), "the same id, almost nothing else");
    store.put(small);
    assertEquals(Optional.of(small), store.get(hughes.id()));
    assertEquals(List.of(hughes.id()), store.caseIds());
    // Nothing of the old graph is left behind.
    Graph stored = store.snapshot().getGraph(GraphNames.graphNode(hughes.id()));
    assertTrue(stored.isIsomorphicWith(CaseGraphs.toGraph(small)), "the graph holds exactly the new case");

    Case retitled = StoreCases.withTitle(hughes, "a new title");
    store.putAll(List.of(retitled));
    assertEquals(Optional.of(retitled), store.get(hughes.id()));
  }

  @Test
  void putLeavesOtherCasesAlone() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    Case other = StoreCases.minimal("other", "another case");
    store.putAll(List.of(hughes, other));
    store.put(StoreCases.withTitle(hughes, "changed"));
    assertEquals(Optional.of(other), store.get("other"));
  }

  @Test
  void removeDeletesOnlyThatCase() {
    SstStore store = store();
    Case a = StoreCases.minimal("a", "case a");
    Case b = StoreCases.minimal("b", "case b");
    store.putAll(List.of(a, b));

    assertTrue(store.remove("a"));
    assertFalse(store.remove("a"), "a second remove finds nothing");
    assertEquals(Optional.empty(), store.get("a"));
    assertEquals(List.of("b"), store.caseIds());
    assertEquals(Optional.of(b), store.get("b"));
    assertFalse(store.remove("never-stored"));
  }

  @Test
  void idsThatCannotNameACaseNameNoCase() {
    SstStore store = store();
    store.put(StoreCases.minimal("a", "case a"));
    for (String id : List.of("", "a b", "a>", "a\"", "x> } ; DROP ALL ; #", "\u0000")) {
      assertEquals(Optional.empty(), store.get(id), id);
      assertFalse(store.remove(id), id);
    }
    assertEquals(List.of("a"), store.caseIds());
  }

  @Test
  void anEmptyStoreHoldsNothing() {
    SstStore store = store();
    assertEquals(List.of(), store.caseIds());
    assertEquals(List.of(), store.all());
    assertEquals(Optional.empty(), store.get("hughes-2022"));
    assertFalse(store.snapshot().listGraphNodes().hasNext());
    store.putAll(List.of());
    assertEquals(List.of(), store.caseIds());
    assertFalse(store.ask("ASK { ?s ?p ?o }"));
  }

  @Test
  void caseIdsAreSorted() {
    SstStore store = store();
    List<String> ids = List.of("b", "A", "007", "a.b", "a", "Z_9", "a-b");
    for (String id : ids) {
      store.put(StoreCases.minimal(id, "case " + id));
    }
    assertEquals(ids.stream().sorted().collect(Collectors.toList()), store.caseIds());
    assertEquals(store.caseIds(), store.all().stream().map(Case::id).collect(Collectors.toList()));
  }

  @Test
  void twoCasesWithTheSameIdInOneBatchAreRefused() {
    SstStore store = store();
    Case a = StoreCases.minimal("a", "first");
    store.put(a);
    DatasetGraph before = store.snapshot();
    StoreException e = assertThrows(StoreException.class,
        () -> store.putAll(List.of(StoreCases.minimal("c", "c"), StoreCases.minimal("a", "one"),
            StoreCases.minimal("a", "two"))));
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    assertSameCaseGraphs(before, store.snapshot());
  }

  // ------------------------------------------------------------------------------------------------ atomicity

  @Test
  void aBatchThatFailsHalfWayChangesNothing() {
    SstStore store = track(newStoreFailingOn("poison"));
    Case hughes = StoreCases.reference();
    List<Case> earlier = StoreCases.distinctRandom(200, 3, Set.of("poison", "hughes-2022"));
    store.put(hughes);
    store.putAll(earlier);
    DatasetGraph before = store.snapshot();
    List<String> idsBefore = store.caseIds();

    List<Case> batch = List.of(
        StoreCases.minimal("fresh", "a new case, written before the failure"),
        StoreCases.minimal("poison", "the case whose write fails"),
        StoreCases.withTitle(hughes, "a replacement that must not land"));
    RuntimeException e = assertThrows(RuntimeException.class, () -> store.putAll(batch));
    assertTrue(e instanceof StoreException, "a failed write is a StoreException: " + e);

    assertSameCaseGraphs(before, store.snapshot());
    assertEquals(idsBefore, store.caseIds());
    assertEquals(Optional.of(hughes), store.get(hughes.id()));
    assertEquals(Optional.empty(), store.get("fresh"));

    // A single put that fails changes nothing either, and the store still works.
    assertThrows(StoreException.class, () -> store.put(StoreCases.minimal("poison", "again")));
    assertSameCaseGraphs(before, store.snapshot());
    store.put(StoreCases.minimal("fresh", "now it lands"));
    assertTrue(store.caseIds().contains("fresh"));
  }

  // ------------------------------------------------------------------------------------------------ SPARQL

  /**
   * Stores the reference case and a copy of it under another id (the two share a base, so their elements are the
   * same nodes), and checks that the default graph sees both cases and each agent once.
   */
  static void putTwoCasesSharingElements(SstStore store, Case hughes, Case copy) {
    store.putAll(List.of(hughes, copy));

    // Both cases are seen from the default graph.
    List<String> cases = store.select(SST + "SELECT ?c WHERE { ?c a sst:Case } ORDER BY ?c",
        rows -> column(rows, "c"));
    assertEquals(List.of(GraphNames.caseIri(hughes.id()), GraphNames.caseIri(copy.id())), cases);

    // The two cases share a base, so their elements are one node each in the union.
    long agents = store.select(SST + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a sst:Agent }",
        rows -> rows.next().getLiteral("n").getLong());
    assertEquals(hughes.agents().size(), agents);
  }

  @Test
  void theDefaultGraphIsTheUnionOfTheCases() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    Case copy = StoreCases.withId(hughes, "hughes-copy");
    putTwoCasesSharingElements(store, hughes, copy);
    String agent = hughes.base() + hughes.agents().get(0).id();
    List<String> graphs = store.select(SST + "SELECT ?g WHERE { GRAPH ?g { <" + agent + "> a sst:Agent } } "
        + "ORDER BY ?g", rows -> column(rows, "g"));
    assertEquals(List.of(GraphNames.graphName("hughes-2022"), GraphNames.graphName("hughes-copy")), graphs);

    // The union is a set: shared triples once, each case's blank nodes its own.
    long triples = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        rows -> rows.next().getLiteral("n").getLong());
    assertEquals(unionSize(CaseGraphs.toGraph(hughes), CaseGraphs.toGraph(copy)), triples);
    long quads = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
        rows -> rows.next().getLiteral("n").getLong());
    assertEquals(CaseGraphs.toGraph(hughes).size() + CaseGraphs.toGraph(copy).size(), quads);

    // A path runs over the union as over one graph.
    assertTrue(store.ask(SST + "ASK { ?a sst:chainStep+ ?b }"));
    Graph constructed = store.construct(SST + "CONSTRUCT { ?c a sst:Case } WHERE { ?c a sst:Case }");
    assertEquals(2, constructed.size());
  }

  @Test
  void queriesOfTheWrongFormOrSyntaxAreRefusedBeforeTheyRun() {
    SstStore store = store();
    assertThrows(StoreException.class, () -> store.select("ASK { ?s ?p ?o }", rows -> 0));
    assertThrows(StoreException.class, () -> store.ask("SELECT * { ?s ?p ?o }"));
    assertThrows(StoreException.class, () -> store.construct("SELECT * { ?s ?p ?o }"));
    QueryParseException e = assertThrows(QueryParseException.class,
        () -> store.select("SELECT * {\n  ?s ?p\n}", rows -> 0));
    assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    // Jena's ARQ extensions are not SPARQL 1.1, so no back end takes them.
    assertThrows(QueryParseException.class,
        () -> store.select("SELECT * { ?s ?p ?o LATERAL { ?s ?q ?x } }", rows -> 0));
  }

  @Test
  void serviceCallsAreRefusedWithoutTouchingTheNetwork() throws Exception {
    SstStore store = store();
    store.put(StoreCases.minimal("a", "case a"));
    try (ConnectionCounter listener = new ConnectionCounter()) {
      String service = "<http://127.0.0.1:" + listener.port() + "/sparql>";
      assertThrows(StoreException.class,
          () -> store.select("SELECT * WHERE { SERVICE " + service + " { ?s ?p ?o } }", rows -> column(rows, "s")));
      assertThrows(StoreException.class,
          () -> store.ask("ASK { ?x ?y ?z . SERVICE " + service + " { ?s ?p ?o } }"));
      assertThrows(StoreException.class,
          () -> store.construct("CONSTRUCT { ?s ?p ?o } WHERE { SERVICE " + service + " { ?s ?p ?o } }"));
      // SILENT may hide the refusal, but must not make the call.
      try {
        List<String> rows = store.select("SELECT * WHERE { SERVICE SILENT " + service + " { ?s ?p ?o } }",
            r -> column(r, "s"));
        assertEquals(List.of(), rows.stream().filter(s -> s != null).collect(Collectors.toList()));
      } catch (StoreException refused) {
        // refused outright: also fine
      }
      assertThrows(StoreException.class,
          () -> store.select("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
              r -> column(r, "s")));
      Thread.sleep(200);
      assertEquals(0, listener.connections(), "no connection reached the SERVICE endpoint");
    }
  }

  // ------------------------------------------------------------------------------------------------ parsed queries

  @Test
  void parsedQueriesAnswerAsTheirTextDoesAndAreLeftAsTheyWere() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    store.put(hughes);
    String select = SST + "SELECT ?c WHERE { ?c a sst:Cycle } ORDER BY ?c";
    Query parsed = QueryFactory.create(select, Syntax.syntaxSPARQL_11);
    String before = parsed.serialize();
    List<String> cycles = store.select(parsed, rows -> column(rows, "c"));
    assertEquals(store.select(select, rows -> column(rows, "c")), cycles);
    assertEquals(hughes.cycles().stream().map(c -> hughes.base() + c.id()).sorted().collect(Collectors.toList()),
        cycles);
    // The same query object runs again, unchanged.
    assertEquals(cycles, store.select(parsed, rows -> column(rows, "c")));
    assertEquals(before, parsed.serialize());

    assertTrue(store.ask(QueryFactory.create(SST + "ASK { ?a sst:chainStep+ ?b }")));
    assertFalse(store.ask(QueryFactory.create(SST + "ASK { ?a a sst:Nothing }")));
    String construct = SST + "CONSTRUCT { ?c a sst:Cycle } WHERE { ?c a sst:Cycle }";
    Graph constructed = store.construct(QueryFactory.create(construct));
    assertEquals(hughes.cycles().size(), constructed.size());
    assertTrue(constructed.isIsomorphicWith(store.construct(construct)));

    // With a timeout that is not reached, the same answers.
    Duration minute = Duration.ofMinutes(1);
    assertEquals(cycles, store.select(parsed, minute, rows -> column(rows, "c")));
    assertTrue(store.ask(QueryFactory.create(SST + "ASK { ?a sst:chainStep+ ?b }"), minute));
    assertEquals(hughes.cycles().size(), store.construct(QueryFactory.create(construct), minute).size());
  }

  @Test
  void describeGivesTheTriplesAboutAResourceFromTheUnionOfTheCases() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    store.putAll(List.of(hughes, StoreCases.withId(hughes, "hughes-copy")));
    String agent = hughes.base() + hughes.agents().get(0).id();
    Node subject = NodeFactory.createURI(agent);
    Graph described = store.describe("DESCRIBE <" + agent + ">");
    // Every triple about the agent in its case, once although two cases hold it.
    Graph ofCase = CaseGraphs.toGraph(hughes);
    List<Triple> expected = ofCase.find(subject, Node.ANY, Node.ANY).toList();
    assertFalse(expected.isEmpty());
    for (Triple t : expected) {
      assertTrue(described.contains(t), "the description holds " + t);
    }
    assertEquals(expected.size(), described.find(subject, Node.ANY, Node.ANY).toList().size());
    Graph parsed = store.describe(QueryFactory.create("DESCRIBE <" + agent + ">"), Duration.ofMinutes(1));
    assertTrue(described.isIsomorphicWith(parsed));
    assertTrue(store.describe("DESCRIBE <urn:x:nothing>").isEmpty());
  }

  @Test
  void parsedQueriesOfTheWrongFormAreRefusedAndTimeoutsMustBePositive() {
    SstStore store = store();
    Query ask = QueryFactory.create("ASK { ?s ?p ?o }");
    Query select = QueryFactory.create("SELECT * { ?s ?p ?o }");
    assertThrows(StoreException.class, () -> store.select(ask, rows -> 0));
    assertThrows(StoreException.class, () -> store.select(ask, Duration.ofSeconds(1), rows -> 0));
    assertThrows(StoreException.class, () -> store.ask(select));
    assertThrows(StoreException.class, () -> store.construct(select));
    assertThrows(StoreException.class, () -> store.describe(select));
    assertThrows(StoreException.class, () -> store.describe("SELECT * { ?s ?p ?o }"));
    assertThrows(StoreException.class, () -> store.construct("DESCRIBE <urn:x:a>"));
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-1))) {
      assertThrows(IllegalArgumentException.class, () -> store.select(select, bad, rows -> 0));
      assertThrows(IllegalArgumentException.class, () -> store.ask(ask, bad));
    }
  }

  /**
   * A query that would run for hours (a three-way cross product of the reference case's triples, some 10^10 rows,
   * counted) given a timeout of one second is stopped: the call returns, on the calling thread, with a
   * {@link StoreException} caused by Jena's {@link QueryCancelledException}, long before the query could have
   * ended; and the store answers the next query.
   */
  @Test
  void aQueryThatRunsLongerThanItsTimeoutIsStopped() {
    SstStore store = store();
    store.put(StoreCases.reference());
    Duration second = Duration.ofSeconds(1);
    List<Runnable> calls = List.of(
        () -> store.select(QueryFactory.create(CROSS_PRODUCT), second, rows -> column(rows, "n")),
        () -> store.ask(QueryFactory.create(CROSS_PRODUCT_ASK), second),
        () -> store.construct(QueryFactory.create(CROSS_PRODUCT_CONSTRUCT), second));
    for (Runnable call : calls) {
      long start = System.nanoTime();
      StoreException e = assertThrows(StoreException.class, call::run);
      long seconds = (System.nanoTime() - start) / 1_000_000_000L;
      assertTrue(e.getCause() instanceof QueryCancelledException, "caused by a cancelled query: " + e.getCause());
      assertTrue(e.getMessage().contains("timeout of 1 s"), e.getMessage());
      assertTrue(seconds < 60, "stopped after " + seconds + " s");
      assertEquals(List.of("hughes-2022"), store.caseIds());
      assertTrue(store.ask(SST + "ASK { ?c a sst:Cycle }"));
    }
  }

  /** Some 10^10 rows over the reference case, counted: no row comes out until all are made. */
  static final String CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }";
  /** The same rows, asked whether one of them has a negative length: none has, so all are made. */
  static final String CROSS_PRODUCT_ASK = "ASK { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f "
      + "FILTER (STRLEN(CONCAT(STR(?b), STR(?d), STR(?f))) < 0) }";
  /** The same rows, each of them a triple of a graph that is never finished. */
  static final String CROSS_PRODUCT_CONSTRUCT = "CONSTRUCT { ?a <urn:x:p> ?f } WHERE { ?a ?p ?b . ?c ?q ?d . "
      + "?e ?r ?f FILTER (STRLEN(CONCAT(STR(?b), STR(?d), STR(?f))) < 0) }";

  // ------------------------------------------------------------------------------------------------ snapshot, close

  @Test
  void aSnapshotIsACopyOfTheCaseGraphs() {
    SstStore store = store();
    Case a = StoreCases.minimal("a", "case a");
    Case hughes = StoreCases.reference();
    store.putAll(List.of(a, hughes));
    DatasetGraph snapshot = store.snapshot();

    Set<Node> names = new HashSet<>();
    snapshot.listGraphNodes().forEachRemaining(names::add);
    assertEquals(Set.of(GraphNames.graphNode("a"), GraphNames.graphNode(hughes.id())), names);
    assertTrue(snapshot.getGraph(GraphNames.graphNode(hughes.id())).isIsomorphicWith(CaseGraphs.toGraph(hughes)));
    assertTrue(snapshot.getDefaultGraph().isEmpty());
    assertEquals(List.of(a, hughes).stream().sorted(Comparator.comparing(Case::id)).collect(Collectors.toList()),
        CaseGraphs.fromDataset(snapshot));

    // Later changes to the store do not show in the snapshot, nor the other way round.
    store.remove("a");
    assertTrue(snapshot.getGraph(GraphNames.graphNode("a")).size() > 0);
    snapshot.add(GraphNames.graphNode("z"), NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"),
        NodeFactory.createURI("urn:x:o"));
    assertEquals(List.of(hughes.id()), store.caseIds());
  }

  @Test
  void aClosedStoreRefusesEveryOperation() {
    SstStore store = newStore();
    store.put(StoreCases.minimal("a", "case a"));
    store.close();
    store.close();
    assertThrows(IllegalStateException.class, store::caseIds);
    assertThrows(IllegalStateException.class, () -> store.get("a"));
    assertThrows(IllegalStateException.class, () -> store.put(StoreCases.minimal("b", "b")));
    assertThrows(IllegalStateException.class, () -> store.ask("ASK {}"));
    assertThrows(IllegalStateException.class, () -> store.ask(QueryFactory.create("ASK {}")));
    assertThrows(IllegalStateException.class,
        () -> store.select(QueryFactory.create("SELECT * {}"), Duration.ofSeconds(1), rows -> 0));
    assertThrows(IllegalStateException.class, () -> store.describe(QueryFactory.create("DESCRIBE <urn:x:a>")));
    assertThrows(IllegalStateException.class, store::snapshot);
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The values of one variable, in row order, as text (IRIs without brackets, literals' lexical forms). */
  static List<String> column(ResultSet rows, String var) {
    List<String> out = new ArrayList<>();
    while (rows.hasNext()) {
      QuerySolution row = rows.next();
      Node n = row.contains(var) ? row.get(var).asNode() : null;
      out.add(n == null ? null : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
    }
    return out;
  }

  /** How many triples the union of two graphs holds: shared ground triples once, blank-node triples each. */
  static long unionSize(Graph a, Graph b) {
    Set<Triple> ground = new HashSet<>();
    long withBlanks = 0;
    for (Graph g : List.of(a, b)) {
      for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
        Triple t = it.next();
        if (t.getSubject().isBlank() || t.getObject().isBlank()) {
          withBlanks++;
        } else {
          ground.add(t);
        }
      }
    }
    return ground.size() + withBlanks;
  }

  /** Two datasets have the same case graphs: the same names, each pair isomorphic; the default graphs empty. */
  static void assertSameCaseGraphs(DatasetGraph expected, DatasetGraph actual) {
    Map<String, Graph> e = caseGraphs(expected);
    Map<String, Graph> a = caseGraphs(actual);
    assertEquals(e.keySet(), a.keySet(), "graph names");
    e.forEach((name, graph) -> {
      Graph other = a.get(name);
      if (graph.size() != other.size() || !graph.isIsomorphicWith(other)) {
        fail("graph <" + name + "> differs: " + graph.size() + " triples before, " + other.size() + " after");
      }
    });
    assertFalse(actual.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).hasNext(), "default graph");
  }

  private static Map<String, Graph> caseGraphs(DatasetGraph dataset) {
    Map<String, Graph> graphs = new TreeMap<>();
    dataset.listGraphNodes().forEachRemaining(n -> graphs.put(n.getURI(), dataset.getGraph(n)));
    return graphs;
  }

  /** A loopback listener that counts the connections it is offered (and answers none). */
  static final class ConnectionCounter implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ConnectionCounter() throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try {
            Socket s = socket.accept();
            connections.incrementAndGet();
            s.close();
          } catch (SocketException closed) {
            return;
          } catch (IOException e) {
            connections.incrementAndGet();
          }
        }
      }, "service-call-counter");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
      try {
        acceptor.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

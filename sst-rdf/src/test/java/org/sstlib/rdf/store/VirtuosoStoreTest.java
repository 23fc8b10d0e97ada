package org.sstlib.rdf.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.rdf.CaseGraphs;

/**
 * The {@link StoreContract} on {@link SstStore#remote(String)} against Virtuoso Open Source 7 on loopback
 * ({@link LoopbackVirtuoso}), an engine that shares nothing with Jena; then what differs on Virtuoso and what the
 * store does about it. The contract's tests that Virtuoso cannot pass as written are replaced, each by a test of
 * what Virtuoso does instead (see docs/stores.md).
 */
class VirtuosoStoreTest extends StoreContract {

  private final List<VirtuosoFailingProxy> proxies = new ArrayList<>();

  @BeforeEach
  void emptyTheServer() {
    LoopbackVirtuoso.shared().clear();
  }

  @AfterEach
  void stopProxies() {
    proxies.forEach(VirtuosoFailingProxy::close);
  }

  @Override
  protected SstStore newStore() {
    return SstStore.remote(LoopbackVirtuoso.shared().sparqlUrl());
  }

  @Override
  protected SstStore newStoreFailingOn(String caseId) {
    try {
      VirtuosoFailingProxy proxy = VirtuosoFailingProxy.start(LoopbackVirtuoso.shared().sparqlUrl(), caseId);
      proxies.add(proxy);
      return SstStore.remote(proxy.url());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------------------ replaced

  /** Replaced by {@link #aWriteThatFailsHalfWayKeepsWhatRanBeforeTheFailure}: Virtuoso does not roll back. */
  @Override
  void aBatchThatFailsHalfWayChangesNothing() {}

  /**
   * Virtuoso keeps the operations of an update request that ran before one that failed, where Fuseki rolls the
   * whole request back: the server fails the batch after its {@code DROP}s and before its inserts, so the case the
   * batch would have replaced is gone; the cases the batch did not name are as they were, the error says what
   * happened, and the store works on. (The batch is small: in a request of some thousand triples, Virtuoso compiles
   * an operation that can fail at run time, such as this {@code DROP GRAPH}, into more SQL than it takes, and
   * refuses the whole request before running any of it.)
   */
  @Test
  void aWriteThatFailsHalfWayKeepsWhatRanBeforeTheFailure() {
    SstStore store = track(newStoreFailingOn("poison"));
    Case hughes = StoreCases.reference();
    Case kept = StoreCases.minimal("kept", "a case the batch does not name");
    Case replaced = StoreCases.minimal("replaced", "a case the batch replaces");
    store.putAll(List.of(hughes, kept, replaced));

    List<Case> batch = List.of(StoreCases.minimal("fresh", "a new case"),
        StoreCases.minimal("poison", "the case whose write fails"),
        StoreCases.withTitle(replaced, "a replacement that does not land"));
    StoreException e = assertThrows(StoreException.class, () -> store.putAll(batch));
    assertEquals(1, proxies.get(0).failures());
    assertTrue(e.getMessage().contains("refused to store 3 cases: HTTP 500")
        && e.getMessage().contains("Virtuoso does not undo the part of a write that ran before a failure"),
        e.getMessage());

    assertEquals(List.of("hughes-2022", "kept"), store.caseIds(), "the DROP of 'replaced' ran, its insert did not");
    assertEquals(Optional.of(hughes), store.get(hughes.id()));
    assertEquals(Optional.of(kept), store.get(kept.id()));
    store.put(replaced);
    assertEquals(Optional.of(replaced), store.get(replaced.id()));
  }

  /** Replaced by {@link #theDefaultGraphIsTheUnionOfTheCasesWithEveryCopyOfATriple}. */
  @Override
  void theDefaultGraphIsTheUnionOfTheCases() {}

  /**
   * Virtuoso's default graph is the union of every graph the user may read, as on Fuseki, but it matches a triple
   * once for each graph that holds it (Jena merges them into one); and a property path needs a bound start.
   */
  @Test
  void theDefaultGraphIsTheUnionOfTheCasesWithEveryCopyOfATriple() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    Case copy = StoreCases.withId(hughes, "hughes-copy");
    putTwoCasesSharingElements(store, hughes, copy);

    Graph a = CaseGraphs.toGraph(hughes);
    Graph b = CaseGraphs.toGraph(copy);
    long triples = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        rows -> rows.next().getLiteral("n").getLong());
    assertEquals(a.size() + b.size(), triples, "every copy of a shared triple is matched");
    assertTrue(unionSize(a, b) < triples);
    long distinct = store.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
        rows -> rows.next().getLiteral("n").getLong());
    assertEquals(unionSize(a, b), distinct, "DISTINCT gives the merged union");

    StoreException unbound = assertThrows(StoreException.class,
        () -> store.ask(SST + "ASK { ?a sst:chainStep+ ?b }"));
    assertTrue(unbound.getMessage().contains("transitive start not given"), unbound.getMessage());
    // With both ends given it is quick; with one end free Virtuoso follows every route (some 10 s here).
    assertTrue(store.ask(SST + "ASK { <" + hughes.base() + "admission-avoidance-policy> sst:chainStep+ <"
        + hughes.base() + "alf-at-home> }"));
    assertEquals(2, store.construct(SST + "CONSTRUCT { ?c a sst:Case } WHERE { ?c a sst:Case }").size());
  }

  /** Replaced by {@link #parsedQueriesAnswerAsTheirTextDoesWithABoundPathStart}. */
  @Override
  void parsedQueriesAnswerAsTheirTextDoesAndAreLeftAsTheyWere() {}

  /** As the contract's test, with a path whose ends are given: Virtuoso runs no path with both ends free. */
  @Test
  void parsedQueriesAnswerAsTheirTextDoesWithABoundPathStart() {
    SstStore store = store();
    Case hughes = StoreCases.reference();
    store.put(hughes);
    String select = SST + "SELECT ?c WHERE { ?c a sst:Cycle } ORDER BY ?c";
    org.apache.jena.query.Query parsed = QueryFactory.create(select);
    String before = parsed.serialize();
    List<String> cycles = store.select(parsed, rows -> column(rows, "c"));
    assertEquals(store.select(select, rows -> column(rows, "c")), cycles);
    assertEquals(hughes.cycles().stream().map(c -> hughes.base() + c.id()).sorted().collect(Collectors.toList()),
        cycles);
    assertEquals(before, parsed.serialize());
    String path = SST + "ASK { <" + hughes.base() + "admission-avoidance-policy> sst:chainStep+ <" + hughes.base()
        + "alf-at-home> }";
    assertTrue(store.ask(QueryFactory.create(path)));
    assertTrue(store.ask(QueryFactory.create(path), Duration.ofMinutes(1)));
    assertFalse(store.ask(QueryFactory.create(SST + "ASK { ?a a sst:Nothing }")));
    String construct = SST + "CONSTRUCT { ?c a sst:Cycle } WHERE { ?c a sst:Cycle }";
    assertEquals(hughes.cycles().size(), store.construct(QueryFactory.create(construct)).size());
    assertEquals(cycles, store.select(parsed, Duration.ofMinutes(1), rows -> column(rows, "c")));
  }

  // ------------------------------------------------------------------------------------------------ Virtuoso only

  /**
   * Virtuoso reads the {@code timeout} parameter in milliseconds and answers a query stopped at its timeout with
   * status 200 and the rows found so far, saying so only in a header. A new store does not know the server yet and
   * sends Fuseki's seconds (read as milliseconds): every partial answer is refused, never counted, and the query
   * stops at its timeout with the usual error. A count that ends is whole, on a new store as on one that knows the
   * server.
   */
  @Test
  void aPartialAnswerIsNeverTakenForTheWholeAnswer() throws Exception {
    SstStore writer = store();
    Case hughes = StoreCases.reference();
    writer.put(hughes);

    URI url = URI.create(LoopbackVirtuoso.shared().sparqlUrl() + "?timeout=500&query="
        + URLEncoder.encode(CROSS_PRODUCT, StandardCharsets.UTF_8));
    HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
        .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, raw.statusCode());
    assertEquals(Optional.of(EndpointClient.TIMEOUT_STATE), raw.headers().firstValue(EndpointClient.SQL_STATE));
    assertTrue(raw.body().contains("\"n\""), "a count, though not the whole one: " + raw.body());

    try (SstStore fresh = newStore()) {
      StoreException e = assertThrows(StoreException.class, () -> fresh.select(QueryFactory.create(CROSS_PRODUCT),
          Duration.ofSeconds(2), rows -> rows.next().getLiteral("n").getLong()));
      assertTrue(e.getCause() instanceof QueryCancelledException, String.valueOf(e.getCause()));
      assertTrue(e.getMessage().endsWith("the query ran longer than its timeout of 2 s and was stopped"),
          e.getMessage());
    }
    long n = CaseGraphs.toGraph(hughes).size();
    String pairs = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d }";
    for (SstStore store : List.of(writer, track(newStore()))) {
      assertEquals(n * n, (long) store.select(QueryFactory.create(pairs), Duration.ofSeconds(60),
          rows -> rows.next().getLiteral("n").getLong()));
    }
  }

  /** Many cases in one write: Virtuoso's parser and SQL compiler take each block and template of the request. */
  @Test
  void aLargeWriteIsTakenInOneRequest() {
    SstStore store = store();
    List<Case> cases = StoreCases.distinctRandom(1_000, 16, Set.of());
    long quads = cases.stream().mapToLong(c -> CaseGraphs.toGraph(c).size()).sum();
    assertTrue(quads > 4 * CaseWriteRequest.DATA_QUADS, "several blocks: " + quads);
    store.putAll(cases);
    assertEquals(cases.stream().map(Case::id).sorted().collect(Collectors.toList()), store.caseIds());
    assertEquals(cases.stream().sorted(Comparator.comparing(Case::id)).collect(Collectors.toList()), store.all());
  }

  /** Virtuoso gives language tags back in lower case; sst writes none, so its cases are not touched. */
  @Test
  void languageTagsComeBackInLowerCase() {
    SstStore store = store();
    UpdateExecHTTP.service(LoopbackVirtuoso.shared().sparqlUrl())
        .update("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> \"colour\"@en-GB } }").build().execute();
    assertEquals(List.of("en-gb"), store.select("SELECT (LANG(?o) AS ?l) WHERE { <urn:x:s> <urn:x:p> ?o }",
        rows -> column(rows, "l")));
    assertEquals(List.of(), store.caseIds(), "a graph that is not a case's is no case");
  }
}

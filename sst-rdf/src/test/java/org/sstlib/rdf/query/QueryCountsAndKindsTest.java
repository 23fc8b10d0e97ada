package org.sstlib.rdf.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sstlib.core.Case;
import org.sstlib.core.casefile.CaseFiles;
import org.sstlib.core.chain.ChainGraph;
import org.sstlib.core.testing.ReferenceCase;
import org.sstlib.rdf.store.SstStore;
import org.sstlib.rdf.store.StoreException;

/**
 * What a named query says beyond its rows: how many chain paths there are when it shows fewer, that a value of a
 * kind a parameter never takes is told apart from one that names nothing, and that a timeout covers the whole call.
 */
class QueryCountsAndKindsTest {

  private static final String POLICY = "admission-avoidance-policy";
  private static final String ALF_AT_HOME = "alf-at-home";

  private static Case hughes;
  private static SstStore store;
  private static SstQueries queries;

  @BeforeAll
  static void load() {
    hughes = CaseFiles.read(ReferenceCase.FILE);
    store = SstStore.memory();
    store.put(hughes);
    queries = SstQueries.on(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void chainPathsCountEveryPathTheChainHas() {
    int all = ChainGraph.of(hughes).paths(POLICY, ALF_AT_HOME, ChainPaths.COUNTED_UP_TO, 12).size();
    assertTrue(all > 10 && all < ChainPaths.COUNTED_UP_TO, "the reference case has " + all + " paths");
    ChainPaths answer = queries.chainPaths(POLICY, ALF_AT_HOME, 10, 12);
    assertEquals(10, answer.shown());
    assertEquals(all, answer.found());
    assertEquals(Map.of(hughes.id(), all), answer.foundByCase());
    assertFalse(answer.complete());
    assertFalse(answer.countStopped());
    // The routes are exactly those of the plain chain query, and so is the raw form.
    assertEquals(queries.chain(POLICY, ALF_AT_HOME, 10, 12), answer.routes());
    assertEquals(queries.run("chain", Map.of("from", POLICY, "to", ALF_AT_HOME)), answer.table());
    assertEquals(answer, queries.chainPaths(Map.of("from", POLICY, "to", ALF_AT_HOME)));
    assertTrue(queries.chainPaths(POLICY, ALF_AT_HOME, all, 12).complete());
  }

  @Test
  void aChainToAnAgentIsTheWrongKindNotAMissingElement() {
    QueryParameterException agent = assertThrows(QueryParameterException.class,
        () -> queries.chain(POLICY, "alf"));
    assertTrue(agent.wrongKind());
    assertEquals("to", agent.parameter());
    assertEquals("parameter 'to': 'alf' is an agent in case(s) hughes-2022, and never on the chain of "
        + "structuration: a chain starts and ends at a structure, an event, a position-practice or the agency of "
        + "a cycle", agent.getMessage());
    QueryParameterException source = assertThrows(QueryParameterException.class,
        () -> queries.run("evidence", Map.of("from", hughes.sources().get(0).id(), "to", ALF_AT_HOME)));
    assertTrue(source.wrongKind() && source.getMessage().contains("is a source"), source.getMessage());
    QueryParameterException missing = assertThrows(QueryParameterException.class,
        () -> queries.chain(POLICY, "alf-at-hom"));
    assertFalse(missing.wrongKind());
    assertTrue(missing.getMessage().contains("did you mean 'alf-at-home'?"), missing.getMessage());
    QueryParameterException notACycle = assertThrows(QueryParameterException.class,
        () -> queries.quadripartite("caseload"));
    assertTrue(notACycle.wrongKind(), notACycle.getMessage());
  }

  @Test
  void aTimeoutMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> queries.withTimeout(Duration.ZERO));
    assertThrows(IllegalArgumentException.class, () -> queries.withTimeout(Duration.ofSeconds(-1)));
    assertEquals(Duration.ofSeconds(5), queries.withTimeout(Duration.ofSeconds(5)).inCase(hughes.id())
        .timeout().orElseThrow());
  }

  @Test
  void aTimeoutIsForTheWholeCall() {
    // A named query runs several SPARQL queries; with a nanosecond for all of them, whichever runs out of time
    // stops the call with the store's own kind of timeout, naming the whole timeout.
    StoreException e = assertThrows(StoreException.class,
        () -> queries.withTimeout(Duration.ofNanos(1)).run("feedback", Map.of()));
    assertTrue(e.getCause() instanceof QueryCancelledException, String.valueOf(e.getCause()));
    assertEquals("the query ran longer than its timeout of 1 ms and was stopped", e.getMessage());
    assertFalse(queries.withTimeout(Duration.ofSeconds(60)).run("feedback", Map.of()).isEmpty());
  }
}
